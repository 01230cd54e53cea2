/**
 * Assignments made in the prose of any document, in the paragraphs no structured reader took (task sections,
 * appendix tables, articles, unit blocks, a copy's restatement):
 *
 *     Về việc này, Thủ tướng Chính phủ giao Bộ Nông nghiệp và Phát triển nông thôn nghiên cứu, đánh giá tác động …
 *     Theo đó, Bộ Tài nguyên và Môi trường chủ trì, phối hợp với Bộ Nông nghiệp và PTNT rà soát, sửa đổi …
 *     Chủ tịch UBND các huyện, thị xã, thành phố có trách nhiệm chỉ đạo UBND các xã, phường, thị trấn …
 *     Trong trường hợp …, UBND các huyện, thị xã, thành phố báo cáo UBND tỉnh (thông qua Công an tỉnh).
 *
 * A sentence (or ";"-clause) is an assignment when it names an assignee (a body or a collective) that a directive
 * verb follows ("chủ trì", "khẩn trương", "có trách nhiệm", "phải", …), or when an assigning verb ("giao",
 * "yêu cầu", "đề nghị", "chỉ đạo") governs the assignee; "phối hợp với Y" makes Y a coordinator. The reading of
 * one sentence is the one news restatements are read with (./readers/restated-tasks.ts `readRestatedTasks`): a
 * copy and an official text write their assignments in the same words, and what is no assignment (a body reporting
 * what it said or did, a letter's closing formula) is dropped there. What is not read: the header, the legal
 * bases ("Căn cứ …", "Xét …"), the signature and recipients, tables, and what a body did or is doing (a report,
 * "Sở Y tế đã triển khai …").
 * Complexity: linear in the lines: one pass to find the uncovered runs, each read once.
 */
import type { Claim } from './family';
import type { DocumentMeta, NormalisedLine, Section } from './model';
import { ASSIGNING_VERB, readRestatedTasks } from './readers/restated-tasks';
import { opensAgency } from './agencies';
import type { Table } from './tables';
import type { RawTask } from './tasks';
import { foldDiacritics, insideAny } from './text';

/** Lines after which no prose assigns until an attached document starts: the signature, recipients, appendix. */
const STOP = /^[\s|*_]*(?:noi nhan|tm\.|t\/m|kt\.|k\/t|tl\.|tuq\.|phu luc\b)/;
const ATTACHED = /^\s*\(?\s*(?:ban hanh |dinh )?kem theo\b/;
/** Legal bases and proposals answered: what the document rests on, not what it assigns. */
const BASIS = /^[\s*_-]*(?:can cu|xet (?:de nghi|to trinh|bao cao)|theo de nghi|tren co so de nghi)/;
/**
 * Tasks in the prose the other readers left: `covered` are the lines they read tasks from or claimed, and the
 * tables. Reading starts below the header (the title's span when there is one).
 */
export function proseAssignments(lines: readonly NormalisedLine[], document: DocumentMeta, sections: readonly Section[], covered: readonly Claim[], tables: readonly Table[]): RawTask[] {
  const inCovered = insideAny([...covered, ...tables.map((t) => t.span)]);
  // A group's heading ("1. Tăng cường sự lãnh đạo của Đảng đối với …") names a topic, not work given to anyone.
  const headings = new Set(sections.filter((s) => s.heading.length <= 160 && !/[.;]\s*$/u.test(s.heading)).map((s) => s.span.startLine));
  const from = document.inferred?.title ? 0 : (document.spans.title?.endLine ?? 0) + 1;
  const runs: NormalisedLine[][] = [[]];
  let stopped = false;
  for (const l of lines) {
    const f = foldDiacritics(l.text);
    if (ATTACHED.test(f)) stopped = false;
    else if (STOP.test(f)) stopped = true;
    const skip = stopped || l.line < from || headings.has(l.line) || inCovered(l.line) || BASIS.test(f);
    if (skip) {
      if (runs[runs.length - 1].length) runs.push([]);
      continue;
    }
    runs[runs.length - 1].push(l);
  }
  return runs
    .filter((r) => r.length)
    .flatMap((run) => readRestatedTasks(run, 0, lines));
}

/** A leader speaking for the body he heads: "Phó Thủ tướng Thường trực Trương Hòa Bình - Trưởng Ban Chỉ đạo 138/CP …". */
const LEADER = /^(?:(?:Theo đó|Đồng thời|Cụ thể),\s*)?(?:ông|bà|đồng chí\s+)?(?:Thủ tướng|Phó Thủ tướng|Tổng Bí thư|Chủ tịch|Phó Chủ tịch|Bộ trưởng|Thứ trưởng|Bí thư|Phó Bí thư|Giám đốc|Trưởng ban|Trưởng Ban)(?![\p{L}])/u;

/**
 * Whether a task read from prose shows a body directing others ("Bộ Y tế yêu cầu toàn Ngành Y tế …", "Thủ tướng giao
 * Bộ …"): a sign that the text is a directive or restates one. A bare item ("- Giao Đảng uỷ Quốc hội chủ trì …") or
 * a body's own doing in a news report ("Tỉnh ủy quán triệt …") is none: the gate (./pipeline.ts) asks for more.
 */
export function isDirected(task: RawTask, lines: readonly NormalisedLine[]): boolean {
  const text = lines.filter((l) => l.line >= task.span.startLine && l.line <= task.span.endLine).map((l) => l.text.trim()).join(' ');
  for (const m of text.matchAll(new RegExp(ASSIGNING_VERB.source, 'gu'))) {
    const before = text.slice(0, m.index ?? 0);
    const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('; '), before.lastIndexOf(', '));
    const subject = before.slice(cut < 0 ? 0 : cut + 2).trim();
    if (subject.length > 1 && subject.length <= 120 && (opensAgency(subject) || LEADER.test(subject))) return true;
  }
  return false;
}
