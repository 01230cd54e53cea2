/**
 * A portal's document page reduced to its summary: a "Trích yếu" label (alone, or with its value after a colon)
 * and the document's title as the portal files it, opening with its kind and naming its issuer:
 *
 *   Trích yếu
 *   Chương trình của Ban Chấp hành Đảng bộ tỉnh Khóa XVI thực hiện Nghị quyết số 45-NQ/TW, ngày 24-11-2023 …
 *
 * The title gives kind, issuer (without its term, "Khóa XVI") and title; what it carries out is read by the
 * citation stage from the title. The metadata-block reader needs two labels; this one needs the label at the
 * page's top and a title that opens with a kind word followed by "của <body>".
 * Complexity: linear in the first few lines.
 */
import { levelOfIssuer } from '../document';
import type { NormalisedLine } from '../model';
import { joinLines } from '../normalise';
import { kindWordAt } from '../symbols';
import { squash } from '../text';
import type { MetaReading } from './meta';

const LABEL = /^(?:Trích yếu(?: nội dung)?|Tóm tắt|V\/v)\s*:?\s*/u;
/** "của <body>" up to what the document does or its term: "… Đảng bộ tỉnh Khóa XVI thực hiện …". */
const OF_BODY = /^\s*(?:hành động\s+)?của\s+(.+?)(?=\s+(?:[Kk]hóa|[Kk]hoá|nhiệm kỳ)\s|\s+(?:về|thực hiện|triển khai|ban hành|phê duyệt|quy định|hướng dẫn|năm \d{4})(?![\p{L}])|[,;(]|$)/u;

export function readSummaryTitle(lines: readonly NormalisedLine[]): MetaReading {
  const top = lines.filter((l) => l.text.trim()).slice(0, 6);
  const at = top.findIndex((l) => LABEL.test(l.text.trim()));
  if (at < 0) return {};
  const labelLine = top[at];
  const sameLine = labelLine.text.trim().replace(LABEL, '');
  const valueLines = sameLine ? [labelLine] : top.slice(at + 1, at + 2);
  if (!valueLines.length) return {};
  const j = joinLines(valueLines);
  const start = sameLine ? j.text.length - sameLine.length : 0;
  const value = j.text.slice(start);
  const kw = kindWordAt(value);
  const of = kw ? OF_BODY.exec(value.slice(kw.length)) : null;
  if (!kw || !of) return {};
  const body = squash(of[1]);
  const level = levelOfIssuer(body);
  if (!level) return {};
  const how = `a portal's "Trích yếu": "${squash(value).slice(0, 160)}"`;
  const kindSpan = j.spanOf(start, start + kw.length);
  const bodyAt = start + kw.length + of[0].indexOf(of[1]);
  const issuerSpan = j.spanOf(bodyAt, bodyAt + of[1].length);
  return {
    kind: { value: kw.kind, span: kindSpan, how },
    kindVi: { value: kw.vi, span: kindSpan, how },
    issuer: { value: body, span: issuerSpan, how },
    level: { value: level, span: issuerSpan, how: `${how}: the issuer` },
    title: { value: squash(value), span: j.spanOf(start, j.text.length), how },
  };
}
