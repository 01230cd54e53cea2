/**
 * Counts and spot checks pinned by reading the corpus files by hand (rows counted, not max ordinal:
 * ordinals skip in 000 Phụ lục I and 001, and repeat in 003 Phụ lục 03).
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { rawLines } from '../../../src/ingest/tables';
import { type RawTask, extractTasks } from '../../../src/ingest/tasks';
import { extractIndicators } from '../../../src/ingest/indicators';

const read = (name: string) => rawLines(readFileSync(join(__dirname, '../../../data/corpus', name), 'utf8'));
const row = (tasks: RawTask[], section: string, ordinal: string) => {
  const found = tasks.filter((t) => t.source === 'TABLE' && t.section === section && t.ordinal === ordinal);
  expect(found).toHaveLength(1);
  return found[0];
};

describe('000 Hà Nội plan for 59-NQ/TW (PDF text)', () => {
  const lines = read('000_ff94fe3dc6f778e9.txt');
  const tasks = extractTasks(lines, { province: 'Hà Nội' });
  const table = tasks.filter((t) => t.source === 'TABLE');
  const body = tasks.filter((t) => t.source === 'BODY');

  test('Phụ lục II has 98 task rows in groups I–VII (5, 22, 13, 20, 24, 5, 9)', () => {
    expect(table).toHaveLength(98);
    const per = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII'].map((g) => table.filter((t) => t.section === `PL2.${g}`).length);
    expect(per).toEqual([5, 22, 13, 20, 24, 5, 9]);
  });
  // Hand count: 88 "-" bullets in "II. NHIỆM VỤ CỤ THỂ" plus the lead-in paragraph of II.4 ("Triển khai hiệu quả
  // Nghị quyết số 57-NQ/TW … Để thực hiện các mục tiêu đề ra, cần tập trung vào các nhóm giải pháp trọng tâm sau:"),
  // which Phụ lục II restates as row IV.1; the headings 4.1–4.4 ending in ":" are not tasks. Section III: 9 items.
  test('body: 89 tasks in "II. NHIỆM VỤ CỤ THỂ" and 9 assignments in "III. TỔ CHỨC THỰC HIỆN"', () => {
    expect(body.filter((t) => t.section?.startsWith('II.'))).toHaveLength(89);
    expect(body.filter((t) => t.section === 'III' || t.section?.startsWith('III.'))).toHaveLength(9);
  });
  test('the multi-sentence lead-in of II.4 is a task, restated by Phụ lục II row IV.1; "4.1. …:" headings are not', () => {
    const leadIn = body.find((t) => t.text.startsWith('Triển khai hiệu quả Nghị quyết số 57-NQ/TW'));
    expect(leadIn?.sameAsIndex).toBe(tasks.indexOf(row(tasks, 'PL2.IV', '1')));
    expect(body.some((t) => /^(?:Xây dựng chương trình thu hút chuyên gia|Đẩy mạnh số hóa và quốc tế hóa)/.test(t.text))).toBe(false);
    // the bullet before "4.2." no longer swallows that heading
    expect(body.find((t) => t.text.startsWith('Tổ chức định kỳ các sự kiện'))?.text).toMatch(/kết nối mạng lưới\.$/);
  });
  test('spot checks of lead, coordinating agencies and deadline', () => {
    expect(row(tasks, 'PL2.I', '1')).toMatchObject({ leadRaw: ['Sở Công Thương'], deadlineRaw: 'Hàng năm' });
    expect(row(tasks, 'PL2.I', '3')).toMatchObject({ leadRaw: ['Văn phòng UBND Thành phố'], deadlineRaw: 'Khi Bộ Ngoại giao ban hành' });
    const ii5 = row(tasks, 'PL2.II', '5');
    expect(ii5.leadRaw).toEqual(['Sở Công Thương']);
    expect(ii5.coordinatorsRaw).toContain('Công an Thành phố');
    expect(ii5.deadlineRaw).toBe('Sau khi Bộ Công Thương ban hành');
    expect(row(tasks, 'PL2.III', '6')).toMatchObject({ leadRaw: ['Bộ Tư lệnh Thủ đô', 'Công an Thành phố'], deadlineRaw: 'Định kỳ hằng năm' });
    expect(row(tasks, 'PL2.IV', '14')).toMatchObject({ leadRaw: ['Sở Khoa học và Công nghệ'], outputRaw: 'Đề án được phê duyệt và triển khai', deadlineRaw: '2026' });
    expect(row(tasks, 'PL2.VI', '5')).toMatchObject({ outputRaw: 'Báo cáo', deadlineRaw: '2026-2030' });
  });
  test('body bullets repeated in Phụ lục II are linked to their rows', () => {
    const first = body.find((t) => t.text.startsWith('Xây dựng, tổ chức triển khai chương trình tuyên truyền'));
    expect(first?.sameAsIndex).toBe(tasks.indexOf(row(tasks, 'PL2.I', '1')));
  });
  test('Phụ lục I: 21 indicator rows (ordinal 5 is skipped), target year 2030', () => {
    const inds = extractIndicators(lines, { province: 'Hà Nội' });
    expect(inds).toHaveLength(21);
    expect(inds.map((i) => i.ordinal)).not.toContain('5');
    expect(inds.every((i) => i.period === '2030')).toBe(true);
    expect(inds.find((i) => i.ordinal === '2')).toMatchObject({ unit: '%', value: 30, comparator: '≥', agencyRaw: 'Sở Công Thương' });
    expect(inds.find((i) => i.ordinal === '6')).toMatchObject({ target: '≥ 21[1]', value: 21 });
    expect(inds.find((i) => i.ordinal === '12')).toMatchObject({ unit: 'Thứ bậc', target: 'Đứng đầu cả nước', value: null });
  });
});

describe('001 Cần Thơ plan 35/KH-UBND (DOCX, tab-separated)', () => {
  const tasks = extractTasks(read('001_51b8acb16028c0b2.txt'), { province: 'Cần Thơ' });
  const table = tasks.filter((t) => t.source === 'TABLE');
  test('86 task rows (ordinals skip, e.g. III.9 → III.14)', () => {
    expect(table).toHaveLength(86);
  });
  test('spot checks', () => {
    expect(row(tasks, 'PL.I', '1')).toMatchObject({ leadRaw: ['Sở Ngoại vụ'], deadlineRaw: '2025', outputRaw: 'Văn bản triển khai' });
    expect(row(tasks, 'PL.I', '1').coordinatorsRaw).toEqual(['Sở Văn hóa, Thể thao và Du lịch', 'Sở, ban ngành có liên quan', 'UBND xã, phường']);
    expect(row(tasks, 'PL.III', '14')).toMatchObject({ deadlineRaw: '2025/ Định kỳ hàng năm' });
    expect(row(tasks, 'PL.VII', '10')).toMatchObject({ leadRaw: ['Trung tâm Xúc tiến ĐT-TM&HCTL Cần Thơ'], deadlineRaw: 'Hằng năm' });
  });
  test('a row cut by a page break keeps its continuation text', () => {
    expect(row(tasks, 'PL.II', '1').text).toMatch(/tầm nhìn đến năm 2045\.$/);
  });
});

describe('002 Hà Tĩnh plan (no appendix)', () => {
  const tasks = extractTasks(read('002_6c287b3e803201b8.txt'), { province: 'Hà Tĩnh' });
  test('54 body tasks: 32 bullets in section II, 22 assignments in section III', () => {
    expect(tasks).toHaveLength(54);
    expect(tasks.filter((t) => t.section?.startsWith('II.'))).toHaveLength(32);
  });
  test('bullets under "4. Sở Khoa học và Công nghệ" are led by it', () => {
    const khcn = tasks.filter((t) => t.section === 'III.4');
    expect(khcn).toHaveLength(3);
    expect(khcn.every((t) => t.leadRaw.join() === 'Sở Khoa học và Công nghệ')).toBe(true);
  });
});

describe('003 Hà Nội Đảng ủy UBND plan (PDF, broken diacritics)', () => {
  const lines = read('003_81e56d6d2d7be6de.txt');
  const tasks = extractTasks(lines, { province: 'Hà Nội' });
  // Hand count of the body (read line by line): "II. NỘI DUNG THỰC HIỆN" is written in paragraphs under eight
  // numbered topics (the topic lines themselves are titles, the section's opening "Trung ương đã ban hành …" is
  // context). Tasks: II.1 = 1 paragraph + (1)–(4) + 3 paragraphs = 8; II.2 = 3 paragraphs + 1 "-" bullet = 4;
  // II.3 = 5; II.4 = 5; II.5 = 5.1 and 5.2 with one further paragraph each = 4; II.6 = 6; II.7 = 3 bullets;
  // II.8 = 1 (the two "… tại Phụ lục … kèm theo Kế hoạch." pointers are not tasks) → 36. "III. TỔ CHỨC THỰC HIỆN":
  // 2 bullets under each of its 2 bodies → 4. Footnotes printed inside the text ("1 : (i). Ba trụ cột …") are not.
  test('body: 36 paragraph tasks in section II, 4 assignments in section III', () => {
    const body = tasks.filter((t) => t.source === 'BODY');
    expect(body.filter((t) => t.section?.startsWith('II.'))).toHaveLength(36);
    expect(body.filter((t) => t.section?.startsWith('III.'))).toHaveLength(4);
    const per = ['1', '2', '3', '4', '5', '6', '7', '8'].map((n) => body.filter((t) => t.section === `II.${n}` || t.section?.startsWith(`II.${n}.`)).length);
    expect(per).toEqual([8, 4, 5, 5, 4, 6, 3, 1]);
  });
  test('body spot checks: "(2) Tập trung nguồn lực …", a bullet among paragraphs, footnotes left out, leads in III', () => {
    const body = tasks.filter((t) => t.source === 'BODY');
    expect(body.find((t) => t.ordinal === '(2)')).toMatchObject({ section: 'II.1', coordinatorsRaw: ['Bộ Tư pháp'] });
    expect(body.find((t) => t.text.startsWith('Tập trung nguồn lực'))?.text).toMatch(/không gian phát triển mới cho Thủ đô\.$/);
    expect(body.find((t) => t.text.startsWith('Giải quyết dứt điểm 5 vấn đề đô thị'))).toMatchObject({ section: 'II.2', ordinal: '-1' });
    expect(body.find((t) => t.text.startsWith('Tăng cường bảo vệ môi trường'))?.section).toBe('II.2');
    expect(body.some((t) => /Ba trụ cột|Điểm nghẽn thể chế|^logistics/.test(t.text))).toBe(false);
    expect(body.find((t) => t.text.startsWith('Triển khai thực hiện Nghị quyết 57'))?.text).toMatch(/Chính phủ số\. Phát triển mạnh mẽ/);
    expect(body.some((t) => /tại Phụ lục 0[123] kèm theo/.test(t.text))).toBe(false);
    expect(body.find((t) => t.text.startsWith('Hằng năm, chỉ đạo'))).toMatchObject({ section: 'III.1', leadRaw: ['Ban Thường vụ Đảng ủy UBND Thành phố'], deadlineRaw: 'Hằng năm' });
    // Two addressees joined by "và": the Party committees and the socio-political organisations (issue 7, held-out-8 of copies).
    expect(body.find((t) => t.text.startsWith('Thường xuyên kiểm tra, đôn đốc'))?.leadRaw).toEqual(['Các cấp ủy Đảng trực thuộc', 'tổ chức chính trị-xã hội trực thuộc']);
  });
  test('Phụ lục 03 has 118 task rows (1–115 with 8, 9, 10 printed twice)', () => {
    expect(tasks.filter((t) => t.source === 'TABLE')).toHaveLength(118);
  });
  test('spot checks: quarter/month deadlines', () => {
    expect(row(tasks, 'PL3.I', '2')).toMatchObject({ text: 'Sửa đổi Luật Thủ đô năm 2024', leadRaw: ['Sở Tư pháp'], deadlineRaw: 'Tháng 4/2026' });
    expect(row(tasks, 'PL3.I', '1')).toMatchObject({ leadRaw: ['Sở Tài chính'], deadlineRaw: 'Quý I/2026' });
    expect(row(tasks, 'PL3.III', '11')).toMatchObject({ leadRaw: ['BQL Khu CNC&KCN'], outputRaw: 'Dự án', deadlineRaw: 'Quý III/2026' });
    expect(row(tasks, 'PL3.V', '70')).toMatchObject({ leadRaw: ['Sở Giáo dục và Đào tạo'], deadlineRaw: 'Quý II/2026' });
  });
  test('Phụ lục 01: 45 numbered indicator rows plus sub-rows; Phụ lục 02: 4 sectors plus sub-sectors', () => {
    const inds = extractIndicators(lines, { province: 'Hà Nội' });
    const pl1 = inds.filter((i) => i.table === 'PL1');
    const pl2 = inds.filter((i) => i.table === 'PL2');
    expect(pl1.filter((i) => i.ordinal && i.ordinal !== '-')).toHaveLength(45);
    expect(pl2.filter((i) => i.ordinal && i.ordinal !== '-')).toHaveLength(4);
    expect(pl2).toHaveLength(20);
    expect(inds.every((i) => i.period === '2026-2030')).toBe(true);
    expect(pl1.find((i) => i.name === 'Tăng trưởng GRDP bình quân')).toMatchObject({ value: 11, unit: '%', agencyRaw: 'Thống kê HN' });
    expect(pl1.find((i) => i.name === 'Tỷ lệ thất nghiệp')).toMatchObject({ value: 3, comparator: '<' });
    expect(pl1.find((i) => i.name === 'số năm sống khỏe')).toMatchObject({ value: 68, comparator: '≥' });
    expect(pl1.find((i) => i.ordinal === '22')).toMatchObject({ agencyRaw: 'BHXH TP', value: 100 });
    expect(pl2.find((i) => i.name === 'Công nghiệp')).toMatchObject({ value: 10.5, unit: '%/năm', group: 'Khu vực công nghiệp và xây dựng' });
  });
});

describe('004 Hà Nội foreign-information plan 2024 (columns: content, schedule, lead, coordinating)', () => {
  const tasks = extractTasks(read('004_69d632b598cfaa69.txt'), { province: 'Hà Nội' });
  // Hand count of the body: "II. NỘI DUNG" items 1–3 hold 4 + 2 + 2 "-" bullets; item 4 opens with a lead-in
  // ("… bao gồm các nội dung sau:") and holds 12 "-" bullets, two of which end in ":" and introduce "+" sub-bullets
  // (6 and 3): those two are headings, their sub-bullets tasks → 10 + 9 = 19; section II = 27. "III. KINH PHÍ" has
  // none. "IV. TỔ CHỨC THỰC HIỆN" (below the note "(Phụ lục nhiệm vụ thực hiện Kế hoạch kèm theo)", which does not end
  // the body): 7 + 4 + 3 + 3 + 3 bullets under its five bodies = 20. The closing "Trên đây là …" is not a task.
  const body = tasks.filter((t) => t.source === 'BODY');
  test('body: 27 tasks in section II and 20 in section IV', () => {
    expect(body.filter((t) => t.section?.startsWith('II.'))).toHaveLength(27);
    const iv = ['1', '2', '3', '4', '5'].map((n) => body.filter((t) => t.section === `IV.${n}`).length);
    expect(iv).toEqual([7, 4, 3, 3, 3]);
    expect(body).toHaveLength(47);
  });
  test('body spot checks: "+" sub-bullets under a "- …, cụ thể:" heading; leads from the agency headings of IV', () => {
    expect(body.some((t) => /^Tiếp tục triển khai Quyết định số 1191\/QĐ-TTg.*cụ thể:$/.test(t.text))).toBe(false);
    expect(body.some((t) => /^Triển khai thực hiện Kế hoạch tổ chức các hoạt động/.test(t.text))).toBe(false);
    expect(body.find((t) => t.text.startsWith('Đấu tranh, phản bác các thông tin sai lệch'))).toMatchObject({ section: 'II.4.-6', ordinal: '+2' });
    expect(body.find((t) => t.text.startsWith('Triển khai tuyên truyền công tác thông tin đối ngoại trên các ấn phẩm'))?.text).not.toMatch(/Phụ lục/);
    expect(body.find((t) => t.text.startsWith('Chủ trì tham mưu UBND Thành phố'))).toMatchObject({ section: 'IV.1', leadRaw: ['Sở Thông tin và Truyền thông'] });
    expect(body.find((t) => t.text.startsWith('Tham mưu Ban Chỉ đạo Công tác thông tin đối ngoại'))).toMatchObject({ section: 'IV.2', leadRaw: ['Ban Tuyên giáo Thành ủy'] });
    expect(body.find((t) => t.text.startsWith('Báo Kinh tế và Đô thị:'))?.leadRaw).toEqual(['Báo Kinh tế và Đô thị']);
  });
  test('53 task rows grouped by lead agency I–XI', () => {
    const table = tasks.filter((t) => t.source === 'TABLE');
    expect(table).toHaveLength(53);
    expect(new Set(table.map((t) => t.section)).size).toBe(11);
  });
  test('spot checks', () => {
    expect(row(tasks, 'PL.I', '1')).toMatchObject({ leadRaw: ['Sở Thông tin và Truyền thông'], deadlineRaw: 'Tháng 1' });
    expect(row(tasks, 'PL.I', '4').deadlineRaw).toBe('Quý III/2024');
    expect(row(tasks, 'PL.III', '6')).toMatchObject({ leadRaw: ['Sở Ngoại vụ'], coordinatorsRaw: ['Bộ Ngoại giao', 'Ban Tuyên giáo Thành ủy', 'Sở Tư pháp'], deadlineRaw: 'Trong năm 2024' });
    expect(row(tasks, 'PL.XI', '5')).toMatchObject({ leadRaw: ['Công an Thành phố'], deadlineRaw: 'Cả năm' });
  });
});
