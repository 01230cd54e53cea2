/**
 * A Government Office notice with sections (247/TB-VPCP: "I. ĐÁNH GIÁ CHUNG", "II. NHIỆM VỤ THỜI GIAN TỚI") closes with
 * its formula, "Văn phòng Chính phủ thông báo để các cơ quan, địa phương biết, thực hiện./.": the Office conveys, it is
 * given no work; the numbered directions above are the tasks (an item "Đề nghị …" just before it made it one).
 */
import { extract } from '../../../src/ingest/pipeline';

test('"Văn phòng Chính phủ thông báo để … biết, thực hiện./." ends the tasks', () => {
  const x = extract({ path: 'doc.txt', sha256: 'x', format: 'TEXT', text: [
    'VĂN PHÒNG CHÍNH PHỦ', '-------', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '---------------', '', 'Số: 247/TB-VPCP', '', 'Hà Nội, ngày 16 tháng 7 năm 2019', '',
    'THÔNG BÁO', '', 'Ý KIẾN CHỈ ĐẠO CỦA THỦ TƯỚNG CHÍNH PHỦ NGUYỄN XUÂN PHÚC TẠI HỘI NGHỊ TỔNG KẾT CÔNG TÁC PHÒNG, CHỐNG THIÊN TAI VÀ TÌM KIẾM CỨU NẠN NĂM 2018, TRIỂN KHAI NHIỆM VỤ THỜI GIAN TỚI', '',
    'Ngày 20 tháng 6 năm 2019, Thủ tướng Chính phủ Nguyễn Xuân Phúc đã tham dự và chỉ đạo Hội nghị tổng kết công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm 2018. Sau khi nghe báo cáo của Ban Chỉ đạo Trung ương về phòng, chống thiên tai, ý kiến của các Bộ, địa phương liên quan, Thủ tướng Chính phủ có ý kiến chỉ đạo như sau:', '',
    'I. ĐÁNH GIÁ CHUNG', '', 'Việt Nam là quốc gia thường xuyên bị tác động của thiên tai.', '',
    'II. NHIỆM VỤ THỜI GIAN TỚI', '',
    '1. Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương tăng cường các hoạt động chỉ đạo liên ngành, phân rõ trách nhiệm của chính quyền các cấp và người đứng đầu.', '',
    '2. Bộ Y tế chủ động, phối hợp, hướng dẫn các địa phương tăng cường kiểm tra, giám sát, xử lý dịch và thực hiện chế độ giám sát, báo cáo theo quy định.', '',
    '3. Đề nghị Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam và các tổ chức thành viên tăng cường vận động nhân dân tham gia phòng, chống thiên tai.', '',
    'Văn phòng Chính phủ thông báo để các cơ quan, địa phương biết, thực hiện./.',
  ].join('\n') });
  expect(x.tasks.map((t) => t.lead)).toEqual([['Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương'], ['Bộ Y tế'], ['Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', 'Các tổ chức thành viên']]);
});
