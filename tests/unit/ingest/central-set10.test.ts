/**
 * Constructs of held-out set 10 (issue 7, parts 1–2: Party resolutions and central bodies' programmes and
 * letters as news and portals carry them), each in a few real lines: targets stated paragraph after paragraph,
 * rates over a span of years, ranks written without "nhóm" or in words, shares of what follows them.
 */
import { statedTargets } from '../../../src/ingest/objective-targets';
import { extract } from '../../../src/ingest/pipeline';

const run = (lines: string[], path = 'doc.txt') => extract({ path, sha256: 'x', format: 'TEXT', text: lines.join('\n') });
const targets = (lines: string[]) => run(lines).indicators.map((i) => [i.target, i.period]);

describe('a news page stating targets paragraph after paragraph', () => {
  test('sentences "Tỷ lệ … đạt …" in the paragraphs after the horizon go on with it, until the tasks are announced', () => {
    expect(targets([
      'Chính phủ vừa ban hành Chương trình hành động thực hiện Nghị quyết số 23-NQ/TW ngày 22/3/2018 của Bộ Chính trị về định hướng xây dựng chính sách phát triển công nghiệp quốc gia.',
      '',
      'Mục tiêu đến năm 2030, tỷ trọng công nghiệp trong GDP đạt trên 40%.',
      '',
      'Tốc độ tăng trưởng giá trị gia tăng công nghiệp đạt bình quân trên 8,5%/năm.',
      '',
      'Chỉ số hiệu suất cạnh tranh công nghiệp (CIP) nằm trong nhóm 3 nước dẫn đầu ASEAN.',
      '',
      'Để đạt được mục tiêu trên, Chương trình đề ra 9 nhiệm vụ, giải pháp chủ yếu.',
    ])).toEqual([['trên 40%', '2030'], ['trên 8,5%/năm', '2030'], ['nằm trong nhóm 3 nước dẫn đầu ASEAN', '2030']]);
  });
  test('an objective in words, a caption or a subheading between them keeps the horizon open ("Theo đó, … đóng góp 7% GDP")', () => {
    expect(targets([
      'Bộ Chính trị vừa ban hành Nghị quyết 80 về phát triển văn hóa, đặt ra mục tiêu đến năm 2030 xây dựng và phát triển nền văn hóa Việt Nam tiên tiến.',
      '',
      'Xây dựng một số tập đoàn công nghiệp văn hóa, cụm, khu công nghiệp sáng tạo tầm cỡ quốc tế.',
      '',
      'Theo đó, phát triển các ngành công nghiệp văn hóa đóng góp 7% GDP.',
    ])).toEqual([['7% GDP', '2030']]);
  });
  test('dash bullets under "Các mục tiêu quan trọng đến năm 2030" each state targets of that horizon; "vào năm 2026" dates its own', () => {
    expect(targets([
      'Tổng Bí thư Tô Lâm đã ký ban hành nghị quyết 80 của Bộ Chính trị về phát triển văn hóa Việt Nam.',
      '',
      'Các mục tiêu quan trọng đến năm 2030, tầm nhìn năm 2045.',
      '',
      '- Phấn đấu hoàn thành việc số hoá 100% các di sản văn hoá đã được xếp hạng cấp quốc gia vào năm 2026.',
      '',
      '- Bảo đảm nguồn lực tương xứng cho phát triển văn hoá; bố trí tối thiểu 2% tổng chi ngân sách nhà nước hằng năm cho văn hoá.',
    ])).toEqual([['100% các di sản văn hoá', '2026'], ['tối thiểu 2% tổng chi ngân sách nhà nước', '2030']]);
  });
  test('a paragraph reporting results ("Năm 2020, …", "ước đạt", "Sau 5 năm") ends the targets', () => {
    expect(targets([
      'Nghị quyết đặt mục tiêu đến năm 2030, tỷ lệ đô thị hóa đạt trên 50%.',
      '',
      'Năm 2020, quy mô tổng sản phẩm toàn vùng đóng góp 32% tổng sản phẩm quốc nội.',
      '',
      'Tỷ lệ thất nghiệp ước đạt dưới 3%.',
    ])).toEqual([['trên 50%', '2030']]);
  });
});

describe('the years a target is for', () => {
  test('a rate over a span is that span\'s: "bình quân cho giai đoạn 2026 - 2030 từ 10%/năm trở lên", "khoảng 7%/năm thời kỳ 2021-2030"', () => {
    expect(statedTargets('phấn đấu đạt tốc độ tăng trưởng GDP bình quân cho giai đoạn 2026 - 2030 từ 10%/năm trở lên; GDP bình quân đầu người đến năm 2030 đạt khoảng 8.500 USD')
      .map((t) => [t.target, t.year])).toEqual([['từ 10%/năm trở lên', '2026-2030'], ['khoảng 8.500 USD', '2030']]);
    expect(statedTargets('Tốc độ tăng năng suất lao động xã hội bình quân đạt khoảng 7%/năm thời kỳ 2021-2030; trong đó giai đoạn 2026-2030 đạt trên 8,5%/năm.')
      .map((t) => [t.target, t.year])).toEqual([['khoảng 7%/năm', '2021-2030'], ['trên 8,5%/năm', '2026-2030']]);
  });
  test('a span compared against is no target\'s span: "Giảm 5-10% … so với trung bình hàng năm giai đoạn 2011 - 2016"', () => {
    expect(statedTargets('Giảm 5-10% tỷ lệ mắc và tử vong do các bệnh truyền nhiễm so với trung bình hàng năm giai đoạn 2011 - 2016.')[0]?.year ?? null).toBeNull();
  });
});

describe('ranks and shares as the resolutions write them', () => {
  const stated = (s: string) => statedTargets(s).map((t) => [t.name, t.target]);
  test('"GII thuộc 3 nước dẫn đầu khu vực ASEAN": a rank among the leaders without "nhóm"', () => {
    expect(stated('Việt Nam phải duy trì xếp hạng GII thuộc 3 nước dẫn đầu khu vực ASEAN.')).toEqual([['Việt Nam phải duy trì xếp hạng GII', 'thuộc 3 nước dẫn đầu khu vực ASEAN']]);
  });
  test('"Thuộc nhóm bốn nước dẫn đầu ASEAN trong xếp hạng chính phủ điện tử": a rank in words, named by the ranking after it', () => {
    expect(stated('Thuộc nhóm bốn nước dẫn đầu ASEAN trong xếp hạng chính phủ điện tử theo đánh giá của Liên hợp quốc.')).toEqual([['xếp hạng chính phủ điện tử', 'Thuộc nhóm bốn nước dẫn đầu ASEAN']]);
  });
  test('"thuộc nhóm 10 quốc gia có hệ thống giáo dục đại học tốt nhất châu Á": what the group excels in is part of the rank', () => {
    expect(stated('thuộc nhóm 10 quốc gia có hệ thống giáo dục đại học tốt nhất châu Á')[0][1]).toBe('thuộc nhóm 10 quốc gia có hệ thống giáo dục đại học tốt nhất châu Á');
  });
  test('a share of what follows it: "phủ 100% các xã", "32-38% tổng việc làm"', () => {
    expect(stated('Internet băng thông rộng phủ 100% các xã.')[0][1]).toBe('100% các xã');
    expect(statedTargets('khu vực doanh nghiệp đóng góp 65-70% GDP, 32-38% tổng việc làm và 98-99% tổng kim ngạch xuất nhập khẩu').map((t) => t.target))
      .toEqual(['65-70% GDP', '32-38% tổng việc làm', '98-99% tổng kim ngạch xuất nhập khẩu']);
  });
  test('a count with its qualifier: "ít nhất 3 đô thị thông minh tại 3 vùng", "ít nhất 10 doanh nhân Việt Nam lọt vào …"; "2,1 con"', () => {
    expect(stated('Có ít nhất 3 đô thị thông minh tại 3 vùng kinh tế trọng điểm.')[0][1]).toBe('ít nhất 3 đô thị thông minh');
    expect(stated('có ít nhất 10 doanh nhân Việt Nam lọt vào danh sách tỷ phú đô la Mỹ thế giới')[0][1]).toBe('ít nhất 10 doanh nhân Việt Nam');
    expect(stated('duy trì vững chắc mức sinh thay thế (bình quân mỗi phụ nữ trong độ tuổi sinh đẻ có 2,1 con)')[0][1]).toBe('2,1 con');
  });
});

describe('a portal summary of a resolution: "Cụ thể, đến năm 2025, Việt Nam phải:" and dash bullets', () => {
  test('a horizon introducing a list states its objectives; a count in words ("ít nhất ba đô thị thông minh")', () => {
    expect(targets([
      'Nghị quyết 52-NQ/TW năm 2019 của Bộ Chính trị đề cập đến mục tiêu duy trì xếp hạng chỉ số đổi mới sáng tạo toàn cầu.',
      'Cụ thể, đến năm 2025, Việt Nam phải:',
      '- Duy trì xếp hạng GII thuộc 3 nước dẫn đầu ASEAN.',
      '- Có ít nhất ba đô thị thông minh tại ba vùng kinh tế trọng điểm phía Bắc, phía Nam và miền Trung.',
    ])).toEqual([['thuộc 3 nước dẫn đầu ASEAN', '2025'], ['ít nhất ba đô thị thông minh', '2025']]);
  });
  test('a number in words is never a share: "ba %" is no target, "ba vùng" after a count is what it counts in', () => {
    expect(statedTargets('Có ít nhất ba đô thị thông minh tại ba vùng kinh tế trọng điểm').map((t) => [t.target, t.value])).toEqual([['ít nhất ba đô thị thông minh', 3]]);
  });
  test('a count per population written "người/10.000 dân"', () => {
    expect(statedTargets('đến năm 2030, nguồn nhân lực nghiên cứu khoa học đạt 12 người/10.000 dân')[0]).toMatchObject({ target: '12 người/10.000 dân', unit: 'người/10.000 dân', value: 12 });
  });
});

