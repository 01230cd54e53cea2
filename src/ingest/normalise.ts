/**
 * Stage 1 of the pipeline: raw text → clean lines that still know where they came from.
 *
 * Each line is cleaned on its own (NFC, PDF diacritic repair, Markdown emphasis, trailing spaces), then
 * whole-document passes drop debris (page numbers, footnote URLs, running headers, web boilerplate).
 * Every kept line keeps its original line number/offset, and a column map (kept beside the line, see
 * `columnsOf`) so any character range of the cleaned text maps back to the original string.
 * Complexity: linear in the text. Each line is cleaned once (the per-character diacritic repair only where a
 * line needs it); running headers group lines by their text in one map; the web footer test reads at most nine
 * lines after a copyright line; `joinLines` looks only at the tail of a paragraph at each join.
 */
import { memo, memoByObject } from './memo';
import type { NormalisedLine, NormalisedText, Span } from './model';
import { repairOcrMisreadings } from './ocr-repair';
import { foldDiacritics } from './text';

// ---------------------------------------------------------------------------------------------------
// Column maps. NormalisedLine is a contract type (JSON-safe, no extra fields), so the per-character map
// back to the original line lives in a WeakMap beside it. Lines built by hand (tests, other stages) have
// no map and are treated as identity, clamped to the original length.
const COLUMNS = new WeakMap<NormalisedLine, Int32Array>();

/** Original column (0-based, within the original line) of each cleaned char boundary: length text.length+1. */
export function columnsOf(l: NormalisedLine): Int32Array {
  const known = COLUMNS.get(l);
  if (known && known.length === l.text.length + 1) return known;
  const cols = new Int32Array(l.text.length + 1);
  for (let i = 0; i <= l.text.length; i++) cols[i] = Math.min(i, l.length);
  return cols;
}

/**
 * The line with spaces inserted before the given indices of its text (a later stage reading glued words as
 * if spaced): the column map follows, so spans still point into the original.
 */
export function withSpacesAt(l: NormalisedLine, at: readonly number[]): NormalisedLine {
  if (!at.length) return l;
  const cols = columnsOf(l);
  const points = new Set(at);
  let text = '';
  const out: number[] = [];
  for (let i = 0; i < l.text.length; i++) {
    if (points.has(i)) {
      text += ' ';
      out.push(cols[i]);
    }
    text += l.text[i];
    out.push(cols[i]);
  }
  out.push(cols[l.text.length]);
  const line: NormalisedLine = { ...l, text };
  COLUMNS.set(line, Int32Array.from(out));
  return line;
}

/**
 * The line rewritten by a later stage (a page's markup taken away, a character reference decoded): `cols[i]` is the
 * column of the original line the new text's i-th boundary comes from (length text.length + 1), so spans still
 * point into the original.
 */
export function withColumns(l: NormalisedLine, text: string, cols: readonly number[]): NormalisedLine {
  const line: NormalisedLine = { ...l, text };
  COLUMNS.set(line, Int32Array.from(cols));
  return line;
}

// ---------------------------------------------------------------------------------------------------
// Per-line clean-up over code points that remember their source column.
interface Tok {
  ch: string;
  start: number;
  end: number;
}

/** Vietnamese tone marks; the vowel-quality marks (◌̂ ◌̆ ◌̛) stay with their letter. */
const TONE = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);
const isMark = (c: string) => /\p{M}/u.test(c);
const isLetter = (c: string) => /\p{L}/u.test(c);

function tokens(raw: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  for (const ch of raw) {
    out.push({ ch, start: i, end: i + ch.length });
    i += ch.length;
  }
  return out;
}

/** Characters that carry no text: form feed, zero-width, BOM, soft hyphen. NBSP becomes a space. */
function stripInvisible(t: Tok[]): Tok[] {
  return t
    .filter((x) => !/[\f\u200b-\u200d\u2060\ufeff\u00ad]/.test(x.ch))
    .map((x) => (x.ch === '\u00a0' || x.ch === '\u202f' ? { ...x, ch: ' ' } : LOOKALIKE.test(x.ch) ? { ...x, ch: readAsMeant(x.ch) } : x));
}

/**
 * Lookalikes a site typed, read as meant, one character for one: a slash ("599⁄SCT-QLNL", U+2044 fraction slash;
 * U+2215; the full-width one) and the Icelandic eth for the Vietnamese Đ ("1568/QÐ-TTg", "Ðề án": U+00D0/U+00F0 look
 * like U+0110/U+0111 and Vietnamese has no eth).
 */
const LOOKALIKE = /[\u2044\u2215\uff0f\u00d0\u00f0]/;
const LOOKALIKES = /[\u2044\u2215\uff0f\u00d0\u00f0]/g;
const MEANT: Record<string, string> = { '\u00d0': '\u0110', '\u00f0': '\u0111' };
const readAsMeant = (ch: string) => MEANT[ch] ?? '/';

/**
 * Markdown transcriptions: "# KẾ HOẠCH", "**TM. ỦY BAN NHÂN DÂN". Only heading hashes and ** are
 * removed; single * and _ are left alone because drafts use "____" as blanks and "*" as bullets.
 */
function stripMarkdownEmphasis(t: Tok[]): Tok[] {
  const s = t.map((x) => x.ch).join('');
  const drop = new Set<number>();
  const h = /^(\s*)(#{1,6})\s+/.exec(s);
  let idx = 0;
  const starts: number[] = [];
  for (const x of t) {
    starts.push(idx);
    idx += x.ch.length;
  }
  const mark = (from: number, len: number) => {
    for (let k = 0; k < t.length; k++) if (starts[k] >= from && starts[k] < from + len) drop.add(k);
  };
  if (h) mark(h[1].length, h[0].length - h[1].length);
  for (const m of s.matchAll(/\*\*/g)) mark(m.index ?? 0, 2);
  return drop.size ? t.filter((_, k) => !drop.has(k)) : t;
}

/**
 * Markdown escapes, as a portal's Markdown export writes them: "1\. Đến năm 2030", "\- Các cấp ủy …",
 * "16 \- 18%/năm", "R\&D". A backslash before ASCII punctuation is dropped; the punctuation stays.
 */
function stripMarkdownEscapes(t: Tok[]): Tok[] {
  const escaped = (k: number) => t[k].ch === '\\' && k + 1 < t.length && /^[!-/:-@[-`{-~]$/.test(t[k + 1].ch);
  return t.some((_, k) => escaped(k)) ? t.filter((_, k) => !escaped(k)) : t;
}

/**
 * PDF extraction sometimes separates a tone mark from its letter: it lands after a space
 * ("Đơn vi ̣" for "Đơn vị", "tri ̀báo" for "trì báo") or after the next letter ("Triêụ", "Viêṇ",
 * "thưc̣"). First put marks that follow a space back before it, then re-seat each tone of an affected
 * word on the vowel Vietnamese orthography puts it on. Only words that contain a separate (decomposed)
 * tone mark are touched, so well-formed NFC text is never rewritten.
 */
function repairDiacritics(t: Tok[]): Tok[] {
  const out = t.slice();
  // (a) "vi ̣" → "vị", "tri ̀báo" → "trì báo".
  for (let i = 2; i < out.length; i++) {
    if (!TONE.has(out[i].ch) || !/[ \t]/.test(out[i - 1].ch)) continue;
    if (!(isLetter(out[i - 2].ch) || isMark(out[i - 2].ch))) continue;
    const mark = out[i];
    const space = out[i - 1];
    const next = out[i + 1];
    if (!next || /\s/.test(next.ch)) {
      out.splice(i - 1, 2, mark); // the space was only the artefact's
    } else {
      out.splice(i - 1, 2, mark, space);
    }
  }
  // (b) Re-seat tones inside each word that has a decomposed tone mark.
  let i = 0;
  while (i < out.length) {
    if (!isLetter(out[i].ch)) {
      i++;
      continue;
    }
    let j = i;
    while (j < out.length && (isLetter(out[j].ch) || isMark(out[j].ch))) j++;
    const word = out.slice(i, j);
    if (word.some((x) => TONE.has(x.ch))) out.splice(i, j - i, ...reseatTone(word));
    i = j;
  }
  return out;
}

const VOWELS = 'aăâeêioôơuưy';
const QUALITY = 'ăâêôơư';

/** Place the (single) tone mark of a word on the vowel that carries it in Vietnamese spelling. */
function reseatTone(word: Tok[]): Tok[] {
  const tones = word.filter((x) => TONE.has(x.ch));
  if (tones.length !== 1) return word;
  const tone = tones[0];
  // Letters with their non-tone marks, and where the tone currently sits.
  const letters: { toks: Tok[]; base: string }[] = [];
  let toneAt = -1;
  for (const x of word) {
    if (x === tone) {
      toneAt = letters.length - 1;
      continue;
    }
    if (isMark(x.ch) && letters.length) letters[letters.length - 1].toks.push(x);
    else letters.push({ toks: [x], base: '' });
  }
  for (const l of letters) l.base = l.toks.map((x) => x.ch).join('').normalize('NFC').toLowerCase();
  const isV = (k: number) => k >= 0 && k < letters.length && VOWELS.includes(letters[k].base);
  // Vowel cluster: first run of vowels, treating the u of "qu" and the i of "gi" (before a vowel) as consonants.
  let a = letters.findIndex((_, k) => isV(k));
  if (a < 0) return word;
  if (a > 0 && letters[a - 1].base === 'q' && letters[a].base === 'u' && isV(a + 1)) a++;
  if (a > 0 && letters[a - 1].base === 'g' && letters[a].base === 'i' && isV(a + 1)) a++;
  let b = a;
  while (isV(b + 1)) b++;
  const cluster = letters.slice(a, b + 1).map((l) => l.base);
  const hasFinal = b < letters.length - 1;
  const ok: number[] = [];
  const q = cluster.map((c, k) => (QUALITY.includes(c) ? k : -1)).filter((k) => k >= 0);
  if (q.length) ok.push(a + q[q.length - 1]);
  else if (cluster.length === 1) ok.push(a);
  else if (cluster.length === 3) ok.push(a + 1);
  else if (hasFinal) ok.push(a + 1);
  else if (['oa', 'oe', 'uy'].includes(cluster.join(''))) ok.push(a, a + 1);
  else ok.push(a);
  if (ok.includes(toneAt)) return word;
  const target = ok[ok.length - 1];
  const rebuilt: Tok[] = [];
  letters.forEach((l, k) => {
    rebuilt.push(...l.toks);
    if (k === target) rebuilt.push(tone);
  });
  return rebuilt;
}

/** Spacing accents that OCR (and some PDF fonts) write beside a vowel instead of on it: "Ho´a", "vi˜". */
const SPACING_TONE: Record<string, string> = { '\u00b4': '\u0301', '\u02ca': '\u0301', '`': '\u0300', '\u02cb': '\u0300', '\u02dc': '\u0303', '~': '\u0303' };
const isVowel = (c: string) => VOWELS.includes(c.normalize('NFD')[0].toLowerCase());

/** A spacing accent right after a vowel becomes the combining tone, which the diacritic repair then seats. */
function spacingAccentsToMarks(t: Tok[]): Tok[] {
  return t.map((x, i) => (SPACING_TONE[x.ch] && i > 0 && isVowel(t[i - 1].ch) && (i + 1 === t.length || !/\d/.test(t[i + 1].ch)) ? { ...x, ch: SPACING_TONE[x.ch] } : x));
}

/** NFC per grapheme cluster so each output char knows the original columns it came from. */
function composeNfc(t: Tok[]): { text: string; cols: Int32Array } {
  const clusters: Tok[][] = [];
  for (const x of t) {
    if (isMark(x.ch) && clusters.length) clusters[clusters.length - 1].push(x);
    else clusters.push([x]);
  }
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (const c of clusters) {
    const s = c
      .map((x) => x.ch)
      .join('')
      .normalize('NFC');
    const st = Math.min(...c.map((x) => x.start));
    const en = Math.max(...c.map((x) => x.end));
    for (let k = 0; k < s.length; k++) {
      starts.push(st);
      ends.push(en);
    }
    text += s;
  }
  // A composition across clusters is not expected for Vietnamese; if it happens, NFC the whole line.
  const whole = text.normalize('NFC');
  if (whole !== text) {
    const cols = new Int32Array(whole.length + 1);
    const last = ends.length ? ends[ends.length - 1] : 0;
    for (let k = 0; k <= whole.length; k++) cols[k] = Math.round((k / Math.max(1, whole.length)) * last);
    return { text: whole, cols };
  }
  const cols = new Int32Array(text.length + 1);
  let run = 0;
  for (let k = 0; k < text.length; k++) {
    run = Math.max(run, starts[k]);
    cols[k] = run;
  }
  cols[text.length] = ends.length ? Math.max(run, ...ends.slice(-1)) : 0;
  return { text, cols };
}

/**
 * Most lines need none of the per-character repairs: already NFC, no combining marks, no invisible
 * characters, no Markdown emphasis, no astral characters. Those map column for column, without building a
 * token per character (the slow path is most of the parse time on large files).
 */
const NEEDS_REPAIR = /[\p{M}\f\u200b-\u200d\u2060\ufeff\u00ad\u{10000}-\u{10ffff}\u00b4\u02ca\u02cb\u02dc`~]|\*\*|^\s*#|\\[!-/:-@[-`{-~]/u;

/**
 * Characters that are NFC as they stand, whatever stands around them, without asking ICU (the pattern matches any other): every one of them is its
 * own canonical form, and none combines with a neighbour (marks, the only ones that do in these ranges, are
 * NEEDS_REPAIR's). ASCII and Latin up to U+02FF, Vietnamese's precomposed letters (U+1E00–U+1EFF), and
 * punctuation from U+2002 (U+2000 and U+2001 decompose to U+2002 and U+2003).
 */
const BEYOND_NFC_AS_IT_STANDS = /[\u0300-\u1dff\u1f00-\u2001\u2070-\uffff]/;

function isPlainLine(raw: string): boolean {
  return !NEEDS_REPAIR.test(raw) && (!BEYOND_NFC_AS_IT_STANDS.test(raw) || raw.normalize('NFC') === raw);
}

const NARROW_SPACES = /[\u00a0\u202f]/g;

/**
 * `s.replace(/[ ]+$/, '')` by a loop from the end: the regex tries a match at every space of the line (every line of
 * every document is trimmed so).
 */
function withoutTrailingSpaces(s: string): string {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 32) end--;
  return end === s.length ? s : s.slice(0, end);
}

function plainLine(raw: string): { text: string; cols: Int32Array } {
  // OCR misreadings are repaired one character for one, so columns still map one to one.
  const text = withoutTrailingSpaces(repairOcrMisreadings(raw.replace(NARROW_SPACES, ' ').replace(LOOKALIKES, readAsMeant)));
  const cols = new Int32Array(text.length + 1);
  for (let k = 0; k <= text.length; k++) cols[k] = k;
  return { text, cols };
}

/** Clean one line; returns the text and its column map. Exported for tests and other stages. */
export function normaliseLine(raw: string): { text: string; cols: Int32Array } {
  return isPlainLine(raw) ? plainLine(raw) : normaliseByCharacter(raw);
}

/** The per-character path: every repair, each output character keeping the original columns it came from. */
export function normaliseByCharacter(raw: string): { text: string; cols: Int32Array } {
  let t = tokens(raw);
  t = stripInvisible(t);
  t = stripMarkdownEmphasis(t);
  t = stripMarkdownEscapes(t);
  t = spacingAccentsToMarks(t);
  if (t.some((x) => isMark(x.ch))) t = repairDiacritics(t);
  const composed = composeNfc(t);
  // OCR misreadings ("dến", "Sớ Nội vụ") are repaired one character for one, so the column map holds.
  const text = repairOcrMisreadings(composed.text);
  const cols = composed.cols;
  // Trailing spaces are PDF debris; trailing tabs are empty table cells and stay.
  const trimmed = withoutTrailingSpaces(text);
  return { text: trimmed, cols: cols.slice(0, trimmed.length + 1) };
}

// ---------------------------------------------------------------------------------------------------
// Debris detection: whole-document passes over the cleaned lines.

const URL_LINE = /^\s*(?:\[\^?\d+\]:?|\(\d+\)|\d{1,3}[.)]?)?\s*<?(?:https?:\/\/|www\.)\S+>?\s*$/i;
/** "12", "- 12 -", "Trang 12", "12/40", "Page 3 of 9". */
const PAGE_NUMBER = /^\s*(?:(trang|page)\s*)?[-–—]?\s*(\d{1,3})\s*[-–—]?\s*(?:(?:\/|of|trên)\s*\d{1,3})?\s*$/i;

/**
 * Whole lines of website chrome. Matched on the diacritic-folded line, possibly several items joined by
 * "|", "•", "»" (a menu bar). Deliberately short: a false positive would delete document text.
 */
const BOILERPLATE_ITEMS = new Set(
  [
    'đăng nhập', 'đăng ký', 'đăng xuất', 'quên mật khẩu', 'chia sẻ', 'chia sẻ bài viết', 'in trang', 'bản in',
    'in bài viết', 'tải về', 'tải văn bản', 'tải file', 'tải xuống', 'trang chủ', 'tìm kiếm', 'sơ đồ trang',
    'sitemap', 'facebook', 'zalo', 'twitter', 'youtube', 'gửi email', 'copy link', 'sao chép liên kết',
    'lưu văn bản', 'gửi bình luận', 'về đầu trang', 'lên đầu trang', 'quay lại', 'xem thêm', 'đọc thêm',
    'tin liên quan', 'bài viết liên quan', 'tin khác', 'các tin khác', 'skip to content', 'rss', 'like',
    'share', 'tweet', 'print', 'login', 'đánh giá bài viết', 'cỡ chữ', 'nghe đọc bài', 'tải về văn bản',
  ].map(foldDiacritics),
);
/** Menu words that are only chrome when several stand together on one line ("Giới thiệu | Liên hệ"). */
const MENU_ITEMS = new Set(
  [
    'in', 'lưu', 'email', 'menu', 'home', 'english', 'tiếng việt', 'tiếng anh', 'giới thiệu', 'liên hệ', 'hỏi đáp',
    'góp ý', 'bình luận', 'theo dõi', 'thích', 'trở về', 'nội dung', 'thuộc tính', 'lược đồ', 'văn bản gốc',
    'vb liên quan', 'hiệu lực', 'a+', 'a-', 'tin tức', 'văn bản', 'thủ tục hành chính', 'dịch vụ công',
  ].map(foldDiacritics),
);
const BOILERPLATE_LINE = [
  /^(?:©|\(c\)|copyright\b|ban quyen\b|ban quyen thuoc\b)/, // copyright
  /^ghi ro nguon\b/, // "Ghi rõ nguồn ... khi phát hành lại thông tin"
  /^(?:so )?luot (?:xem|truy cap|doc)\b\s*[:\d]/, // view counters
  /^(?:ngay dang|cap nhat(?: luc| ngay)?|dang luc|ngay cap nhat)\s*:/, // post metadata
  /^trang chu\s*(?:[>»/|›]|$)/, // breadcrumb "Trang chủ > Văn bản > ..."
  /^!\[[^\]]*\]\([^)]*\)$/, // Markdown image alone on a line
  /^(?:chiu trach nhiem (?:noi dung|xuat ban)|tong bien tap|co quan chu quan)\s*:/, // site imprint
];

/** A character that no item of BOILERPLATE_ITEMS or MENU_ITEMS holds, nor the separators and marks around them. */
const NOT_IN_MENU_ITEMS = new RegExp(`[^${[...new Set([...BOILERPLATE_ITEMS, ...MENU_ITEMS].join(''))].join('').replace(/[\\\]^-]/g, '\\$&')}\\s|•·»›*+:-]`, 'u');

/** The text of a line with its Markdown links read as their words ("[Trang chủ](/)" → "Trang chủ"). */
function linkWords(text: string): string {
  // Every link holds "](": most lines have none and are their own answer, without a regex scan.
  return text.includes('](') ? text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') : text;
}

function isBoilerplate(text: string): boolean {
  const s = foldDiacritics(linkWords(text)).trim();
  if (!s || s.length > 120) return false;
  if (BOILERPLATE_LINE.some((re) => re.test(s))) return true;
  // Menu items are folded words: a line holding anything else (a digit, a comma) is no menu, without splitting it.
  if (NOT_IN_MENU_ITEMS.test(s)) return false;
  const items = s
    .split(/\s*[|•·»›]\s*|\t+|\s{3,}/)
    .map((x) => x.replace(/^[-*+\s]+|[:\s]+$/g, ''))
    .filter(Boolean);
  if (!items.length) return false;
  if (items.every((x) => BOILERPLATE_ITEMS.has(x))) return true;
  return items.length >= 2 && items.every((x) => BOILERPLATE_ITEMS.has(x) || MENU_ITEMS.has(x));
}

/** Headings of a site's related-links list ("Tin liên quan"): the short lines under them are link titles. */
const RELATED_HEADING = /^(?:tin|bai viet|van ban|cac tin|tin tuc)(?: lien quan| khac| cung chuyen muc)$|^(?:xem them|doc them|co the ban quan tam|tin moi|tin doc nhieu)$/;
const COPYRIGHT = /^(?:©|\(c\)|copyright\b|ban quyen\b)/;
/** The site's contact lines under the copyright ("Địa chỉ: …", "Điện thoại: …", "Giấy phép số …"). */
const FOOTER_LINE = /^(?:dia chi|tru so|dien thoai|dt|fax|email|e-mail|website|hotline|duong day nong|giay phep|ghi ro nguon)\b/;
/** A line that opens document structure, which a list of links never does. */
const STRUCTURE = /^(?:[IVX]{1,5}[.)]|\d{1,2}[.)]|[a-zđ]\)|Điều\s+\d|PHỤ LỤC|Phụ lục)\s/u;

interface Draft {
  line: NormalisedLine;
  cols: Int32Array;
  /** The original line contained a form feed (a page break). */
  formFeed: boolean;
  drop: string | null;
}

/**
 * Page numbers: a bare number that stands alone between page-gap blank lines (or next to a form feed),
 * whose value is plausible for its position (between 5 and 250 lines per page) and keeps increasing.
 * Bare numbers inside flattened tables (row ordinals "8", "9" on their own line) fail these tests.
 */
function markPageNumbers(d: Draft[]): void {
  const blank = (k: number) => k < 0 || k >= d.length || d[k].line.text.trim() === '' || d[k].drop !== null;
  let lastPage = 0;
  for (let k = 0; k < d.length; k++) {
    if (d[k].drop) continue;
    const m = PAGE_NUMBER.exec(d[k].line.text);
    if (!m) continue;
    const n = Number(m[2]);
    const explicit = Boolean(m[1]) || /[-–—]\s*\d+\s*[-–—]/.test(d[k].line.text);
    const nearFeed = d[k].formFeed || (k > 0 && d[k - 1].formFeed) || (k + 1 < d.length && d[k + 1].formFeed);
    const gapBefore = blank(k - 1) && blank(k - 2);
    const gapAfter = blank(k + 1) && blank(k + 2);
    const ratio = d[k].line.line / Math.max(1, n);
    const plausible = n >= 1 && n > lastPage && ratio >= 5 && ratio <= 250;
    if ((explicit || nearFeed || gapBefore || gapAfter) && plausible) {
      d[k].drop = 'page number';
      lastPage = n;
    }
  }
}

/**
 * Running headers/footers: a short line repeated on 3+ pages, each time right next to a page break
 * (a dropped page number or a form feed). Repeated table cells ("Các sở, ban, ngành") are not near
 * page breaks every time, so they survive.
 */
function markRunningHeaders(d: Draft[]): void {
  const isBreak = (k: number) => k >= 0 && k < d.length && (d[k].formFeed || d[k].drop === 'page number');
  const near = (k: number) => {
    for (let j = k - 3; j <= k + 3; j++) if (j !== k && isBreak(j)) return true;
    return k <= 2; // the first page's header sits at the top of the text
  };
  const groups = new Map<string, number[]>();
  d.forEach((x, k) => {
    const key = x.line.text.trim();
    // A table row (tab-separated cells) repeated at page heads is a table's header, for the table stage.
    if (!x.drop && key && key.length <= 120 && !key.includes('\t')) {
      const ks = groups.get(key);
      if (ks) ks.push(k);
      else groups.set(key, [k]);
    }
  });
  const breaks = d.filter((x, k) => isBreak(k)).length;
  if (breaks < 2) return;
  for (const [, ks] of groups) {
    if (ks.length >= 3 && ks.every(near)) for (const k of ks) d[k].drop = 'running header';
  }
}

/**
 * Web copies end with the site's related-links list and footer. The list: the short lines after a
 * "Tin liên quan" heading, up to a gap of two blank lines or a line of document structure (their titles
 * name other documents, which must not become citations). The footer: the few short lines after the
 * copyright line (address, phone), when they close the text.
 */
function markWebBlocks(d: Draft[]): void {
  // Index in d of the non-blank lines, for the footer test (the few lines after a copyright line).
  const nonBlank = d.flatMap((x, k) => (x.line.text.trim() ? [k] : []));
  let nextNonBlank = 0; // position in nonBlank of the first non-blank line after k
  const folded = (k: number) => foldDiacritics(linkWords(d[k].line.text)).replace(/[:\s]+$/, '').trim();
  for (let k = 0; k < d.length; k++) {
    const f = folded(k);
    if (RELATED_HEADING.test(f)) {
      d[k].drop ??= 'web boilerplate';
      let blanks = 0;
      for (let j = k + 1; j < d.length; j++) {
        const t = d[j].line.text.trim();
        if (!t) {
          if (++blanks >= 2) break;
          continue;
        }
        blanks = 0;
        if (d[j].drop || t.length > 200 || STRUCTURE.test(t)) break;
        d[j].drop = 'related link';
      }
    }
    while (nextNonBlank < nonBlank.length && nonBlank[nextNonBlank] <= k) nextNonBlank++;
    // Only the first nine non-blank lines after it matter (more than 8 is not a footer): not the whole rest.
    if (COPYRIGHT.test(f)) {
      const rest = nonBlank.slice(nextNonBlank, nextNonBlank + 9).map((j) => d[j]);
      if (rest.length <= 8 && rest.every((x) => x.drop || FOOTER_LINE.test(foldDiacritics(x.line.text.trim())))) for (const x of rest) x.drop ??= 'web footer';
    }
  }
}

/**
 * Clean raw text into lines mapped back to the original. Blank lines are kept (they are not debris, and
 * stages that care about paragraphs read them); debris lines are removed and listed in `dropped`.
 */
export function normalise(raw: string): NormalisedText {
  const drafts: Draft[] = [];
  // Lines end in LF, CRLF or a lone CR (old Mac files); offsets count the original line ends, so spans
  // point into the text exactly as read.
  // (Cut by hand, not by a regex's matches: this runs over every character of every document.)
  const parts: { text: string; offset: number }[] = [];
  for (let start = 0; ; ) {
    let end = start;
    while (end < raw.length && raw.charCodeAt(end) !== 10 && raw.charCodeAt(end) !== 13) end++;
    parts.push({ text: raw.slice(start, end), offset: start });
    if (end >= raw.length) break;
    start = end + (raw.charCodeAt(end) === 13 && raw.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
  parts.forEach(({ text: original, offset }, idx) => {
    const { text, cols } = normaliseLine(original);
    const line: NormalisedLine = { text, line: idx + 1, offset, length: original.length };
    const formFeed = original.includes('\f');
    let drop: string | null = null;
    if (formFeed && text.trim() === '') drop = 'form feed';
    else if (URL_LINE.test(text)) drop = 'url';
    else if (isBoilerplate(text)) drop = 'web boilerplate';
    drafts.push({ line, cols, formFeed, drop });
  });
  // A trailing newline does not make a last empty line.
  if (drafts.length > 1 && parts[parts.length - 1].text === '') drafts.pop();
  markPageNumbers(drafts);
  markRunningHeaders(drafts);
  markWebBlocks(drafts);
  const lines: NormalisedLine[] = [];
  const dropped: { line: number; reason: string }[] = [];
  for (const x of drafts) {
    if (x.drop) dropped.push({ line: x.line.line, reason: x.drop });
    else {
      COLUMNS.set(x.line, x.cols);
      lines.push(x.line);
    }
  }
  return { lines, dropped };
}

// ---------------------------------------------------------------------------------------------------
// Re-joining wrapped lines.

export interface Joined {
  /** The lines joined into one string (blank lines skipped, wrapped lines joined with one space). */
  text: string;
  /** Span in the ORIGINAL text of text[start, end). */
  spanOf(start: number, end: number): Span;
  /** The cleaned line a character of `text` came from. */
  lineAt(index: number): NormalisedLine;
}

/** How much of a paragraph's end decides how the next line joins it (longer than any word). */
const JOIN_TAIL = 100;

/**
 * Join wrapped lines into one paragraph string. PDF text breaks lines anywhere, including inside a
 * symbol ("23-" / "CT/TW", "153/NQ-" / "CP") and inside hyphenated foreign words ("informa-" / "tion");
 * those are joined without a space. "kinh tế -" / "xã hội" keeps its spaces. Tabs inside a line are
 * kept as cell separators.
 * Linear in the paragraph's characters: each join looks only at the last JOIN_TAIL characters, and the
 * pieces are concatenated once at the end (testing or slicing the whole text at every line made a PDF table
 * flattened one cell a line, one long paragraph, quadratic in its lines).
 */
export const joinLines: (lines: readonly NormalisedLine[]) => Joined = memoByObject(joinLinesOnce);

function joinLinesOnce(lines: readonly NormalisedLine[]): Joined {
  const parts: string[] = [];
  let tail = '';
  // The text as pieces (a line's body, or the space joining two lines), each with where it starts in the text, the
  // line it came from and that line's column of its first character (a joining space: the column after the line
  // before it). A character's line and column follow from its piece: kept per piece, not per character (per
  // character, they were an eighth of everything the parse allocated).
  const pieceStart: number[] = [];
  const pieceLine: number[] = [];
  const pieceColumn: number[] = [];
  let length = 0;
  const used: NormalisedLine[] = [];
  const piece = (line: number, column: number, size: number) => {
    pieceStart.push(length);
    pieceLine.push(line);
    pieceColumn.push(column);
    length += size;
  };
  for (const l of lines) {
    const s = l.text.replace(/^\s+/, '');
    const lead = l.text.length - s.length;
    const body = s.replace(/\s+$/, '');
    if (!body) continue;
    if (parts.length) {
      const glue = joinsTight(tail, body) ? '' : ' ';
      if (/(?:^|[^A-Za-z])[a-z]{2,}-$/.test(tail) && /^[a-z]+\b/.test(body)) {
        // A Latin word hyphenated at the break ("informa-" / "tion"): drop the hyphen. Vietnamese
        // compounds ("kinh tế-" / "xã hội") keep theirs: syllables are never split.
        parts[parts.length - 1] = parts[parts.length - 1].slice(0, -1);
        tail = tail.slice(0, -1);
        length--; // the line's piece, the last one, ends a character earlier
      }
      if (glue) {
        parts.push(glue);
        piece(used.length - 1, used[used.length - 1].text.length, 1);
      }
      tail = (tail + glue + body.slice(-JOIN_TAIL)).slice(-JOIN_TAIL);
    } else tail = body.slice(-JOIN_TAIL);
    used.push(l);
    piece(used.length - 1, lead, body.length);
    parts.push(body);
  }
  const text = parts.join('');
  /** The piece holding text[k] (-1 when there is none): the last one starting at or before it. */
  const pieceAt = (k: number): number => {
    let lo = 0;
    let hi = pieceStart.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (pieceStart[mid] <= k) lo = mid;
      else hi = mid - 1;
    }
    return hi;
  };
  const clamp = (i: number) => Math.max(0, Math.min(i, length - 1));
  const point = (i: number, isEnd: boolean): { line: number; offset: number } => {
    if (!used.length) return { line: 0, offset: 0 };
    const k = clamp(i);
    const p = pieceAt(k);
    const l = used[pieceLine[p]];
    const cols = columnsOf(l);
    const c = Math.min(pieceColumn[p] + (k - pieceStart[p]) + (isEnd ? 1 : 0), cols.length - 1);
    return { line: l.line, offset: l.offset + cols[c] };
  };
  return {
    text,
    spanOf(start: number, end: number): Span {
      const s = point(start, false);
      const e = point(Math.max(start, end - 1), true);
      return { startLine: s.line, endLine: e.line, startOffset: s.offset, endOffset: Math.max(s.offset, e.offset) };
    },
    lineAt(index: number): NormalisedLine {
      return used[pieceLine[pieceAt(clamp(index))]];
    },
  };
}

/** Should the next line attach without a space? (symbol/number split, or a word hyphenated at the break). */
function joinsTight(prev: string, next: string): boolean {
  if (/[\p{Lu}\d]-$/u.test(prev) || /[\p{L}\d]\/$/u.test(prev)) return /^[\p{L}\d]/u.test(next);
  if (/\p{Ll}-$/u.test(prev) && /^\p{Ll}/u.test(next)) return true;
  if (/\d$/.test(prev) && /^[-/][\p{L}\d]/u.test(next)) return true; // "số 35" / "/KH-UBND"
  return false;
}

/** Span covering whole cleaned lines (no joining). */
export function spanOfLines(first: NormalisedLine, last: NormalisedLine = first): Span {
  return {
    startLine: first.line,
    endLine: last.line,
    startOffset: first.offset,
    endOffset: last.offset + last.length,
  };
}

const paragraphsOf = memoByObject(splitParagraphsOnce);
/** Lines without their blank ones (nonBlankLines) → the lines they were taken from. */
const WITH_BLANKS = new WeakMap<readonly NormalisedLine[], readonly NormalisedLine[]>();

/**
 * Group cleaned lines into paragraphs. A paragraph ends at a line ending in sentence punctuation
 * (". ; : ! ?") or at a line followed by one that opens a new item ("- ", "+ ", "1.", "a)", "II.",
 * a heading in capitals); blank lines alone do not end it because PDF text puts one after every line.
 * Lines containing tabs (DOCX table rows) are paragraphs on their own. Remembered per array of lines.
 */
export function splitParagraphs(lines: readonly NormalisedLine[]): readonly NormalisedLine[][] {
  return paragraphsOf(WITH_BLANKS.get(lines) ?? lines);
}

/**
 * The lines without their blank ones (what pipeline.ts gives the family readers). Paragraphs skip blank lines, so
 * these split into the very paragraphs (the same arrays) of the lines they came from: every stage then shares one
 * split of the document, and the paragraphs joined on it (`joinLines` remembers by paragraph).
 */
export function nonBlankLines(lines: readonly NormalisedLine[]): NormalisedLine[] {
  const kept = lines.filter((l) => l.text.trim());
  WITH_BLANKS.set(kept, WITH_BLANKS.get(lines) ?? lines);
  return kept;
}

function splitParagraphsOnce(lines: readonly NormalisedLine[]): NormalisedLine[][] {
  const out: NormalisedLine[][] = [];
  let cur: NormalisedLine[] = [];
  const flush = () => {
    if (cur.length) out.push(cur);
    cur = [];
  };
  for (const l of lines) {
    const t = l.text.trim();
    if (!t) continue;
    if (l.text.includes('\t')) {
      flush();
      out.push([l]);
      continue;
    }
    // A new preamble clause ("Căn cứ …", "(Tiếp tục) thực hiện …") starts a paragraph even after an unpunctuated title or headline; so does a
    // news paragraph's connective after an intro without its full stop ("… (19/5/1890- 19/5/2020)" / "Theo đó, Ban …").
    if (cur.length && (startsItem(t) || /^(?:Căn cứ|Tiếp tục thực hiện|Thực hiện|Xét đề nghị|Theo đề nghị)(?:\s|:)|^(?:Theo đó|Cụ thể|Đồng thời|Ngoài ra|Bên cạnh đó),\s/u.test(t))) flush();
    if (cur.length && isAllCaps(t) !== isAllCaps(cur[cur.length - 1].text.trim())) flush();
    cur.push(l);
    if (/[.;:!?]["”)]?$/.test(t) && !/\b(?:số|ngày|TM|KT|TL|TUQ)\.$/i.test(t)) flush();
  }
  flush();
  return out;
}

/** Opening of a numbered/bulleted item or section heading. */
// (7x) A Party document numbers with a dash: "1- Mục đích", "2- Yêu cầu" / "a- Cấp uỷ các cấp chỉ đạo, …".
export function startsItem(t: string): boolean {
  return /^(?:[-–+•*]\s|\d{1,2}(?:\.\d{1,2})*[.)]\s|[a-zđ][.)]\s|(?:\d{1,2}|[a-zđ])[-–]\s(?=\p{Lu})|[IVXLC]{1,6}[.)]\s|\(\d{1,2}\)\s|Phụ lục\b|PHỤ LỤC\b)/u.test(t);
}

// Several stages split the same document into paragraphs: each line's answer is remembered.
// (Its letters, `t.replace(/[^\p{L}]/gu, '')`, equal their upper case exactly when each letter is its own upper case:
// read character by character, each character's answer remembered, without building the string of letters.)
const isAllCaps = memo((t: string): boolean => {
  let letters = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return isAllCapsAstral(t);
    const k = LETTER_CASE[c] || (LETTER_CASE[c] = letterCase(String.fromCharCode(c)));
    if (k === CHANGED_BY_UPPER_CASE) return false;
    if (k === UPPER_CASE_LETTER) letters++;
  }
  return letters >= 4;
});
const NOT_A_LETTER = 1;
const UPPER_CASE_LETTER = 2;
const CHANGED_BY_UPPER_CASE = 3;
const LETTER_CASE = new Uint8Array(0x10000);
const letterCase = (ch: string) => (!/\p{L}/u.test(ch) ? NOT_A_LETTER : ch.toUpperCase() === ch ? UPPER_CASE_LETTER : CHANGED_BY_UPPER_CASE);
function isAllCapsAstral(t: string): boolean {
  const letters = t.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toUpperCase();
}
