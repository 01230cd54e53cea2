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
  test('body: 88 bullets in "II. NHIỆM VỤ CỤ THỂ" and 9 assignments in "III. TỔ CHỨC THỰC HIỆN"', () => {
    expect(body.filter((t) => t.section?.startsWith('II.'))).toHaveLength(88);
    expect(body.filter((t) => t.section === 'III' || t.section?.startsWith('III.'))).toHaveLength(9);
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
