/** A news sentence recalling what came before ("Trước đó, …") tells an earlier document's direction, no task of the page. */
import { normalise } from '../../../../src/ingest/normalise';
import { readRestatedTasks } from '../../../../src/ingest/readers/restated-tasks';

const restated = (text: string) => readRestatedTasks(normalise(text).lines).map((t) => t.text.split(' ').slice(0, 8).join(' '));

describe('readRestatedTasks: "Trước đó, …"', () => {
  it('"Trước đó, ngày 14-11, Bộ Công an ban hành Điện số 481/ĐK-HT chỉ đạo Công an các tỉnh triển khai …": no task; the page\'s own direction is', () => {
    expect(restated([
      'Bộ trưởng cũng yêu cầu Công an các tỉnh, thành phố tăng cường công tác chỉ huy, chỉ đạo, tập trung cao độ lực lượng thực hiện các phương án.',
      '',
      'Trước đó, ngày 14-11, Bộ Công an ban hành Điện số 481/ĐK-HT chỉ đạo Công an các tỉnh, thành phố triển khai cao điểm tấn công, trấn áp tội phạm.',
    ].join('\n'))).toEqual(['Công an các tỉnh, thành phố tăng cường']);
  });
});

describe('readRestatedTasks: a connective, then the work in lower case, goes on with the addressees before', () => {
  it('"Các địa phương cần tiếp tục tìm kiếm người mất tích …" / "Cùng với đó, huy động tối đa lực lượng quân đội, công an, đoàn thể hỗ trợ nhân dân …"', () => {
    const t = readRestatedTasks(normalise([
      'Thủ tướng yêu cầu tập trung khắc phục nhanh hậu quả thiên tai, nhanh chóng khôi phục sản xuất.',
      '',
      'Các địa phương cần tiếp tục tìm kiếm người mất tích, cứu chữa người bị thương, hỗ trợ, thăm hỏi gia đình có người thiệt mạng.',
      '',
      'Cùng với đó, huy động tối đa lực lượng quân đội, công an, đoàn thể hỗ trợ nhân dân sửa chữa nhà cửa, dọn vệ sinh, khôi phục trường học.',
    ].join('\n')).lines);
    expect(t.map((x) => [x.text.split(' ').slice(0, 5).join(' '), x.leadRaw])).toEqual([
      ['Các địa phương cần tiếp', ['Các địa phương']],
      ['Cùng với đó, huy động', ['Các địa phương']],
    ]);
  });
});

describe('readRestatedTasks: an item numbered in brackets', () => {
  it('"(1) Đoàn kiểm tra hoặc đại diện đoàn kiểm tra triển khai quyết định kế hoạch kiểm tra, …": the team\'s task', () => {
    const t = readRestatedTasks(normalise([
      'Bước tiến hành kiểm tra:',
      '',
      '(1) Đoàn kiểm tra hoặc đại diện đoàn kiểm tra triển khai quyết định kế hoạch kiểm tra, thống nhất lịch làm việc với đối tượng kiểm tra.',
    ].join('\n')).lines);
    expect(t.map((x) => x.leadRaw)).toEqual([['Đoàn kiểm tra hoặc đại diện đoàn kiểm tra']]);
  });
});
