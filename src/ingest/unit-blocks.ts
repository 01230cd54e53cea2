/**
 * Per-unit assignment blocks, as central bodies' plans and programmes write them (Đảng đoàn / Đảng ủy Quốc hội,
 * Ban cán sự đảng / Đảng ủy Chính phủ, a ministry's plan): a heading names the unit and the bullets below name
 * none, because the heading already did.
 *
 *     a) Tổ đảng ở Ủy ban Khoa học, Công nghệ và Môi trường         2. Bộ Tài chính
 *     - Chủ trì thẩm tra dự án Luật …                                 - Chủ trì, phối hợp với Bộ Tư pháp rà soát …
 *     - Phối hợp với Tổ đảng ở Ủy ban Pháp luật giám sát …            - Hướng dẫn các địa phương …
 *
 * Every bullet (or paragraph) under such a heading is a task led by the unit. "Chủ trì …" keeps the unit as
 * lead, "phối hợp với X" makes X a coordinator; a bullet that opens with its own agency ("Ban Công tác đại
 * biểu chủ trì …", "Văn phòng Quốc hội: …") is led by that agency. Headings are read from the section tree:
 * "Nhiệm vụ của Ban cán sự đảng Bộ …", "Đối với Bộ …", "Giao Bộ …" name the unit too.
 * Complexity: linear in the lines plus the blocks: a block's lines are found by binary search and its inner
 * blocks through an interval index (finding the inner blocks compares paths, blocks² in the blocks of a document).
 */
import { opensAgency, splitAgencies } from './agencies';
import { NOTHING, type Claim, type FamilyReader } from './family';
import type { NormalisedLine, Section } from './model';
import { findSymbols } from './symbols';
import { joinWrapped, spanOf } from './tables';
import { deadlineInText, inlineAssignment, type RawTask } from './tasks';
import { foldDiacritics, insideAny } from './text';

/** Words that introduce the unit in a heading: "Nhiệm vụ của …", "Trách nhiệm của …", "Đối với …", "Giao …". */
const HEADING_LEAD_IN = /^(?:(?:các\s+)?(?:nhiệm vụ|trách nhiệm)(?:\s+cụ thể)?\s+(?:của|đối với|giao)\s+|đối với\s+|giao\s+(?:cho\s+)?|đề nghị\s+|phân công\s+(?:cho\s+)?)/iu;
/** Words that, after the unit's name, make the heading a sentence (a task itself), not a unit heading. */
const VERB_AFTER_NAME =
  /\s(?:chủ trì|phối hợp|lãnh đạo|chỉ đạo|xây dựng|tổ chức|theo dõi|tham mưu|hướng dẫn|kiểm tra|giám sát|triển khai|thực hiện|rà soát|nghiên cứu|đề xuất|ban hành|trình|có trách nhiệm|chịu trách nhiệm|căn cứ|tiếp tục|đẩy mạnh|bảo đảm|đảm bảo|quán triệt|tăng cường|tập trung|chủ động|đôn đốc|hoàn thiện|nâng cao|phát triển|tuyên truyền|cập nhật|thẩm tra|bố trí|sửa đổi|là cơ quan|được giao)(?![\p{L}])/u;
/** Parts whose numbered items can be unit headings: tasks, assignments, contents ("II. NHIỆM VỤ CỤ THỂ", "IV. TỔ CHỨC THỰC HIỆN"). */
const TASK_PART = /nhiem vu|giai phap|to chuc thuc hien|trach nhiem|phan cong|noi dung/;
const NOT_TASK_PART = /muc dich|yeu cau|muc tieu|kinh phi|quan diem|danh gia|tinh hinh|ket qua dat|can cu/;
/** Item markers under a unit heading. */
const ITEM = /^\s*(?:[-–•*+]\s+|[a-zđ]\)\s+|\(\d{1,2}\)\s+|\d{1,2}(?:\.\d{1,2})+\.?\s+)(?=\S)/u;
/** Sentence-final punctuation ends a paragraph in a block written without bullets. */
const SENTENCE_END = /[.!?…;]["”)]?$/u;
/** Leads that are verbs at the start of a Party bullet: "Lãnh đạo, chỉ đạo …", "Lãnh đạo Văn phòng Quốc hội xây dựng …" is what the unit does. */
const VERB_HEADS = /^(?:Lãnh đạo|Chỉ đạo|Thường xuyên|Đơn vị)(?:\s|$)/u;
/** "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, …": the closing request of a plan, not a task. */
const CLOSING = /^(?:Trong quá trình (?:thực hiện|triển khai|tổ chức thực hiện)[^,]*, nếu có|Quá trình thực hiện, nếu có)/u;

/**
 * A heading that announces the unit's tasks in a sentence: "2.1. Để thể chế hoá …, Đảng đoàn Quốc hội xác định
 * các nhiệm vụ trọng tâm sau:", "Tổ đảng ở …, các Đoàn đại biểu Quốc hội theo chức năng, nhiệm vụ được giao chủ
 * động, kịp thời thực hiện các nhiệm vụ sau:". The subject is the unit.
 */
const ANNOUNCED_TASKS =
  /^(?:Để\s[^,]{3,200},\s*)?(\p{Lu}.*?)(?:\s+theo chức năng,\s*nhiệm vụ(?:,\s*quyền hạn)?(?:\s+được giao)?)?(?:\s+chủ động)?(?:,?\s*kịp thời)?\s+(?:xác định|thực hiện|tập trung thực hiện|triển khai thực hiện|có trách nhiệm thực hiện|tập trung)\s+(?:các|những|một số)\s+nhiệm vụ(?:\s+(?:trọng tâm|cụ thể|chủ yếu))?\s+(?:sau|như sau)\s*:?\s*$/u;
/** "n) Lãnh đạo Ban Dân nguyện": the leadership of a body heads its block; the body is the unit. */
const LEADERSHIP_OF = /^Lãnh đạo\s+(?=\p{Lu})/u;

/** The unit a heading names ("a) Tổ đảng ở Ủy ban …", "Nhiệm vụ của Ban cán sự đảng Bộ Tài chính:"), and any text after its colon. */
export function unitOfHeading(heading: string): { unit: string; rest: string } | null {
  const h = heading.replace(/^\*+|\*+$/g, '').trim();
  const announced = ANNOUNCED_TASKS.exec(h);
  if (announced) {
    const subject = announced[1].trim();
    const units = splitAgencies(subject);
    return subject.length <= 200 && units.length && units.every((u) => opensAgency(u) && !VERB_HEADS.test(u)) && !VERB_AFTER_NAME.test(subject) ? { unit: subject, rest: '' } : null;
  }
  const colon = h.indexOf(':');
  const head = (colon >= 0 ? h.slice(0, colon) : h).replace(/[.;]\s*$/u, '').trim();
  const rest = colon >= 0 ? h.slice(colon + 1).trim() : '';
  const named = head.replace(HEADING_LEAD_IN, '').trim();
  const name = LEADERSHIP_OF.test(named) && opensAgency(named.replace(LEADERSHIP_OF, '')) && !VERB_AFTER_NAME.test(named) ? named.replace(LEADERSHIP_OF, '') : named;
  if (!name || name.length > 160 || !opensAgency(name) || /^các\s/iu.test(name) && name.length > 100) return null;
  if (VERB_AFTER_NAME.test(name)) return null;
  if (/[.!?]\s+\p{Lu}/u.test(name) || findSymbols(name).length) return null;
  const units = splitAgencies(name);
  if (!units.length || units.some((u) => !opensAgency(u) || VERB_HEADS.test(u))) return null;
  return { unit: name, rest };
}

interface Item {
  lines: NormalisedLine[];
  parts: string[];
  marker: string | null;
}

/** The items of a block: marked lines ("- …", "a) …", "+ …"), or paragraphs where the block has no markers. */
function itemsOf(lines: readonly NormalisedLine[]): Item[] {
  const items: Item[] = [];
  for (const l of lines) {
    const t = l.text.trim();
    const m = ITEM.exec(t);
    const cur = items[items.length - 1];
    if (m) items.push({ lines: [l], parts: [t.slice(m[0].length)], marker: m[0].trim().replace(/[.)]$/, '') });
    else if (cur && !(SENTENCE_END.test(cur.parts[cur.parts.length - 1]) && /^\p{Lu}/u.test(t) && cur.marker === null)) {
      cur.lines.push(l);
      cur.parts.push(t);
    } else items.push({ lines: [l], parts: [t], marker: null });
  }
  return items;
}

/** Lead and coordinators of one bullet under a unit: the unit, unless the bullet names its own lead. */
export function assignmentUnder(unit: string, text: string): { lead: string[]; coordinators: string[]; underUnit: boolean } {
  const units = splitAgencies(unit);
  // "Phối hợp với X …", "Chủ trì, phối hợp với X …": the unit leads, X coordinates.
  const sentence = text.charAt(0).toLowerCase() + text.slice(1);
  const inline = inlineAssignment(text);
  const coords = inlineAssignment(`${unit} ${sentence}`).coordinators;
  // "Văn phòng Quốc hội: bảo đảm …" or "Ban Công tác đại biểu chủ trì …": the bullet names its own lead.
  const colon = /^([^:]{3,80}):\s*\S/u.exec(text);
  if (colon && opensAgency(colon[1]) && !VERB_AFTER_NAME.test(colon[1])) return { lead: splitAgencies(colon[1]), coordinators: inline.coordinators, underUnit: false };
  if (inline.lead.length && !inline.lead.some((l) => VERB_HEADS.test(l))) return { lead: inline.lead, coordinators: inline.coordinators, underUnit: false };
  return { lead: units, coordinators: coords.filter((c) => !units.includes(c)), underUnit: true };
}

/** Is the section inside a part that assigns tasks (or in a document without Roman parts)? */
function inTaskPart(section: Section, sections: readonly Section[]): boolean {
  const top = section.path.split('.')[0];
  const part = sections.find((s) => s.path === top && s.depth === 1 && /^[IVX]+$/.test(s.number));
  if (!part) return !sections.some((s) => s.depth === 1 && /^[IVX]+$/.test(s.number));
  const h = foldDiacritics(part.heading);
  return TASK_PART.test(h) && !NOT_TASK_PART.test(h);
}

/** The lines (in line order) from startLine to endLine, by binary search. */
function linesWithin(lines: readonly NormalisedLine[], startLine: number, endLine: number): NormalisedLine[] {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid].line < startLine) lo = mid + 1;
    else hi = mid;
  }
  const out: NormalisedLine[] = [];
  for (let k = lo; k < lines.length && lines[k].line <= endLine; k++) out.push(lines[k]);
  return out;
}

export const unitBlocks: FamilyReader = {
  family: 'unit-blocks',
  read({ lines, sections }) {
    const blocks = sections
      // "1. Bộ Công an." / "a) Phối hợp với …" in a directive without Roman parts: its top items are the units.
      .filter((s) => (s.depth > 1 || !/^[IVX]+$/.test(s.number)) && !s.path.startsWith('PL') && inTaskPart(s, sections))
      .map((s) => ({ section: s, unit: unitOfHeading(s.heading) }))
      .filter((b): b is { section: Section; unit: { unit: string; rest: string } } => b.unit !== null);
    if (!blocks.length) return NOTHING;
    const tasks: RawTask[] = [];
    const claims: Claim[] = [];
    for (const { section, unit } of blocks) {
      // A unit heading inside this block ("2. Bộ Tài chính" / "a) Tổng cục Thuế") reads its own lines.
      const inner = blocks.filter((b) => b.section !== section && b.section.path.startsWith(`${section.path}.`));
      const inInner = insideAny(inner.map((b) => b.section.span));
      // The block's own lines: its span (found by binary search in the lines, which are in order), less the inner blocks'.
      const blockLines = linesWithin(lines, section.span.startLine, section.span.endLine).filter((l) => !inInner(l.line));
      if (!blockLines.length) continue;
      const [heading, ...body] = blockLines;
      const items = itemsOf(body).filter((it) => joinWrapped(it.parts).length >= 15 && !CLOSING.test(joinWrapped(it.parts)));
      // A lone heading naming a unit assigns nothing; "2. Sở Tài chính: tham mưu …" with no items under it is one
      // sentence, which the generic reader takes with its continuation lines.
      if (!items.some((it) => it.marker !== null) && (unit.rest || !items.length)) continue;
      claims.push({ startLine: heading.line, endLine: blockLines[blockLines.length - 1].line });
      const push = (ls: NormalisedLine[], ordinal: string | null, text: string) => {
        const { lead, coordinators, underUnit } = assignmentUnder(unit.unit, text);
        tasks.push({
          section: section.path, ordinal, text, leadRaw: lead, coordinatorsRaw: coordinators, outputRaw: null,
          deadlineRaw: deadlineInText(text), cites: [...new Set(findSymbols(text).map((m) => m.symbol))], source: 'BODY', span: spanOf(ls),
          // A bullet under the heading names no lead of its own: the heading's unit is its lead.
          ...(underUnit && ls[0] !== heading ? { leadFrom: { how: "the heading of the unit's block", text: heading.text.trim(), span: spanOf([heading]) } } : {}),
        });
      };
      if (unit.rest.length >= 15) push([heading], section.number, unit.rest);
      const counters: Record<string, number> = {};
      items.forEach((it, k) => {
        const text = joinWrapped(it.parts);
        // "- Tập trung các nội dung sau:" introducing "+ …" items is no task of its own.
        if (/:\s*$/.test(text) && items[k + 1]?.marker === '+' && it.marker !== '+') return;
        const sign = it.marker && /^[-–•*+]$/.test(it.marker) ? it.marker : null;
        if (sign) counters[sign] = (counters[sign] ?? 0) + 1;
        push(it.lines, sign ? `${sign}${counters[sign]}` : it.marker, text);
      });
    }
    return { tasks, indicators: [], claims };
  },
};
