/** Tasks a news article restates in prose are tasks of the bodies it names. */
import { normalise } from '../../../../src/ingest/normalise';
import { readRestatedTasks } from '../../../../src/ingest/readers/restated-tasks';

const tasks = (raw: string) => readRestatedTasks(normalise(raw).lines).map((t) => ({ lead: t.leadRaw, coordinators: t.coordinatorsRaw, deadline: t.deadlineRaw }));

describe('readRestatedTasks', () => {
  it('"Kế hoạch yêu cầu các sở, ban, ngành tỉnh, UBND các huyện … chủ động …" is a task of those bodies', () => {
    expect(tasks('Kế hoạch yêu cầu các sở, ban, ngành tỉnh, UBND các huyện, thị xã, thành phố chủ động xây dựng kế hoạch và tổ chức triển khai thực hiện, báo cáo kết quả trước ngày 15/12/2025.')).toEqual([
      { lead: ['các sở, ban, ngành tỉnh', 'UBND các huyện, thị xã, thành phố'], coordinators: [], deadline: 'trước ngày 15/12/2025' },
    ]);
  });
  it('"Chủ tịch UBND tỉnh giao Liên hiệp các Hội … chủ trì, phối hợp với Sở Khoa học và Công nghệ …"', () => {
    const [t] = tasks('Theo văn bản, Chủ tịch UBND tỉnh giao Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh chủ trì, phối hợp với Sở Khoa học và Công nghệ và các cơ quan, đơn vị liên quan triển khai Giải thưởng Sáng tạo Khoa học Công nghệ Việt Nam năm 2020.');
    expect(t.lead).toEqual(['Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh']);
    expect(t.coordinators).toEqual(['Sở Khoa học và Công nghệ', 'các cơ quan, đơn vị liên quan']);
  });
  it('a sentence opening with the body: "Sở Tài chính có trách nhiệm cân đối, bố trí kinh phí …"', () => {
    expect(tasks('Sở Tài chính có trách nhiệm cân đối, bố trí kinh phí thực hiện Kế hoạch theo quy định.')[0].lead).toEqual(['Sở Tài chính']);
  });
  it('who issued the document is no task: "UBND tỉnh ban hành Kế hoạch số 98/KH-UBND …"', () => {
    expect(tasks('Ngày 3-7, UBND tỉnh ban hành Kế hoạch số 98/KH-UBND ngày 3-7-2025 triển khai thực hiện Nghị quyết số 57-NQ/TW.')).toEqual([]);
  });
});
