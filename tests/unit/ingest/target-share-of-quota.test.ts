/**
 * A share of an assigned quota: "gọi công dân nhập ngũ hằng năm đạt 100% chỉ tiêu", "giao quân đạt 100% chỉ tiêu Chính phủ
 * giao", "đạt 100% chỉ tiêu cấp trên giao" (congress resolutions and recruitment directives). The quota is part of the target
 * as written; a share of places or people ("80% xã", "60% học sinh") stays the share alone.
 */
import { statedTargets } from '../../../src/ingest/objective-targets';

const pick = (text: string) => statedTargets(text).map(({ name, target, unit, value }) => ({ name, target, unit, value }));

describe('a share of an assigned quota', () => {
  test('"đạt 100% chỉ tiêu" in a congress resolution\'s list of targets', () => {
    expect(pick('Một số chỉ tiêu chủ yếu: thu ngân sách tăng bình quân hằng năm 5-10%; gọi công dân nhập ngũ hằng năm đạt 100% chỉ tiêu; hộ gia đình đạt tiêu chuẩn văn hóa 85% trở lên.')).toEqual([
      { name: 'Thu ngân sách tăng bình quân hằng năm', target: '5-10%', unit: '%', value: null },
      { name: 'Gọi công dân nhập ngũ hằng năm', target: '100% chỉ tiêu', unit: '%', value: 100 },
      { name: 'Hộ gia đình đạt tiêu chuẩn văn hóa', target: '85% trở lên', unit: '%', value: 85 },
    ]);
  });
  test('the body that assigned the quota stays with it: "đạt 100% chỉ tiêu Chính phủ giao", "100% chỉ tiêu cấp trên giao"', () => {
    expect(pick('Phấn đấu tổ chức giao quân đạt 100% chỉ tiêu Chính phủ giao.')[0]).toMatchObject({ target: '100% chỉ tiêu Chính phủ giao', value: 100 });
    expect(pick('Mục tiêu tuyển chọn, gọi công dân nhập ngũ đảm bảo đúng quy trình và đạt 100% chỉ tiêu cấp trên giao.')[0]).toMatchObject({ target: '100% chỉ tiêu cấp trên giao', value: 100 });
  });
  test('a share of places or people is the share alone: "60% xã đạt chuẩn", "100% trạm y tế"', () => {
    expect(pick('Phấn đấu đến năm 2025 có 60% xã đạt chuẩn nông thôn mới nâng cao').map((t) => t.target)).toEqual(['60%']);
  });
});
