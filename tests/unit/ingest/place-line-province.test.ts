/**
 * The province of a provincial document when its place line names another (src/ingest/document.ts): legal portals
 * print their template's "Hà Nội, ngày …" over the documents they copy; the issuer the header names ("ỦY BAN NHÂN DÂN /
 * TỈNH TÂY NINH") says whose document it is. Real headers from hethongphapluat.vn (Tây Ninh's 36/2013/QĐ-UBND) and
 * luatminhkhue.vn (a Bình Dương decision of 2010).
 */
import { extract } from '../../../src/ingest/pipeline';

const doc = (lines: string[]) => extract({ path: 'qd.txt', sha256: 'p', format: 'TEXT', text: lines.join('\n') }).document;

describe('the issuer\'s province over a place line naming another', () => {
  it('"ỦY BAN NHÂN DÂN / TỈNH TÂY NINH" over "Hà Nội, ngày 15 tháng 08 năm 2013": Tây Ninh', () => {
    const d = doc([
      'ỦY BAN NHÂN DÂN', 'TỈNH TÂY NINH', '--------', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '',
      'Số: 36/2013/QĐ-UBND', '', 'Hà Nội, ngày 15 tháng 08 năm 2013', '', 'QUYẾT ĐỊNH', '',
      'BAN HÀNH CHƯƠNG TRÌNH GIẢI QUYẾT VIỆC LÀM TỈNH TÂY NINH GIAI ĐOẠN 2013 - 2015', '', 'ỦY BAN NHÂN DÂN TỈNH', '',
      'Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;',
    ]);
    expect([d.issuer, d.province, d.issuedOn]).toEqual(['Ủy ban nhân dân tỉnh Tây Ninh', 'Tây Ninh', '2013-08-15']);
  });
  it('"ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG" over "Hà Nội, ngày 9 tháng 11 năm 2010": Bình Dương', () => {
    const d = doc([
      'ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG', 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Hà Nội, ngày 9 tháng 11 năm 2010', '',
      'QUYẾT ĐỊNH', '', 'Ủy quyền để Chủ tịch Ủy ban nhân dân huyện thị xã cho phép thành lập hội có phạm vi hoạt động trong xã, phường, thị trấn tỉnh Bình Dương', '',
      'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH', '', 'Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26/11/2003;',
    ]);
    expect(d.province).toBe('Bình Dương');
  });
  it('a ministry signing in Hà Nội keeps no province: its header names none', () => {
    const d = doc([
      'BỘ NỘI VỤ', '--------', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 12/KH-BNV', 'Hà Nội, ngày 5 tháng 3 năm 2024', '',
      'KẾ HOẠCH', 'Triển khai công tác cải cách hành chính năm 2024', '', '1. Vụ Cải cách hành chính chủ trì, phối hợp với các đơn vị triển khai kế hoạch.',
    ]);
    expect([d.issuer, d.level]).toEqual(['Bộ Nội vụ', 'CENTRAL_STATE']);
  });
});
