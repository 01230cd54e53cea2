import { splitAgencies } from '../../../src/ingest/agencies';
import { normalise } from '../../../src/ingest/normalise';
import { readRestatedTasks } from '../../../src/ingest/readers/restated-tasks';

describe('the owners of projects ("chủ đầu tư") are assignees', () => {
  it('"Chủ tịch UBND tỉnh … chỉ đạo, trong thời gian tới, các chủ đầu tư đẩy nhanh …": they lead, not the chairman', () => {
    // baotayninh.vn, Tây Ninh on slow public-investment disbursement.
    const [task] = readRestatedTasks(normalise('Chủ tịch UBND tỉnh Phạm Văn Tân chỉ đạo, trong thời gian tới, các chủ đầu tư đẩy nhanh tiến độ giải ngân và phải chịu trách nhiệm trước UBND tỉnh về tình hình giải ngân chậm.').lines);
    expect(task.leadRaw).toEqual(['các chủ đầu tư']);
    expect(task.text.startsWith('trong thời gian tới, các chủ đầu tư')).toBe(true);
  });

  it('one more assignee inside a list, and "công trình" holds no verb "trình"', () => {
    expect(splitAgencies('các đơn vị, địa phương, chủ đầu tư')).toEqual(['các đơn vị, địa phương', 'chủ đầu tư']);
    expect(splitAgencies('chủ đầu tư các công trình thủy điện')).toEqual(['chủ đầu tư các công trình thủy điện']);
  });
});
