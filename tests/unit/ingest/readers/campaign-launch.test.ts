/**
 * A body launching the campaign it planned, reported in news (src/ingest/readers/campaign-launch.ts): "Sáng 23/4, Công an tỉnh
 * đã phát lệnh ra quân thực hiện đợt cao điểm …": the police is the issuer, what its forces do "Trong đợt cao điểm, …" are
 * tasks (src/ingest/readers/restated-tasks.ts) and the rates it aims at targets (src/ingest/objective-targets.ts), not dated
 * by the councils' term of an election the campaign guards. A review of a campaign launches nothing. Lines from
 * baobariavungtau.com.vn (2021), tienphong.vn (Thái Nguyên, 2024) and baovinhphuc.com.vn (2022).
 */
import { readCampaignLaunch } from '../../../../src/ingest/readers/campaign-launch';
import { extract } from '../../../../src/ingest/pipeline';
import { readDocumentMeta } from '../../../../src/ingest/document';
import { normalise } from '../../../../src/ingest/normalise';

const x = (text: string) => extract({ path: 'x.txt', sha256: 'h', format: 'TEXT', text });
const reading = (text: string) => {
  const { lines } = normalise(text);
  return readCampaignLaunch(lines, readDocumentMeta(lines));
};

describe('a body launching its campaign', () => {
  it('"Sáng 23/4, Công an tỉnh đã phát lệnh ra quân thực hiện đợt cao điểm …": the police\'s plan, its tasks and rates', () => {
    const e = x('Sáng 23/4, Công an tỉnh đã phát lệnh ra quân thực hiện đợt cao điểm tấn công, trấn áp tội phạm, bảo đảm ANTT kỷ niệm ngày Quốc tế Lao động 1/5 và bầu cử Đại biểu Quốc hội khoá XV, đại biểu HĐND các cấp nhiệm kỳ 2021-2026. Trong đợt cao điểm, Công an tỉnh và công an các địa phương thực hiện đồng loạt các biện pháp nghiệp vụ để bảo đảm ANCT và TTATXH; Tổ chức tấn công, trấn áp, truy nã các loại tội phạm; Tỷ lệ điều tra khám phá các vụ án từ 80% trở lên. Trong đó, tỷ lệ điều tra án rất nghiêm trọng, đặc biệt nghiêm trọng từ 90% trở lên; Tăng cường công tác tuần tra, kiểm soát, kéo giảm TNGT từ 5 đến 10% ở 3 tiêu chí...\n\nĐợt cao điểm diễn ra trong 2 tháng, từ ngày 23/4 đến ngày 23/6.');
    expect([e.document.issuer, e.document.level]).toEqual(['Công an tỉnh', 'PROVINCIAL_STATE']);
    expect(e.tasks[0]).toMatchObject({ lead: ['Công an tỉnh', 'Công an các địa phương'] });
    expect(e.indicators.map((i) => [i.target, i.period])).toEqual([['từ 80% trở lên', null], ['từ 90% trở lên', null], ['từ 5 đến 10%', null]]);
  });
  it('"Sáng 14/12, Công an tỉnh đã ra quân đợt cao điểm …", "… Công an tỉnh Thái Nguyên tổ chức Lễ ra quân đợt cao điểm …"', () => {
    expect(reading('Sáng 14/12, Công an tỉnh đã ra quân đợt cao điểm tấn công, trấn áp các loại tội phạm, bảo đảm an ninh trật tự (ANTT) Tết Dương lịch 2022.').issuer?.value).toBe('Công an tỉnh');
    const r = reading('Thực hiện mệnh lệnh của Bộ trưởng Bộ Công an và Chỉ thị của Chủ tịch UBND tỉnh, sáng 12/12, Công an tỉnh Thái Nguyên tổ chức Lễ ra quân đợt cao điểm tấn công trấn áp tội phạm, bảo đảm an ninh trật tự dịp Tết Nguyên đán Ất Tỵ 2025.');
    expect([r.issuer?.value, r.province?.value]).toEqual(['Công an tỉnh Thái Nguyên', 'Thái Nguyên']);
  });
  it('a review of a campaign launches nothing: "Sáng 10/3, Công an tỉnh tổ chức hội nghị tổng kết đợt cao điểm …"', () => {
    expect(reading('Sáng 10/3, Công an tỉnh tổ chức hội nghị tổng kết đợt cao điểm tấn công trấn áp tội phạm, bảo đảm an ninh trật tự Tết Nguyên đán Nhâm Dần 2022.')).toEqual({});
  });
});
