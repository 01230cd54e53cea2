/**
 * Targets a ward congress's resolution lists, as its news restates them (baodanang, Đảng bộ phường Thạc Gián, 2020): "… đạt và vượt
 * chỉ tiêu giảm hộ nghèo; giảm tỷ suất sinh thô 0,30%0/năm; gọi công dân nhập ngũ hằng năm đạt 100% chỉ tiêu; … phát triển từ 10
 * đảng viên trở lên/năm" (kbang.gialai.gov.vn writes "Tuyển chọn, gọi công dân nhập ngũ hàng năm đạt 100% chỉ tiêu" too):
 *  - the per-mille sign typed as "%" and a zero ("0,30%0") is ‰;
 *  - a share of the quota keeps its "chỉ tiêu";
 *  - a count "trở lên/năm" is per year;
 *  - "đạt và vượt chỉ tiêu …" is one more target, not a result reported (which "đã đạt và vượt" is).
 */
import { statedTargets } from '../../../src/ingest/objective-targets';
import { reportingClauses } from '../../../src/ingest/target-constructs';

const LIST = 'Đại hội thông qua nghị quyết nhiệm kỳ mới với một số chỉ tiêu chủ yếu thu ngân sách tăng bình quân hằng năm 5-10%; đạt và vượt chỉ tiêu giảm hộ nghèo; giảm tỷ suất sinh thô 0,30%0/năm; gọi công dân nhập ngũ hằng năm đạt 100% chỉ tiêu; phát triển từ 10 đảng viên trở lên/năm.';

describe('a congress resolution\'s targets: per-mille typed "%0", a share of the quota, a count per year', () => {
  const found = statedTargets(LIST).map((t) => [t.target, t.unit, t.value]);
  test('"0,30%0/năm" is 0.3 per mille a year', () => expect(found).toContainEqual(['0,30%0/năm', '‰/năm', 0.3]));
  test('"đạt 100% chỉ tiêu" keeps what it is a share of', () => expect(found).toContainEqual(['100% chỉ tiêu', '%', 100]));
  test('"từ 10 đảng viên trở lên/năm" is a count per year', () => expect(found).toContainEqual(['từ 10 đảng viên trở lên/năm', 'đảng viên/năm', 10]));
  test('"đạt và vượt chỉ tiêu" states a target; "đã đạt và vượt chỉ tiêu" reports', () => {
    expect(reportingClauses(['đạt và vượt chỉ tiêu giảm hộ nghèo', 'giảm tỷ suất sinh thô 0,30%0/năm'])).toEqual([false, false]);
    expect(reportingClauses(['nhiệm kỳ qua đã đạt và vượt chỉ tiêu giảm hộ nghèo'])).toEqual([true]);
  });
});
