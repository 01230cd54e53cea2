/**
 * A news sentence runs a minister's Party office into his ministry ("Đại tướng Lương Tam Quang, Ủy viên Bộ Chính trị, Bộ
 * trưởng Bộ Công an vừa có văn bản gửi …", baotintuc): the issuer is settled to the ministry, and the level read with the
 * Politburo's name follows it — a ministry's letter is the State's (CENTRAL_STATE), not the Party's.
 */
import { extract } from '../../../src/ingest/pipeline';

const run = (lines: string[]) => extract({ path: 'doc.txt', sha256: 'x', format: 'TEXT', text: lines.join('\n') });

test('"…, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an vừa có văn bản gửi …": Bộ Công an, CENTRAL_STATE, no province', () => {
  const x = run([
    'Xem xét xử lý kỷ luật nếu để tình hình ma túy diễn biến phức tạp tại địa phương',
    'Ngày 13/8, thông tin từ Bộ Công an cho biết, Đại tướng Lương Tam Quang, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an vừa có văn bản gửi Bộ trưởng, Thủ trưởng các bộ, ngành, cơ quan trung ương; Bí thư tỉnh ủy, thành ủy và Chủ tịch UBND các tỉnh, thành phố phối hợp chỉ đạo tăng cường công tác phòng, chống ma túy trong tình hình mới.',
  ]);
  expect(x.document).toMatchObject({ issuer: 'Bộ Công an', level: 'CENTRAL_STATE', province: null });
});
