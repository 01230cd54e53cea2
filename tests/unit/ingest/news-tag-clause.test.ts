/**
 * A news page's headline with no full stop runs into its intro, and the intro opens with the agency's tag: "Long An đề
 * ra mục tiêu … dẫn đầu khu vực ĐBSCL" / "VOV.VN - Nghị quyết Đại hội Đảng bộ tỉnh Long An xác định 17 chỉ tiêu, …"
 * (vov.vn via baoxuan, judge-2 web copies), "date 2026-01-17 (TBTCO) - Chương trình hành động của Chính phủ …"
 * (thoibaotaichinh.vn, central/held-out-10). The tag ends the headline's clause and is no part of the next one: the
 * target's name is the intro's own words.
 */
import { statedTargets } from '../../../src/ingest/objective-targets';

const named = (text: string) => statedTargets(text).map((t) => [t.name.slice(0, 40), t.target]);

describe('a news tag ends the headline run into the intro', () => {
  it('"… khu vực ĐBSCL VOV.VN - Nghị quyết Đại hội Đảng bộ tỉnh Long An xác định … đạt 9,2-10%" (vov.vn)', () => {
    const t = named('Long An đề ra mục tiêu đến 2025 giữ vững vị trí dẫn đầu khu vực ĐBSCL VOV.VN - Nghị quyết Đại hội Đảng bộ tỉnh Long An xác định 17 chỉ tiêu, trong đó đưa tăng trưởng kinh tế (GRDP) bình quân 5 năm giai đoạn 2021 - 2025 đạt 9,2-10%.');
    expect(t.find(([, target]) => target === '9,2-10%')?.[0]).toBe('Nghị quyết Đại hội Đảng bộ tỉnh Long An ');
  });
  it('"date 2026-01-17 (TBTCO) - Chương trình hành động của Chính phủ … đạt khoảng 40% GDP" (thoibaotaichinh.vn)', () => {
    const t = named('date 2026-01-17 (TBTCO) - Chương trình hành động của Chính phủ thực hiện Kết luận số 115-KL/TW của Bộ Chính trị đặt mục tiêu đến năm 2030, tổng đầu tư xã hội bình quân 5 năm đạt khoảng 40% GDP.');
    expect(t.every(([name]) => !/TBTCO|date/u.test(name as string))).toBe(true);
  });
  it('an abbreviation glossed after a dash stays in its clause: "… GRDP - Tổng sản phẩm trên địa bàn …" is not cut', () => {
    const t = named('Tốc độ tăng trưởng GRDP - Tổng sản phẩm trên địa bàn bình quân đạt 7%/năm.');
    expect(t.map(([name]) => name)).toEqual(['Tốc độ tăng trưởng GRDP - Tổng sản phẩm '.slice(0, 40)]);
  });
});
