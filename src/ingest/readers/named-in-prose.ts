/**
 * A news page that names the document it restates in prose, not in a header or an "… ban hành …" sentence:
 *  - the document the direction is given in: "Theo Công văn số 460-CV/TU, để …, Thường trực Thành ủy yêu cầu: …",
 *    "Tại Công văn số 8445/UBND-NN ngày 9/10, UBND tỉnh yêu cầu …", "Tại Công văn số 6889/VPCP-KTTH ngày
 *    22/11/2006 của Văn phòng Chính phủ, Thủ tướng Chính phủ … đã đồng ý …";
 *  - the document whose content the page said: "Đó là nội dung tại Chỉ thị số 03/CT-UBND của Chủ tịch UBND tỉnh về …";
 *  - the document a content is stated in and who sent it: "Nội dung trên được nêu rõ tại Công văn số:
 *    6839/VPCP-KGVX về việc …, do Văn phòng Chính phủ vừa gửi các bộ …";
 *  - the reference in brackets closing the sentence that reports the direction: "UBND tỉnh vừa có chỉ đạo về việc
 *    … (Công văn số 1067/UBND-KGVX ngày 10/10/2019).".
 * Each gives the page's own kind, symbol, date and issuer (marked inferred, with the sentence). Only the page's
 * opening paragraphs are read, only when the text states no symbol of its own, and never a preamble clause
 * ("Thực hiện Công văn số …", "Căn cứ …"), which names another document.
 * Complexity: linear in the text of the opening paragraphs.
 */
import { findReferences } from '../citations';
import { issuerOfSymbol, levelOfIssuer, levelOfSymbol, readVietnameseDate } from '../document';
import type { DocumentMeta, NormalisedLine } from '../model';
import { joinLines, splitParagraphs } from '../normalise';
import { findProvinces } from '../provinces';
import { findSymbols, KIND_VI, kindWordAt } from '../symbols';
import { squash } from '../text';
import type { MetaReading, ReaderContext } from './meta';
import { subjectBody } from './news-intro';
import { completeYear, YEARLESS_AFTER } from './yearless-date';

/** A body giving a direction: the verbs of a directing sentence's main clause. */
const DIRECTS = String.raw`(?:(?:vừa|đã|cũng|tiếp tục)\s+)*(?:yêu cầu|giao|đồng ý|chỉ đạo|đề nghị|lưu ý|nhấn mạnh|thống nhất|cho phép|quyết định|giao nhiệm vụ)(?![\p{L}])`;
/** "Theo/Tại/Trong <reference>, <subject> <directs>": the reference opens the clause the direction is given in. */
const IN_REFERENCE = /(?:^|[.;:]\s+|\s)(Theo|Tại|Trong)\s+$/u;
/**
 * "Thông báo của Văn phòng Chính phủ tại văn bản số 99/TB-VPCP ngày 13/3/2018, Thủ tướng chỉ đạo …": the kind and its
 * issuer named before the reference, the direction after it (group 1: the body that issued it, not the head who spoke).
 */
// (A photo caption without a full stop may run into it: "… - Ảnh: Minh Ngọc Thông báo của …".)
const KIND_OF_BODY_AT = /(?:^|[.;:]\s+|\s)(?:(?:Theo|Tại)\s+)?(?:Thông báo|Kết luận|kết luận|Công văn|công văn|Văn bản|văn bản)\s+(?:kết luận\s+)?của\s+(\p{Lu}[^.;:,]{2,80}?)\s+(?:tại|theo)\s+$/u;
const SUBJECT_DIRECTS = new RegExp(String.raw`^(?:[^.;:]{0,160}?,\s*)?(\p{Lu}[^.;:,]{2,100}?)\s+${DIRECTS}`, 'u');
/** "… (được) nêu (rõ) tại <reference> …, do <body> (vừa) gửi|ban hành …". */
const STATED_IN = /(?:nêu rõ|được nêu|nêu|đề cập|thể hiện)\s+(?:rõ\s+)?(?:tại|trong)\s+$/u;
/** "Đó là nội dung tại Chỉ thị số 03/CT-UBND của Chủ tịch UBND tỉnh về …": what the page said is the content of that document. */
const CONTENT_OF = /(?:^|\s)(?:Đó|Đây|đó|đây) (?:là|chính là) (?:(?:một(?: số)? trong )?(?:những|các) )?nội dung(?:\s+(?:chính|cơ bản|chủ yếu|quan trọng|trọng tâm|nổi bật))?\s+(?:tại|của|trong|nêu tại|nêu trong)\s+$/u;
/** "… nêu trong Nghị quyết số 80-NQ/TW của Bộ Chính trị về … vừa được ban hành": the document just issued, its issuer named with it. */
const JUST_ISSUED = /^[^.;]{0,240}?\s(?:vừa|mới|đã)\s+(?:được\s+)?(?:ký\s+)?ban hành(?![\p{L}])/u;
const SENT_BY = /^[^.;]{0,240}?(?:,\s*)?do\s+(\p{Lu}[^.;,]{2,80}?)\s+(?:(?:vừa|mới|đã)\s+)*(?:gửi|ban hành|ký|phát hành)(?![\p{L}])/u;
/** "… vừa có chỉ đạo …", "… vừa ban hành văn bản …": the sentence a bracketed reference closes reports a direction. */
const REPORTS = /(?:vừa|mới|đã)\s+(?:có\s+)?(?:chỉ đạo|ý kiến chỉ đạo|văn bản|ban hành|ký|yêu cầu|đề nghị|gửi)(?![\p{L}])|\s(?:yêu cầu|chỉ đạo|đề nghị)(?![\p{L}])/u;
/** "… về việc báo cáo …, do Văn phòng Chính phủ vừa gửi": the title after the reference (its date and issuer skipped). */
const ABOUT_AFTER = /^\s*,?\s*(?:\(?ngày\s+[^,;()]{3,24}\)?\s*)?(?:,?\s*của\s+[^,;()]{3,60}?\s+)?((?:về việc|về)\s+[^.;()]+?)(?=,\s*(?:do\s|\p{Lu})|\s*\(|[.;]|$)/u;
/** "… vừa có chỉ đạo về việc triển khai … (": the title before a bracketed reference. */
const ABOUT_BEFORE = /^\s*((?:về việc|về)\s+[^.;()]+?)\s*\(\s*$/u;
/** "… ký Chỉ thị của Ban Bí thư về …": the kind of document and its body (group 1) after the verb. */
const OF_BODY = /^\s*(?:ban hành\s+)?(?:Chỉ thị|Nghị quyết|Kết luận|Quy định|Quyết định|Hướng dẫn|Thông báo|Kế hoạch|Chương trình|Công văn|Quy chế)\s+của\s+(\p{Lu}[^,;()]{2,60}?)(?=\s+(?:về|số|ngày|nhằm)(?![\p{L}])|\s*\(|$)/u;
/** A preamble clause names another document. */
const PREAMBLE = /(?:^|[,(]\s*)(?:Căn cứ|Thực hiện|Triển khai|Quán triệt|Trên cơ sở|Xét)(?![\p{L}])/u;

/** Words that never stand inside a body's name as a news subject writes it (a headline's run-on "… Kế hoạch của Tỉnh ủy về …"). */
const NOT_IN_NAME = /(?<![\p{L}])(?:về|của|thực hiện|triển khai|\d+)(?![\p{L}])/u;

/**
 * The body a sentence's subject names, however much headline runs into it: the longest tail of up to twelve words that
 * names a body and holds no "về", "của" ("… Kế hoạch của Tỉnh ủy về … UBND tỉnh" → "UBND tỉnh").
 */
function reportingBody(subject: string): string | null {
  const words = subject.trim().split(/\s+/);
  for (let i = Math.max(0, words.length - 12); i < words.length; i++) {
    const tail = words.slice(i).join(' ');
    if (NOT_IN_NAME.test(tail) || !/^\p{Lu}/u.test(tail)) continue;
    const body = subjectBody(tail);
    if (body) return body.issuer;
  }
  return null;
}

export function readNamedInProse(lines: readonly NormalisedLine[], meta: DocumentMeta, context: ReaderContext = {}): MetaReading {
  if (meta.symbol) return {};
  for (const para of splitParagraphs(lines).slice(0, 6)) {
    const j = joinLines(para);
    const text = j.text;
    for (const ref of findReferences(text)) {
      if (!ref.symbol) continue;
      const kw = kindWordAt(ref.raw);
      // A reference needs its kind word to be a document the page reports ("Công văn số …"), not a bare symbol.
      if (!kw) continue;
      const sentenceStart = Math.max(text.lastIndexOf('. ', ref.index), text.lastIndexOf('; ', ref.index)) + 1;
      const before = text.slice(sentenceStart, ref.index);
      // (A bracket closing the report is the report's own document even after a mandate: "Thực hiện …, UBND tỉnh vừa có
      // chỉ đạo … (Công văn số …)"; a headline run into the sentence may open with one too.)
      const bracketed = /\(\s*$/u.test(before) && /^\s*\)/u.test(ref.end < text.length ? text.slice(ref.end) : '');
      if (!bracketed && PREAMBLE.test(before.trim())) continue;
      const after = text.slice(ref.end);
      let issuer: string | null = ref.issuer;
      let said: string | null = null;
      // What it is about: "… Công văn số … (ngày …) (của …) về việc …" after it, or "… vừa có chỉ đạo về việc … (Công văn số …)".
      let title: { from: number; to: number } | null = null;
      const about = ABOUT_AFTER.exec(after);
      if (about) title = { from: ref.end + about[0].lastIndexOf(about[1]), to: ref.end + about[0].lastIndexOf(about[1]) + about[1].length };
      const ofBody = KIND_OF_BODY_AT.exec(before);
      if (ofBody && levelOfIssuer(ofBody[1])) issuer ??= ofBody[1];
      if (IN_REFERENCE.test(before) || (ofBody && issuer)) {
        const m = SUBJECT_DIRECTS.exec(after);
        // (After "Thông báo của Văn phòng Chính phủ tại …" the head who spoke may be named short: "Thủ tướng chỉ đạo …".)
        const body = m ? subjectBody(m[1]) ?? (ofBody && /^(?:Thủ tướng|Phó Thủ tướng)(?![\p{L}])/u.test(m[1]) ? { issuer: ofBody[1], body: ofBody[1] } : null) : null;
        if (!m || !body) continue;
        // A mandate named before the direction ("Tại Công văn số …, thực hiện Nghị quyết …, UBND tỉnh yêu cầu") is fine;
        // another numbered document named between the reference and its subject is not read so.
        if (findSymbols(after.slice(0, m.index + m[0].length)).length) continue;
        issuer ??= body.issuer;
        said = squash(text.slice(sentenceStart, ref.end + m.index + m[0].length));
      } else if (STATED_IN.test(before)) {
        const m = SENT_BY.exec(after);
        const issued = m ? null : JUST_ISSUED.exec(after);
        if (m ? !levelOfIssuer(m[1]) : !(issued && ref.issuer && levelOfIssuer(ref.issuer))) continue;
        if (m) issuer ??= m[1];
        said = squash(text.slice(sentenceStart, ref.end + (m ?? issued)!.index + (m ?? issued)![0].length));
      } else if (CONTENT_OF.test(before)) {
        said = squash(text.slice(sentenceStart, ref.end));
      } else if (/\(\s*$/u.test(before) && /^\s*\)/u.test(after) && REPORTS.test(before)) {
        const reports = REPORTS.exec(before)!;
        // "… Thường trực Ban Bí thư Trần Cẩm Tú đã ký Chỉ thị của Ban Bí thư về … (Chỉ thị số 55-CT/TW …)": the document named
        // with its body after the verb is that body's; the one who signed it only signs.
        const of = OF_BODY.exec(before.slice(reports.index + reports[0].length));
        if (of && levelOfIssuer(of[1])) issuer ??= of[1];
        issuer ??= reportingBody(before.slice(0, reports.index));
        const aboutBefore = ABOUT_BEFORE.exec(before.slice(reports.index + reports[0].length));
        if (aboutBefore) {
          const from = sentenceStart + reports.index + reports[0].length + aboutBefore[0].indexOf(aboutBefore[1]);
          title = { from, to: from + aboutBefore[1].length };
        }
        said = squash(text.slice(sentenceStart, ref.end + 1));
      } else continue;
      // ("a copy's intro" tells the citation reader that the title sits inside a paragraph: found by offset.)
      const how = `a copy's intro, the document the page restates named in its prose: "${said.length > 240 ? `${said.slice(0, 239)}…` : said}"`;
      const span = j.spanOf(ref.index, ref.end);
      const s = findSymbols(ref.raw)[0];
      const out: MetaReading = { symbol: { value: ref.symbol, span, how } };
      if (s) out.number = { value: s.number, span, how };
      // The symbol's code over the word a site writes for it ("văn bản số 12/HD-UBND" is a guidance).
      const kind = s?.kindCode ? s.kind ?? kw.kind : kw.kind;
      if (kind) {
        out.kind = { value: kind, span, how };
        out.kindVi = { value: kind === kw.kind ? kw.vi : KIND_VI[kind], span, how };
      }
      // Its date right after it: "… ngày 22/11/2006", "… ngày 9/10" (the year from the article's date line).
      const dated = /^\s*,?\s*ngày\s+[^,;()]{3,24}/u.exec(after);
      const yearless = YEARLESS_AFTER.exec(after);
      const full = yearless ? completeYear(Number(yearless[1]), Number(yearless[2]), { stamp: context.stamp, text, at: ref.end }) : null;
      const date = ref.issuedOn ?? (dated ? readVietnameseDate(dated[0])?.iso ?? null : null);
      if (date) out.issuedOn = { value: date, span, how };
      else if (full) out.issuedOn = { value: full.iso, span, how: `${how}; ${full.how}` };
      const named = issuer && levelOfIssuer(squash(issuer)) ? squash(issuer) : s ? issuerOfSymbol(s, null) : null;
      if (named) out.issuer = { value: named, span, how };
      const level = (s ? levelOfSymbol(s) : null) ?? (named ? levelOfIssuer(named) : null);
      if (level) out.level = { value: level, span, how };
      if (title) out.title = { value: squash(text.slice(title.from, title.to)), span: j.spanOf(title.from, title.to), how };
      const province = level === 'CENTRAL_PARTY' || level === 'CENTRAL_STATE' || !named ? undefined : findProvinces(named)[0];
      if (province) out.province = { value: province.province.name, span, how };
      return out;
    }
  }
  return {};
}
