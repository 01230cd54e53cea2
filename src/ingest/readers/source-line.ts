/**
 * A portal's answer or news item that quotes a document and names it only at the end, on a line of its own in
 * brackets: "UBND tỉnh có ý kiến như sau: / Giao Sở … / (Theo Công văn số 6202/UBND-KT, ngày 23/11/2023)",
 * "(Nguồn: Kế hoạch số 98/KH-UBND ngày 3-7-2025 của UBND tỉnh)". The quoted text is that document's: its kind,
 * symbol, date and issuer are read from the line (marked inferred), the issuer from the text's own subject
 * ("UBND tỉnh có ý kiến …") or else from the symbol's code.
 * Only the last lines are looked at, and only a line that is wholly such a bracket.
 * Complexity: linear in the few last lines.
 */
import { findReferences } from '../citations';
import { issuerOfSymbol, levelOfIssuer, levelOfSymbol } from '../document';
import type { DocumentMeta, NormalisedLine, Span } from '../model';
import { findSymbols, KIND_VI, kindWordAt } from '../symbols';
import { squash } from '../text';
import type { MetaReading } from './meta';

const SOURCE = /^\(\s*(?:Theo|Nguồn\s*:?|Trích)\s+(.+?)\)\s*\.?$/u;
/** "UBND tỉnh có ý kiến như sau:", "Chủ tịch UBND tỉnh chỉ đạo:": the body speaking in the quoted text. */
const SPEAKER = /^((?:Chủ tịch\s+)?(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(?:tỉnh|thành phố)(?:\s+\p{Lu}\p{Ll}*){0,3}?)\s+(?:có ý kiến|chỉ đạo|yêu cầu|giao|thống nhất)(?![\p{L}])/u;

export function readSourceLine(lines: readonly NormalisedLine[], meta: DocumentMeta): MetaReading {
  if (meta.symbol) return {};
  const nonBlank = lines.filter((l) => l.text.trim());
  for (const l of nonBlank.slice(-3).reverse()) {
    const m = SOURCE.exec(l.text.trim());
    if (!m) continue;
    const ref = findReferences(m[1]).find((r) => r.symbol && r.index === 0);
    const kw = ref ? kindWordAt(ref.raw) : null;
    if (!ref || !kw) continue;
    const span: Span = { startLine: l.line, endLine: l.line, startOffset: 0, endOffset: l.text.length };
    const how = `the quoted document named at the end: "${squash(l.text)}"`;
    const out: MetaReading = { symbol: { value: ref.symbol!, span, how }, kind: { value: kw.kind, span, how }, kindVi: { value: kw.vi ?? KIND_VI[kw.kind], span, how } };
    const s = findSymbols(ref.raw)[0];
    if (s) out.number = { value: s.number, span, how };
    if (ref.issuedOn) out.issuedOn = { value: ref.issuedOn, span, how };
    const first = nonBlank[0];
    const speaker = first && first !== l ? SPEAKER.exec(first.text.trim()) : null;
    const issuer = ref.issuer ?? speaker?.[1] ?? (s ? issuerOfSymbol(s, null) : null);
    if (issuer && levelOfIssuer(issuer)) {
      const from = speaker && issuer === speaker[1] ? first : l;
      out.issuer = { value: issuer, span: { startLine: from.line, endLine: from.line, startOffset: 0, endOffset: from.text.length }, how };
    }
    const level = (s && levelOfSymbol(s)) ?? (issuer ? levelOfIssuer(issuer) : null);
    if (level) out.level = { value: level, span, how };
    return out;
  }
  return {};
}
