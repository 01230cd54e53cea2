/**
 * Health and poverty targets in the wording of the Sustainable Development Goals, as the national roadmaps restate them:
 * - "giảm tỷ suất tử vong trẻ dưới 1 tuổi xuống dưới 10 ca trên 1000 trẻ đẻ sống": the age says which children are meant
 *   (it is no target), the target is the rate per live births;
 * - "đến năm 2030, giảm ít nhất một nửa tỷ lệ nghèo theo tiêu chí nghèo đa chiều": a fraction written in words;
 * - "Thứ hai, giảm tỷ số tử vong mẹ …": an ordinal in words opening the item names nothing.
 */
import { statedTargets } from '../../../src/ingest/objective-targets';

const pick = (text: string) => statedTargets(text).map(({ name, target, unit, value, comparator, year }) => ({ name, target, unit, value, comparator, year }));

describe('a rate per live births after the age of the children it counts', () => {
  test('"trẻ dưới 1 tuổi … dưới 10 ca trên 1000 trẻ đẻ sống", "trẻ dưới 5 tuổi … dưới 15 ca trên 1000 trẻ đẻ sống"', () => {
    expect(pick('Thứ hai, giảm tỷ số tử vong mẹ xuống dưới 45/100.000 trẻ đẻ sống; giảm tỷ suất tử vong trẻ dưới 1 tuổi xuống dưới 10 ca trên 1000 trẻ đẻ sống và tỷ suất tử vong trẻ dưới 5 tuổi xuống dưới 15 ca trên 1000 trẻ đẻ sống.')).toEqual([
      { name: 'Giảm tỷ số tử vong mẹ', target: 'dưới 45/100.000 trẻ đẻ sống', unit: '/100.000 trẻ đẻ sống', value: 45, comparator: '<', year: null },
      { name: 'Giảm tỷ suất tử vong trẻ dưới 1 tuổi', target: 'dưới 10 ca trên 1000 trẻ đẻ sống', unit: 'ca/1000 trẻ đẻ sống', value: 10, comparator: '<', year: null },
      { name: 'Tỷ suất tử vong trẻ dưới 5 tuổi', target: 'dưới 15 ca trên 1000 trẻ đẻ sống', unit: 'ca/1000 trẻ đẻ sống', value: 15, comparator: '<', year: null },
    ]);
  });
});

describe('a fraction written in words', () => {
  test('"đến năm 2030, giảm ít nhất một nửa tỷ lệ nghèo theo tiêu chí nghèo đa chiều của quốc gia"', () => {
    expect(pick('Thứ nhất, đến năm 2020, xóa bỏ tình trạng nghèo cùng cực cho tất cả mọi người ở mọi nơi; đến năm 2030, giảm ít nhất một nửa tỷ lệ nghèo theo tiêu chí nghèo đa chiều của quốc gia.')).toEqual([
      { name: 'Giảm tỷ lệ nghèo theo tiêu chí nghèo đa chiều của quốc gia', target: 'ít nhất một nửa', unit: null, value: 0.5, comparator: '≥', year: '2030' },
    ]);
  });
  test('"giảm một nửa số ca tử vong …", "hai phần ba"', () => {
    expect(pick('Mục tiêu 3.6: Đến năm 2030, giảm một nửa số ca tử vong và thương tích do tai nạn giao thông đường bộ.')[0]).toMatchObject({ target: 'một nửa', value: 0.5, year: '2030' });
    expect(pick('Phấn đấu đến năm 2030 giảm hai phần ba số vụ tai nạn lao động.')[0]).toMatchObject({ target: 'hai phần ba', value: 0.6667 });
  });
});
