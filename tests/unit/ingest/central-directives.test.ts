/**
 * Central documents as they reach users (issue 7, parts 1–2), each construct in a few real lines: a directive's
 * own heading names its kind and body, its per-ministry blocks assign the bullets under them, a copy that names
 * itself on its first line gives its title, and "X giúp Thủ tướng Chính phủ …" is led by X.
 */
import { extract } from '../../../src/ingest/pipeline';
import { inlineAssignment } from '../../../src/ingest/tasks';

const run = (lines: string[]) => extract({ path: 'doc.txt', sha256: 'x', format: 'TEXT', text: lines.join('\n') });

describe("a directive's own heading against the document it carries out", () => {
  const x = run([
    'CHỈ THỊ CỦA THỦ TƯỚNG CHÍNH PHỦ',
    'Về việc triển khai thực hiện Nghị quyết 08/NQ -TW ngày 02/01/2002',
    'của Bộ Chính trị về một số nhiệm vụ trọng tâm công tác tư pháp thời gian tới',
    'Ngày 02 tháng 01 năm 2002, Bộ Chính trị đã ban hành Nghị quyết số 08/NQ-TW về "Một số nhiệm vụ trọng tâm công tác tư pháp trong thời gian tới" Đây là Nghị quyết quan trọng, đề ra các chủ trương lớn, có tính đột phá nhằm tạo sự chuyển biến mạnh mẽ trong cải cách tư pháp; xây dựng các cơ quan tư pháp trong sạch, vững mạnh.',
    'Để bảo đảm sự phối hợp giữa các Bộ, ngành và Uỷ ban nhân dân các cấp trong việc thực hiện Nghị quyết 08/NQ-TW của Bộ Chính trị, Thủ tướng Chính phủ chỉ thị:',
    '1. Bộ Công an.',
    'a) Phối hợp với Viện Kiểm sát nhân dân tối cao, Bộ Quốc phòng nghiên cứu, đề xuất giải pháp hạn chế việc tạm giam;',
    'b) Chủ trì xây dựng quy chế phối hợp giữa các cơ quan điều tra.',
    '2. Bộ Tư pháp.',
    'a) Rà soát các văn bản quy phạm pháp luật về tư pháp.',
  ]);
  test('"CHỈ THỊ CỦA THỦ TƯỚNG CHÍNH PHỦ" is the kind and the issuer; "Bộ Chính trị đã ban hành Nghị quyết số 08-NQ/TW" is another document', () => {
    expect(x.document).toMatchObject({ kind: 'CHI_THI', issuer: 'Thủ tướng Chính phủ', level: 'CENTRAL_STATE', province: null, symbol: null });
    expect(x.citations.find((c) => c.relation === 'IMPLEMENTS')?.symbol).toBe('08-NQ/TW');
  });
  test('the paragraph run on one line under the title is no part of the title', () => {
    expect(x.document.title).toBe('Về việc triển khai thực hiện Nghị quyết 08/NQ -TW ngày 02/01/2002 của Bộ Chính trị về một số nhiệm vụ trọng tâm công tác tư pháp thời gian tới');
  });
  test('"1. Bộ Công an." / "a) Phối hợp với …": each item under the ministry is its task, "phối hợp với X" makes X a coordinator', () => {
    expect(x.tasks.map((t) => [t.text.slice(0, 20), t.lead, t.coordinators])).toEqual([
      ['Phối hợp với Viện Ki', ['Bộ Công an'], ['Viện Kiểm sát nhân dân tối cao', 'Bộ Quốc phòng']],
      ['Chủ trì xây dựng quy', ['Bộ Công an'], []],
      ['Rà soát các văn bản ', ['Bộ Tư pháp'], []],
    ]);
  });
});

describe('a news page that names the decision on its first line', () => {
  const x = run([
    'Quyết định số 1944/QĐ-TTg ngày 18/11/2021 của Thủ tướng Chính phủ phê duyệt Chương trình thực hiện Kết luận số 13-KL/TW ngày 16/8/2021 của Bộ Chính trị',
    '(Thứ năm, 25/11/2021, 03:57 pm GMT+7)',
    '',
    '2. Giao Bộ Công an giúp Thủ tướng Chính phủ theo dõi, hướng dẫn, kiểm tra, đôn đốc các bộ, ngành, địa phương thực hiện Chương trình này.',
  ]);
  test('the body named after the other document (13-KL/TW "của Bộ Chính trị") is not the issuer', () => {
    expect(x.document).toMatchObject({ symbol: '1944/QĐ-TTg', issuer: 'Thủ tướng Chính phủ', level: 'CENTRAL_STATE', issuedOn: '2021-11-18' });
  });
  test('the rest of that line is the title, so the conclusion it carries out is IMPLEMENTS', () => {
    expect(x.document.title).toBe('phê duyệt Chương trình thực hiện Kết luận số 13-KL/TW ngày 16/8/2021 của Bộ Chính trị');
    expect(x.citations.map((c) => [c.symbol, c.relation])).toEqual([['13-KL/TW', 'IMPLEMENTS']]);
  });
  test('"Bộ Công an giúp Thủ tướng Chính phủ theo dõi …" is led by the ministry', () => {
    expect(x.tasks.map((t) => t.lead)).toEqual([['Bộ Công an']]);
  });
});

test('"giúp" ends the lead ("Văn phòng Tỉnh ủy giúp Ban Thường vụ theo dõi"), "Văn phòng giúp việc Ban Chỉ đạo" is a name', () => {
  expect(inlineAssignment('Văn phòng Tỉnh ủy giúp Ban Thường vụ Tỉnh ủy theo dõi, đôn đốc việc thực hiện.').lead).toEqual(['Văn phòng Tỉnh ủy']);
  expect(inlineAssignment('Văn phòng giúp việc Ban Chỉ đạo chủ trì tổng hợp kết quả.').lead).toEqual(['Văn phòng giúp việc Ban Chỉ đạo']);
});

describe('central headers and the plan a portal reports', () => {
  test('the Party\'s Quy chế: "Số 09-QC/TW" without a colon, "QUY CHẾ" its kind heading, the Ban Bí thư that "ban hành Quy chế"', () => {
    const x = run([
      'BAN CHẤP HÀNH TRUNG ƯƠNG', ' *', 'ĐẢNG CỘNG SẢN VIỆT NAM', '____________', 'Số 09-QC/TW', 'Hà Nội, ngày 05 tháng 01 năm 2026', 'QUY CHẾ',
      'Quản lý và cung cấp thông tin trên Cổng thông tin điện tử Đảng Cộng sản Việt Nam', '- Căn cứ Điều lệ Đảng;',
      '- Căn cứ Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ;',
      '- Xét đề nghị của Văn phòng Trung ương Đảng,', 'Ban Bí thư ban hành Quy chế quản lý và cung cấp thông tin trên Cổng thông tin điện tử Đảng Cộng sản Việt Nam',
    ]);
    expect(x.document).toMatchObject({ kind: 'OTHER', kindVi: 'Quy chế', symbol: '09-QC/TW', issuer: 'Ban Bí thư', level: 'CENTRAL_PARTY', province: null, issuedOn: '2026-01-05' });
    expect(x.citations.map((c) => [c.symbol, c.relation])).toContainEqual(['57-NQ/TW', 'BASED_ON']);
  });
  test('"QUY ĐỊNH (BỔ SUNG)" is a Quy định of the Bộ Chính trị whose name a portal cell wraps ("BỘ" / "CHÍNH TRỊ")', () => {
    const x = run(['BỘ', 'CHÍNH TRỊ', '-------', '|', 'ĐẢNG', 'CỘNG SẢN VIỆT NAM', '---------', '|', 'Số:', '216-QĐ/TW', '|', 'Hà', 'Nội, ngày 01 tháng 4 năm 2009', '|', 'QUY ĐỊNH (BỔ SUNG)', 'VỀ QUAN HỆ LÃNH ĐẠO, CHỈ ĐẠO CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ', '- Căn cứ Điều lệ Đảng;']);
    expect(x.document).toMatchObject({ kind: 'QUY_DINH', symbol: '216-QĐ/TW', issuer: 'Bộ Chính trị', level: 'CENTRAL_PARTY', issuedOn: '2009-04-01' });
  });
  test('"Nghị quyết số: 23/2016/QH14" in the header cell is the symbol; "Quyết định số 1944/QĐ-TTg …" in a sentence is not a header', () => {
    const x = run(['QUỐC HỘI', '-------', '|', 'CỘNG HÒA XÃ HỘI', 'CHỦ NGHĨA VIỆT NAM', '---------------', '|', 'Nghị quyết số: 23/2016/QH14', '|', 'Hà Nội, ngày 07', 'tháng 11 năm 2016', '|', 'NGHỊ QUYẾT', 'VỀ', 'KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2017', 'QUỐC HỘI', 'Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;']);
    expect(x.document).toMatchObject({ kind: 'NGHI_QUYET', symbol: '23/2016/QH14', issuer: 'Quốc hội', level: 'CENTRAL_STATE', province: null, issuedOn: '2016-11-07' });
  });
  test('"Bộ Chính trị đã ban hành Kết luận số 19-KL/TW … Thực hiện chỉ đạo của Bộ Chính trị, Ủy ban Thường vụ Quốc hội ban hành Kế hoạch triển khai thực hiện Kết luận số 19-KL/TW": the page is the plan', () => {
    const x = run([
      'Ngày 14/10/2021, Bộ Chính trị đã ban hành Kết luận số 19-KL/TW về định hướng Chương trình xây dựng pháp luật nhiệm kỳ Quốc hội khóa XV.',
      'Thực hiện chỉ đạo của Bộ Chính trị, Ủy ban Thường vụ Quốc hội ban hành Kế hoạch triển khai thực hiện Kết luận số 19-KL/TW của Bộ Chính trị với các nội dung cụ thể như sau:',
      'I. MỤC ĐÍCH, YÊU CẦU',
    ]);
    expect(x.document).toMatchObject({ kind: 'KE_HOACH', symbol: null, issuer: 'Ủy ban Thường vụ Quốc hội', level: 'CENTRAL_STATE', province: null });
    expect(x.citations.filter((c) => c.symbol === '19-KL/TW').map((c) => c.relation)).toContain('IMPLEMENTS');
  });
});

describe('the assignee named first ends at a verb of striving or reckoning', () => {
  it('"… các bộ, ngành, địa phương nỗ lực hoàn thành …", "Bộ Tài chính và Ngân hàng Nhà nước tính toán tăng thêm dư nợ tín dụng …"', () => {
    expect(inlineAssignment('Các bộ, ngành, địa phương nỗ lực hoàn thành “Chiến dịch Quang Trung” trước ngày 31/1/2026.').lead).toEqual(['Các bộ, ngành, địa phương']);
    expect(inlineAssignment('Bộ Tài chính và Ngân hàng Nhà nước tính toán tăng thêm dư nợ tín dụng cho Ngân hàng Chính sách xã hội.').lead).toEqual(['Bộ Tài chính', 'Ngân hàng Nhà nước']);
  });
});

describe('a team named for its inspection ("Đoàn kiểm tra …", "Tổ kiểm tra …")', () => {
  it('"Đoàn kiểm tra liên ngành chống buôn lậu, gian lận thương mại và hàng giả tỉnh tăng cường …": the team leads, not "Đoàn"', () => {
    expect(inlineAssignment('Đoàn kiểm tra liên ngành chống buôn lậu, gian lận thương mại và hàng giả tỉnh tăng cường kiểm tra, kiểm soát thị trường.').lead).toEqual(['Đoàn kiểm tra liên ngành chống buôn lậu, gian lận thương mại và hàng giả tỉnh']);
    expect(inlineAssignment('Đoàn kiểm tra hoặc đại diện đoàn kiểm tra triển khai quyết định kế hoạch kiểm tra.').lead).toEqual(['Đoàn kiểm tra hoặc đại diện đoàn kiểm tra']);
  });
});
