/**
 * Targets a news page restates, dated by the document it says was passed (src/ingest/objective-targets.ts): "Kỳ họp đã thông
 * qua Nghị quyết về nhiệm vụ phát triển kinh tế - xã hội … 6 tháng cuối năm 2025. Theo đó, … phấn đấu tổng thu ngân sách đạt
 * 170,89 tỷ đồng; …; tỷ lệ hộ gia đình … là 88%": their year is 2025, the resolution's. The lead paragraph stating the same
 * target undated ("… đạt 170,89 tỷ đồng … trong 6 tháng cuối năm nay") is that target, kept with its year. Lines from
 * baomoi.com (Hà Nội TV, 2025) and doanhnghiepkinhdoanh.doanhnhanvn.vn (the food-systems plan to 2030).
 */
import { extract } from '../../../src/ingest/pipeline';

const targetsOf = (text: string) => extract({ path: 'x.txt', sha256: 'h', format: 'TEXT', text }).indicators.map((i) => [i.target, i.period]);

describe('targets in news, dated by the document passed', () => {
  it('"Kỳ họp đã thông qua Nghị quyết về nhiệm vụ … 6 tháng cuối năm 2025. Theo đó, … đạt 170,89 tỷ đồng; … là 88%"', () => {
    expect(targetsOf([
      'Phường Xuân Phương phấn đấu thu ngân sách hơn 170 tỷ đồng', '',
      'Phường Xuân Phương phấn đấu tổng thu ngân sách đạt 170,89 tỷ đồng và duy trì không có hộ nghèo trong 6 tháng cuối năm nay.', '',
      'HĐND phường Xuân Phương khóa I, nhiệm kỳ 2021-2026, tổ chức kỳ họp thứ hai để xem xét, quyết định các nội dung thuộc thẩm quyền vào sáng ngày 11/7.', '',
      'Kỳ họp đã thông qua Nghị quyết về nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh 6 tháng cuối năm 2025. Theo đó, trong 6 tháng cuối năm, phường Xuân Phương phấn đấu tổng thu ngân sách đạt 170,89 tỷ đồng; duy trì không có hộ nghèo; tỷ lệ hộ gia đình được công nhận và giữ vững danh hiệu Gia đình văn hóa là 88%.',
    ].join('\n'))).toEqual([['170,89 tỷ đồng', '2025'], ['88%', '2025']]);
  });
  it('a lead\'s undated target restated with its horizon below is one target, dated', () => {
    const targets = targetsOf([
      'Theo kế hoạch hành động quốc gia về lương thực, Việt Nam đặt mục tiêu duy trì kim ngạch xuất khẩu lương thực, thực phẩm trên 30 tỷ USD/năm.', '',
      'Ngày 28/3, Phó Thủ tướng Trần Lưu Quang vừa phê duyệt Kế hoạch hành động quốc gia chuyển đổi hệ thống lương thực thực phẩm minh bạch, trách nhiệm và bền vững ở Việt Nam đến năm 2030.', '',
      'Theo kế hoạch, Việt Nam phấn đấu đến năm 2030, thu nhập cư dân nông thôn cao hơn 2,5 đến 3 lần so với năm 2020. Duy trì kim ngạch xuất khẩu lương thực thực phẩm trên 30 tỷ USD/năm.',
    ].join('\n'));
    expect(targets.filter(([t]) => t === 'trên 30 tỷ USD/năm')).toEqual([['trên 30 tỷ USD/năm', '2030']]);
  });
});
