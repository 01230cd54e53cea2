/**
 * Constructs of targets that judge-3 and targets/held-out-3 showed the objectives reader missing (issue 7 §1, every
 * family): when a paragraph or a list states targets, which year or span dates them, and which clauses report results.
 * Each test names the construct; the sentences are shortened from real pages of the kind.
 */
import { extract } from '../../../src/ingest/pipeline';

const read = (text: string) => extract({ path: 'news.txt', sha256: 'h', format: 'TEXT', text }).indicators.map((i) => [i.target, i.period]);

describe('what dates a target', () => {
  test('a list for a term ("Các chỉ tiêu chủ yếu (nhiệm kỳ 2020-2025)"): an item\'s own horizon dates that item only, the term the items after it', () => {
    expect(read(['Các chỉ tiêu chủ yếu (nhiệm kỳ 2020-2025)', '- Về kinh tế:', '(1) Cơ cấu kinh tế đến năm 2025: Nông nghiệp: 70%; dịch vụ: 25%.', '(2) Tỷ lệ tăng thu ngân sách so năm trước: 10% trở lên.'].join('\n'))).toEqual([
      ['70%', '2025'], ['25%', '2025'], ['10% trở lên', '2020-2025'],
    ]);
  });
  test('a field\'s subheading ("- Về văn hóa – xã hội:") keeps a list of targets open after items stating none', () => {
    expect(read(['Các chỉ tiêu chủ yếu (nhiệm kỳ 2020-2025)', '(1) Tỷ lệ lao động qua đào tạo: trên 20%.', '(2) Đến năm 2025 xây dựng xã đạt nông thôn mới nâng cao.', '(3) Duy trì xã đạt chuẩn quốc gia về y tế.', '- Về văn hóa – xã hội:', '(4) Tỷ lệ hộ dân được sử dụng nước sạch: 98%.'].join('\n'))).toEqual([
      ['trên 20%', '2020-2025'], ['98%', '2020-2025'],
    ]);
  });
  test('an item of a list ("+ Năm 2030: Duy trì mức giảm 1 - 1,5% hàng năm") is no headline run into the next line', () => {
    expect(read(['Lộ trình thực hiện các mục tiêu phát triển bền vững đến năm 2030.', '- Tỷ lệ nghèo đa chiều như sau:', '+ Năm 2025: Duy trì mức giảm 1 -1,5% hàng năm', '+ Năm 2030: Duy trì mức giảm 1 - 1,5% hàng năm', 'Mục tiêu 1.2: Triển khai các hệ thống an sinh xã hội và đến năm 2030 đạt được diện bao phủ đáng kể'].join('\n'))).toEqual([
      ['1 -1,5%', '2025'], ['1 - 1,5%', '2030'],
    ]);
  });
  test('the objectives\' own year wins over a council\'s term: "HĐND tỉnh khóa XIII, nhiệm kỳ 2021 – 2026, đã thông qua … 24 chỉ tiêu … năm 2025"', () => {
    expect(read(['Tại kỳ họp, HĐND tỉnh khóa XIII, nhiệm kỳ 2021 – 2026, đã thông qua Nghị quyết về 24 chỉ tiêu phát triển kinh tế, xã hội năm 2025.', '', 'Ở nhóm kinh tế, tỉnh đặt mục tiêu tăng trưởng GRDP năm 2025 đạt 10%. GRDP bình quân đầu người dự kiến khoảng 3.950 USD.'].join('\n'))).toEqual([
      ['10%', '2025'], ['khoảng 3.950 USD', '2025'],
    ]);
  });
  test('the year of the sentence stating the objectives, written before them: "Bước sang năm 2026, Hà Nội đặt mục tiêu …", "kế hoạch … năm 2011 phù hợp với mục tiêu …"', () => {
    expect(read('Bước sang năm 2026, Hà Nội đặt mục tiêu tăng trưởng trên 11%, tập trung vào các khâu đột phá chiến lược.')).toEqual([['trên 11%', '2026']]);
    expect(read('a) Xây dựng và thực hiện kế hoạch kinh doanh năm 2011 phù hợp với mục tiêu tốc độ tăng tín dụng dưới 20%, các giải pháp điều hành chính sách tiền tệ.')).toEqual([['dưới 20%', '2011']]);
    // (a baseline is no such year)
    expect(read('So với năm 2020, tỉnh đặt mục tiêu tăng trưởng trên 9%.')).toEqual([['trên 9%', null]]);
  });
  test('an aim stated without any year ("Phấn đấu giảm tỷ lệ hộ nghèo xuống dưới 5%") is a target with no period', () => {
    expect(read('Phấn đấu giảm tỷ lệ hộ nghèo của tỉnh xuống dưới 5%.')).toEqual([['dưới 5%', null]]);
  });
});

describe('which clauses report results', () => {
  test('a clause opening with a year reports, unless it looks ahead: "Năm 2045, … Nghị quyết … đặt ra mục tiêu đến năm 2030, …"', () => {
    expect(read('Năm 2045, nông dân có thu nhập cao Nghị quyết số 19 về nông nghiệp đặt ra mục tiêu đến năm 2030, tốc độ tăng trưởng ngành nông nghiệp đạt bình quân khoảng 3%/năm; tăng năng suất lao động nông nghiệp bình quân từ 5,5 - 6%/năm.')).toEqual([
      ['khoảng 3%/năm', '2030'], ['từ 5,5 - 6%/năm', '2030'],
    ]);
    expect(read('Nghị quyết đặt mục tiêu đến năm 2030 tỷ lệ đô thị hóa đạt 50%; Năm 2020, tỷ lệ đô thị hóa đạt 40%.')).toEqual([['50%', '2030']]);
  });
  test('a result against its target reports though it names the target: "vượt mục tiêu đề ra"', () => {
    expect(read('Đến năm 2030, tỷ lệ đô thị hóa đạt 50%; năm 2025, thu ngân sách đạt 9,6 triệu tỷ đồng, vượt mục tiêu đề ra.')).toEqual([['50%', '2030']]);
  });
  test('a meeting "to review the results of 2025 and deploy the tasks of 2026" looks ahead; only a review heading opens none', () => {
    expect(read('Tại Hội nghị nhằm đánh giá kết quả năm 2025 và triển khai nhiệm vụ năm 2026, các tỉnh khẳng định quyết tâm theo đuổi mục tiêu tăng trưởng GRDP từ 10% trở lên.')).toEqual([['từ 10% trở lên', '2026']]);
  });
});
