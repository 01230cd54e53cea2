import { rawLines } from '../../../src/ingest/tables';
import { extractTasks, toTasks } from '../../../src/ingest/tasks';

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
