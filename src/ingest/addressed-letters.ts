/**
 * A letter's addressees do the work it gives without naming anyone: a ministry's guidance letter "Kính gửi: Các Sở
 * Giáo dục và Đào tạo." whose numbered items say only what to do ("1. Tiếp tục tổ chức thực hiện hiệu quả …") gives them
 * to the bodies it is sent to. Only a collective of bodies below the sender is read so ("Các Sở …", "các bộ, ngành …",
 * "UBND các huyện, thành phố"): a letter to one body ("Kính gửi: Thủ tướng Chính phủ") reports or proposes.
 * Complexity: linear in the header's lines.
 */
import { splitAgencies } from './agencies';
import type { LeadSource, NormalisedLine } from './model';
import { spanOfLines } from './normalise';

const ADDRESSED = /^\s*Kính gửi\s*:\s*(.*)$/u;
const BULLET = /^\s*[-–+•]\s+/u;
/** A collective: "Các Sở …", "các bộ, ngành", "UBND các tỉnh, thành phố …", "Giám đốc các Sở …". */
const COLLECTIVE = /(?:^|\s)[Cc]ác\s+\p{L}/u;

/** The bodies a letter is addressed to, when they are a collective, and where it names them; null otherwise. */
export function collectiveAddressees(lines: readonly NormalisedLine[]): { bodies: string[]; from: LeadSource } | null {
  const at = lines.slice(0, 60).findIndex((l) => ADDRESSED.test(l.text));
  if (at < 0) return null;
  const first = ADDRESSED.exec(lines[at].text)![1].trim();
  // "Kính gửi:" alone, then one bullet a body: "- Các Sở, ban, ngành tỉnh;" / "- UBND các huyện, thành phố.".
  const bullets: NormalisedLine[] = [];
  for (const l of first ? [] : lines.slice(at + 1, at + 9)) {
    if (!BULLET.test(l.text)) break;
    bullets.push(l);
  }
  const named = (first ? [first] : bullets.map((l) => l.text.replace(BULLET, ''))).map((t) => t.replace(/[.;,]\s*$/u, '').trim()).filter(Boolean);
  if (!named.length || !named.every((n) => COLLECTIVE.test(n))) return null;
  const last = bullets[bullets.length - 1] ?? lines[at];
  const from = { how: "the letter's addressees (Kính gửi)", text: [lines[at], ...bullets].map((l) => l.text.trim()).join(' '), span: spanOfLines(lines[at], last) };
  return { bodies: named.flatMap((n) => splitAgencies(n.replace(/;\s*/gu, ', '))), from };
}
