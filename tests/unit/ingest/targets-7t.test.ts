/**
 * Comparative words a target keeps (src/ingest/target-constructs.ts, objective-targets.ts): a floor written between a
 * multiple's word and its number, a comparison written as a sign glued to the number; the nouns the collective economy and
 * Party work count; a failing grade no one is to get. Sentences trimmed from public pages (a household-survey report on
 * doanhnhansaigon.vn; a public-health abstract on thuvientailieu.vn; a cooperatives plan on tieudungplus.vn; a district
 * Party congress's aim on baohaiduong.vn; a Party grading report on baomoi.com).
 */
import { statedTargets } from '../../../src/ingest/objective-targets';
import { multipleWords, reportingClauses } from '../../../src/ingest/target-constructs';

const pick = (text: string) => statedTargets(text).map(({ name, unit, target, value, valueMin, valueMax, comparator }) => ({ name, unit, target, value, valueMin, valueMax, comparator }));

describe('a multiple with a qualifier after its word: "cao gấp hơn 8 lần", "gấp ít nhất 1,2 lần"', () => {
  test('multipleWords: the multiple\'s word ends before the qualifier; the "hơn" of "cao hơn" is the multiple\'s own', () => {
    const before = 'có thu nhập bình quân đầu người cao gấp hơn ';
    expect(multipleWords(before, 'lần')).toEqual({ start: before.indexOf('cao gấp'), end: before.indexOf('hơn') });
    expect(multipleWords('cao hơn ', 'lần')).toEqual({ start: 0, end: 8 });
    expect(multipleWords('cao gấp hơn ', '%')).toBeNull();
  });
  test('"… có thu nhập bình quân đầu người cao gấp hơn 8 lần so với nhóm hộ nghèo nhất": the target keeps "cao gấp hơn", and "hơn" bounds it', () => {
    expect(pick('Nhóm hộ giàu nhất có thu nhập bình quân đầu người cao gấp hơn 8 lần so với nhóm hộ nghèo nhất.')).toEqual([
      { name: 'Nhóm hộ giàu nhất có thu nhập bình quân đầu người', unit: 'lần', target: 'cao gấp hơn 8 lần', value: 8, valueMin: 8, valueMax: null, comparator: '>' },
    ]);
  });
});

describe('a comparison written as a sign glued to the number: ">3 năm"', () => {
  test('"đã sống >3 năm tại vùng khó khăn": the sign is the target\'s, and bounds it from below', () => {
    expect(pick('đã sống >3 năm tại vùng khó khăn')).toEqual([{ name: 'Đã sống tại vùng khó khăn', unit: 'năm', target: '>3 năm', value: 3, valueMin: 3, valueMax: null, comparator: '>' }]);
  });
  test('a quote mark "> " set apart from its number is no sign', () => {
    expect(pick('> 3 năm tại vùng khó khăn').map((t) => t.target)).toEqual(['3 năm']);
  });
});

describe('the collective economy counts its bodies and members, Party work its members', () => {
  test('"khoảng 134.000 tổ hợp tác với 1,8 triệu thành viên, … 210 liên hiệp hợp tác xã với 1.100 hợp tác xã thành viên"', () => {
    const found = pick('Mục tiêu cụ thể đến năm 2025, cả nước có khoảng 134.000 tổ hợp tác với 1,8 triệu thành viên, 35.000 hợp tác xã với 7,1 triệu thành viên, 210 liên hiệp hợp tác xã với 1.100 hợp tác xã thành viên.');
    expect(found.map(({ unit, target, value }) => [unit, target, value])).toEqual([
      ['tổ hợp tác', 'khoảng 134.000 tổ hợp tác', 134000],
      ['thành viên', '1,8 triệu thành viên', 1800000],
      ['hợp tác xã', '35.000 hợp tác xã', 35000],
      ['thành viên', '7,1 triệu thành viên', 7100000],
      ['liên hiệp hợp tác xã', '210 liên hiệp hợp tác xã', 210],
      ['hợp tác xã thành viên', '1.100 hợp tác xã thành viên', 1100],
    ]);
  });
  test('"mục tiêu mỗi năm kết nạp từ 90 - 100 đảng viên"', () => {
    expect(pick('Nghị quyết Đại hội Đảng bộ huyện đề ra mục tiêu mỗi năm kết nạp từ 90 - 100 đảng viên.')).toMatchObject([{ unit: 'đảng viên', target: 'từ 90 - 100 đảng viên', valueMin: 90, valueMax: 100 }]);
  });
});

describe('a failing grade no one is to get is no report of failure: "không có tổ chức cơ sở đảng \'Không hoàn thành nhiệm vụ\'"', () => {
  test('the clause does not report, while a failure stated alone still does', () => {
    expect(reportingClauses(["không có tổ chức cơ sở đảng 'Không hoàn thành nhiệm vụ'"])).toEqual([false]);
    expect(reportingClauses(['27 tổ chức cơ sở đảng không hoàn thành nhiệm vụ'])).toEqual([true]);
  });
});

describe('counted nouns of places and people that are one unit: "đơn vị cấp huyện", "lao động nông thôn"', () => {
  test('"Có ít nhất 38 đơn vị cấp huyện được Thủ tướng Chính phủ công nhận đạt chuẩn nông thôn mới" (tapchitaichinh.vn)', () => {
    expect(pick('Có ít nhất 38 đơn vị cấp huyện được Thủ tướng Chính phủ công nhận đạt chuẩn nông thôn mới;')).toMatchObject([
      { unit: 'đơn vị cấp huyện', target: 'ít nhất 38 đơn vị cấp huyện', value: 38, valueMin: 38, valueMax: null, comparator: '≥' },
    ]);
  });
  test('"sẽ đào tạo nghề cho khoảng 5,5 triệu lao động nông thôn" (giaoduc.edu.vn): the rural workforce, not "lao động" alone', () => {
    expect(pick('Giai đoạn 2016-2020 sẽ đào tạo nghề cho khoảng 5,5 triệu lao động nông thôn.')).toMatchObject([
      { name: 'Đào tạo nghề cho lao động nông thôn', unit: 'lao động nông thôn', target: 'khoảng 5,5 triệu lao động nông thôn', value: 5500000 },
    ]);
  });
});
