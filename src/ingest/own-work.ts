/**
 * A body's own work, headed so: "Điều 1. Công tác trọng tâm của Ủy ban Thường vụ Quốc hội năm 2026" (a work programme
 * of the National Assembly's Standing Committee), "II. NHIỆM VỤ TRỌNG TÂM CỦA BAN THƯỜNG VỤ TỈNH ỦY". Its items open
 * with what the body does and name it no more:
 *
 *     1. Chuẩn bị bầu cử đại biểu Quốc hội khóa XVI …                (a group heading: no full stop)
 *     Phối hợp với Hội đồng Bầu cử quốc gia, Chính phủ, … tiếp tục triển khai thực hiện Đề án bầu cử …;
 *     2.1. Phối hợp với Chủ tịch nước, Chính phủ, … chuẩn bị nội dung …
 *
 * Each such item is a task led by the body the heading names; "phối hợp với X, Y" gives the coordinators, read as
 * if the body opened the sentence. An item naming a body of its own is that body's (the generic readers). Read only
 * where the generic readers found no task.
 * Complexity: linear in the lines (one pass for the heading, one over the paragraphs after it).
 */
import { levelOfIssuer } from './document';
import { opensAgency } from './agencies';
import { listedTask } from './assigned-lists';
import { NOTHING, type FamilyReader } from './family';
import type { NormalisedLine } from './model';
import { joinLines, spanOfLines, splitParagraphs } from './normalise';
import { inlineAssignment, type RawTask } from './tasks';

/** "Điều 1. Công tác trọng tâm của Ủy ban Thường vụ Quốc hội năm 2026" (glued "trọng tâmcủa" too). */
const HEADING = /^\s*(?:Điều\s+\d{1,2}\s*[.:]\s*|[IVX]{1,5}\s*[.-]\s*)?(?:Những\s+|Các\s+)?(?:công tác|nhiệm vụ)\s+trọng tâm\s*của\s+(.{3,90}?)(?:\s+(?:năm|trong năm|giai đoạn)\s+\d{4}.*)?\s*$/iu;
/** The next article or part ends the body's work; so do the recipients and the signature. */
const ENDS = /^\s*(?:Điều\s+\d{1,2}\s*[.:]|[IVX]{1,5}\s*[.-]\s+\p{Lu}|Nơi nhận|(?:KT|TM|T\/M|TL|TUQ)\.?\s+\p{Lu})/u;
/** "2.1.", "3.", "-", "a)": what numbers an item. */
const NUMBER = /^\s*(?:(\d{1,2}(?:\.\d{1,2})*)\s*[.)]?\s+|[-–+•]\s*|([a-zđ])\)\s*)(?=\p{Lu})/u;
/** A group heading: one short phrase, no closing punctuation ("1. Chuẩn bị bầu cử đại biểu Quốc hội khóa XVI …"). */
const isGroupHeading = (text: string) => !/[.;:]\s*$/u.test(text) && !text.includes(';') && text.length <= 200;
const recase = (name: string) => (name === name.toUpperCase() ? name.toLowerCase().replace(/(^|\s)(\p{Ll})/gu, (_m, s: string, c: string) => s + c.toUpperCase()) : name);

/** Does this line head a body's own work (so its article is read here, not by ./article-assignments.ts)? */
export const headsOwnWork = (text: string) => HEADING.test(text);

export function readOwnWork(lines: readonly NormalisedLine[]): RawTask[] {
  const at = lines.findIndex((l) => HEADING.test(l.text));
  if (at < 0) return [];
  const body = recase(HEADING.exec(lines[at].text)![1].trim());
  if (!levelOfIssuer(body)) return [];
  const region: NormalisedLine[] = [];
  for (const l of lines.slice(at + 1)) {
    if (ENDS.test(l.text)) break;
    region.push(l);
  }
  const out: RawTask[] = [];
  for (const whole of splitParagraphs(region)) {
    // (A group heading runs into the paragraph below it when no blank line parts them.)
    const para = NUMBER.test(whole[0].text) && isGroupHeading(whole[0].text) ? whole.slice(1) : whole;
    if (!para.length) continue;
    const j = joinLines(para);
    const n = NUMBER.exec(j.text);
    const from = n ? n[0].length : j.text.length - j.text.trimStart().length;
    const text = j.text.slice(from).replace(/[\s.;]*$/u, '');
    if (text.length < 20 || isGroupHeading(j.text) || opensAgency(text)) continue;
    // Read as if the body opened the sentence: "Ủy ban Thường vụ Quốc hội phối hợp với …".
    const read = inlineAssignment(`${body} ${text.charAt(0).toLowerCase()}${text.slice(1)}`);
    const coordinators = read.lead.length ? read.coordinators : [];
    const leadFrom = { how: "the heading of the body's own work", text: lines[at].text.trim(), span: spanOfLines(lines[at]) };
    out.push({ ...listedTask({ text, at: from, lead: [body], coordinators, leadFrom }, j), ordinal: n ? (n[1] ?? n[2] ?? '-') : null });
  }
  return out;
}

export const ownWork: FamilyReader = {
  family: 'own-work',
  read({ lines, generic }) {
    if (generic.tasks.length) return NOTHING;
    const tasks = readOwnWork(lines);
    return tasks.length ? { tasks, indicators: [], claims: [] } : NOTHING;
  },
};
