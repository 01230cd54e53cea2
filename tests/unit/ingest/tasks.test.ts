import { rawLines } from '../../../src/ingest/tables';
import { extractTasks, inlineAssignment, toTasks } from '../../../src/ingest/tasks';

const body = `KẾ HOẠCH
I. MỤC ĐÍCH, YÊU CẦU
1. Tạo sự thống nhất và nâng cao nhận thức, trách nhiệm của chính quyền các cấp.
- Bảo đảm triển khai đồng bộ, hiệu quả.
II. NHIỆM VỤ CỤ THỂ
1. Tăng cường sự lãnh đạo của Đảng; đổi mới tư duy
- Tổ chức tuyên truyền, phổ biến, quán triệt sâu rộng về nội dung Nghị quyết số 59-NQ/TW,
Chỉ thị số 23-
CT/TW ngày 09/02/2018 của Ban Bí thư.
- Nâng cao hiệu quả cơ chế phối hợp, trao đổi thông tin giữa các sở, ngành.
III. TỔ CHỨC THỰC HIỆN
1. Sở Ngoại vụ
- Chủ trì theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch này; định kỳ hằng năm báo cáo UBND tỉnh.
4. Sở Khoa học và Công nghệ
- Tiếp tục triển khai hiệu quả Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.
- Chủ động thu hút nguồn lực bên ngoài cho nghiên cứu, ứng dụng, chuyển giao công nghệ.
6. Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh: phối hợp tăng cường công tác đảm bảo quốc phòng, an ninh.
IV. KINH PHÍ THỰC HIỆN
Nguồn ngân sách nhà nước theo phân cấp hiện hành.
`;

describe('body tasks', () => {
  const tasks = extractTasks(rawLines(body), { province: 'Hà Tĩnh' });

  test('purpose/requirement and funding sections yield no tasks', () => {
    expect(tasks.some((t) => /thống nhất và nâng cao nhận thức|Bảo đảm triển khai|ngân sách/.test(t.text))).toBe(false);
  });
  test('bullets in "II. NHIỆM VỤ CỤ THỂ" are tasks under their numbered heading', () => {
    const ii = tasks.filter((t) => t.section === 'II.1');
    expect(ii).toHaveLength(2);
    expect(ii[0]).toMatchObject({ ordinal: '-1', source: 'BODY', leadRaw: [] });
  });
  test('a symbol split across lines "23-" / "CT/TW" is re-joined and cited', () => {
    expect(tasks[0].text).toContain('Chỉ thị số 23-CT/TW');
    expect(tasks[0].cites).toEqual(['59-NQ/TW', '23-CT/TW']);
    expect(tasks[0].span).toMatchObject({ startLine: 7, endLine: 9 });
  });
  test('under "III. TỔ CHỨC THỰC HIỆN", "4. Sở Khoa học và Công nghệ" leads the bullets that follow it', () => {
    const khcn = tasks.filter((t) => t.leadRaw.includes('Sở Khoa học và Công nghệ'));
    expect(khcn).toHaveLength(2);
    expect(khcn[0].section).toBe('III.4');
    expect(tasks.find((t) => t.text.startsWith('Chủ trì theo dõi'))?.deadlineRaw).toBe('định kỳ hằng năm');
  });
  test('"6. Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh: phối hợp …" is one task with two lead agencies', () => {
    const t = tasks.find((x) => x.text.startsWith('phối hợp tăng cường'));
    expect(t?.leadRaw).toEqual(['Công an tỉnh', 'Bộ Chỉ huy Quân sự tỉnh']);
  });
});

describe('tasks from both sources', () => {
  const doc = `II. NHIỆM VỤ CỤ THỂ
1. Hội nhập kinh tế
- Thực thi hiệu quả các cam kết quốc tế, các Hiệp định thương mại tự do (FTA) đã ký kết; đẩy mạnh xúc tiến thương mại.
PHỤ LỤC
TT Tên nhiệm vụ Cơ quan chủ trì Cơ quan phối hợp Kết quả Thời gian hoàn thành
1 Thực thi hiệu quả các cam kết quốc tế, các Hiệp định thương mại tự do (FTA) đã ký kết; đẩy mạnh xúc tiến thương mại
Sở Công Thương
Các Sở, ngành, đơn vị  Hàng năm
`;
  const tasks = extractTasks(rawLines(doc), { province: null });

  test('a body bullet and the appendix row saying the same are linked, not merged', () => {
    expect(tasks.map((t) => t.source)).toEqual(['BODY', 'TABLE']);
    expect(tasks[0].sameAsIndex).toBe(1);
    expect(tasks[1].sameAsIndex).toBe(0);
    expect(tasks[1]).toMatchObject({ leadRaw: ['Sở Công Thương'], coordinatorsRaw: ['Các Sở, ngành, đơn vị'], deadlineRaw: 'Hàng năm', section: 'PL' });
  });
  test('the contract shape: ids in reading order, sameAs by id, deadline through the parser', () => {
    const out = toTasks(tasks, {
      parseDeadline: (raw) => ({ raw, kind: 'RECURRING', start: null, end: null, recurrence: 'YEARLY', condition: null }),
    });
    expect(out.map((t) => [t.id, t.sameAs])).toEqual([['t1', 't2'], ['t2', 't1']]);
    expect(out[1].deadline?.recurrence).toBe('YEARLY');
    expect(JSON.parse(JSON.stringify(out))).toEqual(out);
  });
});

describe('what a task cites', () => {
  const doc = `II. NHIỆM VỤ, GIẢI PHÁP
1. Thể chế
- Rà soát, sửa đổi quy định theo Chương trình hành động ban hành kèm theo Nghị quyết số 153/NQ-
CP ngày 31/5/2025 và Nghị quyết số 34/NQ-TW, Nghị định số 72/2015/NĐ-CP.
`;
  const [task] = extractTasks(rawLines(doc), { province: null });

  test('symbols come out normalised: "153/NQ-" / "CP" re-joined, "34/NQ-TW" in the Party form "34-NQ/TW"', () => {
    expect(task.cites).toEqual(['153/NQ-CP', '34-NQ/TW', '72/2015/NĐ-CP']);
  });
  test('a lead cell is split by the agencies module: "Sở Tài chính, Sở Công Thương; Sở Khoa học và Công nghệ"', () => {
    const table = `PHỤ LỤC
| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |
|---|---|---|---|
| 1 | Xây dựng cơ sở dữ liệu về hội nhập quốc tế | Sở Tài chính, Sở Công Thương; Sở Khoa học và Công nghệ | Năm 2026 |
`;
    const [row] = extractTasks(rawLines(table), { province: null });
    expect(row.leadRaw).toEqual(['Sở Tài chính', 'Sở Công Thương', 'Sở Khoa học và Công nghệ']);
  });
});

describe('body items written as paragraphs (PDF text: indented first lines, shorter last lines)', () => {
  const doc = [
    'II. NỘI DUNG THỰC HIỆN',
    'Trung ương đã ban hành nhiều nghị quyết quan trọng về phát triển kinh tế - xã hội của cả nước. Cụ thể:',
    '1. Hoàn thiện thể chế, chính sách phát triển Thủ đô',
    ' Toàn bộ hệ thống chính quyền tập trung tăng tính chủ động, tự chủ, kiến tạo của chính',
    'quyền hai cấp. Chủ động phối hợp xây dựng "Bộ tứ thể chế" cho Thủ đô gồm:',
    ' (1) Nghị quyết của Bộ Chính trị về xây dựng và phát triển Thủ đô trong kỷ nguyên',
    'mới;',
    ' (2) Tập trung nguồn lực, tăng cường phối hợp với Bộ Tư pháp xây dựng dự án Luật',
    'Thủ đô (sửa đổi), trình đúng thời hạn theo quy định của pháp luật về ban hành văn”1.',
    '1 : (i). Ba trụ cột: đổi mới sáng tạo - năng suất - kinh tế số; liên kết vùng - hạ tầng',
    '- logistics - thương mại, dịch vụ',
    '  Đổi mới mạnh mẽ mô hình quản trị Thủ đô theo hướng thông minh, hiện đại, chuyển',
    'từ tư duy quản lý sang kiến tạo.',
    '2. Phát triển đô thị, nông thôn; bảo vệ môi trường.',
    ' Đầu tư xây dựng và thực hiện đồng bộ Quy hoạch tổng thể Thủ đô tầm nhìn 100 năm,',
    'phát triển đô thị đa trung tâm.',
    ' - Giải quyết dứt điểm các vấn đề đô thị tồn tại kéo dài như ùn tắc giao thông, ngập',
    'úng và ô nhiễm không khí.',
    ' Tăng cường bảo vệ môi trường, quản lý tài nguyên và thích ứng với biến đổi khí hậu',
    'trên địa bàn.',
    ' Các nhiệm vụ cụ thể tại Phụ lục 03 kèm theo Kế hoạch.',
  ].join('\n');
  const tasks = extractTasks(rawLines(doc), { province: null });
  const starts = tasks.map((t) => t.text.slice(0, 25));

  test('each paragraph under a numbered topic is a task; the topic line and the section opening are not', () => {
    expect(starts).toEqual([
      'Toàn bộ hệ thống chính qu',
      'Nghị quyết của Bộ Chính t',
      'Tập trung nguồn lực, tăng',
      'Đổi mới mạnh mẽ mô hình q',
      'Đầu tư xây dựng và thực h',
      'Giải quyết dứt điểm các v',
      'Tăng cường bảo vệ môi trư',
    ]);
  });
  test('"(1)", "(2)" enumerate; a footnote printed inside the text ("1 : (i). …") is dropped', () => {
    expect(tasks[2]).toMatchObject({ ordinal: '(2)', section: 'II.1', coordinatorsRaw: ['Bộ Tư pháp'] });
    expect(tasks[2].text).toMatch(/ban hành văn”1\.$/);
    expect(tasks.some((t) => /Ba trụ cột|logistics/.test(t.text))).toBe(false);
  });
  test('a "-" bullet among paragraphs ends at the next paragraph; an appendix pointer is not a task', () => {
    expect(tasks[5]).toMatchObject({ section: 'II.2', ordinal: '-1', text: 'Giải quyết dứt điểm các vấn đề đô thị tồn tại kéo dài như ùn tắc giao thông, ngập úng và ô nhiễm không khí.' });
    expect(tasks.some((t) => /Phụ lục/.test(t.text))).toBe(false);
  });
});

describe('"+" sub-bullets, lead-ins ending in ":" and the note "(Phụ lục … kèm theo)"', () => {
  const doc = `II. NỘI DUNG
1. Triển khai các hoạt động thông tin đối ngoại
Triển khai thực hiện Kế hoạch năm 2024, bao gồm các nội dung sau:
- Tuyên truyền các nội dung về phát triển kinh tế - xã hội của Thành phố.
- Tiếp tục triển khai Quyết định số 1191/QĐ-TTg ngày 05/8/2020 của Thủ tướng Chính phủ, cụ thể:
+ Thực hiện các sản phẩm tuyên truyền, quảng bá hình ảnh Thủ đô;
+ Đấu tranh, phản bác các thông tin sai lệch của các thế lực thù địch;
(Phụ lục nhiệm vụ thực hiện Kế hoạch kèm theo)
III. KINH PHÍ THỰC HIỆN
Ngân sách nhà nước theo phân cấp.
IV. TỔ CHỨC THỰC HIỆN
1. Các cơ quan báo chí Thành phố
- Tổ chức tuyên truyền, phản ánh kịp thời những thông tin quan trọng.
- Báo Kinh tế và Đô thị: Tăng cường thông tin bằng tiếng Anh trên chuyên trang.
`;
  const tasks = extractTasks(rawLines(doc), { province: 'Hà Nội' });

  test('a bullet ending in "cụ thể:" heads its "+" sub-bullets, which are the tasks', () => {
    expect(tasks.map((t) => [t.section, t.ordinal])).toEqual([
      ['II.1', '-1'],
      ['II.1.-2', '+1'],
      ['II.1.-2', '+2'],
      ['IV.1', '-1'],
      ['IV.1', '-2'],
    ]);
  });
  test('the note pointing to the appendix does not end the body: section IV is read, leads from its headings', () => {
    expect(tasks[3].leadRaw).toEqual(['Các cơ quan báo chí Thành phố']);
    expect(tasks[4].leadRaw).toEqual(['Báo Kinh tế và Đô thị']);
    expect(tasks[2].text).not.toMatch(/Phụ lục/);
  });
});

// Where an assignee's name ends: before "khi" (a condition: travinh.gov.vn, Công văn 1127-CV/HU of Càng Long, 2022) and
// before the verbs "lựa chọn" and "hoàn chỉnh" (moj.gov.vn, Hướng dẫn 26-HD/BTCTW on Chỉ thị 35-CT/TW).
describe('inlineAssignment: where the name ends', () => {
  it.each([
    ['các Đảng bộ trực thuộc Huyện ủy khi thực hiện việc thông qua nhân sự, văn kiện Đại hội điểm phải mời các đồng chí Ủy viên', ['các Đảng bộ trực thuộc Huyện ủy']],
    ['Ban thường vụ cấp ủy các cấp lựa chọn hình thức tổ chức hội nghị triển khai, quán triệt Chỉ thị 35 của Bộ Chính trị', ['Ban thường vụ cấp ủy các cấp']],
    ['các đơn vị hoàn chỉnh báo cáo và phụ lục gửi về Ban Thường vụ Huyện ủy', ['các đơn vị']],
  ])('%s', (text, lead) => expect(inlineAssignment(text).lead).toEqual(lead));
});

// A task opening with its coordinators ("Phối hợp với …", capitalised as the item's first word): lines of corpus plans (Hà Nội's plan on
// culture, a plan on Kết luận 57); the name ends before "khi" (a condition) as an assignee's does.
describe('inlineAssignment: an item opening with "Phối hợp với …"', () => {
  it.each([
    ['Phối hợp với Bộ Thông tin và Truyền thông triển khai Kết luận số 57-KL/TW', ['Bộ Thông tin và Truyền thông']],
    ['Phối hợp với Bộ, ngành Trung ương khi Việt Nam đăng cai tổ chức các sự kiện quốc tế lớn về văn hóa', ['Bộ, ngành Trung ương']],
    ['Phối hợp Ban Tuyên giáo Thành ủy tổ chức các lớp tập huấn, bồi dưỡng', ['Ban Tuyên giáo Thành ủy']],
  ])('%s', (text, coordinators) => expect(inlineAssignment(text).coordinators).toEqual(coordinators));
});

// baobinhduong.vn, the Prime Minister's direction on Dầu Tiếng lake: the coordinators' list ends before what they do,
// "có biện pháp …" (take measures).
describe('inlineAssignment: "có biện pháp" ends a name', () => {
  it('"… phối hợp với …, UBND các tỉnh Tây Ninh, Bình Dương, Bình Phước có biện pháp chấn chỉnh …"', () => {
    expect(inlineAssignment('Bộ Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Bộ Tài nguyên và Môi trường, UBND tỉnh Bình Phước có biện pháp chấn chỉnh những tồn tại').coordinators).toEqual(['Bộ Tài nguyên và Môi trường', 'UBND tỉnh Bình Phước']);
  });
});
