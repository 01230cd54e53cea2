/**
 * News dates a document without its year: "Ngày 17/10, UBND tỉnh ban hành Công văn số …", "Đêm 22/9, UBND tỉnh
 * ban hành …", "… tại Công văn số 4079/UBND-KT ngày 19/6 về việc …". The year is completed as a reader would:
 *  1. from the article's own date line (its stamp, "Thứ Năm, 15/10/2020, 16:21", dropped as debris but kept
 *     for this): the latest such day on or before the stamp (an article of 03/01/2025 about "Ngày 28/12" is 2024);
 *  2. else from the nearest date with a year the article states around it ("… từ 0 giờ, ngày 23 tháng 9 năm 2021").
 * The date is then marked inferred with how its year was found.
 * Complexity: linear in the text searched (one scan for dates).
 */
import { readVietnameseDate } from '../document';

/** A day and month without a year: "17/10", "22-9", "17 – 9"; not followed by a year. */
export const YEARLESS = String.raw`(\d{1,2})\s?[/–-]\s?(\d{1,2})(?!\s?[/–.-]\s?\d)(?![\d])`;
/** The opening of a news sentence dated without a year: "Ngày 17/10,", "Đêm 22/9,", "Sáng 12-3,". */
export const YEARLESS_OPENING = new RegExp(String.raw`(?:^|[\s(])(?:Ngày|(?:Đêm|Sáng|Chiều|Tối|Trưa)(?:\s+nay)?|Hôm nay)\s+(?:ngày\s+)?${YEARLESS}(?:\s+vừa qua)?\s*,`, 'u');
/** "… Công văn số 4079/UBND-KT ngày 19/6 …" right after a reference. */
export const YEARLESS_AFTER = new RegExp(String.raw`^\s*,?\s*ngày\s+${YEARLESS}`, 'u');

const FULL_DATE = /(?:ngày\s+)?\d{1,2}\s*(?:[/.-]\s*\d{1,2}\s*[/.-]\s*|\s+tháng\s+\d{1,2}\s+năm\s+)\d{4}/gu;

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/**
 * The full date of a day and month written without a year, and how the year was found; null when neither the
 * stamp nor the text gives a year, or the day is no date.
 */
export function completeYear(day: number, month: number, context: { stamp?: string | null; text: string; at: number }): { iso: string; how: string } | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  // ("15/10/2020 16:21", or a feed's machine stamp "2025-11-03", "2016-08-25 09:40:24".)
  const dmy = context.stamp ? /(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(context.stamp) : null;
  const ymd = context.stamp && !dmy ? /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/.exec(context.stamp) : null;
  const stamp = dmy ? [dmy[1], dmy[2], dmy[3]] : ymd ? [ymd[3], ymd[2], ymd[1]] : null;
  if (stamp) {
    const [sd, sm, sy] = [Number(stamp[0]), Number(stamp[1]), Number(stamp[2])];
    const year = month < sm || (month === sm && day <= sd) ? sy : sy - 1;
    return { iso: iso(year, month, day), how: `the year from the article's date line "${context.stamp!.trim()}"` };
  }
  let best: { year: number; distance: number; said: string } | null = null;
  for (const m of context.text.matchAll(FULL_DATE)) {
    const d = readVietnameseDate(/^ngày/u.test(m[0]) ? m[0] : `ngày ${m[0]}`);
    if (!d) continue;
    const at = m.index ?? 0;
    const distance = at >= context.at ? at - context.at : context.at - (at + m[0].length);
    if (!best || distance < best.distance) best = { year: Number(d.iso.slice(0, 4)), distance, said: m[0] };
  }
  return best ? { iso: iso(best.year, month, day), how: `the year of the nearest date the article gives ("${best.said}")` } : null;
}

/** The date stamp a stored page opens with, its day given: " date 2025-11-03 Thủ tướng … vừa ký …" (not "date 2024-08"). */
const PAGE_STAMP = /^\s*date (\d{4}-\d{2}-\d{2})(?!\d)/u;
export function pageStamp(lines: readonly { text: string }[]): string | null {
  const first = lines.find((l) => l.text.trim());
  return first ? PAGE_STAMP.exec(first.text)?.[1] ?? null : null;
}
