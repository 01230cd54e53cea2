/**
 * "các cấp, các ngành, các địa phương": every level, sector and locality, addressed as a whole by a Government
 * resolution (binhphuoc.gov.vn, seen in the judge-4 central plans) or a provincial Party committee's directive
 * (copies/held-out-5, a provincial portal's news): one collective assignee, as the keys keep it.
 */
import { splitAgencies } from '../../../src/ingest/agencies';
import { inlineAssignment } from '../../../src/ingest/tasks';

describe('"các cấp, các ngành, (các) địa phương" is one collective', () => {
  it('"… Chính phủ yêu cầu các cấp, các ngành, các địa phương tập trung chỉ đạo, điều hành …" (binhphuoc.gov.vn)', () => {
    expect(inlineAssignment('các cấp, các ngành, các địa phương tập trung chỉ đạo, điều hành, tăng trưởng GDP cả nước năm 2025').lead).toEqual(['các cấp, các ngành, các địa phương']);
  });
  it('"… Ban Thường vụ Tỉnh ủy yêu cầu các cấp, các ngành, địa phương tiếp tục thực hiện …" and "các cấp, các ngành" alone', () => {
    expect(splitAgencies('các cấp, các ngành, địa phương')).toEqual(['các cấp, các ngành, địa phương']);
    expect(splitAgencies('các cấp, các ngành')).toEqual(['các cấp, các ngành']);
  });
  it('named bodies around it stay their own: "các cấp, các ngành, các địa phương và Bộ Kế hoạch và Đầu tư"', () => {
    expect(splitAgencies('các cấp, các ngành, các địa phương và Bộ Kế hoạch và Đầu tư')).toEqual(['các cấp, các ngành, các địa phương', 'Bộ Kế hoạch và Đầu tư']);
  });
});
