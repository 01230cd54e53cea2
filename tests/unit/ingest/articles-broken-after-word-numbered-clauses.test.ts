/**
 * A Standing Committee resolution on a legal portal (426/NQ-UBTVQH13 on thuviennhadat) breaks the line after the word
 * "Điều" ("Điều" / "1." / "1. Thành lập Đoàn giám sát …"), and numbers the clauses of an article ("… (có danh sách kèm
 * theo). 2. Đoàn giám sát mời …"). Each article is read as one, each numbered clause as its own sentence: "Đoàn giám sát
 * mời …" and "Đoàn giám sát có trách nhiệm …" are the delegation's (not "Đoàn", the verb "giám sát" taken for the end of
 * the name), "Căn cứ vào kế hoạch giám sát chung, Hội đồng Dân tộc và các Ủy ban của Quốc hội … có thể tổ chức giám sát
 * …" the Council's and the committees'; founding the delegation is no task.
 */
import { extract } from '../../../src/ingest/pipeline';

const run = (lines: string[]) => extract({ path: 'doc.txt', sha256: 'x', format: 'TEXT', text: lines.join('\n') });

test('"Điều" / "1." / numbered clauses: the tasks of the delegation and of the committees', () => {
  const x = run([
    'ỦY BAN THƯỜNG VỤ', 'QUỐC HỘI', '--------', '|', 'CỘNG HÒA XÃ HỘI', 'CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '----------------', '|',
    'Số: 426/NQ-UBTVQH13', '|', 'Hà Nội, ngày 23', 'tháng 12 năm 2011', '|',
    'NGHỊ QUYẾT', 'THÀNH LẬP ĐOÀN GIÁM SÁT “VIỆC THỰC HIỆN CHÍNH SÁCH, PHÁP LUẬT VỀ QUẢN LÝ, KHAI THÁC KHOÁNG SẢN”',
    'ỦY BAN THƯỜNG VỤ QUỐC HỘI',
    'Căn cứ Luật hoạt động giám sát của Quốc hội;',
    'QUYẾT NGHỊ:',
    'Điều', '1.', '1. Thành lập Đoàn giám sát của', 'Ủy ban thường vụ Quốc hội về “Việc thực', 'hiện chính sách, pháp luật về quản lý,', 'khai thác khoáng sản” (có danh sách kèm theo).',
    '2. Đoàn giám sát mời đại diện một số cơ quan, một số', 'chuyên gia tham gia các hoạt động của Đoàn.',
    'Điều', '2.', 'Nội dung, kế hoạch giám sát cụ', 'thể được ban hành kèm theo Nghị quyết này.',
    'Điều', '3.', 'Đoàn giám sát có trách nhiệm', 'tổ chức thực hiện kế hoạch giám sát; báo cáo kết quả giám sát với Ủy ban thường vụ Quốc hội tại Phiên họp tháng 8', 'năm 2012.',
    'Điều', '4.', '1. Căn cứ vào kế hoạch giám', 'sát chung, Hội đồng Dân tộc và các Ủy ban', 'của Quốc hội trong phạm vi nhiệm vụ, quyền hạn của mình có thể tổ chức giám sát', 'sâu một số vấn đề bức xúc nhất.',
  ]);
  expect(x.tasks.map((t) => [t.text.slice(0, 40), t.lead])).toEqual([
    ['Đoàn giám sát mời đại diện một số cơ qua', ['Đoàn giám sát']],
    ['Đoàn giám sát có trách nhiệm tổ chức thự', ['Đoàn giám sát']],
    ['Căn cứ vào kế hoạch giám sát chung, Hội ', ['Hội đồng Dân tộc', 'Các Ủy ban của Quốc hội']],
  ]);
});

test('"Đoàn giám sát được mời đại diện …" (820/NQ-UBTVQH13): the delegation, allowed to invite', () => {
  const x = run(['ỦY BAN THƯỜNG VỤ QUỐC HỘI', 'Số: 820/NQ-UBTVQH13', 'Hà Nội, ngày 17 tháng 10 năm 2014', 'NGHỊ QUYẾT', 'THÀNH LẬP ĐOÀN GIÁM SÁT', 'QUYẾT NGHỊ:',
    'Điều 1.', '1. Thành lập Đoàn giám sát của Ủy ban thường vụ Quốc hội (có danh sách kèm theo).', '2. Đoàn giám sát được mời đại diện một số cơ quan hữu quan tham gia các hoạt động của Đoàn.']);
  expect(x.tasks.map((t) => t.lead)).toEqual([['Đoàn giám sát']]);
});
