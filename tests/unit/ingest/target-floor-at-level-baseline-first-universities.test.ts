/**
 * Three small constructs of a stated target's words:
 * - a floor stated with the verb's "ở mức": "tăng trưởng GRDP … năm 2025 tối thiểu ở mức 8-10%" keeps it in the target;
 * - a change whose baseline is written before its verb: "thu nhập bình quân đầu người … đến năm 2030 so với năm 2025 tăng
 *   31,6%" is a rise of 31,6%, "tăng 31,6%";
 * - universities counted as "đại học": "có ít nhất 2 đại học trong top 100 thế giới" counts universities, the rank is their
 *   condition.
 */
import { statedTargets } from '../../../src/ingest/objective-targets';

const pick = (text: string) => statedTargets(text).map(({ target, unit, value, valueMin, valueMax, comparator, year }) => ({ target, unit, value, valueMin, valueMax, comparator, year }));

test('"tối thiểu ở mức 8-10%"', () => {
  expect(pick('Chỉ tiêu tăng trưởng GRDP của các địa phương năm 2025 tối thiểu ở mức 8-10%')[0]).toMatchObject({ target: 'tối thiểu ở mức 8-10%', valueMin: 8, valueMax: 10, year: '2025' });
});
test('"… đến năm 2030 so với năm 2025 tăng 31,6%"', () => {
  expect(pick('Tốc độ tăng tổng thu ngân sách bình quân hằng năm đạt 10%; thu nhập bình quân đầu người trên địa bàn đến năm 2030 so với năm 2025 tăng 31,6%; duy trì xã đạt tiêu chí quốc gia về y tế')[1]).toMatchObject({ target: 'tăng 31,6%', value: 31.6, year: '2030' });
});
test('"có ít nhất 2 đại học trong top 100 thế giới"', () => {
  expect(pick('Mục tiêu đến năm 2035, chỉ số giáo dục trong chỉ số phát triển con người HDI đạt trên 0,85; có ít nhất 2 đại học trong top 100 thế giới.')).toEqual([
    { target: 'trên 0,85', unit: null, value: 0.85, valueMin: 0.85, valueMax: null, comparator: '>', year: '2035' },
    { target: 'ít nhất 2 đại học', unit: 'đại học', value: 2, valueMin: 2, valueMax: null, comparator: '≥', year: null },
  ]);
});
