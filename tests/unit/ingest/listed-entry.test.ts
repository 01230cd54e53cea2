/**
 * A portal's list of new documents names each entry's issuer before a colon: "1. Chính phủ: Nghị quyết số 169/NQ-CP ngày
 * 11/11/2020 Phiên họp Chính phủ thường kỳ tháng 10 năm 2020", then "Theo đó, …" its summary (src/ingest/self-reference.ts).
 * The page copies that document: its kind, symbol, date and issuer (inferred); the entry is no task of the issuer.
 */
import { extract } from '../../../src/ingest/pipeline';

const doc = (text: string) => extract({ path: 'x.txt', text, sha256: '9'.repeat(64), format: 'TEXT' });

const PAGE =
  '1. Chính phủ: Nghị quyết số 169/NQ-CP ngày 11/11/2020 Phiên họp Chính phủ thường kỳ tháng 10 năm 2020\nTheo đó, về tình hình triển khai thực hiện Nghị quyết số 01/NQ-CP; tình hình kinh tế - xã hội tháng 10 và 10 tháng năm 2020, Chính phủ thống nhất đánh giá: Mặc dù gặp nhiều khó khăn do thiên tai, bão lũ, dịch bệnh, tình hình kinh tế - xã hội nước ta có chuyển biến tích cực.\n';

test('"1. Chính phủ: Nghị quyết số 169/NQ-CP ngày 11/11/2020 …": the entry\'s document, read as the page\'s own', () => {
  const x = doc(PAGE);
  const d = x.document;
  expect([d.kind, d.symbol, d.issuer, d.level, d.issuedOn]).toEqual(['NGHI_QUYET', '169/NQ-CP', 'Chính phủ', 'CENTRAL_STATE', '2020-11-11']);
  expect(d.inferred?.symbol).toMatch(/the copy names itself/);
  expect(x.tasks).toEqual([]);
  expect(x.citations.map((c) => c.symbol)).toEqual(['01/NQ-CP']);
});

test('an entry whose name before the colon is no issuing body is not read so', () => {
  expect(() => doc('1. Tin nổi bật: Nghị quyết số 169/NQ-CP ngày 11/11/2020 được nhiều người quan tâm\nBạn đọc quan tâm.\n')).toThrow(/not a directive document/);
});
