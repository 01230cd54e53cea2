/**
 * Words a web page glued together ("KẾHOẠCH", "BANHÀNH", "SởTài chính", "Hội đồngnhân dân", "12-CT/TWngày",
 * "ngày05/3/2021", "Nghị định s20/2008/NĐ-CP" where a font lost the "ố" of "số") are read as if spaced. Vietnamese writes one syllable per word, and a syllable is
 * (initial consonant) + one run of vowels + (final consonant): a token with diacritics that is no such
 * syllable but splits into several is glued. Where it splits more than one way ("BAN HÀNH" / "BANH ÀNH"),
 * the split whose syllables the document itself uses elsewhere wins. Latin-only tokens ("Website",
 * "TTr-SKHCN") are never touched. Spaces are inserted through the column map, so spans stay exact.
 * Complexity: linear in the text: a glued token is split by dynamic programming over its own characters.
 */
import type { NormalisedLine, NormalisedText } from '../model';
import { memo } from '../memo';
import { withSpacesAt } from '../normalise';

const INITIALS = new Set(['', 'b', 'c', 'ch', 'd', 'đ', 'g', 'gh', 'gi', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng', 'ngh', 'nh', 'p', 'ph', 'qu', 'r', 's', 't', 'th', 'tr', 'v', 'x']);
const FINALS = new Set(['', 'c', 'ch', 'k', 'm', 'n', 'ng', 'nh', 'p', 't']);
const VOWEL_BASES = new Set([...'aăâeêioôơuưy']);
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;

// Both are asked about the same few characters and words again and again (every word of every line, and
// every piece of a glued token); the answers are the language's, so they serve every document.
const isVowel = memo((ch: string): boolean => VOWEL_BASES.has(ch.normalize('NFD').replace(TONES, '').normalize('NFC')), 1_000, { acrossDocuments: true });

/** Is `s` (lowercase) one Vietnamese syllable? */
export const isSyllable: (s: string) => boolean = memo(readsAsSyllable, 50_000, { acrossDocuments: true });

function readsAsSyllable(s: string): boolean {
  for (let i = 0; i <= Math.min(3, s.length); i++) {
    const initial = s.slice(0, i);
    if (!INITIALS.has(initial)) continue;
    let j = i;
    while (j < s.length && isVowel(s[j])) j++;
    const run = j - i;
    // "gi" and "qu" already hold the vowel letter their initial needs ("gìn": g + ì + n).
    if (run === 0 && !(initial === 'gi' && j === s.length) || run > 3) continue;
    if (FINALS.has(s.slice(j))) return true;
  }
  return false;
}

const ABBREVIATION = /^[A-ZĐ]{2,}$/u;
const hasVietnameseLetter = (s: string) => /[\u0080-\uffff]/.test(s);

/** Where to put spaces in a glued token (offsets inside it), or [] when it is one word. */
export function splitGlued(token: string, vocabulary: ReadonlyMap<string, number> = new Map()): number[] {
  const lower = token.toLowerCase();
  if (!hasVietnameseLetter(token)) return splitPlainGlued(token);
  if (isSyllable(lower)) return [];
  // best[i]: best split of token[0..i) as its score, the cut before its last piece and how many cuts it has
  // (the cuts are read back through `prev` at the end: copying them at every step was quadratic in the token).
  const best: ({ score: number; prev: number; cuts: number } | null)[] = new Array(token.length + 1).fill(null);
  best[0] = { score: 0, prev: -1, cuts: 0 };
  for (let i = 0; i < token.length; i++) {
    const from = best[i];
    if (!from) continue;
    for (let j = i + 1; j <= Math.min(token.length, i + 8); j++) {
      const part = lower.slice(i, j);
      // A leading abbreviation glued to a word: "TWngày", "HĐNDtỉnh".
      // … or to a capitalised word: "NQ-CPNgày" is "CP" + "Ngày" (a word's capital), not "CPN" + "gày".
      const abbreviation = i === 0 && ABBREVIATION.test(token.slice(i, j)) && j < token.length && /^(?:\p{Ll}|\p{Lu}\p{Ll})/u.test(token.slice(j, j + 2));
      const ok = isSyllable(part) && /[^\W\d_]/u.test(part) && [...part].some(isVowel) ? true : abbreviation;
      if (!ok) continue;
      // Fewest syllables, those the document uses, and no vowel-initial piece inside ("HO ẠCH") unless known.
      const known = vocabulary.get(part) ?? 0;
      const capitalAfter = abbreviation && /^\p{Lu}\p{Ll}/u.test(token.slice(j, j + 2)) ? 2 : 0;
      const score = from.score - 1 + known * 10 + capitalAfter - (j - i === 1 ? 5 : 0) - (i > 0 && isVowel(part[0]) && !known ? 3 : 0);
      const cuts = i === 0 ? 0 : from.cuts + 1;
      const there = best[j];
      if (!there || score > there.score || (score === there.score && cuts < there.cuts)) best[j] = { score, prev: i, cuts };
    }
  }
  const end = best[token.length];
  if (!end || end.cuts === 0) return [];
  const cuts: number[] = [];
  for (let at = token.length; at > 0 && best[at]!.cuts > 0; at = best[at]!.prev) cuts.push(best[at]!.prev);
  return cuts.reverse();
}

/**
 * Two unaccented syllables run together ("Giaocho", "theodoi"): an ASCII token is cut only into exactly two
 * syllables of three letters or more, so a foreign word ("Facebook", "online", "website") or an
 * abbreviation is never touched (their letters never read as two Vietnamese syllables). A syllable of the
 * native spelling never ends in "k" ("tiktok" is a brand), and the names Vietnamese write in English
 * ("Vietnam", "Hanoi") are names, not two words.
 */
const ENGLISH_SPELLINGS = new Set(['vietnam', 'hanoi', 'saigon', 'danang', 'haiphong', 'cantho', 'halong', 'vietjet', 'vietcombank', 'vietinbank', 'vinaphone', 'mobifone', 'vietnamnet']);
function splitPlainGlued(token: string): number[] {
  if (token.length < 6 || token.length > 12 || !/^[A-Za-z][a-z]+$/.test(token)) return [];
  const lower = token.toLowerCase();
  if (isSyllable(lower) || ENGLISH_SPELLINGS.has(lower)) return [];
  const cuts: number[] = [];
  for (let i = 3; i <= lower.length - 3; i++) {
    const a = lower.slice(0, i);
    const b = lower.slice(i);
    if (isSyllable(a) && isSyllable(b) && !/k$/.test(a) && !/k$/.test(b) && [...a].some(isVowel) && [...b].some(isVowel)) cuts.push(i);
  }
  return cuts.length === 1 ? cuts : [];
}

/** "ngày05/3/2021", "số12/KH", "năm2025" → a space after the word; "2021của" → a space before it. */
const WORD_DIGIT = /(?<![\p{L}])(?:ngày|số|tháng|năm|quý|Số|Ngày)(?=\d)/gu;
const DIGIT_WORD = /\d(?=(?:ngày|của|về|tháng|năm|và)(?![\p{L}]))/gu;
const HAS_DIGIT = /\d/;
/** "Nghị định s20/2008/NĐ-CP": a portal's font lost the "ố" of "số" and the space after it; the number is read apart. */
const LOST_SO = /(?<=(?<![\p{L}])(?:Nghị định|Quyết định|Thông tư|Nghị quyết|Chỉ thị|Công văn|Kế hoạch)\s)s(?=\d{1,5}\/)/gu;

/** Whether each UTF-16 code unit of the Basic Multilingual Plane is a letter (\p{L}): 0 not asked yet, 1 yes, 2 no. */
const LETTER_UNITS = new Uint8Array(0x10000);
const LETTER = /^\p{L}$/u;
function isLetterUnit(c: number): boolean {
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  let known = LETTER_UNITS[c];
  if (known === 0) LETTER_UNITS[c] = known = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1;
}

/**
 * Calls `visit` with each run of letters of the text (what /\p{L}+/gu matches), by its start and end: this reads every
 * character of the document, and a regex's match objects were most of what this module allocated. A letter beyond
 * the Basic Multilingual Plane (a surrogate pair) is asked of the regex itself.
 */
function forEachWord(text: string, visit: (start: number, end: number) => void): void {
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let letter: boolean;
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      letter = LETTER.test(text.slice(i, i + 2));
      width = 2;
    } else letter = c >= 0xd800 && c <= 0xdfff ? false : isLetterUnit(c);
    if (letter && start < 0) start = i;
    else if (!letter && start >= 0) {
      visit(start, i);
      start = -1;
    }
    i += width - 1;
  }
  if (start >= 0) visit(start, text.length);
}

function vocabularyOf(lines: readonly NormalisedLine[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const l of lines) {
    const text = l.text;
    forEachWord(text, (start, end) => {
      if (end - start > 7) return;
      const w = text.slice(start, end).toLowerCase();
      if (w.length <= 7 && isSyllable(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
    });
  }
  // A presence weight, not a frequency: a glued word should not win by one very common syllable.
  for (const [w, n] of counts) counts.set(w, n >= 2 ? 1 : 0.5);
  return counts;
}

/** Cut points (indices into the line's text) where a glued line needs spaces. */
export function gluePoints(text: string, vocabulary: ReadonlyMap<string, number>, splits = new Map<string, number[]>()): number[] {
  const at: number[] = [];
  forEachWord(text, (i, end) => {
    if (end - i < 4) return;
    const word = text.slice(i, end);
    // A document repeats its words: each is split once per document (the vocabulary is the document's).
    let cuts = splits.get(word);
    if (!cuts) splits.set(word, (cuts = splitGlued(word, vocabulary)));
    for (const cut of cuts) at.push(i + cut);
  });
  // Both need a digit, which most lines lack.
  if (HAS_DIGIT.test(text)) {
    for (const m of text.matchAll(WORD_DIGIT)) at.push((m.index ?? 0) + m[0].length);
    for (const m of text.matchAll(DIGIT_WORD)) at.push((m.index ?? 0) + 1);
    for (const m of text.matchAll(LOST_SO)) at.push((m.index ?? 0) + 1);
  }
  return at.length === 0 ? at : [...new Set(at)].sort((a, b) => a - b);
}

export function unglueWords(text: NormalisedText): NormalisedText {
  const vocabulary = vocabularyOf(text.lines);
  const splits = new Map<string, number[]>();
  return { ...text, lines: text.lines.map((l) => withSpacesAt(l, gluePoints(l.text, vocabulary, splits))) };
}
