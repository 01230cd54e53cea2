/**
 * A copy whose header is a news intro instead of the document's own: the portal's "toàn văn" page of a
 * Party resolution ("Thay mặt Bộ Chính trị, Tổng Bí thư Tô Lâm đã ký ban hành Nghị quyết số 57-NQ/TW (ngày
 * 22/12/2024) của Bộ Chính trị về …") or a news article restating a plan ("UBND tỉnh ban hành Kế hoạch số
 * 98/KH-UBND ngày 3-7-2025 về …"). The sentence that says who issued what gives kind, symbol, date,
 * issuer (province) and title. It is read only when the text has no header "Số: …" of its own, and never from a
 * preamble clause ("Căn cứ …", "Thực hiện …"), which names other documents.
 * Complexity: linear in the text of its opening paragraphs.
 */
import { findReferences } from '../citations';
import { levelOfIssuer, levelOfSymbol, readVietnameseDate, withoutPersonName } from '../document';
import type { DocumentMeta, NormalisedLine } from '../model';
import { joinLines, splitParagraphs } from '../normalise';
import { findProvinces } from '../provinces';
import { canonicalAgencyName } from '../agencies';
import { carriedOutByAnother } from '../carried-out';
import { findSymbols, KIND_VI, kindWordAt } from '../symbols';
import { squash } from '../text';
import type { MetaReading, ReaderContext } from './meta';
import { completeYear, YEARLESS_AFTER, YEARLESS_OPENING } from './yearless-date';
import { committeeSigned } from '../chairman-signs';

/** "… (vừa|đã) ký ban hành", "… trân trọng giới thiệu toàn văn", right before the reference. */
// "Ngày 25/9/2020, Chính phủ có Nghị quyết số 134/NQ-CP …": the body "has" (issued) the document; "Chính phủ ra Nghị
// quyết số 12/NQ-CP …": it "puts out" one.
// "Ban Tuyên giáo Trung ương phát hành Hướng dẫn 165-HD/BTGTW": a board "puts out" its guidance.
const ISSUED = /(?:(?:(?:vừa|đã|mới|chính thức|vừa chính thức)\s+)*(?:ký\s+)?(?:ban hành|phát hành|ký|công bố|thông qua|phê duyệt|có|(?<![\p{L}])ra)|(?:giới thiệu|đăng tải|đăng|công bố)\s+(?:toàn văn|nội dung)|toàn văn)\s*(?:[:,]\s*)?$/iu;
// (Not when the verb has an object of its own: "… Nghị quyết số 18-NQ/TW … của Ban Chấp hành Trung ương khóa XII đã ban
// hành Công văn số 43-CV/BCĐ": the reference is inside the subject's name, the letter is what was issued.)
const ISSUED_AFTER = /^\s*,?\s*(?:(?:vừa|mới|đã)\s+)?(?:được\s+)?(?:ký\s+)?ban hành(?:\s+(?:vào\s+)?(ngày\s+\d{1,2}[./-]\d{1,2}[./-]\d{4}))?(?![\p{L}])(?!\s+(?:các\s+)?(?:kế hoạch|chương trình|quyết định|chỉ thị|hướng dẫn|công văn|nghị quyết|kết luận|thông báo|văn bản|đề án|quy định)(?![\p{L}]))/iu;
const PREAMBLE = /^(?:Căn cứ|Thực hiện|Triển khai|Theo|Xét|Trên cơ sở|Quán triệt)(?![\p{L}])/u;
/** Words for a document that name no kind of their own ("văn bản số 12/HD-UBND"): the symbol's code says the kind. */
const GENERIC_KINDS: ReadonlySet<string> = new Set(['CONG_VAN', 'OTHER']);
/** "Thay mặt Bộ Chính trị, …": the body on whose behalf the document was signed. */
// "thừa lệnh Chủ tịch UBND tỉnh, Phó Chánh Văn phòng …" signs a letter of the committee for its chairman.
// "… vừa thay mặt Ban Thường vụ Tỉnh ủy Nghệ An ký ban hành …": the body may also run straight into the verb.
// A headline without a full stop may run into it: "… dưới mọi hình thức Thay mặt Ban Bí thư, …" (capital "Thay").
// Right after the signer's name, the body running straight into the verb: "Thường trực Ban Bí thư Trương Thị Mai thay mặt
// Bộ Chính trị ký ban hành Quyết định số 139-QĐ/TW …".
const ON_BEHALF = /(?:^|[.;,]\s*|\s(?:vừa|đã|mới)\s+|\s(?=Thay mặt\s)|\s(?=thay mặt\s[^,]{3,80}?\s(?:đã\s+)?ký(?![\p{L}])))(?:Thay mặt|thay mặt|T\/M|TM\.|[Tt]hừa lệnh|TL\.|[Tt]hừa ủy quyền|TUQ\.)\s+([^,]{3,80}?)(?:\s*,|(?=\s+(?:đã\s+)?ký(?![\p{L}])))/u;
/** For whom a "thừa lệnh" signer signs is the head; the document is the body's. */
// ("thay mặt BTV Thành ủy Hà Nội": a news page writes the standing committee "BTV".)
const forBody = (s: string) => spelledOut(s).replace(/^(?:Chủ tịch|Bộ trưởng|Giám đốc|Thủ trưởng)\s+(?=\p{Lu})/u, '');
/** "BTV Tỉnh ủy", "BTV Thành ủy": the standing committee spelled out. */
const spelledOut = (s: string) => s.trim().replace(/^BTV\s+(?=\p{Lu})/u, 'Ban Thường vụ ');
/** What opens a sentence before its subject: "Ngày 3/7,", "Sáng 12-3,", "Mới đây,". */
const OPENING = /^(?:(?:Ngày|Đêm|Sáng|Chiều|Tối|Trưa|Hôm nay|Mới đây|Vừa qua|Theo đó|Cụ thể)(?:\s+(?:ngày\s+)?[\d/.-]+(?:\s*\/\s*\d+)?)?(?:\s+vừa qua)?\s*,\s*)+/iu;
const TITLE = /^\s*(?:,\s*)?((?:về|về việc|triển khai|thực hiện|tổ chức|phát triển|đẩy mạnh|tăng cường|nâng cao|ban hành)\s.+?)(?=\.\s|\.?$|;|,\s*(?:theo đó|trong đó|với mục tiêu|nhằm|qua đó|tập trung vào)(?![\p{L}])|\s+\((?:sau đây|gọi tắt))/iu;

/** "… ban hành bởi Tỉnh Ủy Kiên Giang về …" after the reference (and its date). */
const BY_ISSUER = /^\s*(?:,?\s*\(?ngày[^,;()]{4,30}\)?\s*)?(?:được\s+)?ban hành bởi\s+([^,;()]+?)(?=\s+(?:về|triển khai|thực hiện|nhằm)(?![\p{L}])|[,.;()]|$)/u;
/** "Tỉnh Ủy" / "Thành Ủy" as a page title-cases them: the committee's name writes "ủy" in lower case. */
const recaseCommittee = (s: string) => s.trim().replace(/^(Tỉnh|Thành|Đảng) (?:Ủy|Uỷ)(?![\p{L}])/u, '$1 ủy');

/** The kind the document's own heading states ("CHỈ THỊ CỦA THỦ TƯỚNG CHÍNH PHỦ"), not one read from prose. */
function headingKindOf(lines: readonly NormalisedLine[], meta: DocumentMeta): DocumentMeta['kind'] {
  const kindLine = meta.spans.kind ? lines.find((l) => l.line === meta.spans.kind!.startLine)?.text.trim() : undefined;
  return meta.kind && kindLine !== undefined && kindLine === kindLine.toUpperCase() ? meta.kind : null;
}

/** After a reference and its date or issuer, the document directs bodies: "… Công văn số 700/CV-DVTU đề nghị Đảng đoàn …". */
const DIRECTS_AFTER = /^[^.;]{0,80}?\s(?:đề nghị|yêu cầu|giao|chỉ đạo)\s+\p{L}/u;

/**
 * The page's own document. A news page may first recall an earlier document as background ("Ngày 20/11/2013, Ban Chấp
 * hành Đảng bộ tỉnh đã ban hành Chương trình hành động số 25-CTr/TƯ …") and report its news further down ("…, ngày
 * 18/7/2014, Ban Dân vận Tỉnh ủy có Công văn số 700/CV-DVTU đề nghị …"): the later-dated document that directs is the
 * page's.
 */
export function readNewsIntro(lines: readonly NormalisedLine[], meta: DocumentMeta, context: ReaderContext = {}): MetaReading {
  const first = readFirstIntro(lines, meta, context);
  if (!first.symbol || !first.issuedOn) return first;
  const rest = lines.filter((l) => l.line > first.symbol!.span.endLine);
  const later = rest.length ? readFirstIntro(rest, meta, context) : {};
  if (!later.symbol || !later.issuedOn || later.issuedOn.value <= first.issuedOn.value) return first;
  const text = joinLines(rest.filter((l) => l.line >= later.symbol!.span.startLine && l.line <= later.symbol!.span.endLine + 1)).text;
  const at = text.indexOf(later.symbol.value.split(/[-/]/)[0]);
  const tail = at >= 0 ? text.slice(at).replace(/^\S+/u, '') : '';
  return DIRECTS_AFTER.test(tail) ? later : first;
}

function readFirstIntro(lines: readonly NormalisedLine[], meta: DocumentMeta, context: ReaderContext): MetaReading {
  if (meta.symbol) return {};
  const ownKind = headingKindOf(lines, meta);
  const paragraphs = splitParagraphs(lines).slice(0, 30);
  const carriedOut = carriedOutByAnother(paragraphs.map((p) => joinLines(p).text));
  for (const para of paragraphs) {
    const j = joinLines(para);
    const text = j.text;
    for (const ref of findReferences(text)) {
      if (!ref.symbol || carriedOut.has(ref.symbol)) continue;
      // The clause the reference sits in: after the last ". " or "; " before it.
      const cut = Math.max(text.lastIndexOf('. ', ref.index), text.lastIndexOf('; ', ref.index));
      let sentenceStart = cut < 0 ? 0 : cut + 2;
      const clauseStart = sentenceStart;
      // "Thực hiện Nghị quyết số 11/NQ-CP …, ngày 04/03/2011 Bộ Xây dựng đã ban hành Chỉ thị số 01/CT-BXD": the
      // mandate clause names another document; the subject after its last comma issued this one.
      const mandate = PREAMBLE.test(text.slice(sentenceStart, ref.index).trim()) ? AFTER_MANDATE.exec(text.slice(sentenceStart, ref.index)) : null;
      if (mandate && ISSUED.test(mandate[1]) && subjectBody(mandate[1].replace(ISSUED, ''))) sentenceStart = ref.index - mandate[1].length;
      const before = text.slice(sentenceStart, ref.index);
      // "… Chỉ thị số 02-CT/TU của Ban Thường vụ Tỉnh ủy ban hành ngày 14.12.2020": the issuing said after it.
      const issuedAfter = ISSUED_AFTER.exec(text.slice(ref.end));
      if ((!ISSUED.test(before) && !issuedAfter) || PREAMBLE.test(before.trim())) continue;
      const m = findSymbols(ref.raw)[0];
      // "CHỈ THỊ … về việc triển khai thực hiện Nghị quyết 08 …" / "… Bộ Chính trị đã ban hành Nghị quyết số 08-NQ/TW":
      // a document of another kind than the one the heading states is what this one carries out, not itself.
      if (ownKind && (ref.kind ?? kindWordAt(ref.raw)?.kind ?? ownKind) !== ownKind) continue;
      const said = squash(text.slice(sentenceStart, ref.end));
      const how = `a copy's intro: "${said.length > 240 ? `…${said.slice(-239)}` : said}"`;
      const span = j.spanOf(ref.index, ref.end);
      const out: MetaReading = { symbol: { value: ref.symbol, span, how } };
      if (m) out.number = { value: m.number, span, how };
      const kw = kindWordAt(ref.raw);
      const kind = ref.kind ?? kw?.kind ?? null;
      if (kind) {
        out.kind = { value: kind, span, how };
        out.kindVi = { value: kw?.vi ?? KIND_VI[kind], span, how };
      }
      let end = ref.end;
      // "(ngày 22/12/2024)" after the symbol.
      const paren = /^\s*\(\s*(ngày[^)]{4,40})\)/u.exec(text.slice(end));
      // "Ngày 22/12/2024, Tổng Bí thư … đã ký ban hành …": a full date opening the sentence.
      // … also written out ("Ngày 30 tháng 4 năm 2025, …"), or opening the subject after a mandate ("ngày 04/03/2011 Bộ …").
      // (A headline run into the paragraph, "Triển khai thực hiện kết luận … Ngày 01/12/2020, UBND tỉnh ban hành …", read as a
      // mandate clause, still holds the sentence's opening date.)
      // (A lower-case "ngày" opens the subject only after a comma, "…, ngày 04/03/2011 Bộ Xây dựng …": a headline's own date,
      // "Chỉ đạo, điều hành của Chính phủ, Thủ tướng Chính phủ ngày 6/1/2021", dates the roundup, not the document.)
      const OPENING_DATE = /(?:^|\s)(?:(?:Sáng|Chiều|Tối|Trưa|Đêm)\s+ngày|Ngày|(?<=(?:^|[,.;:])\s*)ngày)\s+(\d{1,2}[/-]\d{1,2}[/-]\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})(?:\s+vừa qua)?\s*(?:,|(?=\s\p{Lu}))(?!.*(?:^|\s)Ngày\s+\d)/u;
      const opening = OPENING_DATE.exec(before) ?? (sentenceStart > clauseStart ? OPENING_DATE.exec(text.slice(clauseStart, ref.index)) : null);
      const date =
        ref.issuedOn ?? (paren ? readVietnameseDate(paren[1])?.iso ?? null : null) ?? (issuedAfter?.[1] ? readVietnameseDate(issuedAfter[1])?.iso ?? null : null) ?? (opening ? readVietnameseDate(`ngày ${opening[1]}`)?.iso ?? null : null);
      if (paren) end += paren[0].length;
      // "Thường trực Ban Bí thư ký ban hành Kết luận số 185-KL/TW về …" / "Thay mặt Bộ Chính trị, … ký ban hành Kết luận
      // số 185-KL/TW, ngày 22/8/2025 về …": the lead names it, the next paragraph names it again with its date.
      const again = date ? null : paragraphs.slice(paragraphs.indexOf(para) + 1, paragraphs.indexOf(para) + 4).map((p) => findReferences(joinLines(p).text).find((r) => r.symbol === ref.symbol && r.issuedOn)).find(Boolean);
      if (again) out.issuedOn = { value: again.issuedOn!, span, how: `${how}; dated where it is named again ("${again.raw}, ngày …")` };
      else if (date) out.issuedOn = { value: date, span, how };
      else {
        // "Đêm 22/9, UBND tỉnh ban hành Công văn số …", "… Công văn số 4079/UBND-KT ngày 19/6 …": no year.
        const after = YEARLESS_AFTER.exec(text.slice(ref.end));
        const opened = YEARLESS_OPENING.exec(before);
        const dm = after ?? opened;
        const full = dm ? completeYear(Number(dm[1]), Number(dm[2]), { stamp: context.stamp, text, at: after ? ref.end : sentenceStart + (opened!.index ?? 0) }) : null;
        if (full) out.issuedOn = { value: full.iso, span, how: `${how}; ${full.how}` };
      }
      // Issuer: "… của Bộ Chính trị", else "Thay mặt <body>,", else the sentence's subject.
      let issuer = ref.issuer;
      const ofIssuer = /^\s*của\s+([^,;()]+?)(?=\s+(?:về|triển khai|thực hiện|nhằm)(?![\p{L}])|[,;()]|$)/u.exec(text.slice(end));
      if (!issuer && ofIssuer && levelOfIssuer(ofIssuer[1])) issuer = ofIssuer[1].trim();
      if (ofIssuer) end += ofIssuer[0].length;
      const behalf = ON_BEHALF.exec(text.slice(sentenceStart > 1 ? sentenceStart - 2 : 0, ref.index));
      if (!issuer && behalf && levelOfIssuer(forBody(behalf[1]))) issuer = /^(?:[Tt]hừa|TL|TUQ)/u.test(behalf[0].replace(/^[.;,\s]+/u, '')) ? forBody(behalf[1]) : spelledOut(behalf[1]);
      // "Nghị Quyết số 22/NQ-TU ngày 08/6/2022 ban hành bởi Tỉnh Ủy Kiên Giang về …": the passive names the issuer after it.
      const by = BY_ISSUER.exec(text.slice(ref.end));
      if (!issuer && by && levelOfIssuer(recaseCommittee(by[1]))) issuer = recaseCommittee(by[1]);
      // ("Chủ tịch UBND TP … ký ban hành Công văn số …": the chairman signs for his committee, ../chairman-signs.ts.)
      if (!issuer) issuer = subjectBody(before.replace(ISSUED, ''))?.issuer ?? null;
      if (issuer && !ref.issuer) issuer = committeeSigned(issuer, kind, ISSUED.exec(before)?.[0] ?? '');
      if (issuer) out.issuer = { value: squash(issuer), span, how };
      // (A symbol whose code names no level, "3863 /UBND-ĐTXD" spaced, takes the issuer's: never a headline's "Thủ tướng".)
      let level = (m ? levelOfSymbol(m) : null) ?? (issuer ? levelOfIssuer(squash(issuer)) : null);
      // "Huyện ủy Tây Giang vừa ban hành Nghị quyết số 21-CT/TW …": a symbol misprinted on the page, its code naming another
      // kind than the word and another level than the body the sentence names. The sentence's words win over the code.
      const issuerLevel = issuer ? levelOfIssuer(squash(issuer)) : null;
      const misprinted = !!(m && kw && ref.kind && kw.kind !== ref.kind && !GENERIC_KINDS.has(kw.kind) && issuerLevel && level && issuerLevel !== level);
      if (misprinted && kw && issuerLevel) {
        const note = `${how}: the kind word and the issuer, over the symbol's code ("${m!.symbol}" names another kind and level)`;
        out.kind = { value: kw.kind, span, how: note };
        out.kindVi = { value: kw.vi, span, how: note };
        level = issuerLevel;
      }
      if (level) out.level = { value: level, span, how: `${how}: ${misprinted ? 'the issuer, over a misprinted symbol' : m && levelOfSymbol(m) ? "the symbol's issuer code" : 'the issuer'}` };
      const central = level === 'CENTRAL_PARTY' || level === 'CENTRAL_STATE';
      const province = !central ? findProvinces(issuer ?? '')[0] ?? findProvinces(text.slice(sentenceStart)).find((p) => p.qualified) : undefined;
      if (province) out.province = { value: province.province.name, span, how };
      const title = TITLE.exec(text.slice(end));
      if (title) {
        const from = end + text.slice(end).indexOf(title[1]);
        out.title = { value: squash(title[1]), span: j.spanOf(from, from + title[1].length), how };
      }
      return out;
    }
  }
  // A kind read from prose ("Bộ trưởng … đã ban hành kế hoạch hành động …"), not from a heading, is no header of its own.
  return ownKind ? {} : numberedLater(readUnnumberedIntro(paragraphs, context.stamp ?? null), paragraphs);
}

/** "Theo Kế hoạch số 114/KH-UBND, tỉnh …", "Kế hoạch số 114/KH-UBND nêu rõ …": the document speaking, by its number. */
// (A photo caption run into the paragraph, "… (Ảnh: minh hoạ) Theo Kế hoạch số …", closes before it.)
const SPEAKS_BEFORE = /(?:^|[.!?:)]\s+)(?:Theo|Tại)\s+$/u;
const SPEAKS_AFTER = /^\s*(?:\([^()]{0,40}\)\s*)?(?:,|\s(?:nêu rõ|đề ra|xác định|đặt mục tiêu|yêu cầu)(?![\p{L}]))/u;

/**
 * "UBND tỉnh Quảng Ngãi vừa ban hành kế hoạch nhằm …" / … / "Theo Kế hoạch số 114/KH-UBND, tỉnh Quảng Ngãi sẽ triển khai …":
 * the document a news page first names without its number is named with it further down, where it speaks; the one
 * reference of that kind so placed, its code of the issuer's level, is its symbol.
 */
function numberedLater(first: MetaReading, paragraphs: readonly (readonly NormalisedLine[])[]): MetaReading {
  if (!first.kind || first.number || !first.level) return first;
  const found: { ref: ReturnType<typeof findReferences>[number]; j: ReturnType<typeof joinLines> }[] = [];
  for (const para of paragraphs) {
    const j = joinLines(para);
    for (const ref of findReferences(j.text)) {
      const m = ref.symbol ? findSymbols(ref.raw)[0] : undefined;
      if (!m || (ref.kind ?? kindWordAt(ref.raw)?.kind) !== first.kind.value || levelOfSymbol(m) !== first.level.value) continue;
      if (!SPEAKS_BEFORE.test(j.text.slice(0, ref.index)) || !SPEAKS_AFTER.test(j.text.slice(ref.index + ref.raw.indexOf(m.raw) + m.raw.length))) continue;
      found.push({ ref, j });
    }
  }
  if (new Set(found.map((f) => f.ref.symbol)).size !== 1) return first;
  const { ref, j } = found[0];
  const m = findSymbols(ref.raw)[0];
  const span = j.spanOf(ref.index, ref.end);
  const how = `${first.kind.how}; named with its number where it speaks: "${squash(j.text.slice(Math.max(0, ref.index - 10), ref.end + 30))}"`;
  return { ...first, symbol: { value: ref.symbol!, span, how }, number: { value: m.number, span, how }, ...(ref.issuedOn && !first.issuedOn ? { issuedOn: { value: ref.issuedOn, span, how } } : {}) };
}

/**
 * "Phó Chủ tịch UBND tỉnh Đặng Minh Thông vừa ký ban hành văn bản triển khai thực hiện Quyết định …",
 * "Chủ tịch UBND tỉnh vừa ban hành chỉ thị yêu cầu …": a news sentence about a document it gives no number:
 * the kind (lower case in prose), the issuer (the office, without the signer's name) and what it is about.
 */
// ("Ban Bí thư vừa ra chỉ thị về việc tổ chức Tết …": a body "puts out" one, as with a number in ./news-intro's ISSUED.)
// "UBKT Đảng ủy Khối … đã xây dựng kế hoạch tổ chức kỷ niệm, …": a body that has drawn up its plan reports it ("xây dựng
// kế hoạch" alone is work asked of a body: ../drawn-up.ts).
// (A document numbered after its qualifier, "… đã ký Chương trình phối hợp số 79-Ctr/BDVTW …", is no numberless one.)
// A subject further than 160 characters from the sentence's start (a headline without a full stop run into it)
// is read from the last words before the verb. ("Ban Chỉ đạo liên ngành T.Ư về …", "Chủ tịch UBND TP.Hà Nội …": the dot of
// "T.Ư" or "TP." ends no sentence.)
// ("Ngày 11/9/2012, Thống đốc Ngân hàng Nhà nước (NHNN) có văn bản gửi NHNN chi nhánh các tỉnh …": a body "has" a letter it sends
// or directs by, without "vừa"/"đã".)
const UNNUMBERED = new RegExp(
  String.raw`(?:^|[.;]\s+|(?<=\s))((?:[^.;]|(?<=(?<![\p{L}])T)\.(?=[ƯW](?![\p{L}]))|(?<=(?<![\p{L}])TP)\.(?=\s?\p{Lu})){3,160}?)\s+(?:(?:vừa|đã|mới|chính thức)\s+)*(?:ký\s+ban hành|ban hành|ký|(?:vừa|đã)\s+(?:có|ra)|có(?=\s+(?:văn bản|công văn|công điện)(?:\s+(?:hỏa tốc|hoả tốc|khẩn))?\s+(?:gửi|chỉ đạo|yêu cầu|đề nghị|hướng dẫn)(?![\p{L}]))|(?<=(?:vừa|đã|mới)\s)xây dựng|phê duyệt|thông qua)\s+(văn bản|công văn|công điện|chỉ thị|kế hoạch|chương trình hành động|chương trình|quyết định|nghị quyết|kết luận|thông báo|hướng dẫn|đề án)(?![\p{L}])(?:\s+số\s+(\d{1,5})(?![\d/\p{L}-]))?(?!\s+(?:số|quy phạm|này|trên|của)(?![\p{L}]))(?!(?:\s+\p{Ll}+){1,3}\s+số\s+\d{1,5}[-/])`,
  'iu',
);
/**
 * "Chính phủ phê duyệt 8 mục tiêu về chiến lược dân số đến năm 2030", "Thủ tướng phê duyệt Quy hoạch tỉnh …": a body
 * approving a strategy or a master plan, or what it sets out, approves it by a decision (no strategy is issued as
 * a kind of its own).
 */
const APPROVED = /(?:^|[.;]\s+)([^.;]{3,120}?)\s+(?:(?:vừa|đã|mới|chính thức)\s+)*phê duyệt\s+(?:[^.;,]{0,40}?\s+(?:về|của)\s+)?(chiến lược|quy hoạch)(?![\p{L}])/iu;
/** Bodies of every unit named together ("UBND các xã, phường, thị trấn", "Các sở, ngành"): no one issuer. */
// ("Đảng ủy Khối các cơ quan Trung ương" is one body: the bloc of the central agencies.)
const MANY_BODIES = /(?:^|\s)(?<!Khối\s)các\s/iu;
/** The signer's name after the office: "Phó Chủ tịch UBND tỉnh Đặng Minh Thông" → "… UBND tỉnh". */
// A person's name is told from a place's by its surname ("UBND tỉnh Đồng Nai Võ Tấn Đức": "Đồng Nai" stays);
// after "đồng chí" / "ông" / "bà" whatever is capitalised is the name.
const SIGNER_NAME = /\s+(?:đồng chí|ông|bà)\s+(?:\p{Lu}\p{Ll}*\s+){1,3}\p{Lu}\p{Ll}*$/u;
/** An office that signs for its body: a deputy, a minister, a director ("Bộ trưởng Bộ Công Thương" → the ministry). */
// ("Thống đốc Ngân hàng Nhà nước": the governor signs for the State Bank.)
// ("Phó Bí thư Thường trực Huyện ủy Càng Long": the standing deputy secretary is an office of the committee, not its standing members.)
const DEPUTY = /^(?:Phó\s+(?:Chủ tịch|Bí thư|Giám đốc|Trưởng ban|Thủ tướng|Thống đốc)(?:\s+[Tt]hường trực)?|Bộ trưởng|Thứ trưởng|Giám đốc|Thống đốc|Ủy viên|Thành viên)\s+(?=\p{Lu})/u;
/** "Chủ tịch UBND tỉnh có ý kiến chỉ đạo: …": a written direction the portal reports, with no kind word of its own. */
const DIRECTION = /(?:^|[.;:]\s+)([^.;:]{3,160}?)\s+(?:(?:vừa|đã)\s+)?có\s+(ý kiến chỉ đạo|văn bản chỉ đạo)(?![\p{L}])/iu;

/**
 * The body a news sentence's subject names: "Ngày 26/11/2020, UBND tỉnh", "thay mặt UBND tỉnh, Phó Chủ tịch
 * UBND tỉnh Nguyễn Thế Giang", "Ban Thường vụ Tỉnh ủy Yên Bái đã", and a headline without a full stop run
 * into it ("Chuyển đổi số … điều hành Phó Chủ tịch UBND tỉnh …"): the longest tail naming a body, without the
 * signer's name. A deputy signs for the body; the chairman's own documents (chỉ thị, quyết định) are the chairman's.
 */
export function subjectBody(raw: string): { issuer: string; body: string } | null {
  // "Chủ tịch Ủy ban nhân dân (UBND) tỉnh": the abbreviation a news article introduces is no part of the name
  // (also with the dots some papers write: "Ủy ban Kiểm tra trung ương (UBKTT.Ư)").
  let subject = raw.replace(/\s*\((?:[A-ZĐƯ]{2,}(?:\.[A-ZĐƯ]+)*[&-]?)+\)/gu, '');
  // "BCĐ Trung ương về Phòng, chống thiên tai": the steering committee news writes short.
  subject = subject.replace(/(?<![\p{L}])BCĐ(?=\s+\p{Lu})/gu, 'Ban Chỉ đạo');
  // "UBKT Đảng ủy Khối các cơ quan Trung ương": the inspection commission news writes short.
  subject = subject.replace(/(?<![\p{L}])UBKT(?=\s+\p{Lu})/gu, 'Ủy ban Kiểm tra');
  // "Ban Chỉ đạo liên ngành T.Ư về …": the centre news writes short is "Trung ương", as the body's own name spells it.
  subject = subject.replace(/(?<![\p{L}])(?:T\.Ư|T\.W)(?![\p{L}])/gu, 'Trung ương');
  // Two bodies signing as one ("Ban Chỉ đạo Trung ương Phòng chống thiên tai-Ủy ban Quốc gia tìm kiếm cứu nạn", "Văn phòng
  // Ban chỉ đạo … – Văn phòng Ủy ban …"): the document is the first one's, as its symbol says.
  // (Not a paper's tag before the subject: "14:48 | 09/06/2021 TTTĐ - Ban Thường vụ Thành ủy Hà Nội vừa …".)
  const joint = subject.split(/\s*[-–—]\s*(?=(?:Văn phòng|Ủy ban|Uỷ ban|Ban|Bộ)\s+\p{L})/u);
  const tagged = joint.length > 1 && (/^\(?[A-ZĐ]{2,8}\)?$/u.test(joint[0].trim().split(/\s+/).pop() ?? '') || /\||\d{1,2}:\d{2}/u.test(joint[0]));
  if (joint.length > 1 && !tagged) {
    const first = subjectBody(joint[0]);
    if (first) return first;
  }
  subject = subject.replace(OPENING, '');
  // "Hội nghị Ban Thường vụ Tỉnh ủy lần thứ 31 (mở rộng)", "Ban Chấp hành Đảng bộ tỉnh khóa XX (mở rộng) lần thứ 4": a
  // committee's meeting is the committee's.
  subject = subject.replace(MEETING_OF, '');
  // "Ban Thường vụ Tỉnh ủy đồng ý về chủ trương và [giao …]": the first of two coordinated predicates ends the name.
  subject = subject.replace(FIRST_PREDICATE, '');
  // "Ban Chỉ đạo của Chính phủ về … (Ban Chỉ đạo của Chính phủ) ban hành …": the short name in brackets after the full one.
  subject = subject.replace(/\s*\([^()]{3,80}\)\s*$/u, '');
  const behalf = /^(?:.*?,\s*|.*?\s(?:vừa|đã|mới)\s+)?(?:Thay mặt|thay mặt|T\/M|TM\.|([Tt]hừa lệnh|TL\.|[Tt]hừa ủy quyền|TUQ\.))\s+([^,]{3,80}?)(?:\s*,\s*|(?=\s+(?:đã\s+)?ký(?![\p{L}]))|$)/u.exec(subject);
  if (behalf) subject = subject.slice(behalf[0].length);
  const signedFor = behalf ? (behalf[1] ? forBody(behalf[2]) : spelledOut(behalf[2])) : null;
  // "Tổng Bí thư … vừa thay mặt Bộ Chính trị [ký ban hành]": the body signed for ends the subject.
  if (signedFor && !subject.trim() && levelOfIssuer(signedFor)) return { issuer: signedFor, body: signedFor.replace(DEPUTY, '') };
  subject = withoutPersonName(subject.replace(/\s+(?:vừa|đã|mới|chính thức|cũng)$/u, '').replace(SIGNER_NAME, '').trim());
  const words = subject.split(/\s+/);
  const bodyOf = (s: string) => s.replace(DEPUTY, '').replace(/^(?:Chủ tịch|Thủ trưởng|Bí thư)\s+/u, '');
  // "… của Đảng Bộ Chính trị vừa ban hành": a Party committee is "Đảng bộ", lower case; "Đảng" / "Bộ …" are two phrases.
  const isBody = (i: number) => levelOfIssuer(bodyOf(words.slice(i).join(' '))) !== null;
  // A headline run into the sentence ("… không chúc Tết cấp trên và Trung ương Ban Bí thư Trung ương Đảng vừa ban hành",
  // "… Nghị quyết Trung ương 7 Ban Cán sự Đảng Bộ VHTTDL đã ban hành"): the body opens with the noun that heads a
  // body's name ("Ban", "Bộ", "Ủy ban", …) or an office ("Chủ tịch", "Phó Thủ tướng"), and may be long ("Ban Chỉ đạo
  // Trung ương về tổng kết việc thực hiện Nghị quyết số 18").
  // (Only when the nearest reading opens with no such noun; a candidate holding a page's debris, "|", "(", ",", " - ",
  // is no name.)
  const nearest = words.findIndex((w, i) => /^\p{Lu}/u.test(w) && !(w === 'Đảng' && words[i + 1] === 'Bộ') && words.length - i <= 12 && isBody(i));
  const clean = (i: number) => !/[|(),]|\s-\s/u.test(words.slice(i).join(' '));
  // (A name goes past twelve words only when it names the body's remit with "về"; a nearest reading after "của" is the
  // end of a longer name: "Ban Chỉ đạo của Chính phủ về tổng kết …".)
  const fits = (i: number) => words.length - i <= 12 || (words.length - i <= 16 && words.slice(i).includes('về'));
  const settled = nearest >= 0 && BODY_HEAD.test(words[nearest]) && words[nearest - 1] !== 'của';
  const headed = settled ? -1 : words.findIndex((w, i) => BODY_HEAD.test(w) && !(w === 'Đảng' && words[i + 1] === 'Bộ') && fits(i) && clean(i) && isBody(i));
  const tail = headed >= 0 ? headed : nearest;
  if (tail < 0) return null;
  // "Thường trực Ban Bí thư ký ban hành Kết luận …": one person's office, who signs for the Politburo or the Secretariat.
  if (/^Thường trực Ban Bí thư$/u.test(words.slice(Math.max(0, tail - 2)).join(' '))) return null;
  subject = words.slice(tail).join(' ');
  // "… thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII UBND tỉnh vừa ban hành": a headline closed by a congress's
  // ordinal or term ran into the sentence; the body after it is the subject (no name goes on past its ordinal).
  const afterOrdinal = /^.*?\s(?:lần thứ\s+(?:[IVXLC]+|\d+)|(?:khóa|khoá)\s+[IVXLC]+|nhiệm kỳ\s+\d{4}\s*[-–]\s*\d{4})\s+(?=\p{Lu})(.+)$/u.exec(subject);
  if (afterOrdinal && levelOfIssuer(bodyOf(afterOrdinal[1]))) subject = afterOrdinal[1];
  // A Deputy Prime Minister signs "KT. THỦ TƯỚNG": the document is the Prime Minister's.
  const forPrimeMinister = /^Phó Thủ tướng(?:\s+Chính phủ)?$/u.test(subject) ? 'Thủ tướng Chính phủ' : null;
  const said = signedFor && levelOfIssuer(signedFor) ? signedFor : forPrimeMinister ?? (DEPUTY.test(subject) ? subject.replace(DEPUTY, '') : subject);
  const issuer = fullBodyName(said);
  return { issuer, body: bodyOf(issuer) };
}

/** A meeting's designation after the committee's name: its term, "(mở rộng)", its ordinal. */
const MEETING_OF = /(?:\s+(?:khóa|khoá)\s+[IVXLC]+|\s*\(mở rộng\)|\s+lần thứ\s+(?:[IVXLC]+|\d+|\p{Ll}+))+$/u;
/** A predicate of a meeting's conclusions, coordinated by "và" with the verb after the subject. */
const FIRST_PREDICATE = /\s+(?:đồng ý|thống nhất|nhất trí|chấp thuận|tán thành|biểu dương|ghi nhận|đánh giá cao|cho ý kiến|quyết định)(?![\p{L}])[^,;.]*\s+và$/u;

/** The nouns that open a body's or an office's name. */
const BODY_HEAD = /^(?:Ban|Bộ|Ủy|Uỷ|UBND|HĐND|Chính|Thủ|Tỉnh|Thành|Đảng|Văn|Sở|Hội|Quốc|Tổng|Cục|Mặt|Liên|Viện|Tòa|Toà|Kiểm|Ngân|Đoàn|Huyện|Quận|Chủ|Phó|Bí|Giám|Chánh|Thường)$/u;

/**
 * The name as the body's own header writes it: "Ban Bí thư Trung ương Đảng" is the Secretariat ("Ban Bí thư"); a
 * ministry abbreviated at the end ("Ban Cán sự Đảng Bộ VHTTDL") or a department's abbreviations are spelled out.
 */
function fullBodyName(s: string): string {
  // A department abbreviated as news writes it: "Sở Công Thương TP HCM", "Sở KH&ĐT".
  if (/^Sở\s/u.test(s) && /(?<![\p{L}])[A-ZĐ&]{2,}(?![\p{L}])/u.test(s)) return canonicalAgencyName(s);
  return s
    .replace(/^(Ban Bí thư|Bộ Chính trị)\s+Trung ương Đảng$/u, '$1')
    .replace(/(?<![\p{L}])Bộ\s+[A-ZĐ][A-ZĐ&,-]{2,}$/u, (m) => canonicalAgencyName(m));
}

/** The subject after a mandate clause's last comma: "…, ngày 04/03/2011 Bộ Xây dựng đã ban hành ". */
const AFTER_MANDATE = /,\s+((?:ngày\s+[\d/.-]+\s+)?\p{Lu}[^,]{2,100})$/u;
/** "Thực hiện chỉ đạo của Bộ Chính trị, Ủy ban Thường vụ Quốc hội": the clause before the comma is the mandate, the subject follows it. */
const MANDATE_CLAUSE = /^\s*(?:Thực hiện|Triển khai|Quán triệt|Theo)\s[^,]{3,120},\s*(?=\p{Lu})/u;

/** The match with its subject (group 1) starting `cut` characters later. */
function afterMandate(m: RegExpExecArray, cut: number): RegExpExecArray {
  const out = [m[0].slice(m[0].indexOf(m[1]) + cut), m[1].slice(cut), ...m.slice(2)] as unknown as RegExpExecArray;
  out.index = (m.index ?? 0) + m[0].indexOf(m[1]) + cut;
  return out;
}

/**
 * "Trong Kết luận số 178 ban hành ngày 17/7 về …, Bộ Chính trị, Ban Bí thư giao …": the document a news sentence
 * opens with (its capital "Trong" opens the sentence even when the headline runs into it), by its number without
 * a code, and the bodies that speak in it.
 */
const IN_DOCUMENT =
  /(?:^|[.;]\s+|\s)(?:Trong|Tại|Theo)\s+((?:[Kk]ết luận|[Nn]ghị quyết|[Cc]hỉ thị|[Qq]uyết định|[Tt]hông báo|[Kk]ế hoạch))\s+số\s+(\d{1,5})(?![\d/\p{L}-])\s+(?:được\s+)?ban hành\s+(?:ngày\s+[\d/.-]+)?[^;]{0,240}?,\s*(\p{Lu}[^,;]{2,40}?(?:,\s*\p{Lu}[^,;]{2,40}?)?)\s+(?:giao|yêu cầu|kết luận|chỉ đạo|đề nghị)(?![\p{L}])/u;

function readInDocument(j: ReturnType<typeof joinLines>): MetaReading | null {
  const m = IN_DOCUMENT.exec(j.text);
  const kw = m ? kindWordAt(m[1]) : null;
  const level = m ? levelOfIssuer(m[3]) : null;
  if (!m || !kw || !level) return null;
  const at = (m.index ?? 0) + m[0].indexOf(m[1]);
  const span = j.spanOf(at, at + m[1].length + 4 + m[2].length);
  const how = `a copy's intro: "${squash(m[0])}" (a number without its code)`;
  const issuerAt = (m.index ?? 0) + m[0].lastIndexOf(m[3]);
  return {
    kind: { value: kw.kind, span, how },
    kindVi: { value: kw.vi, span, how },
    number: { value: m[2], span, how },
    issuer: { value: squash(m[3]), span: j.spanOf(issuerAt, issuerAt + m[3].length), how },
    level: { value: level, span, how: `${how}: the issuer` },
  };
}

/** A news sentence's opening date, with its year: "Ngày 11/9/2012,", "Chiều nay 8/10/2020,", "Sáng ngày 3-7-2025,". */
const DATED_OPENING = /(?:^|[\s(])(?:Ngày|(?:Sáng|Chiều|Tối|Trưa|Đêm)(?:\s+nay)?(?:\s+ngày)?|Hôm nay(?:\s+ngày)?)\s+(\d{1,2}[/-]\d{1,2}[/-]\d{4})(?:\s+vừa qua)?\s*,/u;

function readUnnumberedIntro(paragraphs: readonly (readonly NormalisedLine[])[], stamp: string | null = null): MetaReading {
  for (const para of paragraphs.slice(0, 6)) {
    const j = joinLines(para);
    const text = j.text;
    const inDocument = readInDocument(j);
    if (inDocument) return inDocument;
    const approved = UNNUMBERED.test(text) || DIRECTION.test(text) ? null : APPROVED.exec(text);
    const hit = UNNUMBERED.exec(text) ?? DIRECTION.exec(text) ?? approved;
    // "Thực hiện chỉ đạo của Bộ Chính trị, Ủy ban Thường vụ Quốc hội ban hành …": the subject follows the mandate.
    const mandate = hit ? MANDATE_CLAUSE.exec(hit[1]) : null;
    const m = hit && mandate ? afterMandate(hit, mandate[0].length) : hit;
    // "Căn cứ Nghị quyết số 71/NQ-CP … của Chính phủ ban hành …" names another body's document (also where the
    // subject read starts after the sentence's start).
    const sentence = m ? text.slice(Math.max(text.lastIndexOf('. ', m.index ?? 0), text.lastIndexOf('; ', m.index ?? 0)) + 1).trim() : '';
    if (!m || PREAMBLE.test(m[1].trim()) || PREAMBLE.test(sentence) || findSymbols(m[1]).length) continue;
    const subjectAt = (m.index ?? 0) + m[0].indexOf(m[1]);
    const found = subjectBody(m[1]);
    // ("… chỉ đạo UBND các xã, phường, thị trấn, ban hành quyết định …": bodies of every commune each issue their own.)
    if (!found || MANY_BODIES.test(found.issuer)) continue;
    const kw = approved ? { kind: 'QUYET_DINH' as const, vi: 'Quyết định' } : kindWordAt(m[2]) ?? { kind: 'CONG_VAN' as const, vi: 'Văn bản' };
    const kindAt = (m.index ?? 0) + m[0].lastIndexOf(m[2]);
    // A plan or programme is the committee's even when its chairman signs it, and so is what he signs for it ("Chủ tịch
    // UBND tỉnh … ký ban hành kế hoạch", "… vừa ký ban hành Chỉ thị 03", ../chairman-signs.ts).
    const issuer = committeeSigned(found.issuer, kw.kind, text.slice(subjectAt + m[1].length, kindAt));
    const body = found.body;
    const span = j.spanOf(kindAt, kindAt + m[2].length);
    const said = squash(text.slice(subjectAt, kindAt + m[2].length));
    const how = `a copy's intro: "${said}" (${m[3] ? 'a number without its code' : 'no number'}${approved ? '; an approval is a decision' : ''})`;
    const out: MetaReading = {};
    if (kw) {
      out.kind = { value: kw.kind, span, how };
      out.kindVi = { value: kw.vi, span, how };
    }
    // "Chỉ thị số 17" without its code: the number as written, no symbol made up.
    if (m[3]) out.number = { value: m[3], span, how };
    out.issuer = { value: squash(issuer), span: j.spanOf(subjectAt, subjectAt + m[1].length), how };
    out.level = { value: levelOfIssuer(body)!, span: out.issuer.span, how: `${how}: the issuer` };
    // "Ngày 11/9/2012, …", and after a time of day: "Chiều nay 8/10/2020, Giám đốc Sở … đã ký văn bản hỏa tốc …".
    // (Not the day a body told of it: "Ngày 3-10, UBND tỉnh Đồng Tháp cho biết vừa ban hành kế hoạch …".)
    const told = /\s(?:cho biết|cho hay|thông tin)(?:\s+(?:vừa|đã|mới))*$/u.test(m[1]);
    const opening = told ? null : DATED_OPENING.exec(m[1]);
    const date = opening ? readVietnameseDate(opening[1])?.iso ?? null : null;
    if (date) out.issuedOn = { value: date, span, how };
    else {
      // "Chiều 16/4, …": no year, completed from the article's date line or the nearest dated text.
      const dm = told ? null : YEARLESS_OPENING.exec(m[1]);
      const full = dm ? completeYear(Number(dm[1]), Number(dm[2]), { stamp, text, at: subjectAt + (dm.index ?? 0) }) : null;
      if (full) out.issuedOn = { value: full.iso, span, how: `${how}; ${full.how}` };
    }
    const province = findProvinces(issuer)[0] ?? findProvinces(text).find((p) => p.qualified);
    if (province) out.province = { value: province.province.name, span, how };
    const after = (m.index ?? 0) + m[0].length;
    const title = TITLE.exec(text.slice(after));
    if (title) {
      const from = after + text.slice(after).indexOf(title[1]);
      out.title = { value: squash(title[1]), span: j.spanOf(from, from + title[1].length), how };
    }
    return out;
  }
  return {};
}
