/**
 * A copy of a central document that names itself instead of carrying its header, as Party and legal sites
 * publish them:
 *  - the reference opens the page's own line: "Nghị quyết số 15-NQ/TW, ngày 1/6/2012, Hội nghị lần thứ năm Ban
 *    Chấp hành Trung ương khoá XI về một số vấn đề về chính sách xã hội …";
 *  - it stands in parentheses under the title: "(Quyết định số 283-QĐ/TW ngày 26-1-2010 / của Ban Bí thư
 *    Trung ương Đảng";
 *  - it closes the sentence that says the document was issued: "… ký ban hành Kết luận của Bộ Chính trị, Ban Bí
 *    thư về … (Kết luận số 200-KL/TW)."
 * Kind, symbol, date and issuer are read from it (marked inferred), only when the text has no "Số: …" of its own,
 * and never from a preamble clause ("Căn cứ …", "Thực hiện …"), which names other documents.
 */
import { findReferences } from './citations';
import { issuerOfSymbol, levelOfIssuer, levelOfSymbol, personName, readVietnameseDate } from './document';
import type { DocumentMeta, NormalisedLine } from './model';
import { joinLines, splitParagraphs } from './normalise';
import type { MetaReading, Reading } from './readers/meta';
import { findSymbols, KIND_VI, kindWordAt } from './symbols';
import { squash } from './text';

const PREAMBLE = /^\(?\s*[-+•]?\s*(?:Căn cứ|Thực hiện|Triển khai|Theo|Xét|Trên cơ sở|Quán triệt)(?![\p{L}])/u;
/** The Party's central bodies as a copy names them: "Ban Bí thư Trung ương Đảng", "Hội nghị lần thứ năm Ban Chấp hành Trung ương khoá XI". */
const PARTY_BODY = /(Bộ Chính trị|Ban Bí thư|Ban Chấp hành Trung ương)(?:\s+Trung ương)?(?:\s+Đảng)?(?![\p{L}])/u;
/** A line opening with a document's kind and number: "(Quyết định số 283-QĐ/TW …", "Nghị quyết số 15-NQ/TW, …". */
const OPENS = /^\s*(?:[\p{L}\d.]+\s+[-–|]\s+)?\(?\s*(?:Nghị quyết|Quyết định|Chỉ thị|Kết luận|Quy định|Kế hoạch|Chương trình(?: hành động)?|Hướng dẫn|Thông báo)\s+số\s+\d/u;
/**
 * A portal's list of new documents, each entry its issuer before a colon: "1. Chính phủ: Nghị quyết số 169/NQ-CP ngày
 * 11/11/2020 Phiên họp Chính phủ thường kỳ tháng 10 năm 2020" (group 1, an issuing body), then the entry's summary.
 */
const LISTED_ENTRY = /^\s*(?:\d{1,3}[.)]\s+)?(\p{Lu}[^:;.()]{1,60}?)\s*:\s+(?=(?:Nghị quyết|Quyết định|Chỉ thị|Kết luận|Quy định|Kế hoạch|Chương trình(?: hành động)?|Hướng dẫn|Thông báo)\s+số\s+\d)/u;
const opensListed = (text: string) => {
  const m = LISTED_ENTRY.exec(text);
  return !!m && levelOfIssuer(m[1]) !== null;
};
/**
 * A paragraph opening with the kind and symbol and no "số", dated by its year and issuer: "Nghị quyết 52-NQ/TW năm
 * 2019 của Bộ Chính trị đề cập đến …" (a news page's lead about the resolution it restates).
 */
const OPENS_BARE = /^\s*(?:Nghị quyết|Quyết định|Chỉ thị|Kết luận|Quy định|Kế hoạch|Chương trình(?: hành động)?|Hướng dẫn|Thông báo)\s+\d{1,4}[-/][\p{L}\d/-]+\s+(?:năm\s+\d{4}\s+)?của\s+\p{Lu}/u;
/** Where the title starts after a document's own reference and its date and issuer: "… phê duyệt …", "… về …". */
const TITLE_START = /(?<![\p{L}])(?:phê duyệt|ban hành|về việc|về|triển khai|thực hiện|quy định|hướng dẫn)\s/u;
/** "… ban hành Kết luận …" before a parenthesised reference of that kind. */
const ISSUED = /(?:ký\s+)?ban hành\s+(\p{L}+(?:\s+\p{L}+)?)/iu;

/** A portal's title line ending "… do <body> ban hành". */
const ISSUED_BY = /\sdo\s+(\p{Lu}[^,;()]{2,80}?)\s+ban hành\s*\.?$/u;

/** The body a portal's title line for the document `symbol` names as issuing it ("… do Bộ Tài chính ban hành"). */
function issuedByOnPortal(lines: readonly NormalisedLine[], symbol: string): Reading<string> | null {
  for (const l of lines.slice(0, 40)) {
    const t = l.text.trim();
    if (!t.includes(symbol) || !OPENS_KIND.test(t)) continue;
    const m = ISSUED_BY.exec(t);
    if (!m || !levelOfIssuer(m[1])) continue;
    const j = joinLines([l]);
    const at = j.text.lastIndexOf(m[1]);
    return { value: squash(m[1]), span: j.spanOf(at, at + m[1].length), how: `the portal's title of the document: "${squash(t.length > 200 ? `…${t.slice(-199)}` : t)}"` };
  }
  return null;
}
/** A line opening with a document's kind. */
const OPENS_KIND = /^(?:Nghị quyết|Quyết định|Chỉ thị|Kết luận|Quy định|Kế hoạch|Chương trình|Hướng dẫn|Thông báo|Thông tư|Nghị định|Công văn)\s/u;

export function readSelfReference(lines: readonly NormalisedLine[], meta: DocumentMeta): MetaReading {
  if (meta.symbol) return {};
  const nonBlank = lines.filter((l) => l.text.trim());
  const kindLine = meta.spans.kind ? lines.find((l) => l.line === meta.spans.kind!.startLine)?.text.trim() : undefined;
  const headingKind = meta.kind && kindLine !== undefined && kindLine === kindLine.toUpperCase() ? meta.kind : null;
  // Lines of the title and of preamble clauses ("Thực hiện Chương trình hành động số 44-CTr/TU …" wrapped so that
  // a line opens with the reference) name other documents.
  const paragraphs = splitParagraphs(lines);
  const elsewhere = new Set<number>();
  // ("Căn cứ Thông tư số 04/2008/TT-BNV …;" / "Thông tư số 06/2008/TT-BNV … hướng dẫn sửa đổi …;": the list of bases goes
  // on past the ";" in clauses that name their documents without the verb again.)
  const listed = new Set<readonly NormalisedLine[]>();
  let inList = false;
  for (const p of paragraphs) {
    const text = joinLines(p).text.trim();
    inList = PREAMBLE.test(text) || (inList && /^\p{Lu}/u.test(text));
    if (inList) {
      listed.add(p);
      for (const l of p) elsewhere.add(l.line);
    }
    inList &&= /[;,]$/u.test(text);
  }
  const title = meta.spans.title;
  if (title) for (let n = title.startLine; n <= title.endLine; n++) elsewhere.add(n);
  // A line that opens with the reference, read with the line after it (the issuer often wraps onto it);
  // then paragraphs, for a reference closing the sentence that says the document was issued.
  const pieces = [
    ...nonBlank.slice(0, 40).map((l, i) => nonBlank.slice(i, i + 2)).filter((ls) => (OPENS.test(ls[0].text) || opensListed(ls[0].text)) && !elsewhere.has(ls[0].line)),
    // (… when the line starts a sentence: after a headline, a time stamp or a full stop, not inside wrapped prose.)
    ...nonBlank.slice(0, 40).map((l, i) => nonBlank.slice(i, i + 2)).filter((ls) => {
      const before = nonBlank[nonBlank.indexOf(ls[0]) - 1]?.text.trim() ?? '';
      return OPENS_BARE.test(ls[0].text) && !elsewhere.has(ls[0].line) && (before.length < 80 || /[.:!?]$/u.test(before));
    }),
    ...paragraphs.slice(0, 12).filter((p) => !listed.has(p)),
  ];
  for (const para of pieces) {
    const j = joinLines(para);
    const text = j.text.trim();
    const lead = j.text.length - j.text.trimStart().length;
    if (PREAMBLE.test(text)) continue;
    const refs = findReferences(text);
    for (const ref of refs) {
      if (!ref.symbol) continue;
      const kw = kindWordAt(ref.raw);
      // A plan whose heading says "KẾ HOẠCH" is not the "Chương trình số …" its text names.
      // (A kind read from prose, "… ban hành Hướng dẫn khung", is no heading.)
      if (!kw || (headingKind !== null && kw.kind !== headingKind)) continue;
      // A page title may name the site first: "tailieunhanh - Chỉ thị số 24/CT-TTg".
      // (… or a list of documents its issuer: "1. Chính phủ: Nghị quyết số 169/NQ-CP …".)
      const entry = LISTED_ENTRY.exec(text);
      const opens = /^(?:[\p{L}\d.]+\s+[-–|]\s+)?\(?\s*$/u.test(text.slice(0, ref.index)) || (!!entry && entry[0].length === ref.index && levelOfIssuer(entry[1]) !== null);
      const closing = /\(\s*$/u.test(text.slice(0, ref.index)) && /^\s*\)/u.test(text.slice(ref.end));
      const issuedAs = closing ? ISSUED.exec(text.slice(0, ref.index)) : null;
      if (!opens && !(issuedAs && kindWordAt(issuedAs[1])?.kind === kw.kind)) continue;
      const m = findSymbols(ref.raw)[0];
      const span = j.spanOf(lead + ref.index, lead + ref.end);
      const how = `the copy names itself: "${squash(text.slice(Math.max(0, ref.index - (closing ? 80 : 0)), ref.end + 60))}"`;
      const out: MetaReading = { symbol: { value: ref.symbol, span, how }, kind: { value: kw.kind, span, how }, kindVi: { value: kw.vi ?? KIND_VI[kw.kind], span, how } };
      if (m) out.number = { value: m.number, span, how };
      // The date: with the reference, else the place and date of the header run into the line below it
      // ("… Số 24 CT-TTg Hà Nội ngày 17 tháng 09 năm 2012 …").
      const placed = opens && !ref.issuedOn ? /(?<![\p{L}])Hà Nội,?\s+(ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})/u.exec(text.slice(ref.end)) : null;
      // "# Kết luận số 69-KL/TW" read with the line below it, "Kết luận số 69-KL/TW ngày 11/01/2024 của Bộ Chính trị
      // về …": the same reference again, with its date and issuer.
      const again = refs.filter((r) => r.index > ref.index && r.symbol === ref.symbol);
      const dated = ref.issuedOn ?? again.find((r) => r.issuedOn)?.issuedOn ?? (placed ? readVietnameseDate(placed[1])?.iso ?? null : null);
      if (dated) out.issuedOn = { value: dated, span, how };
      // "Nghị quyết 68/NQ-CP 2024 Chương trình hành động …", "Nghị quyết 52-NQ/TW năm 2019 của …": the year without its date.
      const year = dated ? null : /^\s+(?:năm\s+)?((?:19|20)\d{2})(?![\d/.-])/u.exec(text.slice(ref.end));
      if (year && opens) out.issuedYear = { value: Number(year[1]), span, how: `${how}: the year after its symbol` };
      // The issuer: "của Ban Bí thư Trung ương Đảng" after the reference (a wrapped line included), or the body
      // the opening line names ("Hội nghị lần thứ năm Ban Chấp hành Trung ương khoá XI").
      // "Quyết định số 1944/QĐ-TTg … của Thủ tướng Chính phủ phê duyệt Chương trình thực hiện Kết luận số 13-KL/TW
      // … của Bộ Chính trị": the body named after another document is that document's.
      const next = refs.find((r) => r.index > ref.index && r.symbol !== ref.symbol);
      const around = opens ? text.slice(ref.index, Math.min(ref.end + 120, next?.index ?? Infinity)) : text.slice(0, ref.index);
      const body = PARTY_BODY.exec(around);
      // … else the one the symbol's code names ("24/CT-TTg": the Prime Minister).
      // … else the body a portal's title of the same document names ("Quyết định số 56/2004/QĐ-UB về Kế hoạch … do Ủy
      // ban nhân dân Thành phố Hồ Chí Minh ban hành").
      const portal = body || ref.issuer || (m && issuerOfSymbol(m, null)) ? null : issuedByOnPortal(nonBlank, ref.symbol);
      const issuer = body ? body[1] : ref.issuer ?? (m ? issuerOfSymbol(m, null) : null) ?? portal?.value ?? null;
      if (portal) out.issuer = portal;
      else if (issuer && levelOfIssuer(issuer)) out.issuer = { value: issuer, span, how };
      const level = (m && levelOfSymbol(m)) ?? (issuer ? levelOfIssuer(issuer) : null);
      if (level) out.level = { value: level, span, how };
      // "Quyết định số 1944/QĐ-TTg ngày 18/11/2021 của Thủ tướng Chính phủ phê duyệt Chương trình thực hiện Kết
      // luận số 13-KL/TW …": the rest of the line that opens with the reference is the title.
      if (opens) {
        const lineEnd = j.text.length - j.text.trimStart().length + para[0].text.trim().length;
        const rest = j.text.slice(lead + ref.end, Math.max(lead + ref.end, lineEnd));
        const t = TITLE_START.exec(rest);
        if (t) {
          const from = lead + ref.end + t.index;
          const value = squash(rest.slice(t.index)).replace(/[.;:,]$/u, '');
          if (value.length >= 12) out.title = { value, span: j.spanOf(from, from + rest.length - t.index), how };
        }
      }
      // "… Thường trực Ban Bí thư Trần Cẩm Tú ký ban hành Kết luận …": who signed it.
      const signed = closing ? /((?:\p{Lu}\p{Ll}*\s+){1,3}\p{Lu}\p{Ll}*)\s+(?:đã\s+|vừa\s+)*ký\s+ban hành/u.exec(text.slice(0, ref.index)) : null;
      const signer = signed ? personName(signed[1]) : null;
      if (signed && signer) {
        const at = lead + (signed.index ?? 0);
        out.signer = { value: signer, span: j.spanOf(at, at + signed[1].length), how };
      }
      return out;
    }
  }
  return {};
}
