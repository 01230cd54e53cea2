/**
 * A news page that restates a document without a sentence saying who issued it: "Theo đó, Chủ tịch UBND tỉnh đề
 * nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Thủ trưởng các sở … triển khai thực hiện …", often with a pointer at
 * its foot, "Xem chi tiết công văn đính kèm./." (or "Xem chi tiết nội dung Chỉ thị tại đây"). The pointer names the
 * kind; the subject of the first assigning sentence is the issuer. Without a pointer the assigning sentence must
 * open a paragraph of the page's opening (the headline above it) and address agencies ("UBND tỉnh yêu cầu các sở,
 * ban, ngành, UBND huyện … tổ chức thực hiện Công văn số …", "(SKTE) - Thủ tướng Chính phủ yêu cầu Chủ tịch UBND các
 * tỉnh …"): a direction restated, whose kind the page does not say. Read only for a copy that states neither kind
 * nor issuer otherwise.
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

const KINDS = 'công văn|chỉ thị|kế hoạch|quyết định|văn bản|thông báo|nghị quyết|công điện|hướng dẫn';
const POINTER = new RegExp(
  String.raw`^Xem\s+(?:chi tiết|toàn văn|nội dung|chi tiết nội dung|toàn bộ nội dung)\s+(?:nội dung\s+)?(${KINDS})(?:\s+(?:đính kèm|tại đây|kèm theo))?\s*[./]*\s*$` +
    // "Nội dung công văn Ban Tuyên giáo Tỉnh ủy: click xem tại đây", "Chi tiết văn bản xem tại đây": the link says it the other way round.
    String.raw`|^(?:Nội dung|Chi tiết|Toàn văn)\s+(?:nội dung\s+)?(${KINDS})(?:\s+[^:]{2,80}?)?\s*:?\s*(?:click\s+|bấm\s+|nhấn\s+)?xem\s+(?:tại đây|chi tiết)\s*[./]*\s*$`,
  'iu',
);
/** "Theo đó, Chủ tịch UBND tỉnh đề nghị …": the subject before the assigning verb. */
const ASSIGNS = /(?:^|[.;]\s+)([^.;]{3,160}?)\s+(?:(?:cũng|đã|vừa)\s+)?(?:đề nghị|yêu cầu|giao|chỉ đạo)\s/u;

/** "Để <purpose>, <body> đề nghị …": the purpose clause (after the sentence's start) and the body speaking after it. */
const AFTER_PURPOSE = /(?:^|[.;…]\s*)(?:Để|Nhằm)\s[^.;]{3,400}?,\s+((\p{Lu}[^,;.]{2,60}?)\s+(?:(?:cũng|đã|vừa)\s+)?(?:đề nghị|yêu cầu|giao|chỉ đạo)\s)/u;

/** The assigning match of the body after a purpose clause, shaped as ASSIGNS's (group 1 the subject). */
function subjectAfterPurpose(m: RegExpExecArray): RegExpExecArray {
  const out = [m[1], m[2]] as unknown as RegExpExecArray;
  out.index = (m.index ?? 0) + m[0].length - m[1].length;
  return out;
}

/** What a news paragraph puts before its subject: the agency's tag "(SKTE) - ", "TPO - ", "Theo đó, ". */
const NEWS_LEAD = /^(?:\s*\(?[A-ZĐ][A-Za-zĐđ.]{1,14}\)?\s*[-–]\s*)?(?:(?:Theo đó|Cụ thể|Đồng thời|Trước đó|Đáng chú ý),\s*)?$/u;
/** The subject is the body itself, the verb's own subject ("Thủ tướng Chính phủ yêu cầu"), not a clause that ends with it. */
// ("- Giao Đảng uỷ Quốc hội chủ trì, phối hợp với Đảng uỷ Chính phủ chỉ đạo …" is an item assigning work, not a body speaking.)
function subjectOpens(subject: string, issuer: string): boolean {
  const s = squash(subject).replace(/^.*?\S\s*[-–]\s+/u, '').replace(/^.*?(?:Theo đó|Cụ thể|Đồng thời|Trước đó|Đáng chú ý),\s*/u, '');
  return s.length <= issuer.length + 40 && !/[,;:]/u.test(s) && /^\p{Lu}/u.test(s) && !/^(?:Giao|Yêu cầu|Đề nghị)\s/u.test(s);
}

/** An office named without its body: "Bộ trưởng", "Chủ tịch", "Giám đốc". */
const BARE_OFFICE = /^(?:Bộ trưởng|Chủ tịch|Giám đốc|Thủ trưởng|Trưởng ban)$/u;

/** The office as the page named it before, with its body ("bộ trưởng Bộ Công an"): the body it signs for. */
function namedInFull(office: string, before: string): { issuer: string; body: string; said: string } | null {
  const m = new RegExp(String.raw`(?<![\p{L}])${office}\s+((?:Bộ|Sở|Ủy ban|Uỷ ban|UBND|Ban)\s+\p{Lu}[^,.;:()]{1,60})`, 'iu').exec(before);
  if (!m) return null;
  const said = `${office} ${m[1].trim()}`;
  const found = subjectBody(said);
  return found && !BARE_OFFICE.test(found.issuer) && levelOfIssuer(found.body) ? { ...found, said: squash(m[0]) } : null;
}

export function readAttachedPointer(lines: readonly NormalisedLine[], meta: DocumentMeta): MetaReading {
  if (meta.kind || meta.symbol || meta.issuer) return {};
  const pointer = lines.find((l) => POINTER.test(l.text.trim()));
  const out: MetaReading = {};
  let how = "a copy's intro: an assigning sentence opening the page";
  if (pointer) {
    const m = POINTER.exec(pointer.text.trim())!;
    const kw = kindWordAt(m[1] ?? m[2]) ?? { kind: 'CONG_VAN' as const, vi: 'Văn bản' };
    const pointerSpan = joinLines([pointer]).spanOf(0, pointer.text.trim().length);
    how = `a copy's intro: the page points to the document it restates ("${squash(pointer.text)}")`;
    out.kind = { value: kw.kind, span: pointerSpan, how };
    out.kindVi = { value: kw.vi, span: pointerSpan, how };
  }
  const paragraphs = splitParagraphs(lines.filter((l) => !pointer || l.line < pointer.line)).slice(0, 4);
  for (const [i, para] of paragraphs.entries()) {
    const j = joinLines(para);
    // A headline run into the paragraph ends at the news agency's tag: "… kéo dài (SKTE) - Thủ tướng Chính phủ yêu cầu …".
    const tag = /^[^.;]{10,300}?\s(\(?[A-ZĐ]{2,8}\)?\s*[-–]\s+)(?=\p{Lu})/u.exec(j.text);
    const from = tag ? tag[0].length - tag[1].length : 0;
    const assigns = ASSIGNS.exec(j.text.slice(from));
    if (assigns) assigns.index += from;
    // "… Để góp phần ổn định tư tưởng, …, Ban Tuyên giáo Tỉnh ủy đề nghị các địa phương, đơn vị … tập trung tuyên truyền
    // tốt các nội dung sau:": the body speaks after the purpose clause, however long the mandate before it.
    const purpose = AFTER_PURPOSE.exec(j.text);
    // (The body after a purpose clause first: "Để …, theo hướng dẫn của Trung ương, Chủ tịch UBND tỉnh yêu cầu …" is the
    // chairman's, not "Trung ương, Chủ tịch UBND tỉnh".)
    for (const a of [purpose ? subjectAfterPurpose(purpose) : null, assigns]) {
      const found = a ? subjectBody(a[1]) : null;
      // Without a pointer, the sentence opens a paragraph (after a headline, a news agency's tag "(SKTE) - ", an
      // opening "Theo đó, " or a purpose clause) and its verb addresses agencies: "Thủ tướng Chính phủ yêu cầu Chủ tịch …".
      const opensParagraph = a !== null && (a.index === 0 || a !== assigns || (i > 0 || paragraphs.length > 1 || from > 0) && NEWS_LEAD.test(j.text.slice(from, a.index + a[0].indexOf(a[1]))));
      // (The page's first sentence may be a headline run into it: "Không để xảy ra khan hàng … Theo đó, Thủ tướng yêu cầu …".)
      const opensPage = a !== null && a === assigns && i === 0 && a.index === 0;
      if (!a || !found || (!pointer && (!(opensPage || (opensParagraph && subjectOpens(a[1], found.issuer))) || !opensAgency(j.text.slice(a.index + a[0].length))))) continue;
      const at = (a.index ?? 0) + a[0].indexOf(a[1]);
      const span = j.spanOf(at, at + a[1].length);
      let said = `${how}; its subject: "${squash(a[0])}"`;
      // "Bộ trưởng cũng yêu cầu …": the office named bare is the one the page named in full before it ("… theo lệnh của bộ
      // trưởng Bộ Công an, …"), and signs for that body.
      const before = [...paragraphs.slice(0, i).map((p) => joinLines(p).text), j.text.slice(0, at)].join(' ');
      const full = BARE_OFFICE.test(found.issuer) ? namedInFull(found.issuer, before) : null;
      if (full) said = `${said}; the office named in full before: "${full.said}"`;
      out.issuer = { value: squash(full?.issuer ?? found.issuer), span, how: said };
      out.level = { value: levelOfIssuer(full?.body ?? found.body)!, span, how: said };
      return out;
    }
  }
  return out.issuer || out.kind ? out : {};
}
