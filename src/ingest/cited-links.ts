/**
 * Lineage stated in passing between two other documents: "Chương trình hành động số 44-CTr/TU ngày
 * 21/5/2025 của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 59-NQ/TW" says 44-CTr/TU implements
 * 59-NQ/TW. These links make chains of cited (stub) documents walkable: 59-NQ/TW → 153/NQ-CP → 44-CTr/TU.
 * Complexity: linear in the text: each paragraph joined once, each pair of neighbouring references tested once.
 */
import { findReferences } from './citations';
import type { CitedLink, NormalisedLine } from './model';
import { joinLines, splitParagraphs } from './normalise';

// What joins two references when the first carries out the second: the verb comes right after the first
// reference ("… của Ban Thường vụ Thành ủy về thực hiện Nghị quyết …", "… ban hành Chương trình hành động
// của Chính phủ thực hiện Nghị quyết …"). A list ("Nghị quyết 34-NQ/TW về … triển khai đường lối …,
// Kết luận 71-KL/TW") has a description there instead, and is not a chain.
// A bracket may stand before the verb: the issuer's term ("… của Ban Chấp hành Đảng bộ tỉnh (khóa XVII) thực hiện …").
const IMPLEMENTING_GAP =
  /^[\s,]*(?:\([^()]{1,40}\)[\s,]*)?(?:ban hành\s+(?:\S+\s+){1,8}?)?(?:về\s+)?(?:việc\s+)?(?:tăng cường\s+|tiếp tục\s+)?(?:thực hiện|triển khai|cụ thể hóa|cụ thể hoá)(?![\p{L}])(?:\s+\S+){0,8}\s*$/iu;
const MAX_GAP = 220;
// The reverse order: "Chương trình hành động … thực hiện Nghị quyết số 59-NQ/TW … (ban hành kèm theo Nghị
// quyết số 153/NQ-CP)" — the second reference carries out the first.
const VERB_BEFORE = /(?<![\p{L}])(?:thực hiện|triển khai)\s*$/iu;
const ISSUED_WITH = /[(,]\s*(?:được\s+)?ban hành kèm theo\s*$/iu;

export function readCitedLinks(lines: readonly NormalisedLine[], ownSymbol: string | null): CitedLink[] {
  const links: CitedLink[] = [];
  const seen = new Set<string>();
  for (const paragraph of splitParagraphs(lines)) {
    const joined = joinLines(paragraph);
    const refs = findReferences(joined.text).filter((r) => r.symbol);
    for (let i = 0; i + 1 < refs.length; i++) {
      const [from, to] = [refs[i], refs[i + 1]];
      if (from.symbol === to.symbol || from.symbol === ownSymbol || to.symbol === ownSymbol) continue;
      const gap = joined.text.slice(from.end, to.index);
      if (gap.length > MAX_GAP || gap.includes(';')) continue;
      let link: [string, string] | null = null;
      if (IMPLEMENTING_GAP.test(gap)) link = [from.symbol!, to.symbol!];
      else if (ISSUED_WITH.test(gap) && VERB_BEFORE.test(joined.text.slice(Math.max(0, from.index - 40), from.index))) link = [to.symbol!, from.symbol!];
      if (!link || seen.has(link.join('>'))) continue;
      seen.add(link.join('>'));
      links.push({ from: link[0], to: link[1], relation: 'IMPLEMENTS', raw: joined.text.slice(from.index, to.end).replace(/\s+/g, ' '), span: joined.spanOf(from.index, to.end) });
    }
  }
  return links;
}
