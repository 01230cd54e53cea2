/**
 * A Government session resolution gives work to a working group named at length, verbs of its own name inside it:
 * "Chính phủ giao Tổ biên tập tổng hợp của Ban Chỉ đạo chuẩn bị Hội nghị lần thứ 4 Ban chấp hành trung ương Đảng Cộng sản
 * Việt Nam khoá VIII, căn cứ các ý kiến …, hoàn chỉnh văn bản …" (luatminhkhue, 1997). The group is the lead, named whole
 * ("tổng hợp" after "Tổ biên tập", "chuẩn bị" after "Ban Chỉ đạo", a plenum's ordinal are part of it).
 */
import { extract } from '../../../src/ingest/pipeline';

const run = (lines: string[]) => extract({ path: 'doc.txt', sha256: 'x', format: 'TEXT', text: lines.join('\n') });

test('"Chính phủ giao Tổ biên tập tổng hợp của Ban Chỉ đạo chuẩn bị Hội nghị lần thứ 4 … khoá VIII, căn cứ …, hoàn chỉnh …"', () => {
  const x = run([
    'CHÍNH PHỦ', 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Hà Nội, ngày 21 tháng 11 năm 1997', '', 'NGHỊ QUYẾT', '',
    'Phiên họp Chính phủ thường kỳ tháng 11 năm 1997', '',
    'Trong hai ngày 17 và 18/11/1997, Chính phủ họp phiên họp thường kỳ tháng 11/1997 thảo luận và quyết định các vấn đề sau đây:', '',
    '1. Chính phủ đã nghe Bộ trưởng Kế hoạch và Đầu tư Trần Xuân Giá trình bày tóm tắt một số vấn đề lớn trong dự thảo Báo cáo trình Hội nghị lần thứ 4 Ban Chấp hành trung ương Đảng Cộng sản Việt Nam, khoá VIII. Chính phủ giao Tổ biên tập tổng hợp của Ban Chỉ đạo chuẩn bị Hội nghị lần thứ 4 Ban chấp hành trung ương Đảng Cộng sản Việt Nam khoá VIII, căn cứ các ý kiến trong quá trình thảo luận và phát biểu kết luận của Thủ tướng Phan Văn Khải, hoàn chỉnh văn bản góp ý kiến của Chính phủ về bản báo cáo trình ra Hội nghị này.',
  ]);
  expect(x.tasks.map((t) => [t.text.slice(0, 30), t.lead])).toEqual([
    ['Tổ biên tập tổng hợp của Ban C', ['Tổ biên tập tổng hợp của Ban Chỉ đạo chuẩn bị Hội nghị lần thứ 4 Ban chấp hành trung ương Đảng Cộng sản Việt Nam khóa VIII']],
  ]);
});
