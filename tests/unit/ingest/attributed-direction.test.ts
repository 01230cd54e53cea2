/**
 * A direction told first and its source named after it, as news and radio pages write it: "“Sở Nông nghiệp và Phát triển
 * nông thôn phối hợp với … tập trung chỉ đạo …”. Đó là chỉ đạo của UBND tỉnh đối với Sở NN&PTNT …", "Đó là yêu cầu của
 * Chủ tịch UBND tỉnh … tại phiên họp …", "Giám sát chặt chẽ ca bệnh … là yêu cầu vừa được UBND TP.HCM đưa ra cho Sở Y tế
 * thành phố …" (src/ingest/readers/reported-direction.ts, src/ingest/readers/restated-tasks.ts). Such a page restates a
 * direction: the body after "của" / "được" issued it (inferred, with its span).
 */
import { extract } from '../../../src/ingest/pipeline';
import { normalise } from '../../../src/ingest/normalise';
import { readReportedDirection } from '../../../src/ingest/readers/reported-direction';
import { readDocumentMeta } from '../../../src/ingest/document';

const doc = (text: string) => extract({ path: 'x.txt', text, sha256: '7'.repeat(64), format: 'TEXT' });
const read = (text: string) => {
  const { lines } = normalise(text);
  const r = readReportedDirection(lines, readDocumentMeta(lines));
  return [r.issuer?.value ?? null, r.level?.value ?? null, r.province?.value ?? null];
};

const TAY_NINH =
  'Tập trung triển khai quyết liệt, đồng bộ các giải pháp phòng, chống bệnh Dịch tả heo Châu Phi\n\n“Sở Nông nghiệp và Phát triển nông thôn phối hợp với UBND cấp huyện và các ngành có liên quan tập trung chỉ đạo, tổ chức hướng dẫn, đôn đốc, kiểm tra việc phòng, chống dịch bệnh dịch tả heo châu Phi; chủ động giám sát chặt chẽ tình hình dịch bệnh, không để dịch bệnh lây lan diện rộng”. Đó là chỉ đạo của UBND tỉnh đối với Sở NN&PTNT nhằm tăng cường phòng chống dịch tả heo châu Phi.\n';
const HCM =
  'Xử lý ổ dịch sốt xuất huyết trong vòng 48 giờ\n\nGiám sát chặt chẽ ca bệnh, côn trùng trung gian truyền bệnh nhằm kịp thời xử lý triệt để các ổ dịch phát sinh trong vòng 48 giờ là yêu cầu vừa được UBND TP.HCM đưa ra cho Sở Y tế thành phố trong công tác phòng, chống dịch bệnh sốt xuất huyết.\n';

describe('the source named after the direction it gave is the issuer', () => {
  it('"Đó là chỉ đạo của UBND tỉnh đối với Sở NN&PTNT …": the body after "của"', () => {
    expect(read(TAY_NINH)).toEqual(['UBND tỉnh', 'PROVINCIAL_STATE', null]);
    const x = doc(TAY_NINH);
    expect(x.document.inferred?.issuer).toMatch(/the direction told before its source/);
    expect(x.document.spans.issuer).toBeDefined();
  });
  it('"Đó là yêu cầu của Chủ tịch UBND tỉnh Lê Trí Thanh tại phiên họp …": an office with its holder\'s name', () => {
    expect(read('Đó là yêu cầu của Chủ tịch UBND tỉnh Lê Trí Thanh tại phiên họp UBND tỉnh thường kỳ tháng 2 tổ chức vào chiều qua 2.3.').slice(0, 2)).toEqual(['Chủ tịch UBND tỉnh', 'PROVINCIAL_STATE']);
  });
  it('"… là yêu cầu vừa được UBND TP.HCM đưa ra cho Sở Y tế thành phố …": the body after "được", its city read', () => {
    expect(read(HCM)).toEqual(['UBND TP.HCM', 'PROVINCIAL_STATE', 'Hồ Chí Minh']);
  });
  it('no body behind it: "Đó là yêu cầu của người dân …", "… là yêu cầu của thực tiễn …" are no direction', () => {
    expect(read('Đó là yêu cầu của người dân tại buổi tiếp xúc cử tri.')[0]).toBeNull();
    expect(read('Đổi mới giáo dục là yêu cầu của thực tiễn đối với ngành giáo dục.')[0]).toBeNull();
    expect(() => doc('Tiếp xúc cử tri\n\nĐó là yêu cầu của người dân tại buổi tiếp xúc cử tri phường 3.\n')).toThrow(/not a directive document/);
  });
});

describe('a direction quoted before its source is read as its words say', () => {
  it('"“Sở Nông nghiệp và Phát triển nông thôn phối hợp với UBND cấp huyện … tập trung chỉ đạo …; chủ động giám sát …”.": the quote marks are no part of the task', () => {
    const tasks = doc(TAY_NINH).tasks.map((t) => [t.text.slice(0, 60), t.lead, t.coordinators]);
    expect(tasks[0]).toEqual(['Sở Nông nghiệp và Phát triển nông thôn phối hợp với UBND cấp', ['Sở Nông nghiệp và Phát triển nông thôn'], ['Ủy ban nhân dân cấp huyện', 'Các ngành có liên quan']]);
    expect(doc(TAY_NINH).tasks.map((t) => t.text).join(' ')).not.toMatch(/[“”]/u);
  });
});

describe('the work told first, then who gave it to whom', () => {
  it('"Giám sát chặt chẽ ca bệnh, … trong vòng 48 giờ là yêu cầu vừa được UBND TP.HCM đưa ra cho Sở Y tế thành phố …": the body after "cho" leads the work before "là"', () => {
    const tasks = doc(HCM).tasks.map((t) => [t.text, t.lead]);
    expect(tasks).toEqual([['Giám sát chặt chẽ ca bệnh, côn trùng trung gian truyền bệnh nhằm kịp thời xử lý triệt để các ổ dịch phát sinh trong vòng 48 giờ', ['Sở Y tế Thành phố']]]);
  });
  it('no body gave it: "Đổi mới phương pháp giám sát dịch bệnh là yêu cầu của thực tiễn đối với ngành y tế" is no task', () => {
    expect(doc(`${HCM}Đổi mới phương pháp giám sát dịch bệnh là yêu cầu của thực tiễn đối với ngành y tế.\n`).tasks).toHaveLength(1);
  });
});
