/**
 * A news page that reports a direction without a sentence saying who issued which document, in the words news uses
 * for one:
 *  - the document speaking: "Chỉ thị nêu rõ: …", "Công điện nêu rõ, …", "Kết luận nêu, …", "Theo quy chế, …" (its kind);
 *  - a body directing others: "Thủ tướng Chính phủ yêu cầu:", "UBND tỉnh chỉ đạo như sau:", "Chủ tịch UBND tỉnh yêu cầu:
 *    Các Sở: …", "Thủ tướng giao UBND tỉnh Tuyên Quang phối hợp …", "Phó Chủ tịch UBND TP Lê Hòa Bình vừa chỉ đạo UBND
 *    các quận huyện …" (its issuer), or announcing to them: "UBND thành phố thông báo:" (a Thông báo), "Thủ tướng Chính
 *    phủ điện: Bộ Y tế; …" (the address line of a Công điện), or approving what one proposed: "Thủ tướng đồng tình với đề
 *    xuất của Bộ …" (a decision conveyed by the Government Office);
 *  - a body deciding: "Mới đây, Tỉnh ủy đã quyết định thành lập Ban chỉ đạo …" (a Quyết định of that body);
 *  - the document named by its kind where the page says what it holds: "… mục tiêu được nêu trong Chương trình hành động
 *    …", "… chịu trách nhiệm thi hành Quyết định này", a headline "Chỉ thị về việc thực hiện …";
 *  - a congress's resolution speaking: "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV đặt ra các mục tiêu …", and a
 *    body setting targets: "Theo đó, Ban Chấp hành Đảng bộ huyện đề ra mục tiêu là …" (its issuer);
 *  - the document issued, said in the passive: "… theo Chương trình hỗ trợ … mới được Thủ tướng Nguyễn Xuân Phúc ban
 *    hành" (kind and issuer).
 * The subject must be an issuing body (an office of one, a signer's name after it) opening its clause, and what it
 * directs must be bodies or a list after a colon: "các tỉnh phía Bắc yêu cầu người dân …" or an item "- Giao Đảng uỷ …
 * chủ trì, phối hợp với Đảng uỷ Chính phủ chỉ đạo …" is no body speaking. Read only for a copy that states neither kind
 * nor issuer nor symbol otherwise; every field is marked as read from the sentence, with its span.
 * Complexity: linear in the text of the first paragraphs (each sentence tested once by anchored patterns).
 */
import { opensAgency } from '../agencies';
import { levelOfIssuer } from '../document';
import type { DocumentKind, DocumentMeta, NormalisedLine, Span } from '../model';
import { joinLines, splitParagraphs } from '../normalise';
import { findProvinces } from '../provinces';
import { kindWordAt } from '../symbols';
import { squash } from '../text';
import { fullOffice, type MetaReading } from './meta';
import { subjectBody } from './news-intro';

const KIND_WORD = 'Chỉ thị|Công điện|Kết luận|Thông báo|Kế hoạch|Nghị quyết|Quyết định|Hướng dẫn|Quy chế|Quy định|Chương trình(?: hành động)?|Công văn|Đề án|Văn bản';
/** A news agency's tag opening a paragraph: "TPO - ", "(PLVN) - ". */
const TAG = String.raw`(?:\(?[A-ZĐ][A-Za-zĐđ.]{1,14}\)?\s*[-–]\s*)?`;
/** "Chỉ thị nêu rõ: …", "Kết luận nêu, …", "Theo quy chế, …", "Theo chương trình này, …": the document speaking. */
const KIND_SPEAKS = new RegExp(
  String.raw`^${TAG}(?:(${KIND_WORD})(?:\s+(?:này|cũng))*\s+(?:nêu rõ|nêu|chỉ rõ|nhấn mạnh|yêu cầu|đề ra|xác định)|[Tt]heo\s+(${KIND_WORD.toLowerCase()}|${KIND_WORD})(?:\s+này)?)\s*[,:]` +
    // ("Tại quyết định đã nêu chi tiết các cuộc thanh tra của Thanh tra tỉnh; …": in the document, what it states.)
    String.raw`|^${TAG}(?:Tại|Trong)\s+(${KIND_WORD.toLowerCase()}|${KIND_WORD})(?:\s+này)?\s+(?:(?:đã|cũng)\s+)?(?:nêu rõ|nêu chi tiết|nêu|quy định|xác định|đề ra|phê duyệt)(?![\p{L}])`,
  'u',
);
/** "Theo thông báo của UBND tỉnh vừa được ban hành, …": the document named with its issuer as the source of what follows. */
const ACCORDING_TO = new RegExp(String.raw`^${TAG}[Tt]heo\s+(${KIND_WORD.toLowerCase()}|${KIND_WORD})\s+của\s+([^,;.]{3,80}?)(?:\s+(?:vừa|mới|đã)(?:\s+được)?\s+(?:ký\s+)?(?:ban hành|phát đi|công bố))?\s*,`, 'u');
/** "Phó Thủ tướng Nguyễn Thiện Nhân có Công điện gửi: …", "Văn phòng Chính phủ vừa ra thông báo Kết luận …": a body has or issues the document. */
// ("Thành ủy vừa ban hành kế hoạch nghiên cứu, quán triệt Chỉ thị số 20-CT/TW …": one issued, with no number of its own.)
const HAS_DOCUMENT = new RegExp(String.raw`^(.{2,400}?)\s+(?:(?:vừa|đã|mới)\s+(?:có|ra|gửi|(?:ký\s+)?ban hành)\s+(${KIND_WORD.toLowerCase()}|${KIND_WORD})|có\s+(${KIND_WORD}))(?![\p{L}])(?!\s+(?:số|này|trên|của)(?![\p{L}]))`, 'u');
/** "Đại hội đại biểu Đảng bộ tỉnh Tiền Giang lần thứ XI": a congress (national: the Party's centre; a Đảng bộ's: its Party). */
export const CONGRESS = String.raw`(Đại hội\s+(?:đại biểu\s+)?(?:(toàn quốc|Đảng toàn quốc)|Đảng bộ\s[^.;:,]{2,40}?)(?:\s+lần thứ\s+[IVXLC\d]+)?)`;
/**
 * A congress's resolution named by its congress where the page says it holds what follows: speaking ("Nghị quyết Đại
 * hội đại biểu toàn quốc lần thứ XIV đặt ra các mục tiêu …", "VOV.VN - Nghị quyết Đại hội Đảng bộ tỉnh Long An xác
 * định 17 chỉ tiêu …"), printed in full ("Báo … trân trọng đăng toàn văn Nghị quyết Đại hội …"), or alone as the
 * headline ("Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Tiền Giang lần thứ XI").
 */
const CONGRESS_SPEAKS = new RegExp(
  String.raw`^${TAG}(?:[^.;:]{0,80}?\s)?(Nghị quyết)\s+${CONGRESS}\s+(?:đã\s+)?(?:đặt ra|đề ra|xác định|nêu rõ|nêu)(?![\p{L}])` +
    String.raw`|^(?:[^.;:]{0,80}?\s)?đăng\s+(?:toàn văn|nội dung)\s+(Nghị quyết)\s+${CONGRESS}(?=\s*(?:[,.;:]|$)|\s+(?:nhiệm kỳ|đã|được|khóa|khoá)(?![\p{L}]))` +
    String.raw`|^(Nghị quyết)\s+${CONGRESS}(?:,?\s+nhiệm kỳ\s+\d{4}\s*[-–]\s*\d{4})?\s*$`,
  'u',
);
/** The three alternatives' groups: the kind word, the congress, its national words. */
const congressGroups = (c: RegExpExecArray) => [0, 3, 6].map((i) => c.slice(1 + i, 4 + i)).find((g) => g[0])!;
/** "Theo đó, Ban Chấp hành Đảng bộ huyện đề ra mục tiêu là …": a body setting the targets of what it issues. */
const SETS_TARGETS = /^(.{2,160}?)\s+(?:(?:đã|cũng)\s+)?(?:đề ra|đặt ra)\s+(?:các\s+)?(?:mục tiêu|chỉ tiêu)(?![\p{L}])/u;
/**
 * The document named by its kind alone where the page says what it holds: "… - đây là mục tiêu được nêu trong Chương
 * trình hành động phát triển …", "Đó là yêu cầu được Chính phủ đặt ra trong nghị quyết phiên họp Chính phủ …", a
 * decision's closing clause "… chịu trách nhiệm thi hành Quyết định này", a headline "Chỉ thị về việc thực hiện …".
 */
const STATED_IN_KIND = new RegExp(String.raw`(?:nêu|đề ra|đặt ra|xác định)\s+(?:rõ\s+)?(?:trong|tại)\s+(${KIND_WORD}|${KIND_WORD.toLowerCase()})(?![\p{L}])(?!\s+(?:số|này|trên)(?![\p{L}]))`, 'u');
const EXECUTES = /chịu trách nhiệm (?:thi hành|thực hiện) (Quyết định|Chỉ thị|Nghị quyết) này(?![\p{L}])/u;
const KIND_HEADLINE = new RegExp(String.raw`^(${KIND_WORD})\s+(?:của\s+[^.;:]{3,60}?\s+)?về\s`, 'u');
/** "Mới đây, Tỉnh ủy đã quyết định thành lập Ban chỉ đạo …": a body deciding in news words is a Quyết định of that body. */
const DECIDES = /^(.{2,160}?)\s+(?:(?:vừa|đã|mới)\s+)+(?:ra\s+)?quyết định\s+(?:thành lập|kiện toàn|giải thể|phê duyệt|công bố|bổ nhiệm|ban hành|lấy|chọn)(?![\p{L}])/u;
/** The verb a body directs or announces with, after its subject, with an optional "như sau" and a colon (group 2). */
// ("… đề nghị Nhân dân và yêu cầu các sở …": the public asked, the bodies directed; "… có ý kiến (chỉ đạo) như sau:";
// "Thủ tướng … giao nhiệm vụ và phân công cho Bộ trưởng Bộ Tài chính chuẩn bị …".)
// (A head approving what a body proposed decides it: "Thủ tướng đồng tình với đề xuất của Bộ …", "… đồng ý với đề nghị của …".)
const DIRECTS = /(?<=\s)(?:(?:cũng|đã|vừa|mới|tiếp tục|xin)\s+)*(yêu cầu|chỉ đạo|giao(?:\s+nhiệm vụ\s+và\s+phân công)?(?: cho)?|phân công(?: cho)?|đề nghị(?:\s+(?:Nhân dân|nhân dân|người dân)\s+và\s+yêu cầu)?|thông báo|điện|có ý kiến(?: chỉ đạo)?(?= như sau)|đồng (?:ý|tình)(?= với (?:đề xuất|đề nghị|kiến nghị|phương án|tờ trình)))(?:\s+như sau)?(\s*:|\s+(?=\S))/gu;
/**
 * A direction told first and its source named after it: "“Sở Nông nghiệp … tập trung chỉ đạo …”. Đó là chỉ đạo của UBND tỉnh
 * đối với Sở NN&PTNT …", "Đó là yêu cầu của Chủ tịch UBND tỉnh Lê Trí Thanh tại phiên họp …", "Giám sát chặt chẽ ca bệnh … là
 * yêu cầu vừa được UBND TP.HCM đưa ra cho Sở Y tế thành phố …": the body after "của", or after "được" before the verb giving it
 * (group 1), issued the direction.
 */
const ATTRIBUTED = /(?:^|\s)là\s+(?:(?:những|các)\s+)?(?:(?:ý kiến\s+)?chỉ đạo|yêu cầu)\s+(?:(?:vừa|mới|đã)\s+)?(?:của\s+((?:[^.;:,]|\.(?=\p{Lu})){3,80}?)(?=\s+(?:đối với|cho|tại|trong|với|nhằm|về|khi)(?![\p{L}])|\s*[.;:,]|$)|được\s+((?:[^.;:,]|\.(?=\p{Lu})){3,80}?)\s+(?:đưa ra|đặt ra|đề ra|nêu ra|giao)(?![\p{L}]))/u;
/** Party bodies a news sentence writes in lower case as addressees: "giao ban thường vụ các tỉnh ủy, thành ủy …". */
const PARTY_ADDRESSEES = /^(?:ban thường vụ|ban chấp hành|(?:các\s+)?cấp (?:ủy|uỷ)|(?:các\s+)?(?:tỉnh|thành|huyện) (?:ủy|uỷ)|(?:các\s+)?(?:đảng bộ|chi bộ|đảng ủy|đảng uỷ))(?![\p{L}])/u;
/** "… <kind> … (mới|vừa|đã) được <body> (ký) ban hành|phê duyệt": the document and its issuer in the passive. */
const ISSUED_BY = new RegExp(String.raw`(?:^|\s)(${KIND_WORD}|${KIND_WORD.toLowerCase()})(?![\p{L}])[^.;:]{0,160}?\s(?:(?:mới|vừa|đã)\s+)?được\s+([^.;:,]{3,80}?)\s+(?:ký\s+)?(?:ban hành|phê duyệt)(?![\p{L}])`, 'u');
/** "… vừa ký ban hành Quy chế số 08 của Ban Bí thư Trung ương Đảng về …": the document and, after "của", its issuer. */
const ISSUED_OF = new RegExp(String.raw`(?:ban hành|ký)\s+(${KIND_WORD})(?:\s+số\s+\d{1,5}(?![\d/\p{L}-]))?\s+của\s+([^.;:,()]{3,80}?)(?=\s+(?:về|nhằm|triển khai|thực hiện|năm)(?![\p{L}])|[.;:,()]|$)`, 'u');
/** "Ban Bí thư Trung ương Đảng", "Bộ Chính trị Ban Chấp hành Trung ương Đảng": the Party's central bodies by their own names. */
const centralPartyName = (s: string) => s.replace(/^(Ban Bí thư|Bộ Chính trị)\s+(?:Ban Chấp hành\s+)?Trung ương Đảng$/u, '$1');
/** The date stamp a stored page opens with: "date 2024-08 ". */
const DATE_STAMP = /^date \d{4}-\d{2}\s+/u;
/** What a clause puts before its subject: an adverbial ending with a comma ("Để …, ", "Chiều 18-1, …, "). */
const lastClause = (s: string) => s.slice(s.lastIndexOf(', ') + 1).trim();
/** A subject opening its clause: capitalised, no verb of an item assigning work, no coordinating phrase. */
const NOT_A_SUBJECT = /^(?:Giao|Yêu cầu|Đề nghị|Chủ trì|Phối hợp)\s|\s(?:với|phối hợp|chủ trì|và các|của các)\s/u;

/**
 * The first verb in a sentence whose subject is an issuing body opening its clause ("Để …, Thủ tướng Chính phủ yêu cầu:",
 * "Chiều 18-1, …, Phó Chủ tịch UBND TP Lê Hòa Bình vừa chỉ đạo UBND các quận huyện …"), directing bodies or a list.
 */
function directingBody(sentence: string): { at: number; end: number; subject: string; issuer: string; body: string; verb: string; verbAt: number; announces: boolean } | null {
  for (const d of sentence.matchAll(DIRECTS)) {
    const before = sentence.slice(0, d.index).trimEnd();
    // ("Kết luận cuộc họp, đồng chí Phó Bí thư Thường trực Tỉnh ủy yêu cầu: …": an official addressed as "comrade" speaks for
    // the body he holds office in; the word is no part of the subject.)
    // ("Phó Thủ tướng Chính phủ Trần Lưu Quang, Chủ tịch Ủy ban Quốc gia phòng, chống AIDS, ma túy, mại dâm (Ủy ban Quốc gia)
    // yêu cầu …": a head speaking as the chair of a committee whose name holds commas speaks for the committee.)
    const chair = CHAIR_OF.exec(before);
    if (chair && levelOfIssuer(chair[1])) {
      const at = before.length - chair[0].length + chair[0].indexOf(chair[1]);
      return { at, end: (d.index ?? 0) + d[0].length, subject: chair[1], issuer: chair[1], body: chair[1], verb: d[1], verbAt: (d.index ?? 0) + d[0].indexOf(d[1]), announces: false };
    }
    const subject = lastClause(before).replace(COMRADE, '');
    if (!subject || subject.length > 160 || !/^\p{Lu}/u.test(subject.replace(/^\S+\s*[-–]\s*/u, '')) || NOT_A_SUBJECT.test(subject)) continue;
    const found = subjectBody(subject);
    // ("Ban Tuyên giáo Trung ương xin thông báo ý kiến chỉ đạo như sau:": a subject holding a verb is a clause, not a name.)
    if (!found || subject.length > found.issuer.length + 45 || !levelOfIssuer(found.body) || VERB_IN_NAME.test(found.issuer)) continue;
    const verb = d[1];
    const colon = d[2].trim() === ':';
    const rest = sentence.slice((d.index ?? 0) + d[0].length);
    // "thông báo" / "điện" announce a list after a colon; the other verbs may name the bodies they direct.
    const announces = verb === 'thông báo' || verb === 'điện';
    const approves = verb.startsWith('đồng ');
    if (!colon && !approves && (announces || !(opensAgency(rest) || PARTY_ADDRESSEES.test(rest)))) continue;
    const at = before.length - subject.length;
    return { at, end: (d.index ?? 0) + d[0].length, subject, issuer: found.issuer, body: found.body, verb, verbAt: (d.index ?? 0) + d[0].indexOf(verb), announces: announces && colon };
  }
  return null;
}

/** ", Chủ tịch|Trưởng ban <committee> (<its short name>)" closing the subject: the committee (group 1). */
const CHAIR_OF = /,\s+(?:Chủ tịch|Trưởng [Bb]an|Trưởng Ban)\s+((?:Ủy ban|Uỷ ban|Hội đồng|Ban Chỉ đạo)\s+(?!nhân dân)\p{L}[^;:.()]{3,120}?)(?:\s*\([^()]{2,40}\))?$/u;

/**
 * "đồng chí" ("comrade") before a Party official's office: "đồng chí Bí thư Tỉnh ủy", "Đồng chí Phó Chủ tịch UBND tỉnh"; and
 * the leadership of a body speaking for it: "lãnh đạo Tổng cục Thuế yêu cầu Cục Thuế các tỉnh …".
 */
const COMRADE = /^(?:[Đđ]ồng chí|[Đđ]\/c|[Ll]ãnh đạo)\s+(?=\p{Lu})/u;

const VERB_IN_NAME = /\s(?:xin|thông báo|ý kiến|yêu cầu|chỉ đạo|giao|đề nghị|cho biết|điện)(?![\p{L}])/u;

/** The sentences of a paragraph, each with where it starts: split after a full stop or ";" before a capital, "(" or a digit. */
export const sentencesOf = (text: string) => {
  const out: { at: number; text: string }[] = [];
  let pos = 0;
  for (const piece of text.split(/(?<=[.;!?…])\s+(?=\p{Lu}|\(|\d)/u)) {
    const at = text.indexOf(piece, pos);
    out.push({ at, text: piece });
    pos = at + piece.length;
  }
  return out;
};

export function readReportedDirection(lines: readonly NormalisedLine[], meta: DocumentMeta): MetaReading {
  if (meta.kind || meta.symbol || (meta.issuer && meta.title)) return {};
  const out: MetaReading = {};
  /** A sentence naming the document and the body behind it: its kind and issuer, where not yet read. */
  const documentNamed = (kw: { kind: DocumentKind; vi: string }, found: { issuer: string; body: string }, span: Span, how: string) => {
    if (!out.kind) {
      out.kind = { value: kw.kind, span, how };
      out.kindVi = { value: kw.vi, span, how };
    }
    if (!out.issuer && !meta.issuer) {
      out.issuer = { value: fullOffice(squash(found.issuer)), span, how };
      out.level = { value: levelOfIssuer(found.body)!, span, how };
    }
  };
  const paragraphs = splitParagraphs(lines).slice(0, 12);
  // Line by line: a web page's headline runs into its first paragraph without a full stop.
  for (const line of paragraphs.flat()) {
    const j = joinLines([line]);
    for (const s of sentencesOf(j.text)) {
      if (!out.kind) {
        const k = KIND_SPEAKS.exec(s.text);
        const kw = k ? kindWordAt(k[1] ?? k[2] ?? k[3]) : null;
        if (k && kw) {
          const word = k[1] ?? k[2] ?? k[3];
          const at = s.at + k[0].indexOf(word);
          const how = `a copy's intro: the document speaks in a news sentence ("${squash(k[0])}")`;
          out.kind = { value: kw.kind, span: j.spanOf(at, at + word.length), how };
          out.kindVi = { value: kw.vi, span: out.kind.span, how };
        }
      }
      if (!out.kind) {
        const headline = line === paragraphs.flat()[0] && !/[.;:!?…]["”'’)]?\s*$/u.test(s.text) ? KIND_HEADLINE.exec(s.text) : null;
        const named = headline ?? STATED_IN_KIND.exec(s.text) ?? EXECUTES.exec(s.text);
        const kw = named ? kindWordAt(named[1]) : null;
        if (named && kw) {
          const at = s.at + (named.index ?? 0) + named[0].lastIndexOf(named[1]);
          const how = `a copy's intro: ${headline ? 'the headline names the document' : 'the page says which document holds what it states'} ("${squash(named[0])}")`;
          out.kind = { value: kw.kind, span: j.spanOf(at, at + named[1].length), how };
          out.kindVi = { value: kw.vi, span: out.kind.span, how };
        }
      }
      if (!out.kind) {
        const c = CONGRESS_SPEAKS.exec(s.text);
        const [word, congress, national] = c ? congressGroups(c) : [];
        const kw = word ? kindWordAt(word) : null;
        if (c && kw) {
          const at = s.at + c[0].lastIndexOf(`${word} ${congress}`);
          const span = j.spanOf(at, at + word.length + 1 + congress.length);
          const how = `a copy's intro: a congress's resolution named where the page says it holds what follows ("${squash(c[0])}")`;
          out.kind = { value: kw.kind, span, how };
          out.kindVi = { value: kw.vi, span, how };
          if (!out.issuer && !meta.issuer) {
            out.issuer = { value: squash(congress), span, how };
            out.level = { value: national ? 'CENTRAL_PARTY' : 'PROVINCIAL_PARTY', span, how };
            const province = national ? undefined : findProvinces(congress)[0];
            if (province) out.province = { value: province.province.name, span, how };
          }
        }
      }
      if (!out.issuer && !meta.issuer) {
        const t = SETS_TARGETS.exec(s.text);
        const subject = t ? lastClause(t[1]) : '';
        const found = subject && /^\p{Lu}/u.test(subject) ? subjectBody(subject) : null;
        if (t && found && levelOfIssuer(found.body) && !VERB_IN_NAME.test(found.issuer)) {
          const at = s.at + t[0].indexOf(subject);
          const span = j.spanOf(at, at + subject.length);
          const how = `a copy's intro: a body setting targets in a news sentence ("${squash(t[0])}")`;
          out.issuer = { value: fullOffice(squash(found.issuer)), span, how };
          out.level = { value: levelOfIssuer(found.body)!, span, how };
        }
      }
      if (!out.issuer && !meta.issuer) {
        const d = directingBody(s.text);
        if (d) {
          const at = s.at + d.at;
          const span = j.spanOf(at, at + d.subject.length);
          const how = `a copy's intro: a body directing in a news sentence ("${squash(s.text.slice(d.at, d.end))}")`;
          out.issuer = { value: fullOffice(squash(d.issuer)), span, how };
          out.level = { value: levelOfIssuer(d.body)!, span, how };
          const province = findProvinces(d.issuer)[0] ?? findProvinces(j.text).find((p) => p.qualified);
          if (province) out.province = { value: province.province.name, span, how };
          if (!out.kind && d.announces) {
            const vi = d.verb === 'điện' ? 'Công điện' : 'Thông báo';
            const vspan = j.spanOf(s.at + d.verbAt, s.at + d.verbAt + d.verb.length);
            out.kind = { value: d.verb === 'điện' ? 'CONG_VAN' : 'THONG_BAO', span: vspan, how };
            out.kindVi = { value: vi, span: vspan, how };
          }
        }
      }
      if (!out.issuer && !meta.issuer) {
        const t = ATTRIBUTED.exec(s.text);
        const subject = t ? (t[1] ?? t[2]).trim() : '';
        const found = subject && /^\p{Lu}/u.test(subject) ? subjectBody(subject) : null;
        if (t && found && levelOfIssuer(found.body) && !VERB_IN_NAME.test(found.issuer)) {
          const at = s.at + (t.index ?? 0) + t[0].indexOf(subject);
          const span = j.spanOf(at, at + subject.length);
          const how = `a copy's intro: the direction told before its source ("${squash(t[0])}")`;
          out.issuer = { value: fullOffice(squash(found.issuer)), span, how };
          out.level = { value: levelOfIssuer(found.body)!, span, how };
          const province = findProvinces(found.issuer)[0];
          if (province) out.province = { value: province.province.name, span, how };
        }
      }
      if (!out.kind || (!out.issuer && !meta.issuer)) {
        const a = ACCORDING_TO.exec(s.text);
        const h = a ? null : HAS_DOCUMENT.exec(s.text);
        const decided = a || h ? null : DECIDES.exec(s.text);
        const word = a?.[1] ?? h?.[2] ?? h?.[3] ?? (decided ? 'Quyết định' : undefined);
        const kw = word ? kindWordAt(word) : null;
        // (A stored page's date stamp may open it: " date 2024-08 UBND tỉnh vừa quyết định thành lập …".)
        const subject = (a ? a[2].trim() : h ? lastClause(h[1]) : decided ? lastClause(decided[1]) : '').replace(DATE_STAMP, '');
        const found = kw && subject && /^\p{Lu}/u.test(subject.replace(/^\S+\s*[-–]\s*/u, '')) ? subjectBody(centralPartyName(subject)) : null;
        if (kw && found && levelOfIssuer(found.body) && !VERB_IN_NAME.test(found.issuer)) {
          const verb = decided ? decided[0].lastIndexOf('quyết định') : -1;
          const at = s.at + (a ? a[0].indexOf(word!) : h ? h[0].lastIndexOf(word!) : verb);
          const span = j.spanOf(at, at + word!.length);
          const how = `a copy's intro: ${a ? 'the document named as the source of what follows' : h ? 'a body has or issues the document' : 'a body decides in news words'} ("${squash((a ?? h ?? decided)![0])}")`;
          documentNamed(kw, found, span, how);
        }
      }
      if (!out.kind || (!out.issuer && !meta.issuer)) {
        const p = ISSUED_BY.exec(s.text) ?? ISSUED_OF.exec(s.text);
        const kw = p ? kindWordAt(p[1]) : null;
        const found = p ? subjectBody(centralPartyName(p[2].trim())) : null;
        if (p && kw && found && levelOfIssuer(found.body)) {
          const at = s.at + (p.index ?? 0) + p[0].indexOf(p[1]);
          const span = j.spanOf(at, at + p[1].length);
          const how = `a copy's intro: the document issued, ${p[0].includes(' của ') ? 'by the body after "của"' : 'in the passive'} ("${squash(p[0])}")`;
          documentNamed(kw, found, span, how);
        }
      }
      if (out.kind && (out.issuer || meta.issuer)) return out;
    }
  }
  return out;
}
