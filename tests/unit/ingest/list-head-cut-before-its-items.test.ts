/**
 * A copy cut right after a list's head: "… Hội đồng đề nghị các bộ, cơ quan, tổ chức ở trung ương và các địa phương thực
 * hiện các công việc sau đây:" with at most a section heading below it ("1. Công tác / PBGDPL"), "… Chủ tịch UBND tỉnh
 * yêu cầu Chủ tịch UBND các huyện, thành phố tập trung triển khai đồng bộ, có hiệu quả một số nhiệm vụ:" ending the page.
 * The items never come: the head is all the page says the addressees must do, and so their task. Where the items do
 * follow, they are the tasks, as before. ("tổ chức ở trung ương" is a body, not the verb "tổ chức".)
 */
import { extract } from '../../../src/ingest/pipeline';

const run = (lines: string[]) => extract({ path: 'doc.txt', sha256: 'x', format: 'TEXT', text: lines.join('\n') });

const LETTER = [
  'Kính gửi:',
  '- Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ;',
  '- Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương.',
  '|',
  'Nhằm thực hiện có chất lượng, hiệu quả các nhiệm vụ, giải pháp được nêu trong Nghị quyết số 27-NQ/TW ngày',
  '09/11/2022 của Ban Chấp hành trung ương; Luật PBGDPL; Luật Hòa giải ở cơ sở, Hội',
  'đồng phối hợp PBGDPL trung ương (sau đây gọi là Hội đồng) đề nghị các bộ, cơ',
  'quan, tổ chức ở trung ương và các địa phương thực hiện các công việc sau đây:',
];

describe('a list head the page is cut after', () => {
  test('the council\'s letter: the head is the addressees\' task', () => {
    const x = run([...LETTER, '1. Công tác', 'PBGDPL']);
    expect(x.tasks.map((t) => [t.text, t.lead])).toEqual([
      ['các bộ, cơ quan, tổ chức ở trung ương và các địa phương thực hiện các công việc sau đây', ['Các bộ, cơ quan, tổ chức ở trung ương', 'Các địa phương']],
    ]);
  });
  test('a provincial telegram restated on a listing, its head the page\'s last line', () => {
    const x = run([
      'CÔNG ĐIỆN KHẨN: Thực hiện các biện pháp cấp bách khống chế dịch tả lợn châu Phi',
      'UBND tỉnh vừa ban hành Công điện số 02/CĐ-UBND ngày 13/3/2019, về việc thực hiện các biện pháp cấp bách nhằm khống chế dịch bệnh tả lợn châu Phi. Nội dung Công điện nêu rõ: Tỉnh ta đã phát hiện 1 ổ dịch tại bản Huổi Ái, xã Mường É, huyện Thuận Châu. Để chủ động phòng, chống bệnh dịch tả lợn châu Phi, Chủ tịch UBND tỉnh yêu cầu Chủ tịch UBND các huyện, thành phố tập trung triển khai đồng bộ, có hiệu quả một số nhiệm vụ:',
    ]);
    expect(x.tasks.map((t) => t.text)).toEqual(['Chủ tịch UBND các huyện, thành phố tập trung triển khai đồng bộ, có hiệu quả một số nhiệm vụ']);
  });
  test('with its items on the page, the items are the tasks and the head is none', () => {
    const x = run([
      ...LETTER,
      '1. Tiếp tục quán triệt, tổ chức thực hiện nghiêm túc Nghị quyết số 27-NQ/TW và các văn bản chỉ đạo của Trung ương về công tác phổ biến, giáo dục pháp luật.',
      '2. Đổi mới nội dung, hình thức phổ biến, giáo dục pháp luật phù hợp với từng đối tượng, địa bàn.',
    ]);
    expect(x.tasks.map((t) => t.text)).not.toContain('các bộ, cơ quan, tổ chức ở trung ương và các địa phương thực hiện các công việc sau đây');
    expect(x.tasks[0]).toMatchObject({ text: expect.stringMatching(/^Tiếp tục quán triệt/u), lead: ['Các bộ, cơ quan, tổ chức ở trung ương', 'Các địa phương'] });
  });
});
