/**
 * A news page that tells what goes on under a document, named by its number alone at the opening of the article: "Theo Kế
 * hoạch số 154 ngày 19/11/2019 của Thành ủy Ninh Bình về đại hội đảng bộ, chi bộ cơ sở …, đại hội … bắt đầu từ cuối tháng
 * 3/2020 …" (baoninhbinh). The page restates that document: its kind, number, date, issuer, level and province (marked
 * inferred, with the sentence). Read only when the text names no symbol and no kind of its own, from the first sentence of one of the
 * page's opening lines; a document with a full symbol is read by ./named-in-prose.ts.
 * Complexity: linear in the text of the opening paragraphs.
 */
import { levelOfIssuer, readVietnameseDate } from '../document';
import type { DocumentMeta, NormalisedLine } from '../model';
import { joinLines } from '../normalise';
import { findProvinces } from '../provinces';
import { kindWordAt } from '../symbols';
import { squash } from '../text';
import type { MetaReading } from './meta';

/** "Theo Kế hoạch số 154 ngày 19/11/2019 của Thành ủy Ninh Bình về …": groups kind word, number, date, body. */
const UNDER =
  /^Theo\s+((?:Kế hoạch|Chương trình|Nghị quyết|Chỉ thị|Kết luận|Hướng dẫn|Quyết định|Thông tri|Công văn|Quy định)(?:\s+hành động)?)\s+số\s+(\d{1,5})(?![\d/-])\s*,?\s*(?:\(?ngày\s+(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})\)?\s*,?\s*)?của\s+(\p{Lu}[^,;()]{2,80}?)(?=\s+(?:về|nhằm|triển khai|thực hiện)(?![\p{L}])|\s*[,;(])/u;

export function readReportedUnder(lines: readonly NormalisedLine[], meta: DocumentMeta): MetaReading {
  if (meta.symbol || meta.kind) return {};
  // (A headline above the article may run into its paragraph: each of the opening lines is tried where it starts.)
  for (const line of lines.filter((l) => l.text.trim()).slice(0, 4)) {
    const j = joinLines([line]);
    const m = UNDER.exec(j.text.trimStart());
    if (!m) continue;
    const issuer = squash(m[4]);
    const level = levelOfIssuer(issuer);
    const kw = kindWordAt(m[1]);
    if (!level || !kw) continue;
    const at = j.text.length - j.text.trimStart().length;
    const span = j.spanOf(at, at + m[0].length);
    const how = `a news page telling what goes on under the document its opening names: "${squash(m[0])}"`;
    const out: MetaReading = {
      kind: { value: kw.kind, span, how },
      kindVi: { value: kw.vi, span, how },
      number: { value: m[2], span, how },
      issuer: { value: issuer, span, how },
      level: { value: level, span, how },
    };
    const date = m[3] ? readVietnameseDate(m[3].replace(/\s+/gu, ' ').replace(/^(\d{1,2}) tháng/u, 'ngày $1 tháng')) : null;
    if (date) out.issuedOn = { value: date.iso, span, how };
    const province = level === 'CENTRAL_PARTY' || level === 'CENTRAL_STATE' ? undefined : findProvinces(issuer)[0];
    if (province) out.province = { value: province.province.name, span, how };
    return out;
  }
  return {};
}
