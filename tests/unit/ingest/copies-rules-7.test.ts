/**
 * Constructs of real news pages and web copies that the first run on the seventh held-out batch
 * (tests/fixtures/copies/held-out-7, measured by scripts/measure-families.ts) read wrong, each fixed by a general
 * rule. The lines are from those pages (vpub.binhdinh, a Bà Rịa - Vũng Tàu health centre, thuvienphapluat).
 */
import { readCitations, summariseCitations } from '../../../src/ingest/citations';
import { readDocumentMeta } from '../../../src/ingest/document';
import { normalise } from '../../../src/ingest/normalise';
import { extract } from '../../../src/ingest/pipeline';
import { readRestatedTasks } from '../../../src/ingest/readers/restated-tasks';

const doc = (text: string) => extract({ path: 'x.txt', text, sha256: '7'.repeat(64), format: 'TEXT' });
const tasks = (text: string) => readRestatedTasks(normalise(text).lines).map((t) => [t.text.slice(0, 24), t.leadRaw]);

describe('restated assignments', () => {
  it('"… nên UBND tỉnh giao Giám đốc Sở Y tế: Phê duyệt Kế hoạch …": the assignee before the colon leads what follows it', () => {
    expect(tasks('Vì đây là nội dung chuyên môn y tế nên UBND tỉnh giao Giám đốc Sở Y tế: Phê duyệt Kế hoạch Dự phòng và kiểm soát ung thư cổ tử cung trên địa bàn tỉnh.')).toEqual([['Phê duyệt Kế hoạch Dự ph', ['Giám đốc Sở Y tế']]]);
    expect(tasks('Yêu cầu các cấp uỷ, tổ chức đảng trên cơ sở kết quả Đại hội Đảng bộ các cấp: Khẩn trương xây dựng chương trình hành động.').map((t) => t[1])).toEqual([['các cấp uỷ, tổ chức đảng']]);
  });
  it('"Chủ tịch UBND tỉnh giao thủ trưởng các cơ quan, đơn vị liên quan, …": a head written in lower case; one who agrees is no lead', () => {
    expect(tasks('Đồng thời, Chủ tịch UBND tỉnh giao thủ trưởng các cơ quan, đơn vị liên quan, UBND các huyện, thị xã, thành phố trong tỉnh theo chức năng, nhiệm vụ có trách nhiệm phối hợp chặt chẽ với Sở Y tế.').map((t) => t[1])).toEqual([['thủ trưởng các cơ quan, đơn vị liên quan', 'UBND các huyện, thị xã, thành phố trong tỉnh']]);
    expect(tasks('Theo đó, Chủ tịch UBND tỉnh đồng ý với việc triển khai công tác dự phòng và kiểm soát ung thư cổ tử cung trên địa bàn tỉnh.')).toEqual([]);
  });
  it('a page that opens with a body\'s direction to agencies ("UBND tỉnh yêu cầu các sở, ban, ngành, … tổ chức thực hiện Công văn số …") is a directive, not rejected', () => {
    const x = doc('UBND tỉnh yêu cầu các sở, ban, ngành, UBND huyện, thị xã, thành phố tổ chức thực hiện Công văn số 4847/BYT-DP ngày 19/8/2024 về việc chủ động triển khai phòng, chống dịch mùa tựu trường.\n[xem tiếp...]');
    expect([x.document.issuer, x.document.level]).toEqual(['UBND tỉnh', 'PROVINCIAL_STATE']);
    expect(x.tasks.map((t) => t.lead)).toEqual([['Các sở, ban, ngành', 'Ủy ban nhân dân huyện, thị xã, thành phố']]);
    expect(() => doc('Thời tiết hôm nay, các tỉnh phía Bắc chuyển lạnh.\n[xem tiếp...]')).toThrow(/not a directive document/);
  });
});

it('bases listed under a sub-heading of "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH" ("1. Các văn bản chỉ đạo") are bases', () => {
  const l = normalise('ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN\nSố: 711/KH-UBND\nBắc Kạn, ngày 23 tháng 10 năm 2023\nKẾ HOẠCH\nPHÂN VÙNG DỊCH TỄ BỆNH KÝ SINH TRÙNG\nI. CĂN CỨ XÂY DỰNG KẾ HOẠCH\n1. Các văn bản chỉ đạo\n- Nghị quyết số 20-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương khoá XII về tăng cường công tác bảo vệ sức khoẻ nhân dân;\n- Quyết định số 122/QĐ-TTg ngày 10/01/2013 của Thủ tướng Chính phủ phê duyệt Chiến lược quốc gia;\n2. Thực trạng bệnh ký sinh trùng\nMặc dù trong những năm gần đây, tỷ lệ hộ gia đình sử dụng nhà tiêu hợp vệ sinh tăng dần.').lines;
  expect(summariseCitations(readCitations(l, { meta: readDocumentMeta(l) })).map((c) => [c.symbol, c.relation])).toEqual([['20-NQ/TW', 'BASED_ON'], ['122/QĐ-TTg', 'BASED_ON']]);
});
