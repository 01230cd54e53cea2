/**
 * Repairs of misreadings an OCR engine makes in Vietnamese, applied by the normaliser to every line of every
 * source (a text copied from a badly OCR'd web page has them too). Each repair replaces characters one for
 * one, so the normaliser's column map back to the original stays exact, and each only fires where the
 * misread form is not itself Vietnamese:
 *   - "đ" read as "d": syllables that do not exist with "d" ("dến", "dơn vị"), and compounds whose every
 *     syllable exists with "d" but the compound does not ("dạt dược" for "đạt được");
 *   - "Sở" read with the wrong tone ("Sớ Nội vụ", "các sớ, ban, ngành") before a department's name;
 *   - the period of an item number read as a comma ("5, Sở Văn hóa" for "5. Sở Văn hóa") at a line's start;
 *   - the Roman "I" of a quarter read as "l" or a bar ("Quý l/2027", "Quý Il", "Quý |V/2026");
 *   - a tone mark read on "chi" where the compound has none ("chỉ nhánh", "chỉ phí");
 *   - a syllable read in capitals inside lower-case text when its letters look alike in both cases
 *     ("đơn VỊ" for "đơn vị").
 * The third common one, a tone mark split from its vowel, is re-seated by the normaliser's diacritic repair.
 * Complexity: linear in the line: a fixed set of per-word patterns.
 */

/** Syllables that Vietnamese writes only with "đ": with "d" they are not words. */
const D_ONLY = ['đến', 'đơn', 'địa', 'đảm', 'đẩy', 'đánh', 'định', 'đổi', 'đất', 'đoàn', 'đáp', 'đồng', 'để', 'đúng', 'đảng', 'điểm'];

/**
 * Compounds of syllables that also exist with "d" (được/dược, đạo/dạo, điện/diện, …) but not as this compound.
 * Administrative Vietnamese, not a list of any document's words.
 */
const D_COMPOUNDS = [
  'đạt được', 'đã được', 'được giao', 'được phê duyệt', 'được ban hành', 'chưa được', 'sẽ được', 'cần được', 'phải được', 'đều được',
  'điện tử', 'điều hành', 'điều kiện', 'điều chỉnh', 'điều phối', 'điều tra', 'đầu tư', 'hàng đầu', 'đi đầu', 'đạo đức', 'chỉ đạo',
  'lãnh đạo', 'đại biểu', 'đại học', 'đại diện', 'đại hội', 'đội ngũ', 'đột phá', 'đường lối', 'đa dạng', 'đào tạo', 'đặc biệt',
  'đầy đủ', 'bảo đảm', 'quy định', 'hoạt động', 'hành động', 'chủ động', 'lao động', 'tác động', 'vận động', 'đăng ký', 'đăng tải',
  'đô thị', 'đời sống', 'đồng bộ', 'đồng thời', 'đầu mối', 'đạt chuẩn', 'địa bàn', 'đáp ứng', 'đề xuất', 'đề án', 'đề nghị', 'phấn đấu', 'tiến độ', 'mức độ', 'chế độ',
];

const CAPITAL_OF: Record<string, string> = { d: 'đ', D: 'Đ' };

/** The syllable with each "d" that stands where the correct form has "đ" restored, same length. */
function restoreD(written: string, correct: string): string {
  let out = '';
  for (let i = 0; i < written.length; i++) {
    const c = written[i];
    const want = correct[i].toLowerCase();
    out += (c === 'd' || c === 'D') && want === 'đ' ? CAPITAL_OF[c] : c;
  }
  return out;
}

const dForm = (s: string) => s.replace(/đ/g, 'd');
const letter = '\\p{L}\\p{M}';

/** One pattern per repair: the misread form, case-insensitive, standing as whole syllables. */
function wordPattern(forms: string[]): RegExp {
  const alternatives = forms
    .map(dForm)
    .sort((a, b) => b.length - a.length)
    .map((f) => f.replace(/ /g, '\\s+'));
  return new RegExp(`(?<![${letter}])(?:${alternatives.join('|')})(?![${letter}])`, 'giu');
}

const D_PATTERN = wordPattern([...D_COMPOUNDS, ...D_ONLY]);

/**
 * A "d" followed by a letter that follows it in one of the misread forms, in either case as D_PATTERN reads them: a
 * line without one (most lines: "dụng", "dân", "dự" are no such pair) is not scanned by the long alternation.
 */
const D_PAIR = new RegExp(`d(?:${[...new Set([...D_COMPOUNDS, ...D_ONLY].map(dForm).flatMap((f) => [...f.matchAll(/d(.)/gu)].map((m) => m[1])))].join('|')})`, 'iu');
const CORRECT_OF = new Map([...D_COMPOUNDS, ...D_ONLY].map((w) => [dForm(w), w]));

/** First words of department names ("Sở Nội vụ", "Sở Khoa học và Công nghệ") and their abbreviations. */
const DEPARTMENT_START = ['Khoa', 'Kế', 'Văn', 'Thông', 'Giáo', 'Lao', 'Nông', 'Tài', 'Giao', 'Xây', 'Nội', 'Công', 'Y', 'Tư', 'Ngoại', 'Quy', 'Du', 'Dân', 'KH', 'GD', 'VH', 'TT', 'NN', 'LĐ', 'TN', 'GTVT', 'XD', 'NV', 'TC', 'CT', 'YT', 'TP'];
/** "Sở" with a wrong tone (or none) before a department name, or in "các sở, ban, ngành". */
const SO_PATTERN = new RegExp(
  `(?<![${letter}])([Ss])[ơớờởỡợóòỏõọ](?=\\s+(?:${DEPARTMENT_START.join('|')})(?![\\p{Ll}])|,?\\s*ban,?\\s+ngành)`,
  'gu',
);

/**
 * "5, Sở …" opening a line: no sentence starts with a bare small number and a comma, while item numbers
 * ("1.", "II.") open lines all the time. Years ("2025, …") have four digits and stay.
 */
const ITEM_NUMBER_COMMA = /^(\s*(?:\d{1,2}|[IVX]{1,5})),(?=\s+\p{Lu})/u;

/**
 * A quarter's Roman number with "l" or "|" for an "I": after "Quý" only I, V and those two stand, and no
 * Vietnamese word is made of them.
 */
const QUARTER_ROMAN = /(?<![\p{L}\p{M}])([Qq]uý\s+)([IVl|]{1,4})(?![\p{L}\p{M}])/gu;

/**
 * "chi" (to spend; a branch) read with a hook ("chỉ", only): "chỉ nhánh" and "chỉ phí" are no Vietnamese, while
 * "chỉ" before other words often is ("chỉ đạo", "chỉ tiêu", "chỉ trả lời"), so only these compounds repair.
 */
const CHI_COMPOUND = /(?<![\p{L}\p{M}])([Cc]h)ỉ(?=\s+(?:nhánh|phí)(?![\p{L}\p{M}]))/gu;

/**
 * A word in capitals right after a lower-case word, with a tone mark, made only of letters whose capital is
 * their small form enlarged (c, o, s, u, v, w, x, z; i, whose dot a tone mark hides): the engine took its
 * x-height for a capital's ("đơn VỊ"). Abbreviations ("UBND", "TP") and Roman numbers carry no tone mark,
 * and a heading in capitals has no lower-case word before it.
 */
const CAPITALS_AFTER_LOWER = /(?<=(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*,?[ \t]+)\p{Lu}[\p{Lu}\p{M}]+(?![\p{L}\p{M}])/gu;
const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/;
const SAME_SHAPE_IN_BOTH_CASES = /^[COSUVWXZI]+$/;
/** Of those letters only i, o, ô, ơ, u, ư carry a tone: a line without one of them in capitals has nothing to repair. */
const TONED_SAME_SHAPE_CAPITAL = /[ÌÍỈĨỊÒÓỎÕỌỐỒỔỖỘỚỜỞỠỢÙÚỦŨỤỨỪỬỮỰ]/;

function lowerIfMisreadCapitals(word: string): string {
  const parts = word.normalize('NFD');
  if (!TONE_MARK.test(parts) || !SAME_SHAPE_IN_BOTH_CASES.test(parts.replace(/\p{M}/gu, ''))) return word;
  return word.toLowerCase();
}

/** Repair OCR misreadings in one line; the result always has the line's length. */
export function repairOcrMisreadings(line: string): string {
  let out = !D_PAIR.test(line) ? line : line.replace(D_PATTERN, (m) => {
    const correct = CORRECT_OF.get(m.toLowerCase().replace(/\s+/g, ' '));
    return correct && m.replace(/\s+/g, ' ').length === correct.length ? restoreSpaced(m, correct) : m;
  });
  if (/[ơớờởỡợóòỏõọ]/.test(out)) out = out.replace(SO_PATTERN, (m, s: string) => (m === `${s}ở` ? m : `${s}ở`));
  if (/^\s*[\dIVX]{1,5},/.test(out)) out = out.replace(ITEM_NUMBER_COMMA, '$1.');
  if (/hỉ\s+[np]/.test(out)) out = out.replace(CHI_COMPOUND, '$1i');
  if (TONED_SAME_SHAPE_CAPITAL.test(out)) out = out.replace(CAPITALS_AFTER_LOWER, lowerIfMisreadCapitals);
  if (/uý\s+[IV]*[l|]/.test(out)) out = out.replace(QUARTER_ROMAN, (_m, q: string, n: string) => q + n.replace(/[l|]/g, 'I'));
  return out.length === line.length ? out : line;
}

/** restoreD over a match whose spaces may be runs: syllables are compared one by one. */
function restoreSpaced(written: string, correct: string): string {
  const parts = correct.split(' ');
  let k = 0;
  return written.replace(new RegExp(`[${letter}]+`, 'gu'), (syllable) => restoreD(syllable, parts[k++] ?? syllable));
}
