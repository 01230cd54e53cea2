/**
 * A news page's lead paragraph (its sapo) repeating a sentence of its body, as on vovworld.vn (seen in
 * tests/fixtures/central/held-out-12): the task it restates is read once.
 */
import { extract } from '../../../src/ingest/pipeline';

const doc = (text: string) => extract({ path: 'x.txt', text, sha256: '7'.repeat(64), format: 'TEXT' });

describe('a news page’s lead paragraph repeating a sentence of its body', () => {
  it('"(VOV5) - Bà … yêu cầu các cơ quan liên quan cần phối hợp …" read again in the body (vovworld.vn) is one task', () => {
    const line = 'bà Trương Thị Mai yêu cầu các cơ quan liên quan cần phối hợp tốt hơn nữa trong việc xây dựng chương trình, kế hoạch tổ chức thực hiện các đề án của Bộ Chính trị, Ban Bí thư';
    const x = doc(`Hội nghị triển khai Chương trình làm việc của Bộ Chính trị, Ban Bí thư năm 2024\n\n(VOV5) - Bà Trương Thị Mai yêu cầu các cơ quan liên quan cần phối hợp tốt hơn nữa trong việc xây dựng chương trình, kế hoạch tổ chức thực hiện các đề án của Bộ Chính trị, Ban Bí thư.\n\nChiều qua (21/1), tại Hà Nội, Trưởng Ban Tổ chức Trung ương chủ trì Hội nghị về tình hình thực hiện Chương trình làm việc của Bộ Chính trị, Ban Bí thư năm 2023.\n\nPhát biểu kết luận Hội nghị, ${line}; các cơ quan được giao nhiệm vụ cần tập trung, chủ động xây dựng các đề án, báo cáo được phân công.`);
    expect(x.tasks.filter((t) => t.text.startsWith('các cơ quan liên quan cần phối hợp')).length).toBe(1);
  });
});
