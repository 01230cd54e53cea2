/**
 * A news page reporting a People's Council's session that passes resolutions: "HĐND phường Xuân Phương khóa I, nhiệm kỳ
 * 2021-2026, tổ chức kỳ họp thứ hai … vào sáng ngày 11/7. Kỳ họp đã thông qua Nghị quyết về nhiệm vụ …", "Sáng ngày
 * 23/01/2024, … HĐND tỉnh khóa X tổ chức Kỳ họp thứ 20 (kỳ họp chuyên đề) thông qua …" under "… thông qua 12 Nghị quyết
 * quan trọng", "HĐND tỉnh đã tổ chức Kỳ họp thứ Tám …, thông qua 8 nghị quyết quan trọng". A council enacts by resolution:
 * the council is the issuer of what the page restates, a Nghị quyết, passed on the session's day. The speeches at the
 * session ("Chủ tịch HĐND phường … đề nghị UBND phường …") direct in the council's name, not the chairman's own. Read
 * only for a copy whose header states neither kind, symbol nor issuer; a session that passes no resolution the page tells
 * of (a questioning session, "Khai mạc phiên chất vấn") is no reading. Each field is marked read from its sentence.
 * Complexity: linear in the text of the first paragraphs (each sentence tested once by anchored patterns).
 */
import { levelOfIssuer, readVietnameseDate } from '../document';
import type { DocumentMeta, NormalisedLine } from '../model';
import { joinLines, splitParagraphs } from '../normalise';
import { findProvinces } from '../provinces';
import { squash } from '../text';
import type { MetaReading, ReaderContext } from './meta';
import { completeYear, YEARLESS } from './yearless-date';

/** A capitalised place name after the council's level: "Xuân Phương", "Bắc Kạn". */
const PLACE = String.raw`(?:\s+\p{Lu}[\p{L}-]*){1,4}`;
/** A People's Council by its name: "HĐND phường Xuân Phương", "Hội đồng nhân dân tỉnh", "HĐND TP". */
const COUNCIL = String.raw`(?:HĐND|Hội đồng nhân dân)\s+(?:tỉnh|thành phố|TP\.?|huyện|quận|thị xã|xã|phường|thị trấn)(?:${PLACE})?`;
/** Its term: "khóa I, nhiệm kỳ 2021-2026", "khóa XV, nhiệm kỳ 2011 - 2016". */
const TERM = String.raw`(?:\s+(?:khóa|khoá|Khóa|Khoá)\s+[IVXLC]+|\s*,?\s+nhiệm kỳ\s+\d{4}\s*[-–]\s*\d{4})*`;
/** "<council> … (đã) (long trọng) tổ chức / khai mạc / bế mạc kỳ họp", or "Kỳ họp thứ 20, <council>". */
const SITS = new RegExp(
  String.raw`(?<![\p{L}])(${COUNCIL})${TERM}\s*,?\s+(?:(?:đã|vừa|long trọng|chính thức)\s+)*(?:tổ chức|khai mạc|bế mạc|tiến hành)\s+(?:[Kk]ỳ họp)(?![\p{L}])` +
    String.raw`|(?<![\p{L}])[Kk]ỳ họp thứ\s+\S+(?:\s*\([^)]{0,30}\))?\s*,\s*(${COUNCIL})(?![\p{L}])`,
  'u',
);
/** "Kỳ họp đã thông qua Nghị quyết về …", "thông qua 12 Nghị quyết", "thông qua các nghị quyết quan trọng". */
const PASSES = /(?<![\p{L}])(?:biểu quyết\s+)?thông qua\s+(?:(?:\d{1,3}|các|một số|những)\s+)?([Nn]ghị quyết)(?![\p{L}])(?!\s+(?:Đại hội|của Quốc hội|của Chính phủ|số\s+\d+[^\s]*\/(?:NQ-CP|NQ-TW)))/u;
/** The session's day: "vào sáng ngày 11/7", "Sáng ngày 23/01/2024,", "Chiều 9/2,". */
const SESSION_DAY = new RegExp(String.raw`(?:^|[\s(])(?:vào\s+)?(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Nn]gày)(?:\s+ngày)?\s+(?:(\d{1,2}[/-]\d{1,2}[/-]\d{4})|${YEARLESS})`, 'u');
/** The year a mid-year or year-end session decides for: "… 6 tháng cuối năm 2025", "nhiệm vụ … năm 2026". */
const DECIDES_FOR = /(?:(\d{1,2})\s+tháng\s+(?:đầu|cuối)\s+)?năm\s+((?:19|20)\d\d)(?![\d\s]*[-–])/u;

export function readCouncilSession(lines: readonly NormalisedLine[], meta: DocumentMeta, context: ReaderContext = {}): MetaReading {
  if (meta.kind || meta.symbol || meta.issuer) return {};
  const paragraphs = splitParagraphs(lines).slice(0, 12).map((p) => joinLines(p));
  const all = paragraphs.map((j) => j.text).join('\n');
  const passes = paragraphs.map((j) => ({ j, m: PASSES.exec(j.text) })).find((p) => p.m);
  if (!passes) return {};
  let out: MetaReading | null = null;
  for (const j of paragraphs) {
    const m = SITS.exec(j.text);
    const council = m ? squash(m[1] ?? m[2]) : null;
    const level = council ? levelOfIssuer(council) : null;
    if (!m || !council || !level) continue;
    const at = m.index ?? 0;
    const span = j.spanOf(at, at + m[0].length);
    const how = `a copy's intro: a People's Council's session reported in news ("${squash(m[0])}")`;
    if (!out) {
      const kindAt = (passes.m!.index ?? 0) + passes.m![0].lastIndexOf(passes.m![1]);
      const kindSpan = passes.j.spanOf(kindAt, kindAt + passes.m![1].length);
      const kindHow = `a copy's intro: the session passes resolutions ("${squash(passes.m![0])}")`;
      out = {
        kind: { value: 'NGHI_QUYET', span: kindSpan, how: kindHow },
        kindVi: { value: 'Nghị quyết', span: kindSpan, how: kindHow },
        issuer: { value: council, span, how },
        level: { value: level, span, how },
      };
      const province = findProvinces(council)[0];
      if (province) out.province = { value: province.province.name, span, how };
    }
    // The day the session sat, in the sentence that tells of it (a headline "Kỳ họp thứ 20, HĐND tỉnh khóa X: …" gives none;
    // the lead under it does).
    const from = Math.max(0, j.text.lastIndexOf('. ', at) + 1);
    const sentence = j.text.slice(from).split(/\.\s+(?=\p{Lu})/u)[0];
    const d = SESSION_DAY.exec(sentence);
    if (!d) continue;
    const full = d[1] ? readVietnameseDate(`ngày ${d[1]}`) : null;
    const day = full ? null : completeYear(Number(d[2]), Number(d[3]), { stamp: context.stamp, text: all, at: all.indexOf(sentence) });
    // (No stamp nor dated text: the year the session decides for — a mid-year session the last six months of it, a
    // year-end one the year after it.)
    const decides = !day && !full ? DECIDES_FOR.exec(all) : null;
    const year = decides ? Number(decides[2]) - (!decides[1] && Number(d[3]) >= 11 ? 1 : 0) : null;
    const iso = full ? full.iso : day ? day.iso : year ? `${year}-${String(d[3]).padStart(2, '0')}-${String(d[2]).padStart(2, '0')}` : null;
    const dayAt = from + (d.index ?? 0);
    if (iso) out.issuedOn = { value: iso, span: j.spanOf(dayAt, dayAt + d[0].length), how: `${how}; ${full ? "the session's day" : day ? day.how : `the year the session decides for ("${decides![0]}")`}` };
    if (iso) break;
  }
  return out ?? {};
}
