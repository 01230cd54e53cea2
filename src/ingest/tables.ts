/**
 * Vocabulary cues shared by the table, task and indicator transforms.
 *
 * Everything here works on a diacritic-folded, lower-cased key (`foldDiacritics`), because the PDF text breaks
 * diacritics ("Đơn vi ̣", "Triêụ") and the same word is written with or without capitals. The cues are
 * generic Vietnamese administrative vocabulary, never names taken from one corpus file.
 * Complexity: linear in a table's lines and characters. A cell's text is built from its pieces (`CellText`),
 * never re-read whole at each piece; `cellKind` reads a fixed head of a fragment; the splitter hands it a
 * window of the next words; the header is masked in one pass per role pattern; a row's look-ahead for resumed
 * text is one backward pass; the cell-to-column assignment is O(cells × columns²) with a handful of columns.
 * Measured by `npx tsx scripts/growth.ts` (n against 4n, per shape).
 */

import type { NormalisedLine, Span } from './model';
import { normalise, spanOfLines } from './normalise';
import { foldDiacritics, romanValue, squash } from './text';

/** A line or cell that starts with the name of an agency (or a collective of agencies). */
// ("các cơ sở khám bệnh, chữa bệnh", "các cơ sở giáo dục": the units of a sector; "các cơ sở vật chất" are no body.)
// (A working group is given work too: "Chính phủ giao Tổ biên tập tổng hợp của Ban Chỉ đạo … hoàn chỉnh văn bản …".)
const AGENCY_START =
  /^(?:cac\s+(?:co quan|don vi|co so (?:kham|y te|giao duc|dao tao|san xuat|kinh doanh|dich vu|luu tru|chan nuoi|giet mo|thu y|tro giup|bao tro)|dia phuong|so|ban|bo|nganh|doan dai bieu|dai bieu quoc hoi|uy ban|to chuc|hoi|doanh nghiep|hiep hoi|phong|truong|quan|huyen|xa|phuong|cap uy|cap chinh quyen|cap(?=,| cac nganh)|lanh dao|thanh vien|tinh uy|thanh uy|dang uy|dang doan|ban can su|to dang|chi bo|dang bo)\b|dang doan\b|to dang\b|to (?:bien tap|cong tac|giup viec|thu ky|chuyen gia|soan thao)\b|so\b|ban\b|bo\b|ubnd\b|uy ban\b|van phong\b|vp\b|cong an\b|ngan hang\b|nhnn\b|trung tam\b|vien\b|bql\b|cuc\b|chi cuc\b|hoi dong\b|hdnd\b|mat tran\b|mttq\b|dai\b|bao\b(?! cao)|thong tan\b|toa an\b|lien doan\b|lien hiep\b|lien minh\b|hoi\b(?! nghi| thao)|doan\b|thanh uy\b|tinh uy\b|dang uy\b|thanh doan\b|tinh doan\b|tong cong ty\b|cong ty\b|kho bac\b|bhxh\b|bao hiem xa hoi\b|truong\b|thong ke\b|quan\b|huyen\b|thi xa\b|xa\b|phuong\b|bo chi huy\b|bo tu lenh\b|vien kiem sat\b|dai su quan\b)/;

/** Collective assignees: "Các Sở, ngành", "Sở, ban ngành", "các cơ quan, đơn vị liên quan". */
const GROUP_AGENCY = /^(?:cac\b|so, ?ban|so, ?nganh|ubnd (?:cac )?(?:xa|quan|huyen)|co quan, don vi)/;

/** The start of a deadline / schedule cell. */
const DEADLINE_START =
  /^(?:quy\s+(?:[ivx]+|[1-4])\b|thang\s+\d|nam\s+20\d\d|20\d\d\b|hang\s+(?:nam|thang|quy|tuan)|thuong xuyen|thuong nien|ca nam|trong nam|dinh ky|tu nay|tu nam|khi\b|sau khi\b|theo (?:ke hoach|tien do|yeu cau|chi dao|lo trinh)|truoc\b|giai doan 20|6 thang|lien tuc|den nam 20|nam 20|nhiem ky|ngay \d|\d{1,2}\/20\d\d)/;

/** The start of an output / result cell ("Kết quả", "Sản phẩm"). */
const OUTPUT_START =
  /^(?:(?:tren|duoi|dat|toi thieu|it nhat|tu)\s+\d+(?:[.,]\d+)?\s*%|\d+(?:[.,]\d+)?\s*%|[≥≤><]\s*\d|ke hoach|bao cao|de an|van ban|co che|chinh sach|chuong trinh|hoi nghi|hoi thao|quyet dinh|nghi quyet|du an|do an|he thong|so luot|so luong|phuong an|bien phap|to trinh|quy trinh|quy che|quy dinh|cong thong tin|su kien|danh sach|y kien|tap the|hinh thuc|du toan|bo tieu chi|chien luoc|tieu chuan|hoat dong|cuoc hop|ban tin|thong bao|huong dan|cac chuong|tai lieu|san pham|giai phap|de xuat|chi thi|ket luan|cong van|tin, bai|tin bai|an pham|phong su|chuyen muc|website|trang thong tin|ho so|ban do)/;

/** Leading item references "(1)(3)(5)" in an enumerated cell. */
const ITEM_REFS = /^(?:\(\d{1,2}\)\s*)+/;

export type CellKind = 'AGENCY' | 'GROUP' | 'DEADLINE' | 'OUTPUT' | 'OTHER';

/**
 * Look-alikes that fold to an agency word but are not one: "Số lượng" is not "Sở", "Hồi" is not "Hội",
 * "Phương án" is not "Phường". Folding is still needed because the PDF breaks diacritics ("Viêṇ").
 */
const NOT_AGENCY_HEADS = new Set([
  'số', 'sổ', 'sợ', 'sớ', 'hồi', 'hơi', 'hỏi', 'hối', 'xá', 'xa', 'bàn', 'bán', 'bạn', 'bản', 'bổ', 'bỏ', 'bố',
  'bờ', 'bồ', 'viên', 'việc', 'trương', 'trưởng', 'quan', 'phương', 'đoán', 'huyền', 'bảo', 'thống', 'đại',
]);

export function isAgencyStart(s: string): boolean {
  const t = s.trim();
  const f = foldDiacritics(t);
  if (!AGENCY_START.test(f)) return false;
  const head = (t.split(/[\s,;:()]+/)[0] ?? '').normalize('NFC').toLowerCase();
  if (NOT_AGENCY_HEADS.has(head)) return /^(?:bao hiem xa hoi|thong ke|dai su quan)/.test(f);
  return true;
}

export function isGroupAgency(s: string): boolean {
  const f = foldDiacritics(s.trim());
  return GROUP_AGENCY.test(f) && AGENCY_START.test(f.replace(/^cac\s+/, '')) || /^cac (co quan|don vi|dia phuong)/.test(f);
}
export function isDeadlineStart(s: string): boolean {
  return DEADLINE_START.test(foldDiacritics(s.trim()));
}
export function isOutputStart(s: string): boolean {
  return OUTPUT_START.test(foldDiacritics(s.trim()));
}

/** How much of a cell's start tells its kind (the cues are a few words long). */
const CELL_HEAD_CHARS = 120;
/** What the splitter hands cellKind of the rest of a line: the head, with room for leading item references. */
const REST_WINDOW_CHARS = 400;

/**
 * Classify the start of a cell fragment; deadline and output words win over agency words. Only the first
 * CELL_HEAD_CHARS characters are read, so classifying is constant-time whatever the fragment's length (the
 * splitter classifies what follows each word of a line).
 */
export function cellKind(s: string): CellKind {
  // "(1)(3)Đại sứ quán các nước, (2) Sở Du lịch": item numbers that tie a cell to the task's items.
  const whole = s.trim().replace(ITEM_REFS, '');
  const t = whole.length > CELL_HEAD_CHARS ? whole.slice(0, CELL_HEAD_CHARS) : whole;
  if (!t) return 'OTHER';
  if (isDeadlineStart(t)) return 'DEADLINE';
  if (isOutputStart(t)) return 'OUTPUT';
  if (isAgencyStart(t)) return isGroupAgency(t) ? 'GROUP' : 'AGENCY';
  // an acronym opening a short cell is an agency ("UBNVNONN – Bộ Ngoại giao")
  const head = t.split(/[\s,;–-]+/)[0];
  if (/^[A-ZĐ]{4,}$/.test(head) && romanValue(head) === null && whole.length < 40) return 'AGENCY';
  return 'OTHER';
}

/** True when the first letter is upper-case (a cell starts with a capital; a wrapped cell line does not). */
export function startsUpper(s: string): boolean {
  const m = /\p{L}/u.exec(s);
  if (!m) return false;
  return m[0] !== m[0].toLowerCase();
}

export function startsLower(s: string): boolean {
  const m = /^\s*[\p{L}]/u.exec(s);
  if (!m) return false;
  const c = m[0].trim();
  return c === c.toLowerCase() && c !== c.toUpperCase();
}

/**
 * Re-join wrapped lines into one string: a line that ends in a hyphen glued to a word ("23-" / "CT/TW",
 * "các-" / "bon") is joined without a space; everything else with one space.
 */
export function joinWrapped(parts: readonly string[]): string {
  const text = new CellText();
  for (const p of parts) text.addWrapped(p);
  return text.toString();
}

/** How much of a cell's end the tests on how it ends look at (longer than any word or name head). */
const TAIL_CHARS = 80;

/**
 * A cell's text built from its pieces (wrapped lines, fragments, cells of one role), joined once at the end.
 * Appending to one string and re-reading it at every piece (a regex anchored at its end still scans it all)
 * is quadratic in the pieces; this keeps the end of the text apart for those tests, so a cell costs the
 * length of its pieces.
 */
export class CellText {
  private readonly pieces: string[] = [];
  private end = '';
  private length = 0;
  /** The first piece as given: joinWrapped squashes its spaces once another piece is wrapped onto it. */
  private rawFirst = false;

  constructor(first?: string) {
    if (first) {
      this.push(first);
      this.rawFirst = true;
    }
  }

  private push(piece: string): void {
    this.pieces.push(piece);
    this.length += piece.length;
    this.end = (this.end + piece.slice(-TAIL_CHARS)).slice(-TAIL_CHARS);
  }

  get empty(): boolean {
    return this.pieces.length === 0;
  }

  /** joinWrapped's rule: a piece after a word-final hyphen ("23-" / "CT/TW") is glued on, else one space. */
  addWrapped(raw: string): this {
    const p = squash(raw);
    if (!p) return this;
    if (this.rawFirst) {
      const first = squash(this.pieces[0]);
      this.pieces.length = 0;
      this.end = '';
      this.length = 0;
      this.rawFirst = false;
      if (first) this.push(first);
    }
    if (!this.empty) this.push(/[^\s-]-$/.test(this.end) && !/^[-–]/.test(p) ? '' : ' ');
    this.push(p);
    return this;
  }

  /** Agencies of one role listed: "; " between names unless the list punctuation is already there. */
  addListed(name: string): this {
    this.rawFirst = false;
    if (!this.empty) this.push(/[,;]$/.test(this.end) ? ' ' : '; ');
    this.push(name);
    return this;
  }

  /** The last characters of the text, starting at a word (so `(?:^|\s)X$` tests read as on the whole). */
  get tail(): string {
    if (this.length <= TAIL_CHARS) return this.end;
    const space = this.end.indexOf(' ');
    return space < 0 ? this.end : this.end.slice(space);
  }

  toString(): string {
    return this.pieces.join('');
  }
}

// ---------------------------------------------------------------------------------------------------
// Tables: regions, header layout, rows.
// ---------------------------------------------------------------------------------------------------


/** What a column holds, read from its header text. */
export type ColumnRole =
  | 'ORDINAL'
  | 'TASK'
  | 'LEAD'
  | 'COORD'
  | 'OUTPUT'
  | 'DEADLINE'
  | 'INDICATOR'
  | 'UNIT'
  | 'TARGET'
  | 'REPORTER'
  | 'OTHER';

export type TableKind = 'TASK' | 'INDICATOR';
/** FLAT = PDF text, one cell fragment per line; TSV = DOCX rows with tabs; PIPE = Markdown. */
export type TableLayout = 'FLAT' | 'TSV' | 'PIPE';

export interface TableRow {
  kind: 'GROUP' | 'ROW';
  /** Ordinal as written, without its trailing dot ("3", "IV"). */
  ordinal: string | null;
  /** Cell text per column role (wrapped lines re-joined). For FLAT rows these are inferred. */
  cells: Partial<Record<ColumnRole, string>>;
  /** For FLAT rows: the row's lines as fragments (used by the indicator reader). */
  parts: string[];
  /** Roman group the row sits in ("II"), null before the first group. */
  group: string | null;
  /** Heading of that group. */
  groupHeading: string | null;
  lines: NormalisedLine[];
  span: Span;
}

export interface Table {
  kind: TableKind;
  layout: TableLayout;
  columns: ColumnRole[];
  /** Appendix number as written ("II", "03") or null. */
  appendix: string | null;
  /** Title lines above the header ("DANH MỤC CÁC CHỈ TIÊU CỤ THỂ ĐẾN NĂM 2030"). */
  title: string;
  /** Header text as written (all header lines joined). */
  headerText: string;
  rows: TableRow[];
  span: Span;
}

export function spanOf(lines: readonly NormalisedLine[]): Span {
  return spanOfLines(lines[0], lines[lines.length - 1]);
}

/** Cleaned lines of a raw text, for tests and scripts: the pipeline's own first stage. */
export function rawLines(raw: string): NormalisedLine[] {
  return normalise(raw).lines;
}

// --- header recognition ----------------------------------------------------------------------------

interface RolePattern {
  role: ColumnRole;
  re: RegExp;
}

/** Longest / most specific first: each match masks its text so shorter patterns cannot reuse it. */
function rolePatterns(kind: TableKind): RolePattern[] {
  const common: RolePattern[] = [
    { role: 'COORD', re: /(?:co quan|don vi)?\s*phoi\s*hop/ },
    { role: 'DEADLINE', re: /thoi\s*(?:gian|han)(?:\s*(?:hoan\s*thanh|thuc\s*hien|trinh))?|tien\s*do(?:\s*thoi\s*gian)?|du\s*kien\s*thoi/ },
  ];
  if (kind === 'INDICATOR') {
    return [
      { role: 'REPORTER', re: /(?:co quan|don vi)?\s*chu\s*tri\s*(?:theo\s*doi|bao\s*cao)?|don\s*vi\s*(?:bao\s*cao|theo\s*doi)|theo\s*doi/ },
      { role: 'UNIT', re: /don\s*vi(?:\s*tinh)?|dvt/ },
      { role: 'TARGET', re: /ket\s*qua|muc\s*tieu|chi\s*tieu\s*den|gia\s*tri|toc\s*do|(?:19|20)\d\d\s*-\s*(?:19|20)\d\d|nam\s*20\d\d/ },
      { role: 'INDICATOR', re: /chi\s*tieu|nganh,?\s*linh\s*vuc|noi\s*dung/ },
      ...common,
    ];
  }
  return [
    ...common,
    { role: 'LEAD', re: /(?:co\s*quan|don\s*vi)\s*(?:chu\s*tri|phu\s*trach|thuc\s*hien)|chu\s*tri|phu\s*trach/ },
    { role: 'OUTPUT', re: /ket\s*qua|san\s*pham/ },
    { role: 'TASK', re: /ten\s*nhiem\s*vu|noi\s*dung|nhiem\s*vu|cac\s*chuong\s*trinh|cong\s*viec|giai\s*phap/ },
  ];
}

const INDICATOR_HEADER = /chi\s*tieu|nganh,?\s*linh\s*vuc|toc\s*do\s*binh\s*quan/;

/** Column roles in reading order, from the header text. Null when it is not a table header we know. */
export function columnsFromHeader(headerText: string): { kind: TableKind; columns: ColumnRole[] } | null {
  let f = foldDiacritics(headerText).replace(/\s+/g, ' ');
  if (!/^\s*\|?\s*(?:s\.?\s*tt|so\s*tt|tt)\b/.test(f)) return null;
  const kind: TableKind = INDICATOR_HEADER.test(f) ? 'INDICATOR' : 'TASK';
  const found: { role: ColumnRole; at: number }[] = [];
  for (const { role, re } of rolePatterns(kind)) {
    let first = true;
    // One pass per pattern, masking every hit (blanks of the same length keep the positions); masking hit by
    // hit, rebuilding the header each time, was quadratic in a wide header's cells.
    f = f.replace(new RegExp(re.source, 'g'), (hit: string, ...rest: unknown[]) => {
      const at = rest[rest.length - 2] as number; // the offset comes after any capture groups
      if (hit.trim().length === 0) return hit;
      // a role appears once; extra hits are masked anyway (e.g. "Chỉ tiêu" twice)
      if (first) found.push({ role, at });
      first = false;
      return ' '.repeat(hit.length);
    });
  }
  found.sort((a, b) => a.at - b.at);
  const columns: ColumnRole[] = ['ORDINAL', ...found.map((x) => x.role)];
  const has = (r: ColumnRole) => columns.includes(r);
  if (kind === 'TASK' && !(has('TASK') && (has('LEAD') || has('DEADLINE')))) return null;
  if (kind === 'INDICATOR' && !(has('INDICATOR') && (has('TARGET') || has('UNIT')))) return null;
  return { kind, columns };
}

// --- row boundaries --------------------------------------------------------------------------------

const ORDINAL_LINE = /^\s*(\d{1,3})(?:[.)])?(?:\s+(.*\S))?\s*$/;
const ROMAN_LINE = /^\s*([IVXLC]{1,6})(?:[.)])?(?:\s+(.*\S))?\s*$/;
const APPENDIX_LINE = /^\s*(?:phu\s*luc|ph u luc)\b\s*([ivxlc]+|\d+)?/;

function isAppendixTitle(text: string): RegExpExecArray | null {
  return APPENDIX_LINE.exec(foldDiacritics(text));
}

function isStopLine(text: string): boolean {
  const f = foldDiacritics(text.trim());
  return /^(?:noi nhan|tm\.|t\/m|kt\.)/.test(f) || /^https?:\/\//.test(f);
}

function isDebris(text: string): boolean {
  const t = text.trim();
  return /^https?:\/\//.test(t) || /^[-–—_\s.]*$/.test(t) || /^(?:trang\s+)?\d{1,3}\s*\/\s*\d{1,3}$/i.test(t);
}

/** "TT", "STT", "| TT |", "Số TT" at the start of a line, or a tab-separated header with a misread number cell. */
function isHeaderStart(text: string): boolean {
  return /^\s*\|?\s*(?:s\.?\s*tt|so\s*tt|tt)\b/.test(foldDiacritics(text)) || isCellHeader(text);
}

/**
 * A header row of cells whose number cell is blank or misread (a scan may read "TT" as "357"): short
 * label cells after it that name the columns.
 */
function isCellHeader(text: string): boolean {
  const cells = text.split('\t');
  if (cells.length < 3 || cells[0].trim().length > 4 || cells.slice(1).some((c) => c.trim().length > 40)) return false;
  return columnsFromHeader(`TT ${cells.slice(1).join(' ')}`) !== null;
}

/** A header row's cells, its first being the number column whatever it reads. */
const headerCells = (text: string) => ['TT', ...text.split('\t').slice(1)];

/**
 * Read the header block that starts at `i`: the TT line plus following lines until a row starts
 * (a Roman group, an ordinal, or, for TSV/PIPE, the next tabbed/piped line).
 */
function readHeader(
  lines: NormalisedLine[],
  i: number,
): { end: number; kind: TableKind; columns: ColumnRole[]; layout: TableLayout; text: string; cellsPerCol?: number[] } | null {
  const first = lines[i].text;
  if (!isHeaderStart(first)) return null;
  if (/^\s*\|/.test(first)) {
    const cells = pipeCells(first);
    const hdr = headerFromCells(cells);
    if (!hdr) return null;
    let end = i + 1;
    if (end < lines.length && /^\s*\|?\s*:?-{2,}/.test(lines[end].text)) end++;
    return { end, kind: hdr.kind, columns: hdr.columns, layout: 'PIPE', text: first };
  }
  if (first.includes('\t')) {
    const hdr = headerFromCells(headerCells(first));
    if (hdr) return { end: i + 1, kind: hdr.kind, columns: hdr.columns, layout: 'TSV', text: first };
  }
  // FLAT header: up to 14 lines until a row starts
  const block: string[] = [first];
  let j = i + 1;
  while (j < lines.length && j < i + 16) {
    const t = lines[j].text;
    if (ROMAN_LINE.test(t) && romanValue(ROMAN_LINE.exec(t)![1]) !== null) break;
    if (ORDINAL_LINE.test(t)) break;
    if (isAppendixTitle(t)) break;
    block.push(t);
    j++;
  }
  // Try the longest prefix of the block that still reads as a header; header lines are short.
  let best: { end: number; kind: TableKind; columns: ColumnRole[]; text: string } | null = null;
  for (let k = 1; k <= block.length; k++) {
    // Header lines are short labels: a line with a date, a quotation or a ";" is the task text that
    // resumes after a header repeated at a page break.
    if (k > 1 && (block[k - 1].trim().length > 60 || /[;“”"]|\d{1,2}\/\d/.test(block[k - 1]))) break;
    const text = block.slice(0, k).join(' ');
    const hdr = columnsFromHeader(text);
    if (hdr && (!best || hdr.columns.length >= best.columns.length)) best = { end: i + k, ...hdr, text };
  }
  if (!best) return null;
  return { ...best, layout: 'FLAT' };
}

function headerFromCells(cells: string[]): { kind: TableKind; columns: ColumnRole[] } | null {
  const text = cells.map((c) => c.trim()).join(' ');
  const whole = columnsFromHeader(text);
  if (!whole) return null;
  // one role per cell, in cell order
  const columns: ColumnRole[] = cells.map((c, idx) => {
    if (idx === 0) return 'ORDINAL';
    const one = columnsFromHeader('TT ' + c.trim());
    const role = one?.columns[1];
    if (role) return role;
    // single-cell patterns need kind context
    const f = foldDiacritics(c);
    for (const { role: r, re } of rolePatterns(whole.kind)) if (re.test(f)) return r;
    return 'OTHER';
  });
  return { kind: whole.kind, columns };
}

function pipeCells(text: string): string[] {
  let t = text.trim();
  if (t.startsWith('|')) t = t.slice(1);
  if (t.endsWith('|')) t = t.slice(0, -1);
  return t.split('|').map((c) => c.replace(/<br\s*\/?>/gi, ' ').trim());
}

// --- FLAT row → cells ------------------------------------------------------------------------------

/** Words after which a capitalised agency/deadline word does NOT start a new cell. */
const NO_SPLIT_AFTER = new Set([
  'và', 'của', 'thuộc', 'với', 'các', 'cho', 'tại', 'về', 'phòng', 'tịch', 'giữa', 'hoặc', 'là', 'như',
  'theo', 'từ', 'đến', 'gồm', 'trong', 'khi', 'trừ', 'hợp', 'do', 'vụ:', '–', '-', '&', '(',
]);

interface Frag {
  text: string;
  kind: CellKind;
}

/**
 * Split one cell line into fragments at the places where a new cell visibly starts. Linear in the line's
 * words: at each word the kind of what follows is read from a window of the next words (cellKind reads no
 * more than CELL_HEAD_CHARS), never from the whole rest of the line.
 */
export function splitCellLine(line: string): string[] {
  const out: string[] = [];
  for (const seg of line.split(/\s{2,}|\t/)) {
    const s = seg.trim();
    if (!s) continue;
    const words = s.split(/\s+/);
    /** The words from `w` on, as many as cellKind can read (and more, for leading "(1)(2)" references). */
    const restFrom = (w: number) => {
      let rest = words[w];
      for (let k = w + 1; k < words.length && rest.length < REST_WINDOW_CHARS; k++) rest += ' ' + words[k];
      return rest;
    };
    let cur: string[] = [];
    let curKind: CellKind = cellKind(s);
    for (let w = 0; w < words.length; w++) {
      const word = words[w];
      const upper = cur.length > 0 && startsUpper(word);
      // Only a capitalised word or a number can open a cell: the kind of what follows is read only there.
      if (cur.length > 0 && (upper || /^\d/.test(word))) {
        const prev = cur[cur.length - 1];
        // an item reference "(2)" is followed by the agency it numbers, within the same cell
        const prevBlocks = NO_SPLIT_AFTER.has(prev.toLowerCase()) || /[,;&(–-]$/.test(prev) || /\(\d{1,2}\)$/.test(prev);
        const k = prevBlocks ? 'OTHER' : cellKind(restFrom(w));
        const conditional =
          curKind === 'DEADLINE' && (k === 'DEADLINE' || /^(khi|sau khi|theo)\b/.test(foldDiacritics(cur.slice(0, 3).join(' '))));
        let split = false;
        if ((upper || k === 'DEADLINE') && !prevBlocks && !conditional && k !== 'OTHER') {
          if (curKind === 'OUTPUT') split = k === 'DEADLINE' || (k === 'GROUP' && /^các\b/i.test(word));
          else if (k === 'AGENCY') split = /^(?:sở|ban|bộ|công|văn|ủy|trung|bql|ngân|viện|cục|mặt|đài|báo|hội|đoàn|kho|bhxh|liên)$/i.test(word) && !/^(ubnd|hđnd)$/i.test(word);
          else split = true;
        }
        if (split) {
          out.push(cur.join(' '));
          cur = [];
          curKind = k;
        }
      }
      cur.push(word);
    }
    if (cur.length) out.push(cur.join(' '));
  }
  return out;
}

function endsOpen(s: string): boolean {
  return /(?:[,;&–-]|\b(?:và|các|của|thuộc|với|hoặc|và các|Sở|Ban|Bộ))\s*$/u.test(s.trim());
}

/** A head word that needs a name after it, alone on its line. */
const BARE_HEAD = /^(?:Liên hiệp|Liên đoàn|Báo|Đài|Hội|Sở|Ban|Bộ|Trung tâm|Viện|Văn phòng|Ủy ban|Cục|Công ty)[,;.]?$/u;

/** Merge line fragments into cells: a fragment that does not open a cell continues the previous one. */
export function mergeFragments(parts: string[]): Frag[] {
  const cells: { text: CellText; kind: CellKind }[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    // A narrow column breaks a word pair over two lines ("Chương" / "trình,", "Thường" / "xuyên"): the pair
    // tells what the cell is.
    const next = parts[i + 1]?.trim() ?? '';
    let kind = cellKind(p);
    if (kind === 'OTHER' && /^\p{Lu}\p{Ll}*$/u.test(p.trim()) && startsLower(next)) kind = cellKind(`${p.trim()} ${next}`);
    const last = cells[cells.length - 1];
    if (last) {
      // the tests read how the cell so far ends; its tail says that without re-reading the whole cell
      const prev = { kind: last.kind, text: last.text.tail };
      const upperCac = /^Các\b/.test(p.trim());
      let cont = false;
      if (kind === 'OTHER') cont = true;
      else if (prev.kind === 'DEADLINE' && kind === 'DEADLINE') cont = true;
      else if (prev.kind === 'OUTPUT' && kind === 'OUTPUT') cont = true;
      else if (prev.kind === 'OUTPUT' && /^(ubnd|hdnd|tp\b|thanh pho|tinh\b)/.test(foldDiacritics(p.trim()))) cont = true;
      // "Sở Khoa học và" / "Các Sở, ngành" are two cells, but after a list separator ("BQL KCNC&KCN;" /
      // "Các sở, ban, ngành") the list goes on in the same cell.
      else if (endsOpen(prev.text) && (prev.kind === 'AGENCY' || prev.kind === 'GROUP') && (!upperCac || /[,;]$/.test(prev.text.trim())) && (kind === 'AGENCY' || kind === 'GROUP')) cont = true;
      else if (prev.kind === 'DEADLINE' && /\b(?:hoặc|và|đến|khi|ban)\s*$/u.test(prev.text)) cont = true;
      else if (startsLower(p)) cont = true;
      if (cont && kind === 'OTHER' && startsUpper(p) && (prev.kind === 'AGENCY' || prev.kind === 'GROUP') && /liên quan\.?$/u.test(prev.text))
        cont = false;
      if (/(?:^|\s)(?:Sở|Ban|Bộ|Văn phòng|Ủy ban)$/u.test(prev.text.trim())) cont = true;
      // an enumerated cell "…, (11)" goes on with the agency that item number refers to
      if (/\(\d{1,2}\)$/.test(prev.text.trim())) cont = true;
      // a head word alone ("Liên hiệp,", "Báo") names nothing: it ends the name above ("Ban Truyền thông" / "Liên hiệp,")
      if (BARE_HEAD.test(p.trim()) && (prev.kind === 'AGENCY' || prev.kind === 'GROUP') && !/[,;]$/.test(prev.text)) cont = true;
      if (cont) {
        last.text.addWrapped(p);
        continue;
      }
    }
    cells.push({ text: new CellText().addWrapped(p), kind });
  }
  return cells.map((c) => ({ text: c.text.toString(), kind: c.kind }));
}

const COST: Record<CellKind, Partial<Record<ColumnRole, number>>> = {
  AGENCY: { LEAD: 0, COORD: 0, REPORTER: 0, OUTPUT: 3, DEADLINE: 3, UNIT: 3, TARGET: 3 },
  GROUP: { LEAD: 0.3, COORD: 0, REPORTER: 0, OUTPUT: 3, DEADLINE: 3, UNIT: 3, TARGET: 3 },
  DEADLINE: { DEADLINE: 0, OUTPUT: 2, LEAD: 3, COORD: 3, REPORTER: 3, TARGET: 2, UNIT: 3 },
  OUTPUT: { OUTPUT: 0, DEADLINE: 2, LEAD: 3, COORD: 3, REPORTER: 3, TARGET: 2, UNIT: 2 },
  OTHER: { OUTPUT: 0.5, LEAD: 1, COORD: 1, DEADLINE: 1.5, REPORTER: 1, TARGET: 0.5, UNIT: 0.5 },
};

/** Assign cells to the trailing columns in order (dynamic programming; empty columns are free). */
export function assignCells(cells: Frag[], columns: ColumnRole[]): Partial<Record<ColumnRole, string>> {
  const n = cells.length;
  const m = columns.length;
  const out: Partial<Record<ColumnRole, string>> = {};
  if (n === 0 || m === 0) return out;
  const INF = 1e9;
  // dp[i][j]: best cost with cells[0..i] placed and cell i in column j
  const dp: number[][] = Array.from({ length: n }, () => new Array<number>(m).fill(INF));
  const back: number[][] = Array.from({ length: n }, () => new Array<number>(m).fill(-1));
  const c = (i: number, j: number) => COST[cells[i].kind][columns[j]] ?? 3;
  for (let j = 0; j < m; j++) dp[0][j] = c(0, j) + j * 0.01;
  for (let i = 1; i < n; i++)
    for (let j = 0; j < m; j++)
      for (let k = 0; k <= j; k++) {
        const v = dp[i - 1][k] + c(i, j) + (k === j ? 1 : 0) + (j - k) * 0.01;
        if (v < dp[i][j]) {
          dp[i][j] = v;
          back[i][j] = k;
        }
      }
  let j = 0;
  for (let k = 1; k < m; k++) if (dp[n - 1][k] < dp[n - 1][j]) j = k;
  const where: number[] = new Array(n);
  for (let i = n - 1; i >= 0; i--) {
    where[i] = j;
    j = back[i][j];
  }
  const byRole = new Map<ColumnRole, CellText>();
  where.forEach((col, i) => {
    const role = columns[col];
    const text = byRole.get(role);
    if (text) addCell(text, cells[i].text, role);
    else byRole.set(role, new CellText(cells[i].text));
  });
  for (const [role, text] of byRole) out[role] = text.toString();
  if (!out.LEAD && out.COORD && columns.includes('LEAD') && columns.indexOf('LEAD') < columns.indexOf('COORD')) {
    out.LEAD = out.COORD;
    delete out.COORD;
  }
  return out;
}

/** Another cell of the same role: agencies are listed ("; "), anything else reads on as wrapped text. */
function addCell(text: CellText, cell: string, role: ColumnRole): void {
  if (role === 'LEAD' || role === 'COORD' || role === 'REPORTER') text.addListed(cell);
  else text.addWrapped(cell);
}

/** Prepositions after which an agency name belongs to the sentence, not to a new cell. */
const TEXT_NO_SPLIT = /(?:^|\s)(?:phòng|của|với|giữa|cho|và|tại|về|các|như|là|theo|từ|đến|gồm|thuộc|hoặc|để|do|trong|tham mưu|phối hợp|chủ trì|giao|vào)\s*$/iu;

/**
 * A text line may end with cells glued on by the PDF ("Sửa đổi Luật Thủ đô năm 2024 Sở Tư pháp Các sở,
 * ban, ngành"): split off a trailing run that starts with an agency name.
 */
export function splitTrailingCells(line: string): { text: string; cells: string[] } {
  const words = line.trim().split(/\s+/);
  // A trailing run is at most 90 characters: only the last words can start one, so the scan starts there
  // (trying every word of a long line, joining both sides each time, was quadratic in its words).
  let from = words.length;
  for (let len = -1; from > 3 && len + 1 + words[from - 1].length <= 90; from--) len += 1 + words[from - 1].length;
  for (let w = Math.max(3, from); w < words.length; w++) {
    const before = words.slice(0, w).join(' ');
    const rest = words.slice(w).join(' ');
    if (!startsUpper(words[w]) || TEXT_NO_SPLIT.test(before) || /[,(“"]$/.test(before)) continue;
    if (!isAgencyStart(rest) || isDeadlineStart(rest) || isOutputStart(rest)) continue;
    // "xây dựng Trung tâm xạ trị …": a unit's head followed by a common noun is the object of the task; an
    // agency's head is followed by its proper name ("Trung tâm Xúc tiến …", "Sở Y tế").
    if (/^(?:Trung tâm|Viện|Trường|Bệnh viện|Đài|Báo|Hội|Cục|Sở|Bộ|Văn phòng)\s+\p{Ll}/u.test(rest)) continue;
    return { text: before, cells: [rest] };
  }
  const segs = line.split(/\s{2,}/);
  const tailSegs = segs.slice(1).map((s) => s.trim()).filter(Boolean);
  if (
    tailSegs.length &&
    !TEXT_NO_SPLIT.test(segs[0]) &&
    tailSegs.every((s) => cellKind(s) !== 'OTHER' && s.length < 50 && (startsUpper(s) || /^\d/.test(s)))
  )
    return { text: segs[0].trim(), cells: tailSegs };
  return { text: line.trim(), cells: [] };
}

interface FlatSplit {
  textLines: string[];
  /** Cell fragments in runs: a new run starts where task text resumed after a page break. */
  runs: string[][];
}

/** A line that holds cells: opens with cell vocabulary and is either short or visibly several cells. */
function isCellLine(t: string, longAt: number): boolean {
  const firstSeg = t.split(/\s{2,}/)[0];
  const kind = cellKind(firstSeg);
  if (kind === 'OTHER' || !(startsUpper(t) || /^\d/.test(t.trim()))) return false;
  if (firstSeg.length < longAt) return true;
  const parts = splitCellLine(t);
  return parts.length > 1 && parts.every((p) => (cellKind(p) !== 'OTHER' || p.length < 25) && completeCell(p));
}

/**
 * A fragment that can stand as a whole cell. A full-width text line can open with cell words and split
 * into "cells" ("2045. Triển khai" / "Kết luận số 125-KL/TW ngày 14/02/2025 của"); real glued cells
 * ("Cả năm  Sở Ngoại vụ  Các cơ quan, đơn vị liên quan") do not stop mid-phrase, hold no sentence break
 * and no unpaired quotation mark.
 */
function completeCell(p: string): boolean {
  // "Cả năm", "Quý IV năm": a deadline cell may end in a time word that leaves a sentence open.
  if (OPEN_END.test(p) && cellKind(p) !== 'DEADLINE') return false;
  if (/[.;]\s+\p{Lu}/u.test(p)) return false;
  const quotes = (p.match(/["“”]/g) ?? []).length;
  return quotes % 2 === 0;
}

/** A text line that stops mid-phrase ("… giai đoạn" / "2026-2030"): the next line is still text. */
// "số" is open only as "number" after a document word ("Nghị quyết số"), not in "chuyển đổi số" (digital);
// "theo" not in "những năm tiếp theo".
const OPEN_END =
  /(?:^|\s)(?:của|với|giữa|cho|và|tại|về|các|như|là|(?<!tiếp )theo|từ|đến|gồm|thuộc|hoặc|để|do|trong|giai đoạn|năm|(?:quyết|định|thị|luận|hoạch|trình|tư|văn|báo|bản|luật|án|dẫn)\s+số|trên|dưới|ngày|tháng|quý|những|mọi|một)\s*$/iu;

/**
 * A lower-case wrapped tail of a cell ("thao", "liên quan") rather than resumed task text. `cellWidth` is
 * the longest line of the cells read so far in this row: a lower-case line no wider than the cell column
 * continues it ("công nghiệp và chế xuất HN;", "vị liên quan và Ủy ban Hòa bình"), even with list
 * punctuation, while resumed task text is as wide as the text column. A sentence end only continues a cell
 * when the line goes on with a list ("và các đơn vị liên quan.").
 */
function isCellTail(t: string, cellWidth = 0, lastFragment = ''): boolean {
  // "… (7) Báo" / "Hànộimới, (8) các tổ chức thành": a cell that stopped on a name's head word goes on.
  if (t.length <= cellWidth + 4 && (DANGLING_NAME.test(lastFragment) || /(?:\(\d{1,2}\)|\s(?:Báo|Đài|Hội|Viện|Cục|Trung tâm))$/u.test(lastFragment.trim())))
    return true;
  if (startsLower(t) && t.length <= cellWidth + 4 && (!/[.!?…]$/.test(t) || /^(?:và|hoặc|cùng|các)\s/u.test(t))) return true;
  if (t.length > 15 && /[.;:!?…]$/.test(t)) return false;
  return t.length < 30 || (startsLower(t) && splitCellLine(t).length > 1);
}

/**
 * After a short cell line, does the task text resume further down: a full-width line that starts in
 * lower case (the rest of a sentence cut by the page break), after at least one more short line?
 * `resumesBelow[i]` says whether any line after i is such a line (computed once per row, from the end).
 */
function textResumesAfter(lines: readonly string[], i: number, longAt: number, resumesBelow: readonly boolean[]): boolean {
  if (lines[i].length >= longAt * 0.8) return false;
  return resumesBelow[i];
}

/** For each line of a row: does a line after it resume the task text (full width, lower case, not cells)? */
function resumedTextBelow(lines: readonly string[], longAt: number): boolean[] {
  const below = new Array<boolean>(lines.length).fill(false);
  for (let j = lines.length - 2; j >= 0; j--) {
    const t = lines[j + 1];
    below[j] = below[j + 1] || (t.length >= longAt && startsLower(t) && !isCellLine(t, longAt));
  }
  return below;
}

/**
 * Separate a PDF row's task text (long lines in the wide column) from the short cells that follow it.
 * A line is a cell when it is short and opens with agency/deadline/output vocabulary; text that resumes
 * after a page break is recognised by its length.
 */
export function separateFlatRow(rowLines: string[], longAt: number): FlatSplit {
  const textLines: string[] = [];
  const runs: string[][] = [];
  const st: { v: 'text' | 'cells' | 'text2'; width: number } = { v: 'text', width: 0 };
  const push = (t: string) => {
    if (st.v !== 'cells' || runs.length === 0) {
      runs.push([]);
      st.width = 0;
    }
    st.v = 'cells';
    st.width = Math.max(st.width, t.length);
    runs[runs.length - 1].push(...splitCellLine(t));
  };
  const lines = rowLines.map((l) => l.trim());
  let resumesBelow: boolean[] | null = null; // computed when first asked
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i];
    if (!t) continue;
    // a word pair broken by a narrow column ("Thường" / "xuyên") is read as one cell line
    const pair = /^\p{Lu}\p{Ll}*$/u.test(t) && startsLower(lines[i + 1] ?? '') ? `${t} ${lines[i + 1]}` : t;
    const cellLine = isCellLine(t, longAt) || (pair !== t && isCellLine(pair, longAt) && cellKind(pair) !== 'AGENCY');
    if (st.v === 'text') {
      // Text that stops mid-phrase ("… hướng vào các") normally goes on in the next line — unless the cells
      // were printed first and the text visibly resumes further down (a page break inside the row).
      const open = textLines.length > 0 && OPEN_END.test(textLines[textLines.length - 1]) && !textResumesAfter(lines, i, longAt, (resumesBelow ??= resumedTextBelow(lines, longAt)));
      if (textLines.length > 0 && cellLine && !open) push(t);
      else textLines.push(t);
      continue;
    }
    if (cellLine) {
      push(t);
      continue;
    }
    const run = runs[runs.length - 1] ?? [];
    if (st.v === 'cells' && isCellTail(t, st.width, run[run.length - 1])) {
      st.width = Math.max(st.width, t.length);
      runs[runs.length - 1].push(...splitCellLine(t));
      continue;
    }
    if (st.v === 'text2' && isCellTail(t) && t.length < 30) {
      const prevText = textLines[textLines.length - 1] ?? '';
      if (/[.!?…]\s*$/.test(prevText)) {
        push(t);
        continue;
      }
    }
    st.v = 'text2';
    textLines.push(t);
  }
  // "… tổ chức định kỳ hằng năm. xã hội Hà Nội": the rest of a cut agency name ("Viện … kinh tế -") printed
  // after the last sentence of the resumed text finishes that name.
  const tail = textLines.length ? /^(.*[.!?…])\s+(\p{Ll}[^.!?;]{0,30})$/u.exec(textLines[textLines.length - 1]) : null;
  if (tail) {
    for (let r = runs.length - 1; r >= 0; r--) {
      const k = runs[r].findLastIndex((f) => DANGLING_NAME.test(f));
      if (k < 0) continue;
      runs[r].splice(k + 1, 0, tail[2]);
      textLines[textLines.length - 1] = tail[1];
      break;
    }
  }
  // cells glued to the end of the last text line (single-line rows, or "... Sở Tư pháp Các sở, ban, ngành")
  if (textLines.length) {
    const lastIdx = textLines.length - 1;
    const sp = splitTrailingCells(textLines[lastIdx]);
    if (sp.cells.length) {
      textLines[lastIdx] = sp.text;
      const glued = sp.cells.flatMap((c) => splitCellLine(c));
      if (runs.length && lastIdx === textLines.length - 1 && st.v !== 'text2') runs[runs.length - 1].unshift(...glued);
      else if (runs.length) runs[0].unshift(...glued);
      else runs.push(glued);
    }
  }
  return { textLines, runs };
}

/**
 * An agency cell that stops before the name is complete: "Sở Khoa học và", "… chi nhánh", "các tổ" (the
 * first syllable of "tổ chức", "đơn vị", "cơ quan").
 */
const DANGLING_NAME = /(?:\s(?:và|của|thuộc|chi nhánh|khu vực|các|cấp|tổ|đơn|cơ|Sở|Ban|Bộ|Khu|Văn phòng|Ủy ban)|[,&–-])\s*$/u;

/**
 * Assign runs of cell fragments to the trailing columns: the first run to all columns in order, later
 * runs (cells printed after a page break) to the columns still empty. A run that is only a wrapped tail
 * ("liên quan") finishes the last agency cell.
 */
export function assignRuns(runs: string[][], columns: ColumnRole[]): Partial<Record<ColumnRole, string>> {
  const out = new Map<ColumnRole, CellText>();
  const has = (role: ColumnRole) => !(out.get(role)?.empty ?? true);
  for (const run of runs) {
    const cells = mergeFragments(run);
    if (!cells.length) continue;
    if (out.size && cells.every((c) => c.kind === 'OTHER' && startsLower(c.text))) {
      const role = (['COORD', 'LEAD', 'REPORTER'] as ColumnRole[]).find(has);
      if (role) {
        out.get(role)!.addWrapped(cells.map((c) => c.text).join(' '));
        continue;
      }
    }
    // The rest of an agency name cut by the page break ("Sở Khoa học và" … "Công nghệ", "Ngân hàng Nhà nước
    // Việt Nam chi nhánh" … "Khu vực 1") is printed after the text resumes: it completes that name.
    const open = (['LEAD', 'COORD', 'REPORTER'] as ColumnRole[]).find((r) => has(r) && DANGLING_NAME.test(out.get(r)!.tail));
    if (open && cells[0].kind === 'OTHER' && cells[0].text.length < 40) {
      out.get(open)!.addWrapped(cells[0].text);
      cells.shift();
      if (!cells.length) continue;
    }
    const free = columns.filter((c) => !has(c));
    const got = assignCells(cells, free.length ? free : columns);
    for (const [k, v] of Object.entries(got) as [ColumnRole, string][]) {
      const text = out.get(k);
      if (text) addCell(text, v, k);
      else out.set(k, new CellText(v));
    }
  }
  return Object.fromEntries([...out].map(([role, text]) => [role, text.toString()]));
}

/**
 * Drop the pieces of a header repeated at a page break without its "TT" line ("thời gian" / "Cơ quan" /
 * "phụ trách" / "Cơ quan" / "phối hợp"): three or more consecutive short lines made only of header words,
 * at least two of them naming a column's role.
 */
export function withoutHeaderWords(parts: string[], headerWords: ReadonlySet<string>): string[] {
  const isLabel = (p: string) => {
    const w = foldDiacritics(p).split(/[^a-z0-9]+/).filter(Boolean);
    return w.length > 0 && w.length <= 3 && w.every((x) => headerWords.has(x));
  };
  // Outputs such as "Kế hoạch," / "Chương trình" can be header words too: a header names its columns' roles.
  const ROLE = /co quan|don vi|thoi gian|thoi han|tien do|phoi hop|chu tri|phu trach|ket qua/;
  const keep = parts.map(() => true);
  for (let i = 0; i < parts.length; ) {
    let j = i;
    while (j < parts.length && isLabel(parts[j])) j++;
    const labels = parts.slice(i, j).map((p) => foldDiacritics(p));
    if (j - i >= 3 && labels.filter((l) => ROLE.test(l)).length >= 2) for (let k = i; k < j; k++) keep[k] = false;
    i = Math.max(j, i + 1);
  }
  return parts.filter((_, i) => keep[i]);
}

// --- table scanning --------------------------------------------------------------------------------

function percentile(xs: number[], p: number): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))];
}

interface Builder {
  ordinal: string | null;
  kind: 'GROUP' | 'ROW';
  lines: NormalisedLine[];
  parts: string[];
  cells?: Partial<Record<ColumnRole, string>>;
  /** TSV/PIPE rows: each role's text as its cells and continuation lines come (see CellText). */
  texts?: Map<ColumnRole, CellText>;
  group: string | null;
  groupHeading: string | null;
}

/**
 * Find every task or indicator table in the text, in order. Blank lines carry nothing inside a table
 * (PDF text puts one between every cell), so the scan, its look-backs and look-aheads skip them.
 */
export function findTables(allLines: readonly NormalisedLine[]): Table[] {
  const lines = allLines.filter((l) => l.text.trim());
  const tables: Table[] = [];
  let i = 0;
  while (i < lines.length) {
    const hdr = isHeaderStart(lines[i].text) ? readHeader(lines, i) : null;
    if (!hdr) {
      i++;
      continue;
    }
    const { appendix, title } = titleAbove(lines, i);
    const res =
      hdr.layout === 'FLAT'
        ? readFlatRows(lines, hdr.end, hdr.columns, hdr.kind, hdr.text)
        : readCellRows(lines, hdr.end, hdr.columns, hdr.layout);
    const used = lines.slice(i, Math.max(res.end, hdr.end));
    tables.push({
      kind: hdr.kind,
      layout: hdr.layout,
      columns: hdr.columns,
      appendix,
      title,
      headerText: hdr.text,
      rows: res.rows,
      span: spanOf(used.length ? used : [lines[i]]),
    });
    i = Math.max(res.end, hdr.end, i + 1);
  }
  return tables;
}

function titleAbove(lines: NormalisedLine[], i: number): { appendix: string | null; title: string } {
  const from = Math.max(0, i - 8);
  for (let k = i - 1; k >= from; k--) {
    const m = isAppendixTitle(lines[k].text);
    if (m) {
      const title = lines
        .slice(k, i)
        .map((l) => l.text.trim())
        .join(' ');
      return { appendix: m[1] ? m[1].toUpperCase() : null, title };
    }
  }
  return {
    appendix: null,
    title: lines
      .slice(Math.max(0, i - 3), i)
      .map((l) => l.text.trim())
      .join(' '),
  };
}

function textOf(texts: Map<ColumnRole, CellText>, role: ColumnRole): CellText {
  let text = texts.get(role);
  if (!text) texts.set(role, (text = new CellText()));
  return text;
}

/** A cell's text onto its role's: the first as written, later ones wrapped on (joinWrapped). */
function addText(texts: Map<ColumnRole, CellText>, role: ColumnRole, cell: string): void {
  const text = texts.get(role);
  if (text) text.addWrapped(cell);
  else texts.set(role, new CellText(cell));
}

/**
 * Rows of a TSV or PIPE table; a line whose first cell is empty continues the previous row. Linear in the
 * table's cells: each role's text is built from its pieces (CellText), however many columns or continuation
 * lines feed it.
 */
function readCellRows(
  lines: NormalisedLine[],
  start: number,
  columns: ColumnRole[],
  layout: TableLayout,
): { rows: TableRow[]; end: number } {
  const rows: Builder[] = [];
  let group: string | null = null;
  let groupHeading: string | null = null;
  let i = start;
  for (; i < lines.length; i++) {
    const l = lines[i];
    const t = l.text;
    const isRowLine = layout === 'PIPE' ? /^\s*\|/.test(t) : t.includes('\t');
    if (!isRowLine) {
      if (!t.trim()) continue;
      if (isAppendixTitle(t) || isStopLine(t)) break;
      if (layout === 'PIPE') break;
      // a TSV row cut without tabs: keep it as continuation of the task text
      const prev = rows[rows.length - 1];
      if (prev && prev.kind === 'ROW' && t.trim().length > 0 && !isHeaderStart(t)) {
        textOf(prev.texts!, 'TASK').addWrapped(t);
        prev.lines.push(l);
        continue;
      }
      break;
    }
    if (layout === 'PIPE' && /^\s*\|?\s*:?-{2,}/.test(t)) continue;
    const cells = layout === 'PIPE' ? pipeCells(t) : t.split('\t').map((c) => c.trim());
    if (isHeaderStart(t) && (columnsFromHeader(cells.join(' ')) || isCellHeader(t))) continue; // repeated header
    const first = (cells[0] ?? '').replace(/[.)]$/, '').trim();
    const nonEmpty = cells.filter((c) => c.trim()).length;
    const roman = romanValue(first);
    if (roman !== null && first) {
      group = first;
      groupHeading = cells.slice(1).filter(Boolean).join(' ').trim();
      rows.push({ kind: 'GROUP', ordinal: first, lines: [l], parts: [], texts: new Map([['TASK', new CellText(groupHeading)]]), group, groupHeading });
      continue;
    }
    if (!first) {
      // continuation of the previous row, column by column
      const prev = rows[rows.length - 1];
      if (!prev || nonEmpty === 0) continue;
      cells.forEach((c, idx) => {
        if (c) addText(prev.texts!, columns[idx] ?? 'OTHER', c);
      });
      prev.lines.push(l);
      continue;
    }
    if (/^\d{1,3}(?:\.\d+)*$/.test(first) || /^[a-zđ]$/.test(first) || /^[-+*•]$/.test(first)) {
      const texts = new Map<ColumnRole, CellText>();
      cells.forEach((c, idx) => {
        if (idx > 0 && c) addText(texts, columns[idx] ?? 'OTHER', c);
      });
      rows.push({ kind: 'ROW', ordinal: first, lines: [l], parts: [], texts, group, groupHeading });
      continue;
    }
    // a row with text but no ordinal: a group heading if it has one cell, else an unnumbered row
    if (nonEmpty === 1) {
      group = null;
      groupHeading = cells.find((c) => c.trim())!.trim();
      rows.push({ kind: 'GROUP', ordinal: null, lines: [l], parts: [], texts: new Map([['TASK', new CellText(groupHeading)]]), group, groupHeading });
    } else {
      const texts = new Map<ColumnRole, CellText>();
      cells.forEach((c, idx) => {
        if (c) addText(texts, columns[idx] ?? 'OTHER', c);
      });
      rows.push({ kind: 'ROW', ordinal: null, lines: [l], parts: [], texts, group, groupHeading });
    }
  }
  return { rows: rows.map(finish), end: i };
}

function finish(b: Builder): TableRow {
  return {
    kind: b.kind,
    ordinal: b.ordinal,
    cells: b.texts ? Object.fromEntries([...b.texts].map(([role, text]) => [role, text.toString()])) : (b.cells ?? {}),
    parts: b.parts,
    group: b.group,
    groupHeading: b.groupHeading,
    lines: b.lines,
    span: spanOf(b.lines),
  };
}

/**
 * Rows of a PDF-flattened table. A row starts with its ordinal (alone on a line, or followed by the
 * start of the text); the ordinal must follow the previous one closely, which rejects page numbers and
 * numbers that open a wrapped line. Group rows carry a Roman numeral.
 */
function readFlatRows(
  lines: NormalisedLine[],
  start: number,
  columns: ColumnRole[],
  kind: TableKind,
  headerText = '',
): { rows: TableRow[]; end: number } {
  const rows: Builder[] = [];
  let group: string | null = null;
  let groupHeading: string | null = null;
  let groupVal = 0;
  let prevOrd = 0;
  let current: Builder | null = null;
  let i = start;
  const headerKey = (k: number) => (isHeaderStart(lines[k].text) ? readHeader(lines, k) : null);
  for (; i < lines.length; i++) {
    const l = lines[i];
    const t = l.text;
    if (!t.trim() || isDebris(t)) continue;
    if (isAppendixTitle(t) || isStopLine(t)) break;
    const rep = headerKey(i);
    if (rep) {
      if (rep.kind !== kind) break; // another table starts
      i = rep.end - 1; // repeated header after a page break
      continue;
    }
    const rm = ROMAN_LINE.exec(t);
    const rv = rm ? romanValue(rm[1]) : null;
    const shouting = !!rm?.[2] && rm[2].length > 10 && rm[2] === rm[2].toUpperCase();
    if (rm && rv !== null && (rv === groupVal + 1 || (rv === groupVal && shouting)) && (!rm[2] || startsUpper(rm[2]))) {
      groupVal = rv;
      group = rm[1];
      groupHeading = rm[2] ?? '';
      current = { kind: 'GROUP', ordinal: group, lines: [l], parts: rm[2] ? [rm[2]] : [], group, groupHeading };
      rows.push(current);
      continue;
    }
    const om = ORDINAL_LINE.exec(t);
    if (om) {
      const n = parseInt(om[1], 10);
      const rest = om[2];
      const afterGroup = current?.kind === 'GROUP';
      const seqOk = (n > prevOrd && n <= prevOrd + 8) || (n === prevOrd && prevOrd > 0) || (n === 1 && (afterGroup || prevOrd === 0 || groupVal > 0));
      const restOk =
        !rest ||
        (startsUpper(rest) && !/^\d/.test(rest)) ||
        /^[“"(]/.test(rest) ||
        (kind === 'TASK' && /^\d+%?\s/.test(rest) && rest.split(/\s+/).length >= 4);
      // a number alone right before a repeated header is a page number
      const nextIsHeader = !rest && i + 1 < lines.length && isHeaderStart(lines[i + 1].text);
      if (seqOk && restOk && !nextIsHeader) {
        prevOrd = n;
        current = { kind: 'ROW', ordinal: om[1], lines: [l], parts: rest ? [rest] : [], group, groupHeading };
        rows.push(current);
        continue;
      }
      if (!rest) continue; // stray page number
    }
    if (!current) continue;
    current.lines.push(l);
    current.parts.push(t);
  }
  // group headings continue on the lines after the Roman numeral
  for (const r of rows) if (r.kind === 'GROUP') r.groupHeading = joinWrapped(r.parts);
  const firstGroup = new Map<string, Builder>();
  for (const g of rows) if (g.kind === 'GROUP' && g.ordinal !== null && !firstGroup.has(g.ordinal)) firstGroup.set(g.ordinal, g);
  for (const r of rows) if (r.kind === 'ROW' && r.group) r.groupHeading = firstGroup.get(r.group)?.groupHeading ?? r.groupHeading;
  // the text column is the widest: its typical line length tells a long (text) line from a cell
  const lengths = rows.filter((r) => r.kind === 'ROW').flatMap((r) => r.parts.map((p) => p.trim().length));
  const width = percentile(lengths, 0.9);
  const longAt = Math.max(38, Math.round(width * 0.75));
  const trailing = columns.filter((c) => c !== 'ORDINAL' && c !== 'TASK' && c !== 'INDICATOR');
  const headerWords = new Set(foldDiacritics(headerText).split(/[^a-z0-9]+/).filter(Boolean));
  for (const r of rows) {
    if (r.kind === 'GROUP') {
      r.cells = { TASK: r.groupHeading ?? '' };
      continue;
    }
    if (kind === 'TASK') {
      const { textLines, runs } = separateFlatRow(withoutHeaderWords(r.parts, headerWords), longAt);
      const cells = assignRuns(runs, trailing);
      r.cells = { ...cells, TASK: joinWrapped(textLines) };
    } else {
      r.cells = {};
    }
  }
  return { rows: rows.map(finish), end: i };
}
