/**
 * Small constructs of a target stated in prose, each its own transform over a clause's text (the reader that
 * uses them is objective-targets.ts, which finds the amounts and names them):
 * - `magnitudeUnit`: money and measures keep their magnitude in the unit, as indicator tables write them
 *   ("12.000 tỷ đồng" is 12.000 of "tỷ đồng", "khoảng 150 - 200 tỉ USD" 150 to 200 "tỉ USD", "354 nghìn tỷ đồng");
 *   a count of things is scaled ("2 triệu doanh nghiệp" is 2,000,000 enterprises);
 * - `ratesIn`: a rate per population, "550/100.000 trẻ em", "42/100.000 trẻ đẻ sống";
 * - `multipleStart`: a multiple keeps its "gấp", "gấp 2 - 2,5 lần";
 * - `changeStart`: a rise or fall stated after what rises, "(tỉ lệ …) tăng 50% vào năm 2025", is "tăng 50%";
 * - `restatedInParentheses`: "khoảng 150 - 200 tỉ USD (30 - 40 tỉ USD/năm)" restates the target per year;
 * - `yearInName`: a year in the words naming a target dates it, "tỷ lệ thất nghiệp … năm 2025 dưới 3,8%".
 * Complexity: each reads a bounded window around one amount, or one pass of a regular expression over the clause.
 */

const NUM = String.raw`\d+(?:[.,]\d+)*`;

/** Units whose magnitude word belongs to them ("tỷ đồng", "triệu tấn", "nghìn ha"): money and measures. */
const MEASURED = /^(?:(?:nghìn|ngàn|triệu|tỷ|tỉ) )?(?:đồng|USD|tấn|ha|km|m²|m2|m3|m³|kWh|MWh|MW|GW|lít|m)(?:\/|$)/u;

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
}

/** Who a rate is counted per: "trẻ em", "trẻ đẻ sống", "dân", "người dân", "phụ nữ", "ca sinh". */
const POPULATION = String.raw`(?:trẻ đẻ sống|trẻ sinh sống|trẻ sơ sinh|trẻ em|người dân|dân số|dân|người|phụ nữ|ca sinh(?: sống)?|học sinh|lao động|hộ dân|hộ)`;
/** "550/100.000 trẻ em": a count per a round base of a population (a base of 100 or more, never a date's "8/10"). */
const RATE = new RegExp(String.raw`(?<![\d.,/])(${NUM})\s*\/\s*(\d{1,3}(?:\.\d{3})+|10+)\s+(${POPULATION})(?![\p{L}])`, 'gu');

/** Rates per population in a clause, with their offsets; `parse` reads the Vietnamese numbers. */
export function ratesIn(c: string, parse: (s: string) => number | null): Rate[] {
  const out: Rate[] = [];
  for (const m of c.matchAll(RATE)) {
    const value = parse(m[1]);
    const base = parse(m[2]);
    // A round base ("100.000", "1.000"): "3/5 huyện" is a share of places, no rate.
    if (value === null || base === null || base < 100 || !/^10+$/.test(String(base))) continue;
    const start = m.index ?? 0;
    const end = start + m[0].length;
    out.push({ start, end, value, unit: `/${m[2]} ${m[3]}`, target: c.slice(start, end) });
  }
  return out;
}

/** Where a multiple's target starts: "sẽ gấp 2-2,5 lần", "tăng gấp 2 lần" take their "gấp" (the text before the amount). */
export function multipleStart(before: string, unit: string | null): number {
  if (unit !== 'lần') return before.length;
  const m = /(?<![\p{L}])gấp\s*$/u.exec(before);
  return m ? m.index : before.length;
}

/**
 * Where a stated change's target starts: "Tỉ lệ doanh nghiệp … tăng 50% vào năm 2025" is a rise of 50%, not a share
 * of 50%, so its verb is part of the target. Only after what changes is named: a clause opening with its verb
 * ("Giảm 10% số trẻ em …", "phấn đấu tăng …") is an objective whose verb names it, and a rate per year
 * ("tăng bình quân 8%/năm") or a level reached ("tăng lên 40%", "giảm xuống dưới 3%") has its own words.
 */
export function changeStart(before: string, unit: string | null): number {
  if (unit === null || !unit.startsWith('%') || unit.includes('/')) return before.length;
  const m = /(?<![\p{L}])(?:tăng|giảm)\s*$/u.exec(before);
  if (!m) return before.length;
  const named = before.slice(0, m.index).replace(/^\s*(?:[-–+•*]\s*|\d{1,2}[.)]\s*|[a-zđ]\)\s*)?(?:(?:phấn đấu|mục tiêu|hằng năm|hàng năm|mỗi năm|đồng thời|và|sẽ|cụ thể)[\s,:]*)*/iu, '');
  return /\p{L}{2,}/u.test(named) && !/(?:phấn đấu|sẽ|cần|phải)\s*$/iu.test(before.slice(0, m.index)) ? m.index : before.length;
}

/**
 * "khoảng 150 - 200 tỉ USD (30 - 40 tỉ USD/năm)": an amount in parentheses right after another restates it in other
 * terms (per year, another currency) and is no target of its own.
 */
export function restatedInParentheses(c: string, start: number, previousEnd: number | null): boolean {
  if (previousEnd === null) return false;
  const open = c.lastIndexOf('(', start);
  if (open < previousEnd || c.lastIndexOf(')', start) > open) return false;
  return c.slice(previousEnd, open).trim() === '' && /^[\s≈~]*(?:khoảng|tương đương|tức|bình quân)?\s*$/u.test(c.slice(open + 1, start));
}

/**
 * The year stated in the words that name a target: "… thương tích năm 2025 xuống còn 550/100.000 trẻ em", "tỷ lệ thất
 * nghiệp … năm 2025 dưới 3,8%" (not the year compared against, "so với năm 2020", nor a span's start, "từ năm 2021").
 */
export function yearInName(words: string): string | null {
  let year: string | null = null;
  for (const m of words.matchAll(/(?<![\p{L}])(so với|từ|kể từ|sau)?\s*(?:(?:đến|tới|vào|trong|đến hết|hết)\s+)?năm\s+((?:19|20)\d\d)(?![\d\s]*[-–]\s*(?:19|20)\d\d)(?!\d)/giu)) {
    if (!m[1]) year = m[2];
  }
  return year;
}
