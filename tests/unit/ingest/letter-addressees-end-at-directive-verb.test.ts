/**
 * A Government Office letter conveying a leader's directions names the addressees of each item, then what they do:
 * "Bộ Y tế tăng cường công tác quản lý, chỉ đạo, hướng dẫn …" (4098/VPCP-KGVX), "Ủy ban nhân dân các tỉnh, thành phố trực
 * thuộc Trung ương tăng cường các hoạt động chỉ đạo liên ngành, …" (9515/VPCP-KGVX, hethongphapluat). The addressees end
 * at the directive verb ("tăng cường", "đẩy mạnh", "tập trung", "quán triệt", "đôn đốc", "sớm", …), not at the comma after
 * it; a steering committee's name ("Ban Chỉ đạo quốc gia về khắc phục chất độc hóa học …") keeps its own words.
 */
import { extract } from '../../../src/ingest/pipeline';

const run = (lines: string[]) => extract({ path: 'doc.txt', sha256: 'x', format: 'TEXT', text: lines.join('\n') });
const HEADER = ['VĂN PHÒNG CHÍNH PHỦ', '-------', '', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '---------------', ''];

test('"Bộ Y tế tăng cường công tác quản lý, chỉ đạo, …": Bộ Y tế', () => {
  const x = run([...HEADER, 'Số: 4098/VPCP-KGVX', 'V/v thông tin, báo chí và dư luận liên quan đến công tác chỉ đạo, điều hành', '', 'Hà Nội, ngày 02 tháng 7 năm 2022', '', 'Kính gửi: Bộ Y tế', '',
    'Xét Báo cáo tổng hợp “Thông tin, báo chí và dư luận liên quan đến công tác chỉ đạo, điều hành” của Cổng thông tin điện tử Chính phủ tại văn bản số 558/2022/TTĐT ngày 28 tháng 6 năm 2022 (bản chụp kèm theo), Thủ tướng Chính phủ Phạm Minh Chính có ý kiến như sau:', '',
    'Bộ Y tế tăng cường công tác quản lý, chỉ đạo, hướng dẫn để đẩy nhanh hơn nữa tiến độ tiêm vắc xin phòng chống COVID-19, bảo đảm mục tiêu do Chính phủ đề ra.', '',
    'Văn phòng Chính phủ thông báo để Bộ Y tế biết, thực hiện./.']);
  expect(x.tasks.map((t) => t.lead)).toEqual([['Bộ Y tế']]);
});

test('"2. Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương tăng cường các hoạt động chỉ đạo liên ngành, …"', () => {
  const x = run([...HEADER, 'Số: 9515/VPCP-KGVX', 'V/v phòng, chống bệnh sốt xuất huyết', '', 'Hà Nội, ngày 17 tháng 11 năm 2015', '', 'Kính gửi:', '', '- Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ;', '- Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.', '',
    'Xét báo cáo của Bộ Y tế Về tình hình bệnh sốt xuất huyết trên toàn quốc 9 tháng đầu năm 2015 (báo cáo số 974/BC-BYT ngày 28 tháng 10 năm 2015), Phó Thủ tướng Vũ Đức Đam yêu cầu:', '',
    '2. Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương tăng cường các hoạt động chỉ đạo liên ngành, phân rõ trách nhiệm của chính quyền các cấp và người đứng đầu trong công tác phòng, chống dịch sốt xuất huyết trên địa bàn.', '',
    '3. Bộ Y tế chủ động, phối hợp, hướng dẫn các địa phương tăng cường kiểm tra, giám sát, xử lý dịch.', '',
    'Văn phòng Chính phủ xin thông báo để các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ và Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương biết, thực hiện./.']);
  expect(x.tasks.map((t) => t.lead)).toEqual([['Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương'], ['Bộ Y tế']]);
});
