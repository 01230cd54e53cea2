/**
 * Central documents restated in prose (issue 7, parts 1–2): a unit named once and the tasks after its colon, a
 * conclusion's numbered item opening with its verb, the press's "T.Ư", a decision the Government "có".
 */
import { assignedList } from '../../../src/ingest/assigned-lists';
import { canonicalAgencyName } from '../../../src/ingest/agencies';
import { extract } from '../../../src/ingest/pipeline';
import { normalise } from '../../../src/ingest/normalise';
import { readRestatedTasks } from '../../../src/ingest/readers/restated-tasks';

const run = (lines: string[]) => extract({ path: 'news.txt', sha256: 'x', format: 'TEXT', text: lines.join('\n') });
const restated = (text: string) => readRestatedTasks(normalise(text).lines).map((t) => [t.text.slice(0, 30), t.leadRaw, t.coordinatorsRaw]);

const KL178 =
  'Trong Kết luận số 178 ban hành ngày 17/7 về tiếp tục triển khai các nhiệm vụ bảo đảm tổ chức bộ máy hoạt động thông suốt, hiệu quả, Bộ Chính trị, Ban Bí thư giao Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương một số nhiệm vụ là: Chủ trì, phối hợp với Ban Tổ chức Trung ương và các cơ quan có liên quan khẩn trương nghiên cứu thực tiễn, báo cáo Bộ Chính trị (hoàn thành việc sắp xếp trước ngày 31/8). Lãnh đạo, chỉ đạo, hướng dẫn việc sắp xếp các hội quần chúng ở cấp tỉnh, cấp xã. Chủ trì nghiên cứu, tham mưu sửa đổi, bổ sung Quyết định số 118 ngày 22/8/2023 của Ban Bí thư.';

describe('"giao X một số nhiệm vụ là: T1. T2. T3." — a unit named once in prose', () => {
  test('each sentence after the colon is a task of the unit; "phối hợp với Y" makes Y a coordinator', () => {
    expect(assignedList(KL178).map((t) => [t.text.slice(0, 24), t.lead, t.coordinators])).toEqual([
      ['Chủ trì, phối hợp với Ba', ['Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương'], ['Ban Tổ chức Trung ương', 'các cơ quan có liên quan']],
      ['Lãnh đạo, chỉ đạo, hướng', ['Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương'], []],
      ['Chủ trì nghiên cứu, tham', ['Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương'], []],
    ]);
  });
  test('the news page is read: "Trong Kết luận số 178 ban hành ngày 17/7 …, Bộ Chính trị, Ban Bí thư giao …" is a central Kết luận, its tasks led by the unit', () => {
    const x = run(['Tinh gọn 30 hội quần chúng theo hướng sắp xếp', '', KL178]);
    expect(x.document).toMatchObject({ kind: 'KET_LUAN', number: '178', level: 'CENTRAL_PARTY', province: null });
    expect(x.tasks.map((t) => t.lead)).toEqual([1, 2, 3].map(() => ['Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương']));
  });
  test('the unit named once is where each sentence\'s lead was read: the lead-in\'s name, its span into the page', () => {
    const x = run(['Tinh gọn 30 hội quần chúng theo hướng sắp xếp', '', KL178]);
    const text = ['Tinh gọn 30 hội quần chúng theo hướng sắp xếp', '', KL178].join('\n');
    for (const t of x.tasks) {
      expect(t.leadFrom?.text).toBe('Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương');
      expect(text.slice(t.leadFrom!.span.startOffset, t.leadFrom!.span.endOffset)).toBe('Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương');
    }
  });
  test('a sentence that only names a body ("Bộ Chính trị giao Đảng ủy Chính phủ chỉ đạo …") is no list', () => {
    expect(assignedList('Bộ Chính trị giao Đảng ủy Chính phủ chỉ đạo các bộ, ngành rà soát thể chế.')).toEqual([]);
  });
});

describe("a conclusion's numbered items restated", () => {
  test('"2. Yêu cầu các cấp uỷ, tổ chức đảng …: Khẩn trương …": the verb opening the item is part of the task; the name ends before "trên cơ sở" and the colon', () => {
    expect(restated('2. Yêu cầu các cấp uỷ, tổ chức đảng trên cơ sở kết quả Đại hội Đảng bộ: Khẩn trương sắp xếp, kiện toàn tổ chức, bộ máy.')).toEqual([
      ['Yêu cầu các cấp uỷ, tổ chức đả', ['các cấp uỷ, tổ chức đảng'], []],
    ]);
  });
  test('"3. Tổ chức tốt việc lấy ý kiến …; giao Ban Tuyên giáo và Dân vận Trung ương chỉ đạo …": one task of that Ban, from the imperative', () => {
    expect(restated('3. Tổ chức tốt việc lấy ý kiến đại biểu Quốc hội và nhân dân về dự thảo các văn kiện; giao Ban Tuyên giáo và Dân vận Trung ương chỉ đạo tăng cường công tác tuyên truyền.')).toEqual([
      ['Tổ chức tốt việc lấy ý kiến đạ', ['Ban Tuyên giáo và Dân vận Trung ương'], []],
    ]);
  });
  test('"Cụ thể, Ban Bí thư T.Ư Đảng chủ trì …", "- Các cấp ủy, tổ chức Đảng, người đứng đầu trực tiếp lãnh đạo …": the subject after a connective or a bullet leads', () => {
    expect(restated('Cụ thể, Ban Bí thư T.Ư Đảng chủ trì tổ chức Hội nghị trực tuyến toàn quốc về nghiên cứu Nghị quyết.').map((t) => t[1])).toEqual([['Ban Bí thư T.Ư Đảng']]);
    expect(restated('- Các cấp ủy, tổ chức Đảng, người đứng đầu trực tiếp lãnh đạo, chỉ đạo và chịu trách nhiệm về chất lượng học tập nghị quyết.').length).toBe(1);
  });
  test('"Theo đó, Bộ Chính trị nhấn mạnh, công tác … phải được tiến hành …" reports what was said: no task', () => {
    expect(restated('Theo đó, Bộ Chính trị nhấn mạnh, công tác tổ chức nghiên cứu, học tập, quán triệt Nghị quyết phải được tiến hành khẩn trương, nghiêm túc.')).toEqual([]);
  });
});

test('the press writes Trung ương "T.Ư": "Ban Tuyên giáo T.Ư" is the Ban Tuyên giáo Trung ương', () => {
  expect(canonicalAgencyName('Ban Tuyên giáo T.Ư')).toBe('Ban Tuyên giáo Trung ương');
  expect(canonicalAgencyName('Ban Bí thư T.Ư Đảng')).toBe('Ban Bí thư Trung ương Đảng');
});

test('"Ngày 25/9/2020, Chính phủ có Nghị quyết số 134/NQ-CP Ban hành Chương trình …" on a provincial site: the Government\'s resolution, no province', () => {
  const x = run([
    'Chương trình hành động của Chính phủ thực hiện Kết luận số 70-KL/TW ngày 09/3/2020 của Bộ Chính trị',
    '02/10/2020',
    'Nhằm tổ chức thực hiện nghiêm túc Kết luận số 70-KL/TW. Ngày 25/9/2020, Chính phủ có Nghị quyết số 134/NQ-CP Ban hành Chương trình hành động của Chính phủ thực hiện Kết luận số 70-KL/TW ngày 09/3/2020 của Bộ Chính trị về tiếp tục đổi mới kinh tế tập thể ở tỉnh Ninh Thuận và cả nước.',
  ]);
  expect(x.document).toMatchObject({ kind: 'NGHI_QUYET', symbol: '134/NQ-CP', issuer: 'Chính phủ', level: 'CENTRAL_STATE', province: null, issuedOn: '2020-09-25' });
});

test('"… của Đảng" / "Bộ Chính trị vừa ban hành Chỉ thị 01-CT/TW": a headline running into the intro gives no "Đảng Bộ Chính trị"', () => {
  const x = run(['Bộ Chính trị chỉ đạo thực hiện Nghị quyết Đại hội XIII của Đảng', '', 'Bộ Chính trị vừa ban hành Chỉ thị 01-CT/TW về việc nghiên cứu, học tập Nghị quyết Đại hội XIII của Đảng.']);
  expect(x.document).toMatchObject({ kind: 'CHI_THI', symbol: '01-CT/TW', issuer: 'Bộ Chính trị', level: 'CENTRAL_PARTY' });
});
