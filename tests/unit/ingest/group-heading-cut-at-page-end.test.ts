/**
 * A copy the site cut right after a group's heading: "I. NỘI DUNG, NHIỆM VỤ CHỦ YẾU CỦA KẾ HOẠCH NĂM 2002" / "1. Tư tưởng
 * chỉ đạo và nhiệm vụ chủ yếu của kế hoạch năm" / "2002" (16/2001/CT-TTg on luatvietnam). The heading names a topic whose
 * content the page never reaches: no task. A numbered item of work at the page's end still is one.
 */
import { extract } from '../../../src/ingest/pipeline';

const run = (last: string[]) => extract({ path: 'doc.txt', sha256: 'x', format: 'TEXT', text: [
  'CHỈ THỊ', 'CỦA THỦ', 'TƯỚNG CHÍNH PHỦ SỐ 16/2001/CT-TTG', 'NGÀY 21 THÁNG 6 NĂM 2001 VỀ VIỆC XÂY DỰNG KẾ HOẠCH', 'PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2002',
  'Để hoàn thành nhiệm vụ kế hoạch năm 2001, Thủ tướng Chính phủ yêu cầu các Bộ, ngành, địa phương và cơ sở cần tập trung thực hiện tốt các Nghị quyết của Quốc hội; đồng thời tiến hành triển khai xây dựng kế hoạch năm 2002 với yêu cầu và nội dung chủ yếu sau:',
  'I. NỘI DUNG, NHIỆM VỤ CHỦ YẾU CỦA KẾ HOẠCH NĂM 2002',
  ...last,
].join('\n') });

test('"1. Tư tưởng chỉ đạo và nhiệm vụ chủ yếu của kế hoạch năm / 2002" at the page\'s end is no task', () => {
  expect(run(['1. Tư tưởng chỉ đạo và nhiệm vụ chủ yếu của kế hoạch năm', '2002']).tasks.map((t) => t.text)).not.toContain('Tư tưởng chỉ đạo và nhiệm vụ chủ yếu của kế hoạch năm 2002');
});

test('an item of work at the page\'s end is still a task', () => {
  expect(run(['1. Các Bộ, ngành khẩn trương xây dựng kế hoạch năm 2002, gửi Bộ Kế hoạch và Đầu tư trước ngày 31 tháng 7 năm 2001.']).tasks.map((t) => t.lead)).toContainEqual(['Các Bộ, ngành']);
});
