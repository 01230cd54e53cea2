/**
 * A plan made to carry out a programme, "Kế hoạch thực hiện Đề án “Bảo tồn, phát triển văn hóa các dân tộc thiểu số
 * Việt Nam đến năm 2020” trên địa bàn tỉnh", whose bases name the decision that approved it, "Căn cứ Quyết định số
 * 1270/QĐ-TTg ngày 27/7/2011 của Thủ tướng Chính phủ về việc phê duyệt Đề án “Bảo tồn, phát triển văn hóa …”": the plan
 * carries out that decision, so the decision is IMPLEMENTS, not only a basis. The programme is matched by the first words
 * of its name (diacritics, case and quotes aside); the approving reference is the one just before "phê duyệt" (or "ban
 * hành"), so a
 * basis that itself carries the decision out ("Kế hoạch số 7308/KH-BNN … triển khai thực hiện Quyết định số 1662/QĐ-TTg
 * … phê duyệt Đề án …") keeps its relation.
 * Complexity: linear in the opening paragraphs (one regular-expression scan each).
 */
import { findReferences } from './citations';
import type { Citation, NormalisedLine } from './model';
import { joinLines, splitParagraphs } from './normalise';
import { foldDiacritics } from './text';

const PROGRAMME = String.raw`(Đề án|Chương trình(?: hành động| mục tiêu quốc gia)?|Kế hoạch|Chiến lược|Quy hoạch|Dự án)`;
const NAME = String.raw`\s*[“"«]?\s*(\p{L}[^”"».;()]{10,240})`;
/** "… (triển khai) thực hiện Đề án «name»", in the title or the sentence that issues the plan. */
const CARRIES_OUT = new RegExp(String.raw`(?:thực hiện|triển khai)\s+[“"«]?${PROGRAMME}${NAME}`, 'giu');
/** "ban hành (kèm theo …) Kế hoạch … thực hiện …": the sentence that issues the document. */
const ISSUES = /ban hành\s+(?:kèm theo\s+[^.;]{0,40}?)?(?:Kế hoạch|Chương trình|Hướng dẫn|Quy chế)(?![\p{L}])/iu;
/** Right after the approving reference: "(ngày …) (của …) (về việc) phê duyệt Đề án «name»", "… ban hành Chiến lược …". */
const APPROVES = new RegExp(String.raw`^[^;]{0,160}?(?:phê duyệt|ban hành)\s+[“"«]?${PROGRAMME}${NAME}`, 'iu');

/** The first five words of a programme's name, folded: enough to tell one programme from another. */
const nameKey = (kind: string, name: string) => `${foldDiacritics(kind).toLowerCase()}:${foldDiacritics(name).toLowerCase().replace(/[^a-z0-9\s]/gu, ' ').split(/\s+/u).filter(Boolean).slice(0, 5).join(' ')}`;

export function implementsApprovedProgramme(citations: readonly Citation[], lines: readonly NormalisedLine[], title: string | null): Citation[] {
  if (!citations.some((c) => c.symbol && c.relation !== 'IMPLEMENTS')) return [...citations];
  const paragraphs = splitParagraphs(lines.slice(0, 80)).map(joinLines);
  const carriedOut = new Set<string>();
  for (const text of [title ?? '', ...paragraphs.map((j) => j.text).filter((t) => ISSUES.test(t))]) {
    for (const m of text.matchAll(CARRIES_OUT)) carriedOut.add(nameKey(m[1], m[2]));
  }
  if (carriedOut.size === 0) return [...citations];
  const approving = new Set<string>();
  for (const j of paragraphs) {
    const text = j.text;
    if (!/phê duyệt|ban hành/iu.test(text)) continue;
    const refs = findReferences(text);
    refs.forEach((r, k) => {
      const gap = text.slice(r.end, refs[k + 1]?.index ?? text.length);
      const m = r.symbol ? APPROVES.exec(gap) : null;
      if (m && carriedOut.has(nameKey(m[1], m[2]))) approving.add(`${r.symbol}|${j.spanOf(r.index, r.end).startLine}`);
    });
  }
  // Only the mention that approves it: the same decision named elsewhere keeps that mention's relation.
  const upgrade = (c: Citation) => approving.has(`${c.symbol}|${c.span.startLine}`) && (c.relation === 'BASED_ON' || c.relation === 'CITES');
  return citations.map((c) => (upgrade(c) ? { ...c, relation: 'IMPLEMENTS' } : c));
}
