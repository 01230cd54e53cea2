/**
 * The directions of a central body's letter (a Government Office letter conveying the Prime Minister's
 * opinion, a Government letter, a Party board's letter), which has no task section:
 *
 *     …, Thủ tướng Chính phủ Nguyễn Tấn Dũng có ý kiến chỉ đạo như sau:
 *     1.Giao Bộ trưởng các bộ: Quốc phòng, Công an, Tài chính; Thống đốc Ngân hàng Nhà nước Việt Nam, …, trong
 *       tháng 6 năm 2009 thống kê đầy đủ …
 *     2. Đối với những vấn đề thuộc thẩm quyền, Bộ Thương mại cần có lịch trình …; phối hợp với các Bộ, ngành …
 *     Đồng ý về nguyên tắc …, đồng thời giao Bộ Y tế chủ trì, phối hợp với Bộ Tài chính xác định mức hỗ trợ …
 *     Văn phòng Chính phủ xin thông báo để các Bộ biết, thực hiện./.
 *
 * After the line announcing them ("… có ý kiến (chỉ đạo) như sau:", "… yêu cầu:") and before the closing
 * ("… xin thông báo …", "Nơi nhận:", the signature), each paragraph (numbered or not, "1.Giao" glued too) that
 * names whom it assigns is a task led by them: after "Giao / Yêu cầu / Đề nghị", after "…, đồng thời giao" inside
 * the paragraph, or as the subject after a fronted "Đối với …,". Heads of bodies stand for their bodies
 * (./heads-of-bodies.ts). Read from letters and notices and from central documents, only where the generic
 * readers found no task and no copy reading applies.
 * Complexity: linear in the lines: one pass to find the region, one over its paragraphs.
 */
import { opensAgency, splitAgencies } from './agencies';
import { NOTHING, type FamilyReader } from './family';
import { addressesHeads, bodiesOfHeads } from './heads-of-bodies';
import type { NormalisedLine } from './model';
import { joinLines, splitParagraphs } from './normalise';
import { findSymbols } from './symbols';
import { deadlineInText, type RawTask } from './tasks';
import { squash } from './text';

/** "… có ý kiến (chỉ đạo) như sau:", "… kết luận như sau:", "Phó Thủ tướng …, yêu cầu:", "… chỉ đạo:". */
const ANNOUNCES = /(?:có ý kiến(?: chỉ đạo)?|chỉ đạo|kết luận|yêu cầu|đề nghị|giao)(?: như sau| cụ thể)?\s*:\s*$/iu;
/**
 * What closes a letter's directions: its formula ("Văn phòng Chính phủ (xin) thông báo để … biết, thực hiện"), the
 * recipients, the signature.
 */
const CLOSES = /^(?:[^.]{0,80}\bxin (?:thông báo|trân trọng)|[^.]{0,80}\bthông báo (?:để|cho|tới|đến)\s|Nơi nhận\s*:?|(?:KT|TL|TM|TUQ|Q)\.?\s+[A-ZĐ]|THỦ TƯỚNG|BỘ TRƯỞNG|CHỦ NHIỆM|PHÓ CHỦ NHIỆM)/u;
/** The number of an item, "1." / "1)" / glued to its text "1.Giao"; or its bullet, "- Giao …", "a) …". */
const ITEM_NUMBER = /^\s*(?:\d{1,3}(?:[.)]\s*|\s+)|[-–+•]\s*|[a-zđ]\)\s*)(?=\p{Lu})/u;
/** "Giao …", "Yêu cầu …", "Đề nghị …" opening the item; "Đồng ý Bộ Nông nghiệp … chủ trì, …" agrees to a body's doing. */
const OPENING_VERB = /^(?:Giao(?:\s+cho)?|Yêu cầu|Đề nghị|Đồng ý(?:\s+(?:để|cho))?)\s+/u;
/**
 * "…, đồng thời giao Bộ Y tế chủ trì …", "Đồng ý với kiến nghị của Bộ … . Giao Bộ … chủ trì …", "Đồng ý … và giao Bộ …":
 * the assignment inside a paragraph that opens with a decision.
 */
const INNER_VERB = /(?:^|[,;]\s*|[.]\s+|\s(?=và\s))(?:(?:đồng thời|và|cũng)\s+)?(?:[Gg]iao(?:\s+cho)?|yêu cầu|đề nghị)\s+(?=\p{Lu}|các\s)/u;
/**
 * "Đối với những vấn đề thuộc thẩm quyền, Bộ Thương mại cần …", "Căn cứ chức năng, nhiệm vụ được giao, Bộ Kế hoạch và
 * Đầu tư chủ trì …", "Trường hợp phát sinh khó khăn, vướng mắc vượt thẩm quyền, Bộ …": a fronted adverbial (commas
 * and all) before the subject; it ends at the comma after which a body is named.
 */
const FRONTED = /^(?:Đối với|Về|Trong|Trên cơ sở|Căn cứ|Trường hợp|Sau khi|Khi|Để)\s/u;
function subjectAfterFronted(text: string): number {
  if (!FRONTED.test(text)) return 0;
  for (const m of text.slice(0, 240).matchAll(/,\s*(?=\p{Lu}|các\s)/gu)) {
    const at = (m.index ?? 0) + m[0].length;
    if (opensAgency(text.slice(at)) || addressesHeads(text.slice(at, at + 40).split(/\s(?=\p{Ll})/u)[0] ?? '')) return at;
  }
  return 0;
}
/** Where the addressees end: a time adverbial or what they are to do ("Bộ Y tế tăng cường công tác quản lý, chỉ đạo …"). */
const ADDRESSEES_END =
  /,?\s+(?=(?:trong|trước|từ|đến|chậm nhất)\s+(?:tháng|ngày|năm|quý|thời gian)|theo (?:chức năng|thẩm quyền|nhiệm vụ)|trên cơ sở|(?:trong|về) việc\s|(?:để|nhằm)\s|(?:khẩn trương|chủ trì|phối hợp|cần|phải|có trách nhiệm|chịu trách nhiệm|thực hiện|xác định|công bố|thống kê|ban hành|hướng dẫn|nghiên cứu|xử lý|hoàn thành|hoàn thiện|thẩm định|xây dựng|tổ chức|chỉ đạo|báo cáo|trình|theo dõi|kiểm tra|rà soát|tổng hợp|chủ động|tiếp tục|triển khai|xem xét|giải quyết|thống nhất với|tiếp thu|làm việc với|đề xuất|thông báo|tăng cường|đẩy mạnh|đẩy nhanh|tập trung|quán triệt|đôn đốc|quan tâm|cập nhật|sớm|nghiêm túc|kịp thời|quyết liệt|là (?:[Cc]ơ quan|đầu mối|đơn vị))(?![\p{L}]))/u;

interface Assignee {
  /** Offset in the paragraph where the task's text begins. */
  from: number;
  lead: string[];
}

/** The bodies named by an addressee phrase at the start of `rest`, or null. */
function addressees(rest: string): string[] | null {
  const end = ADDRESSEES_END.exec(rest);
  if (!end || end.index > 400) return null;
  const phrase = rest.slice(0, end.index);
  if (!opensAgency(phrase) && !addressesHeads(phrase)) return null;
  const names = addressesHeads(phrase) ? bodiesOfHeads(phrase) : splitAgencies(phrase);
  return names.length ? names : null;
}

/** "Đồng chí Bí thư Tỉnh ủy Bến Tre chỉ đạo …": a letter to a person names him with the honorific; he acts for his body. */
const HONORIFIC = /^(?:[Đđ]ồng chí|các đồng chí)\s+(?=\p{Lu})/u;

/** Whom a paragraph assigns, and where its task's text begins. */
function assigneeOf(text: string): Assignee | null {
  const honorific = HONORIFIC.exec(text);
  if (honorific) {
    const lead = addressees(text.slice(honorific[0].length));
    return lead ? { from: 0, lead } : null;
  }
  const opening = OPENING_VERB.exec(text);
  if (opening) {
    const lead = addressees(text.slice(opening[0].length));
    if (lead) return { from: 0, lead };
  }
  const inner = INNER_VERB.exec(text);
  if (inner && (inner.index ?? 0) > 0) {
    const at = (inner.index ?? 0) + inner[0].length;
    const lead = addressees(text.slice(at));
    // The task reads from the verb: "giao Bộ Y tế chủ trì …".
    if (lead) return { from: text.indexOf(inner[0].replace(/^[\s,;.]+/u, '').replace(/^(?:đồng thời|và|cũng)\s+/u, ''), inner.index ?? 0), lead };
  }
  const subjectAt = subjectAfterFronted(text);
  const lead = addressees(text.slice(subjectAt));
  return lead ? { from: 0, lead } : null;
}

/** "phối hợp với Bộ Tài chính xác định mức hỗ trợ …": the bodies up to what they do together. */
function coordinatorsOf(text: string): string[] {
  const m = /phối hợp(?:\s+(?:với|cùng))?\s+(?=\p{Lu}|các\s)/u.exec(text);
  if (!m) return [];
  const rest = text.slice((m.index ?? 0) + m[0].length);
  const upto = rest.split(/[;.:]|\s+(?=(?:để|nhằm|trong|tại)\s)/u)[0];
  return addressees(rest) ?? (opensAgency(upto) && upto.length <= 160 ? splitAgencies(upto) : []);
}

/**
 * The line announcing the directions; in a copy whose announcing words are lost ("… Phó Thủ tướng Nguyễn Sinh Hùng có
 * ý ki�"), the paragraph that says whose request the leader answers ("Xét đề nghị của Bộ … , Phó Thủ tướng …").
 */
function announcement(lines: readonly NormalisedLine[]): number {
  const announced = lines.findIndex((l) => ANNOUNCES.test(l.text.trim()));
  if (announced >= 0) return announced;
  return lines.findIndex((l) => /^(?:Xét|Về|Theo|Trên cơ sở)\s+(?:đề nghị|báo cáo|kiến nghị|Tờ trình|văn bản|công văn)\s.*[\s,](?:Thủ tướng|Phó Thủ tướng)\s/u.test(l.text.trim()));
}

export function readLetterDirections(lines: readonly NormalisedLine[]): RawTask[] {
  const announced = announcement(lines);
  if (announced < 0) return [];
  const region: NormalisedLine[] = [];
  for (const l of lines.slice(announced + 1)) {
    if (CLOSES.test(l.text.trim())) break;
    region.push(l);
  }
  const out: RawTask[] = [];
  for (const para of splitParagraphs(region)) {
    const j = joinLines(para);
    const number = ITEM_NUMBER.exec(j.text)?.[0].length ?? 0;
    const text = j.text.slice(number);
    const found = assigneeOf(text);
    if (!found) continue;
    const taskText = text.slice(found.from).replace(/[\s.;]*(?:\/\.)?\s*$/u, '');
    if (taskText.length < 20) continue;
    out.push({
      section: null,
      ordinal: number ? j.text.slice(0, number).replace(/[^\d]/gu, '') : null,
      text: squash(taskText),
      leadRaw: found.lead,
      coordinatorsRaw: coordinatorsOf(taskText),
      outputRaw: null,
      deadlineRaw: deadlineInText(taskText),
      cites: [...new Set(findSymbols(taskText).map((s) => s.symbol))],
      source: 'BODY',
      span: j.spanOf(number + found.from, number + found.from + taskText.length),
    });
  }
  return out;
}

/** The family reader: a central letter with no task the generic readers found, read from its own header. */
export const letterDirections: FamilyReader = {
  family: 'letter-directions',
  read({ lines, document, generic }) {
    const letter = document.kind === 'CONG_VAN' || document.kind === 'THONG_BAO' || document.level?.startsWith('CENTRAL');
    if (generic.tasks.length || !letter) return NOTHING;
    // A copy (its metadata read from a news intro or a portal block) is the news-restatement reader's.
    if (document.inferred && Object.keys(document.inferred).length) return NOTHING;
    const tasks = readLetterDirections(lines);
    return tasks.length ? { tasks, indicators: [], claims: [] } : NOTHING;
  },
};
