/**
 * Units a count or measure is stated in, read with the target as written:
 * - housing: "hoàn thành trên 110.000 căn nhà ở xã hội", "diện tích nhà ở bình quân cả nước đạt 27m2 sàn/người";
 * - hospital beds by their full name, per population: "Đạt 32 giường bệnh viện/vạn dân";
 * - places gained in a ranking: "Nâng cao xếp hạng chỉ số GDTM qua biên giới năm 2021 lên 10-15 bậc" (an objective in itself);
 * - money in the ISO code: "bình quân đầu người dự kiến sẽ đạt 274 triệu VND … vào năm 2030";
 * - a count of things added keeps its "thêm", and OCOP names the products: "đạt thêm 5 sản phẩm OCOP".
 */
import { statedTargets } from '../../../src/ingest/objective-targets';
import { extract } from '../../../src/ingest/pipeline';

const pick = (text: string) => statedTargets(text).map(({ target, unit, value, valueMin, valueMax }) => ({ target, unit, value, valueMin, valueMax }));

describe('counted and measured units', () => {
  test('housing: "trên 110.000 căn nhà ở xã hội", "27m2 sàn/người"', () => {
    expect(pick('Bộ Xây dựng đặt mục tiêu năm 2026 nâng tỷ lệ đô thị hóa toàn quốc lên 45%, hoàn thành trên 110.000 căn nhà ở xã hội, nâng diện tích nhà ở bình quân cả nước đạt 27m2 sàn/người.')).toEqual([
      { target: '45%', unit: '%', value: 45, valueMin: 45, valueMax: 45 },
      { target: 'trên 110.000 căn nhà ở xã hội', unit: 'căn nhà ở xã hội', value: 110000, valueMin: 110000, valueMax: null },
      { target: '27m2 sàn/người', unit: 'm2 sàn/người', value: 27, valueMin: 27, valueMax: 27 },
    ]);
  });
  test('"32 giường bệnh viện/vạn dân"', () => {
    expect(pick('Mục tiêu đến năm 2030: Đạt 32 giường bệnh viện/vạn dân; 11 bác sĩ/vạn dân.')[0]).toMatchObject({ target: '32 giường bệnh viện/vạn dân', unit: 'giường bệnh viện/vạn dân', value: 32 });
  });
  test('"274 triệu VND": money in the ISO code keeps its magnitude in the unit', () => {
    expect(pick('Theo đó Tổng sản phẩm trên địa bàn bình quân đầu người dự kiến sẽ đạt 274 triệu VND (tương đương 11.000 đô la Mỹ) vào năm 2030.')[0]).toMatchObject({ target: '274 triệu VND', unit: 'triệu VND', value: 274 });
  });
  test('"đạt thêm 5 sản phẩm OCOP"', () => {
    expect(pick('Tỉnh phấn đấu trong năm 2022 sẽ đạt thêm 5 sản phẩm OCOP')[0]).toMatchObject({ target: 'thêm 5 sản phẩm OCOP', value: 5 });
  });
});

describe('raising a ranking by so many places', () => {
  test('a summary line "Nâng cao xếp hạng … năm 2021 lên 10-15 bậc" states a target of that year', () => {
    const x = extract({ path: 'tom-tat.txt', sha256: 'x', format: 'TEXT', text: 'TÓM TẮT VĂN BẢN\n\nNâng cao xếp hạng chỉ số GDTM qua biên giới năm 2021 lên 10-15 bậc\n\nNgày 15/01/2021, Tổng cục Hải quan ban hành Chỉ thị 215/CT-TCHQ về việc thực hiện đồng bộ các giải pháp tạo thuận lợi thương mại.\n' });
    expect(x.indicators.map((i) => [i.target, i.valueMin, i.valueMax, i.period])).toEqual([['10-15 bậc', 10, 15, '2021']]);
  });
});
