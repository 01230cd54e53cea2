/**
 * Indicators (chỉ tiêu) from the indicator appendix tables: one per row, sub-row ("- Quy đổi USD") and
 * unnumbered row, with name, unit, target as written, the parsed value (Vietnamese decimal comma),
 * comparator, period, reporting agency (raw; the agencies module resolves "Thống kê HN", "BHXH TP") and
 * the parent grouping row.
 * Complexity: linear in a table's rows and a row's words: start-anchored classifiers read a fixed window of
 * the words that follow (text.ts `wordsFrom`), and a unit's end comes from a next-stop table built once per row.
 */
import type { Indicator, NormalisedLine, Span } from './model';
import { type Table, type TableRow, findTables, isAgencyStart, joinWrapped, spanOf, startsUpper } from './tables';
import { foldDiacritics, romanValue, wordsFrom } from './text';

export interface RawIndicator {
  /** Appendix the row sits in ("PL1"), for provenance. */
  table: string | null;
  ordinal: string | null;
  name: string;
  unit: string | null;
  target: string | null;
  value: number | null;
  valueMin: number | null;
  valueMax: number | null;
  comparator: Indicator['comparator'];
  period: string | null;
  /** Reporting / monitoring agency as written ("Thống kê HN"). */
  agencyRaw: string | null;
  /** Parent grouping: the parent row for a sub-row, else the Roman group heading. */
  group: string | null;
  span: Span;
}

// --- numbers -----------------------------------------------------------------------------------------

/**
 * A Vietnamese number: "11,0" → 11, "11.430,0" → 11430, "12.000" → 12000, "0,88" → 0.88.
 * Dots group thousands and the comma is the decimal mark; a lone dot before 1–2 digits is read as a
 * decimal point (text copied from English-locale pages).
 */
export function parseVietnameseNumber(s: string): number | null {
  const t = s.trim().replace(/\s+/g, '');
  if (!/^\d[\d.,]*$/.test(t)) return null;
  let n: string;
  if (t.includes(',')) n = t.replace(/\./g, '').replace(',', '.');
  else if (/^\d{1,3}(\.\d{3})+$/.test(t)) n = t.replace(/\./g, '');
  else n = t;
  const v = Number(n);
  return Number.isFinite(v) ? v : null;
}

// Comparators as the documents write them ("≥ 68"); ASCII spellings map onto the same symbols.
const COMPARATORS: Record<string, Indicator['comparator']> = {
  '≥': '≥', '>=': '≥', '≤': '≤', '<=': '≤', '<': '<', '>': '>', '=': '=',
};

/**
 * Value and comparator of a target as written. Only a plain (optionally compared) number, with an
 * optional "%" and footnote marker ("≥ 21[1]"), has a value; ranks ("≤ 65 Thế giới") and text targets keep
 * value null. A range ("65-70", "10 - 12%") has no single value but two bounds; a compared number has one.
 */
export function parseTarget(target: string): Pick<Indicator, 'value' | 'valueMin' | 'valueMax' | 'comparator'> {
  const none = { value: null, valueMin: null, valueMax: null, comparator: null };
  const t = target.replace(/\[\d+\]/g, '').replace(/\(\d+\)$/, '').trim();
  const range = /^(\d[\d.,]*)\s*%?\s*[-–÷]\s*(\d[\d.,]*)\s*%?$/.exec(t);
  if (range) {
    const [low, high] = [parseVietnameseNumber(range[1]), parseVietnameseNumber(range[2])];
    return low === null || high === null || low > high ? none : { value: null, valueMin: low, valueMax: high, comparator: null };
  }
  const m = /^(≥|≤|>=|<=|<|>|=)?\s*(\d[\d.,]*)\s*%?$/.exec(t);
  if (!m) return none;
  const value = parseVietnameseNumber(m[2]);
  if (value === null) return none;
  const comparator = m[1] ? COMPARATORS[m[1]] : null;
  const below = comparator === '≤' || comparator === '<';
  const above = comparator === '≥' || comparator === '>';
  return { value, valueMin: below ? null : value, valueMax: above ? null : value, comparator };
}

// --- row records ---------------------------------------------------------------------------------------

/** Folded unit vocabulary that may open the unit cell. */
const UNIT_START =
  /^(?:1\.000 )?(?:ty dong|trieu dong|tr\.? ?dong\S*|nghin dong|ty usd|usd|nguoi|lao dong|%\S*|tuoi|diem|giuong|bac s[yi]|m[²2]\/\S+|can nha|km\b|luot|thu bac|so luong|chi so|dang vien\S*|trieu luot)/;

/** A token opening a target: a comparator or a number (not a year-like word inside a name). */
const TARGET_TOKEN = /^(?:≥|≤|>=|<=|<|>|=|\d)/;

interface Rec {
  lines: NormalisedLine[];
  parts: string[];
  sub: boolean;
}

function hasValue(text: string): boolean {
  return /(?:^|\s)(?:≥|≤|<|>)?\s?\d[\d.,]*(?:\[\d+\])?\s*%?(?:\s|$)/.test(text);
}

/** Split one numbered row into records: the row itself, its "-"/"+" sub-rows, and unnumbered rows. */
function recordsOf(row: TableRow): Rec[] {
  const recs: Rec[] = [];
  row.lines.forEach((l, idx) => {
    const text = idx === 0 ? l.text.trim().replace(/^\d{1,3}[.)]?\s*/, '') : l.text.trim();
    const cur = recs[recs.length - 1];
    if (idx === 0) {
      recs.push({ lines: [l], parts: text ? [text] : [], sub: false });
      return;
    }
    if (/^\s*[-+]\s*\S/.test(l.text)) {
      recs.push({ lines: [l], parts: [text.replace(/^[-+]\s*/, '')], sub: true });
      return;
    }
    if (/^\s*(?:trong đó|tr\. đó)\s*:?\s*$/iu.test(text)) return;
    // a new unnumbered indicator after a complete one (value and agency read)
    const curText = cur.parts.join(' ');
    if (
      hasValue(curText) &&
      agencyTail(curText) &&
      !/(?:[&,;–-]|\b(?:và|Sở|Ban|Bộ))\s*$/u.test(curText) &&
      startsUpper(text) &&
      !isAgencyStart(text) &&
      /\S+\s+\S+\s+\S+/.test(text) &&
      !TARGET_TOKEN.test(text)
    ) {
      recs.push({ lines: [l], parts: [text], sub: cur.sub });
      return;
    }
    cur.lines.push(l);
    cur.parts.push(text);
  });
  return recs.filter((r) => r.parts.join('').trim());
}

function agencyTail(text: string): boolean {
  const words = text.trim().split(/\s+/);
  for (let i = 1; i < words.length; i++) if (startsUpper(words[i]) && isAgencyStart(wordsFrom(words, i))) return true;
  return false;
}

interface Parsed {
  name: string;
  unit: string | null;
  target: string | null;
  agency: string | null;
}

/**
 * Read name | unit | target | agency from a record's words. The unit opens with unit vocabulary and is
 * followed by the target; the agency is the trailing run that opens with an agency name.
 */
export function parseIndicatorText(parts: string[], hasUnitColumn: boolean, defaultUnit: string | null): Parsed {
  // remember line starts: multi-line units/targets end at a line break
  const words: string[] = [];
  const lineStart = new Set<number>();
  for (const p of parts) {
    const ws = p.trim().split(/\s+/).filter(Boolean);
    lineStart.add(words.length);
    words.push(...ws);
  }
  const join = (a: number, b: number) => joinWrapped([words.slice(a, b).join(' ')]);
  const n = words.length;
  // unit: the last unit-vocabulary position (after the name) that is followed by a target token
  let unitAt = -1;
  let unitEnd = -1;
  if (hasUnitColumn) {
    // nextStop[k]: the first word at or after k that is a target token or capitalised (where a unit ends)
    const nextStop = new Array<number>(n + 1).fill(n);
    for (let k = n - 1; k >= 0; k--) nextStop[k] = TARGET_TOKEN.test(words[k]) || startsUpper(words[k]) ? k : nextStop[k + 1];
    for (let i = 1; i < n; i++) {
      const rest = foldDiacritics(wordsFrom(words, i));
      const m = UNIT_START.exec(rest);
      if (!m) continue;
      if (/^(?:1\.000 )/.test(m[0]) === false && /^\d/.test(words[i])) continue;
      const unitWords = m[0].split(/\s+/).length;
      // a multi-word unit ("Số lượng thị trường", "Thứ bậc trong Chỉ số …") runs to the target or line end
      const end = i + unitWords < n ? nextStop[i + unitWords] : i + unitWords;
      if (end < n && (TARGET_TOKEN.test(words[end]) || startsUpper(words[end]) || lineStart.has(end))) {
        const numericNext = TARGET_TOKEN.test(words[end]);
        const sameEnd = unitAt >= 0 && unitEnd === end;
        if (!sameEnd && (unitAt < 0 || numericNext || !TARGET_TOKEN.test(words[unitEnd] ?? ''))) {
          unitAt = i;
          unitEnd = end;
        }
      } else if (end >= n && unitAt < 0) {
        unitAt = i;
        unitEnd = end;
      }
    }
  }
  let targetAt: number;
  if (unitAt >= 0) targetAt = unitEnd;
  else {
    targetAt = -1;
    for (let i = 1; i < n; i++)
      if (TARGET_TOKEN.test(words[i]) && !/^\d{4}\)?[,.]?$/.test(words[i]) && !/[a-zđ]/i.test(words[i].replace(/\[\d+\]/g, '').replace(/%$/, ''))) {
        targetAt = i;
        break;
      }
  }
  // agency: the earliest agency run after the target
  let agencyAt = -1;
  const from = Math.max(targetAt + 1, unitAt + 1, 1);
  for (let i = from; i < n; i++) {
    if (!startsUpper(words[i])) continue;
    if (/^(?:Thế|ASEAN|Châu|Bình|Đứng|Đạt|Tăng|Nhóm)/u.test(words[i])) continue;
    if (isAgencyStart(wordsFrom(words, i)) || /^(?:BHXH|BQL|NHNN|Thống)$/u.test(words[i])) {
      agencyAt = i;
      break;
    }
  }
  const nameEnd = unitAt >= 0 ? unitAt : targetAt >= 0 ? targetAt : agencyAt >= 0 ? agencyAt : n;
  const name = join(0, nameEnd).replace(/^(?:tr\.|trong)\s*đó\s*[:,]?\s*/iu, '');
  const unit = unitAt >= 0 ? join(unitAt, unitEnd) : defaultUnit;
  const tEnd = agencyAt >= 0 ? agencyAt : n;
  const target = targetAt >= 0 && targetAt < tEnd ? join(targetAt, tEnd) : null;
  const agency = agencyAt >= 0 ? join(agencyAt, n) : null;
  return { name, unit, target, agency };
}

// --- tables → indicators -------------------------------------------------------------------------------

/** Period of an indicator table: a year range in the header ("2026-2030"), else the title's year. */
export function tablePeriod(table: Table): string | null {
  const range = /((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)/.exec(table.headerText);
  if (range) return `${range[1]}-${range[2]}`;
  const titleRange = /((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)/.exec(table.title);
  if (titleRange) return `${titleRange[1]}-${titleRange[2]}`;
  const year = /(?:đến|den)\s+(?:năm|nam)\s+((?:19|20)\d\d)/i.exec(table.title) ?? /\b((?:19|20)\d\d)\b/.exec(table.headerText);
  return year ? year[1] : null;
}

function headerUnit(table: Table): string | null {
  const m = /\(([^()]*(?:%|đồng|người|năm)[^()]*)\)/.exec(table.headerText);
  return m ? m[1].trim() : null;
}

/** "II" → "PL2", "03" → "PL3": one path for an appendix whichever numerals the document uses. */
export function appendixPath(appendix: string | null): string | null {
  if (!appendix) return null;
  const n = /^\d+$/.test(appendix) ? parseInt(appendix, 10) : romanValue(appendix);
  return `PL${n ?? appendix}`;
}

export function indicatorsFromTable(table: Table): RawIndicator[] {
  const out: RawIndicator[] = [];
  const period = tablePeriod(table);
  const hasUnit = table.columns.includes('UNIT');
  const defUnit = hasUnit ? null : headerUnit(table);
  const path = appendixPath(table.appendix);
  if (table.layout !== 'FLAT') return table.rows.filter((r) => r.kind === 'ROW').flatMap((row) => indicatorFromCells(row, period, defUnit, path));
  for (const row of table.rows) {
    if (row.kind !== 'ROW') continue;
    let parentName: string | null = null;
    for (const rec of recordsOf(row)) {
      const p = parseIndicatorText(rec.parts, hasUnit, defUnit);
      if (!p.name) continue;
      const { value, valueMin, valueMax, comparator } = p.target ? parseTarget(p.target) : parseTarget('');
      const isMain = rec === recordsOf(row)[0] || !rec.sub;
      out.push({
        table: path,
        ordinal: rec.sub ? '-' : rec.lines[0] === row.lines[0] ? row.ordinal : null,
        name: p.name,
        unit: p.unit,
        target: p.target,
        value,
        valueMin,
        valueMax,
        comparator,
        period,
        agencyRaw: p.agency,
        group: rec.sub && parentName ? parentName : row.groupHeading || null,
        span: spanOf(rec.lines),
      });
      if (isMain && !rec.sub) parentName = p.name;
    }
  }
  return out;
}

/**
 * A DOCX or Markdown row already has its cells, so nothing is guessed from the words: a "-" row is a
 * sub-row of the one above, as in the flattened tables.
 */
function indicatorFromCells(row: TableRow, period: string | null, defaultUnit: string | null, path: string | null): RawIndicator[] {
  const c = row.cells;
  const name = (c.INDICATOR ?? '').trim();
  if (!name) return [];
  const target = c.TARGET?.trim() || null;
  const { value, valueMin, valueMax, comparator } = parseTarget(target ?? '');
  const sub = row.ordinal !== null && /^[-+*•]$/.test(row.ordinal);
  return [{
    table: path,
    ordinal: sub ? '-' : row.ordinal,
    name,
    unit: c.UNIT?.trim() || defaultUnit,
    target,
    value,
    valueMin,
    valueMax,
    comparator,
    period,
    agencyRaw: c.REPORTER?.trim() || null,
    group: row.groupHeading || null,
    span: row.span,
  }];
}

/** Every row of every indicator table in the text. */
export function extractIndicators(lines: NormalisedLine[], _ctx: { province: string | null } = { province: null }, tables: Table[] = findTables(lines)): RawIndicator[] {
  return tables
    .filter((t) => t.kind === 'INDICATOR')
    .flatMap(indicatorsFromTable);
}

/** Contract shape; `resolve` maps a raw agency to its canonical name (agencies module). */
export function toIndicators(raw: RawIndicator[], resolve: (name: string) => string = (n) => n): Indicator[] {
  return raw.map((r, i) => ({
    id: `i${i + 1}`,
    ordinal: r.ordinal,
    name: r.name,
    unit: r.unit,
    target: r.target,
    value: r.value,
    valueMin: r.valueMin,
    valueMax: r.valueMax,
    comparator: r.comparator,
    period: r.period,
    agency: r.agencyRaw ? resolve(r.agencyRaw) : null,
    group: r.group,
    span: r.span,
  }));
}
