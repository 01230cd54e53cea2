/**
 * The small constructs of a target stated in prose (src/ingest/target-constructs.ts), each on its own and as the
 * objectives reader reads them: money with its magnitude in the unit, rates per population, multiples, a change
 * stated after what changes, an amount restated in parentheses, the year in the words naming a target.
 */
import { statedTargets } from '../../../src/ingest/objective-targets';
import { parseVietnameseNumber } from '../../../src/ingest/indicators';
import { extract } from '../../../src/ingest/pipeline';
import { changeStart, magnitudeUnit, multipleStart, ratesIn, restatedInParentheses, yearInName } from '../../../src/ingest/target-constructs';

const pick = (text: string) => statedTargets(text).map(({ name, unit, target, value, valueMin, valueMax, comparator, year }) => ({ name, unit, target, value, valueMin, valueMax, comparator, year }));

describe('money and measures keep their magnitude in the unit', () => {
  test('magnitudeUnit: "tỷ" + "đồng" is "tỷ đồng", "nghìn" + "tỷ đồng" is "nghìn tỷ đồng"; a count has none', () => {
    expect(magnitudeUnit('tỷ', 'đồng')).toBe('tỷ đồng');
    expect(magnitudeUnit('nghìn', 'tỷ đồng')).toBe('nghìn tỷ đồng');
    expect(magnitudeUnit('tỉ', 'USD')).toBe('tỉ USD');
    expect(magnitudeUnit('triệu', 'đồng/người/năm')).toBe('triệu đồng/người/năm');
    expect(magnitudeUnit('triệu', 'doanh nghiệp')).toBeNull();
    expect(magnitudeUnit(undefined, 'đồng')).toBeNull();
  });
  test('"Thu ngân sách … đạt 12.000 tỷ đồng", "trên 75.000 tỷ đồng", "354 nghìn tỷ đồng": the number as written', () => {
    expect(pick('Thu ngân sách nhà nước trên địa bàn phấn đấu đạt 12.000 tỷ đồng.')[0]).toMatchObject({ unit: 'tỷ đồng', target: '12.000 tỷ đồng', value: 12000 });
    expect(pick('Tổng vốn đầu tư toàn xã hội trên 75.000 tỷ đồng.')[0]).toMatchObject({ unit: 'tỷ đồng', value: 75000, comparator: '>' });
    expect(pick('tổng huy động vốn đầu tư toàn xã hội đạt 354 nghìn tỷ đồng')[0]).toMatchObject({ name: 'Tổng huy động vốn đầu tư toàn xã hội', unit: 'nghìn tỷ đồng', value: 354 });
  });
  test('a range in "tỉ USD", and its per-year restatement in parentheses is no second target', () => {
    expect(pick('Vốn đăng ký giai đoạn 2021 - 2025 khoảng 150 - 200 tỉ USD (30 - 40 tỉ USD/năm); giai đoạn 2026 - 2030 khoảng 200 - 300 tỉ USD (40 - 50 tỉ USD/năm).')).toEqual([
      { name: 'Vốn đăng ký giai đoạn 2021 - 2025', unit: 'tỉ USD', target: 'khoảng 150 - 200 tỉ USD', value: null, valueMin: 150, valueMax: 200, comparator: null, year: '2021-2025' },
      // the clause after ";" goes on measuring what the one before named
      { name: 'Vốn đăng ký giai đoạn 2021 - 2025', unit: 'tỉ USD', target: 'khoảng 200 - 300 tỉ USD', value: null, valueMin: 200, valueMax: 300, comparator: null, year: '2026-2030' },
    ]);
  });
  test('money per person per year: "GRDP bình quân đầu người đạt khoảng 156 triệu đồng/người/năm (giá hiện hành)"', () => {
    const [grdp, digital] = pick('Đến năm 2030, GRDP bình quân đầu người đạt khoảng 156 triệu đồng/người/năm (giá hiện hành), kinh tế số trong GRDP vùng đạt khoảng 30%.');
    expect(grdp).toMatchObject({ name: 'GRDP bình quân đầu người', unit: 'triệu đồng/người/năm', target: 'khoảng 156 triệu đồng/người/năm', value: 156 });
    // the parenthesis closing the money target names nothing of the next one
    expect(digital).toMatchObject({ name: 'Kinh tế số trong GRDP vùng', target: 'khoảng 30%' });
  });
  test('a count of things is still scaled: "2 triệu doanh nghiệp" is 2,000,000', () => {
    expect(pick('Phấn đấu có 2 triệu doanh nghiệp hoạt động trong nền kinh tế')[0]).toMatchObject({ unit: 'doanh nghiệp', value: 2_000_000 });
  });
  test('restatedInParentheses: only an amount opening a parenthesis right after another target', () => {
    const c = 'khoảng 150 - 200 tỉ USD (30 - 40 tỉ USD/năm)';
    expect(restatedInParentheses(c, c.indexOf('30'), c.indexOf(' (') )).toBe(true);
    expect(restatedInParentheses(c, c.indexOf('30'), null)).toBe(false);
    const d = 'đạt 30% (trong đó khu vực nông thôn đạt 20%)';
    expect(restatedInParentheses(d, d.indexOf('20%'), d.indexOf(' ('))).toBe(false);
  });
});

describe('rates per population', () => {
  test('ratesIn: "550/100.000 trẻ em", "42/100.000 trẻ đẻ sống"; a date or a share of places is no rate', () => {
    expect(ratesIn('xuống còn 550/100.000 trẻ em và 500/100.000 trẻ em vào năm 2030', parseVietnameseNumber).map((r) => [r.target, r.value, r.unit])).toEqual([
      ['550/100.000 trẻ em', 550, '/100.000 trẻ em'],
      ['500/100.000 trẻ em', 500, '/100.000 trẻ em'],
    ]);
    expect(ratesIn('tỷ suất chết mẹ còn 42/100.000 trẻ đẻ sống', parseVietnameseNumber)[0]).toMatchObject({ value: 42, unit: '/100.000 trẻ đẻ sống' });
    expect(ratesIn('ngày 18/6/2022, 3/5 huyện, 8/10 người', parseVietnameseNumber)).toEqual([]);
  });
  test('"Giảm tỷ suất … năm 2025 xuống còn 550/100.000 trẻ em và 500/100.000 trẻ em vào năm 2030": two targets, each dated', () => {
    const t = pick('Giảm tỷ suất trẻ em bị tai nạn, thương tích năm 2025 xuống còn 550/100.000 trẻ em và 500/100.000 trẻ em vào năm 2030.');
    expect(t.map((x) => [x.target, x.value, x.year])).toEqual([['550/100.000 trẻ em', 550, '2025'], ['500/100.000 trẻ em', 500, '2030']]);
  });
  test('a count per ten thousand people keeps its base: "35 bác sĩ/vạn dân"', () => {
    expect(pick('Đạt 35 bác sĩ/vạn dân và 45 giường bệnh/vạn dân')[0]).toMatchObject({ unit: 'bác sĩ/vạn dân', value: 35 });
  });
});

describe('multiples and changes', () => {
  test('multipleStart: "sẽ gấp" gives the offset of "gấp"; any other unit keeps the amount\'s start', () => {
    expect(multipleStart('quy mô sẽ gấp ', 'lần')).toBe('quy mô sẽ '.length);
    expect(multipleStart('quy mô sẽ gấp ', '%')).toBe('quy mô sẽ gấp '.length);
  });
  test('"quy mô nền kinh tế vùng sẽ gấp 2-2,5 lần so với năm 2021" is "gấp 2-2,5 lần"', () => {
    expect(pick('Theo đó, đến năm 2030, quy mô nền kinh tế vùng ĐBSCL sẽ gấp 2-2,5 lần so với năm 2021')[0]).toMatchObject({
      name: 'Quy mô nền kinh tế vùng ĐBSCL', unit: 'lần', target: 'gấp 2-2,5 lần', valueMin: 2, valueMax: 2.5, year: '2030',
    });
  });
  test('changeStart: a rise after what rises keeps its verb; an objective opening with its verb, a rate per year or a level do not', () => {
    expect(changeStart('Tỉ lệ doanh nghiệp tăng ', '%')).toBe('Tỉ lệ doanh nghiệp '.length);
    expect(changeStart('Giảm ', '%')).toBe('Giảm '.length);
    expect(changeStart('Hàng năm giảm ', '%')).toBe('Hàng năm giảm '.length);
    expect(changeStart('Năng suất lao động tăng ', '%/năm')).toBe('Năng suất lao động tăng '.length);
    expect(changeStart('Tỷ lệ hộ nghèo giảm xuống ', '%')).toBe('Tỷ lệ hộ nghèo giảm xuống '.length);
  });
  test('"Tỉ lệ doanh nghiệp … tăng 50% vào năm 2025 và 100% vào năm 2030 so với năm 2018"', () => {
    const t = pick('Tỉ lệ doanh nghiệp sử dụng công nghệ tiên tiến tăng 50% vào năm 2025 và 100% vào năm 2030 so với năm 2018.');
    expect(t.map((x) => [x.name, x.target, x.value, x.year])).toEqual([
      ['Tỉ lệ doanh nghiệp sử dụng công nghệ tiên tiến', 'tăng 50%', 50, '2025'],
      ['Tỉ lệ doanh nghiệp sử dụng công nghệ tiên tiến', '100%', 100, '2030'],
    ]);
  });
  test('"Hàng năm giảm 5 - 10% số trẻ em bị tử vong …": the fall, and what falls names it (no share of "số trẻ em")', () => {
    expect(pick('Hàng năm giảm 5 - 10% số trẻ em bị tử vong và bị thương do tai nạn giao thông đường bộ.')[0]).toMatchObject({ name: 'Số trẻ em bị tử vong', target: '5 - 10%', valueMin: 5, valueMax: 10 });
    const t = pick('Giảm 10% số trẻ em bị tử vong do đuối nước năm 2025 và 20% vào năm 2030.');
    expect(t.map((x) => [x.target, x.year])).toEqual([['10%', '2025'], ['20%', '2030']]);
  });
});

describe('the year in the words naming a target', () => {
  test('yearInName: "… năm 2025", "đến năm 2030"; not a baseline, a span or its start', () => {
    expect(yearInName('tỷ lệ thất nghiệp ở khu vực thành thị năm 2025')).toBe('2025');
    expect(yearInName('bình quân đầu người đến năm 2030 đạt')).toBe('2030');
    expect(yearInName('tăng so với năm 2020')).toBeNull();
    expect(yearInName('từ năm 2021')).toBeNull();
    expect(yearInName('giai đoạn năm 2021 - 2025')).toBeNull();
  });
  test('"tỷ lệ thất nghiệp … năm 2025 dưới 3,8%" is 2025 though the clause opens with its plan span', () => {
    const t = pick('Giai đoạn 2021 - 2025, tỉnh phấn đấu tăng trưởng GRDP đạt mức 7,1%/năm; tỷ lệ thất nghiệp của lao động ở khu vực thành thị năm 2025 dưới 3,8%.');
    expect(t.map((x) => [x.target, x.year])).toEqual([['7,1%/năm', '2021-2025'], ['dưới 3,8%', '2025']]);
  });
  test('a plan\'s span in years is no target: "Chiến lược … 10 năm từ 2021-2030", "theo chu kỳ 10 năm"', () => {
    expect(pick('hoàn thành các mục tiêu của Chiến lược phát triển kinh tế – xã hội 10 năm từ 2021-2030')).toEqual([]);
    expect(pick('tốc độ có xu hướng giảm dần theo chu kỳ 10 năm')).toEqual([]);
  });
});

describe('news pages restating a document\'s targets (the objectives reader, paragraph by paragraph)', () => {
  const read = (text: string) => extract({ path: 'news.txt', sha256: 'h', format: 'TEXT', text }).indicators.map((i) => [i.target, i.period]);
  test('an intro saying a list of targets follows opens it without a horizon: "… đạt một số mục tiêu định hướng chủ yếu sau:"', () => {
    expect(read(['Ngày 20/8/2019, Tổng bí thư ký ban hành Nghị quyết 50-NQ/TW về đầu tư nước ngoài.', '', 'Phấn đấu khu vực có vốn đầu tư nước ngoài đạt một số mục tiêu định hướng chủ yếu sau:', '', '- Vốn thực hiện giai đoạn 2021 - 2025 khoảng 100 - 150 tỉ USD.', '', '- Tỉ lệ doanh nghiệp sử dụng công nghệ cao tăng 50% vào năm 2025 và 100% vào năm 2030 so với năm 2018.'].join('\n'))).toEqual([
      ['khoảng 100 - 150 tỉ USD', '2021-2025'], ['tăng 50%', '2025'], ['100%', '2030'],
    ]);
  });
  test('"Theo Chương trình hành động, Chính phủ sẽ phấn đấu … dự kiến đạt 15-20% vào năm 2030 và 25-30% vào năm 2045"', () => {
    expect(read(['Thủ tướng Chính phủ đã ban hành Chương trình hành động thực hiện Nghị quyết số 55-NQ/TW.', '', 'Theo Chương trình hành động, Chính phủ sẽ phấn đấu đáp ứng nhu cầu năng lượng trong nước. Tỷ lệ các nguồn năng lượng tái tạo trong tổng cung năng lượng sơ cấp dự kiến đạt 15-20% vào năm 2030 và 25-30% vào năm 2045.'].join('\n'))).toEqual([
      ['15-20%', '2030'], ['25-30%', '2045'],
    ]);
  });
  test('"… đã ký Nghị quyết số 78/NQ-CP … Theo đó, đến năm 2030, quy mô … sẽ gấp 2-2,5 lần so với năm 2021"', () => {
    expect(read('Trước đó, Thủ tướng đã ký Nghị quyết số 78/NQ-CP ban hành Chương trình hành động của Chính phủ. Theo đó, đến năm 2030, quy mô nền kinh tế vùng sẽ gấp 2-2,5 lần so với năm 2021; tăng trưởng bình quân giai đoạn 2021-2030 đạt khoảng 6,5-7%/năm.')).toEqual([
      ['gấp 2-2,5 lần', '2030'], ['khoảng 6,5-7%/năm', '2021-2030'],
    ]);
  });
  test('a result compared with last year still closes: "Năm 2020 …", "tăng 5% so với năm 2019"', () => {
    expect(read(['Nghị quyết đặt mục tiêu đến năm 2030 tỷ lệ đô thị hóa đạt 50%.', '', 'Kim ngạch xuất khẩu tăng 5% so với năm 2019.'].join('\n'))).toEqual([['50%', '2030']]);
  });
  test('a share restated by the headline and the body is one target', () => {
    expect(read(['Đông Nam Bộ GRDP đạt 380 triệu đồng vào năm 2030, tỷ lệ thất nghiệp duy trì dưới 3%... đó là yêu cầu cụ thể hóa các mục tiêu.', 'Theo đó, Chính phủ đặt ra yêu cầu cụ thể hóa các mục tiêu. Đến năm 2030, GRDP bình quân đầu người theo giá hiện hành đạt 380 triệu đồng; tỷ lệ thất nghiệp duy trì dưới 3%.'].join('\n'))).toEqual([
      ['380 triệu đồng', '2030'], ['dưới 3%', '2030'],
    ]);
  });
});
