/**
 * The signer next to a "(Đã ký)" line of its own (src/ingest/document.ts): a portal copy that lost the signature title keeps
 * the mark and the name on the lines after it ("(Đã ký)" / " " / "Lê Quang Đạo", vbpl.vn, the National Assembly's 1992
 * resolution) or before it ("Võ Văn Kiệt" / "" / "(Đã ký)", thuvienphapluat.vn, Nghị định 36-CP of 1994).
 */
import { extract } from '../../../src/ingest/pipeline';

const signer = (text: string) => extract({ path: 'x.txt', sha256: 'h', format: 'TEXT', text }).document.signer;

describe('the name beside a "(Đã ký)" line', () => {
  it('the name on the line after it', () => {
    expect(signer(['QUỐC HỘI', 'Số: Không số', 'NGHỊ QUYẾT', 'Về địa giới hành chính tỉnh, thành phố trực thuộc trung ương', '',
      'Điều 1. Giữ nguyên địa giới hành chính của các tỉnh, thành phố trực thuộc Trung ương như hiện nay.', '',
      'Nghị quyết này được Quốc hội nước Cộng hoà xã hội chủ nghĩa Việt Nam khoá VIII, kỳ họp thứ 11 thông qua ngày 15/4/1992./.', '',
      'Đang cập nhật', '', '(Đã ký)', '', ' ', '', 'Lê Quang Đạo', '', 'Tải file đính kèm'].join('\n'))).toBe('Lê Quang Đạo');
  });
  it('the name on the line before it', () => {
    expect(signer(['CHÍNH PHỦ', 'Số: 36-CP', 'NGHỊ ĐỊNH', 'VỀ VIỆC ĐIỀU CHỈNH ĐỊA GIỚI HÀNH CHÍNH', '',
      'Điều 3. Nghị định này có hiệu lực kể từ ngày ban hành.', '', 'Võ Văn Kiệt', '', '(Đã ký)', '', ' ', '', 'Thông báo cho tôi khi VB này có hoặc hết hiệu lực'].join('\n'))).toBe('Võ Văn Kiệt');
  });
});
