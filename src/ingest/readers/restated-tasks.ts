/**
 * Tasks a news article restates in prose: "Kế hoạch yêu cầu các sở, ban, ngành, UBND các huyện chủ động
 * triển khai …", "UBND tỉnh giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tài chính xây dựng …",
 * "Sở Y tế có trách nhiệm …". Each such sentence (or ";"-clause) is a task led by the bodies it names. Read
 * only from a copy with no task structure of its own (see `restatedTasks` below).
 * Complexity: linear in the text: each sentence or clause is read once.
 */
import { NOTHING, type FamilyReader } from '../family';
import type { NormalisedLine } from '../model';
import { joinLines, splitParagraphs } from '../normalise';
import { findSymbols } from '../symbols';
import { deadlineInText, inlineAssignment, type RawTask } from '../tasks';
import { squash } from '../text';

/** "… (Kế hoạch|UBND tỉnh|Chủ tịch UBND tỉnh) (cũng) yêu cầu / giao / đề nghị …": the assigning verb. */
const ASSIGNING = /(?:^|[,;:]\s*|\s)(?:(?:cũng|đồng thời|còn)\s+)?(?:yêu cầu|giao(?: cho)?|đề nghị|chỉ đạo|phân công)\s+(?=\S)/giu;

const ENACTING = /^[^,;]{0,80}?\s(?:vừa\s+|đã\s+)?(?:ký\s+)?(?:ban hành|xây dựng|phê duyệt)\s+(?:Kế hoạch|Chương trình|Nghị quyết|Quyết định|Chỉ thị|Kết luận|Đề án|Hướng dẫn)(?![\p{L}])/iu;

export function readRestatedTasks(lines: readonly NormalisedLine[]): RawTask[] {
  const out: RawTask[] = [];
  for (const para of splitParagraphs(lines)) {
    const j = joinLines(para);
    let pos = 0;
    for (const clause of j.text.split(/(?<=[.;])\s+/u)) {
      const at = j.text.indexOf(clause, pos);
      pos = at + clause.length;
      const candidates: number[] = [];
      for (const m of clause.matchAll(ASSIGNING)) candidates.push((m.index ?? 0) + m[0].length);
      // A clause that opens with the agency: "Sở Y tế có trách nhiệm …".
      candidates.push(0);
      for (const from of candidates) {
        const rest = clause.slice(from).replace(/[.;]\s*$/u, '');
        // "UBND tỉnh ban hành Kế hoạch số …" says who issued the document: no task.
        if (ENACTING.test(rest)) break;
        const { lead, coordinators } = inlineAssignment(rest);
        if (!lead.length || rest.length < 25) continue;
        const start = at + from;
        out.push({
          section: null,
          ordinal: null,
          text: squash(rest),
          leadRaw: lead,
          coordinatorsRaw: coordinators,
          outputRaw: null,
          deadlineRaw: deadlineInText(rest),
          cites: [...new Set(findSymbols(rest).map((s) => s.symbol))],
          source: 'BODY',
          span: j.spanOf(start, start + rest.length),
        });
        break;
      }
    }
  }
  return out;
}

/**
 * The family reader: a copy without the document's own header ("Số: …", its symbol read from a portal block
 * or a news intro) and without task structure the generic readers find.
 */
export const restatedTasks: FamilyReader = {
  family: 'news-restatement',
  read({ lines, document, generic }) {
    if (!document.inferred?.symbol || generic.tasks.length) return NOTHING;
    const tasks = readRestatedTasks(lines);
    return tasks.length ? { tasks, indicators: [], claims: [] } : NOTHING;
  },
};
