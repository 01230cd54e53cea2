/**
 * Copies of central documents that name themselves instead of carrying their header: the reference opening the
 * page's line ("Nghị quyết số 15-NQ/TW, ngày 1/6/2012, Hội nghị lần thứ năm Ban Chấp hành Trung ương khoá XI …"),
 * in parentheses under the title ("(Quyết định số 283-QĐ/TW ngày 26-1-2010 / của Ban Bí thư Trung ương Đảng"),
 * or closing the sentence that says it was issued ("… ký ban hành Kết luận của Bộ Chính trị, Ban Bí thư về …
 * (Kết luận số 200-KL/TW)."). Real lines from stc.thuathienhue.gov.vn, xaydungdang.org.vn and baophutho.vn.
 */
import { extract } from '../../../src/ingest/pipeline';

const run = (lines: string[]) => extract({ path: 'copy.txt', sha256: 'x', format: 'TEXT', text: lines.join('\n') });

describe('a copy that names itself', () => {
  it('a Central Committee resolution on a provincial site: central, in no province, whatever the site', () => {
    const x = run([
      'Tìm kiếm tin tức', 'Đơn vị hỗ trợ',
      'Nghị quyết số 15-NQ/TW, ngày 1/6/2012, Hội nghị lần thứ năm Ban Chấp hành Trung ương khoá XI về một số vấn đề về chính sách xã hội giai đoạn 2012 - 2020',
      'Ngày cập nhật 12/11/2012', ' A - TÌNH HÌNH VÀ NGUYÊN NHÂN',
      '1 - Từ nhiều năm qua, Ðảng và Nhà nước ta luôn quan tâm xây dựng và tổ chức thực hiện các chính sách xã hội ở Thừa Thiên Huế và cả nước.',
    ]);
    expect(x.document).toMatchObject({ kind: 'NGHI_QUYET', symbol: '15-NQ/TW', issuer: 'Ban Chấp hành Trung ương', level: 'CENTRAL_PARTY', province: null, issuedOn: '2012-06-01' });
    expect(x.document.inferred?.symbol).toMatch(/^the copy names itself/);
    expect(x.document.spans.symbol).toMatchObject({ startLine: 3, endLine: 3 });
  });
  it('"(Quyết định số 283-QĐ/TW ngày 26-1-2010" / "của Ban Bí thư Trung ương Đảng" under the title; its articles assign nothing', () => {
    const x = run([
      'Quyết định', '', 'ban hành Quy định về sự phối hợp trong công tác chỉ đạo, quản lý hoạt động xuất bản', '',
      '(Quyết định số 283-QĐ/TW ngày 26-1-2010', '', ' của Ban Bí thư Trung ương Đảng', '', '- Căn cứ Điều lệ Đảng;', '',
      'BAN BÍ THƯ QUYẾT ĐỊNH', '', 'Điều 1. Ban hành kèm theo Quyết định này Quy định về sự phối hợp.', '',
      'Điều 2. Ban Tuyên giáo Trung ương, Ban cán sự đảng Bộ Thông tin và Truyền thông và cấp uỷ, tổ chức đảng các cơ quan có liên quan chịu trách nhiệm thi hành Quyết định này.',
      '', 'T/M BAN BÍ THƯ', '', 'Trương Tấn Sang',
    ]);
    expect(x.document).toMatchObject({ kind: 'QUYET_DINH', symbol: '283-QĐ/TW', issuer: 'Ban Bí thư', level: 'CENTRAL_PARTY', province: null, issuedOn: '2010-01-26', signer: 'Trương Tấn Sang' });
    expect(x.tasks).toEqual([]);
  });
  it('"… Thường trực Ban Bí thư Trần Cẩm Tú ký ban hành Kết luận của Bộ Chính trị, Ban Bí thư về … (Kết luận số 200-KL/TW)."', () => {
    const x = run([
      'Kết luận của Bộ Chính trị: Đại hội Đảng bộ các cấp đã được tổ chức thành công', '',
      'Ngày 17/10, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư Trần Cẩm Tú ký ban hành Kết luận của Bộ Chính trị, Ban Bí thư về kết quả công tác tổ chức đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng (Kết luận số 200-KL/TW).',
    ]);
    expect(x.document).toMatchObject({ kind: 'KET_LUAN', symbol: '200-KL/TW', level: 'CENTRAL_PARTY', province: null, signer: 'Trần Cẩm Tú' });
  });
  it('a preamble clause names other documents, not this one: "Căn cứ Quyết định số 640/QĐ-TTg …"', () => {
    expect(() => run(['Căn cứ Quyết định số 640/QĐ-TTg ngày 31 tháng 5 năm 2012 của Thủ tướng Chính phủ về việc thành lập Ban Tổ chức;'])).toThrow(/not a directive/);
  });
});

describe('a numberless document named by its kind and issuer', () => {
  // Lines of real pages: Báo Ấp Bắc printing a provincial congress's resolution (its headline and lead), which looks back
  // on the previous congress's.
  it('its own name in the headline and lead is no citation; the previous congress\'s resolution still is', () => {
    const x = run([
      'Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Tiền Giang lần thứ XI', '',
      'Báo Ấp Bắc điện tử trân trọng đăng toàn văn Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Tiền Giang lần thứ XI, nhiệm kỳ 2020 - 2025 đã được đại biểu thông qua trong phiên bế mạc Đại hội.', '',
      'I- Tán thành những nội dung về đánh giá kết quả lãnh đạo thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ X, nhiệm kỳ 2015 - 2020.',
    ]);
    expect([x.document.kindVi, x.document.issuer]).toEqual(['Nghị quyết', 'Đại hội đại biểu Đảng bộ tỉnh Tiền Giang lần thứ XI']);
    expect(x.citations.map((c) => c.raw)).toEqual(['Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ X']);
  });
});

describe('a list of bases going on past ";" without its verb', () => {
  // Lines of a real page: thuvienphapluat.vn's copy of a Quảng Ninh decision on the Sở Nội vụ, its header lost.
  const lines = [
    'VỀ VIỆC QUY ĐỊNH CHỨC NĂNG, NHIỆM VỤ, QUYỀN HẠN VÀ CƠ CẤU TỔ', 'CHỨC CỦA SỞ NỘI VỤ TỈNH QUẢNG NINH', 'UỶ BAN NHÂN DÂN TỈNH QUẢNG NINH',
    'Căn cứ Luật Tổ chức Hội đồng nhân dân và Uỷ', 'ban nhân dân ngày 26 tháng 11 năm 2003;',
    'Căn cứ Thông tư số 04/2008/TT-BNV ngày 04', 'tháng 6 năm 2008 của Bộ Nội vụ hướng dẫn chức năng, nhiệm vụ, quyền hạn và cơ cấu', 'tổ chức của Sở Nội vụ, Phòng Nội vụ thuộc Uỷ ban nhân dân cấp tỉnh, cấp huyện;',
    'Thông tư số 06/2008/TT-BNV ngày 21 tháng 8 năm 2008 của Bộ Nội vụ hướng dẫn sửa', 'đổi, bổ sung Khoản 2 Mục III Phần I, Thông tư số 04/2008/TT-BNV ngày 04 tháng 6', 'năm 2008 của Bộ Nội vụ hướng dẫn chức năng, nhiệm vụ;',
    'Xét đề nghị của Giám đốc Sở Nội vụ tại văn bản', 'số 2608/SNV-TCBC ngày 15/12/2008,', 'QUYẾT', 'ĐỊNH:', 'Điều 1. Vị trí và chức', 'năng:',
  ];
  it('"Thông tư số 06/2008/TT-BNV …" opening a line after "Căn cứ …;" is a basis, not the copy naming itself', () => {
    const x = run(lines);
    expect([x.document.symbol, x.document.issuer, x.document.province]).toEqual([null, 'Ủy ban nhân dân tỉnh Quảng Ninh', 'Quảng Ninh']);
    expect(x.citations.filter((c) => c.symbol === '06/2008/TT-BNV').map((c) => c.relation)).toEqual(['BASED_ON']);
  });
});

describe('a portal\'s title naming the body that issued the document', () => {
  // tailieu.vn, Hồ Chí Minh City's Quyết định số 56/2004/QĐ-UB (its PDF text below the title in a broken font).
  it('"Quyết định số 56/2004/QĐ-UB về Kế hoạch … do Ủy ban nhân dân Thành phố Hồ Chí Minh ban hành": the issuer, its level and province', () => {
    const x = run([
      'Quyết định số 56/2004/QĐ-UB',
      'Chia sẻ: Hoang Nguyen | Ngày: | Loại File: PDF | Số trang:21',
      'Quyết định số 56/2004/QĐ-UB về Kế hoạch chỉ đạo, điều hành phát triển kinh tế - xã hội thành phố năm 2004 do Ủy ban nhân dân Thành phố Hồ Chí Minh ban hành',
      'Nội dung Text: Quyết định số 56/2004/QĐ-UB',
    ]);
    expect(x.document).toMatchObject({ symbol: '56/2004/QĐ-UB', issuer: 'Ủy ban nhân dân Thành phố Hồ Chí Minh', level: 'PROVINCIAL_STATE', province: 'Hồ Chí Minh' });
    expect(x.document.inferred?.issuer).toMatch(/portal's title/u);
  });
});
