/**
 * The heading older documents carry on legal portals instead of a header block: kind, issuer, symbol and date in
 * one run of capitals, "QUYẾT ĐỊNH CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 20/2000/QĐ-TTG NGÀY 03 THÁNG 2 NĂM 2000 VỀ VIỆC …",
 * "CÔNG VĂN / CỦA VĂN PHÒNG CHÍNH PHỦ SỐ 854/VPCP-CN / NGÀY 09 THÁNG 3 NĂM 2000 VỀ VIỆC ĐÍNH CHÍNH …". The symbol after
 * "SỐ" is the document's own (not a citation), the body after "CỦA" its issuer, the date after "NGÀY" its date.
 * Only the first lines in capitals are read, and only when the text states no symbol of its own.
 * Complexity: linear in the first lines.
 */
import { levelOfIssuer, levelOfSymbol, readVietnameseDate, recase } from '../document';
import type { DocumentMeta, NormalisedLine } from '../model';
import { joinLines } from '../normalise';
import { findProvinces } from '../provinces';
import { findSymbols, KIND_VI, kindWordAt, symbolKey } from '../symbols';
import { squash } from '../text';
import type { MetaReading } from './meta';

/** "[KIND] CỦA <ISSUER> SỐ[:] <symbol>" (the kind may stand on the line above). */
const OF_ISSUER_NUMBERED = /^(?:(.+?)\s+)?CỦA\s+(.+?)\s+SỐ\s*:?\s*(?=\d)/u;
const isCaps = (t: string) => /\p{Lu}/u.test(t) && t === t.toUpperCase();
/** Between "CỦA" and "SỐ" stands a body; a verb there means the number is a cited document's ("CHƯƠNG TRÌNH HÀNH ĐỘNG
 *  CỦA CHÍNH PHỦ THỰC HIỆN NGHỊ QUYẾT SỐ 42-NQ/TW …"). */
const CARRIES_OUT = /(?:^|\s)(?:THỰC HIỆN|TRIỂN KHAI|QUÁN TRIỆT|BAN HÀNH|SƠ KẾT|TỔNG KẾT)(?=\s|$)/u;

/**
 * The other order, kind and number first: "NGHỊ QUYẾT SỐ 07/1998/NQ-CP NGÀY 06 THÁNG 7 NĂM 1998 VỀ PHIÊN HỌP …", "CHỈ THỊ SỐ
 * 05/2004/CT-TTG NGÀY 18 THÁNG 2 NĂM 2004 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ VIỆC …": the date after the number, the body after "CỦA".
 * Read also when the header reader took the symbol from that line (it leaves the date).
 */
const KIND_NUMBERED = /^(\p{Lu}[\p{Lu} ]{2,30}?)\s+SỐ\s*:?\s*(?=\d)/u;
const DATED = /^\s*,?\s*(NGÀY\s+\d{1,2}\s+THÁNG\s+\d{1,2}\s+NĂM\s+\d{4}|NGÀY\s+\d{1,2}[/.-]\d{1,2}[/.-]\d{4})/u;
const OF_BODY = /^\s*CỦA\s+(.+?)(?=\s+(?:VỀ|QUY ĐỊNH|BAN HÀNH|PHÊ DUYỆT|THÀNH LẬP|HƯỚNG DẪN)(?=\s|$)|\s*$)/u;

function kindNumberedFirst(first: readonly NormalisedLine[], meta: DocumentMeta): MetaReading {
  const i = first.findIndex((l) => isCaps(l.text) && KIND_NUMBERED.test(l.text.trim()));
  if (i < 0 || i > 3) return {};
  let last = i;
  while (last + 1 < first.length && last < i + 4 && isCaps(first[last + 1].text)) last++;
  const j = joinLines(first.slice(i, last + 1));
  const text = j.text.trim();
  const m = KIND_NUMBERED.exec(text)!;
  const kw = kindWordAt(m[1]);
  const s = findSymbols(text.slice(m[0].length))[0];
  if (!kw || kw.length !== m[1].trim().length || !s || s.index !== 0) return {};
  if (meta.symbol && symbolKey(meta.symbol) !== symbolKey(s.symbol)) return {};
  const at = text.indexOf(m[0]) + m[0].length;
  const said = squash(text.slice(0, Math.min(text.length, at + s.end + 40)));
  const how = `the heading in capitals, kind and number first: "${said}…"`;
  const span = j.spanOf(at + s.index, at + s.end);
  const out: MetaReading = { symbol: { value: s.symbol, span, how }, number: { value: s.number, span, how } };
  const kind = s.kindCode ? s.kind : kw.kind;
  if (kind) {
    out.kind = { value: kind, span, how };
    out.kindVi = { value: kw.kind === kind ? kw.vi : KIND_VI[kind], span, how };
  }
  let rest = text.slice(at + s.end);
  const dated = DATED.exec(rest);
  const date = dated ? readVietnameseDate(dated[1].toLowerCase())?.iso : null;
  if (date) out.issuedOn = { value: date, span, how };
  if (dated) rest = rest.slice(dated[0].length);
  const of = OF_BODY.exec(rest);
  const issuer = of ? recase(of[1]) : null;
  const level = levelOfSymbol(s) ?? (issuer ? levelOfIssuer(issuer) : null);
  if (issuer && levelOfIssuer(issuer)) out.issuer = { value: issuer, span, how };
  if (level) out.level = { value: level, span, how };
  const province = level === 'CENTRAL_PARTY' || level === 'CENTRAL_STATE' || !issuer ? undefined : findProvinces(issuer)[0];
  if (province) out.province = { value: province.province.name, span, how };
  return out;
}

export function readCapsHeading(lines: readonly NormalisedLine[], meta: DocumentMeta): MetaReading {
  const first = lines.filter((l) => l.text.trim()).slice(0, 12);
  const numberedFirst = kindNumberedFirst(first, meta);
  if (numberedFirst.symbol || meta.symbol) return numberedFirst;
  for (let i = 0; i < first.length; i++) {
    if (!isCaps(first[i].text)) continue;
    // The heading goes on over the capital lines below it ("NGÀY 09 THÁNG 3 NĂM 2000 VỀ VIỆC …"), and a portal may wrap it
    // inside the issuer's name ("CHỈ THỊ / CỦA THỦ / TƯỚNG CHÍNH PHỦ SỐ 16/2001/CT-TTG"): the run is read joined.
    let last = i;
    while (last + 1 < first.length && last < i + 6 && isCaps(first[last + 1].text)) last++;
    const j = joinLines(first.slice(i, last + 1));
    const text = j.text;
    const m = OF_ISSUER_NUMBERED.exec(text.trim());
    if (!m || CARRIES_OUT.test(m[2]) || (m[1] && kindWordAt(m[1]) === null && m[1].length > 40)) continue;
    const at = text.indexOf(m[0]) + m[0].length;
    const s = findSymbols(text.slice(at))[0];
    if (!s || s.index !== 0) continue;
    const issuer = recase(m[2]);
    const level = levelOfSymbol(s) ?? levelOfIssuer(issuer);
    if (!level && !levelOfIssuer(issuer)) continue;
    const said = squash(text.slice(0, at + s.end));
    const how = `the heading in capitals: "${said.length > 200 ? `${said.slice(0, 199)}…` : said}"`;
    const span = j.spanOf(at + s.index, at + s.end);
    const out: MetaReading = { symbol: { value: s.symbol, span, how }, number: { value: s.number, span, how } };
    // The kind word before "CỦA", or on the line above ("CÔNG VĂN" / "CỦA VĂN PHÒNG CHÍNH PHỦ SỐ …"); else the symbol's code.
    const kw = kindWordAt(m[1] ?? '') ?? (i > 0 ? kindWordAt(first[i - 1].text.trim()) : null);
    const kind = s.kindCode ? s.kind : kw?.kind ?? s.kind;
    if (kind) {
      out.kind = { value: kind, span, how };
      out.kindVi = { value: kw && kw.kind === kind ? kw.vi : KIND_VI[kind], span, how };
    }
    if (levelOfIssuer(issuer)) out.issuer = { value: issuer, span: j.spanOf(text.indexOf(m[2]), text.indexOf(m[2]) + m[2].length), how };
    if (level) out.level = { value: level, span, how };
    const dated = /^\s*,?\s*(NGÀY\s+\d{1,2}\s+THÁNG\s+\d{1,2}\s+NĂM\s+\d{4}|NGÀY\s+\d{1,2}[/.-]\d{1,2}[/.-]\d{4})/u.exec(text.slice(at + s.end));
    const date = dated ? readVietnameseDate(dated[1].toLowerCase())?.iso : null;
    if (date) out.issuedOn = { value: date, span, how };
    const province = level === 'CENTRAL_PARTY' || level === 'CENTRAL_STATE' ? undefined : findProvinces(issuer)[0];
    if (province) out.province = { value: province.province.name, span, how };
    return out;
  }
  return {};
}
