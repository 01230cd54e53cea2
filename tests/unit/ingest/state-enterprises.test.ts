import { resolveAgency, splitAgencies } from '../../../src/ingest/agencies';
import { normalise } from '../../../src/ingest/normalise';
import { readRestatedTasks } from '../../../src/ingest/readers/restated-tasks';

describe('state enterprises addressed by their kind are assignees', () => {
  it('"Thủ tướng yêu cầu các Tập đoàn, Tổng công ty phải tái cấu trúc …": the collective leads', () => {
    // vnews.gov.vn, the Prime Minister's meeting with the state groups (5/2/2024).
    const tasks = readRestatedTasks(normalise('Thủ tướng yêu cầu các Tập đoàn, Tổng công ty phải tái cấu trúc và tập trung cho đầu tư phát triển, góp phần cùng cả nước thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội năm 2024.').lines);
    expect(tasks.map((t) => t.leadRaw)).toEqual([['các Tập đoàn', 'Tổng công ty']]);
  });

  it('a kind in lower case inside a list opens one more assignee: "…, địa phương, Tập đoàn kinh tế, tổng công ty"', () => {
    // Công văn 4355/BKHĐT-GSTĐĐT (thuvienphapluat.vn): "… của các bộ, ngành Trung ương, địa phương, Tập đoàn kinh tế, tổng công ty".
    expect(splitAgencies('các bộ, ngành Trung ương, địa phương, Tập đoàn kinh tế, tổng công ty')).toEqual(['các bộ, ngành Trung ương, địa phương', 'Tập đoàn kinh tế', 'tổng công ty']);
  });
});

describe('the state power group is one body, by its name or its acronym', () => {
  it('"Tập đoàn Điện lực Việt Nam (EVN)" and "EVN" name the same group', () => {
    // kinhtetieudung.vn: "Bộ Công Thương yêu cầu Tập đoàn Điện lực Việt Nam (EVN) đảm bảo cung cấp đủ điện …".
    expect(resolveAgency('Tập đoàn Điện lực Việt Nam (EVN)', null).key).toBe(resolveAgency('EVN', null).key);
    expect(resolveAgency('EVN', null).name).toBe('Tập đoàn Điện lực Việt Nam');
  });
});
