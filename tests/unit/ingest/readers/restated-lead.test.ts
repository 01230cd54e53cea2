/** A news article's lead, opened by the agency's tag above the sentence that names the document, restates its tasks. */
import { extract } from '../../../../src/ingest/pipeline';

const tasks = (text: string) => extract({ path: 'news.txt', sha256: 'l', format: 'TEXT', text }).tasks.map((t) => [t.text.split(' ').slice(0, 6).join(' '), t.lead]);

describe('the lead of a news article ("TPO - …")', () => {
  it('"TPO - Bộ Chính trị giao Ban Chính sách, Chiến lược Trung ương xây dựng dự thảo Nghị quyết …" above "Thay mặt Bộ Chính trị, … ký ban hành Kết luận số 203-KL/TW …"', () => {
    expect(tasks([
      ' date 2025-11-08 Xây dựng dự thảo nghị quyết về các giải pháp chiến lược thúc đẩy tăng trưởng kinh tế \'2 con số\'',
      '',
      'TPO - Bộ Chính trị giao Ban Chính sách, Chiến lược Trung ương xây dựng dự thảo Nghị quyết của Ban Chấp hành Trung ương Đảng khoá XIV về các giải pháp chiến lược thúc đẩy tăng trưởng kinh tế "2 con số".',
      '',
      'Thay mặt Bộ Chính trị, Tổng Bí thư Tô Lâm đã ký ban hành Kết luận số 203-KL/TW về tiếp tục tập trung thực hiện các nhiệm vụ, giải pháp nhằm bảo đảm thực hiện ở mức cao nhất mục tiêu tăng trưởng năm 2025.',
    ].join('\n'))).toEqual([['Ban Chính sách, Chiến lược Trung', ['Ban Chính sách, Chiến lược Trung ương']]]);
  });
  it('a lead summing up a task told again below is read once: "TPO - Thống đốc Ngân hàng Nhà nước Việt Nam báo cáo …" / "Theo đó, Phó Thủ tướng … yêu cầu Thống đốc …"', () => {
    expect(tasks([
      'Thủ tướng yêu cầu báo cáo tình hình lãi suất, giá vàng, chứng khoán',
      '',
      'TPO - Thống đốc Ngân hàng Nhà nước Việt Nam báo cáo tình hình thực hiện chính sách tiền tệ, đặc biệt là tỷ giá hối đoái, báo cáo Thủ tướng trước ngày 14/9.',
      '',
      'Phó Thủ tướng Hồ Đức Phớc vừa ký Công điện ngày 11/9 của Thủ tướng Chính phủ về việc báo cáo tình hình và giải pháp quản lý, điều hành thị trường tiền tệ.',
      '',
      'Theo đó, Phó Thủ tướng Hồ Đức Phớc yêu cầu Thống đốc Ngân hàng Nhà nước Việt Nam báo cáo tình hình thực hiện chính sách tiền tệ, đặc biệt là tỷ giá hối đoái; đề xuất giải pháp quản lý, báo cáo Thủ tướng trước ngày 14/9.',
    ].join('\n')).length).toBe(1);
  });
});
