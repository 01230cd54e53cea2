/**
 * A news sentence in which the page's own issuer carries a document out: "(QNO) - Ngày 13.3, UBND tỉnh triển khai thực hiện
 * Nghị quyết số 98/NQ-CP của Chính phủ về …", "Ban Thường vụ Tỉnh ủy quán triệt, triển khai Chỉ thị số 05-CT/TW …". What the
 * page restates is that body's carrying out of the document, so the page IMPLEMENTS it (src/ingest/citations.ts). Only when
 * the sentence's subject is the issuer the page was read as (compared without diacritics, "UBND" spelled out, a name
 * written short: "UBND tỉnh" for "Ủy ban nhân dân tỉnh Quảng Nam"), and the verb runs straight into the reference: another
 * body doing so ("các cấp ủy đã triển khai thực hiện …") reports their work, a mention.
 * Complexity: constant per reference (anchored patterns over the words before it).
 */
import { foldDiacritics, squash } from './text';

/** A news agency's tag and a dated opening before the subject: "(QNO) - ", "TTO - ", "Ngày 13.3, ", "Sáng 12-3, ". */
const LEAD_IN = /^(?:\s*\(?[A-ZĐ][A-Za-zĐđ.]{1,14}\)?\s*[-–]\s*)?(?:(?:Ngày|Sáng|Chiều|Tối|Trưa|Đêm|Hôm nay|Mới đây|Vừa qua)(?:\s+(?:nay|qua))?(?:\s+ngày)?(?:\s+[\d./-]+)?\s*,\s*)?/u;
/** The subject, then the verb of carrying out right before the reference. */
const CARRIES_OUT = /^(\p{Lu}[^,;:.]{1,80}?)\s+(?:(?:đã|vừa|đang|mới|tiếp tục|cũng)\s+)*(?:tổ chức\s+)?(?:(?:quán triệt|học tập)(?:\s*,\s*|\s+và\s+))*(?:triển khai(?:\s+thực hiện)?|thực hiện|quán triệt|cụ thể hóa|cụ thể hoá)\s*$/u;

const key = (s: string) =>
  foldDiacritics(squash(s))
    .toLowerCase()
    .replace(/\bubnd\b/gu, 'uy ban nhan dan')
    .replace(/\bhdnd\b/gu, 'hoi dong nhan dan')
    .replace(/\bbtv\b/gu, 'ban thuong vu');

/** Whether `before` (the clause up to a reference) says the page's issuer carries that reference out. */
export function issuerCarriesOut(before: string, issuer: string | null | undefined): boolean {
  if (!issuer) return false;
  // The sentence the reference is in: a headline run into the paragraph ("… ma túy | (QNO) - Ngày 13.3, UBND tỉnh …") is none of it.
  const sentence = before.split(/\s\|\s|[.!?…]["”)]?\s+(?=[\p{Lu}(])/u).pop() ?? '';
  const m = CARRIES_OUT.exec(sentence.replace(LEAD_IN, ''));
  if (!m) return false;
  const subject = key(m[1]);
  const own = key(issuer);
  // ("Ban Chỉ đạo của Chính phủ về tổng kết việc thực hiện Nghị quyết số 18-NQ/TW …": the reference inside the issuer's name,
  // its remit, is no document it carries out.)
  if (own.startsWith(key(sentence.replace(LEAD_IN, '')).trim()) || / ve /u.test(` ${subject} `)) return false;
  // ("UBND tỉnh" for "Ủy ban nhân dân tỉnh Quảng Nam": the page's issuer named short, as news does.)
  return subject === own || (own.startsWith(`${subject} `) && subject.split(' ').length >= 2);
}
