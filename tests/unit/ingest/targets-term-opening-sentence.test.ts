/**
 * A commune congress's targets restated by the news (Báo An Giang, Vĩnh Trạch's XII congress, 2020): the sentence opens
 * with the term they are set for, "Nhiệm kỳ 2020-2025, Đảng bộ xã … đặt ra các chỉ tiêu chủ yếu, như: …", capitalised,
 * and an area may be counted per crop season ("1.300ha/vụ").
 */
import { extract } from '../../../src/ingest/pipeline';

const targets = (text: string) => extract({ path: 'p.txt', text, sha256: '0'.repeat(64), format: 'TEXT' }).indicators.map((i) => [i.target, i.period]);

describe('targets whose sentence opens with their term', () => {
  const text = 'Đại hội đại biểu Đảng bộ xã Vĩnh Trạch lần thứ XII (nhiệm kỳ 2020- 2025) kết thúc thành công\n\nNhiệm kỳ 2020-2025, Đảng bộ xã Vĩnh Trạch đặt ra các chỉ tiêu chủ yếu, như: thu nhập bình quân đầu người trên 110 triệu đồng/người/năm; diện tích sản xuất nông nghiệp 1.300ha/vụ; diện tích trồng màu 80– 100ha/vụ; tỷ lệ lao động có việc làm qua đào tạo 70%…';

  it('each is a target of the term, an area per season with its "/vụ"', () => {
    expect(targets(text)).toEqual([
      ['trên 110 triệu đồng/người/năm', '2020-2025'], ['1.300ha/vụ', '2020-2025'], ['80– 100ha/vụ', '2020-2025'], ['70%', '2020-2025'],
    ]);
  });

  it('a past term reported is no target ("Nhiệm kỳ 2015-2020, … đã đạt 52 triệu đồng"): with nothing else, the page is rejected', () => {
    const report = text.replace(/Nhiệm kỳ 2020-2025, [^:]+: [^…]+…/u, 'Nhiệm kỳ 2015-2020, thu nhập bình quân đầu người của xã đã đạt 52 triệu đồng/người/năm.');
    expect(() => targets(report)).toThrow(/not a directive document/u);
  });
});
