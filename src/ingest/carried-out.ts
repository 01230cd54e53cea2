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

export function carriedOutByAnother(paragraphs: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const text of paragraphs) {
    for (const m of text.matchAll(ISSUES_TO_CARRY_OUT)) {
      if (findSymbols(m[2]).length) continue; // the issued document states its own number: it names itself there
      const ref = findSymbols(m[3])[0];
      if (ref && ref.kind !== kindWordAt(m[1])?.kind) out.add(ref.symbol);
    }
  }
  return out;
}
