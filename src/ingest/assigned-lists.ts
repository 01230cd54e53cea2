/**
 * A unit named once in prose, then its tasks, as the Politburo's conclusions and their news reports write them:
 *
 *     Bộ Chính trị, Ban Bí thư giao Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương một số nhiệm vụ là: Chủ trì,
 *     phối hợp với Ban Tổ chức Trung ương … (hoàn thành trước ngày 31/8). Lãnh đạo, chỉ đạo, hướng dẫn … . Chủ trì
 *     nghiên cứu, tham mưu …
 *
 * Each sentence after the colon names no agency: it is a task led by the unit ("Chủ trì …" keeps the unit,
 * "phối hợp với X" makes X a coordinator, unit-blocks.ts `assignmentUnder`). The family reader takes documents
 * no news reading applies to; a news restatement reads the same construct through `assignedList`.
 * Complexity: linear in the text: one scan for the head, then one pass over the sentences after it.
 */
import { opensAgency, splitAgencies } from './agencies';
import { NOTHING, type Claim, type FamilyReader } from './family';
import type { LeadSource, NormalisedLine } from './model';
import { joinLines, splitParagraphs, type Joined } from './normalise';
import { findSymbols } from './symbols';
import { deadlineInText, type RawTask } from './tasks';
import { squash } from './text';
import { assignmentUnder } from './unit-blocks';

/** "giao <unit> (thực hiện) (một số|các) nhiệm vụ (cụ thể|sau|là|như sau):" */
// … and a letter's "yêu cầu <units> triển khai thực hiện (tốt) một số nội dung (tuyên truyền …) cụ thể sau:" (a list of
// what to do, with "sau"/"như sau" saying it follows, or "… triển khai thực hiện các nội dung:" with the colon alone;
// "… tập trung thực hiện tốt một số công tác sau:").
const HEAD =
  /(?:^|\s)(?:giao(?:\s+cho)?|yêu cầu|đề nghị)\s+(.{3,200}?)\s+(?:(?:tập trung|tiếp tục|khẩn trương|chủ động)\s+)?(?:(?:triển khai\s+)?thực hiện(?:\s+tốt)?\s+)?(?:(?:một số|các|những)?\s*nhiệm vụ(?:\s+(?:cụ thể|trọng tâm|chủ yếu))?(?:\s+(?:là|sau(?: đây)?|như sau))?|(?:một số|các|những)\s+(?:nội dung|công tác|việc|biện pháp|giải pháp)(?:\s[^:;.]{0,80}?)?\s+(?:cụ thể\s+)?(?:sau(?: đây)?|như sau)|các\s+nội dung)\s*:\s*/iu;
/** Sentence ends: a full stop before a capital (not inside "T.Ư", a date or a number). */
const SENTENCE_END = /(?<=[.;!?])\s+(?=\p{Lu})/u;

export interface AssignedTask {
  text: string;
  at: number;
  lead: string[];
  coordinators: string[];
  /** Where the unit the task falls to is named, when the sentence names no lead of its own (model.ts `LeadSource`). */
  leadFrom?: LeadSource;
}

/** The tasks a paragraph assigns to the unit it names once, or none; `j` (the paragraph) gives the unit's span. */
export function assignedList(text: string, j?: Joined): AssignedTask[] {
  const head = HEAD.exec(text);
  if (!head || !opensAgency(head[1]) || !splitAgencies(head[1]).length) return [];
  const unit = head[1].trim();
  const out: AssignedTask[] = [];
  let pos = (head.index ?? 0) + head[0].length;
  // "…: hướng dẫn nhân dân treo cờ …; tổ chức các hoạt động …; tăng cường theo dõi …": items in lower case, one per ";".
  const items = /^\p{Ll}/u.test(text.slice(pos)) ? /(?<=;)\s+|(?<=[.!?])\s+(?=\p{Lu})/u : SENTENCE_END;
  for (const piece of text.slice(pos).split(items)) {
    const at = text.indexOf(piece, pos);
    pos = at + piece.length;
    const sentence = piece.replace(/[.;]\s*$/u, '').trim();
    if (sentence.length < 15) continue;
    const { underUnit, ...assigned } = assignmentUnder(unit, sentence);
    const unitAt = (head.index ?? 0) + head[0].indexOf(head[1]);
    const leadFrom = underUnit && j ? { how: 'the lead-in naming the body before its list', text: unit, span: j.spanOf(unitAt, unitAt + unit.length) } : undefined;
    out.push({ text: sentence, at, ...assigned, ...(leadFrom ? { leadFrom } : {}) });
  }
  return out;
}

/**
 * "… yêu cầu cấp uỷ các chi bộ trực thuộc thực hiện tốt một số nội dung tuyên truyền … như sau:" closing its paragraph:
 * the unit whose list follows in the next paragraphs, or null.
 */
export function listHeadAtEnd(text: string): string | null {
  const head = HEAD.exec(text);
  if (!head || text.slice((head.index ?? 0) + head[0].length).trim() || !opensAgency(head[1]) || !splitAgencies(head[1]).length) return null;
  return head[1].trim();
}

/** The raw task of one listed sentence, its span in the paragraph. */
export function listedTask(t: AssignedTask, j: ReturnType<typeof joinLines>): RawTask {
  return {
    section: null, ordinal: null, text: squash(t.text), leadRaw: t.lead, coordinatorsRaw: t.coordinators, outputRaw: null,
    deadlineRaw: deadlineInText(t.text), cites: [...new Set(findSymbols(t.text).map((s) => s.symbol))], source: 'BODY', span: j.spanOf(t.at, t.at + t.text.length),
    ...(t.leadFrom ? { leadFrom: t.leadFrom } : {}),
  };
}

/** The family reader: paragraphs holding such a list, in a document no news reading applies to. */
export const assignedLists: FamilyReader = {
  family: 'assigned-lists',
  read({ lines, document }) {
    // A copy read from a news intro or a portal block is the news restatement reader's (readers/restated-tasks.ts).
    if (document.inferred && Object.keys(document.inferred).length) return NOTHING;
    const tasks: RawTask[] = [];
    const claims: Claim[] = [];
    for (const para of splitParagraphs(lines as NormalisedLine[])) {
      const j = joinLines(para);
      const found = assignedList(j.text, j);
      if (!found.length) continue;
      claims.push({ startLine: para[0].line, endLine: para[para.length - 1].line });
      for (const t of found) tasks.push(listedTask(t, j));
    }
    return tasks.length ? { tasks, indicators: [], claims } : NOTHING;
  },
};
