/**
 * Rows of the corpus appendix tables that were read wrong and were checked by hand against the text after the
 * fix. Each names the PDF quirk that caused it, so a regression points at the rule that broke.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { resolveAgency } from '../../../src/ingest/agencies';
import { parseDeadline } from '../../../src/ingest/deadline';
import { rawLines } from '../../../src/ingest/tables';
import { type RawTask, deadlineInText, extractTasks } from '../../../src/ingest/tasks';

const tasksOf = (name: string, province: string) =>
  extractTasks(rawLines(readFileSync(join(__dirname, '../../../data/corpus', name), 'utf8')), { province });
const row = (tasks: RawTask[], section: string, ordinal: string) => {
  const found = tasks.filter((t) => t.source === 'TABLE' && t.section === section && t.ordinal === ordinal);
  expect(found).toHaveLength(1);
  return found[0];
};

describe('000 Phụ lục II (PDF, cells interleaved with text at page breaks)', () => {
  const tasks = tasksOf('000_ff94fe3dc6f778e9.txt', 'Hà Nội');

  test('II.7: text ending "… hướng vào các" resumes after the cells, so "Ngân hàng Nhà nước" is the lead; "Khu vực 1" printed after the text ends the name', () => {
    const r = row(tasks, 'PL2.II', '7');
    expect(r.leadRaw).toEqual(['Ngân hàng Nhà nước Việt Nam chi nhánh Khu vực 1']);
    expect(r.coordinatorsRaw).toEqual(['Các Sở, ngành, đơn vị liên quan']);
    expect(r.outputRaw).toBeNull();
    expect(r.deadlineRaw).toBe('Thường xuyên');
    expect(r.text).toMatch(/hướng vào các lĩnh vực sản xuất/);
  });
  test('II.14: "Sở Khoa học và" … "Công nghệ" (after the text resumes) rejoin in the lead cell, not the output', () => {
    const r = row(tasks, 'PL2.II', '14');
    expect(r.leadRaw).toEqual(['Sở Tài chính', 'Sở Công Thương', 'Sở Khoa học và Công nghệ']);
    expect(r.outputRaw).toBe('Cơ chế/chính sách');
    expect(r.deadlineRaw).toBe('2026');
  });
  test('II.16 and V.19: wrapped lead and a coordinating cell printed after the text', () => {
    expect(row(tasks, 'PL2.II', '16')).toMatchObject({ leadRaw: ['Sở Văn hóa và Thể thao'], coordinatorsRaw: ['Các Sở, ngành liên quan'], deadlineRaw: '2025' });
    expect(row(tasks, 'PL2.V', '19')).toMatchObject({ leadRaw: ['Sở Y tế'], coordinatorsRaw: ['Các Sở, ngành, đơn vị liên quan'], outputRaw: 'Kế hoạch', deadlineRaw: 'Khi Bộ Y tế ban hành' });
  });
  test('III.5 and III.8: full-width text lines that open with "2045. Triển khai" or "Công an nhân dân đến năm" are text, not cells', () => {
    const iii5 = row(tasks, 'PL2.III', '5');
    expect(iii5).toMatchObject({ leadRaw: ['Văn phòng UBND Thành phố'], coordinatorsRaw: ['Các Sở, ngành, đơn vị liên quan'], outputRaw: 'Báo cáo', deadlineRaw: 'Theo kế hoạch đề ra' });
    expect(iii5.text).toMatch(/Tầm nhìn ASEAN 2045\. Triển khai Kết luận số 125-KL\/TW/);
    const iii8 = row(tasks, 'PL2.III', '8');
    expect(iii8).toMatchObject({ leadRaw: ['Công an Thành phố'], coordinatorsRaw: ['Các Sở, ngành, đơn vị liên quan'], outputRaw: null, deadlineRaw: 'Hàng năm' });
  });
  test('III.12: two named agencies before the collective one are both leads', () => {
    expect(row(tasks, 'PL2.III', '12').leadRaw).toEqual(['Bộ Tư lệnh Thủ đô', 'Công an Thành phố']);
  });
});

describe('003 Phụ lục 03 (PDF, single-line rows with glued cells)', () => {
  const tasks = tasksOf('003_81e56d6d2d7be6de.txt', 'Hà Nội');

  test('V.83: "xây dựng Trung tâm xạ trị …" is the object of the task, the lead is "Sở Y tế"', () => {
    const r = row(tasks, 'PL3.V', '83');
    expect(r.text).toBe('Dự án xây dựng Trung tâm xạ trị ngang tầm quốc tế');
    expect(r.leadRaw).toEqual(['Sở Y tế']);
  });
  test('V.84: "Trên 98%" is the expected result, not part of "UBND xã, phường"', () => {
    expect(row(tasks, 'PL3.V', '84')).toMatchObject({ coordinatorsRaw: ['Các sở, ban, ngành', 'UBND xã, phường'], outputRaw: 'Trên 98%', deadlineRaw: '2030' });
  });
  test('VII.99: an output broken over two lines ("Chương" / "trình,") is not glued to the coordinators', () => {
    expect(row(tasks, 'PL3.VII', '99')).toMatchObject({ coordinatorsRaw: ['Các sở, ban, ngành', 'UBND xã, phường'], outputRaw: 'Chương trình' });
  });
  test('I.3 and III.42: "chuyển đổi số" and "những năm tiếp theo" end the text; the next line is the lead', () => {
    expect(row(tasks, 'PL3.I', '3')).toMatchObject({ leadRaw: ['Sở Nội vụ'], coordinatorsRaw: ['Sở Khoa học và Công nghệ', 'UBND xã, phường'] });
    expect(row(tasks, 'PL3.III', '42').leadRaw).toEqual(['Sở Du lịch']);
  });
  test('VIII.109: "Thường" / "xuyên" is a deadline word pair, so the glued lead and coordinators are split off the text', () => {
    const r = row(tasks, 'PL3.VIII', '109');
    expect(r.text).toBe('Kết nối các doanh nghiệp Hà Nội với thị trường quốc tế');
    expect(r).toMatchObject({ leadRaw: ['Sở Công Thương'], coordinatorsRaw: ['Các sở, ban, ngành'] });
  });
  test('III.29: "BQL KCNC&KCN;" / "Các sở, ban, ngành" is one coordinating list; "Trước IV/2027" is before the fourth quarter', () => {
    const r = row(tasks, 'PL3.III', '29');
    expect(r.leadRaw).toEqual(['Sở Khoa học và Công nghệ']);
    expect(r.coordinatorsRaw).toEqual(['BQL KCNC&KCN', 'Các sở, ban, ngành']);
    const d = parseDeadline(r.deadlineRaw!);
    expect([d.kind, d.start, d.end]).toEqual(['PERIOD', null, '2027-09-30']);
  });
});

describe('004 Phụ lục (PDF, deadline before lead, groups by lead agency)', () => {
  const tasks = tasksOf('004_69d632b598cfaa69.txt', 'Hà Nội');

  test('IX.1: a coordinating cell numbered "(1)(3)(5)(9)…, (2) …" is one list of coordinators, the lead stays alone', () => {
    const r = row(tasks, 'PL.IX', '1');
    expect(r.leadRaw).toEqual(['Liên hiệp các tổ chức hữu nghị thành phố Hà Nội']);
    expect(r.coordinatorsRaw.slice(0, 6)).toEqual(['Đại sứ quán các nước', 'Sở Du lịch', 'huyện Sóc Sơn', 'quận Tây Hồ', 'Sở Văn hóa và Thể thao', 'Báo Hànộimới']);
    expect(r.text).toMatch(/\(13\)Tập huấn, đào tạo kiến thức đối ngoại nhân dân\.$/);
  });
  test('IX.2: "…, các đơn" / "vị liên quan và Ủy ban Hòa bình" rejoin; the text after a repeated header is kept', () => {
    const r = row(tasks, 'PL.IX', '2');
    expect(r.coordinatorsRaw).toEqual(['Sở Văn hóa và thể thao', 'các đơn vị liên quan', 'Ủy ban Hòa bình Thành phố']);
    expect(r.text).toMatch(/Kỷ niệm 70 năm Ngày Giải phóng Thủ đô/);
  });
  test('IX.3: header words repeated at a page break without their "TT" line are not a coordinator', () => {
    const r = row(tasks, 'PL.IX', '3');
    expect(r.leadRaw).toEqual(['Liên hiệp các tổ chức hữu nghị thành phố Hà Nội']);
    expect(r.coordinatorsRaw.join('; ')).not.toMatch(/thời gian|phụ trách/);
  });
  test('VIII.1: a long coordinating list ("BQL các Khu" / "công nghiệp và chế xuất HN;" …) stays one cell', () => {
    const r = row(tasks, 'PL.VIII', '1');
    expect(r.leadRaw).toEqual(['Sở Kế hoạch và Đầu tư']);
    expect(r.coordinatorsRaw).toContain('BQL các Khu công nghiệp và chế xuất HN');
    expect(r.text).toMatch(/trên địa bàn thành phố\.$/);
  });
  test('IV.7: "Quý III hoặc Quý IV/2024": the year written once dates both quarters', () => {
    const d = parseDeadline(row(tasks, 'PL.IV', '7').deadlineRaw!);
    expect([d.kind, d.start, d.end]).toEqual(['PERIOD', '2024-07-01', '2024-12-31']);
  });
  test('X.4: "Viện nghiên cứu Phát triển kinh tế -" finished by "xã hội Hà Nội" printed after the text', () => {
    expect(row(tasks, 'PL.X', '4').leadRaw).toEqual(['Viện nghiên cứu Phát triển kinh tế - xã hội Hà Nội']);
  });
});

describe('agency spellings of one body resolve to one key', () => {
  const key = (s: string) => resolveAgency(s, 'Hà Nội').key;
  test('"Sở Văn hóa và thể thao" (a wrapped cell) is "Sở Văn hóa và Thể thao"', () => {
    expect(resolveAgency('Sở Văn hóa và thể thao', 'Hà Nội').name).toBe('Sở Văn hóa và Thể thao');
  });
  test('"BQL Khu CNC&KCN" = "Ban Quản lý các Khu công nghệ cao và Khu công nghiệp Thành phố"', () => {
    expect(key('BQL Khu CNC&KCN')).toBe(key('Ban Quản lý các Khu công nghệ cao và Khu công nghiệp Thành phố'));
    expect(key('BQL khu CNC&KCN')).toBe(key('BQL KCNC&KCN'));
  });
  test('a State Bank branch is local, whether or not "Việt Nam" is written', () => {
    expect(key('Ngân hàng Nhà nước Việt Nam chi nhánh Khu vực 1')).toBe(key('Ngân hàng Nhà nước chi nhánh Khu vực 1'));
    expect(resolveAgency('Ngân hàng Nhà nước Việt Nam', 'Hà Nội').province).toBeNull();
  });
  test('types: "Hội đồng KH&CN" is no mass organisation, "Cục Thống kê" is a department, "UBND phường liên quan" a group', () => {
    expect(resolveAgency('Hội đồng KH&CN Thành phố', 'Hà Nội')).toMatchObject({ name: 'Hội đồng Khoa học và Công nghệ Thành phố', type: 'OTHER' });
    expect(resolveAgency('Cục Thống kê Thành phố', 'Hà Nội').type).toBe('DEPARTMENT');
    expect(resolveAgency('UBND phường liên quan', 'Hà Nội').type).toBe('GROUP');
    expect(resolveAgency('Liên hiệp các tổ chức hữu nghị thành phố Hà Nội', 'Hà Nội').type).toBe('MASS_ORGANISATION');
  });
});

describe('deadlines stated in body text', () => {
  test('"đến năm 2030" closing a cited title is its horizon, not the task\'s deadline', () => {
    expect(deadlineInText('Triển khai hiệu quả Đề án thúc đẩy xuất khẩu nông lâm thủy sản đến năm 2030 và đề xuất tầm nhìn')).toBeNull();
    expect(deadlineInText('Chiến lược phát triển giáo dục đến năm 2030, tầm nhìn đến năm 2045')).toBeNull();
  });
  test('"hoàn thành trong năm 2025", "định kỳ hằng năm (trước ngày 15/11)" are deadlines', () => {
    expect(deadlineInText('xây dựng kế hoạch hành động, hoàn thành trong năm 2025;')).toBe('hoàn thành trong năm 2025');
    expect(deadlineInText('định kỳ hằng năm (trước ngày 15/11) báo cáo UBND tỉnh')).toBe('định kỳ hằng năm (trước ngày 15/11)');
  });
});
