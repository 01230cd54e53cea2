/**
 * Targets stated inline in a document's objectives ("Mục tiêu đến năm 2030": "… đạt khoảng 10 - 12%/năm",
 * "có 2 triệu doanh nghiệp", "ít nhất 20 doanh nghiệp lớn", "thuộc nhóm 3 nước đứng đầu ASEAN"), as the Party's
 * resolutions write them: no indicator table, one indicator per stated target.
 */
import path from 'node:path';
import { statedTargets, targetYear } from '../../../src/ingest/objective-targets';
import type { Extraction } from '../../../src/ingest/model';
import { extract } from '../../../src/ingest/pipeline';
import { readSource } from '../../../src/ingest/read-source';

const pick = (text: string) => statedTargets(text).map(({ name, unit, target, value, valueMin, valueMax, comparator }) => ({ name, unit, target, value, valueMin, valueMax, comparator }));

describe('one stated target', () => {
  test('a range per year: "Tốc độ tăng trưởng bình quân … đạt khoảng 10 - 12%/năm"', () => {
    expect(pick('Tốc độ tăng trưởng bình quân của kinh tế tư nhân đạt khoảng 10 - 12%/năm, cao hơn tốc độ tăng trưởng của nền kinh tế')).toEqual([
      { name: 'Tốc độ tăng trưởng bình quân của kinh tế tư nhân', unit: '%/năm', target: 'khoảng 10 - 12%/năm', value: null, valueMin: 10, valueMax: 12, comparator: null },
    ]);
  });
  test('a share of GDP, and an elliptical list reusing its verb: "đóng góp khoảng 55 - 58% GDP, khoảng 35 - 40% tổng thu ngân sách nhà nước"', () => {
    const [gdp, budget] = pick('đóng góp khoảng 55 - 58% GDP, khoảng 35 - 40% tổng thu ngân sách nhà nước');
    expect(gdp).toMatchObject({ name: 'Đóng góp GDP', unit: '% GDP', target: 'khoảng 55 - 58% GDP', valueMin: 55, valueMax: 58 });
    expect(budget).toMatchObject({ name: 'Đóng góp tổng thu ngân sách nhà nước', unit: '% tổng thu ngân sách nhà nước', valueMin: 35, valueMax: 40 });
  });
  test('a count with a magnitude: "có 2 triệu doanh nghiệp hoạt động trong nền kinh tế" is 2,000,000 enterprises', () => {
    expect(pick('Phấn đấu có 2 triệu doanh nghiệp hoạt động trong nền kinh tế')[0]).toMatchObject({
      name: 'Doanh nghiệp hoạt động trong nền kinh tế', unit: 'doanh nghiệp', target: '2 triệu doanh nghiệp', value: 2_000_000,
    });
  });
  test('a count per thousand people: "20 doanh nghiệp hoạt động/nghìn dân"', () => {
    expect(pick('Phấn đấu có 2 triệu doanh nghiệp hoạt động trong nền kinh tế, 20 doanh nghiệp hoạt động/nghìn dân')[1]).toMatchObject({ unit: 'doanh nghiệp/nghìn dân', value: 20 });
  });
  test('"ít nhất 20 doanh nghiệp lớn tham gia chuỗi giá trị toàn cầu" is at least 20 doanh nghiệp; "lớn …" names what is counted', () => {
    expect(pick('Có ít nhất 20 doanh nghiệp lớn tham gia chuỗi giá trị toàn cầu.')[0]).toMatchObject({
      name: 'Doanh nghiệp lớn tham gia chuỗi giá trị toàn cầu', target: 'ít nhất 20 doanh nghiệp', value: 20, valueMin: 20, valueMax: null, comparator: '≥',
    });
  });
  test('qualifiers: "tối thiểu 30%" ≥, "trên 80%" >, "dưới 3%" <, "không quá 5%" ≤, "10%/năm trở lên" ≥', () => {
    expect(pick('Kinh tế số đạt tối thiểu 30% GDP')[0]).toMatchObject({ name: 'Kinh tế số', unit: '% GDP', value: 30, comparator: '≥' });
    expect(pick('Tỉ lệ sử dụng dịch vụ công trực tuyến đạt trên 80%')[0]).toMatchObject({ value: 80, comparator: '>' });
    expect(pick('Tỷ lệ hộ nghèo giảm xuống dưới 3%')[0]).toMatchObject({ name: 'Tỷ lệ hộ nghèo', value: 3, comparator: '<' });
    expect(pick('Bội chi ngân sách không quá 5% GDP')[0]).toMatchObject({ value: 5, comparator: '≤', valueMax: 5, valueMin: null });
    expect(pick('Tăng trưởng kinh tế đạt 10%/năm trở lên')[0]).toMatchObject({ target: '10%/năm trở lên', comparator: '≥', unit: '%/năm' });
  });
  test('Vietnamese decimal comma in a range: "khoảng 8,5 - 9,5%/năm"', () => {
    expect(pick('năng suất lao động tăng bình quân khoảng 8,5 - 9,5%/năm')[0]).toMatchObject({ name: 'Năng suất lao động tăng bình quân', valueMin: 8.5, valueMax: 9.5 });
  });
  test('ranks: "thuộc nhóm 3 nước đứng đầu ASEAN và nhóm 5 nước đứng đầu khu vực châu Á" are two targets of the same subject', () => {
    const ranks = pick('Trình độ, năng lực công nghệ, đổi mới sáng tạo thuộc nhóm 3 nước đứng đầu ASEAN và nhóm 5 nước đứng đầu khu vực châu Á.');
    expect(ranks.map((r) => [r.name, r.target, r.value])).toEqual([
      ['Trình độ, năng lực công nghệ, đổi mới sáng tạo', 'thuộc nhóm 3 nước đứng đầu ASEAN', null],
      ['Trình độ, năng lực công nghệ, đổi mới sáng tạo', 'nhóm 5 nước đứng đầu khu vực châu Á', null],
    ]);
  });
  test('what is ranked may follow "về": "Việt Nam thuộc nhóm 50 nước dẫn đầu thế giới về chỉ số phát triển Chính phủ điện tử"', () => {
    expect(pick('Việt Nam thuộc nhóm 50 nước dẫn đầu thế giới về chỉ số phát triển Chính phủ điện tử.')[0]).toMatchObject({ name: 'chỉ số phát triển Chính phủ điện tử', target: 'thuộc nhóm 50 nước dẫn đầu thế giới' });
  });
  test('years, horizons, ordinals and symbols are no targets', () => {
    expect(pick('Đến năm 2030, hoàn thành mục tiêu của Nghị quyết số 57-NQ/TW, nhiệm kỳ 2025 - 2030, Đại hội lần thứ XIV')).toEqual([]);
    expect(pick('Kinh tế tư nhân là một động lực quan trọng nhất của nền kinh tế quốc gia.')).toEqual([]);
  });
  test('the year of a block: "Mục tiêu đến năm 2030", "Tầm nhìn đến năm 2045", "giai đoạn 2026 - 2030"', () => {
    expect(targetYear('Mục tiêu đến năm 2030')).toBe('2030');
    expect(targetYear('Tầm nhìn đến năm 2045')).toBe('2045');
    expect(targetYear('Mục tiêu giai đoạn 2026 - 2030')).toBe('2026-2030');
    expect(targetYear('Mục tiêu cụ thể')).toBeNull();
  });
});

describe('a Politburo resolution: every target of "III- MỤC TIÊU", dated by its block', () => {
  let x: Extraction;
  beforeAll(async () => {
    x = extract(await readSource(path.join(__dirname, '../../fixtures/central/bo-chinh-tri-nghi-quyet-68.txt')));
  });
  test('12 targets: 10 of "1. Mục tiêu đến năm 2030" and 2 of "2. Tầm nhìn đến năm 2045"', () => {
    expect(x.indicators).toHaveLength(12);
    expect(x.indicators.filter((i) => i.period === '2030')).toHaveLength(10);
    expect(x.indicators.filter((i) => i.period === '2045').map((i) => i.target)).toEqual(['ít nhất 3 triệu doanh nghiệp', 'khoảng trên 60% GDP']);
    expect(x.indicators[0].group).toBe('Mục tiêu đến năm 2030');
  });
  test('each target keeps its span in the original text', () => {
    const i = x.indicators.find((ind) => ind.target === 'khoảng 10 - 12%/năm')!;
    expect(i.span.startLine).toBe(i.span.endLine);
    expect(i.span.endOffset - i.span.startOffset).toBe('khoảng 10 - 12%/năm'.length);
  });
  test('targets in the tasks ("cắt giảm ít nhất 30% thời gian …" under NHIỆM VỤ) are not read as indicators', () => {
    expect(x.indicators.some((i) => /30%/.test(i.target ?? ''))).toBe(false);
  });
});

describe('a horizon stated once in a block dates the items after it', () => {
  test('"1. Đến năm 2030, … 2. Số lượng doanh nghiệp khởi nghiệp sáng tạo đạt 10.000 doanh nghiệp" is 2030 too', () => {
    const x = extract({
      path: 'p.txt', sha256: 'h', format: 'TEXT',
      text: ['KẾ HOẠCH', 'I. MỤC TIÊU', '1. Đến năm 2030, tỉ lệ doanh nghiệp có hoạt động đổi mới sáng tạo đạt trên 40%.', '2. Số lượng doanh nghiệp khởi nghiệp sáng tạo đạt 10.000 doanh nghiệp.', 'II. NHIỆM VỤ', '1. Sở Tài chính chủ trì bố trí kinh phí.'].join('\n'),
    });
    expect(x.indicators.map((i) => [i.target, i.value, i.period])).toEqual([['trên 40%', 40, '2030'], ['10.000 doanh nghiệp', 10000, '2030']]);
  });
});

describe('targets of the education and health resolutions (71-NQ/TW, 72-NQ/TW, as quoted by dantri.com.vn and vietnamplus.vn)', () => {
  test('a count of a noun the unit list names: "ít nhất 6.000 nghiên cứu sinh, 20.000 người học các chương trình tài năng"', () => {
    const t = pick('Tỉ lệ người học các ngành khoa học cơ bản, kỹ thuật và công nghệ đạt ít nhất 35%, trong đó có ít nhất 6.000 nghiên cứu sinh, 20.000 người học các chương trình tài năng.');
    expect(t.map((x) => [x.target, x.value])).toEqual([['ít nhất 35%', 35], ['ít nhất 6.000 nghiên cứu sinh', 6000], ['20.000 người học', 20000]]);
    expect(t[2].name).toBe('Người học các chương trình tài năng');
  });
  test('a measure glued to its number: "thêm tối thiểu 1,5cm"; an age saying who is meant ("từ 1-18 tuổi") is no target', () => {
    const t = pick('Tăng chiều cao trung bình của trẻ em và thanh thiếu niên từ 1-18 tuổi thêm tối thiểu 1,5cm; tuổi thọ trung bình đạt 75,5 tuổi, trong đó số năm sống khỏe mạnh đạt tối thiểu 68 năm.');
    expect(t.map((x) => [x.target, x.value, x.comparator])).toEqual([['tối thiểu 1,5cm', 1.5, '≥'], ['75,5 tuổi', 75.5, null], ['tối thiểu 68 năm', 68, '≥']]);
    expect(t[0]).toMatchObject({ name: 'Tăng chiều cao trung bình của trẻ em và thanh thiếu niên từ 1-18 tuổi', unit: 'cm' });
    expect(pick('Hoàn thành phổ cập giáo dục mầm non cho trẻ em từ 3 đến 5 tuổi.')).toEqual([]);
  });
  test('an index without a unit: "Chỉ số giáo dục đóng góp vào chỉ số phát triển con người (HDI) đạt trên 0,8"', () => {
    const t = pick('Chỉ số giáo dục đóng góp vào chỉ số phát triển con người (HDI) đạt trên 0,8, trong đó chỉ số bất bình đẳng giáo dục giảm xuống dưới 10%.');
    expect(t.map((x) => [x.target, x.value, x.unit])).toEqual([['trên 0,8', 0.8, null], ['dưới 10%', 10, '%']]);
    expect(pick('Đã đạt 3 kết quả nổi bật.')).toEqual([]);
  });
  test('a share named after it: "phấn đấu 100% cơ sở giáo dục đại học và ít nhất 80% cơ sở giáo dục nghề nghiệp đạt chuẩn quốc gia"', () => {
    const t = pick('Mạng lưới được sắp xếp phù hợp; phấn đấu 100% cơ sở giáo dục đại học và ít nhất 80% cơ sở giáo dục nghề nghiệp đạt chuẩn quốc gia.');
    expect(t.map((x) => [x.target, x.name])).toEqual([['100%', 'Cơ sở giáo dục đại học'], ['ít nhất 80%', 'Cơ sở giáo dục nghề nghiệp đạt chuẩn quốc gia']]);
  });
  test('a rank inside what a count counts is its condition: "ít nhất 2 cơ sở giáo dục đại học thuộc nhóm 100 đại học hàng đầu thế giới"', () => {
    const t = pick('Phấn đấu ít nhất 2 cơ sở giáo dục đại học thuộc nhóm 100 đại học hàng đầu thế giới trong một số lĩnh vực.');
    expect(t.map((x) => [x.target, x.value])).toEqual([['ít nhất 2 cơ sở giáo dục đại học', 2]]);
  });
  test('an institution counted by its compound name is the unit whole: "ít nhất 2 cơ sở giáo dục đại học", "50 doanh nghiệp nhà nước", "3 ngân hàng thương mại Nhà nước"', () => {
    expect(pick('Phấn đấu ít nhất 2 cơ sở giáo dục đại học thuộc nhóm 100 đại học hàng đầu thế giới.')[0]).toMatchObject({ unit: 'cơ sở giáo dục đại học', target: 'ít nhất 2 cơ sở giáo dục đại học' });
    expect(pick('Phấn đấu có 50 doanh nghiệp nhà nước vào nhóm 500 doanh nghiệp lớn nhất Đông Nam Á')[0]).toMatchObject({ unit: 'doanh nghiệp nhà nước', target: '50 doanh nghiệp nhà nước', value: 50 });
    expect(pick('ít nhất 3 ngân hàng thương mại Nhà nước nằm trong Top 100 ngân hàng lớn nhất châu Á').map((x) => x.target)).toEqual(['ít nhất 3 ngân hàng thương mại Nhà nước']);
    // An adjective is no part of the unit: it names the indicator.
    expect(pick('có ít nhất 20 doanh nghiệp lớn tham gia chuỗi giá trị toàn cầu')[0]).toMatchObject({ target: 'ít nhất 20 doanh nghiệp', name: 'Doanh nghiệp lớn tham gia chuỗi giá trị toàn cầu' });
  });
  test('an anniversary and the size of a ranking list are no targets: "kỷ niệm 100 năm", "danh sách 500 doanh nghiệp lớn nhất"; "số lượng … tăng lên 5" counts what it named before', () => {
    const t = pick('Tầm nhìn đến năm 2045 – thời điểm kỷ niệm 100 năm thành lập Nước – số lượng doanh nghiệp lọt vào danh sách 500 doanh nghiệp lớn nhất toàn cầu dự kiến tăng lên 5, song hành cùng khoảng 60 doanh nghiệp trong Top 500 khu vực.');
    expect(t.map((x) => [x.target, x.value])).toEqual([['5', 5], ['khoảng 60 doanh nghiệp', 60]]);
  });
  test('a colon introduces the list, the share names what follows it: "Nghị quyết đặt ra "chỉ tiêu cứng": 100% doanh nghiệp nhà nước …"', () => {
    const t = pick('Để đảm bảo chất lượng tăng trưởng, Nghị quyết đặt ra "chỉ tiêu cứng": 100% doanh nghiệp nhà nước thực hiện quản trị trên nền tảng số và 100% tập đoàn kinh tế áp dụng nguyên tắc quản trị của OECD.');
    expect(t.map((x) => x.name)).toEqual(['Doanh nghiệp nhà nước thực hiện quản trị trên nền tảng số', 'Tập đoàn kinh tế áp dụng nguyên tắc quản trị của OECD']);
  });
});

describe('targets of a news restatement, without an objectives heading', () => {
  const x = extract({ path: 'news.txt', sha256: 'x', format: 'TEXT', text: [
    'Mục tiêu 2030: 1-3 doanh nghiệp Nhà nước lọt top 500 thế giới',
    '',
    'Tổng Bí thư Tô Lâm vừa ký ban hành Nghị quyết số 79-NQ/TW của Bộ Chính trị về phát triển kinh tế Nhà nước. Sau gần 40 năm đổi mới, kinh tế nhà nước giữ vai trò chủ đạo.',
    '',
    'Về mục tiêu cụ thể đến năm 2030, Việt Nam phấn đấu có 50 doanh nghiệp Nhà nước vào nhóm 500 doanh nghiệp lớn nhất Đông Nam Á và đặc biệt là từ 1 đến 3 doanh nghiệp Nhà nước góp mặt trong nhóm 500 doanh nghiệp lớn nhất thế giới.',
  ].join('\n') });
  test('a paragraph that says it states the objectives and their horizon ("Về mục tiêu cụ thể đến năm 2030, … phấn đấu có …") is read; the headline restating one is the same target', () => {
    expect(x.indicators.map((i) => [i.target, i.period])).toEqual([['50 doanh nghiệp Nhà nước', '2030'], ['từ 1 đến 3 doanh nghiệp Nhà nước', '2030']]);
  });
  test('"40 năm đổi mới" in a paragraph stating no objective is no target', () => {
    expect(x.indicators.some((i) => i.target?.includes('40'))).toBe(false);
  });
  test('a rank without a number: "nằm trong nhóm dẫn đầu ASEAN", "thuộc nhóm dẫn đầu các nước có thu nhập trung bình cao"', () => {
    expect(pick('Trình độ đổi mới sáng tạo và chuyển đổi số của khu vực này nằm trong nhóm dẫn đầu ASEAN.')[0]).toMatchObject({
      name: 'Trình độ đổi mới sáng tạo và chuyển đổi số của khu vực này', target: 'nằm trong nhóm dẫn đầu ASEAN', value: null,
    });
    expect(pick('Tiềm lực khoa học đạt mức tiên tiến ở nhiều lĩnh vực quan trọng, thuộc nhóm dẫn đầu các nước có thu nhập trung bình cao.').map((x) => x.target)).toEqual([
      'thuộc nhóm dẫn đầu các nước có thu nhập trung bình cao',
    ]);
  });
});

describe('a headline over a paragraph that states no target', () => {
  // Lines of real pages: baolamdong.vn on the Prime Minister's Công điện 133/CĐ-TTg (the target is in the headline only),
  // snntuyenquang.gov.vn on a district Party committee's resolution (the headline's target stated again in the body).
  const read = (lines: string[]) => extract({ path: 'news.txt', sha256: 'h', format: 'TEXT', text: lines.join('\n') }).indicators.map((i) => [i.target, i.period]);
  test('"Phấn đấu tăng trưởng kinh tế năm 2025 đạt 8,3-8,5%, …" over "Công điện gửi các đồng chí Bộ trưởng, …" states its own target', () => {
    expect(read([
      'Thủ tướng Chính phủ Phạm Minh Chính vừa ký Công điện số 133/CĐ-TTg ngày 12/8/2025 về việc đẩy mạnh thực hiện một số nhiệm vụ, giải pháp nhằm thực hiện mục tiêu tăng trưởng kinh tế năm 2025.', '',
      'Phấn đấu tăng trưởng kinh tế năm 2025 đạt 8,3-8,5%, tạo nền tảng cho tăng trưởng giai đoạn 2026 - 2030 đạt hai con số', '',
      'Công điện gửi các đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ; Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương.',
    ])).toEqual([['8,3-8,5%', '2025']]);
  });
  test('… but once only when the page states it again further on ("… có 60% xã đạt chuẩn nông thôn mới" in headline and body)', () => {
    expect(read([
      'Chiêm Hóa phấn đấu đến năm 2025 có 60% xã đạt chuẩn nông thôn mới', '',
      'Ban Chấp hành Đảng bộ huyện Chiêm Hóa ban hành Nghị quyết về phát triển nông nghiệp hàng hóa giai đoạn 2021 - 2025.', '',
      'Mục tiêu cụ thể: Phấn đấu đến năm 2025 tỷ trọng ngành nông nghiệp chiếm 73,8%; 60% xã đạt chuẩn nông thôn mới.',
    ]).filter(([t]) => t === '60%')).toHaveLength(1);
  });
});
