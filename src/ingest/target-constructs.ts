/**
 * Small constructs of a target stated in prose, each its own transform over a clause's text (the reader that
 * uses them is objective-targets.ts, which finds the amounts and names them):
 * - `magnitudeUnit`: money and measures keep their magnitude in the unit, as indicator tables write them
 *   ("12.000 tỷ đồng" is 12.000 of "tỷ đồng", "khoảng 150 - 200 tỉ USD" 150 to 200 "tỉ USD", "354 nghìn tỷ đồng");
 *   a count of things is scaled ("2 triệu doanh nghiệp" is 2,000,000 enterprises);
 * - `ratesIn`: a rate per population, "550/100.000 trẻ em", "42/100.000 trẻ đẻ sống";
 * - `multipleStart`: a multiple keeps its "gấp", "gấp 2 - 2,5 lần", and its floor after it, "gấp ít nhất 1,2 lần";
 * - `changeStart`: a rise or fall stated after what rises, "(tỉ lệ …) tăng 50% vào năm 2025", is "tăng 50%";
 * - `restatedInParentheses`: "khoảng 150 - 200 tỉ USD (30 - 40 tỉ USD/năm)" restates the target per year;
 * - `yearInName`: a year in the words naming a target dates it, "tỷ lệ thất nghiệp … năm 2025 dưới 3,8%".
 * Complexity: each reads a bounded window around one amount, or one pass of a regular expression over the clause.
 */

const NUM = String.raw`\d+(?:[.,]\d+)*`;

/** Units whose magnitude word belongs to them ("tỷ đồng", "triệu tấn", "nghìn ha"): money and measures. */
const MEASURED = /^(?:(?:nghìn|ngàn|triệu|tỷ|tỉ) )?(?:đồng|USD|VND|tấn|ha|km|m²|m2|m3|m³|kWh|MWh|MW|GW|lít|m)(?:\/|$)/u;

/**
 * The unit of an amount written with a magnitude word ("tỷ", "nghìn"): for money and measures the magnitude
 * stays in the unit and the number is read as written; for anything else (a count) null, and the caller scales.
 */
export function magnitudeUnit(magnitude: string | undefined, unit: string): string | null {
  if (!magnitude || !MEASURED.test(unit)) return null;
  return `${magnitude} ${unit}`;
}

export interface Rate {
  start: number;
  end: number;
  /** The rate's numerator as written (the denominator is in the unit). */
  value: number;
  unit: string;
  target: string;
  /** The word bounding the rate as written ("dưới", "trên"), or "". */
  qualifier: string;
}

/** Who a rate is counted per: "trẻ em", "trẻ đẻ sống", "dân", "người dân", "phụ nữ", "ca sinh". */
// "109 bé trai/100 bé gái", "112,8 trẻ trai/100 trẻ gái": the sex ratio at birth counts boys per girls born.
const POPULATION = String.raw`(?:trẻ đẻ sống|trẻ sinh sống|trẻ sơ sinh|trẻ em gái|trẻ em|người dân|dân số|dân|người|phụ nữ|ca sinh(?: sống)?|học sinh|lao động|hộ dân|hộ|bé gái|trẻ gái)`;
/** "550/100.000 trẻ em": a count per a round base of a population (a base of 100 or more, never a date's "8/10"). */
// "45 ca/100.000 trẻ sinh sống": the numerator may name what it counts.
// "dưới 45/100.000 trẻ đẻ sống", "trên 0,7/1.000 dân": a rate bounded by the word before it (group 1).
// A numerator naming what it counts may be put over the base in words: "dưới 111 bé trai trên 100 bé gái".
const RATE = new RegExp(String.raw`((?<![\p{L}])(?:khoảng|trên|hơn|dưới|tối thiểu|tối đa|ít nhất|không quá|gần)\s+)?(?<![\d.,/])(${NUM})(?:(\s+(?:ca|trường hợp|người|trẻ|bé trai|trẻ trai|trẻ em trai))(?:\s*\/\s*|\s+trên\s+)|\s*\/\s*)(\d{1,3}(?:\.\d{3})+|10+)\s+(${POPULATION})(?![\p{L}])`, 'gu');

/** Rates per population in a clause, with their offsets; `parse` reads the Vietnamese numbers. */
export function ratesIn(c: string, parse: (s: string) => number | null): Rate[] {
  const out: Rate[] = [];
  for (const m of c.matchAll(RATE)) {
    const value = parse(m[2]);
    const base = parse(m[4]);
    // A round base ("100.000", "1.000"): "3/5 huyện" is a share of places, no rate.
    if (value === null || base === null || base < 100 || !/^10+$/.test(String(base))) continue;
    const start = m.index ?? 0;
    const end = start + m[0].length;
    out.push({ start, end, value, unit: `${m[3] ? m[3].trim() : ''}/${m[4]} ${m[5]}`, target: c.slice(start, end), qualifier: m[1] ? m[1].trim() : '' });
  }
  return out;
}

/** Where a multiple's target starts: "sẽ gấp 2-2,5 lần", "tăng gấp 2 lần", "cao hơn 2,5 đến 3 lần" take their words (the text before the number). */
export function multipleStart(before: string, unit: string | null): number {
  return multipleWords(before, unit)?.start ?? before.length;
}

/** Qualifiers a multiple's word may take before its number: "gấp ít nhất 1,2 lần", "cao gấp hơn 8 lần". */
const MULTIPLE_QUALIFIER = String.raw`(?:ít nhất|tối thiểu|khoảng|trên|hơn|gần|từ)`;
const MULTIPLE_WORD = new RegExp(String.raw`(?<![\p{L}])(?:(?:(?:cao|lớn|nhiều)\s+)?gấp|(?:cao|lớn|nhiều) hơn)\s*((?:${MULTIPLE_QUALIFIER}\s+){0,2})$`, 'u');

/**
 * The words that make an amount a multiple, and where they end: "gấp ít nhất 1,2 lần" is the multiple "gấp" with the floor
 * "ít nhất" between it and the number, so the floor still bounds the amount (the "hơn" of "cao hơn 2 lần" is the multiple's).
 */
export function multipleWords(before: string, unit: string | null): { start: number; end: number } | null {
  if (unit !== 'lần') return null;
  // ("thu nhập … cao hơn 2,5 đến 3 lần so với năm 2020": "cao hơn" makes a multiple too.)
  const m = MULTIPLE_WORD.exec(before);
  return m ? { start: m.index, end: before.length - m[1].length } : null;
}

/**
 * Where a stated change's target starts: "Tỉ lệ doanh nghiệp … tăng 50% vào năm 2025 … so với năm 2018" is a rise of 50%
 * over a baseline, not a share of 50%, so its verb is part of the target. Only after what changes is named: a clause opening with its verb
 * ("Giảm 10% số trẻ em …", "phấn đấu tăng …") is an objective whose verb names it, and a rate per year
 * ("tăng bình quân 8%/năm") or a level reached ("tăng lên 40%", "giảm xuống dưới 3%") has its own words.
 */
export function changeStart(before: string, unit: string | null, after = ''): number {
  if (unit === null || !unit.startsWith('%') || unit.includes('/')) return before.length;
  // Only a change against a baseline ("… so với năm 2018") is relative; "Nông, lâm, thủy sản tăng 6%" under a growth
  // rate is that sector's rate.
  // ("thu nhập bình quân đầu người … đến năm 2030 so với năm 2025 tăng 31,6%": the baseline may be written before the verb.)
  const m = /(?<![\p{L}])(?:tăng|giảm)\s*$/u.exec(before);
  const baselineBefore = m !== null && /(?:^|\s)so với (?:năm|cùng kỳ|giai đoạn)[^,;]{0,30}$/u.test(before.slice(0, m.index));
  if (!baselineBefore && !/(?:^|\s)so với(?![\p{L}])/u.test(after)) return before.length;
  if (!m) return before.length;
  const named = before.slice(0, m.index).replace(/^\s*(?:[-–+•*]\s*|\d{1,2}[.)]\s*|[a-zđ]\)\s*)?(?:(?:phấn đấu|mục tiêu|hằng năm|hàng năm|mỗi năm|đồng thời|và|sẽ|cụ thể)[\s,:]*)*/iu, '');
  return /\p{L}{2,}/u.test(named) && !/(?:phấn đấu|sẽ|cần|phải)\s*$/iu.test(before.slice(0, m.index)) ? m.index : before.length;
}

/**
 * "khoảng 150 - 200 tỉ USD (30 - 40 tỉ USD/năm)", "từ 3,1 đến 3,2 triệu tỷ đồng (theo giá hiện hành, tăng từ 12,5 đến
 * 13,5%/năm)": an amount in parentheses right after another restates it in other terms (per year, another currency, the
 * places it counts) and is no target of its own.
 */
export function restatedInParentheses(c: string, start: number, previousEnd: number | null): boolean {
  if (previousEnd === null) return false;
  const open = c.lastIndexOf('(', start);
  if (open < previousEnd || c.lastIndexOf(')', start) > open) return false;
  // ("(theo giá hiện hành, tăng từ 12,5 đến 13,5%/năm)", "50% (8 xã)": what the parenthesis says of the target before it.)
  // ("đạt 30% (trong đó khu vực nông thôn đạt 20%)": a breakdown states targets of its own.)
  return c.slice(previousEnd, open).trim() === '' && !/^\s*trong đó/iu.test(c.slice(open + 1, start));
}

/**
 * The year stated in the words that name a target: "… thương tích năm 2025 xuống còn 550/100.000 trẻ em", "tỷ lệ thất
 * nghiệp … năm 2025 dưới 3,8%" (not the year compared against, "so với năm 2020", a price base, "giá so sánh năm 2010", nor a
 * span's start, "từ năm 2021").
 */
export function yearInName(words: string): string | null {
  return datingIn(words, false);
}

/**
 * The last dating in the words naming a target, a year or a span, whichever is written last: "Các chỉ tiêu chủ yếu đến
 * năm 2025 … Tốc độ tăng trưởng … bình quân giai đoạn 2021 - 2025: từ 7,5 …" is 2021-2025.
 */
export function datingInWords(words: string): string | null {
  return datingIn(words, true);
}

function datingIn(words: string, spans: boolean): string | null {
  let dating: string | null = null;
  const re = /(?<![\p{L}])(so với|so sánh|gốc|từ|kể từ|sau)?\s*(?:(?:đến|tới|vào|trong|đến hết|hết)\s+)?năm\s+((?:19|20)\d\d)(?![\d\s]*[-–]\s*(?:19|20)\d\d)(?!\d)|(?<![\p{L}])(?:giai đoạn|thời kỳ)\s+((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)/giu;
  for (const m of words.matchAll(re)) {
    if (m[3]) {
      if (spans) dating = `${m[3]}-${m[4]}`;
    } else if (!m[1]) dating = m[2];
  }
  return dating;
}

/** Nouns that count a document's own parts: "Đại hội cũng xác định 5 nhiệm vụ trọng tâm, 3 khâu đột phá". */
const DOCUMENT_PARTS = /^(?:nhiệm vụ|giải pháp|chỉ tiêu|đề án|dự án|chương trình|khâu đột phá|đột phá|nội dung|mục tiêu|nhóm)$/u;
/** Verbs that set out a document's parts (not a target of doing so many): "xác định", "đề ra", "gồm", "thông qua". */
const SETS_OUT = /(?:xác định|đề ra|đặt ra|thông qua|nêu|gồm|bao gồm|với|có|triển khai|tập trung)\s*(?:(?:được|ra|lên|thêm)\s*)?$/iu;

/**
 * "Đại hội cũng xác định 5 nhiệm vụ trọng tâm, 3 khâu đột phá và 10 giải pháp", "Chương trình đề ra 9 nhiệm vụ": the count
 * of a document's own tasks or solutions is no target (a target counts things to reach: "hoàn thành 100 nhiệm vụ khoa học").
 */
export function countsDocumentParts(before: string, unit: string | null): boolean {
  return unit !== null && DOCUMENT_PARTS.test(unit) && SETS_OUT.test(before.replace(/(?:cũng|sẽ|đã)\s*$/u, ''));
}

/** What marks a clause as a report of results: "đã thực hiện đạt", "ước đạt", "nhiệm kỳ vừa qua", "năm nay", "từ trước đến nay". */
// ("vượt mục tiêu đề ra", "đạt 104% kế hoạch": a result measured against its target, though "đạt và vượt chỉ tiêu giảm hộ
// nghèo" in a list of targets is one more target, of doing so; "không có tổ chức cơ sở đảng 'Không hoàn
// thành nhiệm vụ'" names a grade no one is to get, no failure.)
// "… đạt và vượt chỉ tiêu giảm hộ nghèo; giảm tỷ suất sinh thô 0,30%0/năm": to reach and exceed a target is one more target of
// a resolution's list; "đã đạt và vượt" reports.)
const REPORTS = /(?:^|[\s,(])(?:đã (?:đạt|thực hiện|hoàn thành|tăng|giảm|vượt)|ước (?:đạt|tính|thực hiện)|vừa qua|từ trước đến nay|so với cùng kỳ|(?:sau|qua) \d+ năm|biểu quyết|(?<!không (?:có|để)\s[^,;.]{0,60})không (?:hoàn thành|đạt)|(?<!(?:đạt|hoàn thành) và )vượt (?:mục tiêu|chỉ tiêu|kế hoạch))(?![\p{L}])|^\s*(?:Thực trạng|Tình hình)(?![\p{L}])/iu;
/** What marks a clause as stating what is to come: "phấn đấu", "mục tiêu … đến năm 2030", "sẽ", "dự kiến". */
const LOOKS_AHEAD = /(?:^|[\s,(])(?:phấn đấu|đặt mục tiêu|mục tiêu|chỉ tiêu|sẽ|dự kiến|tầm nhìn|(?:đến|tới|vào) năm)(?![\p{L}])/iu;

const COMPARED = /(?:^|\s)so với (?:năm|cùng kỳ|giai đoạn)(?![\p{L}])/u;
/**
 * The present a result is told in: "năm nay quy mô GDP …", "hiện nay", "hiện có", "cách đây 5 năm"; and a clause opening with
 * its year ("Năm 2020, quy mô GDP đạt …"), which reports unless it looks ahead ("Năm 2045, … Nghị quyết … đặt ra mục tiêu đến
 * năm 2030, …", "Năm 2025, phấn đấu …").
 */
const NOW = /(?:^|[\s,(])(?:năm nay|hiện nay|hiện có|cách đây)(?![\p{L}])|^\s*Năm (?:19|20)\d\d,/iu;

/**
 * Which clauses of a paragraph report results rather than state targets: a clause with a mark of results, and the
 * clauses that go on listing them ("… đã thực hiện đạt và vượt hầu hết các chỉ tiêu; trong đó, tốc độ tăng trưởng …
 * đạt 6,71%; GRDP bình quân đầu người đạt 3.555 USD …") until one looks ahead again.
 */
export function reportingClauses(clauses: readonly string[]): boolean[] {
  let reporting = false;
  return clauses.map((c) => {
    // "giảm 23 ca so với năm 2009" reports; "tăng 50% vào năm 2025 … so với năm 2018" compares a target with its baseline.
    // ("năm nay", "hiện nay" report only when nothing in the clause looks ahead: "phấn đấu năm nay đạt 8%" is a target.)
    if (REPORTS.test(c) || ((COMPARED.test(c) || NOW.test(c)) && !LOOKS_AHEAD.test(c))) reporting = true;
    else if (LOOKS_AHEAD.test(c)) reporting = false;
    return reporting;
  });
}

/** "đạt 100% chỉ tiêu", "đạt 100% chỉ tiêu Chính phủ giao", "100% chỉ tiêu cấp trên giao": a share of an assigned quota. */
const QUOTA = /^\s+(chỉ tiêu(?:\s+(?:(?:được|cấp trên|trên|Chính phủ|Nhà nước|tỉnh|huyện|thành phố|Bộ Quốc phòng)\s+)?giao|\s+kế hoạch|\s+đề ra)?)(?![\p{L}])/u;

/**
 * A share of a quota: "gọi công dân nhập ngũ hằng năm đạt 100% chỉ tiêu", "giao quân đạt 100% chỉ tiêu Chính phủ giao" is
 * a share of the quota assigned, and the quota is part of the target as written (the share alone, "100%", would read as a
 * rate of the thing named before it). Other nouns after a share ("80% xã", "60% học sinh") are what it is a share of, and
 * the target stays the share. Returns the quota's words and their length.
 */
export function quotaShare(after: string): { length: number; noun: string } | null {
  const m = QUOTA.exec(after);
  return m ? { length: m[0].length, noun: m[1] } : null;
}

export interface Fraction {
  start: number;
  end: number;
  target: string;
  /** The fraction's value ("một nửa" 0.5, "hai phần ba" 2/3, rounded to 4 places). */
  value: number;
  /** The word bounding it as written ("ít nhất"), or "". */
  qualifier: string;
}

const FRACTION_WORDS: Record<string, number> = { một: 1, hai: 2, ba: 3, tư: 4, bốn: 4, năm: 5, mười: 10 };
/** "giảm ít nhất một nửa tỷ lệ nghèo", "giảm hai phần ba", "khoảng một phần tư": a fraction written in words. */
const FRACTION = /(?<![\p{L}])((?:ít nhất|tối thiểu|khoảng|hơn|trên|gần)\s+)?(một nửa|(một|hai|ba) phần (hai|ba|tư|bốn|năm|mười))(?![\p{L}])/giu;

/**
 * Fractions in words, "đến năm 2030, giảm ít nhất một nửa tỷ lệ nghèo theo tiêu chí nghèo đa chiều" (the Sustainable
 * Development Goals' wording, restated by their national roadmaps): a target whose amount is a fraction of what it reduces.
 */
export function fractionsIn(c: string): Fraction[] {
  const out: Fraction[] = [];
  for (const m of c.matchAll(FRACTION)) {
    const start = m.index ?? 0;
    const value = m[3] ? FRACTION_WORDS[m[3].toLowerCase()] / FRACTION_WORDS[m[4].toLowerCase()] : 0.5;
    out.push({ start, end: start + m[0].length, target: m[0], value: Math.round(value * 1e4) / 1e4, qualifier: m[1] ? m[1].trim() : '' });
  }
  return out;
}
