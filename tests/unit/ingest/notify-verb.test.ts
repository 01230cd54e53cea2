/**
 * "thông báo" (to notify, announce) as the work a body is given: "Thủ tướng Chính phủ giao Bộ Kế hoạch và Đầu tư thông báo
 * cụ thể danh mục, mức vốn hỗ trợ …" (cand.com.vn, seen in the judge-2 web copies). The verb ends the body's name as
 * the other verbs of work do; a body's announcement reported ("… thông báo ý kiến kết luận …", "… thông báo:") is not
 * read so.
 */
import { inlineAssignment } from '../../../src/ingest/tasks';
import { readRestatedTasks } from '../../../src/ingest/readers/restated-tasks';
import { normalise } from '../../../src/ingest/normalise';

describe('"thông báo" ends the name of the body given that work', () => {
  it('"Thủ tướng Chính phủ giao Bộ Kế hoạch và Đầu tư thông báo cụ thể danh mục, mức vốn hỗ trợ …; bố trí vốn …" (cand.com.vn)', () => {
    expect(inlineAssignment('Bộ Kế hoạch và Đầu tư thông báo cụ thể danh mục, mức vốn hỗ trợ và thời gian giải ngân số vốn được tạm ứng').lead).toEqual(['Bộ Kế hoạch và Đầu tư']);
    const t = readRestatedTasks(normalise('Ứng hơn 550 tỷ đồng cho 18 tỉnh ổn định dân di cư tự do\nThủ tướng Chính phủ giao Bộ Kế hoạch và Đầu tư thông báo cụ thể danh mục, mức vốn hỗ trợ và thời gian giải ngân số vốn được tạm ứng trên cho các địa phương; bố trí vốn trong kế hoạch năm 2015, 2016 để thu hồi số vốn được ứng trên.').lines, 2);
    expect(t.map((x) => [x.text.slice(0, 21), x.leadRaw])).toEqual([
      ['Bộ Kế hoạch và Đầu tư', ['Bộ Kế hoạch và Đầu tư']],
      ['bố trí vốn trong kế h', ['Bộ Kế hoạch và Đầu tư']],
    ]);
  });
  it('an announcement reported is no such work: "Văn phòng UBND tỉnh thông báo ý kiến kết luận …" names no lead there', () => {
    expect(inlineAssignment('Văn phòng UBND tỉnh thông báo ý kiến kết luận của Chủ tịch UBND tỉnh').lead).not.toEqual(['Văn phòng UBND tỉnh']);
  });
});
