import { normalise } from '../../../src/ingest/normalise';
import { readRestatedTasks } from '../../../src/ingest/readers/restated-tasks';

const leads = (text: string) => readRestatedTasks(normalise(text).lines).map((t) => t.leadRaw);

describe('officials and Party members addressed by their standing are assignees', () => {
  it('"Thủ tướng yêu cầu cán bộ, công chức, viên chức thực hiện nghiêm …"', () => {
    // viettimes.vn, the Prime Minister on work after Tết.
    expect(leads('Đôn đốc thực hiện nhiệm vụ sau tết, Thủ tướng yêu cầu cán bộ, công chức, viên chức thực hiện nghiêm kỷ luật, kỷ cương, tuyệt đối không đi lễ hội trong giờ hành chính, không sử dụng xe công đi lễ hội trừ trường hợp thực thi nhiệm vụ.')).toEqual([['cán bộ, công chức, viên chức']]);
  });

  it('as the subject of their own sentence: "Cán bộ, công chức, viên chức, người lao động … không tổ chức du xuân …"', () => {
    // baomoi.com (from vnews.gov.vn), "Không đi lễ hội trong giờ hành chính".
    expect(leads('Cán bộ, công chức, viên chức, người lao động trong các cơ quan hành chính nhà nước không tổ chức du xuân, liên hoan, chúc Tết làm ảnh hưởng đến thời gian và hiệu quả làm việc.')).toEqual([['Cán bộ, công chức, viên chức, người lao động trong các cơ quan hành chính nhà nước']]);
  });

  it('whom a rule concerns is no assignee: "…; cán bộ, công chức, viên chức có liên quan đến việc ban hành …"', () => {
    expect(leads('Quy định này áp dụng đối với các sở, ban, ngành; cán bộ, công chức, viên chức có liên quan đến việc ban hành và thực hiện chế độ báo cáo.')).toEqual([]);
  });
});
