/**
 * References to other documents, and what each reference means for this document:
 *  - IMPLEMENTS: what the document exists to carry out — references in its title and in the opening
 *    clauses that start with "Thực hiện", "Triển khai", "Quán triệt", or the enacting sentence
 *    ("… ban hành Kế hoạch triển khai …").
 *  - BASED_ON: legal basis, the preamble clauses "Căn cứ …" (and the notice of the meeting that decided to
 *    issue the document: "thực hiện kết luận … tại phiên họp (Thông báo …)").
 *  - REPLACES / AMENDS: what the document itself replaces ("Kế hoạch này thay thế Kế hoạch số …") or amends
 *    ("sửa đổi, bổ sung Kế hoạch số …"); where another reference is the subject ("Nghị định 107 … sửa đổi,
 *    bổ sung … Nghị định 61"), that is a statement about two other documents, not about this one.
 *  - CITES: every other mention, in the body, tasks and appendices — and the proposal the document answers
 *    ("Xét đề nghị của Sở …", "Theo đề nghị … tại Tờ trình số …", "Công văn số … của Sở …"): no legal basis.
 * The kind of a cited document comes from its symbol's code ("Kế hoạch số 57-KL/TW" is a Kết luận).
 * Complexity: linear in the text, paragraph by paragraph; within a paragraph each date or kind word is checked
 * against the symbols found there (k² in a paragraph's k references; 2,000 on one line take 0.2 s).
 */
import { namedReferences } from './named-references';
import { issuerCarriesOut } from './issuer-carries-out';
import type { Citation, CitationRelation, DocumentKind, DocumentMeta, NormalisedLine, Section, Span } from './model';
import { memo } from './memo';
import { joinLines, splitParagraphs } from './normalise';
import { levelOfIssuer, readVietnameseDate } from './document';
import { readSections, sectionAtLine } from './sections';
import { findSymbols, kindWordAt, symbolKey, type SymbolMatch } from './symbols';
import { foldDiacritics, squash } from './text';

export interface ReadCitationsOptions {
  /** The document's metadata: its own symbol is skipped and its title span marks IMPLEMENTS. */
  meta?: Pick<DocumentMeta, 'symbol' | 'spans'> & Partial<Pick<DocumentMeta, 'title' | 'issuedOn' | 'inferred' | 'kindVi' | 'issuer'>> | null;
  /** Sections from the outline stage (`readSections`); read here when not given. */
  sections?: readonly Section[];
}

/** Kind words that open a reference ("Nghị quyết số …"), as an alternation for the patterns below. */
const KIND_WORD = 'Nghị quyết|Kế hoạch|Chương trình(?: hành động)?|Quyết định|Chỉ thị|Kết luận|Nghị định|Thông tư(?: liên tịch)?|Công văn|Công điện|Văn bản|Luật|Đề án|Hướng dẫn|Thông báo|Quy định';
// "ngày 24/01/2025", "ngày 24 tháng 01 năm 2025", and the news style "ngày 3-7-2025".
// ("ngày 26.11.2003": dots, as some provinces write dates.)
const DATE = String.raw`ngày\s*\d{1,2}(?:\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|\s?\/\s?\d{1,2}\s?\/\s?\d{4}|-\d{1,2}-\d{4}|\.\d{1,2}\.\d{4})`;

const SECTION_START = /^(?:[IVX]{1,5}\s*[.)-]\s+\p{Lu}|Phần\s+(?:[IVX]+|thứ)|PHẦN\s|Điều\s+1\b)/u;
/** Between the document's own reference and another: "… hướng dẫn quán triệt và tổ chức thực hiện", "… về việc triển khai thực hiện". */
const OWN_CARRIES_OUT = /^(?:\s*,?\s*(?:ngày\s+[\d/.-]+\s*)?(?:của\s+[^.;,]{3,60}?\s+)?)(?:về(?: việc)?\s+|hướng dẫn\s+)?(?:báo cáo\s+(?:tình hình|kết quả)\s+)?(?:tiếp tục\s+)?(?:quán triệt(?:,| và)\s+)?(?:tổ chức\s+|triển khai\s+)?thực hiện\s+(?:\p{L}+\s+){0,2}$/iu;
/** A mandate opening a clause or sentence (not "việc thực hiện" inside a name): "…, thực hiện", "----- Quán triệt". */
const MANDATE_OPENS = /(?:^|[.,;:]\s*|-{3,}\s*)(?:Thực hiện|Triển khai|Quán triệt|thực hiện|triển khai|quán triệt)(?![\p{L}])/u;
/** A line opening with what a document carries out, the kind word first or not: "Kế hoạch triển khai thực hiện Nghị quyết số …". */
const IMPLEMENTING_HEADLINE = /^(?:(?:Kế hoạch|Chương trình(?: hành động)?|Hướng dẫn|Công văn|Quyết định|Chỉ thị)\s+)?(?:về việc\s+)?(?:triển khai(?:\s+thực hiện)?|thực hiện|tổ chức thực hiện)\s+(?:Nghị quyết|Chỉ thị|Kết luận|Quyết định|Kế hoạch|Chương trình|Thông báo|Nghị định|Luật|Công văn)(?![\p{L}])/iu;
// ("Nhằm thực hiện có chất lượng … Nghị quyết số 27-NQ/TW …, Hội đồng … đề nghị …": a letter opening with its purpose.)
const IMPLEMENT_VERB = /^(?:(?:để|nhằm)\s+)?(?:tiếp tục\s+)?(?:thực hiện|triển khai|quán triệt|cụ thể hóa|cụ thể hoá|tổ chức thực hiện)(?![\p{L}])/iu;
// A copy's page break may cut the clause's first letters: "n cứ Luật Tổ chức chính quyền địa phương …", "ăn cứ …".
const BASIS_VERB = /^(?:căn cứ|ăn cứ|n cứ|trên cơ sở|theo quy định)(?![\p{L}])/iu;
/** A typed-over "Căn cứ" ("Cắn cứ", "Căn cư"): compared without diacritics. */
const BASIS_VERB_FOLDED = /^can cu(?![a-z])/u;
/**
 * "Căn cứ chức năng, nhiệm vụ được giao, Bộ … thực hiện các giải pháp nêu tại văn bản số …", "Căn cứ tình hình thực
 * tế, …": the clause rests on the body's remit or the situation, not on a document; a reference later in it is a mention.
 */
const BASIS_NOT_A_DOCUMENT = /^(?:căn cứ|trên cơ sở)\s+(?:vào\s+)?(?:chức năng|nhiệm vụ|tình hình|thực tế|thực tiễn|kết quả|điều kiện|yêu cầu|nhu cầu|khả năng|đặc điểm)(?![\p{L}])/iu;
/**
 * A look back at what carrying a document out has achieved, not what this document carries out: "Sau 02 năm triển khai
 * thực hiện Kết luận số 45-KL/TW …, đã ghi nhận …", "Qua 10 năm thực hiện …", "Thực hiện Nghị quyết số 39-NQ/TW …,
 * những năm qua, các cấp … đã …".
 */
const LOOK_BACK_OPENS = /^(?:sau|qua|trải qua|hơn)\s+(?:\S+\s+){0,3}?(?:năm|tháng)\s+(?:triển khai\s+|tổ chức\s+)?(?:thực hiện|triển khai|quán triệt)(?![\p{L}])/iu;
// ("Thực hiện Kế hoạch phát triển kinh tế - xã hội năm 2018, ngay từ đầu năm UBND Thành phố đã ban hành Chương trình hành
// động số 34/CTr-UBND …": what was done since the year began is told, not carried out by this document.)
const LOOK_BACK_AFTER = /^[^;]*?,\s*(?:(?:trong|sau)\s+)?(?:những năm qua|thời gian qua|những năm gần đây|thời gian vừa qua|qua\s+\S+\s+năm|sau\s+\S+\s+năm|(?:ngay\s+)?từ đầu năm)(?![\p{L}])/iu;
/** "Trước đó, …", "Trước đây, …": a sentence recalling what came before the page's news. */
// (The sentence before may end with an ellipsis: "… theo quy định…" / "Trước đó, ngày 14-11, …".)
const EARLIER = /(?:^|[.!?…]["”)]?\s+)(?:Trước đó|Trước đây|Trước đấy)\s*,[^.!?…;]*$/u;
/** A news paragraph's connective before the restated preamble: "Theo đó, thực hiện Công điện số …, UBND tỉnh giao …". */
const CONNECTIVE = /^(?:Theo đó|Cụ thể|Đồng thời|Trước đó)\s*,\s*/u;
/** "… theo yêu cầu tại (nội dung) Văn bản số …", "… theo chỉ đạo của … tại Công văn số …": a request or direction carried out. */
const REQUESTED_BY = /(?<![\p{L}])theo\s+(?:đúng\s+)?(yêu cầu|chỉ đạo)(?:\s+(?:tại|của))?(?:\s+nội dung)?(?:\s+[^,;.()]{0,60}?\s+tại)?\s*$/iu;
/**
 * A direction recalled ("… tiếp tục triển khai … theo chỉ đạo của UBND tỉnh tại Chỉ thị số 02/CT-UBND …", "… theo chỉ
 * đạo của Thủ tướng Chính phủ tại Thông báo số 146/TB-VPCP …") is a standing order the work goes on under, a mention; it
 * is what the document carries out only in the sentence that issues the document ("UBND tỉnh vừa có công văn yêu cầu …
 * theo chỉ đạo của Chủ tịch UBND tỉnh tại Công điện khẩn số 05/QĐ-UBND …"). A request ("theo yêu cầu tại Văn bản số
 * 5658/BCT-CTĐP") is the letter answered, carried out wherever it is named.
 */
const ISSUES_ITSELF = /(?<![\p{L}])(?:ban hành|vừa có|đã có|có)\s+(?:công văn|văn bản|công điện|chỉ thị|kế hoạch|thông báo)(?![\p{L}])[^.;]*$/iu;
function carriesOutRequest(before: string, sentence: string): boolean {
  const m = REQUESTED_BY.exec(before);
  if (!m) return false;
  return /^yêu cầu$/iu.test(m[1]) || ISSUES_ITSELF.test(sentence);
}
/** The proposal the document answers: a request from below, never a legal basis. */
const PROPOSAL_VERB = /^(?:xét đề nghị|theo đề nghị|xét tờ trình|theo tờ trình)(?![\p{L}])/iu;
/**
 * A submission (Tờ trình) or a department's letter ("Công văn số 12/SKHCN-QLKH của Sở …") is a proposal
 * even under "Căn cứ": the code of a provincial department ("S…") or a submission ("TTr").
 */
// … and so is a report considered ("Trên cơ sở xem xét Báo cáo số 08/BC-ĐGS", "493-BC/VPTW"): no legal basis either.
const PROPOSAL_SYMBOL = /^\d+[a-z]?\/(?:\d{4}\/)?(?:TTr|Tr|BC)-|^\d+[a-z]?-(?:TTr|BC)\/|^\d+[a-z]?\/S[A-ZĐ][A-Za-zĐđ&]*(?:-|$)/u;
/** A row of a legal database's validity history: "06/05/2019 Bị thay thế 14/2019/QĐ-UBND". */
const HISTORY_ROW = /^\s*\d{1,2}\/\d{1,2}\/\d{4}\s+(?:Văn bản (?:được ban hành|có hiệu lực|hết hiệu lực)|Bị\s|Được\s)/u;
/** "bị" / "được" just before a changing verb: the passive, as a portal's validity history writes it. */
const PASSIVE_BEFORE = /(?<![\p{L}])(?:bị|được)\s*$/iu;
/** "thay thế", "sửa đổi, bổ sung", "điều chỉnh, bổ sung": the verbs by which a document changes another. */
// (News writes it short: "… một nghị quyết mới …, thay Nghị quyết 09 được ban hành cách đây gần 12 năm".)
// ("Quyết định này bãi bỏ Quyết định số 20/2009/QĐ-UBND …": a document repealed whole by the one regulating its subject
// anew is superseded by it; "bãi bỏ một số điều của …" repeals only part, and is no such verb.)
const REPLACE_VERB = /(?<![\p{L}])(?:thay(?:\s+thế)?(?:\s+cho)?|bãi bỏ)\s*(?:(?:các|toàn bộ|nội dung(?: của)?|một số nội dung(?: của)?)\s+)?$/iu;
const AMEND_VERB = /(?<![\p{L}])(?:sửa đổi|điều chỉnh)(?:,|\s+và|\s)\s*bổ sung(?:\s+(?:một số|các)?\s*(?:điều|nội dung|điểm|khoản|mục|nhiệm vụ)(?:\s+(?:[^\s;.]+\s+){0,6}?)?(?:của|tại|trong|thuộc))?\s*$/iu;
/**
 * A correction letter ("đính chính") rewrites lines of the document it names: it amends it. "… xin đính chính một số
 * sai sót trong Quyết định số …", "Văn phòng Chính phủ xin đình chính lại một số điểm tại Quyết định số …" (a typo the
 * letters carry), "V/V ĐÍNH CHÍNH QUYẾT ĐỊNH SỐ …". ("đình chính" only after "xin" or "việc": "gia đình chính sách".)
 * The body asking ("xin") is the letter's own writer, so the sentence's subject may be that body.
 */
const CORRECT_VERB = /(?<![\p{L}])(?:(xin\s+)?đính chính|(?:(xin)|việc)\s+đình chính)(?:\s+lại)?(?:\s+(?:một số|các|những)\s+(?:[^\s;.]+\s+){0,3}?(?:tại|trong|của))?\s*$/iu;
/** "Điều 1. Bổ sung 04 thủ tục hành chính vào Bộ thủ tục … được công bố kèm theo Quyết định số …": adds to that document. */
const ADD_TO = /^\s*(?:(?:Điều\s+\d+|[IVX]+|\d+(?:\.\d+)*)[.:)]?\s*)?Bổ sung\s[^.;]{0,200}?\s(?:vào|cho)\s[^.;]{0,200}?(?:kèm theo|tại)\s*$/u;
/** What may stand before the verb when this document is its subject: nothing but numbering, "… này", "… hiệu lực …". */
// (… or, in news, the new document the page reports: "… một nghị quyết mới của Bộ Chính trị về …, thay …".)
const OWN_SUBJECT = /(?:^\s*(?:(?:Điều\s+\d+|[IVX]+|\d+(?:\.\d+)*)[.:)]?\s*|[a-zđ]\)\s*|[-+•]\s*)?(?:nay\s+)?|(?<![\p{L}])này[^.;]{0,80}|(?<![\p{L}])hiệu lực[^.;]{0,120}|(?<![\p{L}])(?:nghị quyết|chỉ thị|kết luận|quyết định|kế hoạch|chương trình|nghị định|thông tư) mới(?![\p{L}])[^.;]{0,200})$/iu;
/** Between two references a list goes on: "thay thế Kế hoạch số 12 … và Kế hoạch số 15 …". */
const LIST_GAP = /^[^;.]{0,160}?(?:,|\s)\s*(?:và|;)?\s*$/u;
/** A clause that only goes on with the list of what the clause before changes: it opens with a reference of that kind. */
function listGoesOn(clause: string, refs: readonly Reference[], carried: { kind: Reference['kind'] } | null): boolean {
  return carried !== null && refs.length > 0 && refs[0].kind === carried.kind && /^[\s,]*(?:và\s+)?$/u.test(clause.slice(0, refs[0].index));
}

/** Between two references of a list each named with its title: "… về kiểm soát thủ tục hành chính; ", "… ; và ". */
const TITLED_LIST_GAP = /^[^.;]{0,220}?(?:;|,|\s+và)\s*(?:và\s+)?$/u;
/** A new clause of the preamble or the body ends any list: "…; Căn cứ …", "…; Theo đề nghị …". */
const PREAMBLE_VERB = /(?<![\p{L}])(?:Căn cứ|Thực hiện|Triển khai|Theo đề nghị|Xét đề nghị|Điều\s+\d)/u;
/**
 * "thực hiện kết luận của UBND tỉnh tại phiên họp ngày 24/6/2025 (Thông báo số 335/TB-UBND …)": carrying out a
 * meeting's decision to issue the document is procedure, like "xét đề nghị": the notice is a basis, not the mandate.
 */
const MEETING_CONCLUSION = /^(?:thực hiện|theo)\s+(?:ý kiến\s+)?(?:kết luận|chỉ đạo|ý kiến chỉ đạo)(?![\p{L}])[^;]*?\btại\s+(?:phiên|cuộc)\s+họp(?![\p{L}])/iu;
/** A lead-in that a list of documents follows: "Căn cứ:", "Thực hiện các văn bản sau:" (no reference of its own). */
const LEAD_IN = /^[^;.]{0,60}:$/u;
/** A heading naming the bases: "CĂN CỨ PHÁP LÝ", "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH", "1. Cơ sở pháp lý". */
const BASES_HEADING = /^(?:(?:[IVX]+|\d+(?:\.\d+)*)\s*[.)-]\s*)?(?:căn cứ|cơ sở)(?:\s+(?:pháp lý|chính trị|xây dựng|ban hành)[^.;:]{0,50})?\s*:?$/iu;
/** One item of such a list: a bullet or a numbered item that opens with a document's kind ("- Nghị định số …"). */
/** "1. Các văn bản chỉ đạo", "a) Văn bản của Trung ương:", "2. Cơ sở pháp lý": a heading that groups the bases listed under it. */
const BASES_SUBHEADING = /^(?:\d+(?:\.\d+)*[.)]|[a-zđ]\))\s*(?:Các\s+)?(?:văn bản|căn cứ|cơ sở)(?:\s[^.;:]{0,50})?:?$/iu;
/** A preamble clause cut at its start: it opens inside a word, or with a law's or decree's name, and ends with ";". */
const CUT_BASIS = /^(?:\p{Ll}[^;]*|(?:Luật|Bộ luật|Pháp lệnh|Nghị định)\s[^;]*)\s(?:ngày|số)\s[^;]*;$/u;
const LISTED_DOCUMENT = new RegExp(`^(?:[-+•*–]|[a-zđ]\\)|\\d+[.)])\\s*(?:${KIND_WORD})(?![\\p{L}])`, 'iu');
/** Under a bases heading the items may have no bullet at all: "I. CĂN CỨ PHÁP LÝ" / "Luật Giao dịch điện tử …;" / "Nghị định số …;". */
const UNBULLETED_DOCUMENT = new RegExp(`^(?:${KIND_WORD}|Bộ luật|Pháp lệnh|Điều lệ)(?![\\p{L}])`, 'u');
/** "Ban hành kèm theo Quyết định này Kế hoạch thực hiện Nghị quyết số …": what the document issues carries that out. */
const ISSUED_HEREWITH_CARRIES_OUT = new RegExp(`(?:^|[.;]\\s*)(?:Điều\\s+\\d+\\s*[.:]?\\s*)?(?:Ban hành|Phê duyệt)\\s+kèm theo\\s+(?:${KIND_WORD})\\s+này\\s+[^.;]{0,200}?(?:thực hiện|triển khai)\\s+(?:\\p{L}+\\s+){0,2}$`, 'iu');
/** A list of what is carried out goes on: "… thực hiện Nghị quyết 33-NQ/TW … và Kết luận 76-KL/TW …". */
const AND_NEXT = /(?<![\p{L}])và\s*$/u;
const KIND_WORD_OPENS = new RegExp(`^(?:${KIND_WORD})(?![\\p{L}])`, 'u');
/** A preamble clause that opens with a document's kind goes on with the list before it ("…; Nghị quyết số 32/NQ-CP …"). */
const OPENS_WITH_REFERENCE = new RegExp(`^(?:${KIND_WORD}|Bộ luật|Pháp lệnh)\\s+(?:số\\s*)?(?:\\d|\\p{Lu})`, 'u');
/** Between two references of one clause: the first one's title goes on to name the second ("… về tiếp tục thực hiện …"). */
const NAMED_IN_TITLE = /^[^;]*?(?<![\p{L}])(?:về|thực hiện|triển khai)(?![\p{L}])[^;]*$/iu;
/** Between two references: the first one's title says it details the second ("… quy định chi tiết thi hành một số điều của …"). */
const DETAILS = /^[^;,]*?(?<![\p{L}])(?:quy định chi tiết|hướng dẫn chi tiết|hướng dẫn thi hành)(?![\p{L}])[^;]*?(?:của|tại)?\s*$/iu;
/** … unless the clause's list goes on: "… về Hội nhập quốc tế trong tình hình mới và Chương trình hành động số 44-CTr/TU". */
function namedInTitle(gap: string): boolean {
  // ("… trong giai đoạn mới.Thực hiện Nghị quyết số 27-NQ/TW …": a new sentence, even glued to the last, is no title.)
  if (!NAMED_IN_TITLE.test(gap) || /[.!?]["”)]?\s*\p{Lu}/u.test(gap)) return false;
  const before = gap.replace(new RegExp(`(?:${KIND_WORD})?\\s*(?:số|:)?\\s*$`, 'iu'), '').trimEnd();
  return !/(?:(?<![\p{L}])và|,)$/u.test(before);
}
/** "(sau đây gọi tắt là Nghị quyết số 20-NQ/TW)": the short name a text gives the reference just before, no new reference. */
const ALIAS = /\(\s*(?:sau đây\s+)?(?:được\s+)?gọi(?:\s+tắt)?\s+là\s*(?:["“]\s*)?$/iu;
/** The end of a sentence: a full stop (or "!", "?"), a closing quote or bracket, and a capital after. */
const SENTENCE_END = /[.!?]["”)]?\s+(?=\p{Lu})/u;
/** "… nhằm triển khai thực hiện Nghị quyết số …": the document's purpose stated after the sentence that issues it. */
const PURPOSE_CARRIES_OUT = /(?<![\p{L}])nhằm\s+(?:tiếp tục\s+)?(?:triển khai|thực hiện|cụ thể hóa|cụ thể hoá|quán triệt)(?![\p{L}])/iu;
const ENACT = /(?<![\p{L}])ban hành\s+(?:kế hoạch|chương trình|nghị quyết|quyết định|chỉ thị|kết luận|đề án|hướng dẫn|quy định|văn bản(?!\s+quy phạm)|công văn)(?![\p{L}])/iu;

/**
 * Read every reference to another document. `lines` are the cleaned lines of the whole document.
 * References are returned in reading order, one per occurrence (use `summariseCitations` for one per
 * document).
 */
const nameKey = (name: string) => foldDiacritics(squash(name)).toLowerCase();

export function readCitations(lines: readonly NormalisedLine[], options: ReadCitationsOptions = {}): Citation[] {
  const ownKey = options.meta?.symbol ? symbolKey(options.meta.symbol) : null;
  const ownYear = options.meta?.issuedOn?.slice(0, 4) ?? null;
  const titleSpan = options.meta?.spans?.title ?? null;
  const titleKey = options.meta?.title ? foldDiacritics(options.meta.title) : null;
  const ownTitleStart = titleSpan && !options.meta?.inferred?.title ? titleSpan.startLine : null;
  // A numberless document is named by its kind and issuer ("Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Tiền Giang lần thứ
  // XI", its headline and "… đăng toàn văn Nghị quyết Đại hội …"): that name is itself, not a reference.
  const ownName = !ownKey && options.meta?.kindVi && options.meta.issuer ? nameKey(`${options.meta.kindVi} ${options.meta.issuer}`) : null;
  const sections = options.sections ?? readSections(lines);
  // A numberless document named by its own kind word, carrying a reference out: "… khai mạc hội nghị … triển khai chương
  // trình hành động thực hiện Nghị quyết Đại hội đại biểu Đảng bộ huyện …" (the page's Chương trình hành động).
  const ownKindCarriesOut = !ownKey && options.meta?.kindVi ? new RegExp(String.raw`(?<![\p{L}])${options.meta.kindVi}\s+(?:(?:triển khai|tổ chức)\s+)?thực hiện\s+$`, 'iu') : null;
  const bodyStart = firstBodyLine(lines);
  const pageFirstLine = lines.find((l) => l.text.trim())?.line ?? -1;
  const out: Citation[] = [];
  // The relation a lead-in ("Căn cứ:", "Thực hiện:") or a heading ("CĂN CỨ PHÁP LÝ") gives the list under it.
  let listRelation: CitationRelation | null = null;
  // A page's headline saying what its document carries out ("Kế hoạch triển khai thực hiện Nghị quyết số 424/NQ-CP …",
  // "Triển khai thực hiện Chỉ thị số 27/CT-TTg …"): the title of the plan or letter it restates.
  // (A headline is one phrase: a line that goes on with ";" or a sentence is a preamble clause, read as such below.)
  const headlines = new Set(lines.filter((l) => l.text.trim()).slice(0, 12).filter((l) => IMPLEMENTING_HEADLINE.test(l.text.trim()) && l.text.trim().length < 250 && !/;|\.\s+\p{Lu}/u.test(l.text) && !LOOK_BACK_AFTER.test(l.text.trim())).map((l) => l.line));
  let basesGoOn = false;
  const textOfLine = new Map(lines.map((l) => [l.line, l.text]));
  for (const para of splitParagraphs(lines)) {
    const j = joinLines(para);
    const firstLine = para[0].line;
    // A title read from a news sentence ("… đã ban hành Công văn số 43-CV/BCĐ về …") holds only the end of its paragraph:
    // the references inside it are found by offset (titled, below), not the whole paragraph.
    const titleFromProse = /^a copy's intro/u.test(options.meta?.inferred?.title ?? '');
    const inTitle = titleSpan && !titleFromProse ? firstLine >= titleSpan.startLine && para[para.length - 1].line <= titleSpan.endLine : false;
    // A portal's own lines above the document's header ("Quyết định 119/QĐ-UBND … đã được thay thế bởi …") are
    // the site speaking, not the document's preamble.
    const aboveHeader = ownTitleStart !== null && para[para.length - 1].line < ownTitleStart;
    const inPreamble = !inTitle && !aboveHeader && firstLine < bodyStart;
    const paraText = j.text.trim();
    const listed = !inTitle && listRelation !== null && (LISTED_DOCUMENT.test(paraText) || UNBULLETED_DOCUMENT.test(paraText)) ? listRelation : null;
    // A sub-heading inside the list ("1. Các văn bản chỉ đạo", under "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH") keeps its relation.
    if (!listed) listRelation = BASES_HEADING.test(paraText) ? 'BASED_ON' : listRelation && BASES_SUBHEADING.test(paraText) ? listRelation : null;
    // Clauses: the preamble strings several bases/mandates together with ";".
    // ("Căn cứ Thông tư số 04/2008/TT-BNV …;" / "Thông tư số 06/2008/TT-BNV … hướng dẫn sửa đổi …;": a paragraph opening
    // with a reference after a basis clause ending in ";" goes on with the list of bases.)
    let relationOfPara: CitationRelation = inTitle ? 'IMPLEMENTS' : inPreamble && basesGoOn && OPENS_WITH_REFERENCE.test(paraText) ? 'BASED_ON' : 'CITES';
    let changeCarried: { relation: CitationRelation; kind: Reference['kind'] } | null = null;
    let pos = 0;
    // (A new sentence opening with a preamble verb is a new clause too: "… đến năm 2030”. Theo đề nghị của Giám đốc Sở …".)
    // (… and so is a look back opening a sentence: "… Nghị quyết số 26-NQ/TW …. Sau 5 năm thực hiện, Bộ Chính trị đã …".)
    const headEnd = para[0].line === pageFirstLine ? headlineEnd(para, j) : 0;
    const split = (t: string) => t.split(/(?<=;)|(?<=[.!]["”)]?\s+)(?=(?:Căn cứ|Thực hiện|Triển khai|Theo đề nghị|Xét đề nghị)\s|(?:Sau|Qua)\s+\S+\s+(?:năm|tháng)\s)/u);
    for (const clause of headEnd > 0 ? [j.text.slice(0, headEnd), ...split(j.text.slice(headEnd))] : split(j.text)) {
      const from = pos;
      pos += clause.length;
      // The headline's verb ("Triển khai các nhiệm vụ cấp bách …") carries nothing over to the page's lines after it when
      // it names no document.
      if (from === headEnd && headEnd > 0 && findReferences(j.text.slice(0, headEnd)).length === 0) relationOfPara = 'CITES';
      const isHeadline = from === 0 && headEnd > 0;
      let relation: CitationRelation = 'CITES';
      let enactedAt = -1;
      let enactedUntil = Infinity;
      if (inTitle) relation = 'IMPLEMENTS';
      else if (listed) relation = PROPOSAL_VERB.test(clause.trim()) ? 'CITES' : listed;
      else if (inPreamble) {
        // "- Căn cứ Điều lệ Đảng;": a bulleted preamble clause opens with its verb after the bullet.
        const c = clause.trim();
        // (A portal's table bar may open it too: "| Nhằm thực hiện …", the cell after the address block.)
        const v = c.replace(/^[-+•–*|]\s*/u, '').replace(CONNECTIVE, '');
        if (PROPOSAL_VERB.test(v) || BASIS_NOT_A_DOCUMENT.test(v) || LOOK_BACK_OPENS.test(v) || (IMPLEMENT_VERB.test(v) && LOOK_BACK_AFTER.test(v))) relation = 'CITES';
        else if (BASIS_VERB.test(v) || BASIS_VERB_FOLDED.test(foldDiacritics(v.slice(0, 8)).toLowerCase()) || MEETING_CONCLUSION.test(v)) relation = 'BASED_ON';
        // "Căn cứ A; B; Nghị quyết số 32/NQ-CP … của Chính phủ ban hành Kế hoạch …": the next item of the list before it.
        else if (relationOfPara !== 'CITES' && OPENS_WITH_REFERENCE.test(v)) relation = relationOfPara;
        // (A headline may list its verbs: "Tổ chức học tập, tuyên truyền, triển khai Nghị quyết Đại hội XIII".)
        else if (IMPLEMENT_VERB.test(v) || ENACT.test(c) || (isHeadline && MANDATE_OPENS.test(c))) {
          relation = 'IMPLEMENTS';
          // "Ban Chỉ đạo Trung ương về tổng kết việc thực hiện Nghị quyết số 18-NQ/TW … đã ban hành Công văn số 43-CV/BCĐ":
          // a reference in the subject's name, before the enacting verb, is named, not carried out.
          // (A clause going on with the mandates before it, "…; số 163/NQ-HĐND … và Công văn số 892/BKHĐT-TH …, Ủy ban nhân
          // dân tỉnh ban hành Chương trình …", still names what is carried out.)
          if (!IMPLEMENT_VERB.test(v) && relationOfPara !== 'IMPLEMENTS') {
            const e = ENACT.exec(clause)?.index ?? 0;
            enactedAt = from + e;
            const end = SENTENCE_END.exec(clause.slice(e));
            if (end) enactedUntil = from + e + end.index + end[0].length;
          }
        }
        // A preamble's bare list of documents ("- Luật …;", "- Nghị định số …;") is the list of its bases.
        else if (relationOfPara === 'CITES' && LISTED_DOCUMENT.test(c)) relation = 'BASED_ON';
        // … and so is a basis clause whose start the copy cut off ("ố 09/2019/NĐ-CP ngày …;", "Luật ban hành văn bản …;").
        else if (relationOfPara === 'CITES' && CUT_BASIS.test(c)) relation = 'BASED_ON';
        else relation = relationOfPara === 'CITES' ? 'CITES' : relationOfPara;
        relationOfPara = enactedUntil < from + clause.length ? 'CITES' : relation;
      }
      const refs = findReferences(clause);
      // A basis clause only describes other documents; in the body only a sentence whose subject is this
      // document ("Kế hoạch này thay thế …", "… có hiệu lực …, thay thế …", "1. Sửa đổi, bổ sung …") changes
      // one: "Sở Tư pháp rà soát, sửa đổi, bổ sung Quyết định số …" is a task, not an amendment.
      const changes: (CitationRelation | undefined)[] = relation === 'BASED_ON' && !listGoesOn(clause, refs, changeCarried) ? [] : changesOf(clause, refs, ownKey, inTitle || inPreamble);
      // "… sửa đổi, bổ sung … Nghị định số 63/2010/NĐ-CP … về …; Nghị định số 20/2008/NĐ-CP … về …;": the list of what is
      // amended goes on past the ";" while each clause opens with another reference of that kind.
      if (changeCarried && listGoesOn(clause, refs, changeCarried)) {
        for (let k = 0; k < refs.length && changes[k] === undefined; k++) {
          if (k > 0 && !(refs[k].kind === changeCarried.kind && TITLED_LIST_GAP.test(clause.slice(refs[k - 1].end, refs[k].index)))) break;
          changes[k] = changeCarried.relation;
        }
      }
      const lastChange: CitationRelation | undefined = refs.length ? changes[refs.length - 1] : undefined;
      changeCarried = lastChange && (lastChange === 'AMENDS' || lastChange === 'REPLACES') && /;\s*$/u.test(clause) ? { relation: lastChange, kind: refs[refs.length - 1].kind } : null;
      const isOwn = (r: Reference) => r.symbol !== null && ownKey !== null && symbolKey(r.symbol) === ownKey;
      let previous: CitationRelation | null = null;
      let reviewed = -2;
      refs.forEach((found, k) => {
        const span = j.spanOf(from + found.index, from + found.end);
        // A row of a validity history ("09/01/2015 Được sửa đổi 79/2014/QĐ-UBND" / "27/02/2015 …"): the date after a
        // symbol opens the next row, it dates no document.
        const ref = found.issuedOn && HISTORY_ROW.test(textOfLine.get(span.startLine) ?? '') ? { ...found, issuedOn: null } : found;
        // Its own symbol is skipped, unless dated another year: 18-NQ/TW of 2022 citing 18-NQ/TW of 2017.
        if (ref.symbol && ownKey && symbolKey(ref.symbol) === ownKey && !(ref.issuedOn && ownYear && !ref.issuedOn.startsWith(ownYear))) return;
        if (!ref.symbol && ownName && nameKey(ref.raw) === ownName) return;
        // A paragraph that runs into the title (the kind heading above it, the enacting body below): a reference
        // inside the title's lines is still what the title carries out.
        // (A news sentence holding its title after the verb, "… đã ban hành Công văn số 43-CV/BCĐ về …": by offset then.)
        const afterStart = span.startLine > (titleSpan?.startLine ?? 0) || (span.startLine === titleSpan?.startLine && span.startOffset >= titleSpan.startOffset);
        const beforeEnd = span.endLine < (titleSpan?.endLine ?? 0) || (span.endLine === titleSpan?.endLine && span.endOffset <= titleSpan.endOffset);
        const titled = !inTitle && titleSpan !== null && afterStart && beforeEnd;
        // (… unless a mandate opens between: "… phát triển kinh tế ----- Quán triệt, thực hiện Nghị quyết Đại hội …, Ban Thường vụ
        // Tỉnh ủy ban hành Nghị quyết …", a title run into its preamble.)
        const inSubject = from + ref.index < enactedAt && !MANDATE_OPENS.test(clause.slice(0, ref.index));
        // Only the document the headline opens with is what it carries out ("… thực hiện Nghị quyết số 424/NQ-CP …").
        const headlined = headlines.has(span.startLine) && relation === 'CITES' && !refs.slice(0, k).some((r) => j.spanOf(from + r.index, from + r.end).startLine === span.startLine);
        // A sentence after the enacting one says what the document holds ("Theo đó, UBND tỉnh yêu cầu các cơ quan … triển
        // khai các nội dung tại Văn bản số 25/TB-VPCP …"): what it names there is mentioned, unless carried out in so many words.
        const pastEnactment = from + ref.index >= enactedUntil && !MANDATE_OPENS.test(sentenceBefore(clause, ref.index)) && !PURPOSE_CARRIES_OUT.test(sentenceBefore(clause, ref.index));
        let own = changes[k] ?? (titled || headlined ? 'IMPLEMENTS' : inSubject || pastEnactment ? 'CITES' : relation);
        // "Trước đó, ngày 14-11, Bộ Công an ban hành Điện số 481/ĐK-HT chỉ đạo …": a sentence recalling what came before names
        // an earlier document, not this one's mandate.
        if (own === 'IMPLEMENTS' && !changes[k] && !titled && !headlined && !inTitle && EARLIER.test(clause.slice(0, ref.index))) own = 'CITES';
        // "Kết luận số 203-KL/TW về tiếp tục … và tổng kết Nghị quyết số 05-NQ/TW …": a document the title reviews is named, not
        // carried out.
        // (… and so is the next of its list: "… về sơ kết thực hiện Nghị quyết Trung ương 4 (khóa XII), Chương trình hành động số
        // 15-CTr/TU …".)
        const gap = clause.slice(k > 0 ? refs[k - 1].end : 0, ref.index);
        if (own === 'IMPLEMENTS' && !changes[k] && (titled || headlined || inTitle) && (REVIEWED.test(gap) || (reviewed === k - 1 && /^\s*(?:,|và|,\s*và)\s*$/u.test(gap)))) {
          own = 'CITES';
          reviewed = k;
        }
        // "Kết luận số 27-KL/TW … về tiếp tục thực hiện Nghị quyết số 53-NQ/TW": the second is named inside the
        // first one's title, a mention, not this document's own basis or mandate.
        // (Not across the start of the title: a headline's reference before a news sentence's title names nothing in it.)
        const titleOpensBetween = titled && k > 0 && titleSpan !== null && !inTitleSpan(j.spanOf(from + refs[k - 1].index, from + refs[k - 1].end), titleSpan);
        if (!changes[k] && (own === 'BASED_ON' || own === 'IMPLEMENTS') && k > 0 && !isOwn(refs[k - 1]) && !titleOpensBetween && namedInTitle(clause.slice(refs[k - 1].end, ref.index))) own = 'CITES';
        // "… thực hiện Quyết định số 26/2020/QĐ-TTg … của Thủ tướng Chính phủ quy định chi tiết thi hành một số điều của Nghị
        // quyết số 973/2020/UBTVQH14 …": what is carried out is the document detailing the other, not the one it details.
        // (Among the bases each is a basis: "Căn cứ Nghị định số 151/2017/NĐ-CP … quy định chi tiết … Luật …; Luật …".)
        if (!changes[k] && own === 'IMPLEMENTS' && k > 0 && !isOwn(refs[k - 1]) && !titleOpensBetween && DETAILS.test(clause.slice(refs[k - 1].end, ref.index))) own = 'CITES';
        if (own === 'BASED_ON' && ref.symbol && PROPOSAL_SYMBOL.test(ref.symbol)) own = 'CITES';
        // "… có văn bản số 141-HD/BTGTW hướng dẫn quán triệt và tổ chức thực hiện Thông báo Kết luận số 173-TB/TW …": what the
        // document itself, named just before, carries out.
        if (own === 'CITES' && !changes[k] && k > 0 && isOwn(refs[k - 1]) && OWN_CARRIES_OUT.test(clause.slice(refs[k - 1].end, ref.index))) own = 'IMPLEMENTS';
        // "Giao Sở Công Thương chủ trì … theo yêu cầu tại Văn bản số 5658/BCT-CTĐP của Bộ Công Thương": the work handed
        // out carries that request out.
        if (own === 'CITES' && !changes[k] && ref.symbol && carriesOutRequest(clause.slice(k > 0 ? refs[k - 1].end : 0, ref.index), sentenceBefore(clause, ref.index))) own = 'IMPLEMENTS';
        // "(QNO) - Ngày 13.3, UBND tỉnh triển khai thực hiện Nghị quyết số 98/NQ-CP …": the page's own issuer carries it out
        // (./issuer-carries-out.ts).
        if (own === 'CITES' && !changes[k] && issuerCarriesOut(clause.slice(k > 0 ? refs[k - 1].end : 0, ref.index), options.meta?.issuer)) own = 'IMPLEMENTS';
        if (own === 'CITES' && !changes[k] && ISSUED_HEREWITH_CARRIES_OUT.test(clause.slice(k > 0 ? refs[k - 1].end : 0, ref.index))) own = 'IMPLEMENTS';
        if (own === 'CITES' && !changes[k] && ownKindCarriesOut?.test(clause.slice(k > 0 ? refs[k - 1].end : 0, ref.index))) own = 'IMPLEMENTS';
        if (own === 'CITES' && !changes[k] && previous === 'IMPLEMENTS' && k > 0 && KIND_WORD_OPENS.test(ref.raw) && AND_NEXT.test(clause.slice(refs[k - 1].end, ref.index))) own = 'IMPLEMENTS';
        // "Sửa đổi, bổ sung, bãi bỏ một số điều của Quy định … ban hành kèm theo Nghị quyết số 36/2021/NQ-HĐND …": a title
        // that opens by changing names what the document amends (not what a "thực hiện …" in it names).
        if (own === 'IMPLEMENTS' && !changes[k] && (titled || inTitle) && titleKey && TITLE_CHANGES.test(titleKey) && !CARRIES_OUT_BEFORE.test(clause.slice(0, ref.index))) own = 'AMENDS';
        // The short name given to the reference before it means what that reference means.
        if (previous && k > 0 && ALIAS.test(clause.slice(refs[k - 1].end, ref.index))) own = previous;
        previous = own;
        const citation: Citation = {
          symbol: ref.symbol,
          kind: ref.kind,
          issuedOn: ref.issuedOn,
          issuer: ref.issuer,
          relation: own,
          raw: ref.raw,
          section: inTitle || inPreamble ? null : sectionAtLine(sections, span.startLine),
          span,
        };
        out.push(citation);
        if (own === 'BASED_ON' && ref.symbol) {
          const carried = whatTitleDoesToIssued(clause.slice(ref.end), titleKey);
          if (carried) out.push({ ...citation, relation: carried });
        }
      });
    }
    // "Căn cứ:" / "Thực hiện:" alone on its line opens a list of bases / mandates, one document a bullet.
    if (inPreamble && !listed && relationOfPara !== 'CITES' && LEAD_IN.test(paraText)) listRelation = relationOfPara;
    // "Thực hiện Kế hoạch số 147-KH/BDVTW …, Ban Dân vận Trung ương đã gửi Ban Dân vận các tỉnh ủy, thành ủy:": the list the
    // sentence's own verb opens names what the body has done (its earlier letters sent), no bases.
    else if (inPreamble && !listed && relationOfPara !== 'BASED_ON' && doneByBody(paraText)) listRelation = 'CITES';
    basesGoOn = inPreamble && relationOfPara === 'BASED_ON' && /;$/u.test(paraText);
  }
  return withUnnumberedMandates(lines, out, titleSpan, bodyStart);
}

/** "…, <body> đã gửi …:" / "…, <body> vừa ban hành các văn bản:": a sentence whose subject tells what it did opens a list. */
const DONE_BY = /,\s*(\p{Lu}[^,:;]{2,80}?)\s+(?:đã|vừa)\s+[^:;]*:$/u;
function doneByBody(paragraph: string): boolean {
  const m = DONE_BY.exec(paragraph);
  return m !== null && levelOfIssuer(m[1]) !== null;
}

/** "… và tổng kết Nghị quyết số …", "sơ kết 5 năm thực hiện …": a review of the document named next. */
const REVIEWED = /(?<![\p{L}])(?:tổng kết|sơ kết)(?:\s+(?:\S+\s+){0,3}?(?:việc\s+)?(?:thi hành|thực hiện|triển khai))?\s*$/iu;

/** The sentence of `text` that runs up to `at`: from the last full stop before it that a capital follows. */
function sentenceBefore(text: string, at: number): string {
  const head = text.slice(0, at);
  let start = 0;
  for (const m of head.matchAll(/[.!?]["”)]?\s+(?=\p{Lu})/gu)) start = (m.index ?? 0) + m[0].length;
  return head.slice(start);
}

/**
 * A news page's headline is one phrase on the first line, with no full stop; the lines run on into it when a date stamp
 * ends with ")" ("Triển khai các nhiệm vụ cấp bách bảo đảm trật tự an toàn giao thông Tết Kỷ Hợi 2019" / "Cập nhật
 * lúc15:53, Thứ Sáu, 01/02/2019 (GMT+7)" / "Ngày 28-1, UBND tỉnh ban hành …"). Where the headline ends in the joined
 * paragraph, or 0 when the paragraph does not open with one.
 */
function headlineEnd(para: readonly NormalisedLine[], j: { text: string; lineAt(index: number): NormalisedLine }): number {
  const head = para[0].text.trim();
  // (A wrapped line goes on in lower case: "Quán triệt và tổ chức thực hiện Nghị quyết Đại hội … lần" / "thứ XIV của Đảng …".)
  if (para.length < 2 || head.length >= 250 || /[.;:,!?]["”)]?$/u.test(head) || !/^[\p{Lu}\d]/u.test(para[1].text.trim())) return 0;
  const at = j.text.indexOf(head);
  if (at < 0) return 0;
  const end = at + head.length;
  return end < j.text.length && j.lineAt(end + 1).line !== para[0].line ? end : 0;
}

/** Does the span lie within the title's span? */
function inTitleSpan(span: Span, title: Span): boolean {
  const afterStart = span.startLine > title.startLine || (span.startLine === title.startLine && span.startOffset >= title.startOffset);
  const beforeEnd = span.endLine < title.endLine || (span.endLine === title.endLine && span.endOffset <= title.endOffset);
  return afterStart && beforeEnd;
}

/**
 * "Ban hành kèm theo Quyết định này Chương trình … thực hiện Nghị quyết của Bộ Chính trị …" (title or articles) names
 * what is carried out by its kind and issuer only; when exactly one document of that kind and issuer is cited (the basis
 * "Căn cứ Nghị quyết số 28-NQ/TW ngày 16 tháng 6 năm 2003 của Bộ Chính trị"), that document is what is carried out.
 */
function withUnnumberedMandates(lines: readonly NormalisedLine[], citations: Citation[], titleSpan: Span | null, bodyStart: number): Citation[] {
  const extra: Citation[] = [];
  const done = new Set<string>();
  for (const l of lines) {
    // Only where the document says what it is: its title, its preamble and its first articles.
    if (l.line > bodyStart + 12 && !(titleSpan && l.line >= titleSpan.startLine && l.line <= titleSpan.endLine)) continue;
    if (!/thực hiện|triển khai|THỰC HIỆN|TRIỂN KHAI/u.test(l.text)) continue;
    for (const m of l.text.matchAll(UNNUMBERED_MANDATE)) {
      const kind = kindWordAt(m[1])?.kind ?? null;
      const issuer = foldDiacritics(m[2]);
      // (A province's Party committee, "Chương trình hành động của Tỉnh ủy", is named by its symbols' code, "…-CTr/TU", whichever
      // of its names, "Ban Chấp hành Đảng bộ tỉnh", the reference gives.)
      const provincialParty = PROVINCIAL_PARTY_BODY.test(m[2]);
      const same = citations.filter((c) => c.symbol && c.kind === kind && (provincialParty ? /\/T[UƯ]$/u.test(c.symbol) : c.issuer !== null && foldDiacritics(c.issuer).startsWith(issuer)));
      const symbols = new Set(same.map((c) => symbolKey(c.symbol!)));
      if (symbols.size !== 1 || same.some((c) => c.relation === 'IMPLEMENTS') || done.has([...symbols][0])) continue;
      done.add([...symbols][0]);
      const at = (m.index ?? 0) + m[0].indexOf(m[1]);
      extra.push({ ...same[0], relation: 'IMPLEMENTS', raw: squash(m[0].slice(m[0].indexOf(m[1]))), section: null, span: joinLines([l]).spanOf(at, (m.index ?? 0) + m[0].length) });
    }
  }
  return extra.length ? [...citations, ...extra] : citations;
}

/** "thực hiện Nghị quyết của Bộ Chính trị", "THỰC HIỆN NGHỊ QUYẾT CỦA BỘ CHÍNH TRỊ": a kind and an issuer, no number. */
const UNNUMBERED_MANDATE = new RegExp(
  String.raw`(?:thực hiện|triển khai)\s+(${KIND_WORD})\s+(?:của\s+)?(Bộ Chính trị|Ban Bí thư|Ban Chấp hành Trung ương|Chính phủ|Thủ tướng Chính phủ|Quốc hội|(?:Ban Thường vụ\s+)?(?:Tỉnh|Thành) (?:ủy|uỷ)|Ban Chấp hành Đảng bộ (?:tỉnh|thành phố))(?![\p{L}])`,
  'giu',
);
/** A province's Party committee or its boards, whose symbols end "/TU". */
const PROVINCIAL_PARTY_BODY = /^(?:Ban Thường vụ\s+)?(?:Tỉnh|Thành) (?:ủy|uỷ)$|^Ban Chấp hành Đảng bộ/iu;

/**
 * REPLACES / AMENDS for the references of one clause, by index: a reference right after "thay thế" or "sửa
 * đổi, bổ sung" (and the references listed after it) is changed by this document — unless another document's
 * reference stands before the verb in the same sentence, which is then the one doing the changing.
 */
function changesOf(clause: string, refs: readonly Reference[], ownKey: string | null, anySubject: boolean): (CitationRelation | undefined)[] {
  const out: (CitationRelation | undefined)[] = [];
  let carried: CitationRelation | undefined;
  refs.forEach((ref, k) => {
    const prev = refs[k - 1];
    const gapStart = prev ? prev.end : 0;
    const gap = clause.slice(gapStart, ref.index);
    const sentence = gap.slice(Math.max(gap.lastIndexOf('. '), gap.lastIndexOf(';')) + 1);
    const correction = CORRECT_VERB.exec(sentence);
    const m = REPLACE_VERB.exec(sentence) ?? AMEND_VERB.exec(sentence) ?? correction;
    // ("06/05/2019 Bị thay thế 14/2019/QĐ-UBND", "… đã được sửa đổi bởi …": in the passive the reference changes this one.)
    const passive = m !== null && PASSIVE_BEFORE.test(sentence.slice(0, m.index));
    const own = m && !passive && (anySubject || OWN_SUBJECT.test(sentence.slice(0, m.index)) || (m === correction && Boolean(m[1] ?? m[2])));
    const verb: CitationRelation | undefined = ADD_TO.test(sentence) ? 'AMENDS' : !own ? undefined : /^(?:thay|bãi bỏ)/iu.test(m[0].trim()) ? 'REPLACES' : 'AMENDS';
    const prevIsOther = prev && !(prev.symbol && ownKey && symbolKey(prev.symbol) === ownKey) && !/[.;]/.test(gap);
    if (verb) {
      // "Nghị định số 107/2021/NĐ-CP … sửa đổi, bổ sung … Nghị định số 61/2018/NĐ-CP": 107 amends 61, not us.
      const subjectIsOther = prevIsOther && !out[k - 1];
      carried = subjectIsOther ? undefined : verb;
      out.push(carried);
      return;
    }
    // "… sửa đổi, bổ sung một số điều của Nghị định số 63/2010/NĐ-CP … về kiểm soát thủ tục hành chính; Nghị định số
    // 20/2008/NĐ-CP … về …; … và Nghị định số 55/2011/NĐ-CP …": a list of one kind, each named with its title.
    const sameKindList = carried && prev && ref.kind !== null && ref.kind === prev.kind && TITLED_LIST_GAP.test(gap) && !PREAMBLE_VERB.test(gap);
    if (carried && prev && ((LIST_GAP.test(gap) && gap.length < 40) || sameKindList)) {
      out.push(carried);
      return;
    }
    carried = undefined;
    out.push(undefined);
  });
  return out;
}

// "… 153/NQ-CP … ban hành Chương trình hành động của Chính phủ thực hiện …": what the reference issues.
const ISSUES = new RegExp(String.raw`^\s*,?\s*(?:ban hành|phê duyệt)\s+((?:${KIND_WORD})(?:\s+[^\s,;()]+){0,6}?\s+của\s+[^\s,;()]+(?:\s+[^\s,;()]+){0,3}?)(?=\s+(?:thực hiện|triển khai|về)(?![\p{L}]))`, 'iu');

/** A title opening with a change: "Sửa đổi, bổ sung, bãi bỏ …", "Sửa đổi nội dung tại Điều 1 …", "Điều chỉnh …" (folded). */
const TITLE_CHANGES = /^(?:sua doi|bo sung|dieu chinh|bai bo|dinh chinh)(?![a-z])/u;
/** … unless the reference is what it carries out: "Bổ sung nhiệm vụ thực hiện Nghị quyết số 57-NQ/TW …". */
const CARRIES_OUT_BEFORE = /(?<![\p{L}])(?:thực hiện|triển khai|quán triệt)(?![\p{L}])[^;]*$/iu;
/** "Sửa đổi, bổ sung cập nhật Chương trình hành động của Chính phủ …" opens a title that changes what it names. */
const TITLE_AMENDS = /^(?:\S+\s+){0,2}?(?:sua doi|bo sung|dieu chinh)(?:,?\s+(?:bo sung|cap nhat|sua doi))*\s+(?:\S+\s+){0,3}$/u;

/**
 * What the title does to the thing a basis issued: a title naming "Chương trình hành động của Chính phủ …" that the
 * basis "Nghị quyết số 03/NQ-CP … ban hành Chương trình hành động của Chính phủ thực hiện …" issued carries it out
 * (IMPLEMENTS), unless the title amends it ("Sửa đổi, bổ sung cập nhật Chương trình hành động của Chính phủ …":
 * AMENDS 03/NQ-CP, the resolution that issued it).
 */
function whatTitleDoesToIssued(after: string, titleKey: string | null): CitationRelation | null {
  if (!issuesWhatTitleCarriesOut(after, titleKey)) return null;
  const issued = ISSUES.exec(after);
  const at = issued ? titleKey!.indexOf(foldDiacritics(issued[1])) : -1;
  return at > 0 && TITLE_AMENDS.test(titleKey!.slice(0, at).replace(/\s+/g, ' ')) ? 'AMENDS' : 'IMPLEMENTS';
}

/**
 * A legal basis is also what the document carries out when it issued the thing the title names: a plan
 * titled "Triển khai Chương trình hành động của Chính phủ …" whose preamble cites "Căn cứ Nghị quyết số
 * 153/NQ-CP … ban hành Chương trình hành động của Chính phủ thực hiện …" implements 153/NQ-CP.
 */
function issuesWhatTitleCarriesOut(after: string, titleKey: string | null): boolean {
  const issued = titleKey ? ISSUES.exec(after) : null;
  return issued !== null && titleKey!.includes(foldDiacritics(issued[1]));
}

interface Reference {
  symbol: string | null;
  kind: DocumentKind | null;
  issuedOn: string | null;
  issuer: string | null;
  raw: string;
  index: number;
  end: number;
}

/**
 * References inside one piece of running text: every symbol, widened to the kind word before it
 * ("Nghị quyết số") and the date and issuer after it ("ngày 24/01/2025 của Bộ Chính trị"). Also
 * references without a symbol that name a kind, a date and an issuer ("Kế hoạch ngày 12/3/2025 của
 * UBND Thành phố").
 */
export const findReferences: (text: string) => readonly Reference[] = memo(referencesIn);

// Symbol-less references: kind word + "ngày <date>" + "của <issuer>".
const DATED_BY_ISSUER = new RegExp(String.raw`(?<![\p{L}])(${KIND_WORD})\s+(?:số\s+)?(${DATE})\s+của\s+`, 'gu');

/**
 * What a document replaces, named in news by its kind and number alone: "thay thế cho Nghị quyết số 19", "thay Nghị
 * quyết 09" (no code: the number as written is the reference).
 */
const REPLACED_BARE = /(?<![\p{L}])thay(?:\s+thế)?(?:\s+cho)?\s+((?:Nghị quyết|Chỉ thị|Kết luận|Quyết định|Nghị định|Thông tư|Kế hoạch|Chương trình)\s+(?:số\s+)?\d{1,4})(?![\d/\-‐‑–\p{L}])/gu;

function referencesIn(text: string): Reference[] {
  const out: Reference[] = [];
  const symbols = findSymbols(text);
  for (const m of symbols) out.push(widen(text, m));
  if (text.includes('thay')) for (const m of text.matchAll(REPLACED_BARE)) {
    const i = (m.index ?? 0) + m[0].length - m[1].length;
    if (symbols.some((s) => s.index < i + m[1].length + 3 && s.end > i)) continue;
    out.push({ symbol: null, kind: kindWordAt(m[1])?.kind ?? null, issuedOn: null, issuer: null, raw: squash(m[1]), index: i, end: i + m[1].length });
  }
  // Symbol-less references, not overlapping a symbol. Each regex runs only on text holding what it cannot match
  // without (a date's "ngày", the congress's words): most lines hold none.
  if (text.includes('ngày')) for (const m of text.matchAll(DATED_BY_ISSUER)) {
    const i = m.index ?? 0;
    if (symbols.some((s) => s.index >= i && s.index < i + m[0].length + 5)) continue;
    const iss = readIssuer(text.slice(i + m[0].length));
    if (!iss) continue;
    const end = i + m[0].length + iss.length;
    out.push({ symbol: null, kind: kindWordAt(m[1])?.kind ?? null, issuedOn: readVietnameseDate(m[2])?.iso ?? null, issuer: iss.issuer, raw: squash(text.slice(i, end)), index: i, end });
  }
  // A numberless document a preamble clause names by its kind and title, closed by its body and the clause: "Căn cứ Quy chế
  // làm việc của Ban Chấp hành Trung ương khoá VIII,", "Thực hiện Chương trình công tác kiểm tra, giám sát năm 2021 của Ban Chấp
  // hành Đảng bộ tỉnh, …".
  if (text.includes('Căn cứ') || text.includes('Thực hiện')) for (const m of text.matchAll(TITLED_IN_PREAMBLE)) {
    const i = (m.index ?? 0) + m[0].indexOf(m[1]);
    const end = i + m[1].length;
    if (symbols.some((s) => s.index < end + 5 && s.end > i) || out.some((r) => r.index < end && r.end > i) || !levelOfIssuer(squash(m[2]))) continue;
    out.push({ symbol: null, kind: kindWordAt(m[1])?.kind ?? null, issuedOn: null, issuer: squash(m[2]), raw: squash(m[1]), index: i, end });
  }
  // A Party congress's resolution has no symbol; it is named by its congress: "Nghị quyết Đại hội đại biểu toàn quốc
  // lần thứ XIII của Đảng", "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII", "Nghị quyết Đại hội XIII của Đảng", or a
  // local congress by its term ("Nghị quyết Đại hội đại biểu Đảng bộ huyện nhiệm kỳ 2020 - 2025").
  if (text.includes('Nghị quyết Đại hội')) for (const m of text.matchAll(CONGRESS_RESOLUTION)) {
    const i = m.index ?? 0;
    if (symbols.some((s) => s.index >= i && s.index < i + m[0].length)) continue;
    out.push({ symbol: null, kind: 'NGHI_QUYET', issuedOn: null, issuer: null, raw: squash(m[0]), index: i, end: i + m[0].length });
  }
  // A plenum's resolution is named by its plenum: "Nghị quyết Trung ương 4 (khóa XII)", "Nghị quyết Hội nghị Trung ương
  // lần thứ 5 khóa XIII", "Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương khóa XIII".
  if (text.includes('Nghị quyết')) for (const m of text.matchAll(PLENUM_RESOLUTION)) {
    const i = m.index ?? 0;
    if (symbols.some((s) => s.index >= i && s.index < i + m[0].length + 20)) continue;
    out.push({ symbol: null, kind: 'NGHI_QUYET', issuedOn: null, issuer: 'Ban Chấp hành Trung ương', raw: squash(m[0]), index: i, end: i + m[0].length });
  }
  // The Constitution, cited by its name: "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;", "… của Hiến pháp
  // năm 1959, quy định …" (closed by its clause, so "theo tinh thần Hiến pháp mới" in prose is not).
  if (text.includes('Hiến pháp')) for (const m of text.matchAll(CONSTITUTION)) {
    const i = m.index ?? 0;
    // (Named bare, only as a basis: "Căn cứ Hiến pháp;"; "… các quy định của Đảng, Hiến pháp, pháp luật …" cites none.)
    if (m[0] === 'Hiến pháp' && !/Căn cứ(?:\s+vào)?\s*$/u.test(text.slice(Math.max(0, i - 16), i))) continue;
    out.push({ symbol: null, kind: 'OTHER', issuedOn: null, issuer: null, raw: squash(m[0]), index: i, end: i + m[0].length });
  }
  // Laws are cited by name, not number: "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;". Only a
  // name that a date or the end of the clause closes is taken, so "theo Luật …" in running prose is not.
  if (NAMES_A_LAW.test(text)) for (const m of text.matchAll(LAW_BY_NAME)) {
    const i = (m.index ?? 0) + m[0].indexOf(m[1]);
    // A symbol right after the name is the law's own ("Luật Đầu tư công số 49/2014/QH13"), unless "và" opens another
    // reference first ("Điều lệ Đảng và Quy định số 24-QĐ/TW").
    // ("Thực hiện Luật Hộ tịch năm 2014, Nghị định số 123/2015/NĐ-CP …": a kind word after a comma names another.)
    if (symbols.some((s) => s.index >= i && s.index < i + m[1].length + 20 && !/\svà\s|^\s*,\s+(?:Nghị định|Quyết định|Nghị quyết|Thông tư|Chỉ thị|Kế hoạch|Công văn)(?![\p{L}])/u.test(text.slice(i + m[1].length, s.index)))) continue;
    const dated = m[2] ?? m[3] ?? m[4] ?? m[5];
    const date = dated ? readVietnameseDate(dated)?.iso ?? null : null;
    // (An ordinance of the National Assembly's Standing Committee, "Pháp lệnh Thủ đô Hà Nội ngày 28 tháng 12 năm 2000", is no law.)
    out.push({ symbol: null, kind: /^(?:Điều lệ|Pháp lệnh)/u.test(m[1]) ? 'OTHER' : 'LUAT', issuedOn: date, issuer: null, raw: squash(m[1]), index: i, end: i + m[1].length });
  }
  // A body's yearly work programme, carried out by name (it has no number): "Thực hiện chương trình công tác Đoàn và phong
  // trào thanh thiếu nhi năm 2024, …", "Thực hiện Chương trình công tác kiểm tra, giám sát năm 2021 của Ban Chấp hành …".
  const programme = /ông tác/u.test(text) ? WORK_PROGRAMME.exec(text) : null;
  if (programme) {
    const i = (programme.index ?? 0) + programme[0].length - programme[1].length;
    if (!out.some((r) => r.index < i + programme[1].length && r.end > i)) out.push({ symbol: null, kind: /^[Kk]ế hoạch/u.test(programme[1]) ? 'KE_HOACH' : 'CHUONG_TRINH', issuedOn: null, issuer: null, raw: squash(programme[1]), index: i, end: i + programme[1].length });
  }
  // An older basis names a law in lower case with no date, by one of its articles or straight after "Căn cứ":
  // "Căn cứ vào Điều 35 của Luật tổ chức Hội đồng nhân dân và Ủy ban nhân dân (sửa đổi);", "Căn cứ vào Điều 79,
  // Luật tổ chức Quốc hội.", "… năm 1992 và Luật tổ chức Quốc hội;".
  if (NAMES_A_LAW.test(text) && /[Cc]ăn cứ/u.test(text)) for (const m of text.matchAll(LAW_IN_BASIS)) {
    const i = m.index ?? 0;
    if (out.some((r) => i < r.end && i + m[1].length > r.index) || symbols.some((s) => s.index >= i && s.index < i + m[1].length + 8)) continue;
    out.push({ symbol: null, kind: /^Pháp lệnh/u.test(m[1]) ? 'OTHER' : 'LUAT', issuedOn: null, issuer: null, raw: squash(m[1]), index: i, end: i + m[1].length });
  }
  // A law named after the article it cites, a submission by its submitter (./named-references.ts), where nothing above read them.
  for (const r of namedReferences(text)) if (!out.some((o) => o.index < r.end && r.index < o.end)) out.push(r);
  return out.sort((a, b) => a.index - b.index);
}

/**
 * A law by its name, closed by the end of its clause or by its date; older texts write the name in lower case
 * ("Luật tổ chức Chính phủ ngày 25 tháng 12 năm 2001"), and two laws share a clause ("Luật xuất bản ngày
 * 03-12-2004 và Luật sửa đổi, bổ sung …"). An amending law's name runs long ("Luật sửa đổi, bổ sung một số
 * điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019", or "… năm 2019"; "… của 37 luật có liên quan đến quy hoạch ngày …"), and so may a law's own ("Luật Ban hành văn bản quy phạm
 * pháp luật của Hội đồng nhân dân, Ủy ban nhân dân năm 2004"). An ordinance
 * ("Pháp lệnh Thủ đô Hà Nội ngày 28 tháng 12 năm 2000"), a Party
 * or Youth Union charter ("Điều lệ Đảng", "Điều lệ Đoàn TNCS Hồ Chí Minh") is cited the same way.
 */
const CONGRESS_RESOLUTION =
  /(?<![\p{L}])Nghị quyết Đại hội\s+(?:đại biểu\s+)?(?:(?:Đảng\s+)?toàn quốc\s+|Đảng bộ\s+(?:tỉnh|thành phố|huyện|quận|thị xã)(?:\s+\p{Lu}[\p{L}]*){0,3}\s+)?(?:(?:lần thứ\s+)?[IVXL]{1,6}(?![\p{L}])(?:\s+của Đảng(?![\p{L}]))?|(?<=Đảng bộ\s+(?:tỉnh|thành phố|huyện|quận|thị xã)(?:\s+\p{Lu}[\p{L}]*){0,3}\s+)nhiệm kỳ\s+\d{4}\s*[-–]\s*\d{4})/gu;
/** A numberless document named in a preamble clause by its kind, title and body (see findReferences; group 2 the body). */
const TITLED_IN_PREAMBLE =
  /(?:^|[;.]\s*|,\s+)(?:Căn cứ|Thực hiện)\s+((?:Quy chế|Chương trình|Kế hoạch|Quy định|Đề án)\s+\p{Ll}[^;,.()\d]{2,80}?(?:,\s*\p{Ll}[^;,.()\d]{2,40}?)?(?:\s+năm\s+\d{4})?\s+của\s+((?:Ban|Bộ|Tỉnh|Thành|Huyện|Đảng|Ủy ban|Uỷ ban|UBND|Chính phủ|Thủ tướng|Quốc hội)[^;,.()]{0,80}?))(?=\s*[;,.]|\s*$)/gu;
/** A Central Committee plenum's resolution by its plenum and term (see findReferences). */
const PLENUM_RESOLUTION =
  /(?<![\p{L}])Nghị quyết\s+(?:Hội nghị\s+)?(?:lần thứ\s+(?:\d{1,2}|\p{Ll}+)\s+Ban Chấp hành Trung ương(?:\s+Đảng)?|(?:Ban Chấp hành\s+)?Trung ương\s+(?:\d{1,2}|lần thứ\s+(?:\d{1,2}|\p{Ll}+)))(?![\p{L}\d])(?:\s*\(\s*(?:khóa|khoá)\s+[IVXL]+\s*\)|\s*,?\s+(?:khóa|khoá)\s+[IVXL]+(?![\p{L}]))?/gu;
/** The Constitution by its name, with the State's name or its year, closed by the clause or by a law named with it
 *  ("Căn cứ vào Hiến pháp … năm 1992 và Luật tổ chức Quốc hội;") or by its amendment ("… năm 1992 đã được sửa đổi, bổ
 *  sung một số điều theo Nghị quyết số 51/2001/QH10;") (see findReferences). */
const CONSTITUTION = /(?<![\p{L}])Hiến pháp(?:\s+nước\s+Cộng\s+h(?:òa|oà)\s+xã\s+hội\s+chủ\s+nghĩa\s+Việt\s+Nam)?(?:\s+năm\s+\d{4})?(?=\s*[;.,]?\s*$|\s*[;,]|\.\s|\s+và\s+(?:Bộ luật|Luật)\s|\s+(?:đã\s+)?được\s+sửa đổi)/gu;
/** A mandate opening the clause, then a work programme named for its year (see referencesIn). */
const WORK_PROGRAMME = /^\s*(?:[-+•|]\s*)?(?:Thực hiện|Triển khai|Căn cứ)\s+((?:[Cc]hương trình|[Kk]ế hoạch) công tác\s[^;.]{2,100}?\snăm(?: học)?\s+\d{4}(?:\s*[-–]\s*\d{4})?)(?![\d])/u;
// A law re-enacted whole is named with its revision in brackets: "Luật Tổ chức Hội đồng Nhân dân và Ủy ban Nhân dân
// (sửa đổi) ngày 21/6/1994" (the law's name, not an amendment by this document).
const REVISED = String.raw`(?:\s+\((?:sửa đổi|sửa đổi,? bổ sung|bổ sung)\))?`;
/** What LAW_BY_NAME cannot match without: most text names no law, and its scan is one of the parse's costliest. */
const NAMES_A_LAW = /Luật|luật|Pháp lệnh|Điều lệ/;
const LAW_BY_NAME = new RegExp(
  String.raw`(?<![\p{L}])((?:Bộ luật|Luật|Pháp lệnh)\s+(?:[sS]ửa đổi,? bổ sung(?:,?\s+[\p{L}\d-]+){1,24}?\s+(?:(${DATE})|năm\s+\d{4})|\p{Lu}[\p{L}-]*(?:(?:,?\s+[\p{L}-]+){0,10}?${REVISED}(?:\s+(${DATE})|\s+năm\s+\d{4})?|(?:,?\s+[\p{L}-]+){11,22}?${REVISED}\s+(?:(${DATE})|năm\s+\d{4}))|\p{Ll}[\p{L}-]*(?:,?\s+[\p{L}-]+){0,10}?${REVISED}(?:\s+(${DATE})|\s+năm\s+\d{4}))|Điều lệ\s+(?:Đảng|Đoàn|Hội|Công đoàn)(?:\s+\p{Lu}[\p{L}-]*){0,5})(?=\s*[;.,]?\s*$|\s*;|\s+và\s+(?:Bộ luật|Luật|(?:${KIND_WORD})\s+số)\s|\s*,\s+(?:${KIND_WORD})\s+số\s)`,
  'gu',
);

/** A law in lower case closed by its clause, after an article of it, "Căn cứ (vào)" or "… và" in a basis (see findReferences). */
const LAW_IN_BASIS = new RegExp(
  String.raw`(?<=(?:(?<![\p{L}])Điều\s+\d+[a-zđ]?(?:\s*,\s*|\s+của\s+|\s+)|(?<![\p{L}])[Cc]ăn cứ(?:\s+vào)?\s+|\d{4}\s+và\s+))((?:Bộ luật|Luật|Pháp lệnh)\s+\p{Ll}[\p{L}-]*(?:\s+[\p{L}-]+){0,10}?${REVISED})(?=\s*[;.]?\s*$|\s*;|\s*,\s+(?:[Cc]ăn cứ|Điều|Luật|Bộ luật|Pháp lệnh)(?![\p{L}]))`,
  'gu',
);

// ("Công văn số: 6839/VPCP-KGVX": a news page may write the header's colon after "số".)
// ("… đã có Công văn (số 73/TTg-CN) chỉ đạo …": the number in brackets after the kind.)
const KIND_WORD_BEFORE = new RegExp(String.raw`((?:${KIND_WORD})(?:\s+(?:khẩn|hỏa tốc|hoả tốc|mật))?\s*(?:\(\s*số\s*|số\s*:?|:)?\s*)$`, 'iu');
const DATE_AFTER = new RegExp(String.raw`^\s*,?\s*(?:ban hành\s+)?(${DATE}|\d{1,2}\/\d{1,2}\/\d{4}|\d{1,2}-\d{1,2}-\d{4})`, 'u');
const DATE_AFTER_ISSUER = new RegExp(String.raw`^\s*,?\s*(${DATE})`, 'u');

function widen(text: string, m: SymbolMatch): Reference {
  // Kind word just before: "Nghị quyết số 59-NQ/TW", "Chương trình hành động số 44-CTr/TU".
  const before = text.slice(Math.max(0, m.index - 40), m.index);
  const kw = KIND_WORD_BEFORE.exec(before);
  const start = kw ? m.index - kw[1].length : m.index;
  let end = m.end;
  let issuedOn: string | null = null;
  let issuer: string | null = null;
  const after = text.slice(m.end);
  const d = DATE_AFTER.exec(after);
  let rest = after;
  if (d) {
    issuedOn = readVietnameseDate(d[1].startsWith('ngày') ? d[1] : `ngày ${d[1]}`)?.iso ?? null;
    end += d[0].length;
    rest = after.slice(d[0].length);
  }
  const c = /^\s*của\s+/u.exec(rest);
  if (c) {
    const iss = readIssuer(rest.slice(c[0].length));
    if (iss) {
      issuer = iss.issuer;
      end += c[0].length + iss.length;
      // "Chỉ thị số 28/CT-TTg của Thủ tướng Chính phủ ngày 26/10/2021": the date after the issuer.
      const d2 = issuedOn ? null : DATE_AFTER_ISSUER.exec(text.slice(end));
      if (d2) {
        issuedOn = readVietnameseDate(d2[1])?.iso ?? null;
        end += d2[0].length;
      }
    }
  }
  // An official letter has no kind code: take the kind from the word before ("Công văn", "Văn bản").
  let kind = m.kindCode ? m.kind : null;
  if (!kind) kind = kw ? (kindWordAt(kw[1])?.kind ?? m.kind) : m.kind;
  // The Party's code "QĐ" serves a regulation as well as a decision ("Quy định số 296-QĐ/TW", "Quy định số 646/QĐ/QUTW"):
  // the word before says which.
  if (kind === 'QUYET_DINH' && kw && kindWordAt(kw[1])?.kind === 'QUY_DINH') kind = 'QUY_DINH';
  return { symbol: m.symbol, kind, issuedOn, issuer, raw: squash(text.slice(start, end)), index: start, end };
}

/** The issuing body after "của": up to "về", "thực hiện", "ban hành", punctuation; at most 10 words. */
// It ends where the sentence goes on: a verb, "trên địa bàn", or "và" opening a second reference.
// A list may run on without "và" ("… của Chính phủ Chương trình hành động số 23-CTr/TU …"): a kind word and "số" end it too.
// ("Nghị quyết số 54-NQ/TW của Bộ Chính trị do Tổng Bí thư Nguyễn Phú Trọng ký": who signed it follows "do".)
const ISSUER_END = String.raw`ngày|về|thực hiện|triển khai|ban hành|hướng dẫn|quy định|phê duyệt|tại|trong|trên địa bàn|đối với|nhằm|để|và các|đã|đến năm|sửa đổi|do(?=\s+(?:\p{Lu}|đồng chí\s|ông\s|bà\s))|và (?:${KIND_WORD})|(?:${KIND_WORD})\s+số`;
const ISSUER = new RegExp(String.raw`^([^,;:()\n]+?)(?=\s+(?:${ISSUER_END})(?![\p{L}])|\s*[,;:()\n]|\s*$)`, 'u');

function readIssuer(s: string): { issuer: string; length: number } | null {
  const m = ISSUER.exec(s);
  if (!m) return null;
  const t = m[1].trim();
  const words = t.split(/\s+/);
  if (!t || words.length > 10 || !/^\p{Lu}/u.test(t)) return null;
  const issuer = t.replace(/[.\s]+$/, '');
  return { issuer, length: s.indexOf(issuer) + issuer.length };
}

/** First line of the body (first "I." section heading); everything before is title/preamble. */
function firstBodyLine(lines: readonly NormalisedLine[]): number {
  const l = lines.find((x) => SECTION_START.test(x.text.trim()));
  return l ? l.line : Number.MAX_SAFE_INTEGER;
}

const STRENGTH: Record<CitationRelation, number> = { REPLACES: 5, AMENDS: 4, IMPLEMENTS: 3, BASED_ON: 2, CITES: 1 };

/**
 * One citation per cited document (by symbolKey, or by raw text for symbol-less references), keeping the
 * strongest relation and the first occurrence's details; missing date/issuer are filled from later
 * occurrences.
 */
export function summariseCitations(citations: readonly Citation[]): Citation[] {
  const by = new Map<string, Citation>();
  for (const c of citations) {
    const k = c.symbol ? symbolKey(c.symbol) : `raw:${foldDiacritics(c.raw)}`;
    const prev = by.get(k);
    if (!prev) {
      by.set(k, { ...c });
      continue;
    }
    if (STRENGTH[c.relation] > STRENGTH[prev.relation]) {
      by.set(k, { ...c, issuedOn: c.issuedOn ?? prev.issuedOn, issuer: c.issuer ?? prev.issuer });
    } else {
      prev.issuedOn ??= c.issuedOn;
      prev.issuer ??= c.issuer;
    }
  }
  return [...by.values()];
}
