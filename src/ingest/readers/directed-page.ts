/**
 * A page that restates directions without saying whose document they come from: a provincial portal's or a
 * paper's text that opens straight on what the bodies are to do ("Sở Giao thông vận tải chủ trì, phối hợp với
 * ngành y tế, công an … khẩn trương triển khai …", "Các sở, ban, ngành, …; UBND các huyện, thị xã, thành phố triển
 * khai thực hiện việc treo cờ …", "Bộ Nông nghiệp và Phát triển nông thôn tập trung chỉ đạo …"). Directive
 * sentences addressed to agencies are the sign of a directive: the page is its tasks, not "no directive".
 *  - tasks: the restated sentences (./restated-tasks.ts) of sentence-closed lines only: a headline or caption
 *    ("Tỉnh ủy quán triệt triển khai các văn bản chỉ đạo mới …", no full stop) announces, it directs no one;
 *  - level: the bodies addressed say which State the page speaks for: ministries ("Bộ Tài nguyên và Môi trường",
 *    "các bộ, ngành, địa phương") are addressed by the centre, departments and districts ("Sở …", "UBND các
 *    huyện", "Công an tỉnh") by a province; read only when nothing else names an issuer or level, marked inferred.
 * Read only when the page shows no other sign of its document (no kind, symbol, issuer, title, sections or tasks
 * of the generic readers).
 * Complexity: linear in the text (one restated reading of the page).
 */
import { NOTHING, type FamilyReader } from '../family';
import type { DocumentLevel, DocumentMeta, NormalisedLine, Section } from '../model';
import type { RawTask } from '../tasks';
import { readRestatedTasks } from './restated-tasks';

/** A line that closes a sentence: the article's own text, not a headline, caption or menu entry. */
const CLOSES_SENTENCE = /[.;:!?…]["”'’)]?\s*$/u;
/** A lead holding "có" is a clause read too far ("Đoàn có sự tham gia của …", "Ban có nhiệm vụ …"), not a body. */
const CLAUSE_AS_LEAD = /\sc[óo]\s/u;

/** No other sign of the document: nothing read from a header, a copy's intro or the generic readers. */
export function showsNoDocument(document: DocumentMeta, sections: readonly Section[]): boolean {
  return !document.kind && !document.symbol && !document.number && !document.issuer && !document.title && sections.length === 0;
}

/** The directions the page's sentences give to bodies. */
export function directedSentences(lines: readonly NormalisedLine[]): RawTask[] {
  const closed = lines.filter((l) => CLOSES_SENTENCE.test(l.text));
  return readRestatedTasks(closed).filter((t) => t.leadRaw.length > 0 && !t.leadRaw.some((n) => CLAUSE_AS_LEAD.test(n)));
}

/** Ministries, "các bộ, ngành": addressed by the centre. */
const CENTRAL_ADDRESSEE = /^(?:(?:các|Các)\s+)?(?:Bộ|bộ)(?:\s+(?!Chỉ huy|chỉ huy|Tư lệnh|đội|phận)|,)|^(?:Văn phòng Chính phủ|Ngân hàng Nhà nước|Ủy ban nhân dân các tỉnh|UBND các tỉnh)/u;
/** Departments, districts, the province's police and offices: addressed by a province. */
const PROVINCIAL_ADDRESSEE = /^(?:(?:các|Các)\s+)?(?:Sở|sở)(?:\s|,)|^(?:Ủy ban nhân dân|UBND|Uỷ ban nhân dân)\s+(?:các\s+)?(?:huyện|quận|thị xã|thành phố|xã|phường)|^Công an (?:tỉnh|các huyện|huyện)|^Cục Thuế tỉnh|^Bộ Chỉ huy (?:Quân sự|Bộ đội Biên phòng) tỉnh/u;

/** The level the addressed bodies say, when they all say one. */
export function levelOfAddressees(tasks: readonly RawTask[]): { level: DocumentLevel; task: RawTask } | null {
  const central = tasks.find((t) => t.leadRaw.some((n) => CENTRAL_ADDRESSEE.test(n)));
  const provincial = tasks.find((t) => t.leadRaw.some((n) => PROVINCIAL_ADDRESSEE.test(n)));
  if (central && !provincial) return { level: 'CENTRAL_STATE', task: central };
  if (provincial && !central) return { level: 'PROVINCIAL_STATE', task: provincial };
  return null;
}

/** The level of a page whose only sign is its directions, marked as read from the first body addressed. */
export function settleLevelByAddressees(document: DocumentMeta, lines: readonly NormalisedLine[]): DocumentMeta {
  if (document.level || document.issuer || !showsNoDocument(document, [])) return document;
  const found = levelOfAddressees(directedSentences(lines));
  if (!found) return document;
  const how = `the bodies its sentences direct ("${found.task.leadRaw.join(', ')}" ${found.level === 'CENTRAL_STATE' ? 'are addressed by the centre' : 'are addressed by a province'})`;
  return { ...document, level: found.level, spans: { ...document.spans, level: found.task.span }, inferred: { ...(document.inferred ?? {}), level: how } };
}

/** The family reader: the page's directions as tasks, for a page with no other sign of its document. */
export const directedPage: FamilyReader = {
  family: 'directed-page',
  read({ lines, document, sections, generic }) {
    if (generic.tasks.length || !showsNoDocument(document, sections)) return NOTHING;
    const tasks = directedSentences(lines);
    return tasks.length ? { tasks, indicators: [], claims: [] } : NOTHING;
  },
};
