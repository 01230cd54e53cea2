/**
 * A rate given a floor, "Tỷ lệ điều tra khám phá các vụ án từ 80% trở lên", is a target even where the text says no
 * "mục tiêu" or "phấn đấu": a campaign's or a plan's list of work, restated by the news, states its norms so (results are
 * reported as reached, "tỷ lệ điều tra đạt 83,5%", never as a floor). The other amounts of that list ("kéo giảm TNGT từ 5
 * đến 10%") are read with it; an election's term named in the same paragraph ("bầu cử … nhiệm kỳ 2021-2026") dates nothing.
 */
import { extract } from '../../../src/ingest/pipeline';

const page = (paragraph: string) => extract({ path: 'news.txt', sha256: 'x', format: 'TEXT', text: paragraph });

describe('a rate with a floor in a list of work', () => {
  test('a police campaign restated by the news', () => {
    const x = page('Sáng 23/4, Công an tỉnh đã phát lệnh ra quân thực hiện đợt cao điểm tấn công, trấn áp tội phạm, bảo đảm ANTT phục vụ bầu cử Đại biểu Quốc hội khoá XV, đại biểu HĐND các cấp nhiệm kỳ 2021-2026. Trong đợt cao điểm, Công an tỉnh thực hiện đồng loạt các biện pháp nghiệp vụ; Tổ chức tấn công, trấn áp các loại tội phạm; Tỷ lệ điều tra khám phá các vụ án từ 80% trở lên. Trong đó, tỷ lệ điều tra án rất nghiêm trọng, đặc biệt nghiêm trọng từ 90% trở lên; Tăng cường công tác tuần tra, kiểm soát, kéo giảm TNGT từ 5 đến 10% ở 3 tiêu chí...\n');
    expect(x.indicators.map((i) => [i.target, i.value, i.valueMin, i.valueMax, i.comparator, i.period])).toEqual([
      ['từ 80% trở lên', 80, 80, null, '≥', null],
      ['từ 90% trở lên', 90, 90, null, '≥', null],
      ['từ 5 đến 10%', null, 5, 10, null, null],
    ]);
  });
  test('a report of rates reached states no target', () => {
    // (With nothing else to read, such a page is no directive at all.)
    expect(() => page('Ngày 8/1, Công an tỉnh tổ chức hội nghị tổng kết công tác công an năm 2024. Trong đó, tội phạm về trật tự xã hội giảm 8%, tỷ lệ điều tra đạt 83,5%. Riêng án nghiêm trọng và đặc biệt nghiêm trọng điều tra đạt tỷ lệ 93,8%.\n')).toThrow(/not a directive/);
  });
});
