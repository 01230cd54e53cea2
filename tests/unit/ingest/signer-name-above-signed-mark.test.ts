/**
 * A portal's copy of an older decree keeps no signature title, only the name with the mark on the line under it:
 * "Võ Văn Kiệt" / "(Đã ký)" (36-CP of 1994 on thuvienphapluat). The name is the signer.
 */
import { extract } from '../../../src/ingest/pipeline';

test('"Võ Văn Kiệt" / "(Đã ký)"', () => {
  const x = extract({ path: 'doc.txt', sha256: 'x', format: 'TEXT', text: [
    'CHÍNH PHỦ', '********', '', 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '********', '', 'Số: 36-CP', '', 'Hà Nội, ngày 29 tháng 4 năm 1994', '',
    'NGHỊ ĐỊNH', '', 'CỦA CHÍNH PHỦ SỐ 36-CP NGÀY 29-4-1994 VỀ VIỆC DI CHUYỂN TỈNH LỴ ĐỒNG THÁP VỀ THỊ XÃ CAO LÃNH', '', 'CHÍNH PHỦ', '',
    'Căn cứ Luật Tổ chức Chính phủ ngày 30 tháng 9 năm 1992;', '', 'NGHỊ ĐỊNH:', '',
    'Điều 1.- Quyết định di chuyển tỉnh lỵ tỉnh Đồng Tháp từ thị xã Sa Đéc về thị xã Cao Lãnh.', '',
    'Điều 2.- Uỷ ban Nhân dân tỉnh Đồng Tháp và Ban Tổ chức - Cán bộ Chính phủ chịu trách nhiệm thi hành Nghị định này.', '', '',
    'Võ Văn Kiệt', '', '(Đã ký)', '', 'Thông báo cho tôi khi VB này có hoặc hết hiệu lực',
  ].join('\n') });
  expect(x.document.signer).toBe('Võ Văn Kiệt');
});
