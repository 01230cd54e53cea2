/**
 * An official letter (công văn) known by its layout when its symbol line is lost or unreadable: the subject line "V/v …" in
 * the header, then the address line "Kính gửi:" (src/ingest/document.ts). Lines as a scan's OCR and a legal portal's copy
 * give them.
 */
import { extract } from '../../../src/ingest/pipeline';

const doc = (text: string) => extract({ path: 'x.txt', text, sha256: '3'.repeat(64), format: 'TEXT' });

test('"sá##j5GDĐT-GDTrH" / "V/v hướng dẫn thực hiện nhiệm vụ" / "Kính gửi:": a scan\'s garbled symbol, still a công văn, its bases read', () => {
  const x = doc(
    [
      'BO GIAO DUC VA DAO TAO',
      'CONG HOA XA HOI CHU NGHIA VIET NAM',
      'sá##j5GDĐT-GDTrH',
      'V/v hướng dẫn thực hiện nhiệm vụ',
      'giáo dục trung học năm học 2019-2020',
      'Kính gửi:',
      'Độc lập - Tự do - Hạnh phúc',
      '- Các sở giáo dục và đảo tạo',
      'Thực hiện Chỉ thị số 2268/CT-BGDĐT ngày 08/8/2019 về Về nhiệm vụ và giải pháp năm học 2019- 2020 của ngành Giáo dục, giáo dục trung học tiếp tục triển khai thực hiện các nhiệm vụ sau:',
    ].join('\n'),
  );
  expect([x.document.kind, x.document.kindVi]).toEqual(['CONG_VAN', 'Công văn']);
  expect(x.citations.map((c) => [c.symbol, c.relation])).toContainEqual(['2268/CT-BGDĐT', 'IMPLEMENTS']);
});

test('"VĂN PHÒNG CHÍNH PHỦ" / "V/v: thực hiện chủ trương mua tạm trữ thóc, gạo" / "Kính gửi:" with no "Số:" line: a công văn', () => {
  const x = doc('VĂN PHÒNG CHÍNH PHỦ\n---------------\nV/v: thực hiện chủ trương mua tạm trữ thóc, gạo\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHà Nội, ngày 22 tháng 08 năm 2012\n\nKính gửi:\n- Bộ Công Thương;\n- Bộ Tài chính.\n\nVề việc thực hiện chủ trương mua tạm trữ thóc, gạo, Phó Thủ tướng Hoàng Trung Hải yêu cầu Bộ Công Thương sớm tổng kết, đánh giá việc thực hiện chủ trương.\n');
  expect(x.document.kind).toBe('CONG_VAN');
});

test('an address line with no subject line above it is no sign of a letter', () => {
  expect(() => doc('Kính gửi: Quý bạn đọc\nCảm ơn quý bạn đọc đã theo dõi chuyên mục trong năm qua.\n')).toThrow(/not a directive document/);
});
