/**
 * Deadlines as written in task tables and bullets ("Thời gian hoàn thành", "Tiến độ").
 *
 * The cell is read as a set of time atoms (a day, a month, a quarter, a half-year, a year, a range of
 * years) plus modifiers ("Trước", "Đến", "Từ") and recurrence/ongoing/condition words. Several atoms
 * ("Tháng 3 và tháng 9/2026") give one period from the earliest start to the latest end.
 * Complexity: linear in the cell: one scan per atom pattern.
 */
import type { Deadline, DeadlineKind } from './model';
import { daysInMonth, foldDiacritics, isoDate } from './text';

export interface DeadlineContext {
  /** Year to assume when the cell gives none ("Quý IV", "Tháng 6"): usually the plan's year. */
  year?: number;
}

interface Atom {
  start: string | null;
  end: string | null;
  /** A single calendar day. */
  day: boolean;
  /** "Trước …" / "Đến …" / "Từ …" modifier in front of the atom. */
  mod: 'before' | 'until' | 'from' | null;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

const RECURRENCE: [RegExp, string][] = [
  [/\b(?:hang|moi) ngay\b/, 'DAILY'],
  [/\b(?:hang|moi) tuan\b/, 'WEEKLY'],
  [/\b(?:hang|moi) thang\b|\bdinh ky thang\b/, 'MONTHLY'],
  [/\b(?:hang|moi) quy\b|\bdinh ky quy\b|\btheo quy\b/, 'QUARTERLY'],
  [/\b(?:6 thang|sau thang|nua nam) (?:mot lan|\/ ?lan)\b|\bdinh ky 6 thang\b|\b(?:hang|moi) 6 thang\b/, 'SEMIANNUAL'],
  [/\b(?:hang|moi) nam\b|\bdinh ky (?:hang )?nam\b|\bcac nam tiep theo\b|\bnhung nam tiep theo\b/, 'YEARLY'],
  // "định kỳ báo cáo Bộ Chính trị": recurring, the period not stated.
  [/\bdinh ky\b/, 'PERIODIC'],
];
const ONGOING = /\b(?:thuong xuyen|ca nam|lien tuc|hang ngay|suot (?:nam|giai doan|nhiem ky)|trong nhiem ky|ca nhiem ky|ca giai doan)\b/;
const CONDITIONAL = /^(?:khi|ngay sau khi|sau khi|ngay khi|theo (?:yeu cau|chi dao|de nghi|tien do|ke hoach|lo trinh|huong dan|quy dinh|thong bao)|tuy (?:theo|tinh hinh)|tuy thuoc|neu|trong truong hop|can cu)\b/;

/** Parse a deadline/schedule cell. Unknown text gives UNSPECIFIED with the raw kept. */
export function parseDeadline(raw: string, context: DeadlineContext = {}): Deadline {
  const clean = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
  const f = foldDiacritics(clean).replace(/[–—‐]/g, '-');
  const base: Deadline = { raw, kind: 'UNSPECIFIED', start: null, end: null, recurrence: null, condition: null };
  if (!f) return base;
  // "Năm 2027 (sau khi … Quy hoạch … đến năm 2030, tầm nhìn đến năm 2050)": a parenthesis explains the
  // deadline; its years date something else unless nothing outside it is a date.
  const outside = f.replace(/\([^)]*\)/g, ' ');
  const outsideAtoms = readAtoms(outside, context.year);
  const atoms = outsideAtoms.length ? outsideAtoms : readAtoms(f, context.year);
  const recurrence = RECURRENCE.find(([re]) => re.test(f))?.[1] ?? null;
  const range = combine(atoms);
  if (CONDITIONAL.test(f)) {
    return { ...base, kind: 'CONDITIONAL', condition: clean, start: range.start, end: range.end };
  }
  if (recurrence) {
    // "Năm 2025 và các năm tiếp theo": starts in 2025, no end.
    // A recurrence anchored on one year ("2025/ Định kỳ hàng năm") starts then and has no end.
    const oneYear = range.start !== null && range.end !== null && range.start.slice(0, 4) === range.end.slice(0, 4);
    const open = /\b(?:cac|nhung) nam tiep theo\b/.test(f) || oneYear;
    return { ...base, kind: 'RECURRING', recurrence, start: range.start, end: open ? null : range.end };
  }
  if (atoms.length) {
    const kind: DeadlineKind = atoms.length === 1 && atoms[0].day && !atoms[0].mod ? 'DATE' : 'PERIOD';
    return { ...base, kind, start: range.start, end: range.end };
  }
  if (ONGOING.test(f)) {
    const y = context.year;
    // "Cả năm" in a yearly plan is that year.
    const whole = y && /\bca nam\b/.test(f) ? { start: isoDate(y, 1, 1), end: isoDate(y, 12, 31) } : { start: null, end: null };
    return { ...base, kind: 'ONGOING', ...whole };
  }
  if (/\bsau\b|\bkhi\b/.test(f)) return { ...base, kind: 'CONDITIONAL', condition: clean };
  return base;
}

/** Earliest start and latest end over the atoms, applying their modifiers. */
function combine(atoms: Atom[]): { start: string | null; end: string | null } {
  if (!atoms.length) return { start: null, end: null };
  let start: string | null = null;
  let end: string | null = null;
  let open = false;
  for (const a of atoms) {
    let s = a.start;
    let e = a.end;
    if (a.mod === 'before') {
      // "Trước 30/6/2026": due by that day; "Trước năm 2030": before the year starts.
      e = a.day ? a.end : dayBefore(a.start);
      s = null;
      open = true;
    } else if (a.mod === 'until') {
      s = null;
      open = true;
    } else if (a.mod === 'from') {
      e = null;
    }
    if (s && (!start || s < start)) start = s;
    if (e && (!end || e > end)) end = e;
  }
  if (open && atoms.every((a) => a.mod === 'before' || a.mod === 'until')) start = null;
  if (atoms.some((a) => a.mod === 'from') && atoms.every((a) => a.mod === 'from')) end = null;
  return { start, end };
}

function dayBefore(iso: string | null): string | null {
  if (!iso) return null;
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

function yearOk(y: number): boolean {
  return y >= 1945 && y <= 2100;
}

/** Read time atoms left to right, blanking each match so a year inside a date is not read twice. */
function readAtoms(f: string, planYear: number | undefined): Atom[] {
  // "Quý III hoặc Quý IV/2024", "Tháng 3 và tháng 9/2026": the year written once in the cell dates its
  // other parts too; only a cell with no year at all falls back to the plan's year.
  const years = [...f.matchAll(/(?<!\d)(?:19|20)\d\d(?!\d)/g)].map((m) => +m[0]);
  const ctxYear = years.length && new Set(years).size === 1 ? years[0] : planYear;
  let s = f;
  const found: { at: number; atom: Atom }[] = [];
  const take = (re: RegExp, make: (m: RegExpExecArray) => Omit<Atom, 'mod'> | null) => {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s))) {
      const a = make(m);
      if (a) {
        const before = s.slice(Math.max(0, m.index - 12), m.index);
        const mod = /\btruoc(?: ngay| thang| quy| nam)?\s*$/.test(before)
          ? 'before'
          : /\b(?:den|toi)(?: het)?(?: ngay| thang| quy| nam)?\s*$/.test(before)
            ? 'until'
            : /\b(?:tu|bat dau tu|ke tu)(?: ngay| thang| quy| nam)?\s*$/.test(before)
              ? 'from'
              : null;
        found.push({ at: m.index, atom: { ...a, mod } });
        s = s.slice(0, m.index) + ' '.repeat(m[0].length) + s.slice(m.index + m[0].length);
      }
      re.lastIndex = m.index + Math.max(1, m[0].length);
    }
  };
  const day = (d: number, mo: number, y: number | undefined) => {
    if (!y || !yearOk(y)) return null;
    const iso = isoDate(y, mo, d);
    return iso ? { start: iso, end: iso, day: true } : null;
  };
  // A month or quarter without a year ("Tháng 1", "Quý III") in a plan whose year is unknown is still a
  // period: the kind is known even though its dates are not.
  const undated = { start: null, end: null, day: false };
  const month = (mo: number, y: number | undefined) => {
    if (mo < 1 || mo > 12) return null;
    if (!y) return undated;
    if (!yearOk(y)) return null;
    return { start: isoDate(y, mo, 1), end: isoDate(y, mo, daysInMonth(y, mo)), day: false };
  };
  const quarter = (q: number, y: number | undefined) => {
    if (q < 1 || q > 4) return null;
    if (!y) return undated;
    if (!yearOk(y)) return null;
    const m0 = (q - 1) * 3 + 1;
    return { start: isoDate(y, m0, 1), end: isoDate(y, m0 + 2, daysInMonth(y, m0 + 2)), day: false };
  };
  const num = (x: string | undefined) => (x ? Number(x) : undefined);

  // Days: "31/12/2025", "ngày 30 tháng 6 năm 2026", then day-month without year ("15/11").
  take(/\b(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\b/g, (m) => day(+m[1], +m[2], +m[3]));
  take(/\bngay (\d{1,2}) thang (\d{1,2}) nam (\d{4})\b/g, (m) => day(+m[1], +m[2], +m[3]));
  take(/\bngay (\d{1,2})\s*(?:\/|thang)\s*(\d{1,2})\b(?!\s*[/.-]?\s*\d)/g, (m) => day(+m[1], +m[2], ctxYear));
  // Half-years: "6 tháng đầu năm 2026", "6 tháng cuối năm".
  take(/\b(?:6|sau) thang (dau|cuoi) nam(?: (\d{4}))?\b/g, (m) => {
    const y = num(m[2]) ?? ctxYear;
    if (!y || !yearOk(y)) return null;
    return m[1] === 'dau' ? { start: isoDate(y, 1, 1), end: isoDate(y, 6, 30), day: false } : { start: isoDate(y, 7, 1), end: isoDate(y, 12, 31), day: false };
  });
  // Quarters: "Quý IV/2026", "quý 2 năm 2026", "Quý III"; "IV/2027" (the word dropped) is a quarter too.
  take(/(?<![\w/])(iv|i{1,3})\s*\/\s*(\d{4})\b/g, (m) => quarter(ROMAN[m[1]], +m[2]));
  take(/\bquy (iv|i{1,3}|[1-4])\b(?:\s*(?:\/|-|nam)\s*(\d{4})\b)?/g, (m) => quarter(ROMAN[m[1]] ?? +m[1], num(m[2]) ?? ctxYear));
  // Months: "Tháng 4/2026", "tháng 4 năm 2026", "tháng 12".
  take(/\bthang (\d{1,2})\b(?:\s*(?:\/|-|nam)\s*(\d{4})\b)?/g, (m) => month(+m[1], num(m[2]) ?? ctxYear));
  take(/(?<![\d/])(\d{1,2})\s*\/\s*(\d{4})\b/g, (m) => month(+m[1], +m[2]));
  // Year ranges: "2026-2030", "giai đoạn 2026 - 2030", "từ năm 2026 đến năm 2030".
  take(/\b(\d{4})\s*(?:-|den(?: nam)?)\s*(\d{4})\b/g, (m) => {
    const a = +m[1];
    const b = +m[2];
    return yearOk(a) && yearOk(b) && a <= b ? { start: isoDate(a, 1, 1), end: isoDate(b, 12, 31), day: false } : null;
  });
  // Single years: "Năm 2025", "2025".
  take(/\b(\d{4})\b/g, (m) => (yearOk(+m[1]) ? { start: isoDate(+m[1], 1, 1), end: isoDate(+m[1], 12, 31), day: false } : null));
  return found.sort((a, b) => a.at - b.at).map((x) => x.atom);
}
