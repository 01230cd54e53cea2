/**
 * A news page reporting a Party committee's meeting (src/ingest/readers/committee-meeting.ts): the committee meeting or
 * its meeting named gives the issuer; the meeting passing a resolution gives the kind; a meeting that decides nothing
 * the page tells is no directive. Real lines from baothuathienhue.vn (A Lưới district committee's fourth meeting),
 * baotuyenquang.com.vn (Chiêm Hóa district committee) and baomoi.com (Đồng Nai's review conference).
 */
import { extract } from '../../../src/ingest/pipeline';

const doc = (lines: string[]) => extract({ path: 'news.txt', sha256: 'c', format: 'TEXT', text: lines.join('\n') }).document;

describe('a Party committee\'s meeting reported in news', () => {
  it('"Hội nghị Huyện ủy lần thứ tư (mở rộng)" … "thông qua Nghị quyết về …": a Nghị quyết of the district committee, its name from the same sentence', () => {
    const d = doc([
      'A Lưới phấn đấu giảm tỷ lệ hộ nghèo còn 3%/năm', '',
      'TTH.VN - Đó là một trong những chỉ tiêu chủ yếu liên quan nhiệm vụ phát triển kinh tế - xã hội 5 năm 2021 – 2025 được lãnh đạo Huyện ủy A Lưới thông tin tại Hội nghị Huyện ủy lần thứ tư (mở rộng), diễn ra ngày 4/3.', '',
      'Sau khi triển khai kế hoạch quán triệt Nghị quyết Đại hội toàn quốc lần thứ XIII của Đảng, hội nghị đã dành thời gian thảo luận và thông qua Nghị quyết về nhiệm vụ phát triển kinh tế - xã hội 5 năm 2021 - 2025 của huyện A Lưới.',
    ]);
    expect([d.kind, d.issuer, d.level]).toEqual(['NGHI_QUYET', 'Huyện ủy A Lưới', 'PROVINCIAL_PARTY']);
    expect(d.inferred?.issuer).toMatch(/Party committee's meeting/);
  });
  it('"BCH Đảng bộ huyện Chiêm Hóa khóa XXII, nhiệm kỳ 2020-2025 tổ chức Hội nghị …": the committee, spelled out, without its term', () => {
    const d = doc([
      'Chiêm Hóa phấn đấu đến năm 2025 có 60% xã đạt chuẩn nông thôn mới', '',
      'Sáng 13-4, BCH Đảng bộ huyện Chiêm Hóa khóa XXII, nhiệm kỳ 2020-2025 tổ chức Hội nghị đánh giá kết quả lãnh đạo thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng, an ninh.',
    ]);
    expect([d.kind, d.issuer, d.level]).toEqual([null, 'Ban Chấp hành Đảng bộ huyện Chiêm Hóa', 'PROVINCIAL_PARTY']);
  });
  it('a review conference that decides nothing the page tells is still no directive', () => {
    expect(() => doc([
      "Sáng 21-12, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị tổng kết việc thực hiện Nghị quyết số 18 ngày 25-10-2017 của Ban Chấp hành Trung ương Đảng khóa XII về 'Một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị' trên địa bàn tỉnh.",
    ])).toThrow(/not a directive document/);
  });
});

describe('a commune\'s Party organisation holding its congress', () => {
  it('"Đảng bộ xã Khun Há vừa tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030. … đề ra 12 chỉ tiêu cụ thể: …": the Party organisation sets the targets', () => {
    const d = doc([
      ' date 2025-08-21 Tỷ lệ hộ nghèo của xã Khun Há giảm bình quân 6,7%/năm',
      '',
      'Đảng bộ xã Khun Há vừa tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030. Dự Đại hội có 155 đại biểu đại diện cho 432 đảng viên trong toàn Đảng bộ xã Khun Há.',
      '',
      'Nhiệm kỳ 2025-2030, Đảng bộ xã Khun Há đề ra 12 chỉ tiêu cụ thể: Tốc độ tăng tổng thu ngân sách Nhà nước trên địa bàn bình quân hằng năm đạt 10%; tỷ lệ dân số tham gia bảo hiểm y tế đạt 99,2%.',
    ]);
    expect([d.issuer, d.level]).toEqual(['Đảng bộ xã Khun Há', 'PROVINCIAL_PARTY']);
  });
});

describe('the targets a local congress\'s resolution set', () => {
  it('"“Tỷ lệ đô thị hóa trên 27%” là một trong những chỉ tiêu chủ yếu đến năm 2025 mà Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII … đã đề ra"', () => {
    const d = doc([
      'Banner',
      '',
      '(TTV) Tuyên Quang phấn đấu đến năm 2025 tỷ lệ đô thị hóa đạt trên 27%',
      '',
      '“Tỷ lệ đô thị hóa trên 27%” là một trong những chỉ tiêu chủ yếu đến năm 2025 mà Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2020 - 2025 đã đề ra. Nhiệm vụ này đang được các cấp, các ngành trong tỉnh đặc biệt trú trọng thực hiện.',
    ]);
    expect([d.kind, d.level]).toEqual(['NGHI_QUYET', 'PROVINCIAL_PARTY']);
    expect(d.inferred?.kind).toMatch(/congress/u);
  });
});
