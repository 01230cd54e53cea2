/**
 * A header a document-sharing site ran into one line with the text after it: "UBND HUYỆN THANH OAI PHÒNG GIÁO DỤC
 * & ĐÀO TẠO. Số: 78 /KH-PGD&ĐT. CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Thanh Oai, ngày 02
 * tháng 02 năm 2016. KẾ HOẠCH Hoạt động …". The "Số: …" standing right before the motto or the place and date is the
 * document's own symbol, as in a header block; the date after the place is its date, the heading in capitals after
 * the motto its kind. Only the first lines are read, and only when the text states no symbol of its own.
 * Complexity: linear in the first lines.
 */
import type { DocumentMeta, NormalisedLine } from '../model';
import { levelOfSymbol, readVietnameseDate } from '../document';
import { joinLines } from '../normalise';
import { findSymbols, KIND_VI, kindWordAt } from '../symbols';
import { squash } from '../text';
import type { MetaReading } from './meta';

/** "Số: 78 /KH-PGD&ĐT." then the motto or "<place>, ngày …" in the same line. */
const NUMBER_BEFORE_MOTTO = /(?:^|[.\s])Số\s*:\s*(?=\d)/gu;
const MOTTO_OR_PLACE = /^[.\s]*(?:CỘNG HÒA|CỘNG HOÀ|ĐẢNG CỘNG SẢN|\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,3},\s*ngày\s)/u;
/** "… Hạnh phúc Thanh Oai, ngày 02 tháng 02 năm 2016. KẾ HOẠCH": the place and date, then the heading in capitals. */
const PLACE_DATE = /(?<![\p{L}])\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,3},\s*(ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|ngày\s+\d{1,2}[/.-]\d{1,2}[/.-]\d{4})\s*\.?\s*(\p{Lu}{2,}(?:\s+\p{Lu}{2,})?)?/u;

export function readFlattenedHeader(lines: readonly NormalisedLine[], meta: DocumentMeta): MetaReading {
  if (meta.symbol) return {};
  for (const l of lines.filter((x) => x.text.trim()).slice(0, 10)) {
    const j = joinLines([l]);
    const text = j.text;
    for (const m of text.matchAll(NUMBER_BEFORE_MOTTO)) {
      const at = (m.index ?? 0) + m[0].length;
      const s = findSymbols(text.slice(at, at + 40))[0];
      if (!s || s.index !== 0 || !MOTTO_OR_PLACE.test(text.slice(at + s.end))) continue;
      const span = j.spanOf(at, at + s.end);
      const how = `a header run into one line: "${squash(text.slice(Math.max(0, at - 60), at + s.end + 60))}"`;
      const out: MetaReading = { symbol: { value: s.symbol, span, how }, number: { value: s.number, span, how } };
      const level = levelOfSymbol(s);
      if (level) out.level = { value: level, span, how };
      const pd = PLACE_DATE.exec(text.slice(at + s.end));
      const date = pd ? readVietnameseDate(pd[1])?.iso : null;
      if (date) out.issuedOn = { value: date, span, how };
      const heading = pd?.[2] ? kindWordAt(pd[2]) : null;
      const kind = s.kindCode ? s.kind : heading?.kind ?? s.kind;
      if (kind) {
        out.kind = { value: kind, span, how };
        out.kindVi = { value: heading && heading.kind === kind ? heading.vi : KIND_VI[kind], span, how };
      }
      return out;
    }
  }
  return {};
}
