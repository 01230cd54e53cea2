/**
 * The heading older documents carry on legal portals instead of a header block: kind, issuer, symbol and date in
 * one run of capitals, "QUYẾT ĐỊNH CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 20/2000/QĐ-TTG NGÀY 03 THÁNG 2 NĂM 2000 VỀ VIỆC …",
 * "CÔNG VĂN / CỦA VĂN PHÒNG CHÍNH PHỦ SỐ 854/VPCP-CN / NGÀY 09 THÁNG 3 NĂM 2000 VỀ VIỆC ĐÍNH CHÍNH …". The symbol after
 * "SỐ" is the document's own (not a citation), the body after "CỦA" its issuer, the date after "NGÀY" its date.
 * The gazette also puts the body last, "NGHỊ QUYẾT SỐ 214 NQ/UBTVQH9 NGÀY 26-8-1994 / CỦA ỦY BAN THƯỜNG VỤ QUỐC HỘI
 * QUY ĐỊNH …": the body after "CỦA" then runs up to the title's first word ("QUY ĐỊNH", "VỀ", "BAN HÀNH" …).
 * A heading may be broken anywhere across lines ("CỦA THỦ / TƯỚNG CHÍNH PHỦ SỐ …"), and its symbol may keep its
 * lower-case letters ("69/2008/QĐ-TTg"). Only the first lines in capitals are read, and only when the text states no
 * symbol of its own, or the same symbol there (the header reader took it from the heading and left its date, body).
 * Complexity: linear in the first lines.
 */
import { levelOfIssuer, levelOfSymbol, readVietnameseDate, recase } from '../document';
import type { DocumentMeta, NormalisedLine } from '../model';
import { joinLines } from '../normalise';
import { findProvinces } from '../provinces';
import { findSymbols, KIND_VI, kindWordAlone, kindWordAt, symbolKey, type SymbolMatch } from '../symbols';
import { squash } from '../text';
import type { MetaReading } from './meta';

/** "[KIND] CỦA <ISSUER> SỐ[:] <symbol>" (the kind may stand on the line above). */
const OF_ISSUER_NUMBERED = /^(?:(.+?)\s+)?CỦA\s+(.+?)\s+SỐ\s*:?\s*(?=\d)/u;
/** "<KIND> SỐ[:] <symbol> …": the body comes after the date. */
const NUMBERED_FIRST = /^(.+?)\s+SỐ\s*:?\s*(?=\d)/u;
/** "… CỦA <ISSUER>" after the date, the issuer ending where the title begins. */
const OF_ISSUER_AFTER = /^\s*,?\s*CỦA\s+(.+?)(?=\s+(?:VỀ|QUY ĐỊNH|BAN HÀNH|PHÊ DUYỆT|HƯỚNG DẪN|SỬA ĐỔI|BỔ SUNG|THÀNH LẬP|GIAO|PHÂN BỔ|ĐIỀU CHỈNH|CHO PHÉP|TRIỂN KHAI|THỰC HIỆN|TĂNG CƯỜNG|CÔNG BỐ)(?=\s|$)|\s*$)/u;
const DATED = /^\s*,?\s*(NGÀY\s+\d{1,2}\s+THÁNG\s+\d{1,2}\s+NĂM\s+\d{4}|NGÀY\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})/u;
/** Capitals, but for the words with digits (a symbol keeps its case: "69/2008/QĐ-TTg"). */
const isCaps = (t: string) => {
  const words = t.split(/\s+/u).filter((w) => !/\d/u.test(w)).join(' ');
  return /\p{Lu}/u.test(words) && words === words.toUpperCase();
};
/** Between "CỦA" and "SỐ" stands a body; a verb there means the number is a cited document's ("CHƯƠNG TRÌNH HÀNH ĐỘNG
 *  CỦA CHÍNH PHỦ THỰC HIỆN NGHỊ QUYẾT SỐ 42-NQ/TW …"). */
const CARRIES_OUT = /(?:^|\s)(?:THỰC HIỆN|TRIỂN KHAI|QUÁN TRIỆT|BAN HÀNH|SƠ KẾT|TỔNG KẾT)(?=\s|$)/u;

export function readCapsHeading(lines: readonly NormalisedLine[], meta: DocumentMeta): MetaReading {
  const first = lines.filter((l) => l.text.trim()).slice(0, 12);
  for (let i = 0; i < first.length; i++) {
    if (!isCaps(first[i].text)) continue;
    // The heading goes on over the capital lines below it ("NGÀY 09 THÁNG 3 NĂM 2000 VỀ VIỆC …").
    let last = i;
    while (last + 1 < first.length && last < i + 6 && isCaps(first[last + 1].text)) last++;
    const j = joinLines(first.slice(i, last + 1));
    const text = j.text.trimEnd();
    // (Kind and number first is read also when the header reader took the symbol from that line: it leaves the date.)
    const reading = (meta.symbol ? null : readIssuerFirst(text, j, i > 0 ? first[i - 1].text.trim() : '')) ?? readNumberFirst(text, j);
    if (reading && (!meta.symbol || symbolKey(reading.symbol!.value) === symbolKey(meta.symbol))) return reading;
  }
  return {};
}

type Joined = ReturnType<typeof joinLines>;

/** "[KIND] CỦA <ISSUER> SỐ <symbol> [NGÀY <date>] …", the kind on this line or the one above. */
function readIssuerFirst(text: string, j: Joined, above: string): MetaReading | null {
  const m = OF_ISSUER_NUMBERED.exec(text);
  // Before "CỦA" stands the kind word alone; anything longer is a title naming another document's issuer.
  if (!m || CARRIES_OUT.test(m[2]) || (m[1] && !kindWordAlone(m[1]))) return null;
  const s = symbolAt(text, m[0].length);
  if (!s) return null;
  const kw = kindWordAt(m[1] ?? '') ?? kindWordAt(above);
  return reading(text, j, s, kw, m[2], text.indexOf(m[2]));
}

/** "<KIND> SỐ <symbol> NGÀY <date> CỦA <ISSUER> <title>". */
function readNumberFirst(text: string, j: Joined): MetaReading | null {
  const m = NUMBERED_FIRST.exec(text);
  if (!m || !kindWordAlone(m[1])) return null;
  const s = symbolAt(text, m[0].length);
  if (!s) return null;
  // (The body may be left out: "NGHỊ QUYẾT SỐ 07/1998/NQ-CP NGÀY 06 THÁNG 7 NĂM 1998 VỀ PHIÊN HỌP …".)
  const afterDate = s.end + (DATED.exec(text.slice(s.end))?.[0].length ?? 0);
  const of = OF_ISSUER_AFTER.exec(text.slice(afterDate));
  const issuerAt = of ? afterDate + of[0].indexOf(of[1]) : s.end;
  return reading(text, j, s, kindWordAt(m[1]), of ? of[1] : '', issuerAt);
}

/** The symbol starting at `at`, read in the whole heading (a spaced form needs the "SỐ" before it: "SỐ 214 NQ/UBTVQH9"). */
const symbolAt = (text: string, at: number) => findSymbols(text).find((m) => m.index === at) ?? null;

/** The fields the heading gives, from its own symbol `s` (the document's, at the heading's "SỐ"). */
function reading(text: string, j: Joined, s: SymbolMatch, kw: ReturnType<typeof kindWordAt>, issuerRaw: string, issuerAt: number): MetaReading | null {
  const issuer = issuerRaw ? recase(issuerRaw) : '';
  // The body named in words says the level better than a symbol's code ("214 NQ/UBTVQH9" is no Party symbol).
  const level = (issuer ? levelOfIssuer(issuer) : null) ?? levelOfSymbol(s);
  if (!level) return null;
  const said = squash(text.slice(0, Math.max(s.end, issuerAt + issuerRaw.length)));
  const how = `the heading in capitals: "${said.length > 200 ? `${said.slice(0, 199)}…` : said}"`;
  const span = j.spanOf(s.index, s.end);
  const out: MetaReading = { symbol: { value: s.symbol, span, how }, number: { value: s.number, span, how } };
  // The kind word of the heading; else the symbol's code.
  const kind = s.kindCode ? s.kind : kw?.kind ?? s.kind;
  if (kind) {
    out.kind = { value: kind, span, how };
    out.kindVi = { value: kw && kw.kind === kind ? kw.vi : KIND_VI[kind], span, how };
  }
  if (issuer && levelOfIssuer(issuer)) out.issuer = { value: issuer, span: j.spanOf(issuerAt, issuerAt + issuerRaw.length), how };
  if (level) out.level = { value: level, span, how };
  const dated = DATED.exec(text.slice(s.end));
  const date = dated ? readVietnameseDate(dated[1].toLowerCase().replace(/\s*([/.-])\s*/gu, '$1'))?.iso : null;
  if (date) out.issuedOn = { value: date, span, how };
  const province = level === 'CENTRAL_PARTY' || level === 'CENTRAL_STATE' || !issuer ? undefined : findProvinces(issuer)[0];
  if (province) out.province = { value: province.province.name, span, how };
  return out;
}
