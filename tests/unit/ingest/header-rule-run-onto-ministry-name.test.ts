/**
 * A copied header runs the rule under the body's name onto its line, and writes the ministry's fields with an en dash:
 * "BỘ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI ——-" (2294/LĐTBXH-BVCSTE on thuvienluat). The issuer is the ministry, its fields
 * capitalised, without the rule.
 */
import { recase } from '../../../src/ingest/document';
import { extract } from '../../../src/ingest/pipeline';

test('recase("BỘ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI ——-")', () => {
  expect(recase('BỘ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI ——-')).toBe('Bộ Lao động – Thương binh và Xã hội');
  expect(recase('BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI')).toBe('Bộ Lao động - Thương binh và Xã hội');
});

test('the letter\'s issuer and level', () => {
  const x = extract({ path: 'doc.txt', sha256: 'x', format: 'TEXT', text: [
    'BỘ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI ——-', '|', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự do – Hạnh phúc ————–', '|',
    'Số: 2294/LĐTBXH-BVCSTE V/v: Thực hiện QĐ số 19/2004/QĐ-TTg', '|', 'Hà Nội, ngày 01 tháng 07 năm 2008', '|',
    'Kính gửi: Sở Lao động – Thương binh và Xã hội các tỉnh, thành phố',
    'Thực hiện Quyết định số 19/2004/QĐ-TTg ngày 12/02/2004 của Thủ tướng Chính phủ về phê duyệt chương trình Ngăn ngừa và giải quyết tình trạng trẻ em lang thang, Bộ Lao động – Thương binh và Xã hội đề nghị Sở Lao động – Thương binh và Xã hội các tỉnh, thành phố triển khai kế hoạch năm 2008 như sau:',
  ].join('\n') });
  expect(x.document).toMatchObject({ issuer: 'Bộ Lao động – Thương binh và Xã hội', level: 'CENTRAL_STATE', province: null, symbol: '2294/LĐTBXH-BVCSTE' });
});
