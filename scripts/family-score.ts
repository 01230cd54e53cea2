/**
 * How scripts/measure-families.ts matches an extraction against a hand-written answer key, as pure functions
 * so the matching rules are tested on their own (tests/unit/scripts/family-score.test.ts).
 * - A key task is found by a task whose text holds the key's text in its first sentence: at its start, or
 *   after a lead-in of any length that ends no sentence ("Ngoài ra, Thủ tướng cũng yêu cầu Ngân hàng Nhà
 *   nước chủ động …" holds "Ngân hàng Nhà nước chủ động …"); "Điều 3." before the text is ignored.
 * - A key citation with a symbol matches mentions of that symbol; one keyed by title or raw text matches the
 *   mentions whose text holds it, those without a symbol first, else those the extractor gave a symbol
 *   ("Quyết định số: 3864/QĐ.UBND-NN" keyed as written, read as a symbol).
 * - A key target is found with its text as written (folded), or, counted apart, by its numbers only: the same
 *   value, bounds and period and the key's first number in the indicator's text (a shorter "100%" for
 *   "100% các xã").
 */
import type { Citation, Indicator } from '../src/ingest/model';
import { symbolKey } from '../src/ingest/symbols';
import { foldDiacritics } from '../src/ingest/text';

export const fold = (s: string): string => foldDiacritics(s).replace(/\s+/g, ' ').trim();

/** "Điều 3. Giao …" and "Giao …" are the same task text. */
const taskText = (s: string) => fold(s).replace(/^dieu \d+\.\s*/, '');

/**
 * The text's first sentence: up to a ".", "!" or "?" followed by a capital letter (a leading "Điều 3." or "1." is no
 * sentence, nor an abbreviation such as "TP." or "UBND.").
 */
const firstSentence = (s: string) =>
  s
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:Điều \d+\.|\d+(?:\.\d+)*\.)\s*/u, '')
    .split(/(?<=[.!?])(?<!(?:^|[\s(])\p{Lu}{1,4}\.)\s+(?=\p{Lu})/u)[0];

/** Whether an extracted task's text opens with the key task's text. */
export const opensAtStart = (text: string, key: string): boolean => taskText(key) !== '' && taskText(text).startsWith(taskText(key));

/** Whether an extracted task's text opens with the key task's text, or holds it after a lead-in within its first sentence. */
export const opens = (text: string, key: string): boolean =>
  opensAtStart(text, key) || (taskText(key) !== '' && fold(firstSentence(text)).includes(taskText(key)));

export const sameSet = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.map(fold).sort().join('|') === b.map(fold).sort().join('|');

const issuerKey = (v: unknown) =>
  typeof v === 'string'
    ? fold(v.replace(/Ð/g, 'Đ').replace(/ð/g, 'đ').replace(/^(.*?)\bUBND\b/u, '$1Ủy ban nhân dân').replace(/^(.*?)\bHĐND\b/u, '$1Hội đồng nhân dân'))
        .toLowerCase()
        .replace(/\s*-\s*/g, '-')
        .replace(/^ban chap hanh trung uong dang( cong san viet nam)?$/, 'ban chap hanh trung uong')
    : v;

/**
 * A metadata field: an issuer is compared without diacritics, case, the "UBND"/"HĐND" abbreviation or the spacing
 * around a hyphen ("Bà Rịa - Vũng Tàu"), and the Party's Central Committee may be named with the Party ("Ban Chấp
 * hành Trung ương Đảng", with the Icelandic "Ð" some pages type for "Đ"); others exactly.
 */
export const sameField = (field: string, got: unknown, want: unknown): boolean =>
  field === 'issuer' ? issuerKey(got) === issuerKey(want) : JSON.stringify(got) === JSON.stringify(want);

export interface KeyCitation {
  symbol?: string;
  title?: string;
  raw?: string;
  relation: Citation['relation'];
  /** The cited document's date where the text gives it; only the graph scorer reads it (which node it reaches). */
  issuedOn?: string;
}

/** The extracted mentions a key citation stands for (empty when it was not found). */
export function citationMentions(citations: readonly Citation[], key: KeyCitation): Citation[] {
  if (key.symbol) {
    const want = symbolKey(key.symbol);
    return citations.filter((c) => c.symbol !== null && symbolKey(c.symbol) === want);
  }
  const text = fold(key.title ?? key.raw ?? '');
  if (!text) return [];
  const holding = citations.filter((c) => fold(c.raw).includes(text));
  const bare = holding.filter((c) => !c.symbol);
  return bare.length ? bare : holding;
}

export interface KeyTarget {
  target: string;
  period?: string;
  value?: number;
  valueMin?: number;
  valueMax?: number;
}

type IndicatorFacts = Pick<Indicator, 'target' | 'period' | 'value' | 'valueMin' | 'valueMax'>;

const sameNumbers = (c: IndicatorFacts, k: KeyTarget) =>
  (k.period === undefined || c.period === k.period) &&
  (k.value === undefined || c.value === k.value) &&
  (k.valueMin === undefined || c.valueMin === k.valueMin) &&
  (k.valueMax === undefined || c.valueMax === k.valueMax);

/** The key target as written: same folded text, and the value, bounds and period the key gives. */
export const sameTarget = (c: IndicatorFacts, k: KeyTarget): boolean => fold(c.target ?? '') === fold(k.target) && sameNumbers(c, k);

/** The key target by its numbers only: the value, bounds and period the key gives, and the key's first number in the indicator's text. */
export function sameTargetNumbers(c: IndicatorFacts, k: KeyTarget): boolean {
  const first = /\d+(?:[.,]\d+)*/.exec(k.target)?.[0];
  return sameNumbers(c, k) && (first === undefined || (c.target ?? '').includes(first));
}
