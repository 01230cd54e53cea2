/**
 * The section tree of a directive: "I." (part), "1." (item), "1.2." (sub-item), "a)" (point), and appendices
 * ("PHỤ LỤC II", "Phụ lục 03: …"). Inside an appendix numbered lines are table rows, not sections, so only
 * the appendix itself becomes a section there.
 * Complexity: linear in the lines: one pass with a stack of open sections; titles come from a window of a
 * few lines.
 */
import type { NormalisedLine, Section } from './model';
import { spanOfLines } from './normalise';
import { romanValue } from './text';

type MarkerType = 'ROMAN' | 'ARABIC' | 'NESTED' | 'LETTER';

// "I.", "II/", and the Party's own style "I- TÌNH HÌNH", "V - TỔ CHỨC THỰC HIỆN"; parts past XX too.
const ROMAN = /^((?:XL|L?X{0,3})(?:IX|IV|V?I{0,3}))(?:[./]|\s?[-–])\s+(\S.*)$/;
const NESTED = /^(\d{1,3}\.\d{1,3})\.?\s+(\S.*)$/;
const ARABIC = /^(\d{1,3})[.)]\s+(\S.*)$/;
const LETTER = /^([a-zđ])\)\s+(\S.*)$/;
const APPENDIX = /^(?:PHỤ LỤC|Phụ lục)(?:\s+(?:số\s+)?([0-9]{1,2}|[IVX]{1,4}))?\b\s*[:.\-–]?\s*(.*)$/;
// The signature block and distribution list end the body; numbered lines after them are not sections.
const BODY_END = /^(Nơi nhận|TM\.|KT\.)\b/;
const ANNEX = /^\((?:Ban hành )?[Kk]èm theo\b/;

/** "II" → "2", "03" → "3": appendix paths read the same whichever numerals the document uses. */
function appendixNumber(written: string | undefined): string | null {
  if (!written) return null;
  if (/^\d+$/.test(written)) return String(Number(written));
  const value = romanValue(written);
  return value === null ? null : String(value);
}

const LEVEL: Record<MarkerType, number> = { ROMAN: 1, ARABIC: 2, NESTED: 3, LETTER: 4 };

function markerOf(text: string): { type: MarkerType; number: string; heading: string } | null {
  const t = text.trim();
  let m = ROMAN.exec(t);
  if (m && m[1]) return { type: 'ROMAN', number: m[1], heading: m[2] };
  if ((m = NESTED.exec(t))) return { type: 'NESTED', number: m[1], heading: m[2] };
  if ((m = ARABIC.exec(t))) return { type: 'ARABIC', number: m[1], heading: m[2] };
  if ((m = LETTER.exec(t))) return { type: 'LETTER', number: m[1], heading: m[2] };
  return null;
}

function headingText(s: string): string {
  const clean = s.replace(/\t+/g, ' ').replace(/\s+/g, ' ').trim();
  return clean.length > 200 ? `${clean.slice(0, 199)}…` : clean;
}

/** Sections in reading order; each span runs from its heading line to the line before the next section at its level or above. */
export function readSections(lines: readonly NormalisedLine[]): Section[] {
  const sections: Section[] = [];
  const open: { level: number; section: Section; index: number }[] = [];
  const seen = new Map<string, number>();
  let inAppendix = false;
  let bodyEnded = false;
  let appendixCount = 0;

  const close = (level: number, endIndex: number) => {
    while (open.length > 0 && open[open.length - 1].level >= level) {
      const top = open.pop()!;
      top.section.span = spanOfLines(lines[top.index], lines[Math.max(top.index, endIndex)]);
    }
  };
  const push = (level: number, segment: string, number: string, heading: string, index: number) => {
    close(level, index - 1);
    const parent = open[open.length - 1]?.section.path;
    let path = parent ? `${parent}.${segment}` : segment;
    const repeat = (seen.get(path) ?? 0) + 1;
    seen.set(path, repeat);
    if (repeat > 1) path = `${path}~${repeat}`; // documents do repeat a letter ("d)" twice); paths stay unique
    const section: Section = { path, number, heading: headingText(heading), depth: open.length + 1, span: spanOfLines(lines[index]) };
    sections.push(section);
    open.push({ level, section, index });
  };

  lines.forEach((line, index) => {
    const text = line.text.trim();
    const appendix = APPENDIX.exec(text);
    if (appendix && (text.startsWith('PHỤ LỤC') || /^Phụ lục\s+\S+\s*:/.test(text))) {
      inAppendix = true;
      appendixCount += 1;
      const number = appendixNumber(appendix[1]) ?? String(appendixCount);
      const title = appendix[2] || lines.slice(index + 1, index + 4).find((l) => l.text.trim())?.text.trim() || '';
      push(0, `PL${number}`, number, title, index);
      return;
    }
    if (bodyEnded && !inAppendix && ANNEX.test(text)) {
      // A programme issued with the document ("CHƯƠNG TRÌNH HÀNH ĐỘNG … (Kèm theo Nghị quyết số …)") is a
      // document of its own, with parts and items: it opens an annex and the section tree resumes under it.
      bodyEnded = false;
      appendixCount += 1;
      const title = lines.slice(Math.max(0, index - 4), index).map((l) => l.text.trim()).filter(Boolean).pop() ?? '';
      push(0, `PL${appendixCount}`, String(appendixCount), title, index);
      return;
    }
    if (inAppendix || bodyEnded) return;
    if (BODY_END.test(text)) {
      bodyEnded = true;
      close(0, index - 1);
      return;
    }
    const marker = markerOf(text);
    if (!marker) return;
    // "4.2." is written in full but its path needs only the last part: II.4 → II.4.2.
    const segment = marker.type === 'NESTED' ? marker.number.split('.')[1] : marker.number;
    push(LEVEL[marker.type], segment, marker.number, marker.heading, index);
  });
  close(-1, lines.length - 1);
  return sections;
}

/** Path of the innermost section whose span holds the given original line, or null (preamble). */
export function sectionAtLine(sections: readonly Section[], line: number): string | null {
  let best: Section | null = null;
  for (const s of sections) {
    if (s.span.startLine <= line && line <= s.span.endLine && (!best || s.depth >= best.depth)) best = s;
  }
  return best?.path ?? null;
}
