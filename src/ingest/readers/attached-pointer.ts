/**
 * A news page that restates a document without a sentence saying who issued it: "Theo đó, Chủ tịch UBND tỉnh đề
 * nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Thủ trưởng các sở … triển khai thực hiện …", often with a pointer at
 * its foot, "Xem chi tiết công văn đính kèm./." (or "Xem chi tiết nội dung Chỉ thị tại đây"). The pointer names the
 * kind; the subject of the first assigning sentence is the issuer. Without a pointer the assigning sentence must
 * open the page and address agencies ("UBND tỉnh yêu cầu các sở, ban, ngành, UBND huyện … tổ chức thực hiện Công
 * văn số …"): a direction restated, whose kind the page does not say. Read only for a copy that states neither
 * kind nor issuer otherwise.
 * Complexity: linear in the lines (one test per line, the first paragraphs read for the subject).
 */
import { levelOfIssuer } from '../document';
import type { DocumentMeta, NormalisedLine } from '../model';
import { joinLines, splitParagraphs } from '../normalise';
import { opensAgency } from '../agencies';
import { kindWordAt } from '../symbols';
import { squash } from '../text';
import type { MetaReading } from './meta';
import { subjectBody } from './news-intro';

const POINTER =
  /^Xem\s+(?:chi tiết|toàn văn|nội dung|chi tiết nội dung|toàn bộ nội dung)\s+(?:nội dung\s+)?(công văn|chỉ thị|kế hoạch|quyết định|văn bản|thông báo|nghị quyết|công điện|hướng dẫn)(?:\s+(?:đính kèm|tại đây|kèm theo))?\s*[./]*\s*$/iu;
/** "Theo đó, Chủ tịch UBND tỉnh đề nghị …": the subject before the assigning verb. */
const ASSIGNS = /(?:^|[.;]\s+)([^.;]{3,160}?)\s+(?:(?:cũng|đã|vừa)\s+)?(?:đề nghị|yêu cầu|giao|chỉ đạo)\s/u;

export function readAttachedPointer(lines: readonly NormalisedLine[], meta: DocumentMeta): MetaReading {
  if (meta.kind || meta.symbol || meta.issuer) return {};
  const pointer = lines.find((l) => POINTER.test(l.text.trim()));
  const out: MetaReading = {};
  let how = "a copy's intro: an assigning sentence opening the page";
  if (pointer) {
    const m = POINTER.exec(pointer.text.trim())!;
    const kw = kindWordAt(m[1]) ?? { kind: 'CONG_VAN' as const, vi: 'Văn bản' };
    const pointerSpan = joinLines([pointer]).spanOf(0, pointer.text.trim().length);
    how = `a copy's intro: the page points to the document it restates ("${squash(pointer.text)}")`;
    out.kind = { value: kw.kind, span: pointerSpan, how };
    out.kindVi = { value: kw.vi, span: pointerSpan, how };
  }
  const paragraphs = splitParagraphs(lines.filter((l) => !pointer || l.line < pointer.line)).slice(0, pointer ? 4 : 1);
  for (const para of paragraphs) {
    const j = joinLines(para);
    const a = ASSIGNS.exec(j.text);
    const found = a ? subjectBody(a[1]) : null;
    // Without a pointer, the sentence opens the page and its verb addresses agencies.
    if (!a || !found || (!pointer && (a.index !== 0 || !opensAgency(j.text.slice(a.index + a[0].length))))) continue;
    const at = (a.index ?? 0) + a[0].indexOf(a[1]);
    const span = j.spanOf(at, at + a[1].length);
    const said = `${how}; its subject: "${squash(a[0])}"`;
    out.issuer = { value: squash(found.issuer), span, how: said };
    out.level = { value: levelOfIssuer(found.body)!, span, how: said };
    break;
  }
  return out.issuer || out.kind ? out : {};
}
