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
import type { NormalisedLine } from '../model';
import { opensAgency, splitAgencies } from '../agencies';
import { assignedList, listedTask } from '../assigned-lists';
import { joinLines, splitParagraphs } from '../normalise';
import { findSymbols } from '../symbols';
import { deadlineInText, inlineAssignment, type RawTask } from '../tasks';
import { squash } from '../text';

/** "… (Kế hoạch|UBND tỉnh|Chủ tịch UBND tỉnh) (cũng) yêu cầu / giao / đề nghị …": the assigning verb. */
const ASSIGNING = /(?:^|[,;:]\s*|\s)(?:(?:cũng|đồng thời|còn)\s+)?(?:yêu cầu|giao(?: cho)?|đề nghị|chỉ đạo|phân công)\s+(?=\S)/giu;

const ENACTING = /^[^,;]{0,80}?\s(?:vừa\s+|đã\s+)?(?:ký\s+)?(?:ban hành|xây dựng|phê duyệt)\s+(?:Kế hoạch|Chương trình|Nghị quyết|Quyết định|Chỉ thị|Kết luận|Đề án|Hướng dẫn|Văn bản|Công văn)(?![\p{L}])/iu;
/** "<agencies> (cũng) được (UBND tỉnh) giao (nhiệm vụ) …": the agencies before "được … giao" lead. */
const PASSIVE = /^(.{3,110}?)\s+(?:cũng\s+|còn\s+)?được\s+(?:[^,;]{0,60}?\s)?(?:giao|phân công|yêu cầu)(?:\s+(?:nhiệm vụ|trách nhiệm))?\s+(?=\S)/u;
/** "Cụ thể, …", "Theo đó, …", "Ngoài ra, …", a bullet "- …": what comes before the clause's subject. */
const CONNECTIVE = /^(?:[-–+•*]\s+|(?:Cụ thể|Theo đó|Trong đó|Đồng thời|Ngoài ra|Bên cạnh đó|Mặt khác),\s*)(?=\p{Lu})/u;
/** "2. ", "3) ": the number of a conclusion's item before its text. */
const ITEM_NUMBER = /^\s*\d{1,2}[.)]\s+/u;
/** A clause that opens (after its number) with the assigning verb: "2. Yêu cầu các cấp uỷ …", "giao Ban … chỉ đạo …". */
const OPENS_WITH_ASSIGNING = /^\s*(?:\d{1,2}[.)]\s+)?(?:yêu cầu|giao(?: cho)?|đề nghị)\s/iu;
/** … addressing its addressees ("2. Yêu cầu …", "Đề nghị …"): the verb stays in the task ("Giao X …" reads as X's task). */
const ADDRESSES = /^\s*(?:\d{1,2}[.)]\s+)?(?:Yêu cầu|Đề nghị)\s/u;
/** A lead is a body's name: one with a figure in it ("… quyết định lấy ngày 10-10") is a sentence read too far. */
// … and so is one holding a reporting verb ("Bộ Chính trị nhấn mạnh, công tác …" reports what was said).
const NOT_A_NAME = /\d|\s(?:nhấn mạnh|cho biết|khẳng định|nêu rõ|lưu ý|cho rằng|đánh giá)(?![\p{L}])/u;

/** Lead and coordinators of one clause, or null when it assigns nothing. */
function assignmentOf(clause: string): { from: number; lead: string[]; coordinators: string[] } | null {
  const passive = PASSIVE.exec(clause);
  if (passive && opensAgency(passive[1])) {
    const lead = splitAgencies(passive[1]);
    return lead.length ? { from: 0, lead, coordinators: inlineAssignment(clause.slice(passive[0].length)).coordinators } : null;
  }
  const candidates: number[] = [];
  for (const m of clause.matchAll(ASSIGNING)) candidates.push((m.index ?? 0) + m[0].length);
  // A clause that opens with the agency: "Sở Y tế có trách nhiệm …", or with a connective first: "Cụ thể, Ban Bí thư …".
  candidates.push(CONNECTIVE.exec(clause)?.[0].length ?? 0);
  for (const from of candidates) {
    const rest = clause.slice(from);
    // "UBND tỉnh ban hành Kế hoạch số …" says who issued the document: no task.
    if (ENACTING.test(rest)) return null;
    const { lead, coordinators } = inlineAssignment(rest);
    if (lead.length && !lead.some((n) => NOT_A_NAME.test(n))) return { from, lead, coordinators };
  }
  return null;
}

/**
 * Sentences and ";"-clauses of a paragraph, where a ";" that only separates the addressees ("chỉ đạo các sở,
 * ban, ngành thuộc tỉnh; UBND các huyện, thành phố tăng cường …") does not end the clause.
 */
function clausesOf(text: string): { at: number; text: string }[] {
  const out: { at: number; text: string }[] = [];
  let pos = 0;
  // "…, trong khi Sở KH-CN chủ trì …" / "…; đồng thời Sở Y tế …" open a second assignment in one sentence.
  for (const split of text.split(/(?<=[.;…!?])\s+|,\s+(?=(?:trong khi|đồng thời)\s+\p{Lu})/u)) {
    const connective = /^(?:trong khi|đồng thời)\s+/u.exec(split)?.[0] ?? '';
    const at = text.indexOf(split, pos) + connective.length;
    const piece = split.slice(connective.length);
    pos = at + piece.length;
    const prev = out[out.length - 1];
    const addressees = prev && prev.text.endsWith(';') ? [...prev.text.matchAll(ASSIGNING)].pop() : undefined;
    const tail = addressees ? prev.text.slice((addressees.index ?? 0) + addressees[0].length, -1) : '';
    if (prev && tail && opensAgency(tail) && !inlineAssignment(tail).lead.length && opensAgency(piece)) prev.text = text.slice(prev.at, at + piece.length);
    else out.push({ at, text: piece });
  }
  return out;
}

/** A sentence that opens with what to do: it goes on with the addressees of the sentence before. */
const CONTINUES = /^(?:Tiếp tục|Tăng cường|Đẩy mạnh|Chủ động|Tập trung|Thực hiện|Triển khai|Rà soát|Kiểm tra|Đảm bảo|Bảo đảm|Nâng cao|Quán triệt|Khẩn trương|Kịp thời|Đồng thời)\s/u;

export function readRestatedTasks(lines: readonly NormalisedLine[], fromLine = 0): RawTask[] {
  const out: RawTask[] = [];
  // The headline and what precedes the intro only announce what follows.
  for (const para of splitParagraphs(lines.filter((l) => l.line >= fromLine))) {
    const j = joinLines(para);
    // "… giao Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương một số nhiệm vụ là: Chủ trì, … . Lãnh đạo, …":
    // the unit named once leads every sentence after the colon (../assigned-lists.ts).
    const listed = assignedList(j.text);
    if (listed.length) {
      for (const t of listed) out.push(listedTask(t, j));
      continue;
    }
    let previous: RawTask | null = null;
    // "3. Tổ chức tốt việc lấy ý kiến …; giao Ban Tuyên giáo và Dân vận Trung ương chỉ đạo …": an imperative clause
    // naming no agency, then "giao X …" in the same sentence: the sentence is X's task from its first clause.
    let imperative: number | null = null;
    for (const { at, text: clause } of clausesOf(j.text)) {
      // "… yêu cầu các Bộ, ngành … thực hiện một số biện pháp sau đây:" opens a list: the items are the tasks.
      if (/:\s*$/u.test(clause)) continue;
      const body = clause.replace(/[.;,]\s*$/u, '');
      // "Theo đó, … yêu cầu các cấp ủy … tiếp tục chỉ đạo …. Tiếp tục thực hiện các phương án …": same addressees.
      const found = assignmentOf(body) ?? (previous && CONTINUES.test(body) && !opensAgency(body) ? { from: 0, lead: previous.leadRaw, coordinators: [] } : null);
      previous = null;
      const opensWithVerb = found ? OPENS_WITH_ASSIGNING.exec(clause) : null;
      const startsAt = found && imperative !== null && opensWithVerb ? imperative : null;
      imperative = !found && /;\s*$/u.test(clause) && !opensAgency(body.replace(ITEM_NUMBER, '')) ? (imperative ?? at + (ITEM_NUMBER.exec(clause)?.[0].length ?? 0)) : null;
      if (found) {
        const { lead, coordinators } = found;
        // "2. Yêu cầu các cấp uỷ, tổ chức đảng …": the verb opening the document's own item is part of the task.
        const from = startsAt !== null ? startsAt - at : ADDRESSES.test(clause) ? (ITEM_NUMBER.exec(clause)?.[0].length ?? clause.length - clause.trimStart().length) : found.from;
        const rest = clause.slice(Math.max(0, from)).replace(/[.;,]\s*$/u, '');
        const start = at + from;
        const text = startsAt !== null ? j.text.slice(startsAt, at + clause.length).replace(/[.;,]\s*$/u, '') : rest;
        if (text.length < 25) continue;
        out.push({
          section: null,
          ordinal: null,
          text: squash(text),
          leadRaw: lead,
          coordinatorsRaw: coordinators,
          outputRaw: null,
          deadlineRaw: deadlineInText(text),
          cites: [...new Set(findSymbols(text).map((s) => s.symbol))],
          source: 'BODY',
          span: j.spanOf(Math.min(start, startsAt ?? start), (startsAt ?? start) + text.length),
        });
        previous = out[out.length - 1];
      }
    }
  }
  return out;
}

const FROM_NEWS_INTRO = /^a copy's intro/u;

/**
 * The family reader: a copy without the document's own header ("Số: …"; its symbol or kind read from a portal
 * block or a news intro) and without task structure the generic readers find. A news article (what it
 * restates was read from its intro) with no sections of its own is read by this reader alone: the generic
 * readers take its headline and narrative sentences for tasks.
 */
export const restatedTasks: FamilyReader = {
  family: 'news-restatement',
  read({ lines, document, generic, sections }) {
    const how = document.inferred?.symbol ?? document.inferred?.kind ?? document.inferred?.issuedOn ?? document.inferred?.issuer;
    if (!how) return NOTHING;
    const news = FROM_NEWS_INTRO.test(how) && sections.length === 0;
    if (generic.tasks.length && !news) return NOTHING;
    const intro = news ? (document.spans.symbol ?? document.spans.kind ?? document.spans.issuedOn)?.startLine ?? 0 : 0;
    const tasks = readRestatedTasks(lines, intro);
    const last = lines[lines.length - 1]?.line ?? 0;
    return tasks.length || news ? { tasks, indicators: [], claims: news ? [{ startLine: 1, endLine: last }] : [] } : NOTHING;
  },
};
