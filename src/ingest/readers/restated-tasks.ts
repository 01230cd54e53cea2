/**
 * Tasks a news article restates in prose: "Kế hoạch yêu cầu các sở, ban, ngành, UBND các huyện chủ động
 * triển khai …", "UBND tỉnh giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tài chính xây dựng …",
 * "Sở Y tế có trách nhiệm …", and the passive "Sở Thông tin và Truyền thông được Ủy ban nhân dân tỉnh giao chủ
 * trì, phối hợp Sở …" / "Văn phòng UBND tỉnh được giao hoàn thiện …". Each such sentence (or ";"-clause) is a
 * task led by the bodies it names. Read only from a copy with no task structure of its own (see
 * `restatedTasks` below), and from its intro on: the headline above it only announces what follows.
 * Complexity: linear in the text: each sentence or clause is read once.
 */
import { NOTHING, type FamilyReader } from '../family';
import type { LeadSource, NormalisedLine } from '../model';
import { opensAgency, splitAgencies } from '../agencies';
import { assignedList, listedTask, listHeadAtEnd } from '../assigned-lists';
import { assignmentUnder } from '../unit-blocks';
import { joinLines, splitParagraphs } from '../normalise';
import { findSymbols } from '../symbols';
import { deadlineInText, inlineAssignment, type RawTask } from '../tasks';
import { foldDiacritics, squash } from '../text';
import { toDrawUp } from '../drawn-up';
import { definedAbbreviations, spelledOutName } from './defined-abbreviations';
import { resolutionGroupTasks } from '../resolution-groups';

/** "… (Kế hoạch|UBND tỉnh|Chủ tịch UBND tỉnh) (cũng) yêu cầu / giao / đề nghị …": the assigning verb. */
// ("Chính phủ quyết nghị Bộ Nông nghiệp và Phát triển nông thôn chủ trì …": a resolution's word for it.)
// (A news page writes "Ban chỉ đạo" in lower case: the steering committee's name, not the verb.)
// ("… yêu cầu: từ ngày …, các Đơn vị …", "UBND tỉnh có ý kiến như sau: Các cơ quan, đơn vị …": the colon before the addressees;
// "… chỉ đạo, trong thời gian tới, các chủ đầu tư …": a comma before the time the work is for;
// "Bộ GD&ĐT đề nghị, Sở GD&ĐT phổ biến …": a comma.)
const ASSIGNING = /(?:^|[,;:]\s*|\s)(?:(?:cũng|đồng thời|còn)\s+)?(?:yêu cầu|(?<![Nn]goại\s|bàn\s)giao(?:\s+(?:nhiệm vụ|trách nhiệm)(?=\s+cho\s))?(?: cho)?(?!\s+thông)|đề nghị|quyết nghị(?=\s+\p{Lu})|(?<!Ban\s)chỉ đạo|phân công(?:\s+cho)?|có ý kiến(?: chỉ đạo)?(?=(?:\s+như sau)?\s*:))(?:\s+như sau)?(?:\s*:|,(?=\s+(?:trước mắt,|(?:trong|từ)\s+(?:thời gian|nay)[^,;]{0,30},|các\s+(?:cấp|bộ|sở|ban|ngành|cơ quan|đơn vị|địa phương|tỉnh|huyện)(?![\p{L}])|(?:Sở|Bộ|Ban|UBND|Ủy ban|Công an)\s)))?\s+(?=\S)/giu;

const ASSIGNS = new RegExp(ASSIGNING.source, 'iu');
/** The verbs by which one body hands work to another, alone ("Thủ tướng giao Bộ …", "Bộ Y tế yêu cầu các cơ quan …"). */
export const ASSIGNING_VERB = /\s(?:(?:cũng|đã|vừa|đồng thời)\s+)?(?:có (?:công văn|văn bản|công điện|chỉ thị)\s+)?(?:yêu cầu|giao(?:\s+nhiệm vụ)?(?:\s+(?:và\s+)?phân công)?(?:\s+cho)?|đề nghị|chỉ đạo|phân công)\s+(?=\p{Lu}|các\s|toàn\s)/u;

// (… and "Ủy ban Kiểm tra trung ương (UBKTT.Ư) vừa có hướng dẫn …", "Văn phòng Chính phủ vừa ra thông báo …".)
const ENACTING = /^[^,;]{0,80}?\s(?:(?:vừa|đã|mới)\s+(?:có|ra)|(?:vừa\s+|đã\s+)?(?:ký\s+)?(?:ban hành|xây dựng|phê duyệt))\s+(?:Kế hoạch|Chương trình|Nghị quyết|Quyết định|Chỉ thị|Kết luận|Đề án|Hướng dẫn|Văn bản|Công văn|Quy chế|Quy định|Thông báo|Thông tri|Công điện)(?![\p{L}])/iu;
/** A sentence enacting a document, not one asking a body to draw it up ("Văn phòng Tỉnh ủy xây dựng kế hoạch …", ../drawn-up.ts). */
function enacts(text: string): boolean {
  const m = ENACTING.exec(text);
  return !!m && !toDrawUp(m[0], text.slice(m[0].length));
}
/** "<agencies> (cũng) được (UBND tỉnh) giao (nhiệm vụ) …": the agencies before "được … giao" lead. */
const PASSIVE = /^(.{3,110}?)\s+(?:cũng\s+|còn\s+)?được\s+(?:[^,;]{0,60}?\s)?(?:giao|phân công|yêu cầu)(?:\s+(?:nhiệm vụ|trách nhiệm))?\s+(?=\S)/u;
/** "Cụ thể, …", "Theo đó, …", "Ngoài ra, …", a bullet "- …": what comes before the clause's subject. */
// The editors' note "LTS:" ("(NTO) LTS: Ngày 14-11-2016, …") opens the intro the same way.
// … and what the clause is about: "Đối với các Đề án đã trình, các bộ, cơ quan chủ trì tiếp tục phối hợp …".
// (… "Theo đó, trong thời gian từ đầu tháng 1/2013 tới ngày 15/3/2013, Công an tỉnh bố trí …": when, after the connective;
// "Riêng UBND huyện Khánh Sơn khẩn trương …": one body singled out.)
// ("Theo yêu cầu, các NHNN chi nhánh tỉnh nêu trên phải có văn bản báo cáo …": what the letter asks, told after it.)
// (7a) … and when: "Hằng tuần, các đơn vị gửi báo cáo …", "…; định kỳ hàng tháng các đơn vị, địa phương báo cáo …" ("Định kỳ, …" is read by ../tasks.ts inlineAssignment); "Cụ thể,
// các bộ trưởng, thủ trưởng cơ quan ngang bộ, … quán triệt …" names its collective in lower case; "Theo đó, cấp ủy Đảng, chính
// quyền các cấp của thành phố tiếp tục …", its Party committees.
const CONNECTIVE = /^(?:[-–+•*]\s+|(?:\(?[A-ZĐ][A-Za-zĐđ.]{1,14}\)?\s*[-–]\s*)(?:(?:Theo|Cụ thể|Theo đó)\b[^,;]{0,40},\s*)?(?=\p{Lu})|(?:Cụ thể|Theo đó|Theo yêu cầu|Trong đó|Đồng thời|Ngoài ra|Bên cạnh đó|Cùng với đó|Cùng đó|Song song với đó|Mặt khác|Trước hết|Trước mắt|Thứ (?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)),\s*|(?:\([A-ZĐ]{2,6}\)\s*)?LTS\s*:\s*)(?=\p{Lu})|^(?:[Đđ]ịnh kỳ\s+)?(?:[Hh]ằng|[Hh]àng) (?:ngày|tuần|tháng|quý|năm),?\s*(?=\p{Lu}|các\s)|^(?:Cụ thể|Theo đó|Trong đó|Trước hết|Trước mắt|Ngoài ra|Đồng thời|Theo yêu cầu),\s*(?=các\s|cấp (?:ủy|uỷ)\s)|^(?:Cụ thể|Theo đó|Đồng thời),\s*(?=(?:từ|trong|trước|đến)\s+(?:ngày|tháng|thời gian)\s)|^Riêng\s+(?=\p{Lu})|^(?:Trong|Suốt)\s+(?:đợt|thời gian)\s+(?:cao điểm|ra quân|chiến dịch)(?:\s+này)?,\s*(?=\p{Lu}|các\s)|^(?:Đối với|Về|Dưới sự (?:lãnh đạo|chỉ đạo)(?:,\s*(?:lãnh đạo|chỉ đạo))?(?:\s+của)?)\s[^,;]{3,80},\s*(?=\p{Lu}|các\s)/u;
/**
 * (7x) "Chỉ thị nêu rõ: Các bộ, ngành, địa phương có trách nhiệm …", "Nội dung Kế hoạch số 141/KH-BCĐTKNQ18 nêu rõ: Theo Kế
 * hoạch của Ban Chỉ đạo Trung ương, các bộ, ngành có trách nhiệm …": the document speaking opens the sentence of what it
 * asks; the subject comes after it (and after a fronted clause of its own). ("Kế hoạch yêu cầu: …" is the assigning verb.)
 */
const DOCUMENT_SPEAKS =
  /^(?:(?:Nội dung|Toàn văn)\s+)?(?:Chỉ thị|Công điện|Kết luận|Thông báo|Kế hoạch|Nghị quyết|Quyết định|Hướng dẫn|Chương trình(?: hành động)?|Công văn|Văn bản)(?:\s+(?:số\s+)?\d\S*)?(?:\s+(?:này|cũng))*\s+(?:nêu rõ|nêu|chỉ rõ|xác định)\s*[:,]\s*(?=\p{Lu}|các\s)/u;
/** "Trước đó, …", "Trước đây, …": a sentence recalling what came before the page's news. */
const RECALLS_EARLIER = /^\s*(?:Trước đó|Trước đây|Trước đấy)\s*,/u;
/** "1. Giao Bộ Y tế:": a unit named alone before the items it is given. */
const UNIT_HEADING = /^\s*(?:\d{1,2}[.)]\s*)?(?:Giao(?:\s+cho)?|Yêu cầu|Đề nghị)\s+([^:;,.]{3,100}?)\s*:\s*$/u;
/** "2. ", "3) ": the number of a conclusion's item before its text. */
// (A city's notice numbers them "1- Tất cả các cơ quan, …".)
// (… or in brackets: "(1) Đoàn kiểm tra hoặc đại diện đoàn kiểm tra triển khai quyết định …".)
const ITEM_NUMBER = /^\s*(?:\d{1,2}(?:[.)]|\s?[-–](?=\s))|\(\d{1,2}\))\s+/u;
/** (7x) "a- Cấp uỷ các cấp chỉ đạo, tổ chức thực hiện …", "b) Các ban đảng …": the letter of a sub-item before its subject. */
const ITEM_LETTER = /^\s*[a-zđ](?:\)|\s?[-–](?=\s))\s+(?=\p{Lu})/u;
/** A clause that opens (after its number) with the assigning verb: "2. Yêu cầu các cấp uỷ …", "giao Ban … chỉ đạo …". */
const OPENS_WITH_ASSIGNING = /^\s*(?:\d{1,2}[.)]\s+)?(?:yêu cầu|giao(?: cho)?|đề nghị)\s/iu;
/** … addressing its addressees ("2. Yêu cầu …", "Đề nghị …"): the verb stays in the task ("Giao X …" reads as X's task). */
const ADDRESSES = /^\s*(?:\d{1,2}[.)]\s+)?(?:Yêu cầu|Đề nghị)\s/u;
/** A lead is a body's name: one with a figure in it ("… quyết định lấy ngày 10-10") is a sentence read too far. */
// (A count opening it is no figure in it: "Chính phủ yêu cầu 11 Bộ, cơ quan tập trung …".)
// … and so is one holding a reporting verb ("Bộ Chính trị nhấn mạnh, công tác …" reports what was said).
// … and one holding the assigning verb ("Ban Thường vụ Tỉnh ủy yêu cầu các cấp") names the assigner with the assignees.
// (A steering committee's name may hold one: "Ban chỉ đạo phòng, chống dịch Covid-19".)
// ("Bộ Ngoại giao", "bàn giao", "giao thông" hold no verb "giao".)
// … and one agreeing ("Chủ tịch UBND tỉnh đồng ý với việc triển khai …") approves, it is not asked to do anything;
// "Đoàn có sự tham gia của …" says who takes part in it.
// (… but a plenum's ordinal is part of a name: "Ban Chỉ đạo chuẩn bị Hội nghị lần thứ 4 Ban chấp hành trung ương …".)
const NOT_A_NAME = /(?<!^\d*)(?<!lần thứ\s)\d(?<!(?:covid|COVID|Covid)-\d+)|\s(?:nhấn mạnh|cho biết|khẳng định|nêu rõ|lưu ý|cho rằng|đánh giá|yêu cầu|đề nghị|quyết nghị|(?<!Ngoại\s|ngoại\s|bàn\s|được\s)giao(?!\s+thông)|đồng ý|chấp thuận|thống nhất|điện|thông báo|có ý kiến|có sự)(?![\p{L}])/u;
/** "… giao Giám đốc Sở Y tế: Phê duyệt Kế hoạch …": the assignee, then a colon, then what it is to do. */
// ("1. Chính phủ: Nghị quyết số 169/NQ-CP ngày …": a list of documents names each one's issuer so; a document named is no work.)
const ASSIGNEE_COLON = /^([^:;.]{3,100}?)\s*:\s*(?=\p{Lu})(?!(?:Nghị quyết|Quyết định|Chỉ thị|Kết luận|Quy định|Kế hoạch|Chương trình|Hướng dẫn|Thông báo|Công văn)\s+số\s+\d)/u;

/** (7a) "TPO - Thay mặt Ban Bí thư T.Ư Đảng, …, Thường trực Ban Bí thư … vừa ký ban hành công văn …": who signed, no task. */
const SIGNED_FOR = /^(?:[A-ZĐ]{2,8}\s*[-–]\s*)?Thay mặt\s[^;]{3,200}?\s(?:đã\s+|vừa\s+)?(?:ký|ký ban hành)\s/u;

/**
 * (7x) "Nhiệm vụ của Bộ TNMT là chủ trì, phối hợp với Bộ NNPTNT, Bộ GTVT khẩn trương rà soát …", "Trách nhiệm của Sở Y tế là …":
 * the duty named with its body; the work follows "là".
 */
const DUTY_OF = /^(?:(?:Cụ thể|Theo đó|Trong đó|Đồng thời|Ngoài ra),\s*)?(?:[Nn]hiệm vụ|[Tt]rách nhiệm)\s+(?:(?:chính|cụ thể|trọng tâm|trước mắt)\s+)?của\s+([^,;:.]{3,100}?)\s+là\s*:?\s+(?=\p{Ll})/u;

/**
 * (7x) "Tổ giúp việc thứ nhất (gọi tắt là Tổ 1) do đồng chí Bùi Xuân Hòa, Phó Bí thư …, làm Tổ trưởng, có nhiệm vụ tham mưu cho
 * BCĐ …": a team or delegation named with the official who heads it, then its duty; the team leads the work from "có nhiệm vụ".
 * (The team is named by the sentence's shape, whatever the word for it: "Tổ", "Đoàn", "Nhóm", "Tiểu ban".)
 */
const HEADED_BY =
  /^((?:Tổ|Đoàn|Nhóm|Tiểu ban|Ban|Hội đồng)\s[^,;:()]{2,80}?)\s*(?:\((?:sau đây\s+)?(?:gọi tắt|viết tắt)[^()]{0,40}\)\s*)?do\s+(?:đồng chí|ông|bà|đ\/c)\s[^;]{3,250}?\s+làm\s+(?:Tổ trưởng|Trưởng đoàn|Trưởng nhóm|Trưởng ban|Trưởng Ban|Trưởng tiểu ban|Chủ tịch(?: Hội đồng)?)\s*,?\s+(?=có\s+(?:nhiệm vụ|trách nhiệm)\s+\p{Ll})/u;

/** Lead and coordinators of one clause, or null when it assigns nothing. */
/**
 * "Giám sát chặt chẽ ca bệnh, côn trùng trung gian truyền bệnh … là yêu cầu vừa được UBND TP.HCM đưa ra cho Sở Y tế thành phố
 * trong công tác …": the work told first, then who gave it to whom; the body after "cho" / "đối với" (group 4) leads the work
 * (group 1) when a body gave it (group 2 or 3).
 */
const GIVEN_TO = /^(\p{Lu}.{19,300}?)\s+là\s+(?:(?:yêu cầu|nhiệm vụ|chỉ đạo)\s+(?:(?:vừa|mới|đã)\s+)?được\s+([^;:]{2,80}?)\s+(?:đưa ra|đặt ra|đề ra|giao)|(?:yêu cầu|chỉ đạo)\s+(?:(?:vừa|mới|đã)\s+)?của\s+([^;:]{2,80}?))\s+(?:cho|đối với)\s+((?:[^.;:,]|\.(?=\p{Lu})){3,80}?)(?=\s+(?:trong|nhằm|về|tại|khi|để)(?![\p{L}])|\s*[.;:,]|$)/u;

/**
 * "Kế hoạch này được triển khai tới UBKT các đảng ủy trực thuộc Đảng ủy Khối để triển khai các hoạt động phù hợp …" (ubkttw.vn):
 * the document is passed down to bodies to carry out; those bodies (group 1) lead the work, the sentence is their task.
 */
const PASSED_DOWN = /^(?:Kế hoạch|Chỉ thị|Nghị quyết|Kết luận|Hướng dẫn|Chương trình|Công văn|Văn bản|Thông tri)(?:\s+này)?\s+(?:sẽ\s+)?được\s+(?:triển khai|gửi|phổ biến|quán triệt)\s+(?:tới|đến|cho)\s+([^.;:]{3,120}?)\s+(?:để|nhằm)\s+(?=\p{Ll})/u;

function assignmentOf(clause: string): { from: number; lead: string[]; coordinators: string[]; end?: number } | null {
  if (SIGNED_FOR.test(clause)) return null;
  const passed = PASSED_DOWN.exec(clause);
  if (passed && opensAgency(passed[1])) {
    const lead = splitAgencies(passed[1]);
    if (lead.length) return { from: 0, lead, coordinators: [] };
  }
  const given = GIVEN_TO.exec(clause);
  if (given && opensAgency(given[2] ?? given[3]) && opensAgency(given[4]) && !opensAgency(given[1])) {
    const lead = splitAgencies(given[4]);
    if (lead.length) return { from: 0, lead, coordinators: inlineAssignment(given[1]).coordinators, end: given[1].length };
  }
  const headed = HEADED_BY.exec(clause);
  if (headed) return { from: headed[0].length, lead: [headed[1].trim()], coordinators: inlineAssignment(clause.slice(headed[0].length)).coordinators };
  const duty = DUTY_OF.exec(clause);
  if (duty && opensAgency(duty[1]) && !NOT_A_NAME.test(duty[1])) {
    const lead = splitAgencies(duty[1]);
    if (lead.length) return { from: duty[0].length, lead, coordinators: inlineAssignment(clause.slice(duty[0].length)).coordinators };
  }
  // ("Về nguồn vốn thực hiện Dự án, Bộ Kế hoạch và Đầu tư được giao nhiệm vụ …": what the task is about first.)
  const topic = /^(?:Đối với|Về)\s[^,;]{3,80},\s*/u.exec(clause)?.[0].length ?? 0;
  const passive = PASSIVE.exec(clause.slice(topic));
  // (7p) "Các Sở, ngành cấp tỉnh căn cứ chức năng, nhiệm vụ được giao rà soát …": the duties given them, no passive assignment.
  if (passive && opensAgency(passive[1]) && !/(?:nhiệm vụ|quyền hạn|chức năng)$/u.test(passive[1])) {
    const lead = splitAgencies(passive[1]);
    return lead.length ? { from: 0, lead, coordinators: inlineAssignment(clause.slice(topic + passive[0].length)).coordinators } : null;
  }
  const candidates: number[] = [];
  for (const m of clause.matchAll(ASSIGNING)) candidates.push((m.index ?? 0) + m[0].length);
  // A clause that opens with the agency: "Sở Y tế có trách nhiệm …", or with a connective first: "Cụ thể, Ban Bí thư …".
  const speaks = DOCUMENT_SPEAKS.exec(clause)?.[0] ?? '';
  const said = clause.slice(speaks.length);
  const connective = speaks + (CONNECTIVE.exec(said)?.[0] ?? frontedClause(said));
  candidates.push(connective.length);
  // "Đối với các Đề án đã trình, …", "Về nguồn vốn thực hiện Dự án, …" say what the task is about: it stays in the task's text.
  const about = /^(?:Đối với|Về)\s/u.test(connective) ? connective.length : -1;
  // "1- Tất cả các cơ quan, đơn vị, … thực hiện treo cờ …": the item's number opens the clause too.
  const item = (ITEM_NUMBER.exec(clause) ?? ITEM_LETTER.exec(clause))?.[0].length ?? 0;
  if (item && !candidates.includes(item)) candidates.push(item);
  // "Sở GTVT chỉ đạo lực lượng thanh tra phối hợp …", "Chủ tịch UBND các huyện … có trách nhiệm chỉ đạo UBND các xã …": a
  // subject that is no assigner leads the work it directs; "UBND tỉnh chỉ đạo các sở …" hands it to the sở.
  const subject = OPENS_WITH_ASSIGNING.test(clause) ? null : assignmentFrom(clause, [connective.length]);
  // ("Sở Giáo dục và Đào tạo: Chỉ đạo các trường học …": the subject named before a colon, the same.)
  const colon = ASSIGNEE_COLON.exec(clause.slice(connective.length))?.[0].length ?? -1;
  if (subject && (subject.from === connective.length || subject.from === connective.length + colon) && !subject.lead.some(isAssigner) && !ASSIGNS_NEXT.test(clause.slice(connective.length).replace(WHEN_FIRST, '').slice(subject.lead.join(', ').length))) {
    return subject.from === about ? { ...subject, from: 0 } : subject;
  }
  const found = assignmentFrom(clause, candidates);
  return found && found.from === about ? { ...found, from: 0 } : found;
}

/**
 * The bodies that hand out work rather than do it, when they direct others: the Party's and the Government's leaders,
 * a province's or district's committee and its chairman ("UBND tỉnh chỉ đạo các sở …"); a collective ("các …") never.
 */
const ASSIGNER =
  /^(?:Thủ tướng|Phó Thủ tướng|Chính phủ|Bộ Chính trị|Ban Bí thư|Ban Chấp hành Trung ương|Tổng Bí thư|Chủ tịch nước|Bộ trưởng$|Ban Thường vụ (?:Tỉnh|Thành|Huyện|Quận|Thị) [ủu]y|Thường trực (?:Tỉnh|Thành|Huyện|Quận|Thị) [ủu]y|(?:Tỉnh|Thành|Huyện|Quận|Thị) [ủu]y(?:\s+\p{Lu}.*)?$|(?:(?:Phó )?Chủ tịch\s+)?(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)\s+(?:tỉnh|thành phố|huyện|quận|thị xã)(?:\s+\p{Lu}.*)?$)/u;
const isAssigner = (name: string) => ASSIGNER.test(name.trim());
/** The subject's words after its name: an assigning verb ("… yêu cầu", "… giao", "… đề nghị") hands the work on. */
const ASSIGNS_NEXT = /^[^\p{L}]*(?:(?:cũng|đã|vừa|tiếp tục|đồng thời)\s+)*(?:yêu cầu|giao|đề nghị|phân công)(?![\p{L}])/u;

/**
 * "Trong trường hợp do quy mô dân số thay đổi, …, cần điều chỉnh …, UBND các huyện, thị xã, thành phố báo cáo UBND tỉnh": a
 * condition or purpose fronted, commas and all, before the subject; it ends at the comma after which a body is named
 * (also what the work follows: "Theo Kế hoạch của Ban Chỉ đạo Trung ương, các bộ, ngành có trách nhiệm …").
 */
const FRONTED_CLAUSE = /^(?:Trong trường hợp|Trường hợp|Nếu|Khi|Sau khi|Trước khi|Để|Căn cứ|Trên cơ sở|Theo(?!\s+(?:đó|đề nghị)(?![\p{L}])))\s/u;
function frontedClause(clause: string): string {
  if (!FRONTED_CLAUSE.test(clause)) return '';
  for (const m of clause.slice(0, 300).matchAll(/,\s*(?=\p{Lu}|các\s)/gu)) {
    const at = (m.index ?? 0) + m[0].length;
    if (opensAgency(clause.slice(at))) return clause.slice(0, at);
  }
  return '';
}

/** Party bodies a news sentence writes in lower case as addressees: "giao ban thường vụ các tỉnh ủy, thành ủy, …". */
const PARTY_ADDRESSEES = /^(?:ban thường vụ|ban chấp hành)\s+(?:các\s+)?(?:tỉnh|thành|huyện|quận|đảng)\s*(?:ủy|uỷ)/u;

/** "từ ngày 30/4/2020 đến hết ngày 03/5/2020, các Đơn vị …": a time adverbial before the addressees (kept in the task). */
// (… and "chỉ đạo, trước mắt, UBND tỉnh Quảng Nam chủ động …".)
const WHEN_FIRST = /^(?:(?:từ|trong|trước|đến)\s+(?:ngày|tháng|thời gian)\s[^,;]{2,60}|trước mắt),\s*(?=các\s|\p{Lu})/u;

/**
 * (7x) "… yêu cầu sau khi kết thúc Đại hội các đơn vị hoàn chỉnh báo cáo …": an event the work follows, before the addressees and
 * with no comma after it; the addressees are the first collective after it ("các …"). The event stays in the task.
 */
const AFTER_EVENT = /^(?:sau khi|trước khi|ngay sau khi|khi)\s/u;
function withoutEvent(rest: string): string {
  if (!AFTER_EVENT.test(rest)) return rest;
  for (const m of rest.slice(0, 120).matchAll(/(?:,\s*|\s)(?=các\s)/gu)) {
    const at = (m.index ?? 0) + m[0].length;
    if (opensAgency(rest.slice(at))) return rest.slice(at);
  }
  return rest;
}

const ADDRESSED_BY_VERB = /(?:yêu cầu|giao|đề nghị|chỉ đạo)\s+$/u;
const PROVINCE_ADDRESSED = /^((?:tỉnh|thành phố)(?:\s+\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,2})?)(?=\s+(?:cần|phải|có|khẩn trương|chủ động|tập trung|tiếp tục|sớm|nghiên cứu|xây dựng|rà soát|báo cáo|chỉ đạo|triển khai|thực hiện|chủ trì|quan tâm|đẩy mạnh|tăng cường)(?![\p{L}]))/u;
function assignmentFrom(clause: string, candidates: readonly number[]): { from: number; lead: string[]; coordinators: string[] } | null {
  for (const from of candidates) {
    const rest = withoutEvent(clause.slice(from).replace(WHEN_FIRST, ''));
    const colon = ASSIGNEE_COLON.exec(rest);
    // ("Bộ trưởng các Bộ: Quốc phòng, Công an, …": the colon opens the list of ministries, ../ministry-lists.ts.)
    if (colon && opensAgency(colon[1]) && !NOT_A_NAME.test(colon[1]) && !/[Cc]ác\s+[Bb]ộ$/u.test(colon[1])) {
      // "các cấp uỷ, tổ chức đảng trên cơ sở kết quả Đại hội …: Khẩn trương …": the name ends before the adverbial.
      const named = splitAgencies(colon[1].split(/\s(?=(?:trên cơ sở|theo (?:thẩm quyền|chức năng))(?![\p{L}]))/u)[0]);
      if (named.length) return { from: from + colon[0].length, lead: named, coordinators: inlineAssignment(rest.slice(colon[0].length)).coordinators };
    }
    // "UBND tỉnh ban hành Kế hoạch số …" says who issued the document: no task, unless it says whom the document was sent
    // to and what it asks of them ("Bộ Y tế vừa có văn bản gửi … đề nghị tăng cường …").
    if (enacts(rest)) {
      const to = sentTo(rest);
      return to ? { ...to, from: from + to.from } : null;
    }
    // "…, Bộ trưởng Bộ Công an vừa có văn bản gửi Bộ trưởng, Thủ trưởng các bộ, ngành, cơ quan trung ương; Bí thư tỉnh ủy, thành
    // ủy và Chủ tịch UBND các tỉnh, thành phố phối hợp chỉ đạo …": no request verb; the addressees, listed with ";", go on
    // to what they all do.
    const sent = enacts(sentOpening(rest)) ? SENT_TO.exec(rest) : null;
    const after = sent ? rest.slice((sent.index ?? 0) + sent[0].length) : '';
    const listedTo = sent && !SENT_REQUEST.test(after) ? addresseeList(after) : null;
    if (listedTo) return { from: from + (sent!.index ?? 0) + sent![0].length, ...listedTo };
    const { lead, coordinators } = inlineAssignment(rest);
    if (lead.length && !lead.some((n) => NOT_A_NAME.test(n))) return { from, lead: lead.map(withoutPublic), coordinators };
    // "Tất cả các cơ quan, đơn vị, …" (every one of them), "ban thường vụ các tỉnh ủy, thành ủy, …" (a Party body in lower
    // case): read as the collective or the body they name, and named as written.
    const every = /^(Tất cả|tất cả)\s+(?=các\s)/u.exec(rest)?.[0] ?? '';
    const lower = !every && PARTY_ADDRESSEES.test(rest);
    if (every || lower) {
      const named = inlineAssignment(lower ? rest.charAt(0).toUpperCase() + rest.slice(1) : rest.slice(every.length));
      const names = named.lead.map((n, i) => (i === 0 ? (every ? `${every}${n}` : lower ? rest.charAt(0) + n.slice(1) : n) : n));
      if (names.length && !names.some((n) => NOT_A_NAME.test(n))) return { from, lead: names, coordinators: named.coordinators };
    }
    const listed = addresseeList(rest);
    if (listed) return { from, ...listed };
    // "Thủ tướng chỉ đạo tỉnh Bạc Liêu cần phát triển …", "Thủ tướng đề nghị tỉnh có báo cáo đề xuất …": a central head
    // addressing a province by its name (or as "tỉnh", the one the page is about), right after the verb.
    const province = ADDRESSED_BY_VERB.test(clause.slice(0, from)) ? PROVINCE_ADDRESSED.exec(rest) : null;
    if (province) return { from, lead: [province[1]], coordinators: inlineAssignment(rest).coordinators };
  }
  return null;
}

/**
 * "Bộ Y tế vừa có văn bản gửi Uỷ ban nhân dân các tỉnh, thành phố trực thuộc Trung ương đề nghị tăng cường …", "… có công văn
 * gửi tới các Bộ, ngành, đơn vị gồm Bộ Công an, Bộ Tài chính, … đề nghị tăng cường …": a document sent to addressees with a
 * request asks those addressees to do the work (a request naming its own addressees, "… đề nghị các địa phương chủ động …",
 * is read as such). The task opens at the addressees.
 */
const SENT_TO = /\sgửi(?:\s+(?:tới|đến|cho))?\s+(?=\S)/u;
const SENT_REQUEST = /,?\s+(?:đề nghị|yêu cầu)\s+(?=["“]?\p{Ll})/u;
function sentTo(rest: string): { from: number; lead: string[]; coordinators: string[] } | null {
  const sent = SENT_TO.exec(rest);
  if (!sent) return null;
  const at = (sent.index ?? 0) + sent[0].length;
  const after = rest.slice(at);
  const request = SENT_REQUEST.exec(after);
  if (!request || request.index > 400 || opensAgency(after.slice(request.index + request[0].length))) return null;
  // ("các Bộ, ngành, đơn vị gồm Bộ Công an, …": the collective announces the bodies it lists.)
  const addressees = after.slice(0, request.index).replace(/^[^:;]{0,60}?\sgồm:?\s+/u, '');
  if (!opensAgency(addressees) || /[.!?]\s/u.test(addressees)) return null;
  const lead = splitAgencies(addressees);
  return lead.length && !lead.some((n) => NOT_A_NAME.test(n)) ? { from: at + after.indexOf(addressees), lead, coordinators: [] } : null;
}

/** "… người đứng đầu các cơ quan, đơn vị và toàn thể Nhân dân": the public is addressed too, but is no agency. */
const withoutPublic = (name: string) => name.replace(/\s+và\s+(?:toàn thể\s+)?(?:Nhân dân|nhân dân|người dân)$/u, '');

/**
 * "… yêu cầu các thành viên Ban chỉ đạo …; Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện, …; Chủ tịch
 * UBND các xã, …; người đứng đầu các cơ quan, đơn vị … thực hiện quyết liệt …": addressees listed with ";", the
 * last one followed by what they all do. Too long for one name, each piece is one.
 */
function addresseeList(rest: string): { lead: string[]; coordinators: string[] } | null {
  const pieces = rest.split(/;\s*/u);
  if (pieces.length < 2 || !pieces.every((p) => opensAgency(p.trim()))) return null;
  const last = inlineAssignment(pieces[pieces.length - 1]);
  if (!last.lead.length) return null;
  const lead = [...pieces.slice(0, -1).flatMap((p) => splitAgencies(p)), ...last.lead].map(withoutPublic);
  return lead.some((n) => NOT_A_NAME.test(n) || n.length > 120) ? null : { lead, coordinators: last.coordinators };
}

/**
 * Sentences and ";"-clauses of a paragraph, where a ";" that only separates the addressees ("chỉ đạo các sở,
 * ban, ngành thuộc tỉnh; UBND các huyện, thành phố tăng cường …") does not end the clause.
 */
/** The clause a document is sent in, from the subject before "gửi" (the last comma-piece before it) on. */
function sentOpening(text: string): string {
  const sent = SENT_TO.exec(text);
  if (!sent) return text;
  const head = text.slice(0, sent.index);
  return text.slice(head.lastIndexOf(', ') + 1).trimStart();
}

function clausesOf(text: string): { at: number; text: string }[] {
  const out: { at: number; text: string }[] = [];
  let pos = 0;
  // "…, trong khi Sở KH-CN chủ trì …" / "…; đồng thời Sở Y tế …" open a second assignment in one sentence.
  // ("Phó Thủ tướng yêu cầu các bộ, ngành phải đảm bảo …, yêu cầu Bộ Công Thương và EVN đôn đốc …": the verb again, a new one.)
  for (const split of text.split(/(?<=[.;…!?])\s+|,\s+(?=(?:trong khi|đồng thời)\s+\p{Lu})|,\s+(?=(?:yêu cầu|giao)\s+(?:Bộ|Sở|Ban|UBND|Ủy ban|Công an)\s)/u)) {
    // ("“Sở Nông nghiệp và PTNT phối hợp với … tập trung chỉ đạo …”. Đó là chỉ đạo của UBND tỉnh …": a direction quoted, then its
    // source; the quote marks are no part of the clause.)
    const connective = /^(?:(?:trong khi|đồng thời)\s+|“\s*(?=\p{Lu}))/u.exec(split)?.[0] ?? '';
    const at = text.indexOf(split, pos) + connective.length;
    const piece = split.slice(connective.length);
    pos = at + piece.length;
    const prev = out[out.length - 1];
    const addressees = prev && prev.text.endsWith(';') ? [...prev.text.matchAll(ASSIGNING)].pop() : undefined;
    const tail = addressees ? prev.text.slice((addressees.index ?? 0) + addressees[0].length, -1) : '';
    // "Bộ trưởng các Bộ: Quốc phòng, …, Y tế; Bí thư, Chủ tịch UBND các tỉnh … tiếp tục …": a clause that only names
    // addressees goes on with the next one, which names more and says what they all do.
    const named = prev && !tail && prev.text.endsWith(';') ? prev.text.slice(0, -1) : '';
    const onlyNames = !!named && opensAgency(named) && !ASSIGNS.test(named) && !inlineAssignment(named).lead.length;
    // ("Bộ Y tế vừa có văn bản gửi Giám đốc Sở Y tế …; Giám đốc các Bệnh viện …; Thủ trưởng Y tế các Bộ, ngành đề nghị …": the
    // addressees of a document sent, listed with ";", go on to the request.)
    // (… also after a subject the sentence introduces with commas: "Ngày 13/8, …, Đại tướng Lương Tam Quang, Ủy viên Bộ Chính
    // trị, Bộ trưởng Bộ Công an vừa có văn bản gửi Bộ trưởng, …; Bí thư tỉnh ủy, … phối hợp chỉ đạo …".)
    const sent = prev && prev.text.endsWith(';') && enacts(sentOpening(prev.text)) ? SENT_TO.exec(prev.text) : null;
    const sentOn = !!sent && opensAgency(prev.text.slice((sent.index ?? 0) + sent[0].length)) && !SENT_REQUEST.test(prev.text.slice((sent.index ?? 0) + sent[0].length));
    if (prev && ((tail && opensAgency(tail) && !inlineAssignment(tail).lead.length) || onlyNames || sentOn) && opensAgency(piece)) prev.text = text.slice(prev.at, at + piece.length);
    else out.push({ at, text: piece });
  }
  return out;
}

/** "Các Sở: Tài nguyên và Môi trường, Xây dựng, …" → "Sở Tài nguyên và Môi trường, Sở Xây dựng, …" (bodies listed by short name). */
function expandListed(names: string): string {
  return names.replace(/^(?:Các|các)\s+(Sở|Ban|Cục|Chi cục)\s*:\s*([^;]+)/u, (_, kind: string, list: string) => list.split(/,\s*/u).map((n) => `${kind} ${n.trim()}`).join(', ')).replace(/;\s*/gu, ', ');
}

/**
 * "Chủ tịch UBND tỉnh yêu cầu: Các Sở: Tài nguyên và Môi trường, Xây dựng, …; Công an tỉnh, … và UBND các huyện, thành phố
 * theo chức năng nhiệm vụ:", "… Ban Bí thư yêu cầu các cấp ủy, tổ chức đảng, … tập trung … thực hiện tốt một số công tác sau:":
 * a paragraph closing with a colon after the bodies directed; they lead the paragraphs of what to do after it.
 */
function addresseesHead(text: string): string | null {
  if (!/:\s*$/u.test(text)) return null;
  // (The first verb directing bodies: "… yêu cầu các cấp ủy, … tập trung lãnh đạo, chỉ đạo và tổ chức …" is the cấp ủy's.)
  const verb = [...text.matchAll(ASSIGNING)].find((v) => opensAgency(text.slice((v.index ?? 0) + v[0].length)));
  if (!verb) return null;
  const rest = text.slice((verb.index ?? 0) + verb[0].length).replace(/\s*:\s*$/u, '').replace(/,?\s+theo (?:chức năng|thẩm quyền)[^:;]*$/u, '');
  if (/[.!?]\s/u.test(rest)) return null;
  const names = expandListed(rest);
  const { lead } = inlineAssignment(names);
  // With a verb after the names, the head must close as a list's head does ("… thực hiện tốt một số công tác sau:"); one
  // that goes on saying what to do ("… tiếp tục đề cao trách nhiệm …, như sau:") is read as the sentence it is.
  if (lead.length) return lead.some((n) => NOT_A_NAME.test(n)) || !LIST_TAIL.test(text) ? null : lead.join(', ');
  // No verb after the names ("… theo chức năng nhiệm vụ:"): the whole phrase names them, when it is short enough to.
  return names.length <= 300 && !NOT_A_NAME.test(names) && splitAgencies(names).length ? names : null;
}

/** What closes a list's head: "(tập trung) (triển khai) thực hiện (tốt) một số công tác sau", "tập trung những nội dung trọng tâm sau". */
// ("… thực hiện nhiệm vụ và giải pháp như sau:": the kind of work named with no "các" before it.)
const LIST_TAIL = /(?:,\s*)?(?:(?:tập trung|tiếp tục|khẩn trương|chủ động)\s+)?(?:(?:lãnh đạo, chỉ đạo(?:\s+và)?\s+)?(?:tổ chức\s+)?(?:triển khai\s+)?thực hiện(?:\s+tốt)?\s+)?(?:(?:một số|các|những)\s|(?=(?:nhiệm vụ|giải pháp|biện pháp|nội dung|công việc)(?![\p{L}])))[^,;:]{0,60}?\s*:\s*$/u;

function headTask(text: string, unit: string): { text: string; at: number; lead: string[]; coordinators: string[] } | null {
  const verb = [...text.matchAll(ASSIGNING)].find((v) => opensAgency(text.slice((v.index ?? 0) + v[0].length)));
  const tail = LIST_TAIL.exec(text);
  if (!verb || !tail) return null;
  const at = (verb.index ?? 0) + verb[0].length;
  const body = text.slice(at, tail.index).trim();
  const names = splitAgencies(unit);
  const last = names[names.length - 1] ?? '';
  const namesEnd = last ? body.indexOf(last) + last.length : 0;
  if (namesEnd <= 0 || body.length - namesEnd < 60) return null;
  return { text: body, at, lead: names, coordinators: [] };
}

/** A sentence that opens with what to do: it goes on with the addressees of the sentence before. */
// ("Thủ tướng giao Ngân hàng Nhà nước Việt Nam chủ trì, … . Điều hành lãi suất, tín dụng phù hợp …": the bank's too.)
// (7a) "Quán triệt, giáo dục cán bộ …", "Lãnh đạo, chỉ đạo việc bố trí …": a pair of verbs, the first before a comma ("Đồng thời,
// tổ chức vận động …" goes on too; "Đồng thời, Phó Thủ tướng chỉ đạo …" names who speaks).
const CONTINUES = /^(?:Đồng thời(?:\s|,\s(?=\p{Ll}))|(?:Tiếp tục|Tăng cường|Đẩy mạnh|Chủ động|Tập trung|Thực hiện|Triển khai|Rà soát|Kiểm tra|Đảm bảo|Bảo đảm|Nâng cao|Quán triệt|Khẩn trương|Kịp thời|Điều hành|Hướng dẫn|Theo dõi|Xây dựng|Phối hợp|Chỉ đạo|Tuyên truyền|Xử lý|Đôn đốc|Đẩy nhanh|Xác định|Nghiên cứu|Hoàn thành|Bố trí|Lãnh đạo|Tham mưu|Chuẩn bị|Tạm dừng|Tạm ngừng|Nghiêm cấm|Khắc phục|Chấn chỉnh|Siết chặt|Kiện toàn|Củng cố|Huy động|Phát huy|Đề cao|Nắm chắc|Ưu tiên|Kiểm soát|Tích cực|Thường xuyên|Tổ chức(?!\s+(?:đảng|Đảng)))(?:\s|,\s))/u;

/** "Đồng thời chỉ đạo các …", "Tiếp tục khẩn trương chỉ đạo các …": directing others, with no subject; group 1 is the connective. */
const DIRECTS_AGAIN = /^((?:[Đđ]ồng thời,?\s+)?)(?:(?:[Tt]iếp tục|[Kk]hẩn trương|[Tt]ăng cường|[Tt]hường xuyên)\s+)*(?:chỉ đạo|Chỉ đạo)\s+(?=\p{Lu}|các\s|toàn\s)/u;
/** Whether a task's lead directs others in it: "UBND các huyện, thành phố chỉ đạo các đơn vị …". */
function directs(t: RawTask): boolean {
  // ("…; chỉ đạo hệ thống y tế dự phòng triển khai …": a task that opens by directing.)
  if (DIRECTS_AGAIN.test(t.text)) return true;
  const last = t.leadRaw[t.leadRaw.length - 1];
  const at = last ? t.text.indexOf(last) : -1;
  return at >= 0 && /^\s*(?:(?:có trách nhiệm|tiếp tục|khẩn trương|chủ động|nghiêm túc|tập trung|quyết liệt)\s+)*chỉ đạo\s/u.test(t.text.slice(at + last.length));
}
/** "định kỳ 6 tháng báo cáo Bộ Chính trị", "hằng năm báo cáo kết quả …": a clause that only says how often the work is reported. */
const PERIODIC_REPORT = /^(?:định kỳ(?:\s+(?:6|sáu)\s+tháng|\s+(?:hằng|hàng)\s+(?:năm|quý|tháng)|\s+(?:quý|năm))?|(?:hằng|hàng)\s+(?:năm|quý|tháng))(?:\s+(?:một|1)\s+lần)?,?\s+(?:sơ kết,?\s+|tổng kết,?\s+|đánh giá,?\s+)*báo cáo(?![\p{L}])/u;
/** "hoàn thành trước ngày …", "hoàn thành trong tháng 12/2025": a clause that only gives the deadline of the one before. */
const DUE_ONLY = /^hoàn thành(?:\s+(?:xong|chậm nhất))?\s+(?:trước|trong|vào|chậm nhất)\s/u;

/** (7a) The addressees an announcing sentence names, carried to the tasks after it (it is no task itself). */
const announcing = (lead: readonly string[]): RawTask => ({
  section: null, ordinal: null, text: '', leadRaw: [...lead], coordinatorsRaw: [], outputRaw: null, deadlineRaw: null, cites: [], source: 'BODY',
  span: { startLine: 0, endLine: 0, startOffset: 0, endOffset: 0 },
});
/** (7a) "Trong đó, quan trọng nhất là thực hiện thật tốt …", "Quan tâm chăm lo …": what to do, after a word on its weight. */
// ("Trong đó, nhiệm vụ đầu tiên là thực hiện tốt …": the first of the tasks announced.)
const WEIGHED = /^(?:(?:Trong đó|Trước hết|Đặc biệt),\s*)?(?:quan trọng nhất là|trước hết là|trọng tâm là|nhất là|nhiệm vụ (?:đầu tiên|thứ nhất|thứ hai|thứ ba|tiếp theo|trọng tâm|quan trọng nhất|hàng đầu) là)\s+/iu;
// (Both alternatives anchored: a verb inside the clause, "hàng hóa không … đảm bảo …", does not open it.)
const CONTINUES_ANY_CASE = new RegExp(String.raw`^(?:(?:Quan tâm|Chăm lo)\s|${CONTINUES.source.slice(1)})`, 'iu');
// (7x) "Đồng thời cũng yêu cầu các đồng chí Ủy viên …": a sentence that directs again names addressees of its own.
const DIRECTS_ANEW = /^Đồng thời,?\s+(?:(?:cũng|còn)\s+)?(?:yêu cầu|đề nghị)\s+(?=các\s|\p{Lu})/u;
/** "Cùng với đó, huy động tối đa lực lượng …", "Bên cạnh đó, tăng cường …": a connective, then the work in lower case. */
const ALONG_WITH = /^(?:Cùng với đó|Cùng đó|Bên cạnh đó|Ngoài ra|Song song với đó),\s+(?=\p{Ll})/u;
/**
 * "… tổ chức thực hiện tốt một số nhiệm vụ trọng tâm. Cụ thể, tăng cường đoàn kết …", "… yêu cầu Tổ biên tập tiếp tục bám sát …
 * Trong đó, tập trung làm rõ …", "Theo đó, xác định việc …": a connective that spells out the work, then the work in lower case with
 * no subject of its own: it goes on with the addressees of the sentence before.
 */
const SPELLS_OUT = /^(?:Cụ thể|Trong đó|Theo đó|Trước hết|Trước mắt),\s+(?=\p{Ll})/u;
/**
 * "Trước mắt cần thực hiện một số nhiệm vụ trọng tâm như: Tuyên truyền …; chuẩn bị tốt …; xây dựng kế hoạch …", "Trong đó, một
 * số nhiệm vụ nổi bật như: Chỉ đạo, hướng dẫn …; tổ chức phát động …": the work announced and listed after a colon in one sentence;
 * the announcement is no part of the first item.
 */
const LISTED_INLINE =
  /^(?:(?:Trước mắt|Trước hết|Trong đó|Cụ thể),?\s+)?(?:(?:cần|phải)\s+)?(?:(?:tập trung|tiếp tục)\s+)?(?:(?:chỉ đạo\s+)?(?:triển khai\s+)?thực hiện(?:\s+tốt)?\s+)?(?:một số|các|những)\s+(?:nhiệm vụ|nội dung|giải pháp|công việc)(?:\s+(?:trọng tâm|chủ yếu|cụ thể|cấp bách|trọng điểm|nổi bật|quan trọng|sau(?: đây)?))*\s*(?:như|gồm|là)?\s*:\s*(?=\p{L})/iu;
/** The lead-in of a sentence that goes on with the addressees before it (`SPELLS_OUT`, `LISTED_INLINE`), or null. */
function goesOnAfter(body: string, announced: boolean): number | null {
  const listed = LISTED_INLINE.exec(body);
  if (listed) return listed[0].length;
  // ("Trong đó, quan trọng nhất là thực hiện …" weighs the work: read as it is, `WEIGHED`.)
  const spelled = WEIGHED.test(body) ? null : SPELLS_OUT.exec(body);
  if (!spelled) return null;
  const rest = body.slice(spelled[0].length);
  // (After a sentence announcing tasks any work in lower case is one of them; after a task, one opening with what to do.)
  return !opensAgency(rest) && (announced || CONTINUES_ANY_CASE.test(rest)) ? spelled[0].length : null;
}
const continues = (body: string) =>
  (CONTINUES.test(body) && !DIRECTS_ANEW.test(body)) || /^(?:Quan tâm|Chăm lo)\s/u.test(body) || (WEIGHED.test(body) && CONTINUES_ANY_CASE.test(body.replace(WEIGHED, ''))) || (ALONG_WITH.test(body) && CONTINUES_ANY_CASE.test(body.replace(ALONG_WITH, '')));
/** "… thực hiện tốt một số nhiệm vụ trọng tâm." / "… các nội dung sau.": a sentence announcing the tasks after it. */
const ANNOUNCES_TASKS = /(?:một số|các|những|\d{1,2}(?:\s+nhóm)?)\s+(?:nhiệm vụ|nội dung|giải pháp)(?:\s+(?:trọng tâm|chủ yếu|cụ thể|cấp bách|sau(?: đây)?))+$/u;

/**
 * A news page's sub-headline or photo caption: a line of its own (a blank line after it) that ends with no
 * sentence punctuation and is no list item ("Các ban đảng, …; các Đảng ủy … chuẩn bị báo cáo trình Hội nghị
 * Trung ương vào tháng 2-2025"), or that credits a picture ("… (Ảnh minh họa - nguồn internet)"). It announces
 * or illustrates what the article says; the article's own sentences are read instead.
 */
function isHeadlineOrCaption(l: NormalisedLine, next: NormalisedLine | undefined): boolean {
  const t = l.text.trim();
  if (/\((?:Ảnh|ảnh)(?:\s|:)[^)]*\)$|^(?:Ảnh|Nguồn ảnh)\s*:/u.test(t)) return true;
  // (7x) "… Phiên họp thứ nhất Ban Chỉ đạo …, ngày 30/11/2024. Ảnh: VGP |": the credit closing a photo's caption.
  if (/[.!?…]["”]?\s+(?:Ảnh|Nguồn ảnh)\s*:\s*[^.:;|]{1,60}?(?:\s*\|)?$/u.test(t)) return true;
  // A blank line after it: kept as an empty line, or a gap in the line numbers where blank lines were left out.
  const alone = next !== undefined && (!next.text.trim() || next.line > l.line + 1);
  return alone && t.length <= 300 && /^\p{Lu}/u.test(t) && !/^(?:[-–+•*]|\d{1,2}[.)]|[a-zđ]\))/u.test(t) && !/[.;:!?…]["”'’)]?$/u.test(t);
}

/** (7a) "Bộ này cũng chủ trì …": "this ministry" is the one the task before it named. */
function thisBody(lead: string[], before: RawTask | undefined): string[] {
  const self = lead.length === 1 ? /^(Bộ|Sở|Ban|Ủy ban|Uỷ ban) này$/u.exec(lead[0]) : null;
  const named = self && before?.leadRaw.length === 1 && before.leadRaw[0].startsWith(`${self[1]} `) ? before.leadRaw : null;
  return named ?? lead;
}

/**
 * A web page's paragraphs are separated by blank lines even where one does not end its sentence ("… Đề cương tuyên
 * truyền kỷ niệm … (19/5/1890- 19/5/2020)" / "" / "Các cơ quan Báo, Đài của tỉnh tập trung …"): a capitalised line
 * after a blank line opens a new paragraph (the blank lines were left out, their line numbers were not).
 */
function atBlankLines(para: readonly NormalisedLine[]): NormalisedLine[][] {
  const out: NormalisedLine[][] = [[]];
  for (const [i, l] of para.entries()) {
    // (… and after a line closing with a colon: "… theo chức năng nhiệm vụ:" / "Tiếp tục thực hiện nghiêm …".)
    // (… and a bullet after that colon: "… triển khai một số nội dung như sau:" / "- Tiếp nhận sách …".)
    if (i > 0 && (l.line > para[i - 1].line + 1 || /:\s*$/u.test(para[i - 1].text)) && (/^\s*\p{Lu}/u.test(l.text) || (/:\s*$/u.test(para[i - 1].text) && /^\s*[-–+•*]\s+\p{Lu}/u.test(l.text)))) out.push([]);
    out[out.length - 1].push(l);
  }
  return out;
}

/** A lead that reports what it did, is doing or was proposed for ("Sở Y tế đã …", "Chủ tịch xã được đề xuất …") is no assignee. */
const REPORTS = /\s(?:đã|đang|vừa|đều đã|mới|được)$/u;
/**
 * Words no body's name holds: a lead read too far ("Ban Chấp hành Đảng bộ huyện đề ra mục tiêu là", "UBND tỉnh vừa quyết định",
 * "Chính phủ về việc thành lập …", "Tỉnh ủy sẽ thành lập đoàn kiểm tra …"), or a word that only looks like a body's opening ("Báo
 * cáo thẩm tra số …", "Ban hành chính sách …", "Cơ quan quản lý chuyên ngành: …").
 */
const NOT_A_LEAD = /^(?:Báo cáo|Ban hành|Cơ quan|Đơn vị)$|^(?:Ban hành|Báo cáo)\s|\s(?:về việc|đến việc|đề ra|sẽ|là|mục tiêu|thành lập|tiến hành|gồm|vừa|đã|đang|quyết định)(?:\s|$)/u;
/**
 * What follows the lead when the sentence reports what a body said or decided, not what it is asked to do: "Ban Bí
 * thư tiếp tục nhấn mạnh …", "Bộ Chính trị đánh giá …", "Chính phủ điều chỉnh mục tiêu …".
 */
const SAYS = /^\s*(?:(?:cũng|tiếp tục|đã|còn|đồng thời|vừa)\s+)*(?:nhấn mạnh|khẳng định|cho biết|nêu rõ|lưu ý|cho rằng|đề ra|nhận định|chỉ rõ|chỉ ra|thông tin|điều chỉnh mục tiêu|ghi nhận|biểu dương|hoan nghênh|đánh giá(?:,|\s+(?:cao|rằng|thời gian|năm|trong))|(?:ký\s+)?ban hành\s+(?:Thông tư|Quyết định|Nghị quyết|Chỉ thị|Kế hoạch|Quy chế|Quy định|Chương trình))(?![\p{L}])/u;
/** "Văn phòng Chính phủ xin thông báo để các cơ quan biết, thực hiện": a letter's closing formula. */
const CLOSING = /\bxin (?:thông báo|trân trọng)|\bthông báo\s*(?:để|cho|tới|đến)\s[^.]{0,120}\bbiết\b|kèm theo (?:Quyết định|Nghị quyết|Chỉ thị|Kế hoạch|Thông tư) này|ban hành kèm theo/u;

/** Is the task's lead a body's name, asked to act? */
function assignsWork(t: RawTask): boolean {
  if (!t.leadRaw.length || t.leadRaw.some((n) => REPORTS.test(n) || NOT_A_LEAD.test(n) || n.length > 160) || CLOSING.test(t.text)) return false;
  const last = t.leadRaw[t.leadRaw.length - 1];
  const at = t.text.indexOf(last);
  return at < 0 || !SAYS.test(t.text.slice(at + last.length));
}

/**
 * `page`: the document's lines, where `lines` are only a run of it (./prose-assignments.ts): a list's head is its
 * addressees' task only where the page ends right after it.
 */
export function readRestatedTasks(lines: readonly NormalisedLine[], fromLine = 0, page: readonly NormalisedLine[] = lines): RawTask[] {
  const out: RawTask[] = [];
  // The headline and what precedes the intro only announce what follows; so do sub-headlines and captions.
  const read = lines.filter((l, i) => l.line >= fromLine && !isHeadlineOrCaption(l, lines[i + 1]));
  // "… yêu cầu tổ chức đảng, các đơn vị … tăng cường đoàn kết …" / "Tổ chức các hoạt động …": a paragraph opening with
  // what to do goes on with the addressees of the paragraph before.
  let previous: RawTask | null = null;
  // Tasks whose lead is the subject of their own sentence (see `directsAgain`).
  const ownSubject = new Set<RawTask>();
  // "… yêu cầu cấp uỷ các chi bộ trực thuộc thực hiện tốt một số nội dung … như sau:" / "Tập trung tuyên truyền 08 nội
  // dung …": the unit named before the colon leads the paragraph after it (its first sentence, and those opening with
  // what to do).
  let listUnit: string | null = null;
  // The body a "1. Giao Bộ Y tế:" line names, while its numbered items follow.
  let listLead: string[] | null = null;
  // The list after the colon may run over several paragraphs, each opening with what to do ("Tập trung rà soát …",
  // "Tiếp tục chủ động …", "1. Chủ động, …", "Tổ chức thăm hỏi …"): the unit leads them all, until one that does not.
  let listGoesOn: string | null = null;
  // Where the unit of the list was named (the paragraph before it), for its tasks' lead provenance.
  let listNamedAt: LeadSource | undefined;
  // The bullet the list's items open with, while they go on.
  let listBullet: string | null = null;
  // A list's head whose items the page never reaches (a copy cut right after "… đề nghị các bộ, … thực hiện các công việc
  // sau đây:", a section heading at most below it): the head is all the page says they must do, their task.
  let awaiting: RawTask | null = null;
  let itemsFollow = false;
  for (const para of splitParagraphs(read).flatMap(atBlankLines)) {
    const j = joinLines(para);
    if (awaiting && j.text.trim().length >= 40) itemsFollow = true;
    // ("a) Xây dựng …", "b) Kiểm soát …": lettered items go on too.)
    // (… and so does the next bullet of a list of bullets, whatever its verb: "- Tiếp nhận sách …" / "- Truy cập Cổng …".)
    // (A bullet that names its own subject, "- Các cấp ủy, tổ chức Đảng, người đứng đầu …", is read as its own sentence.)
    const bulleted = /^\s*([-–+•*])\s+(?=\p{Lu})/u.exec(j.text);
    const bullet = bulleted && !opensAgency(j.text.slice(bulleted[0].length)) ? bulleted[1] : null;
    if (!listUnit && listGoesOn && (CONTINUES.test(j.text.replace(ITEM_NUMBER, '').replace(/^\s*(?:[-–+•*]|[a-zđ]\))\s+/u, '')) || (bullet !== null && bullet === listBullet))) listUnit = listGoesOn;
    listGoesOn = null;
    listBullet = listUnit ? bullet : null;
    if (listUnit) {
      const unit: string = listUnit;
      listUnit = null;
      listGoesOn = unit;
      let pos = 0;
      for (const [k, piece] of j.text.split(/(?<=[.!?])\s+(?=\p{Lu})/u).entries()) {
        const bullet = /^\s*(?:[-–+•*]|[a-zđ]\))\s+/u.exec(piece)?.[0].length ?? 0;
        const at = j.text.indexOf(piece, pos) + bullet;
        pos = at + piece.length - bullet;
        const sentence = piece.slice(bullet).replace(/[.;]\s*$/u, '').trim();
        if (sentence.length < 25 || (k > 0 && !CONTINUES.test(sentence)) || opensAgency(sentence)) continue;
        const { underUnit, ...assigned } = assignmentUnder(unit, sentence);
        out.push(listedTask({ text: sentence, at, ...assigned, ...(underUnit && listNamedAt ? { leadFrom: listNamedAt } : {}) }, j));
      }
      continue;
    }
    listUnit = addresseesHead(j.text) ?? listHeadAtEnd(j.text);
    const named = listUnit ? j.text.indexOf(listUnit) : -1;
    listNamedAt = listUnit && named >= 0 ? { how: 'the paragraph before its list, which names the body', text: listUnit, span: j.spanOf(named, named + listUnit.length) } : undefined;
    // "… yêu cầu các cấp ủy, tổ chức đảng … tiếp tục lãnh đạo, chỉ đạo đồng bộ các giải pháp nâng cao chất lượng …, tập trung
    // những nội dung trọng tâm sau:": a head that says at length what to do is a task of the unit too.
    const own = listUnit ? headTask(j.text, listUnit) : null;
    if (own) out.push(listedTask(own, j));
    // (Its names as written start after the verb that addresses them: "… đề nghị các bộ, cơ quan, tổ chức ở trung ương và …".)
    const addressed = listUnit && !own && /:\s*$/u.test(j.text) ? [...j.text.matchAll(ASSIGNING)].find((v) => opensAgency(j.text.slice((v.index ?? 0) + v[0].length))) : undefined;
    const headAt = addressed ? (addressed.index ?? 0) + addressed[0].length : -1;
    if (headAt >= 0) {
      const text = j.text.slice(headAt).replace(/\s*:\s*$/u, '');
      const { lead, coordinators } = inlineAssignment(text);
      awaiting = listedTask({ text, at: headAt, lead: lead.length ? lead : splitAgencies(listUnit!), coordinators }, j);
      itemsFollow = false;
    }
    if (listUnit) continue;
    // "… giao Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương một số nhiệm vụ là: Chủ trì, … . Lãnh đạo, …":
    // the unit named once leads every sentence after the colon (../assigned-lists.ts).
    const listed = assignedList(j.text, j);
    if (listed.length) {
      for (const t of listed) out.push(listedTask(t, j));
      continue;
    }
    // "3. Tổ chức tốt việc lấy ý kiến …; giao Ban Tuyên giáo và Dân vận Trung ương chỉ đạo …": an imperative clause
    // naming no agency, then "giao X …" in the same sentence: the sentence is X's task from its first clause.
    let imperative: number | null = null;
    const inItem = ITEM_NUMBER.test(j.text);
    // "UBND tỉnh ban hành công văn số … gửi các sở, ngành …; UBND các huyện … về việc …": the addressees of the document
    // issued, in the ";"-clauses of that sentence, are no tasks.
    let enacting = false;
    for (const { at, text: clause } of clausesOf(j.text)) {
      const opening = clause.slice(CONNECTIVE.exec(clause)?.[0].length ?? 0).replace(/^(?:Ngày|Sáng|Chiều|Tối|Đêm|Trưa)\s+(?:ngày\s+)?[\d/.-]+\s*,\s*/u, '');
      // (A clause that directs of its own, "…; theo đó, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy …", is read.)
      const skip = enacting && !ASSIGNS.test(clause);
      // (One that goes on to direct, "… đã ban hành Công văn số 3053/UBND-KTN yêu cầu các đơn vị …; định kỳ hàng tháng …", says
      // what the document directs: its ";"-clauses go on with it.)
      enacting = (enacting || (enacts(opening) && !ASSIGNS.test(clause))) && /;\s*$/u.test(clause);
      if (skip) continue;
      // "Trước đó, ngày 14-11, Bộ Công an ban hành Điện số 481/ĐK-HT chỉ đạo công an các đơn vị, địa phương triển khai …": a
      // sentence recalling what came before tells an earlier document's direction, no task of this page.
      if (RECALLS_EARLIER.test(clause)) {
        previous = null;
        continue;
      }
      // "… yêu cầu các Bộ, ngành … thực hiện một số biện pháp sau đây:" opens a list: the items are the tasks.
      // (7a) "1. Giao Bộ Y tế:" alone on its line heads the numbered items after it: the body leads those naming none.
      if (/:\s*$/u.test(clause)) {
        const unit = UNIT_HEADING.exec(clause);
        listLead = unit && opensAgency(unit[1]) ? splitAgencies(unit[1]) : null;
        continue;
      }
      const body = clause.replace(/[.;,]\s*$/u, '');
      // (A sentence split after an item's number leaves the number alone: "1." then "Tiếp tục …".)
      // (A new item does not go on with the addressees of the item before it.)
      if (/^\d{1,2}[.)]?$/u.test(body.trim())) {
        previous = null;
        continue;
      }
      const number = ITEM_NUMBER.exec(clause)?.[0].length ?? 0;
      const listed = listLead && inItem && !opensAgency(body.slice(number)) ? { from: number, lead: listLead, coordinators: inlineAssignment(body.slice(number)).coordinators } : null;
      // "Theo đó, … yêu cầu các cấp ủy … tiếp tục chỉ đạo …. Tiếp tục thực hiện các phương án …": same addressees.
      // "UBND các huyện, thành phố chỉ đạo các đơn vị … . Đồng thời chỉ đạo các cơ quan chuyên môn … kiểm tra …": with no subject
      // of its own, the body that directed others in the sentence before directs again, and leads that work too.
      // (… and so does a body the sentence before named as its own subject: "Sở Y tế tham mưu …. Chỉ đạo các cơ sở y tế …".)
      // (… and the addressees of a sentence announcing their tasks: "… đề nghị Chủ tịch UBND các tỉnh … nghiêm túc chỉ đạo thực
      // hiện một số nội dung cấp bách. Tiếp tục khẩn trương chỉ đạo các cơ sở khám chữa bệnh …".)
      const directsAgain = previous && (directs(previous) || ownSubject.has(previous) || !previous.text) && !previous.leadRaw.some(isAssigner) ? DIRECTS_AGAIN.exec(body) : null;
      const own = directsAgain ? { from: directsAgain[1].length, lead: previous!.leadRaw, coordinators: [] } : assignmentOf(body);
      if (own || !inItem) listLead = null;
      // "… giao Sở Nông nghiệp và PTNT chủ trì, … tổ chức triển khai …; chủ động tham mưu, đề xuất UBND tỉnh …": a ";"-clause
      // in lower case that opens with what to do is one more task of the same addressees.
      // ("…; hoàn thành trước ngày 10/12/2023" only says when the task before it is due.)
      const further = previous?.text && /^\p{Ll}/u.test(body.trimStart()) && CONTINUES_ANY_CASE.test(body.trimStart()) && !DUE_ONLY.test(body.trimStart()) && !opensAgency(body.trimStart());
      const leadIn = previous && !own && !listed ? goesOnAfter(body, !previous.text) : null;
      const found =
        own ??
        listed ??
        (previous && leadIn !== null ? { from: leadIn, lead: previous.leadRaw, coordinators: inlineAssignment(body.slice(leadIn)).coordinators } : null) ??
        (previous && (continues(body) || further) && !opensAgency(body) ? { from: 0, lead: previous.leadRaw, coordinators: inlineAssignment(body).coordinators } : null);
      // "… yêu cầu các Bộ, UBND tỉnh theo dõi sát …; các biện pháp phòng ngừa …. Tăng cường kiểm tra …": another clause in
      // lower case goes on with the sentence's addressees, and so may the sentence after it.
      // "Đảng ủy Chính phủ lãnh đạo, chỉ đạo xây dựng chương trình hành động …; định kỳ 6 tháng báo cáo Bộ Chính trị.": the
      // periodic report owed on the work before is its recurring deadline.
      const last = out[out.length - 1];
      if (!found && previous && previous === last && last.text && !last.deadlineRaw && PERIODIC_REPORT.test(body.trimStart())) {
        const due = deadlineInText(body);
        if (due) last.deadlineRaw = due;
        continue;
      }
      if (!found && /^\p{Ll}/u.test(body.trimStart())) continue;
      // (The announcing sentence this one goes on from, if any: its tasks have followed.)
      const continued = found && previous && found.lead === previous.leadRaw ? previous : null;
      previous = null;
      const opensWithVerb = found ? OPENS_WITH_ASSIGNING.exec(clause) : null;
      const startsAt = found && imperative !== null && opensWithVerb ? imperative : null;
      imperative = !found && /;\s*$/u.test(clause) && !opensAgency(body.replace(ITEM_NUMBER, '')) ? (imperative ?? at + (ITEM_NUMBER.exec(clause)?.[0].length ?? 0)) : null;
      if (found) {
        const { lead, coordinators } = found;
        // "2. Yêu cầu các cấp uỷ, tổ chức đảng …": the verb opening the document's own item is part of the task.
        const from = startsAt !== null ? startsAt - at : ADDRESSES.test(clause) ? (ITEM_NUMBER.exec(clause)?.[0].length ?? clause.length - clause.trimStart().length) : found.from;
        const rest = clause.slice(Math.max(0, from), (found as { end?: number }).end).replace(/[.;,]\s*$/u, '');
        const start = at + from;
        const text = startsAt !== null ? j.text.slice(startsAt, at + clause.length).replace(/[.;,]\s*$/u, '') : rest;
        if (text.length < 25) continue;
        // (7a) "… yêu cầu các cấp uỷ, … tập trung lãnh đạo, chỉ đạo và tổ chức thực hiện tốt một số nhiệm vụ trọng tâm.":
        // the sentence announces the tasks that follow; they go on with its addressees.
        const task: RawTask = {
          section: null,
          ordinal: null,
          // (The quote closing a quoted direction, "… chủ động giám sát chặt chẽ tình hình dịch bệnh”.", is no part of it.)
          text: squash(text).replace(/^([^“]*)”$/u, '$1'),
          leadRaw: thisBody(lead, out[out.length - 1]),
          coordinatorsRaw: coordinators,
          outputRaw: null,
          deadlineRaw: deadlineInText(text),
          cites: [...new Set(findSymbols(text).map((s) => s.symbol))],
          source: 'BODY',
          span: j.spanOf(Math.min(start, startsAt ?? start), (startsAt ?? start) + text.length),
          // Going on with the bodies of the sentence before: that sentence (or the one it went on from) names them.
          ...(continued ? { leadFrom: continued.leadFrom ?? { how: 'the sentence before, which names the body', text: continued.leadRaw.join(', '), span: continued.span } } : {}),
        };
        // (… but one that goes on with a ";" to other work, "… yêu cầu các đơn vị, địa phương quan tâm chỉ đạo thực hiện ngay một
        // số nhiệm vụ trọng tâm; định kỳ hàng tháng …", lists none after it: it is their task itself, unless tasks do follow.)
        if (own && ANNOUNCES_TASKS.test(text)) {
          // The announcing sentence is the addressees' task too: it names who leads the work as a whole ("Ban Bí thư yêu cầu
          // cấp ủy, … tập trung lãnh đạo, chỉ đạo và tổ chức thực hiện tốt một số nhiệm vụ trọng tâm").
          out.push(task);
          previous = announcing(lead);
          continue;
        }
        out.push(task);
        // (Whose lead is its clause's own subject, "Sở Y tế tham mưu …", not one an assigning verb named, or goes on from one.)
        if ((own && own.from === (CONNECTIVE.exec(clause)?.[0].length ?? 0) && !ASSIGNS.test(clause.slice(0, own.from + 1))) || (continued && ownSubject.has(continued))) ownSubject.add(task);
        previous = out[out.length - 1];
      }
    }
  }
  // (Within a few lines of the page's end: a section heading cut from its items, "1. Công tác / PBGDPL", at most.)
  const rest = awaiting ? page.filter((l) => l.line > awaiting!.span.endLine && l.text.trim()) : [];
  const cut = awaiting && !itemsFollow && rest.length <= 3 && rest.every((l) => l.text.trim().length < 40);
  // (Then the reading order is to restore: every other task was pushed in it.)
  if (cut) {
    out.push(awaiting!);
    out.sort((a, b) => a.span.startLine - b.span.startLine || a.span.startOffset - b.span.startOffset);
  }
  // (A sentence read as an assignment whose lead is no body asked to act is dropped: see `assignsWork`.)
  return out.filter(assignsWork);
}

const FROM_NEWS_INTRO = /^a copy's intro/u;
/** A news article's lead, opened by its agency's tag: "TPO - Bộ Chính trị giao …", "(TBTCO) - Thủ tướng yêu cầu …". */
const NEWS_TAG_LEAD = /^\(?[A-ZĐ]{2,8}\)?\s*[-–]\s+\p{Lu}[^.]{10,}/u;
/** A direction reported in news words (reported-direction.ts): no intro sentence, the page restates it after its headline. */
const REPORTED = /^a copy's intro: (?:a body directing|the document speaks|the document issued|an assigning sentence opening the page)/u;
/**
 * The page's first line when it is a headline (no sentence punctuation at its end): it only announces. A copy cut from
 * the middle of an article opens on a sentence instead, wrapped mid-way: "Theo đó, UBND tỉnh yêu cầu Sở Nông nghiệp và
 * PTNT tăng cường công tác kiểm dịch động vật tại gốc đối" / "với gia súc, gia cầm …" (its connective, or the line
 * after it going on in lower case, says so).
 */
const TRUNCATED_OPENING = /^(?:Theo đó|Cụ thể|Đồng thời|Ngoài ra|Bên cạnh đó|Trong đó),\s/u;
const isHeadline = (first: NormalisedLine, next: NormalisedLine) => !/[.;:!?…]["”'’)]?\s*$/u.test(first.text.trim()) && !TRUNCATED_OPENING.test(first.text.trim()) && !/^\s*\p{Ll}/u.test(next.text);
const afterHeadline = (lines: readonly NormalisedLine[]) => (lines.length > 1 && isHeadline(lines[0], lines[1]) ? lines[1].line : lines[0]?.line ?? 0);

/** A task's opening words, folded: the same work told twice. */
const openingOf = (t: RawTask) => foldDiacritics(squash(t.text)).toLowerCase().split(' ').slice(0, 8).join(' ');
/** The article's lead sums up what it tells below: a task the lead states that a later sentence states again is read there. */
function withoutLeadRepeated(tasks: RawTask[], lead: { from: number; to: number } | null): RawTask[] {
  if (!lead) return tasks;
  const inLead = (t: RawTask) => t.span.startLine >= lead.from && t.span.startLine < lead.to;
  const later = new Set(tasks.filter((t) => !inLead(t)).map(openingOf));
  return tasks.filter((t) => !inLead(t) || !later.has(openingOf(t)));
}

/**
 * The family reader: a copy without the document's own header ("Số: …"; its symbol or kind read from a portal
 * block or a news intro) and without task structure the generic readers find. A news article (what it
 * restates was read from its intro) with no sections of its own is read by this reader alone: the generic
 * readers take its headline and narrative sentences for tasks.
 */
export const restatedTasks: FamilyReader = {
  family: 'news-restatement',
  read({ lines, document, generic, sections }) {
    // (A news sentence may only lend the title: "UBND tỉnh Đồng Nai vừa ban hành quyết định về …", its kind and issuer
    // read by the header's own enacting-sentence reader.)
    // ("Thủ tướng … vừa ký ban hành Chỉ thị số 06 ngày 23/2 …": only the number may be read from the intro, its kind and
    // issuer by the header's own enacting-sentence reader.)
    const how = document.inferred?.symbol ?? document.inferred?.kind ?? document.inferred?.issuedOn ?? document.inferred?.issuer ?? document.inferred?.title ?? document.inferred?.number;
    if (!how) return NOTHING;
    const news = FROM_NEWS_INTRO.test(how) && sections.length === 0;
    if (generic.tasks.length && !news) return NOTHING;
    // The intro is the first line a copy's reading came from (a page's pointer at its foot names the kind, the
    // sentence above it the issuer).
    const spans = [document.spans.symbol ?? document.spans.kind ?? document.spans.issuedOn ?? document.spans.number, document.inferred?.issuer ? document.spans.issuer : undefined];
    const reported = news && Object.values(document.inferred ?? {}).some((h) => REPORTED.test(h)) && !document.inferred?.symbol;
    const introAt = reported ? afterHeadline(lines) : news ? Math.min(...spans.map((s) => s?.startLine ?? Infinity)) : 0;
    // "TPO - Bộ Chính trị giao Ban Chính sách, Chiến lược Trung ương xây dựng dự thảo Nghị quyết …" above "Thay mặt Bộ Chính
    // trị, Tổng Bí thư … đã ký ban hành Kết luận số 203-KL/TW …": the article's lead, opened by the news agency's tag, already
    // restates what the document asks.
    const lead = news && Number.isFinite(introAt) ? lines.find((l) => l.line < introAt && NEWS_TAG_LEAD.test(l.text.trim())) : undefined;
    const intro = lead ? lead.line : introAt;
    // "Ủy ban Kiểm tra trung ương (UBKTT.Ư) … UBKTT.Ư chủ trì …": a lead written as the abbreviation the page introduced.
    const defined = definedAbbreviations(lines);
    const restated = withoutLeadRepeated(readRestatedTasks(lines, Number.isFinite(intro) ? intro : 0).map((t) =>
      defined.size ? { ...t, leadRaw: t.leadRaw.map((n) => spelledOutName(n, defined)), coordinatorsRaw: t.coordinatorsRaw.map((n) => spelledOutName(n, defined)) } : t,
    ), lead && lead.line < introAt ? { from: lead.line, to: introAt } : null);
    // (7p) A copy of a Party resolution that lists its groups of tasks, naming no body (../resolution-groups.ts): those on
    // lines no restated sentence was read from.
    const read = new Set(restated.flatMap((t) => [t.span.startLine, t.span.endLine]));
    const tasks = [...restated, ...resolutionGroupTasks(lines, document).filter((t) => !read.has(t.span.startLine) && !read.has(t.span.endLine))].sort((a, b) => a.span.startLine - b.span.startLine);
    const last = lines[lines.length - 1]?.line ?? 0;
    return tasks.length || news ? { tasks, indicators: [], claims: news ? [{ startLine: 1, endLine: last }] : [] } : NOTHING;
  },
};
