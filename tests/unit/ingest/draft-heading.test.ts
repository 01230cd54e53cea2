/**
 * A draft published for comment opens with its kind after the draft's word: "DỰ THẢO CHƯƠNG TRÌNH HÀNH ĐỘNG / CỦA BAN CHẤP
 * HÀNH TRUNG ƯƠNG ĐẢNG" (a paper printing the Central Committee's draft programme in full). It is the kind heading as
 * "CHƯƠNG TRÌNH HÀNH ĐỘNG (DỰ THẢO)" is (src/ingest/document.ts), and the body under it issues the document.
 */
import { extract } from '../../../src/ingest/pipeline';

const doc = (text: string) => extract({ path: 'x.txt', text, sha256: '5'.repeat(64), format: 'TEXT' });

const PAGE = [
  'Dự thảo Chương trình hành động của Ban Chấp hành Trung ương Đảng thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng',
  'Quang cảnh Hội nghị Trung ương 12, khóa XIII. (Ảnh: ĐĂNG KHOA)',
  'DỰ THẢO CHƯƠNG TRÌNH HÀNH ĐỘNG',
  'CỦA BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG',
  'thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng',
  'I- MỤC ĐÍCH, YÊU CẦU',
  '1. Chương trình hành động nhằm cụ thể hoá và tổ chức thực hiện hiệu quả Nghị quyết Đại hội XIV của Đảng, bám sát mục tiêu, quan điểm chỉ đạo.',
].join('\n');

test('"DỰ THẢO CHƯƠNG TRÌNH HÀNH ĐỘNG / CỦA BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG": a Chương trình of the Central Committee, central', () => {
  const d = doc(PAGE).document;
  expect([d.kind, d.kindVi, d.issuer, d.level, d.province]).toEqual(['CHUONG_TRINH', 'Chương trình hành động', 'Ban Chấp hành Trung ương Đảng', 'CENTRAL_PARTY', null]);
});

test('the draft\'s word alone, or before a word that is no kind, is no kind heading', () => {
  expect(() => doc('DỰ THẢO\nÝ KIẾN GÓP Ý CỦA NHÂN DÂN\nNhân dân tham gia góp ý.')).toThrow(/not a directive document/);
});
