/**
 * Small text helpers shared by the ingest stages. Pure functions, no state but remembered answers.
 */
import { memo } from './memo';

/**
 * Lowercase, strip every diacritic and map đ→d, so "Sở Khoa học" and "so khoa hoc" compare equal.
 * A mark that a PDF detached from its letter ("Đơn vi ̣") goes with the space before it, so broken text
 * folds like clean text. Used for keys and tolerant matching, never for display text.
 */
export const foldDiacritics: (s: string) => string = memo(fold);

function fold(s: string): string {
  return foldByCharacter(s) ?? foldWhole(s);
}

function foldWhole(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\s?[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .normalize('NFC');
}

/**
 * foldWhole's answer in one pass, each character folded alone (and remembered), wherever that gives the same
 * string: ASCII, characters that fold to ASCII (every Vietnamese letter), whitespace, and uncased, unmarked
 * symbols that stay themselves ("–", "“"); a combining mark is dropped, with the one whitespace before it as the
 * regex drops it. Anything else (another script's letters or marks, whose case or composition can depend on their
 * neighbours) gives null and foldWhole reads the string. foldWhole's four passes over each new string cost about
 * a twentieth of the parse.
 */
function foldByCharacter(s: string): string | null {
  // Runs of characters that fold to themselves (lower-case ASCII, digits, spaces, punctuation) are copied whole; a
  // string made only of them is its own answer.
  let out = '';
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80 && !(c >= 65 && c <= 90)) continue;
    if (run < i) out += s.slice(run, i);
    run = i + 1;
    if (c < 0x80) out += String.fromCharCode(c + 32);
    else if (c >= 0x300 && c <= 0x36f) {
      if (i > 0 && WHITESPACE.test(s[i - 1])) out = out.slice(0, -1);
    } else {
      const f = c >= 0xd800 && c <= 0xdfff ? null : foldedCharacter(c, s[i]);
      if (f === null) return null;
      out += f;
    }
  }
  if (run === 0) return s;
  return run < s.length ? out + s.slice(run) : out;
}

const WHITESPACE = /\s/;
/** foldedCharacter's answers by character code (a Map lookup per character was a fiftieth of the parse). */
const FOLDED: (string | null | undefined)[] = new Array(0x10000);

/** One non-ASCII character folded alone, or null when it must be folded with its neighbours. */
function foldedCharacter(code: number, ch: string): string | null {
  let f = FOLDED[code];
  if (f === undefined) {
    const alone = foldWhole(ch);
    const ascii = [...alone].every((a) => a.charCodeAt(0) < 0x80) && !WHITESPACE.test(ch);
    // A whitespace character stays one (U+2000 becomes U+2002), so a mark after it removes exactly it.
    const space = WHITESPACE.test(ch) && alone.length === 1 && WHITESPACE.test(alone);
    const inert = alone === ch && ch.toUpperCase() === ch && ch.normalize('NFC') === ch && !/[\p{M}\p{Script=Hangul}]/u.test(ch);
    f = ascii || space || inert ? alone : null;
    FOLDED[code] = f;
  }
  return f;
}

/** Collapse runs of whitespace (incl. tabs/newlines) to one space and trim. */
export function squash(s: string): string {
  return singleSpaced(s).trim();
}

/**
 * `s.replace(/\s+/g, ' ')`, and `s` itself where that changes nothing (no whitespace but single spaces): the replace
 * builds a new string even then, and the stages ask it of nearly every line and cell.
 */
export function singleSpaced(s: string): string {
  return SQUASHABLE.test(s) ? s.replace(/\s+/g, ' ') : s;
}
/** Whitespace that is not a space, or two whitespace characters in a row: what the replace would change. */
const SQUASHABLE = /[^\S ]|\s\s/;

/** "Hà Nội" → "ha-noi": province slugs used in agency keys. */
export function slugify(s: string): string {
  return foldDiacritics(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Pad to two digits for ISO dates. */
export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** ISO date string, or null when the parts do not form a real calendar date. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The words from `i` on, joined, as far as a start-anchored classifier reads them (`chars`, whole words): what
 * `words.slice(i).join(' ')` gives such a classifier, without building the whole rest of a line at every word
 * (which made scans over a long line quadratic in its words).
 */
export function wordsFrom(words: readonly string[], i: number, chars = 400): string {
  let out = words[i] ?? '';
  for (let k = i + 1; k < words.length && out.length < chars; k++) out += ' ' + words[k];
  return out;
}

/**
 * A test "does this line range lie inside one of these ranges", in O(log n) a question after O(n log n) once
 * (ranges sorted by start, with the furthest end reached so far), instead of scanning every range each time.
 */
export function insideAny(ranges: readonly { startLine: number; endLine: number }[]): (startLine: number, endLine?: number) => boolean {
  const sorted = [...ranges].sort((a, b) => a.startLine - b.startLine);
  const reach: number[] = [];
  for (const [k, r] of sorted.entries()) reach.push(Math.max(r.endLine, k > 0 ? reach[k - 1] : -Infinity));
  return (startLine, endLine = startLine) => {
    // the last range that starts at or before startLine
    let lo = 0;
    let hi = sorted.length - 1;
    let at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].startLine <= startLine) {
        at = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return at >= 0 && reach[at] >= endLine;
  };
}

/** Escape a literal for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const ROMAN_DIGITS: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** Value of a Roman numeral as used for parts and appendices ("IV" → 4), or null when it is not one. */
export function romanValue(s: string): number | null {
  if (!/^[IVXLC]+$/.test(s)) return null;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_DIGITS[s[i]];
    const next = i + 1 < s.length ? ROMAN_DIGITS[s[i + 1]] : 0;
    total += v < next ? -v : v;
  }
  return total > 0 && total < 60 ? total : null;
}
