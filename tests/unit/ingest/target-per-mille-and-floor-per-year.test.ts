/**
 * Two small constructs of a congress resolution's list of targets (Đại hội Đảng bộ phường/xã, nhiệm kỳ …):
 * - a per-mille typed as "%0" or "%o" ("giảm tỷ suất sinh thô 0,30%0/năm"), since "‰" is not on the keyboard: a per-mille,
 *   the target as written;
 * - a floor per year, "phát triển từ 10 đảng viên trở lên/năm": "/năm" after "trở lên" belongs to the target and its unit;
 * - "đạt và vượt chỉ tiêu giảm hộ nghèo" in the list is no report of results: the targets after it are read.
 */
import { statedTargets } from '../../../src/ingest/objective-targets';

const pick = (text: string) => statedTargets(text).map(({ name, target, unit, value, comparator }) => ({ name, target, unit, value, comparator }));

describe('a per-mille typed as "%0"', () => {
  test('"giảm tỷ suất sinh thô 0,30%0/năm" after "đạt và vượt chỉ tiêu giảm hộ nghèo"', () => {
    expect(pick('Một số chỉ tiêu chủ yếu: đạt và vượt chỉ tiêu giảm hộ nghèo; giảm tỷ suất sinh thô 0,30%0/năm; hộ gia đình đạt tiêu chuẩn văn hóa 85% trở lên.')).toEqual([
      { name: 'Giảm tỷ suất sinh thô', target: '0,30%0/năm', unit: '‰/năm', value: 0.3, comparator: null },
      { name: 'Hộ gia đình đạt tiêu chuẩn văn hóa', target: '85% trở lên', unit: '%', value: 85, comparator: '≥' },
    ]);
  });
  test('"%o" and "‰" are per-mille too', () => {
    expect(pick('Phấn đấu tốc độ giảm tỷ lệ sinh bình quân hằng năm 0,2%o.')[0]).toMatchObject({ target: '0,2%o', unit: '‰', value: 0.2 });
    expect(pick('Phấn đấu mức giảm tỷ lệ sinh bình quân 0,2‰/năm.')[0]).toMatchObject({ target: '0,2‰/năm', unit: '‰/năm', value: 0.2 });
  });
  test('a report that it was reached and exceeded is still a report', () => {
    expect(pick('Năm 2020 đã đạt và vượt chỉ tiêu giảm hộ nghèo, tỷ lệ hộ nghèo còn 3%.')).toEqual([]);
  });
});

describe('a floor per year: "từ 10 đảng viên trở lên/năm"', () => {
  test('the "/năm" after "trở lên" is the target\'s and its unit\'s', () => {
    expect(pick('Phấn đấu tỷ lệ chi bộ trực thuộc đạt hoàn thành tốt nhiệm vụ trên 80%, phát triển từ 10 đảng viên trở lên/năm.')[1]).toEqual({
      name: 'Phát triển đảng viên', target: 'từ 10 đảng viên trở lên/năm', unit: 'đảng viên/năm', value: 10, comparator: '≥',
    });
  });
});
