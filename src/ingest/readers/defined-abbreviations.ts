/**
 * Abbreviations a news article introduces and then uses: "Ủy ban Kiểm tra trung ương (UBKTT.Ư) vừa có hướng dẫn …
 * Theo đó, UBKTT.Ư chủ trì …", "Ban Chỉ đạo (BCĐ) …". The full name is the run of words before the parenthesis whose
 * initials spell the abbreviation ("Ủy ban Kiểm tra trung ương" → U B K T T Ư), so the name's start is found without
 * guessing; a lead or coordinator written as the abbreviation is then named in full, as the keys and users read it.
 * Complexity: linear in the text (one scan for parentheses; each tries at most a dozen preceding words).
 */
import type { NormalisedLine } from '../model';
import { foldDiacritics } from '../text';

/** "(UBKTT.Ư)", "(BCĐ)", "(TTHC)": capitals, with the dots some papers write. */
const PARENTHESISED = /\(([A-ZĐƯ][A-ZĐƯ.&]{1,11})\)/gu;

const letters = (abbr: string) => foldDiacritics(abbr.replace(/[.&]/gu, '')).toUpperCase();

/**
 * The nouns that head a body's name before its field: "Sở Giáo dục và Đào tạo (GDĐT)" abbreviates the field, so "các
 * phòng GDĐT" later is "các phòng Giáo dục và Đào tạo", the district's office of the same field.
 */
const BODY_HEAD = /^(?:Sở|sở|Bộ|bộ|Phòng|phòng|Ban|ban|Cục|cục|Chi cục|Vụ|Trung tâm|Ủy ban|Uỷ ban)$/u;
/** Initials of a field's words, the joining "và" (or "&") skipped: "Tài nguyên và Môi trường" → T N M T. */
const fieldInitials = (run: readonly string[]) =>
  run
    .filter((w) => !/^(?:và|&)$/u.test(w))
    .map((w) => foldDiacritics(w.charAt(0)).toUpperCase())
    .join('');

/** Abbreviations of a field a page defined after a body's name ("Sở Giáo dục và Đào tạo (GDĐT)"): abbreviation → field. */
const FIELDS = new WeakMap<Map<string, string>, Set<string>>();

/** The abbreviations defined in the text, each with its full name. */
export function definedAbbreviations(lines: readonly NormalisedLine[]): Map<string, string> {
  const out = new Map<string, string>();
  const fields = new Set<string>();
  FIELDS.set(out, fields);
  for (const l of lines) {
    for (const m of l.text.matchAll(PARENTHESISED)) {
      const want = letters(m[1]);
      if (want.length < 2 || out.has(m[1])) continue;
      const words = l.text.slice(0, m.index).trimEnd().split(/\s+/u);
      const n = words.length;
      for (let k = want.length; k <= Math.min(n, want.length + 2); k++) {
        const run = words.slice(n - k);
        // Each word's initial, skipping the small joining words a name may hold ("và", "của") only when the letters say so.
        if (run.map((w) => foldDiacritics(w.charAt(0)).toUpperCase()).join('') === want && /^\p{Lu}/u.test(run[0])) {
          out.set(m[1], run.join(' ').replace(/[,;:]+$/u, ''));
          break;
        }
      }
      if (out.has(m[1])) continue;
      // "Sở Giáo dục và Đào tạo (GDĐT)", "Bộ Giáo dục và Đào tạo (GD&ĐT)": the letters spell the field after the body's head
      // noun (its "và" unspelled); the abbreviation then names that field wherever it stands ("các phòng GDĐT").
      for (let k = 2; k <= Math.min(n - 1, want.length + 2); k++) {
        const run = words.slice(n - k);
        if (BODY_HEAD.test(words[n - k - 1]) && /^\p{Lu}/u.test(run[0]) && run.includes('và') && fieldInitials(run) === want) {
          out.set(m[1], run.join(' ').replace(/[,;:]+$/u, ''));
          fields.add(m[1]);
          break;
        }
      }
    }
  }
  return out;
}

/** A name written as a defined abbreviation ("UBKTT.Ư", "BCĐ tỉnh") named in full. */
export function spelledOutName(name: string, defined: ReadonlyMap<string, string>): string {
  const fields = FIELDS.get(defined as Map<string, string>);
  for (const [abbr, full] of defined) {
    if (fields?.has(abbr)) {
      // A field's abbreviation after the noun of a body, anywhere in the name: "các phòng GDĐT", "Sở GDĐT huyện".
      const re = new RegExp(String.raw`(?<=(?:^|\s)(?:Sở|sở|Bộ|bộ|Phòng|phòng|Ban|ban|Cục|cục|Trung tâm)\s)${abbr.replace(/\./gu, '\\.')}(?![\p{L}\d])`, 'u');
      if (re.test(name)) return name.replace(re, full);
      continue;
    }
    if (name === abbr) return full;
    if (name.startsWith(`${abbr} `)) return `${full}${name.slice(abbr.length)}`;
  }
  return name;
}
