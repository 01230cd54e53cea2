/**
 * The small constructs of a target stated in prose (src/ingest/target-constructs.ts), each on its own and as the
 * objectives reader reads them: money with its magnitude in the unit, rates per population, multiples, a change
 * stated after what changes, an amount restated in parentheses, the year in the words naming a target.
 */
import { statedTargets } from '../../../src/ingest/objective-targets';
import { parseVietnameseNumber } from '../../../src/ingest/indicators';
import { extract } from '../../../src/ingest/pipeline';
import { changeStart, countsDocumentParts, datingInWords, magnitudeUnit, multipleStart, ratesIn, reportingClauses, restatedInParentheses, yearInName } from '../../../src/ingest/target-constructs';

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
    // the numerator may name what it counts
    expect(ratesIn('(45 ca/100.000 trẻ sinh sống đến năm 2030)', parseVietnameseNumber)[0]).toMatchObject({ target: '45 ca/100.000 trẻ sinh sống', value: 45, unit: 'ca/100.000 trẻ sinh sống' });
  });
  test('"Giảm tỷ suất … năm 2025 xuống còn 550/100.000 trẻ em và 500/100.000 trẻ em vào năm 2030": two targets, each dated', () => {
    const t = pick('Giảm tỷ suất trẻ em bị tai nạn, thương tích năm 2025 xuống còn 550/100.000 trẻ em và 500/100.000 trẻ em vào năm 2030.');
    expect(t.map((x) => [x.target, x.value, x.year])).toEqual([['550/100.000 trẻ em', 550, '2025'], ['500/100.000 trẻ em', 500, '2030']]);
  });
  test('a rate bounded by the word before it: "giảm tỷ số tử vong mẹ xuống dưới 45/100.000 trẻ đẻ sống" (a ceiling), "tỷ lệ doanh nghiệp công nghệ số trên 0,7/1.000 dân" (a floor)', () => {
    expect(pick('Thứ hai, giảm tỷ số tử vong mẹ xuống dưới 45/100.000 trẻ đẻ sống.')[0]).toMatchObject({ target: 'dưới 45/100.000 trẻ đẻ sống', value: 45, valueMin: null, valueMax: 45, comparator: '<', name: 'Giảm tỷ số tử vong mẹ' });
    expect(pick('Phấn đấu đạt tỷ lệ doanh nghiệp công nghệ số trên 0,7/1.000 dân.')[0]).toMatchObject({ target: 'trên 0,7/1.000 dân', value: 0.7, valueMin: 0.7, valueMax: null, comparator: '>' });
  });
  test('a count per ten thousand people keeps its base: "35 bác sĩ/vạn dân", "32,5 giường bệnh/trên 10.000 dân"', () => {
    expect(pick('Đạt 35 bác sĩ/vạn dân và 45 giường bệnh/vạn dân')[0]).toMatchObject({ unit: 'bác sĩ/vạn dân', value: 35 });
    expect(pick('có 13,5 bác sĩ/10.000 dân, 32,5 giường bệnh/trên 10.000 dân; 94,1% dân số tham gia BHYT.').map((x) => [x.target, x.name])).toEqual([
      ['13,5 bác sĩ/10.000 dân', 'Bác sĩ/10.000 dân'], ['32,5 giường bệnh/trên 10.000 dân', 'Giường bệnh/trên 10.000 dân'], ['94,1% dân số', 'Dân số tham gia BHYT'],
    ]);
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
  test('changeStart: a rise over a baseline after what rises keeps its verb; a sector\'s rate, an objective opening with its verb, a rate per year or a level do not', () => {
    const baseline = ' vào năm 2025 so với năm 2018';
    expect(changeStart('Tỉ lệ doanh nghiệp tăng ', '%', baseline)).toBe('Tỉ lệ doanh nghiệp '.length);
    expect(changeStart('Nông, lâm, thủy sản tăng ', '%', '; công nghiệp - xây dựng tăng 18,4%')).toBe('Nông, lâm, thủy sản tăng '.length);
    expect(changeStart('Giảm ', '%', baseline)).toBe('Giảm '.length);
    expect(changeStart('Hàng năm giảm ', '%', baseline)).toBe('Hàng năm giảm '.length);
    expect(changeStart('Năng suất lao động tăng ', '%/năm', baseline)).toBe('Năng suất lao động tăng '.length);
    expect(changeStart('Tỷ lệ hộ nghèo giảm xuống ', '%', baseline)).toBe('Tỷ lệ hộ nghèo giảm xuống '.length);
  });
  test('a district\'s sector rates under its growth rate are rates: "… đạt 16%, trong đó: Nông, lâm, thủy sản tăng 6%; công nghiệp - xây dựng tăng 18,4%"', () => {
    expect(pick('Tốc độ tăng giá trị sản xuất bình quân hàng năm (giá so sánh năm 2010) đạt 16%, trong đó: Nông, lâm, thủy sản tăng 6%; công nghiệp - xây dựng tăng 18,4%.').map((x) => [x.target, x.year])).toEqual([
      // the price base year dates nothing
      ['16%', null], ['6%', null], ['18,4%', null],
    ]);
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

describe('counts and clauses that state no target', () => {
  test('countsDocumentParts: "xác định 5 nhiệm vụ trọng tâm" counts the document\'s parts; "hoàn thành 100 nhiệm vụ" is a target', () => {
    expect(countsDocumentParts('Đại hội cũng xác định ', 'nhiệm vụ')).toBe(true);
    expect(countsDocumentParts('Chương trình đề ra ', 'nhiệm vụ')).toBe(true);
    expect(countsDocumentParts('hoàn thành ', 'nhiệm vụ')).toBe(false);
    expect(countsDocumentParts('Đại hội cũng xác định ', 'doanh nghiệp')).toBe(false);
    expect(pick('Đại hội cũng xác định 5 nhiệm vụ trọng tâm, 3 khâu đột phá và 10 giải pháp cụ thể.')).toEqual([]);
  });
  test('reportingClauses: results and the clauses listing them after, until one looks ahead', () => {
    expect(reportingClauses([
      'nhiệm kỳ vừa qua, tỉnh đã thực hiện đạt và vượt hầu hết các chỉ tiêu Nghị quyết',
      ' trong đó, tốc độ tăng trưởng kinh tế bình quân giai đoạn 2021-2025 đạt 6,71%',
      ' thu ngân sách đến cuối năm 2025 ước đạt 27.000 tỷ đồng',
      ' Nhiệm kỳ tới, tỉnh phấn đấu tăng trưởng bình quân 8%/năm',
    ])).toEqual([true, true, true, false]);
    // a comparison with a baseline reports only when nothing looks ahead
    expect(reportingClauses(['giảm 23 ca so với năm 2009', 'tăng 50% vào năm 2025 và 100% vào năm 2030 so với năm 2018'])).toEqual([true, false]);
    // the present reports only when nothing looks ahead
    expect(reportingClauses(['năm nay quy mô GDP ước khoảng 510 tỷ USD', 'Tỉnh phấn đấu năm nay tăng trưởng GRDP đạt 8%'])).toEqual([true, false]);
    // "đã được xếp hạng" describes what is counted, it reports nothing
    expect(reportingClauses(['Phấn đấu hoàn thành việc số hoá 100% các di sản văn hoá đã được xếp hạng vào năm 2026'])).toEqual([false]);
  });
  test('a vote is no target: "có 447 ĐBQH tham gia biểu quyết tán thành (chiếm tỷ lệ 90,49%)"', () => {
    expect(pick('Kết quả biểu quyết cho thấy, có 447 ĐBQH tham gia biểu quyết tán thành (chiếm tỷ lệ 90,49%), Quốc hội chính thức thông qua Nghị quyết.')).toEqual([]);
  });
  test('"tăng trưởng 2 con số" is double-digit growth, no count of children; a year after "vào" is no amount', () => {
    expect(pick('Đồng Nai triển khai nhiệm vụ vì mục tiêu tăng trưởng 2 con số năm 2025')).toEqual([]);
    expect(pick('3 ngân hàng lọt top 100 châu Á vào 2030').map((x) => x.target)).toEqual(['3 ngân hàng']);
  });
});

describe('news of Party congresses and of the Government (the objectives reader)', () => {
  const read = (text: string) => extract({ path: 'news.txt', sha256: 'h', format: 'TEXT', text }).indicators.map((i) => [i.target, i.period]);
  test('a year written without "năm" ("vào 2030", "tới 2030"), a rate "10% một năm trở lên", a place "thứ 3 khu vực ASEAN"', () => {
    expect(read(['Chính phủ phấn đấu tốc độ tăng trưởng kinh tế 10% một năm trở lên và GDP bình quân đầu người đạt khoảng 8.500 USD vào 2030.', '', 'Phó thủ tướng cho biết Việt Nam đặt mục tiêu tới 2030 là nước đang phát triển có công nghiệp hiện đại. Quy mô GDP trong nhóm 30 nền kinh tế hàng đầu thế giới, thứ 3 khu vực ASEAN.'].join('\n'))).toEqual([
      ['10% một năm trở lên', '2030'], ['khoảng 8.500 USD', '2030'], ['trong nhóm 30 nền kinh tế hàng đầu thế giới', '2030'], ['thứ 3 khu vực ASEAN', '2030'],
    ]);
  });
  test('a congress\'s term is the span of the targets after it: "… nhiệm kỳ 2025-2030 đã thông qua Nghị quyết Đại hội, nhất trí mục tiêu …"', () => {
    expect(read(['Đại hội Đại biểu Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025-2030 đã thông qua Nghị quyết Đại hội, nhất trí mục tiêu, định hướng chiến lược phát triển.', '', 'Tốc độ tăng trưởng GRDP bình quân đạt 10%. GRDP bình quân đầu người đến năm 2030 là 169,46 triệu đồng. Ngân sách trên địa bàn tăng bình quân 7%.'].join('\n'))).toEqual([
      ['10%', '2030'], ['169,46 triệu đồng', '2030'], ['7%', '2030'],
    ]);
  });
  test('the year of the objectives: "Quốc hội thống nhất mục tiêu cho ngành y tế năm 2024 có 13,5 bác sĩ/10.000 dân …"', () => {
    expect(read('Quốc hội thống nhất mục tiêu cho ngành y tế năm 2024 có 13,5 bác sĩ/10.000 dân, 32,5 giường bệnh/trên 10.000 dân; 94,1% dân số tham gia BHYT.')).toEqual([
      ['13,5 bác sĩ/10.000 dân', '2024'], ['32,5 giường bệnh/trên 10.000 dân', '2024'], ['94,1% dân số', '2024'],
    ]);
  });
  test('a paragraph opening the targets states them from the clause announcing them; the facts before are none', () => {
    expect(read('Thực trạng phát triển kinh tế biển. Nước ta có đường bờ biển dài khoảng 3.260km; các vùng biển rộng hơn 1 triệu km2 (trải dài trên 28 tỉnh). Nghị quyết số 36-NQ/TW đề ra mục tiêu tổng quát và mục tiêu cụ thể; trong đó, xác định đến năm 2030, các ngành kinh tế thuần biển có đóng góp vào GDP cả nước đạt khoảng 10%;')).toEqual([
      ['khoảng 10%', '2030'],
    ]);
  });
  test('tourists are counted in their own unit: "thu hút 15 triệu khách du lịch", "đón 18,5 triệu lượt khách du lịch"', () => {
    expect(pick('thu hút 15 triệu khách du lịch, doanh thu 70.000 tỷ đồng')[0]).toMatchObject({ target: '15 triệu khách du lịch', unit: 'khách du lịch', value: 15_000_000 });
    expect(pick('đến năm 2030, Gia Lai đón 18,5 triệu lượt khách du lịch')[0]).toMatchObject({ target: '18,5 triệu lượt khách du lịch', year: '2030' });
  });
});

describe('lists of targets by item and by field (held-out-2)', () => {
  const read = (text: string) => extract({ path: 'news.txt', sha256: 'h', format: 'TEXT', text }).indicators.map((i) => [i.target, i.period]);
  test('"cao hơn 2,5 đến 3 lần so với năm 2020" is a multiple; its "hơn" compares nothing', () => {
    expect(pick('Việt Nam phấn đấu đến năm 2030, thu nhập cư dân nông thôn cao hơn 2,5 đến 3 lần so với năm 2020.')[0]).toMatchObject({ target: 'cao hơn 2,5 đến 3 lần', valueMin: 2.5, valueMax: 3, comparator: null });
    expect(pick('Đến năm 2030, thu nhập bình quân cao hơn 2 lần so với năm 2020')[0]).toMatchObject({ target: 'cao hơn 2 lần', value: 2, comparator: null });
  });
  test('items "(1) … (2) …" inline, a name before its colon, the last dating in the words, a parenthesis annotating a target', () => {
    expect(read('Các chỉ tiêu chủ yếu đến năm 2025\nVề kinh tế: (1) Tốc độ tăng trưởng GRDP bình quân giai đoạn 2021 - 2025: từ 7,5 đến 8,0%/năm. (2) Cơ cấu kinh tế năm 2025: Dịch vụ chiếm từ 65,0 đến 65,5%. (4) Vốn đầu tư phát triển toàn xã hội: từ 3,1 đến 3,2 triệu tỷ đồng (theo giá hiện hành, tăng từ 12,5 đến 13,5%/năm). (13) Tỷ lệ huyện đạt chuẩn nông thôn mới: 100%; Tỷ lệ xã đạt chuẩn nông thôn mới nâng cao: 40%.')).toEqual([
      ['từ 7,5 đến 8,0%/năm', '2021-2025'], ['từ 65,0 đến 65,5%', '2025'], ['từ 3,1 đến 3,2 triệu tỷ đồng', '2025'], ['100%', '2025'], ['40%', '2025'],
    ]);
  });
  test('datingInWords: the span written after the horizon wins, and the other way round', () => {
    expect(datingInWords('Các chỉ tiêu chủ yếu đến năm 2025 … bình quân giai đoạn 2021 - 2025: ')).toBe('2021-2025');
    expect(datingInWords('giai đoạn 2021 - 2025 … cơ cấu kinh tế năm 2025: ')).toBe('2025');
    expect(datingInWords('so với năm 2020')).toBeNull();
  });
  test('a sentence opening with its horizon and a field\'s heading state targets; "trên 1 ha" is per hectare', () => {
    expect(read('Mục tiêu chung của Chiến lược là phát triển trồng trọt thành ngành kinh tế kỹ thuật hoàn chỉnh.\n\nĐến 2030, tốc độ tăng trưởng giá trị sản xuất trồng trọt bình quân 2,2-2,5% một năm. Giá bình quân trên 1 ha đất trồng đạt 150-160 triệu đồng.')).toEqual([
      ['2,2-2,5% một năm', '2030'], ['150-160 triệu đồng', '2030'],
    ]);
    expect(read('Về  kinh  tế: Tốc  độ  tăng  trưởng  kinh  tế  bình  quân  5  năm  đạt  khoảng  6,5  -\n7%/năm. Đến năm 2025, có 10 bác sĩ và 30\ngiường bệnh/1 vạn dân; tỉ lệ tham gia bảo hiểm y tế đạt 95% dân số.')).toEqual([
      ['khoảng 6,5 - 7%/năm', '2025'], ['10 bác sĩ', '2025'], ['30 giường bệnh/1 vạn dân', '2025'], ['95% dân số', '2025'],
    ]);
  });
  test('a review of results opens no targets: "I. TÌNH HÌNH THỰC HIỆN CÁC MỤC TIÊU, CHỈ TIÊU NĂM 2024"', () => {
    const x = extract({ path: 'kh.txt', sha256: 'h', format: 'TEXT', text: ['KẾ HOẠCH', 'CHUYỂN ĐỔI SỐ TỈNH NĂM 2025', 'Phần I', 'ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NĂM 2024', 'I. TÌNH HÌNH THỰC HIỆN CÁC MỤC TIÊU, CHỈ TIÊU NĂM 2024', '1. Về hạ tầng số: 100% xã, phường, thị trấn được phủ băng rộng cáp quang.', '2. Về dữ liệu: 13/17 dịch vụ dữ liệu được đưa vào sử dụng, đạt 76,5% mục tiêu.'].join('\n') });
    expect(x.indicators).toEqual([]);
  });
});
