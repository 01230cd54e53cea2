import { normalise } from '../../../src/ingest/normalise';
import { readRestatedTasks } from '../../../src/ingest/readers/restated-tasks';

describe('the bullets after a head naming the addressees are theirs, whatever verb each opens with', () => {
  it('"Sở … đề nghị Phòng Văn hóa và Thông tin, Trung tâm … triển khai một số nội dung như sau:" / "- Tiếp nhận …" / "- Truy cập …"', () => {
    // sotttt.hanoi.gov.vn, Công văn 544/STTTT-BCXBTT (16/3/2020).
    const tasks = readRestatedTasks(normalise('Sở Thông tin và Truyền thông đề nghị Phòng Văn hóa và Thông tin, Trung tâm Văn hóa - Thông tin và Thể thao quận, huyện, thị xã triển khai một số nội dung như sau:\n- Tiếp nhận sách và có kế hoạch tổ chức tuyên truyền, thông tin rộng rãi đến người dân trên địa bàn thông qua các hình thức thông tin cơ sở.\n- Truy cập Cổng Thông tin điện tử Sở Thông tin và Truyền thông và tải về định dạng file pdf cuốn Cẩm nang.').lines);
    expect(tasks.map((t) => [t.text.slice(0, 12), t.leadRaw])).toEqual([
      ['Tiếp nhận sá', ['Phòng Văn hóa và Thông tin', 'Trung tâm Văn hóa - Thông tin và Thể thao quận, huyện, thị xã']],
      ['Truy cập Cổn', ['Phòng Văn hóa và Thông tin', 'Trung tâm Văn hóa - Thông tin và Thể thao quận, huyện, thị xã']],
    ]);
  });
});
