/**
 * "Bộ Chính trị đã ban hành Kết luận số 19-KL/TW … Thực hiện chỉ đạo của Bộ Chính trị, Ủy ban Thường vụ Quốc hội
 * ban hành Kế hoạch triển khai thực hiện Kết luận số 19-KL/TW …": a page that reports a document carrying out
 * another names the other one first. The symbols another issued (unnumbered) document carries out are what the
 * page's document implements, never the page's document itself.
 * Complexity: linear in the paragraphs' text (one regular-expression scan each).
 */
import { findSymbols, kindWordAt } from './symbols';

const ISSUES_TO_CARRY_OUT =
  /ban hành\s+(kế hoạch|chương trình(?: hành động)?|quyết định|chỉ thị|hướng dẫn|đề án|nghị quyết)(?![\p{L}])([^.;]{0,160}?)(?:triển khai|thực hiện)\s+(?:[^.;]{0,40}?\s)?((?:Nghị quyết|Kết luận|Chỉ thị|Quyết định|Quy định|Chương trình|Kế hoạch)\s+số\s+[^\s,;.]+)/giu;

/**
 * "Công văn số 1316-CV/BDVTW ngày 01/11/2017 của Ban Dân vận Trung ương về việc triển khai thực hiện Quyết định số
 * 99-QĐ/TW …": a document named with its own number, about carrying out another.
 */
const NUMBERED_CARRIES_OUT =
  /(?:Kế hoạch|Chương trình(?: hành động)?|Quyết định|Chỉ thị|Hướng dẫn|Công văn|Nghị quyết|Thông báo)\s+số\s+([^\s,;.]+)([^.;]{0,160}?)(?:về việc\s+)?(?:triển khai|thực hiện)\s+(?:thực hiện\s+)?((?:Nghị quyết|Kết luận|Chỉ thị|Quyết định|Quy định|Chương trình|Kế hoạch)\s+số\s+[^\s,;.]+)/gu;

export function carriedOutByAnother(paragraphs: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const text of paragraphs) {
    for (const m of text.matchAll(NUMBERED_CARRIES_OUT)) {
      const own = findSymbols(m[1])[0];
      const ref = findSymbols(m[3])[0];
      // Nothing else numbered between the two ("Kế hoạch số 12 … Nghị quyết số 08 … thực hiện …" is not read so).
      if (own && ref && own.symbol !== ref.symbol && !findSymbols(m[2]).length) out.add(ref.symbol);
    }
    for (const m of text.matchAll(ISSUES_TO_CARRY_OUT)) {
      if (findSymbols(m[2]).length) continue; // the issued document states its own number: it names itself there
      const ref = findSymbols(m[3])[0];
      if (ref && ref.kind !== kindWordAt(m[1])?.kind) out.add(ref.symbol);
    }
  }
  return out;
}
