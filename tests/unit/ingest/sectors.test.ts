import { normalise } from '../../../src/ingest/normalise';
import { inlineAssignment } from '../../../src/ingest/tasks';
import { readRestatedTasks } from '../../../src/ingest/readers/restated-tasks';

describe('a sector addressed as one body acts: "Ngành nông nghiệp", "Ngành y tế"', () => {
  it('"Ngành nông nghiệp và các địa phương báo cáo UBND tỉnh …" is the sector\'s and the localities\' task', () => {
    // bantin24.net, a Kiên Giang direction on drought and salinity (2023-2024 dry season).
    const [task] = readRestatedTasks(normalise('Ngành nông nghiệp và các địa phương báo cáo UBND tỉnh kịp thời hỗ trợ các địa phương triển khai công tác ứng phó hạn hán, xâm nhập mặn theo quy định của pháp luật.').lines);
    expect(task.leadRaw).toEqual(['Ngành nông nghiệp', 'các địa phương']);
  });

  it('a word for a sector that is no body\'s does not open one: "Ngành chức năng …"', () => {
    expect(readRestatedTasks(normalise('Ngành chức năng đã vào cuộc kiểm tra, xử lý nghiêm các vi phạm trên địa bàn thời gian qua.').lines)).toEqual([]);
  });

  it('in lower case after "phối hợp với": "Công an … phối hợp với ngành y tế tăng cường phổ biến …" coordinates with the sector', () => {
    // baoquangnam.vn, Quảng Nam on crime prevention in health facilities (2025): "Công an sẽ phối hợp với ngành y tế tăng cường …".
    expect(inlineAssignment('Công an tỉnh phối hợp với ngành y tế tăng cường phổ biến, tập huấn chuyên môn nghiệp vụ').coordinators).toEqual(['ngành y tế']);
  });
});
