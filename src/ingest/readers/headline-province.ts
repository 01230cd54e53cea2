/**
 * The province a news headline opens with as its subject: "Hà Nội yêu cầu xử lý dứt điểm 154 trường hợp …", "Đà Nẵng
 * chống Covid-19: …", "Tỉnh ủy Ninh Bình chỉ đạo về việc …", "Gia Lai chỉ đạo triển khai …". The page restates what
 * that province's bodies decided, and often names them only as "UBND TP", "Ban Thường vụ Tỉnh ủy". Read after every
 * other reader, so a province the text states wins, and only for a provincial document (a central one has none, see
 * meta.ts). A place-date line ("Hà Nội, ngày …") is no headline: the name must be followed by a verb or a colon.
 * Complexity: the first few lines.
 */
import type { NormalisedLine } from '../model';
import { joinLines } from '../normalise';
import { findProvinces } from '../provinces';
import { squash } from '../text';
import type { MetaReading } from './meta';

/** The province's own body may open the headline: "Tỉnh ủy Ninh Bình …", "UBND tỉnh Gia Lai …". */
const BODY_FIRST = /^(?:(?:Ban Thường vụ\s+)?(?:Tỉnh|Thành) (?:ủy|uỷ)|(?:UBND|Ủy ban nhân dân|HĐND|Hội đồng nhân dân)\s+(?:tỉnh|TP\.?|thành phố))\s+/u;

export function readHeadlineProvince(lines: readonly NormalisedLine[]): MetaReading {
  for (const l of lines.filter((x) => x.text.trim()).slice(0, 3)) {
    // (A stored page's date stamp may open its headline: " date 2022-12 Thanh Hóa triển khai …".)
    // (… and a news agency's tag: "(TTV) Tuyên Quang phấn đấu đến năm 2025 …".)
    const t = squash(l.text).replace(/^date \d{4}-\d{2}(?:-\d{2})?\s+/u, '').replace(/^\([A-ZĐ]{2,8}\)\s*(?:[-–]\s*)?/u, '');
    // A headline is one phrase: no full stop, no clause after ";".
    if (t.length > 200 || /[.;]/u.test(t.replace(/\.{3}|…/gu, ''))) continue;
    const from = BODY_FIRST.exec(t)?.[0].length ?? 0;
    const p = findProvinces(t.slice(from))[0];
    if (!p || p.index !== 0 || !/^\s*(?::|\p{Ll})/u.test(t.slice(from + p.end))) continue;
    const start = l.text.indexOf(t.slice(from, from + p.end));
    const span = joinLines([l]).spanOf(Math.max(0, start), Math.max(0, start) + p.end - p.index);
    return { province: { value: p.province.name, span, how: `the headline's subject: "${t}"` } };
  }
  return {};
}
