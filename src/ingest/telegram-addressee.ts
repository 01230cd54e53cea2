/**
 * A telegram (Công điện) to one body: its address line names whom it directs, and its numbered items name no body of
 * their own, since they are all that body's work:
 *
 *     ĐIỆN: Bộ Công Thương
 *     …
 *     1. Tập trung chỉ đạo huy động lực lượng, vật tư, phương tiện bằng mọi biện pháp khắc phục ngay sự cố mất điện …
 *     2. Chỉ đạo kịp thời để đảm bảo việc cấp điện phục vụ sản xuất và sinh hoạt …
 *
 * Each numbered item up to the recipients or the signature is a task led by the addressee. A telegram to several
 * bodies ("ĐIỆN: Bộ Y tế; Bộ Giao thông vận tải; …") says in each item whose work it is (./letter-directions.ts),
 * and is not read here. Read only where the generic readers found no task.
 * Complexity: linear in the lines (one pass for the address line, one over the paragraphs after it).
 */
import { opensAgency, splitAgencies } from './agencies';
import { listedTask } from './assigned-lists';
import { NOTHING, type FamilyReader } from './family';
import type { NormalisedLine } from './model';
import { joinLines, spanOfLines, splitParagraphs } from './normalise';
import type { RawTask } from './tasks';

const ADDRESS = /^\s*ĐIỆN\s*:\s*(\S.*?)\s*[.;]?\s*$/u;
/** What ends the items: the recipients, the signature block. */
const ENDS = /^\s*(?:Nơi nhận|[-–]\s*Như trên|(?:KT|TM|T\/M|TL|TUQ)\.?\s+\p{Lu}|\p{Lu}{2,}(?:\s+\p{Lu}{2,})+\s*$)/u;
const ITEM = /^\s*(\d{1,2})\s*[.)]\s*(?=\p{Lu})/u;

export function readTelegramAddressee(lines: readonly NormalisedLine[]): RawTask[] {
  const at = lines.findIndex((l) => ADDRESS.test(l.text));
  if (at < 0) return [];
  const addressee = ADDRESS.exec(lines[at].text)![1];
  // One body, named as a body: "Bộ Công Thương", not "Bộ Y tế; Bộ Giao thông vận tải" nor "các Bộ, ngành".
  const bodies = splitAgencies(addressee);
  if (bodies.length !== 1 || /[;,]/u.test(addressee) || !opensAgency(addressee)) return [];
  const region: NormalisedLine[] = [];
  for (const l of lines.slice(at + 1)) {
    if (ENDS.test(l.text)) break;
    region.push(l);
  }
  const out: RawTask[] = [];
  for (const para of splitParagraphs(region)) {
    const j = joinLines(para);
    const item = ITEM.exec(j.text);
    if (!item) continue;
    const text = j.text.slice(item[0].length).replace(/[\s.;]*$/u, '');
    // (An item naming its own body is that body's, read by the letter readers.)
    if (text.length < 20 || opensAgency(text)) continue;
    const leadFrom = { how: "the telegram's addressee", text: lines[at].text.trim(), span: spanOfLines(lines[at]) };
    out.push({ ...listedTask({ text, at: item[0].length, lead: bodies, coordinators: [], leadFrom }, j), ordinal: item[1] });
  }
  return out;
}

export const telegramAddressee: FamilyReader = {
  family: 'telegram-addressee',
  read({ lines, generic }) {
    if (generic.tasks.length) return NOTHING;
    const tasks = readTelegramAddressee(lines);
    return tasks.length ? { tasks, indicators: [], claims: [] } : NOTHING;
  },
};
