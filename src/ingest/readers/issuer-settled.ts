/**
 * Who issued the document, and so at which level, once the header and every copy reader have spoken. Three
 * habits of the documents the readers take literally:
 *  - an office is named for its body: "BỘ TRƯỞNG, CHỦ NHIỆM VĂN PHÒNG CHÍNH PHỦ" enacts for Văn phòng Chính phủ,
 *    "Bộ trưởng Bộ Tài chính" for the ministry, "Thống đốc Ngân hàng Nhà nước" for the bank, and a Prime Minister
 *    or a deputy ("Phó Thủ tướng Nguyễn Chí Dũng ký Quyết định …", "Thủ tướng") for the Thủ tướng Chính phủ. A
 *    provincial chairman who decides keeps his office ("Chủ tịch Ủy ban nhân dân tỉnh …": he, not the committee,
 *    decides);
 *  - the Party's header "BAN CHẤP HÀNH TRUNG ƯƠNG" stands over every central Party document: the board the
 *    symbol's code names ("116-HD/BTGTW": Ban Tuyên giáo Trung ương), or the body the text names with the
 *    document's own symbol ("Nghị quyết 52-NQ/TW năm 2019 của Bộ Chính trị"), issued it;
 *  - a Party code other than "TW" reads as provincial, but a central body named as issuer settles it:
 *    "Ban Chỉ đạo Trung ương … đã ban hành Công văn số 43-CV/BCĐ" is central, and so in no province.
 * Complexity: linear in the text (one pass over the paragraphs for the body named with the own symbol).
 */
import { completeIssuer, levelOfIssuer, selfNamedBody } from '../document';
import { issuerName } from './issuer-name';
import type { DocumentMeta, NormalisedLine } from '../model';
import { findSymbols } from '../symbols';
import { squash } from '../text';

/** The central Party boards by the issuer code of their symbols ("-HD/BTGTW", "-CV/BDVTW", "-CV/VPTW"). */
const PARTY_BOARD_CODES: Record<string, string> = {
  BTGTW: 'Ban Tuyên giáo Trung ương',
  BTCTW: 'Ban Tổ chức Trung ương',
  BDVTW: 'Ban Dân vận Trung ương',
  BNCTW: 'Ban Nội chính Trung ương',
  BKTTW: 'Ban Kinh tế Trung ương',
  BĐNTW: 'Ban Đối ngoại Trung ương',
  BTGDVTW: 'Ban Tuyên giáo và Dân vận Trung ương',
  VPTW: 'Văn phòng Trung ương Đảng',
  UBKTTW: 'Ủy ban Kiểm tra Trung ương',
};

/** The body a Party symbol's issuer code names, when it is a central board's ("116-HD/BTGTW"), else null. */
export function partyBoardOfSymbol(symbol: string | null): string | null {
  const m = symbol ? findSymbols(symbol)[0] : undefined;
  return m && m.style === 'PARTY' ? (PARTY_BOARD_CODES[m.issuerCode] ?? null) : null;
}

/**
 * "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ" → "Văn phòng Chính phủ", "Bộ trưởng Bộ Tài chính" → "Bộ Tài chính",
 * "Phó Thủ tướng Nguyễn Chí Dũng" / "Thủ tướng" → "Thủ tướng Chính phủ"; any other name is returned as it is.
 */
export function bodyOfOffice(issuer: string): string {
  const s = squash(issuer);
  if (/^(?:Phó\s+)?Thủ tướng(?:\s+Thường trực)?(?:\s+Chính phủ)?(?:\s+(?:\p{Lu}\p{Ll}*\s*){2,4})?$/u.test(s)) return 'Thủ tướng Chính phủ';
  // The office's title, its second title after a comma ("Bộ trưởng, Chủ nhiệm …"), then the body it heads.
  const m = /^(?:Phó\s+)?(?:Bộ trưởng|Thứ trưởng|Thống đốc|Phó Thống đốc|Tổng Kiểm toán|Chủ nhiệm|Giám đốc|Viện trưởng|Chánh án|Tổng Thanh tra|Cục trưởng|Vụ trưởng)(?:\s*,\s*(?:Chủ nhiệm|Trưởng ban)(?![\p{L}]))?\s+(.+)$/iu.exec(s);
  if (!m) return s;
  const body = m[1].replace(/^(\p{Ll})/u, (c) => c.toUpperCase()).replace(/^(Văn phòng|Ủy ban|Uỷ ban|Ngân hàng|Thanh tra) (chính phủ|nhà nước)/iu, (_x, a: string, b: string) => `${a} ${b.charAt(0).toUpperCase()}${b.slice(1).toLowerCase()}`);
  // "Tổng Kiểm toán Nhà nước" heads the Kiểm toán Nhà nước; the rest name their body after the title.
  const named = /^Tổng Kiểm toán/iu.test(s) ? `Kiểm toán ${body}` : body;
  return levelOfIssuer(named) ? named : s;
}

const CENTRAL = new Set(['CENTRAL_PARTY', 'CENTRAL_STATE']);

/** A Party committee below the centre, read from its secretary's office: "Huyện ủy Càng Long", "Tỉnh ủy". */
const PARTY_COMMITTEE = /^((?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng) [ủu]y)(?:\s+\p{Lu}.*)?$/u;
/**
 * (7x) "Ban Thường vụ Huyện ủy Chỉ đạo Đại hội …" / "Ngày 27 tháng 5 năm 2022, đồng chí Lê Văn Ngoan, Phó Bí thư Thường trực
 * Huyện ủy Càng Long đã ký ban hành Công văn số 1127-CV/HU …" / "Công văn nêu rõ: …, Ban Thường vụ Huyện ủy đề nghị …": the
 * secretary signs for the committee's standing board, which the page names as the body directing; the issuer is that board.
 */
function standingBoardSpeaking(issuer: string, lines: readonly NormalisedLine[]): string | null {
  const committee = PARTY_COMMITTEE.exec(issuer);
  if (!committee) return null;
  const word = committee[1].replace(/u(?=y$)/u, '[ủu]').replace(/ủ(?=y$)/u, '[ủu]');
  const board = new RegExp(String.raw`(?:^|[\s,;:])(?:Ban Thường vụ|BTV)\s+${word}(?:\s+\p{Lu}\p{Ll}*){0,3}\s+(?:(?:đã|cũng|vừa|tiếp tục)\s+)*(?:đề nghị|yêu cầu|chỉ đạo|Chỉ đạo|giao)(?![\p{L}])`, 'u');
  return lines.slice(0, 40).some((l) => board.test(l.text)) ? `Ban Thường vụ ${issuer}` : null;
}

export function settleIssuer(meta: DocumentMeta, lines: readonly NormalisedLine[]): DocumentMeta {
  // "Thông báo số 08-TB/BTGTW …" signed "K/T TRƯỞNG BAN": nothing but the symbol's code names the board.
  const board = meta.issuer ? null : partyBoardOfSymbol(meta.symbol);
  if (board) {
    const how = `the board its symbol's code names ("${meta.symbol}")`;
    return { ...meta, issuer: board, spans: { ...meta.spans, ...(meta.spans.symbol ? { issuer: meta.spans.symbol } : {}) }, inferred: { ...(meta.inferred ?? {}), issuer: how }, missing: meta.missing.filter((f) => f !== 'issuer') };
  }
  if (!meta.issuer) return meta;
  const out: DocumentMeta = { ...meta, spans: { ...meta.spans }, ...(meta.inferred ? { inferred: { ...meta.inferred } } : {}) };
  // A field this step changes says so, even where the header gave it (no reading was inferred before).
  const note = (how: string) => {
    out.inferred = { ...(out.inferred ?? {}) };
    out.inferred.issuer = out.inferred.issuer ? `${out.inferred.issuer}; ${how}` : how;
  };
  // The body's name out of the words a copy ran into it (issuer-name.ts).
  const named = issuerName(out.issuer!, out.symbol);
  if (named !== out.issuer) {
    note(`the body's name out of "${out.issuer}"`);
    out.issuer = completeIssuer(named, out.province);
  }
  const body = bodyOfOffice(out.issuer!);
  if (body !== out.issuer) {
    note(`the body the office "${out.issuer}" heads`);
    out.issuer = body;
  }
  // (Only a reading of a copy: a document's own header names its issuer, "T/M BAN THƯỜNG VỤ" or "T/M TỈNH ỦY".)
  const standing = out.inferred?.issuer ? standingBoardSpeaking(out.issuer!, lines) : null;
  if (standing) {
    note(`the standing board the page names directing ("${standing}")`);
    out.issuer = standing;
  }
  // ("Trung ương" alone, as a copy's run-together header leaves it, is the Central Committee too.)
  if (out.issuer === 'Ban Chấp hành Trung ương' || out.issuer === 'Trung ương') {
    const board = partyBoardOfSymbol(out.symbol);
    const named = board ? null : out.symbol ? selfNamedBody(lines, out.symbol) : null;
    if (board || named) {
      out.issuer = board ?? named!.value;
      if (named) out.spans.issuer = named.span;
      note(board ? `the board its symbol's code names ("${out.symbol}")` : `the body the text names with its symbol ("${out.symbol} … của ${named!.value}")`);
    }
  }
  const issuerLevel = levelOfIssuer(out.issuer!);
  // A level read with the words a copy ran into the issuer ("Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an": the Politburo's
  // level) follows the body the issuer was settled to (the ministry: the State's), both central.
  if (out.issuer !== meta.issuer && meta.inferred?.level && issuerLevel && CENTRAL.has(issuerLevel) && out.level && CENTRAL.has(out.level) && out.level !== issuerLevel && levelOfIssuer(meta.issuer!) !== issuerLevel) {
    out.level = issuerLevel;
    out.spans.level = out.spans.issuer;
    out.inferred = { ...(out.inferred ?? {}), level: `from the settled issuer "${out.issuer}"` };
  }
  // A provincial level with no province known, read from a Party code, yields to a central issuer.

  if (issuerLevel && CENTRAL.has(issuerLevel) && out.level && !CENTRAL.has(out.level) && !out.province) {
    out.level = issuerLevel;
    out.spans.level = out.spans.issuer;
    out.inferred = { ...(out.inferred ?? {}), level: `from the central issuer "${out.issuer}"` };
    out.missing = out.missing.filter((f) => f !== 'province');
  }
  return out;
}
