/**
 * "Đại hội đã bầu Ban Chấp hành Đảng bộ tỉnh khóa XII gồm 55 đồng chí": in a congress's news, comrades elected are no
 * amount of money ("đồng" is the currency only when "chí" does not follow it), while the congress's targets listed before
 * are read.
 */
import { extract } from '../../../src/ingest/pipeline';

test('a congress restated by the news: its list of targets, and no "55 đồng"', () => {
  const text = [
    'Đại hội đại biểu Đảng bộ tỉnh lần thứ XII, nhiệm kỳ 2025 - 2030 đã thông qua Nghị quyết với 25 chỉ tiêu chủ yếu, cụ thể:',
    '',
    '- Tốc độ tăng trưởng kinh tế (GRDP) bình quân 10 - 11%/năm.',
    '',
    '- Kết nạp mới từ 2.500 đảng viên trở lên/năm.',
    '',
    'Đại hội đã bầu Ban Chấp hành Đảng bộ tỉnh khóa XII gồm 55 đồng chí.',
  ].join('\n');
  const x = extract({ path: 'news.txt', sha256: 'x', format: 'TEXT', text });
  expect(x.indicators.map((i) => [i.target, i.period])).toEqual([['10 - 11%/năm', '2025-2030'], ['từ 2.500 đảng viên trở lên/năm', '2025-2030']]);
});
