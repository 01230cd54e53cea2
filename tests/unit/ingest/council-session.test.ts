/**
 * A council's resolution copied without its header names its council above the preamble, with the session under the
 * name ("HỘI ĐỒNG NHÂN DÂN TỈNH SƠN LA" / "KHOÁ XII, KỲ HỌP CHUYÊN ĐỀ LẦN THỨ 7" / "Căn cứ …"): the council is the
 * issuer, the session line no name (src/ingest/document.ts). Real lines from thuvienphapluat.vn (Sơn La's rubber policy).
 */
import { extract } from '../../../src/ingest/pipeline';

it('the enacting council above its session line, above the preamble, issues the resolution', () => {
  const d = extract({ path: 'nq.txt', sha256: 's', format: 'TEXT', text: [
    'NGHỊ QUYẾT', 'VỀ CHÍNH SÁCH PHÁT TRIỂN CÂY CAO SU TRÊN ĐỊA BÀN TỈNH SƠN LA', 'HỘI ĐỒNG NHÂN DÂN TỈNH SƠN LA', 'KHOÁ XII, KỲ HỌP CHUYÊN ĐỀ LẦN THỨ 7',
    'Căn cứ Luật Tổ chức HĐND và UBND ngày 26', 'tháng 11 năm 2003;', 'QUYẾT NGHỊ:',
    'Điều 1. Ban hành chính sách phát triển cây cao su trên địa bàn tỉnh', 'Sơn La với những nội dung chủ yếu sau:',
  ].join('\n') }).document;
  expect([d.issuer, d.level, d.province]).toEqual(['Hội đồng nhân dân tỉnh Sơn La', 'PROVINCIAL_STATE', 'Sơn La']);
});
