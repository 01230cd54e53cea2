/**
 * A news page tells of a minister's letter sent to addressees listed with ";", who go straight on to what they all do,
 * with no request verb: "…, Đại tướng Lương Tam Quang, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an vừa có văn bản gửi Bộ
 * trưởng, Thủ trưởng các bộ, ngành, cơ quan trung ương; Bí thư tỉnh ủy, thành ủy và Chủ tịch UBND các tỉnh, thành phố phối
 * hợp chỉ đạo …" (baotintuc). One task from the first addressee on; the heads stand for their bodies, and the two heads
 * before "các bộ, ngành, cơ quan trung ương" share that list.
 */
import { bodiesOfHeadNames } from '../../../src/ingest/heads-of-bodies';
import { extract } from '../../../src/ingest/pipeline';

test('"… vừa có văn bản gửi A; B và C phối hợp chỉ đạo …": A, B and C lead', () => {
  const x = extract({ path: 'doc.txt', sha256: 'x', format: 'TEXT', text: [
    'Xem xét xử lý kỷ luật nếu để tình hình ma túy diễn biến phức tạp tại địa phương',
    'Ngày 13/8, thông tin từ Bộ Công an cho biết, Đại tướng Lương Tam Quang, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an vừa có văn bản gửi Bộ trưởng, Thủ trưởng các bộ, ngành, cơ quan trung ương; Bí thư tỉnh ủy, thành ủy và Chủ tịch UBND các tỉnh, thành phố phối hợp chỉ đạo tăng cường công tác phòng, chống ma túy trong tình hình mới.',
  ].join('\n') });
  expect(x.tasks.map((t) => [t.text.slice(0, 40), t.lead])).toEqual([
    ['Bộ trưởng, Thủ trưởng các bộ, ngành, cơ ', ['Các bộ, ngành, cơ quan trung ương', 'Tỉnh ủy, thành ủy', 'Ủy ban nhân dân các tỉnh, thành phố']],
  ]);
});

test('"Bộ trưởng", "Thủ trưởng các bộ, ngành, cơ quan trung ương": one list of bodies', () => {
  expect(bodiesOfHeadNames(['Bộ trưởng', 'Thủ trưởng các bộ, ngành, cơ quan trung ương'])).toEqual(['các bộ, ngành, cơ quan trung ương']);
});
