/**
 * A copy whose title names the document by its kind and its body, with no number: "NGHỊ QUYẾT CỦA BỘ CHÍNH TRỊ về đổi
 * mới, nâng cao chất lượng hoạt động của Hội Nông dân Việt Nam …", "CHỈ THỊ CỦA BAN BÍ THƯ / về …" (a newspaper printing a
 * Party document in full, "TOÀN VĂN: …"). The kind word and the body in capitals open the line; the title follows with
 * "về" (or on the next line). Read only in the first lines, for a text that states neither kind nor issuer otherwise;
 * each field is marked as read from the title line, with its span.
 * Complexity: the first lines, one anchored match each.
 */
import { levelOfIssuer, recase } from '../document';
import type { DocumentMeta, NormalisedLine } from '../model';
import { joinLines } from '../normalise';
import { kindWordAlone } from '../symbols';
import { squash } from '../text';
import type { MetaReading } from './meta';

/** "<KIND> CỦA <BODY>" in capitals, then "về …" or the end of the line. */
const KIND_OF_BODY = /^([\p{Lu}\s]{4,30}?)\s+CỦA\s+([\p{Lu}\s-]{4,80}?)(?=\s+(?:về|VỀ)\s|\s*[-|]*\s*$)/u;

export function readKindOfBodyTitle(lines: readonly NormalisedLine[], meta: DocumentMeta): MetaReading {
  if (meta.symbol || (meta.kind && meta.issuer)) return {};
  for (const line of lines.filter((l) => l.text.trim()).slice(0, 6)) {
    const t = line.text.trim();
    const m = KIND_OF_BODY.exec(t);
    // The kind word alone before "CỦA": "NGHỊ QUYẾT", not a title in capitals naming another body's document.
    const kw = m ? kindWordAlone(m[1]) : null;
    if (!m || !kw) continue;
    const issuer = recase(m[2]);
    const level = levelOfIssuer(issuer);
    if (!level) continue;
    const at = line.text.indexOf(t);
    const j = joinLines([line]);
    const span = j.spanOf(at, at + m[0].length);
    const how = `the title line names the document by its kind and body: "${squash(m[0])}"`;
    const out: MetaReading = {};
    if (!meta.kind) {
      out.kind = { value: kw.kind, span, how };
      out.kindVi = { value: kw.vi, span, how };
    }
    if (!meta.issuer) {
      const from = at + m[0].lastIndexOf(m[2]);
      out.issuer = { value: issuer, span: j.spanOf(from, from + m[2].length), how };
      // (A provincial body's province follows from its name when the readings are filled in: readers/meta.ts.)
      out.level = { value: level, span, how };
    }
    return out;
  }
  return {};
}
