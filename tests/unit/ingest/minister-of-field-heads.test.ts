/**
 * A minister named by the field of his ministry, as the Government's session resolutions of the 1990s write them
 * ("Chính phủ giao Bộ trưởng Khoa học, Công nghệ và môi trường tiếp thu …, phối hợp với Bộ trưởng Tư pháp, Bộ trưởng -
 * Chủ nhiệm Văn phòng Chính phủ …"), stands for "Bộ Khoa học, Công nghệ và Môi trường"; a head holding two offices
 * ("Bộ trưởng - Chủ nhiệm Văn phòng Chính phủ") for the body his second title names.
 */
import { bodiesOfHeadNames, bodiesOfHeads } from '../../../src/ingest/heads-of-bodies';
import { extract } from '../../../src/ingest/pipeline';

const run = (lines: string[]) => extract({ path: 'doc.txt', sha256: 'x', format: 'TEXT', text: lines.join('\n') });

describe('a minister named by his field heads that ministry', () => {
  test('"Bộ trưởng Tài chính" → "Bộ Tài chính"; "Bộ trưởng Bộ Ngoại giao" and "Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc" as before', () => {
    expect(bodiesOfHeadNames(['Bộ trưởng Tài chính', 'Bộ trưởng Bộ Ngoại giao'])).toEqual(['Bộ Tài chính', 'Bộ Ngoại giao']);
    expect(bodiesOfHeadNames(['Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc'])).toEqual(['Ủy ban Dân tộc']);
  });
  test('"Bộ trưởng Tư pháp, Bộ trưởng - Chủ nhiệm Văn phòng Chính phủ": the ministry and the Office', () => {
    expect(bodiesOfHeads('Bộ trưởng Tư pháp, Bộ trưởng - Chủ nhiệm Văn phòng Chính phủ')).toEqual(['Bộ Tư pháp', 'Văn phòng Chính phủ']);
  });
  test('a session resolution: the ministries lead and coordinate, not their fields', () => {
    const x = run([
      'CHÍNH PHỦ',
      'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Hà Nội, ngày 21 tháng 11 năm 1997',
      '',
      'NGHỊ QUYẾT',
      '',
      'Phiên họp Chính phủ thường kỳ tháng 11 năm 1997',
      '',
      'Trong hai ngày 17 và 18/11/1997, Chính phủ họp phiên họp thường kỳ tháng 11/1997 thảo luận và quyết định các vấn đề sau đây:',
      '',
      '2. Chính phủ đã cho ý kiến và thông qua Dự án Luật Khoa học và Công nghệ. Chính phủ giao Bộ trưởng Khoa học, Công nghệ và môi trường tiếp thu các ý kiến trong phiên họp, phối hợp với Bộ trưởng Tư pháp, Bộ trưởng - Chủ nhiệm Văn phòng Chính phủ hoàn chỉnh Dự án Luật nói trên để trình Quốc Hội.',
      '',
      '3. Chính phủ đã nghe báo cáo về kế hoạch năm 1998. Chính phủ giao Bộ trưởng Bộ kế hoạch và Đầu tư và Bộ trưởng Tài chính tiếp thu ý kiến của các đại biểu tại phiên họp, cân nhắc các chỉ tiêu chủ yếu.',
    ]);
    const task = x.tasks.find((t) => t.text.startsWith('Bộ trưởng Khoa học'));
    expect(task?.lead).toEqual(['Bộ Khoa học, Công nghệ và Môi trường']);
    expect(task?.coordinators).toEqual(['Bộ Tư pháp', 'Văn phòng Chính phủ']);
    expect(x.tasks.find((t) => t.text.startsWith('Bộ trưởng Bộ kế hoạch'))?.lead).toEqual(['Bộ kế hoạch và Đầu tư', 'Bộ Tài chính']);
  });
});

describe('one head, two titles', () => {
  test('"Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ" / "Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc": the body of the second title', () => {
    expect(bodiesOfHeads('Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ')).toEqual(['Văn phòng Chính phủ']);
    expect(bodiesOfHeads('Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc; Thống đốc Ngân hàng Nhà nước Việt Nam')).toEqual(['Ủy ban Dân tộc', 'Ngân hàng Nhà nước Việt Nam']);
  });
  test('the ministers and the heads of other bodies stay apart: "Bộ trưởng, Thủ trưởng cơ quan ngang bộ, …"', () => {
    expect(bodiesOfHeads('Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ')).toEqual(['các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ']);
  });
});
