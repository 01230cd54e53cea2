/**
 * A newspaper printing a congress's resolution in full: "Sáng 3/10, Đại hội đại biểu Đảng bộ tỉnh Nghệ An khóa XX,
 * nhiệm kỳ 2025 - 2030 đã tiến hành biểu quyết thông qua Nghị quyết …" and, above the text, the resolution's enacting
 * word "QUYẾT NGHỊ" alone on its line. The congress passing it gives the kind (a Nghị quyết), its issuer and level (a
 * Đảng bộ's congress is its Party committee's level, the national congress the Party's centre) and province; "QUYẾT NGHỊ"
 * alone gives the kind. Read only for a copy that states neither kind nor issuer otherwise; every field is marked as
 * read, with its span.
 * Complexity: linear in the first paragraphs' text.
 */
import type { DocumentMeta, NormalisedLine } from '../model';
import { joinLines, splitParagraphs } from '../normalise';
import { findProvinces } from '../provinces';
import { squash } from '../text';
import type { MetaReading } from './meta';
import { CONGRESS } from './reported-direction';

/** "<congress>(, nhiệm kỳ …) (đã) (tiến hành) (biểu quyết) thông qua Nghị quyết": groups 1 the congress, 2 its national words. */
const PASSES = new RegExp(String.raw`${CONGRESS}(?:,?\s*nhiệm kỳ\s+\d{4}\s*[-–]\s*\d{4})?\s+(?:đã\s+)?(?:tiến hành\s+)?(?:biểu quyết\s+)?thông qua\s+Nghị quyết(?![\p{L}])`, 'u');
/** The enacting word of a resolution, alone on its line. */
const ENACTS = /^\s*QUYẾT NGHỊ\s*:?\s*$/u;

export function readCongressPasses(lines: readonly NormalisedLine[], meta: DocumentMeta): MetaReading {
  if (meta.symbol || meta.kind || meta.issuer) return {};
  const out: MetaReading = {};
  for (const para of splitParagraphs(lines).slice(0, 12)) {
    const j = joinLines(para);
    const m = PASSES.exec(j.text);
    if (!m) continue;
    const at = (m.index ?? 0) + m[0].indexOf(m[1]);
    const span = j.spanOf(at, at + m[1].length);
    const how = `a copy's intro: the congress passing its resolution ("${squash(m[0])}")`;
    const word = j.spanOf((m.index ?? 0) + m[0].length - 'Nghị quyết'.length, (m.index ?? 0) + m[0].length);
    out.kind = { value: 'NGHI_QUYET', span: word, how };
    out.kindVi = { value: 'Nghị quyết', span: word, how };
    out.issuer = { value: squash(m[1]), span, how };
    out.level = { value: m[2] ? 'CENTRAL_PARTY' : 'PROVINCIAL_PARTY', span, how };
    const province = m[2] ? undefined : findProvinces(m[1])[0];
    if (province) out.province = { value: province.province.name, span, how };
    return out;
  }
  const enacting = lines.slice(0, 60).find((l) => ENACTS.test(l.text));
  if (enacting) {
    const span = joinLines([enacting]).spanOf(0, enacting.text.length);
    const how = 'the enacting word of a resolution, "QUYẾT NGHỊ", alone on its line';
    out.kind = { value: 'NGHI_QUYET', span, how };
    out.kindVi = { value: 'Nghị quyết', span, how };
  }
  return out;
}
