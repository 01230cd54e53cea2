/**
 * - A range repeating its "%" on each bound is one range: "đạt từ 7,5% - 8%/năm", "10%-12%", "khoảng 48% đến 49% GDP"; a year
 *   after "đến" is no bound ("đạt 30% đến 2030" is a share due by 2030).
 * - The years a review, a plan or a sum is over are no target: "sơ kết 5 năm thực hiện Chỉ thị …", "kế hoạch sử dụng đất 5 năm
 *   kỳ cuối (2016-2020)", "huy động vốn đầu tư phát triển 5 năm đạt hơn 1.500 tỷ đồng" (the sum is the target).
 */
import { statedTargets } from '../../../src/ingest/objective-targets';

const pick = (text: string) => statedTargets(text).map(({ target, unit, value, valueMin, valueMax }) => ({ target, unit, value, valueMin, valueMax }));

describe('a range with "%" on each bound', () => {
  test('"từ 7,5% - 8%/năm", "10%-12%", "khoảng 48% đến 49% GDP"', () => {
    expect(pick('Phấn đấu tốc độ tăng trưởng kinh tế bình quân đạt từ 7,5% - 8%/năm')).toEqual([{ target: 'từ 7,5% - 8%/năm', unit: '%/năm', value: null, valueMin: 7.5, valueMax: 8 }]);
    expect(pick('Mục tiêu tăng trưởng GRDP đạt 10%-12%')).toEqual([{ target: '10%-12%', unit: '%', value: null, valueMin: 10, valueMax: 12 }]);
    expect(pick('Mục tiêu khu vực tư nhân đóng góp khoảng 48% đến 49% GDP')[0]).toMatchObject({ target: 'khoảng 48% đến 49% GDP', valueMin: 48, valueMax: 49 });
  });
  test('a year after "đến" is no bound', () => {
    expect(pick('Phấn đấu tỷ lệ đô thị hóa đạt 30% đến 2030').map((t) => [t.target, t.value])).toEqual([['30%', 30]]);
  });
});

describe('the years a review, a plan or a sum is over', () => {
  test('no target of "5 năm"', () => {
    expect(pick('Phấn đấu khắc phục những hạn chế đã được chỉ ra qua sơ kết 5 năm thực hiện Chỉ thị số 47-CT/TW')).toEqual([]);
    expect(pick('Mục tiêu của kế hoạch là điều chỉnh quy hoạch sử dụng đất đến năm 2020 và kế hoạch sử dụng đất 5 năm kỳ cuối (2016-2020)')).toEqual([]);
    expect(pick('Một số chỉ tiêu cụ thể như: huy động vốn đầu tư phát triển 5 năm đạt hơn 1.500 tỷ đồng').map((t) => t.target)).toEqual(['hơn 1.500 tỷ đồng']);
  });
});
