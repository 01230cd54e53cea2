/**
 * The national legal database's validity history of a document (vbpl.vn's "Lịch sử hiệu lực" page), which a copy
 * may carry instead of the document's own header:
 *
 *   • Ngày có hiệu lực: 19/07/2013
 *   Lịch sử hiệu lực: Quyết định 30/2013/QĐ-UBND
 *   Ngày Trạng thái Văn bản nguồn Phần hết hiệu lực
 *   09/07/2013 Văn bản được ban hành 30/2013/QĐ-UBND
 *   19/07/2013 Văn bản có hiệu lực 30/2013/QĐ-UBND
 *   06/05/2019 Bị thay thế 14/2019/QĐ-UBND
 *
 * The heading gives the kind and symbol ("Không số": none), the row "Văn bản được ban hành" the date of issue; the
 * date it took effect is no date of issue. (The rows changing it, "Bị thay thế …", "Được sửa đổi …", are passive:
 * citations.ts reads them as mentions.) Every field is marked as read from the history, with its span.
 * Complexity: the first lines, each tested once by anchored patterns.
 */
import { levelOfSymbol, readVietnameseDate } from '../document';
import type { NormalisedLine } from '../model';
import { joinLines } from '../normalise';
import { findSymbols, kindWordAt } from '../symbols';
import type { MetaReading } from './meta';

const HEADING = /^\s*Lịch sử hiệu lực:\s*(\p{Lu}[\p{Ll}\s]*?)\s+(Không số|\S+)\s*$/u;
const ISSUED_ROW = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s+Văn bản được ban hành(?![\p{L}])/u;
const HOW = "a legal database's validity history (\"Lịch sử hiệu lực\")";

export function readValidityHistory(lines: readonly NormalisedLine[]): MetaReading {
  const first = lines.filter((l) => l.text.trim()).slice(0, 40);
  const at = first.findIndex((l) => HEADING.test(l.text));
  if (at < 0) return {};
  const heading = first[at];
  const h = HEADING.exec(heading.text)!;
  const out: MetaReading = {};
  const kw = kindWordAt(h[1]);
  const headingSpan = joinLines([heading]).spanOf(heading.text.indexOf(h[1]), heading.text.indexOf(h[2]) + h[2].length);
  if (kw) {
    out.kind = { value: kw.kind, span: headingSpan, how: HOW };
    out.kindVi = { value: kw.vi, span: headingSpan, how: HOW };
  }
  const symbol = h[2] === 'Không số' ? undefined : findSymbols(h[2])[0];
  if (symbol) {
    out.symbol = { value: symbol.symbol, span: headingSpan, how: HOW };
    out.number = { value: symbol.number, span: headingSpan, how: HOW };
    const level = levelOfSymbol(symbol);
    if (level) out.level = { value: level, span: headingSpan, how: HOW };
  }
  const row = first.slice(at + 1).find((l) => ISSUED_ROW.test(l.text));
  const d = row ? ISSUED_ROW.exec(row.text) : null;
  if (row && d) {
    const date = readVietnameseDate(`ngày ${d[1]}/${d[2]}/${d[3]}`);
    const start = row.text.indexOf(d[1]);
    if (date) out.issuedOn = { value: date.iso, span: joinLines([row]).spanOf(start, start + d[0].trim().length), how: HOW };
  }
  return out;
}
