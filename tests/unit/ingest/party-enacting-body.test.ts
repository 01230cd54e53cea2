/**
 * A central Party document carries the Central Committee's header ("BAN CHẤP HÀNH TRUNG ƯƠNG") whoever issues it; when
 * no signature names the body, the enacting formula after the preamble does: "Bộ Chính trị đã thảo luận và kết luận:",
 * "Ban Bí thư quy định … như sau:", "Ban Bí thư ban hành Quy chế …".
 */
import { extract } from '../../../src/ingest/pipeline';

const meta = (lines: string[]) => extract({ path: 'doc.txt', sha256: 'x', format: 'TEXT', text: lines.join('\n') }).document;

describe('the enacting formula names the issuing body under the Central Committee\'s header', () => {
  // thuvienphapluat.vn, Kết luận 54-KL/TW of 2019 (table header cut into cells).
  it('"Sau khi nghe Ban Chỉ đạo …, Bộ Chính trị đã thảo luận và kết luận:" → Bộ Chính trị', () => {
    const m = meta([
      'BAN CHẤP HÀNH', 'TRUNG ƯƠNG', '--------', '|', 'ĐẢNG CỘNG SẢN', 'VIỆT NAM', '---------------', '|', 'Số: 54-KL/TW', '|', 'Hà Nội, ngày 07', 'tháng 8 năm 2019', '|',
      'KẾT LUẬN', 'CỦA', 'BỘ CHÍNH TRỊ VỀ TIẾP TỤC THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 7 KHÓA X VỀ NÔNG NGHIỆP,', 'NÔNG DÂN, NÔNG THÔN',
      'Sau khi nghe Ban Chỉ đạo tổng kết 10 năm thực hiện', 'Nghị quyết Trung ương 7 khóa X về nông nghiệp, nông dân, nông thôn và ý kiến của', 'các cơ quan có liên quan, Bộ Chính trị đã thảo luận và kết luận:',
      'I- ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN',
      '1. Kết quả đạt được',
    ]);
    expect({ issuer: m.issuer, level: m.level }).toEqual({ issuer: 'Bộ Chính trị', level: 'CENTRAL_PARTY' });
  });
  // thuvienphapluat.vn, Quy định 66-QĐ/TW of 2017.
  it('"- Theo đề nghị của Văn phòng Trung ương Đảng," / "Ban Bí thư quy định về thể loại … như sau:" → Ban Bí thư', () => {
    const m = meta([
      'BAN CHẤP HÀNH TRUNG ƯƠNG', '--------', 'ĐẢNG CỘNG SẢN VIỆT NAM', '---------------', 'Số: 66-QĐ/TW', 'Hà Nội, ngày 06 tháng 02 năm 2017',
      'QUY ĐỊNH', 'VỀ THỂ LOẠI, THẨM QUYỀN BAN HÀNH VÀ THỂ THỨC VĂN BẢN CỦA ĐẢNG',
      '- Căn cứ Điều lệ Đảng;', '- Căn cứ Quy chế làm việc của Ban chấp hành Trung ương, Bộ Chính trị và Ban Bí thư khóa XII;', '- Theo đề nghị của Văn phòng Trung ương Đảng,',
      'Ban Bí thư quy định về thể loại, thẩm quyền ban hành văn bản và thể thức văn bản của Đảng như sau:',
      'I- QUY ĐỊNH CHUNG',
      'Điều 1. Văn bản và hệ thống văn bản',
    ]);
    expect(m.issuer).toBe('Ban Bí thư');
  });
  // vbpl.ts24.com.vn, Quy chế 09-QC/TW of 2026 (a guard: "ban hành Quy chế" is also read by the enacting sentence).
  it('"- Xét đề nghị của Văn phòng Trung ương Đảng," / "Ban Bí thư ban hành Quy chế …" → Ban Bí thư', () => {
    const m = meta([
      'BAN CHẤP HÀNH TRUNG ƯƠNG', ' *', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Số 09-QC/TW', 'Hà Nội, ngày 05 tháng 01 năm 2026',
      'QUY CHẾ', 'Quản lý và cung cấp thông tin trên Cổng thông tin điện tử Đảng Cộng sản Việt Nam',
      '- Căn cứ Điều lệ Đảng;', '- Căn cứ Quy chế làm việc của Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư khoá XIII;', '- Xét đề nghị của Văn phòng Trung ương Đảng,',
      '',
      'Ban Bí thư ban hành Quy chế quản lý và cung cấp thông tin trên Cổng thông tin điện tử Đảng Cộng sản Việt Nam',
      'Chương I', 'QUY ĐỊNH CHUNG',
    ]);
    expect(m.issuer).toBe('Ban Bí thư');
  });
  // (A resolution of the Committee itself keeps it: "Ban Chấp hành Trung ương quyết nghị:" names no other body.)
  it('"BAN CHẤP HÀNH TRUNG ƯƠNG" / "NGHỊ QUYẾT HỘI NGHỊ LẦN THỨ SÁU …": the Central Committee', () => {
    const m = meta([
      'BAN CHẤP HÀNH TRUNG ƯƠNG', '--------', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Số: 18-NQ/TW', 'Hà Nội, ngày 25 tháng 10 năm 2017',
      'NGHỊ QUYẾT', 'HỘI NGHỊ LẦN THỨ SÁU BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHÓA XII', 'Một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả',
      'I- TÌNH HÌNH VÀ NGUYÊN NHÂN',
    ]);
    expect(m.issuer).toBe('Ban Chấp hành Trung ương');
  });
});
