/**
 * References named, not numbered: laws ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015"),
 * charters ("Điều lệ Đảng") and congress resolutions ("Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng").
 * Each is a stub document of the graph whose id is its name folded (diacritics and case, "HĐND"/"UBND" spelled
 * out) with the year the text gives: two plans citing "Luật Tổ chức HĐND và UBND ngày 26/11/2003" and "Luật tổ chức
 * Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003" cite one node; a law re-enacted under the same name
 * another year is another node. A reference naming only a kind, a date and an issuer ("Kế hoạch ngày 12/3/2025 của
 * UBND Thành phố") names no document by itself and gets none.
 */
import type { Citation } from '../ingest/model';
import { foldDiacritics } from '../ingest/text';

// The date or year that closes the name ("… ngày 19 tháng 6 năm 2015", "… ngày 26/11/2003", "… năm 2015").
const DATE_TAIL = /\s+(?:ngày\s*\d{1,2}(?:\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|\s?[/-]\s?\d{1,2}\s?[/-]\s?\d{4})|năm\s+\d{4})\s*$/u;
const YEAR_TAIL = /(?:năm\s+|[/-])(\d{4})\s*$/u;
const SPELLED_OUT: [RegExp, string][] = [
  [/(?<![\p{L}])HĐND(?![\p{L}])/gu, 'Hội đồng nhân dân'],
  [/(?<![\p{L}])UBND(?![\p{L}])/gu, 'Ủy ban nhân dân'],
];

export interface NamedReference {
  /** The stub's id: `name:<folded name>[@<year>]`. */
  id: string;
  /** The name as the text writes it, without its date: the stub's title. */
  name: string;
  year: number | null;
}

export function namedReference(c: Pick<Citation, 'symbol' | 'issuer' | 'issuedOn' | 'raw'>): NamedReference | null {
  if (c.symbol || c.issuer) return null;
  const raw = c.raw.replace(/[\s,;.]+$/u, '');
  const name = raw.replace(DATE_TAIL, '').trim();
  const key = SPELLED_OUT.reduce((s, [re, full]) => s.replace(re, full), name);
  const folded = foldDiacritics(key).replace(/[^a-z0-9]+/g, ' ').trim();
  if (!folded) return null;
  const yearText = c.issuedOn?.slice(0, 4) ?? YEAR_TAIL.exec(raw)?.[1] ?? null;
  const year = yearText ? Number(yearText) : null;
  return { id: `name:${folded}${year ? `@${year}` : ''}`, name, year };
}
