import { parseDeadline } from '../../../src/ingest/deadline';

const d = (raw: string, year?: number) => {
  const r = parseDeadline(raw, { year });
  return [r.kind, r.start, r.end, r.recurrence];
};

describe('parseDeadline', () => {
  it('reads a date: "31/12/2025", "ngày 30 tháng 6 năm 2026"', () => {
    expect(d('31/12/2025')).toEqual(['DATE', '2025-12-31', '2025-12-31', null]);
    expect(d('ngày 30 tháng 6 năm 2026')).toEqual(['DATE', '2026-06-30', '2026-06-30', null]);
  });

  it('reads quarters and months: "Quý IV/2026", "Tháng 4/2026"', () => {
    expect(d('Quý IV/2026')).toEqual(['PERIOD', '2026-10-01', '2026-12-31', null]);
    expect(d('Quý 2 năm 2026')).toEqual(['PERIOD', '2026-04-01', '2026-06-30', null]);
    expect(d('Tháng 4/2026')).toEqual(['PERIOD', '2026-04-01', '2026-04-30', null]);
  });

  it('reads years and year ranges: "Năm 2025", "2025", "2026-2030", "Giai đoạn 2026 - 2030"', () => {
    expect(d('Năm 2025')).toEqual(['PERIOD', '2025-01-01', '2025-12-31', null]);
    expect(d('2025')).toEqual(['PERIOD', '2025-01-01', '2025-12-31', null]);
    expect(d('2026-2030')).toEqual(['PERIOD', '2026-01-01', '2030-12-31', null]);
    expect(d('Giai đoạn 2026 – 2030')).toEqual(['PERIOD', '2026-01-01', '2030-12-31', null]);
  });

  it('reads half-years and "before" deadlines: "6 tháng đầu năm 2026", "Trước 30/6/2026", "Từ nay đến 2030"', () => {
    expect(d('6 tháng đầu năm 2026')).toEqual(['PERIOD', '2026-01-01', '2026-06-30', null]);
    expect(d('Trước 30/6/2026')).toEqual(['PERIOD', null, '2026-06-30', null]);
    expect(d('Từ nay đến 2030')).toEqual(['PERIOD', null, '2030-12-31', null]);
  });

  it('uses the plan year when the cell gives none: "Quý III"', () => {
    expect(d('Quý III', 2024)).toEqual(['PERIOD', '2024-07-01', '2024-09-30', null]);
    // without a year the dates are unknown, but it is still a period (not an unreadable cell)
    expect(d('Quý III')).toEqual(['PERIOD', null, null, null]);
    expect(d('Tháng 1')).toEqual(['PERIOD', null, null, null]);
  });

  it('"IV/2027" is a quarter with the word "Quý" dropped; "Trước IV/2027" ends before it', () => {
    expect(d('Trước IV/2027')).toEqual(['PERIOD', null, '2027-09-30', null]);
  });

  it('a parenthesis explains the deadline: its years do not widen it', () => {
    expect(d('Năm 2027 (sau khi hoàn thành Quy hoạch đến năm 2030, tầm nhìn đến năm 2050)')).toEqual(['PERIOD', '2027-01-01', '2027-12-31', null]);
  });

  it('reads recurrences: "Hàng năm", "Hằng năm", "Định kỳ hằng năm", "Hàng quý"', () => {
    expect(d('Hàng năm')).toEqual(['RECURRING', null, null, 'YEARLY']);
    expect(d('Hằng năm')).toEqual(['RECURRING', null, null, 'YEARLY']);
    expect(d('Định kỳ hằng năm')).toEqual(['RECURRING', null, null, 'YEARLY']);
    expect(d('Hàng quý')).toEqual(['RECURRING', null, null, 'QUARTERLY']);
  });

  it('reads "Năm 2025 và các năm tiếp theo" as yearly from 2025, keeping raw', () => {
    const r = parseDeadline('Năm 2025 và các năm tiếp theo');
    expect(r).toEqual({ raw: 'Năm 2025 và các năm tiếp theo', kind: 'RECURRING', start: '2025-01-01', end: null, recurrence: 'YEARLY', condition: null });
  });

  it('reads ongoing work: "Thường xuyên", "Liên tục", "Cả năm" (the plan year when known)', () => {
    expect(d('Thường xuyên')).toEqual(['ONGOING', null, null, null]);
    expect(d('Liên tục')).toEqual(['ONGOING', null, null, null]);
    expect(d('Cả năm', 2024)).toEqual(['ONGOING', '2024-01-01', '2024-12-31', null]);
  });

  it('reads conditions: "Khi Bộ Ngoại giao ban hành", "Sau khi …"', () => {
    expect(parseDeadline('Khi Bộ Ngoại giao ban hành hướng dẫn')).toMatchObject({ kind: 'CONDITIONAL', condition: 'Khi Bộ Ngoại giao ban hành hướng dẫn' });
    expect(parseDeadline('Sau khi Đề án được phê duyệt')).toMatchObject({ kind: 'CONDITIONAL' });
  });

  it('leaves text it cannot read UNSPECIFIED with raw kept', () => {
    expect(parseDeadline('Báo cáo kết quả')).toEqual({ raw: 'Báo cáo kết quả', kind: 'UNSPECIFIED', start: null, end: null, recurrence: null, condition: null });
  });
});
