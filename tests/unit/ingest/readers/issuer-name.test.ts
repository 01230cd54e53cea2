/**
 * An issuer is a body's name (readers/issuer-name.ts): what copies ran into it is taken away. Each case is a
 * name as a reader first took it from a real page's prose or run-together header.
 */
import { issuerName } from '../../../../src/ingest/readers/issuer-name';
import { extract } from '../../../../src/ingest/pipeline';

it.each([
  ['Tỉnh ủy Thanh Hóa mới đây', 'Tỉnh ủy Thanh Hóa'],
  ['Ủy ban nhân dân tỉnh An Giang đã có công văn', 'Ủy ban nhân dân tỉnh An Giang'],
  ['Ban Thường vụ Đảng ủy các cơ quan Đảng Trung ương đã khẩn trương', 'Ban Thường vụ Đảng ủy các cơ quan Đảng Trung ương'],
  ['Chính phủ yêu cầu Bộ NNPTNT tích cực', 'Chính phủ'],
  ['Hội đồng nhân dân ngày 02 tháng 12 năm 2016 của Thường trực Hội đồng nhân dân tỉnh về việc', 'Hội đồng nhân dân'],
  ['Chính phủ (Quang Binh Portal) - Ngày 30/9/2015, Văn phòng UBND tỉnh', 'Văn phòng UBND tỉnh'],
  ['Tỉnh ủy 17-8-2021 Ngày 16 tháng 8 năm 2021, UBND tỉnh', 'UBND tỉnh'],
  ['Bộ Chính trị, Bí thư Thành ủy Hà Nội', 'Thành ủy Hà Nội'],
  ['Bộ Thủ tướng Chính phủ', 'Thủ tướng Chính phủ'],
  ['UBND tỉnh Mai Xuân Liêm đã có văn bản', 'UBND tỉnh'],
])('"%s" is "%s"', (read, name) => {
  expect(issuerName(read)).toBe(name);
});

it.each(['Bộ Văn hóa, Thể thao và Du lịch', 'Bộ Lao động - Thương binh và Xã hội', 'Ban Chỉ đạo Trung ương về phòng, chống thiên tai', 'Ban Chỉ đạo xây dựng nông thôn mới tỉnh', 'Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu', 'Văn phòng Chính phủ'])('"%s" stays as it is', (name) => {
  expect(issuerName(name)).toBe(name);
});

it('a Government resolution signed by a deputy ("Phó Thủ tướng Thường trực Chính phủ Phạm Bình Minh đã ký Nghị quyết 96/NQ-CP …") is the Government\'s', () => {
  const x = extract({ path: 'x.txt', text: 'Phó Thủ tướng Thường trực Chính phủ Phạm Bình Minh đã ký Nghị quyết 96/NQ-CP ngày 1/8/2022 ban hành Chương trình hành động của Chính phủ.', sha256: '7'.repeat(64), format: 'TEXT' });
  expect([x.document.symbol, x.document.issuer, x.document.level]).toEqual(['96/NQ-CP', 'Chính phủ', 'CENTRAL_STATE']);
  expect(x.document.inferred?.issuer).toBeDefined();
});

it('the body reporting its own document ("Ngày 3-10, UBND tỉnh Đồng Tháp cho biết vừa ban hành kế hoạch về …"): "cho biết" is no part of its name', () => {
  expect(issuerName('Ủy ban nhân dân tỉnh Đồng Tháp cho biết')).toBe('Ủy ban nhân dân tỉnh Đồng Tháp');
  const x = extract({ path: 'x.txt', text: 'Ngày 3-10, UBND tỉnh Đồng Tháp cho biết vừa ban hành kế hoạch về phát triển kinh tế số ngành, lĩnh vực trên địa bàn tỉnh năm 2025.\n\nTheo kế hoạch, đến năm 2025, tỷ trọng kinh tế số đạt 15% GRDP.', sha256: '7'.repeat(64), format: 'TEXT' });
  expect([x.document.kind, x.document.issuer, x.document.province]).toEqual(['KE_HOACH', 'Ủy ban nhân dân tỉnh Đồng Tháp', 'Đồng Tháp']);
});
