/**
 * A news page whose headline names the document whose content it tells: "Những nhiệm vụ, giải pháp trọng tâm của Nghị
 * quyết số 09-NQ/TU về Chuyển đổi số toàn diện tỉnh Quảng Ninh đến năm 2025, …", "Nội dung chính của Chỉ thị số …",
 * "Những điểm mới của Quy định số …". The headline gives kind, symbol, level (the symbol's code), the title and the
 * province the title names; the issuer, when the page names the document again by its kind and issuer with the same
 * title ("… Nghị quyết của Ban Thường vụ Tỉnh ủy về chuyển đổi số toàn diện tỉnh giai đoạn 2021-2025 …"). Read only for
 * a copy with no symbol of its own otherwise; every field is marked as read from the headline, with its span.
 * Complexity: the first lines, and one scan of the opening paragraphs for the document named again.
 */
import { findReferences } from '../citations';
import { levelOfIssuer, levelOfSymbol } from '../document';
import type { DocumentMeta, NormalisedLine } from '../model';
import { joinLines, splitParagraphs } from '../normalise';
import { findProvinces } from '../provinces';
import { findSymbols, KIND_VI, kindWordAt } from '../symbols';
import { foldDiacritics, squash } from '../text';
import type { MetaReading } from './meta';

/** What the page tells of the document: "Những nhiệm vụ, giải pháp trọng tâm của", "Nội dung chính của", "Điểm mới của". */
const CONTENT_OF = /^(?:(?:Những|Các|Một số)\s+)?(?:nội dung|điểm mới|nhiệm vụ|giải pháp|mục tiêu|chỉ tiêu)(?:[^.;:]{0,60}?)\s+(?:của|trong|tại)\s+$/iu;
/** "… về …" after the reference: the title. */
const ABOUT = /^\s*(?:,\s*)?(về\s+.+)$/u;
/** The document named again by its kind and issuer: "Nghị quyết của Ban Thường vụ Tỉnh ủy về …". */
const NAMED_AGAIN = (kindVi: string) => new RegExp(String.raw`(?<![\p{L}])${kindVi}\s+của\s+(\p{Lu}[^,.;()]{2,60}?)\s+(về\s+[^.;]+)`, 'giu');

/** The first words of a title, folded, to tell the same document named again. */
const opening = (title: string, n: number) => foldDiacritics(title.replace(/^về\s+/iu, '')).toLowerCase().split(/\s+/u).slice(0, n).join(' ');

export function readHeadlineDocument(lines: readonly NormalisedLine[], meta: DocumentMeta): MetaReading {
  if (meta.symbol) return {};
  const first = lines.find((l) => l.text.trim());
  if (!first) return {};
  const t = first.text.trim();
  // A headline is one phrase: no full stop, no clause after ";".
  if (t.length > 250 || /[.;]\s*\S/u.test(t.replace(/\.{3}|…/gu, ''))) return {};
  const ref = findReferences(t).find((r) => r.symbol);
  if (!ref || !CONTENT_OF.test(t.slice(0, ref.index))) return {};
  const kw = kindWordAt(ref.raw);
  const m = findSymbols(ref.raw)[0];
  if (!kw || !m) return {};
  const at = first.text.indexOf(t);
  const span = joinLines([first]).spanOf(at + ref.index, at + ref.end);
  const how = `the headline names the document whose content the page tells: "${squash(t)}"`;
  const out: MetaReading = {
    symbol: { value: ref.symbol!, span, how },
    number: { value: m.number, span, how },
    kind: { value: kw.kind, span, how },
    kindVi: { value: kw.vi ?? KIND_VI[kw.kind], span, how },
  };
  const level = levelOfSymbol(m);
  if (level) out.level = { value: level, span, how: `${how}: the symbol's code` };
  const about = ABOUT.exec(t.slice(ref.end));
  if (about) {
    const from = at + t.length - about[1].length;
    out.title = { value: squash(about[1]), span: joinLines([first]).spanOf(from, from + about[1].length), how };
    const central = level === 'CENTRAL_PARTY' || level === 'CENTRAL_STATE';
    const province = central ? undefined : findProvinces(about[1]).find((p) => p.qualified);
    if (province) out.province = { value: province.province.name, span: out.title.span, how: `${how}: the province its title names` };
    // The issuer, where the page names the document again with the same title's opening words.
    for (const para of splitParagraphs(lines.filter((l) => l.line > first.line)).slice(0, 12)) {
      const j = joinLines(para);
      for (const again of j.text.matchAll(NAMED_AGAIN(kw.vi ?? KIND_VI[kw.kind]))) {
        if (opening(again[2], 3) !== opening(about[1], 3) || !levelOfIssuer(again[1])) continue;
        const from2 = (again.index ?? 0) + again[0].indexOf(again[1]);
        const said = `${how}; named again by its issuer: "${squash(again[0]).slice(0, 160)}"`;
        out.issuer = { value: squash(again[1]), span: j.spanOf(from2, from2 + again[1].length), how: said };
        return out;
      }
    }
  }
  return out;
}
