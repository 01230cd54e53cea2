/**
 * The document's own metadata: kind, symbol, issuer, level, province, date, title, signer.
 *
 * Each field is read from the places a Vietnamese administrative document states it, strongest first
 * (header block, kind heading, enacting sentence, appendix attribution "(Kèm theo Kế hoạch số …)",
 * signature block, symbol suffix). A field the text does not state stays null and is listed in
 * `missing`; a sidecar manifest (`<file>.meta.json`) can fill it in.
 * Complexity: linear in the text: the header, title and signature readers look at windows of a few lines, and
 * the preamble is split into paragraphs and joined once (normalise.ts).
 */
import { committeeSigned } from './chairman-signs';
import { z } from 'zod';
import type { DocumentKind, DocumentLevel, DocumentMeta, NormalisedLine, Span } from './model';
import { joinLines, spanOfLines, splitParagraphs } from './normalise';
import { findProvinces, provinceByName, provinceByShortName, PROVINCES } from './provinces';
import { carriedOutByAnother } from './carried-out';
import { toDrawUp } from './drawn-up';
import { findSymbols, KIND_VI, kindWordAt, symbolKey, type SymbolMatch } from './symbols';
import { foldDiacritics, isoDate, squash } from './text';
import { isCalendarDate } from './validate';
import { unaccentedBody } from './unaccented';

export interface ReadMetaOptions {
  /** Province to assume when the text names none (e.g. from the corpus folder). Not used by default. */
  provinceHint?: string | null;
}

type Field = 'kind' | 'kindVi' | 'symbol' | 'number' | 'issuer' | 'level' | 'province' | 'issuedOn' | 'title' | 'signer';
/** "… yêu cầu:", "… chỉ đạo như sau:": an assigning verb and its colon, the addressees after it. */
const ASSIGNED_AFTER_COLON = /(?:^|\s)(?:yêu cầu|đề nghị|giao|(?<!Ban\s)chỉ đạo|phân công)(?:\s+như sau)?\s*:[^.:]*$/u;
const FIELDS: Field[] = ['kind', 'kindVi', 'symbol', 'number', 'issuer', 'level', 'province', 'issuedOn', 'title', 'signer'];

// ---------------------------------------------------------------------------------------------------
// Dates

/** "ngày 20 tháng 8 năm 2025", "ngày 24/01/2025", "20/8/2025" → ISO; the first full date in `s`. */
export function readVietnameseDate(s: string): { iso: string; index: number; end: number } | null {
  const res: { iso: string; index: number; end: number }[] = [];
  for (const m of s.matchAll(/ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/giu)) {
    const iso = isoDate(+m[3], +m[2], +m[1]);
    if (iso) res.push({ iso, index: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  for (const m of s.matchAll(/(?<![\d/])(\d{1,2})\s?[/.-]\s?(\d{1,2})\s?[/.-]\s?(\d{4})(?!\d)/g)) {
    const iso = isoDate(+m[3], +m[2], +m[1]);
    if (iso) res.push({ iso, index: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  return res.sort((a, b) => a.index - b.index)[0] ?? null;
}

// ---------------------------------------------------------------------------------------------------
// Layout landmarks

const MOTTO_PHRASE = /\s*(CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM|ĐẢNG CỘNG SẢN VIỆT NAM|Độc lập\s*[-–]\s*Tự do\s*[-–]\s*Hạnh phúc)\s*/u;
const MOTTO = /^(?:cong hoa xa hoi chu nghia viet nam|doc lap\s*-\s*tu do\s*-\s*hanh phuc|dang cong san viet nam)\b/;
const SECTION_START = /^(?:[IVX]{1,5}\s*[.)-]\s+\p{Lu}|Phần\s+(?:[IVX]+|thứ)|PHẦN\s|Điều\s+1\b|A\.\s+\p{Lu})/u;
/** A council's session line under its name: "KHOÁ XII, KỲ HỌP CHUYÊN ĐỀ LẦN THỨ 7", "KHÓA XV - KỲ HỌP THỨ 5". */
const COUNCIL_SESSION = /^(?:KHÓA|KHOÁ)\s+[IVXLC]+\s*[,\-–]?\s*KỲ HỌP(?![\p{L}])/u;
const PREAMBLE_START = /^(?:Căn cứ|Thực hiện|Xét đề nghị|Theo đề nghị|Quán triệt|Trên cơ sở|Để\s|Nhằm\s)/u;
const SIGN_TITLE = /^(?:TM\.?|T\/M|T\.M\.?|KT\.?|K\/T|K\.T\.?|TL\.?|T\/L|TUQ\.?|Q\.\s)\s*\p{Lu}/u;
/** What a line must hold for one of its cells to open with SIGN_TITLE (a cell is a piece of its line): most hold none. */
const MAY_HOLD_SIGN_TITLE = /TM|T\/M|T\.M|KT|K\/T|K\.T|TL|T\/L|TUQ|Q\./;
const SIGN_ROLE = /^(?:PHÓ\s+)?(?:CHỦ TỊCH|BÍ THƯ|THỦ TƯỚNG|BỘ TRƯỞNG|GIÁM ĐỐC|TRƯỞNG BAN|CHÁNH VĂN PHÒNG|TỔNG BÍ THƯ|THỨ TRƯỞNG|PHÓ THỦ TƯỚNG|VIỆN TRƯỞNG|CỤC TRƯỞNG)(?![\p{L}])/u;
const APPENDIX = /^\s*(?:PHỤ LỤC|Phụ lục|PL)\s*(?:[IVX\d]+|số)?(?![\p{L}])/u;

interface Landmarks {
  /** Index (into lines) of the kind heading, or -1. */
  heading: number;
  /** Index of the first body section heading ("I. MỤC ĐÍCH"), or lines.length. */
  body: number;
  /** Index of the first signature line ("TM. ỦY BAN NHÂN DÂN"), or -1. */
  signature: number;
  /** Index of the first appendix heading after the signature, or lines.length. */
  appendix: number;
}

/**
 * The columns of a layout line: the header and signature blocks are two columns side by side, which
 * DOCX/PDF text separates with tabs or runs of spaces and a Markdown transcription writes as a pipe
 * table row with "<br>" line breaks.
 */
function cellsOf(text: string): string[] {
  return text
    // A web copy runs the two columns together with one space: "CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    // "Số 68-NQ/TW Hà Nội, ngày 04 tháng 5 năm 2025".
    .replace(MOTTO_PHRASE, '\t$1\t')
    // "Văn phòng Chính phủ Số: 626/QĐ-VPCP |": the body and its number share a cell.
    .replace(/(?<=\p{L})\s+(?=Số\s*:\s*\d)/u, '\t')
    .replace(/((?:^|\s)\S*[\d/]\S*)\s+((?:\p{Lu}\p{Ll}*\s){0,3}\p{Lu}\p{Ll}*,\s*ngày\s+\d)/u, '$1\t$2')
    // (A number typed into the template's blank keeps the blank's spaces before its code, "Số: 187    /KH-UBND": one cell.)
    .replace(/(?<=\d)\s{3,}(?=\/)/gu, ' ')
    // A rule drawn under a name ("THỦ TƯỚNG CHÍNH PHỦ --------------- Số: 24/CT-TTg") closes its cell too.
    .split(/\t|\s{3,}|\s*\|\s*|<br\s*\/?>|\s+[-_=]{3,}\s+/i)
    .map((c) => c.trim().replace(/^[*_]+|[*_]+$/g, '').trim()) // Markdown emphasis: "*Quảng Ninh, ngày …*", "**KT. BỘ TRƯỞNG"
    .filter((c) => c && !/^:?-{3,}:?$/.test(c));
}

/** The Party's central bodies that issue documents under the Central Committee's header. */
const PARTY_CENTRAL_BODY = /^(?:Bộ Chính trị|Ban Bí thư|Ban Chấp hành Trung ương)$/u;

/** "… Quy định số 97-QĐ/TW ngày 7/2/2023 của Bộ Chính trị …": the body the text names with the document's own symbol. */
export function selfNamedBody(lines: readonly NormalisedLine[], symbol: string): Found<string> | null {
  const key = symbolKey(symbol);
  for (const para of splitParagraphs(lines)) {
    const j = joinLines(para);
    for (const m of findSymbols(j.text)) {
      if (symbolKey(m.symbol) !== key) continue;
      // "Nghị quyết 52-NQ/TW năm 2019 của Bộ Chính trị": a portal names the year instead of the date.
      const after = /^\s*,?\s*(?:ngày\s+[\d/-]+(?:\s+tháng\s+\d+\s+năm\s+\d{4})?\s*|năm\s+\d{4}\s*)?,?\s*của\s+(Bộ Chính trị|Ban Bí thư|Ban Chấp hành Trung ương)(?![\p{L}])/u.exec(j.text.slice(m.end));
      if (after) {
        const at = m.end + after[0].length - after[1].length;
        return { value: after[1], span: j.spanOf(at, at + after[1].length) };
      }
    }
  }
  return null;
}

/**
 * The enacting formula after a central Party document's preamble names the body that issues it under the Central
 * Committee's header: "Ban Bí thư quy định về thể loại … như sau:", "Sau khi nghe Ban Chỉ đạo …, Bộ Chính trị đã thảo
 * luận và kết luận:", "Xét đề nghị của Văn phòng Trung ương Đảng, Ban Bí thư ban hành Quy chế …". Only before the body's
 * first section ("I- …", "Điều 1", "Chương I").
 */
// (The last preamble clause, ending with a comma, runs into it: "- Theo đề nghị của Văn phòng Trung ương Đảng, Ban Bí thư …".)
const ENACTING_CENTRAL = /^(?:(?:Sau khi|[-–]?\s*(?:Theo|Xét) đề nghị)\s[^.;]{3,300}?,\s*)?(Bộ Chính trị|Ban Bí thư)(?:\s+(?:khóa|khoá)\s+[IVXLC]+)?\s+(?:đã\s+)?(?:thảo luận(?:,|\s+và)\s+)?(?:kết luận|quy định|chỉ thị|quyết định|ban hành)(?![\p{L}])/u;
const FIRST_SECTION = /^(?:[IVX]{1,5}\s*[-.)]\s*\p{Lu}|Chương\s+[IVX\d]|CHƯƠNG\s|Điều\s+1\b|Phần\s|PHẦN\s)/u;
export function enactingCentralBody(lines: readonly NormalisedLine[]): Found<string> | null {
  for (const para of splitParagraphs(lines)) {
    if (FIRST_SECTION.test(para[0].text.trim())) return null;
    const j = joinLines(para);
    const m = ENACTING_CENTRAL.exec(j.text.trim());
    if (!m) continue;
    const at = j.text.length - j.text.trimStart().length + m[0].lastIndexOf(m[1]);
    return { value: m[1], span: j.spanOf(at, at + m[1].length) };
  }
  return null;
}

interface HeaderCell {
  l: NormalisedLine;
  /** The cell's last line (a portal's table cell wraps its words over several lines). */
  last: NormalisedLine;
  c: string;
}

/** A line that only separates cells: "|", or a rule under a name ("-------", "***"). */
const CELL_RULE = /^\s*(?:\||[-_=*.·]{3,})\s*$/u;

/**
 * The header of a legal portal's table copy: each cell's text on lines of its own, cells separated by lines
 * holding "|", and words wrapped anywhere ("THỦ TƯỚNG CHÍNH" / "PHỦ", "Số:" / "80/NQ-CP", "Hà Nội, ngày 18" /
 * "tháng 02 năm 2014"). Lines between separators (and rules) are one cell; null for any other layout.
 */
function pipeCells(header: readonly NormalisedLine[]): HeaderCell[] | null {
  if (header.filter((l) => l.text.trim() === '|').length < 2) return null;
  const out: HeaderCell[] = [];
  let run: NormalisedLine[] = [];
  const flush = () => {
    if (run.length) for (const c of cellsOf(joinLines(run).text)) out.push({ l: run[0], last: run[run.length - 1], c });
    run = [];
  };
  for (const l of header) {
    if (CELL_RULE.test(l.text)) flush();
    else run.push(l);
  }
  flush();
  return out;
}

function nonBlank(lines: readonly NormalisedLine[]): number[] {
  return lines.map((l, i) => (l.text.trim() ? i : -1)).filter((i) => i >= 0);
}

/**
 * Is the line the document kind heading: "KẾ HOẠCH", "CHƯƠNG TRÌNH HÀNH ĐỘNG", "NGHỊ QUYẾT" (all caps)? The
 * Party writes the issuing body into it: "NGHỊ QUYẾT CỦA BỘ CHÍNH TRỊ" (`of`: "BỘ CHÍNH TRỊ").
 */
function headingKind(text: string): { kind: DocumentKind; vi: string; of?: string } | null {
  // ("DỰ THẢO CHƯƠNG TRÌNH HÀNH ĐỘNG", a draft published for comment: the draft's word before the kind, as "(DỰ THẢO)" after it.)
  const t = squash(text.replace(/\t/g, ' ')).replace(/^DỰ THẢO\s+(?=\p{Lu})/u, '');
  if (!t || t !== t.toUpperCase() || t.length > 80) return null;
  const w = kindWordAt(t);
  if (!w) return null;
  const after = t.slice(w.length).trim();
  const rest = foldDiacritics(after);
  const of = /^CỦA\s+(.{3,60})$/u.exec(after);
  if (of && levelOfIssuer(recase(of[1]))) return { kind: w.kind, vi: w.vi, of: of[1] };
  // "QUY ĐỊNH (BỔ SUNG)", "NGHỊ QUYẾT (SỬA ĐỔI)": a qualifier in parentheses keeps the heading a kind heading.
  if (t.length > 40 || (rest && !/^(?:hanh dong|lien tich)?\s*(?:\((?:bo sung|sua doi|sua doi, bo sung|du thao)\))?$/.test(rest))) return null;
  return { kind: w.kind, vi: w.vi };
}

/** An office named in the kind heading ("QUYẾT ĐỊNH CỦA BỘ TRƯỞNG"): it signs for the body named below it. */
const OFFICE = /^(?:BỘ TRƯỞNG|CHỦ TỊCH|GIÁM ĐỐC|THỦ TRƯỞNG|TRƯỞNG BAN|CHÁNH VĂN PHÒNG|TỔNG GIÁM ĐỐC|VIỆN TRƯỞNG|CHÁNH ÁN)$/u;
/** "CỦA BỘ CHÍNH TRỊ", "của Ban Bí thư" under the kind heading: the body that issues a Party document. */
/**
 * A web copy's narrow table cell breaks the header's names word by word ("THÀNH" / "ỦY" / "THÀNH PHỐ HỒ CHÍ
 * MINH", "ĐẢNG" / "CỘNG SẢN VIỆT NAM"): a one-word capitals line goes with the line after it.
 */
function joinBrokenCaps<T extends { l: NormalisedLine; c: string }>(cells: readonly T[]): T[] {
  const out: T[] = [];
  let carry: T | null = null;
  for (const cell of cells) {
    const joined: T = carry ? { ...cell, c: `${carry.c} ${cell.c}`, l: carry.l } : cell;
    carry = !/\s/.test(joined.c.trim()) && joined.c.trim().length <= 8 ? joined : null;
    if (!carry) out.push(joined);
  }
  return out;
}

function issuingBodyLine(text: string): string | null {
  // The older heading runs the body into its own number and date: "CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 60/2002/ QĐ-TTG NGÀY 13 THÁNG 5".
  const m = /^(?:CỦA|của)\s+(.{3,60}?)(?:\s+(?:SỐ|số)\s+\d.*)?[.:]?$/u.exec(squash(text));
  if (!m || !/^\p{Lu}/u.test(m[1])) return null;
  const body = recase(m[1]);
  return levelOfIssuer(body) ? body : null;
}

function findLandmarks(lines: readonly NormalisedLine[]): Landmarks {
  const idx = nonBlank(lines);
  let heading = -1;
  for (const i of idx.slice(0, 60)) {
    if (headingKind(lines[i].text)) {
      heading = i;
      break;
    }
  }
  let body = lines.length;
  for (const i of idx) {
    if (i > heading && SECTION_START.test(lines[i].text.trim())) {
      body = i;
      break;
    }
  }
  let signature = -1;
  // A text without Roman parts or articles (a Kết luận numbered "1.", "2.") has no body landmark: its signature
  // is still below its first lines.
  // (A short page may sign after two paragraphs: "Thông báo số 08-TB/BTGTW …", its text, "K/T TRƯỞNG BAN"; no header
  // line is a signature title.)
  const signedAfter = body < lines.length ? body : Math.max(heading, idx[1] ?? lines.length);
  for (const i of idx) {
    if (i > signedAfter && MAY_HOLD_SIGN_TITLE.test(lines[i].text) && cellsOf(lines[i].text).some((c) => SIGN_TITLE.test(c))) {
      signature = i;
      break;
    }
  }
  if (signature < 0) {
    // (A letter with no sections signs "BỘ TRƯỞNG, CHỦ NHIỆM" / "Nguyễn Xuân Phúc" below its text: the role counts
    // there only with a name under it, so an enacting line "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH" over a preamble is none.)
    const named = (k: number) => idx.slice(k + 1, k + 6).some((n) => personName(lines[n].text) !== null);
    for (const [k, i] of idx.entries()) {
      const role = SIGN_ROLE.test(lines[i].text.trim()) && lines[i].text.trim() === lines[i].text.trim().toUpperCase();
      if (role && (i > body || (body >= lines.length && i > signedAfter && named(k)))) {
        signature = i;
        break;
      }
    }
  }
  let appendix = lines.length;
  for (const i of idx) {
    if (i > Math.max(signature, body) && APPENDIX.test(lines[i].text) && lines[i].text.trim().length < 60) {
      appendix = i;
      break;
    }
  }
  return { heading, body, signature, appendix };
}

// ---------------------------------------------------------------------------------------------------
// Names in capitals → normal case

/** Words kept in capitals when re-casing a heading ("UBND"). */
const KEEP_CAPS = new Set(['UBND', 'HĐND', 'MTTQ', 'BHXH', 'TP', 'TW', 'CP']);
/** Proper nouns re-capitalised after lowercasing a heading: provinces and Party/State bodies. */
const PROPER = [
  'Đoàn TNCS Hồ Chí Minh', 'Trung ương Đoàn', 'Ban Chấp hành Đoàn', 'Tỉnh đoàn', 'Thành đoàn', 'Huyện đoàn',
  // The Front, the mass organisations, and the province's units of central agencies: "UỶ BAN MẶT TRẬN TỔ QUỐC VIỆT NAM",
  // "LIÊN ĐOÀN LAO ĐỘNG TỈNH …", "CÔNG AN TỈNH …", "BỘ CHỈ HUY QUÂN SỰ TỈNH …".
  'Mặt trận Tổ quốc', 'Tổng Liên đoàn Lao động', 'Liên đoàn Lao động', 'Hội Liên hiệp Phụ nữ', 'Hội Nông dân', 'Hội Cựu chiến binh',
  'Bộ Chỉ huy Quân sự', 'Bộ Chỉ huy Bộ đội Biên phòng', 'Công an', 'Bảo hiểm xã hội', 'Kho bạc Nhà nước', 'Ngân hàng Nhà nước',
  // The Government's agencies of ministerial rank (CENTRAL_UNIT): "ỦY BAN DÂN TỘC", "KIỂM TOÁN NHÀ NƯỚC".
  'Ủy ban Dân tộc', 'Uỷ ban Dân tộc', 'Thanh tra Chính phủ', 'Kiểm toán Nhà nước', 'Thông tấn xã', 'Đài Tiếng nói', 'Đài Truyền hình',
  ...PROVINCES.map((p) => p.name),
  'Thành ủy', 'Tỉnh ủy', 'Huyện ủy', 'Quận ủy', 'Thị ủy', 'Thành uỷ', 'Tỉnh uỷ', 'Huyện uỷ', 'Quận uỷ', 'Thị uỷ',
  'Đảng ủy', 'Đảng bộ', 'Ban Thường vụ', 'Ban Chấp hành', 'Bộ Chính trị', 'Ban Bí thư',
  'Trung ương Đảng', 'Trung ương', 'Chính phủ', 'Thủ tướng', 'Quốc hội', 'Việt Nam', 'Thủ đô',
];

/** Each proper noun's lowercase spelling and its whole-word pattern, compiled once. */
const PROPER_RES = PROPER.map((name) => {
  const lower = name.toLowerCase();
  return { lower, name, re: new RegExp(`(?<![\\p{L}])${lower.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu') };
});

/** "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI" → "Ủy ban nhân dân thành phố Hà Nội". Mixed-case input is kept. */
export function recase(s: string): string {
  // ("BỘ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI ——-": the header's rule, run onto the name's line, is no part of it.)
  const t = squash(s).replace(/\s*[-–—]{2,}\s*$/u, '');
  if (t !== t.toUpperCase()) return t;
  // "BO GIAO DUC VA DAO TAO": a header typed without marks names a known body with them.
  const unaccented = unaccentedBody(t);
  if (unaccented) return unaccented;
  let out = t
    .split(' ')
    .map((w) => (w === 'BCH' ? 'ban chấp hành' : KEEP_CAPS.has(w) ? w : w.toLowerCase()))
    .join(' ');
  for (const { lower, re, name } of PROPER_RES) if (out.includes(lower)) out = out.replace(re, name);
  // A place no list holds, closing the name after its unit: "HUYỆN ỦY THĂNG BÌNH", "ỦY BAN NHÂN DÂN HUYỆN BÌNH CHÁNH".
  out = out.replace(/(?<![\p{L}])((?:huyện|quận|thị xã|thị trấn|xã(?! hội)|phường|thành phố|tỉnh|Huyện ủy|Quận ủy|Thị ủy|Huyện uỷ|Quận uỷ|Thị uỷ) )(\p{Ll}[\p{L}]*(?: \p{Ll}[\p{L}]*){0,3})$/u, (m, unit: string, place: string) =>
    /^(?:ủy|uỷ)(?![\p{L}])/u.test(place) ? m : unit + place.replace(/(^|\s)(\p{Ll})/gu, (_w, sp: string, c: string) => sp + c.toUpperCase()),
  );
  // A department or office is named by its fields, as a ministry is: "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "ĐẢNG ỦY SỞ Y TẾ", "CỤC THUẾ TỈNH …".
  out = out.replace(/(?<![\p{L}])(?:[sS]ở|[cC]ục|[cC]hi cục) (\p{Ll}[\p{Ll} ,-]*?)(?=$| (?:tỉnh|thành phố|huyện|quận|thị xã)(?![\p{L}]))/u, (m, fields: string) =>
    `${m.slice(0, m.length - fields.length).replace(/^\p{Ll}/u, (c) => c.toUpperCase())}${fields.replace(/(^|, |- | và )(\p{Ll})/gu, (_f, sep: string, c: string) => sep + c.toUpperCase()).replace(/^Công thương$/u, 'Công Thương')}`,
  );
  // "ỦY BAN THƯỜNG VỤ QUỐC HỘI": a committee ("ủy ban") holds no board ("Ban Thường vụ") in its name.
  // ("TỈNH ỦY BAN THƯỜNG VỤ" run together is a committee and its board.)
  out = out.replace(/(?<![\p{L}])(?<!(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng|đảng|Xã|xã|Phường|phường) )([ỦủUu][ỷy]) Ban(?= )/gu, '$1 ban');
  // "BAN CÁN SỰ ĐẢNG BỘ TÀI CHÍNH": the board of the ministry, not a "Đảng bộ".
  out = out.replace(/(ban cán sự) Đảng bộ(?= )/u, '$1 đảng Bộ');
  // A ministry is named by its fields, each capitalised: "Bộ Văn hóa, Thể thao và Du lịch", "Bộ Công Thương".
  out = out.replace(/(?<![\p{L}])[bB]ộ (?!chỉ huy|tư lệnh)(\p{Ll}[\p{Ll} ,\-–]*)$/u, (_m, fields: string) =>
    `Bộ ${fields.replace(/(^|, |- |– | và )(\p{Ll})/gu, (_f, sep: string, c: string) => sep + c.toUpperCase()).replace(/^Công thương$/u, 'Công Thương')}`,
  );
  return out.charAt(0).toUpperCase() + out.slice(1);
}

// ---------------------------------------------------------------------------------------------------
// Issuer and level

const PARTY_BODY = /^(?:Ban Thường vụ|Ban Chấp hành|Thành ủy|Tỉnh ủy|Thành uỷ|Tỉnh uỷ|Đảng ủy|Đảng uỷ|Đảng bộ|Huyện ủy|Quận ủy|Thị ủy|Ban Tuyên giáo|Ban Tổ chức|Ban Dân vận|Ban Nội chính|Bộ Chính trị|Ban Bí thư|Ủy ban Kiểm tra|Đảng đoàn|Ban cán sự)/iu;
/**
 * Central Party bodies: the Politburo, Secretariat and Central Committee, its boards and office, and the Party
 * organisations of the central State (Đảng đoàn / Đảng ủy Quốc hội, Đảng ủy / Ban cán sự đảng Chính phủ, a
 * ministry's Ban cán sự đảng or Đảng ủy, a Tổ đảng of the National Assembly's committees). They sign "Hà Nội,
 * ngày …" like everyone in the capital, and belong to no province.
 */
const CENTRAL_PARTY = new RegExp(
  '^(?:Bộ Chính trị|Ban Bí thư|Ban Chấp hành Trung ương|Trung ương|Ủy ban Kiểm tra Trung ương|Uỷ ban Kiểm tra Trung ương|Văn phòng Trung ương|' +
    'Ban [^;]{2,40}?Trung ương|' +
    '(?:Đảng đoàn|Đảng ủy|Đảng uỷ|Ban cán sự đảng|Ban Cán sự Đảng|Ban cán sự Đảng) (?:Quốc hội|Chính phủ|Mặt trận Tổ quốc Việt Nam|Bộ\\s(?!Chỉ huy|Tư lệnh)|Ngân hàng Nhà nước|Kiểm toán Nhà nước|Tòa án nhân dân tối cao|Toà án nhân dân tối cao|Viện kiểm sát nhân dân tối cao|Khối các cơ quan Trung ương|các cơ quan Đảng Trung ương|Công an Trung ương|Quân ủy Trung ương)|' +
    'Quân ủy Trung ương|Đảng ủy Công an Trung ương|Tổ đảng (?:ở |tại |trong )?(?:Hội đồng Dân tộc|(?:các )?(?:Ủy ban|Uỷ ban)[^;]*Quốc hội))',
  'iu',
);
// (… and the Government's steering committees: "Ban Chỉ đạo của Chính phủ về tổng kết …", "Ban Chỉ đạo quốc gia …"; a
// ministry's general department: "Tổng cục Hải quan", "Tổng cục Thuế".)
// (… and the State's national councils and committees: "Ủy ban Quốc gia phòng, chống AIDS, ma túy, mại dâm", "Hội đồng phối
// hợp phổ biến, giáo dục pháp luật Trung ương" — a council named for the centre is the centre's.)
const CENTRAL_STATE = /^(?:(?:Ủy ban|Uỷ ban|Hội đồng)\s+[Qq]uốc gia(?![\p{L}])|Hội đồng\s[^;]{2,80}?\s[Tt]rung ương$|Tổng cục\s+\p{Lu}|Ban Chỉ đạo\s(?:[^;]{0,40}?\s)?(?:của\s+)?(?:Chính phủ|Thủ tướng Chính phủ|quốc gia)(?![\p{L}])|Chính phủ|Thủ tướng|Bộ\s(?!Chỉ huy|Tư lệnh)|Quốc hội|Ủy ban Thường vụ Quốc hội|Uỷ ban Thường vụ Quốc hội|Văn phòng Chính phủ|Văn phòng Quốc hội|Ngân hàng Nhà nước|Kiểm toán Nhà nước|Tòa án nhân dân tối cao|Toà án nhân dân tối cao|Viện kiểm sát nhân dân tối cao)/iu;
// "Chủ tịch Ủy ban nhân dân tỉnh …" issues its own decisions and directives.
// A province's department writes its own letters: "Sở Văn hóa, Thể thao và Du lịch ban hành công văn số 495/SVHTTDL …".
const LOCAL_STATE = /^(?:Chủ tịch\s+)?(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Hội đồng nhân dân|HĐND)/iu;
const DEPARTMENT = /^(?:Sở|SỞ)\s+\p{Lu}/u;

/**
 * A plenum of the Central Committee issues in its name: "Hội nghị TW5", "Hội nghị Trung ương 8 khóa XIII", "Hội
 * nghị lần thứ năm Ban Chấp hành Trung ương", and "Trung ương Đảng" as news says it, are the Ban Chấp hành Trung ương.
 */
const CENTRAL_PLENUM = /^(?:Hội nghị\s+(?:TW|T\.Ư|Trung ương)\s*\d{1,2}|Hội nghị (?:lần thứ\s+\S+\s+)?(?:Ban Chấp hành Trung ương|Trung ương)(?:\s+Đảng)?(?:\s+lần thứ\s+\S+)?|(?:Ban Chấp hành\s+)?Trung ương Đảng)(?:\s+khoá|\s+khóa|\s*$)/u;
export function plenumIssuer(issuer: string): string {
  return CENTRAL_PLENUM.test(issuer.trim()) ? 'Ban Chấp hành Trung ương' : issuer;
}

/**
 * The State's central steering committees that "Ban … Trung ương" would take for a Party board: disaster prevention
 * ("Ban Chỉ đạo Trung ương về phòng, chống thiên tai", "Ban Chỉ đạo Trung ương Phòng chống thiên tai", "… phòng chống
 * lụt bão"), the national target programmes, the interministerial ones ("Ban Chỉ đạo liên ngành Trung ương về vệ sinh
 * an toàn thực phẩm": its members are ministries); they answer to the Government.
 */
const STATE_STEERING = /^(?:Ban Chỉ đạo (?:Trung ương|TW|T\.Ư)\s+(?:về\s+)?(?:công tác\s+)?(?:phòng,?\s*chống (?:thiên tai|lụt,?\s*bão|lụt bão)|các chương trình mục tiêu quốc gia|chương trình mục tiêu quốc gia))|^Ban Chỉ đạo liên ngành (?:Trung ương|TW|T\.Ư|quốc gia)(?![\p{L}])/iu;

/** "Văn phòng Ban Chỉ đạo …", "Văn phòng thường trực Ban Chỉ đạo Quốc gia …": a board's office is of its board's level. */
// ("Văn phòng UBND tỉnh", "Văn phòng HĐND tỉnh": a committee's or a council's office, of its level.)
const BOARD_OFFICE = /^Văn phòng\s+(?:thường trực\s+)?(?=(?:Ban|Ủy ban|Uỷ ban|Hội đồng)\s+\p{L}|(?:UBND|HĐND)(?![\p{L}]))/iu;

/** The inspection commission of a Party committee, named before the committee: "Ủy ban Kiểm tra Đảng ủy Khối …". */
const INSPECTION_OF = /^(?:Ủy ban|Uỷ ban) [Kk]iểm tra\s+(?=(?:Đảng|Tỉnh|Thành|Huyện|Quận|Thị|Quân)\s*(?:ủy|uỷ|bộ|Ủy|Uỷ)(?![\p{L}]))/u;

/**
 * A standing committee named without "Ban": "Thường vụ Quân ủy Trung ương", "Thường vụ Tỉnh ủy" — the committee's level; so too
 * a committee's standing members, who direct in its name: "Thường trực Tỉnh uỷ đề nghị …", "Thường trực Thành ủy …" ("Thường
 * trực Ban Bí thư" is one person's office, no body, and the Government has none).
 */
const STANDING_OF = /^(?:Thường vụ|Thường trực(?!\s+(?:Ban Bí thư|Chính phủ)(?![\p{L}])))\s+(?=\p{Lu})/u;

/**
 * A province's or district's unit of a central agency, its police and its military command: "Công an tỉnh Thanh Hóa",
 * "Bộ Chỉ huy Quân sự tỉnh Đắk Lắk", "Cục Thuế tỉnh Bắc Ninh", "Bảo hiểm xã hội tỉnh Nghệ An" — the State at that level.
 */
const LOCAL_UNIT = /^(?:Công an|Bộ Chỉ huy Quân sự|Bộ Chỉ huy Bộ đội Biên phòng|Ban Chỉ huy Quân sự|(?:Cục|Chi cục)\s+\p{Lu}[\p{L} ]{1,30}?|Bảo hiểm xã hội|Kho bạc Nhà nước)\s+(?:tỉnh|thành phố|huyện|quận|thị xã)(?:\s+\p{Lu}|$)/u;
// The Government's agencies of ministerial rank and its central agencies, named whole (a header in capitals recases them
// in lower case: "Ủy ban dân tộc").
const CENTRAL_UNIT = /^(?:Bảo hiểm xã hội Việt Nam|Kho bạc Nhà nước|Ủy ban Dân tộc|Uỷ ban Dân tộc|Thanh tra Chính phủ|Kiểm toán Nhà nước|Thông tấn xã Việt Nam|Đài Tiếng nói Việt Nam|Đài Truyền hình Việt Nam|Ủy ban Quản lý vốn nhà nước tại doanh nghiệp|Viện Hàn lâm Khoa học (?:và Công nghệ|xã hội) Việt Nam)$/iu;
/**
 * The Front and the mass organisations, which stand with the Party in the political system (khối Đảng, Mặt trận, đoàn
 * thể), so their documents take the Party's side of a level: a province's or district's ("Ủy ban MTTQ Việt Nam tỉnh Lâm
 * Đồng", "Liên đoàn Lao động tỉnh Bình Dương", "Tỉnh đoàn Nghệ An") and the nation's ("Tổng Liên đoàn Lao động Việt Nam",
 * "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"), which, like every central body, belongs to no province.
 */
const LOCAL_FRONT = /^(?:(?:Ban Thường trực\s+)?(?:Ủy ban|Uỷ ban)\s+(?:Mặt trận Tổ quốc|MTTQ)(?:\s+Việt Nam)?|Liên đoàn Lao động|Hội Liên hiệp Phụ nữ|Hội Nông dân|Hội Cựu chiến binh|Tỉnh đoàn|Thành đoàn|Huyện đoàn)\s+(?:(?:tỉnh|thành phố|huyện|quận|thị xã)\s+)?\p{Lu}/u;
const CENTRAL_FRONT = /^(?:(?:Ban Thường trực\s+)?(?:Ủy ban|Uỷ ban)\s+(?:Trung ương\s+)?(?:Mặt trận Tổ quốc|MTTQ)\s+Việt Nam|Tổng Liên đoàn Lao động Việt Nam|Hội (?:Liên hiệp Phụ nữ|Nông dân|Cựu chiến binh) Việt Nam|Trung ương Hội\s+\p{Lu}.*)$/u;

export function levelOfIssuer(issuer: string): DocumentLevel | null {
  const s = issuer.trim();
  if (BOARD_OFFICE.test(s)) return levelOfIssuer(s.replace(BOARD_OFFICE, ''));
  if (STANDING_OF.test(s)) return levelOfIssuer(s.replace(STANDING_OF, ''));
  // "Ủy ban Kiểm tra Đảng ủy Khối các cơ quan Trung ương": a Party committee's inspection commission is at its committee's level.
  const inspecting = INSPECTION_OF.exec(s);
  if (inspecting) {
    const of = levelOfIssuer(s.slice(inspecting[0].length));
    if (of) return of;
  }
  if (LOCAL_UNIT.test(s)) return 'PROVINCIAL_STATE';
  if (CENTRAL_UNIT.test(s)) return 'CENTRAL_STATE';
  if (CENTRAL_FRONT.test(s)) return 'CENTRAL_PARTY';
  if (LOCAL_FRONT.test(s)) return 'PROVINCIAL_PARTY';
  if (STATE_STEERING.test(s)) return 'CENTRAL_STATE';
  if (CENTRAL_PARTY.test(s)) return 'CENTRAL_PARTY';
  if (PARTY_BODY.test(s)) return 'PROVINCIAL_PARTY';
  if (CENTRAL_STATE.test(s)) return 'CENTRAL_STATE';
  if (LOCAL_STATE.test(s) || DEPARTMENT.test(s)) return 'PROVINCIAL_STATE';
  return null;
}

/** Level from a symbol: "/TW" central Party, "/TU" "/ĐU" provincial Party, "-CP" "-TTg" central State, "-UBND" provincial State. */
export function levelOfSymbol(m: SymbolMatch): DocumentLevel | null {
  const iss = m.issuerCode.split('-')[0];
  // Party codes of central bodies: "…/TW", "…/ĐĐQH15" (Đảng đoàn Quốc hội), "…/ĐUQH", "…/ĐUCP", "…/BCSĐCP".
  // (A State body's code written Party-style, "17-KH/UBND", "25-NQ/HĐND", is still the State body's.)
  if (m.style === 'PARTY' && /^(?:UBND|HĐND)$/u.test(iss)) return 'PROVINCIAL_STATE';
  if (m.style === 'PARTY') return iss === 'TW' || /TW$/.test(iss) || /^(?:ĐĐQH|ĐUQH|ĐUCP|BCSĐCP|ĐĐCP)/u.test(iss) ? 'CENTRAL_PARTY' : 'PROVINCIAL_PARTY';
  if (m.style === 'LAW') return 'CENTRAL_STATE';
  // "15/CĐ-TW", "20/CĐ-TW": a telegram of a central State body (the disaster steering committee), State-style with "TW".
  if (m.style === 'STATE' && /-(?:TW|TƯ)$/u.test(m.symbol)) return 'CENTRAL_STATE';
  // The offices of the Government and the National Assembly ("626/QĐ-VPCP", "…/VPQH") before a province's ("VPUB").
  // ("…/QĐ-BCĐ": a steering committee's, central or a province's, is told by its issuer, not its code.)
  if (iss === 'BCĐ') return null;
  if (/^(?:CP|TTg|VPCP|VPQH|QH|B[A-ZĐ]|NHNN|TANDTC|VKSNDTC|KTNN)/u.test(iss)) return 'CENTRAL_STATE';
  if (/^(?:UBND|HĐND|SNgV|S[A-ZĐ]|VP(?:UB)?)/u.test(iss)) return 'PROVINCIAL_STATE';
  return null;
}

/** Issuer implied by a symbol suffix when the text names none. */
export function issuerOfSymbol(m: SymbolMatch, province: string | null): string | null {
  const p = province ? provinceByName(province) : null;
  const place = p ? `${p.city ? 'thành phố' : 'tỉnh'} ${p.name}` : null;
  const iss = m.issuerCode.split('-')[0];
  if (iss === 'UBND') return place ? `Ủy ban nhân dân ${place}` : 'Ủy ban nhân dân';
  if (iss === 'HĐND') return place ? `Hội đồng nhân dân ${place}` : 'Hội đồng nhân dân';
  if (iss === 'TU') return p ? `${p.city ? 'Thành ủy' : 'Tỉnh ủy'} ${p.inFull ?? p.name}` : null;
  if (iss === 'ĐU') return 'Đảng ủy';
  if (iss === 'CP') return 'Chính phủ';
  if (iss === 'TTg') return 'Thủ tướng Chính phủ';
  if (iss === 'VPCP') return 'Văn phòng Chính phủ';
  if (iss === 'VPQH') return 'Văn phòng Quốc hội';
  if (iss === 'NHNN') return 'Ngân hàng Nhà nước Việt Nam';
  if (iss === 'TW') return 'Ban Chấp hành Trung ương';
  if (/^ĐĐQH/u.test(iss)) return 'Đảng đoàn Quốc hội';
  if (iss === 'ĐUQH') return 'Đảng ủy Quốc hội';
  if (iss === 'ĐUCP') return 'Đảng ủy Chính phủ';
  if (iss === 'BCSĐCP') return 'Ban cán sự đảng Chính phủ';
  return null;
}

/**
 * "UBND tỉnh" + Hà Tĩnh → "Ủy ban nhân dân tỉnh Hà Tĩnh"; a provincial Party committee named without its province
 * ("Ban Thường vụ Tỉnh ủy" + Phú Yên) is named with it, as its own header would ("Ban Thường vụ Tỉnh ủy Phú Yên");
 * other Party body names are kept as written.
 */
export function completeIssuer(issuer: string, province: string | null): string {
  let s = squash(issuer.replace(/\s*\((?:UBND|HĐND|sau đây[^)]*)\)\s*/giu, ' '));
  s = s.replace(/^UBND\b/u, 'Ủy ban nhân dân').replace(/^HĐND\b/u, 'Hội đồng nhân dân').replace(/^Uỷ/u, 'Ủy');
  // "UBND TP Hà Nội", "UBND TP.Hà Nội", "UBND TP.HCM", "UBND TPHCM": the city's council or committee, named in full; its
  // Party committee so too ("Thành ủy TP.HCM", "Ban Thường vụ Thành ủy TP HCM", "Thành ủy HN"), by the name the
  // committee's own header gives the city ("Thành ủy Hà Nội", "Thành ủy Thành phố Hồ Chí Minh").
  s = s.replace(/^((?:Chủ tịch\s+)?(?:Ủy ban nhân dân|UBND|Hội đồng nhân dân|HĐND))\s+(?:TP|Tp)(?:\.\s*|\s+)?(\p{Lu}.*)$/u, (m, body: string, rest: string) => {
    const city = findProvinces(rest)[0];
    if (city?.index === 0 && city.province.city) return `${body} thành phố ${rest}`;
    const abbreviated = provinceByShortName(`TP.${rest}`);
    return abbreviated?.city ? `${body} thành phố ${abbreviated.name}` : m;
  });
  s = s.replace(/^((?:Ban\s+(?:Thường vụ|Chấp hành|\p{Lu}\p{Ll}*(?:\s+\p{Ll}+)*)\s+)?Thành (?:ủy|uỷ))\s+((?:TP|Tp)(?:\.\s*|\s+)?\p{Lu}.*|[A-ZĐ]{2,3})$/u, (m, body: string, rest: string) => {
    const city = provinceByShortName(rest);
    return city?.city ? `${body} ${city.inFull ?? city.name}` : m;
  });
  // The city as news writes it short ("Thành ủy TP.HCM", "UBND TP. Hồ Chí Minh"): its name in full, as its header writes it.
  s = s.replace(/(?<![\p{L}])(?:TP\.?\s?HCM|TPHCM|TP\.\s?Hồ Chí Minh)(?![\p{L}])/gu, 'Thành phố Hồ Chí Minh');
  if (LOCAL_STATE.test(s) && province && !findProvinces(s).length) {
    // "UBND tỉnh", "Ủy ban nhân dân" (signature) → name the province.
    const p = provinceByName(province);
    const place = `${p?.city ? 'thành phố' : 'tỉnh'} ${province}`;
    s = /(?:tỉnh|thành phố|Thành phố|TP)$/u.test(s) ? s.replace(/(?:tỉnh|thành phố|Thành phố|TP)$/u, place) : /^(?:Ủy ban nhân dân|Hội đồng nhân dân)$/u.test(s) ? `${s} ${place}` : s;
  }
  if (province && /^(?:Ban Thường vụ |Ban Chấp hành )?(?:(?:Tỉnh|Thành) (?:ủy|uỷ)|Đảng bộ (?:tỉnh|thành phố))$/u.test(s)) s = `${s} ${/(?:tỉnh|thành phố)$/u.test(s) ? province : (provinceByName(province)?.inFull ?? province)}`;
  return s;
}

/** The meeting a committee holds to issue a document: "… khai mạc hội nghị lần thứ 2 (khóa XVII)", "… tổ chức kỳ họp thứ 5". */
const MEETS_TO_ISSUE = /\s+(?:(?:đã|vừa)\s+)?(?:khai mạc|tổ chức|bế mạc|họp)\s+(?:hội nghị|kỳ họp|phiên họp)(?![\p{L}]).*$/iu;

// ---------------------------------------------------------------------------------------------------
// Signer

const SURNAMES = new Set(
  ('Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Đoàn Lâm Mai Trịnh Trương Lương Đào Cao Hà ' +
    'Tạ Chu Kiều Quách Thái Tôn Lưu Nông La Triệu Vương Phùng Từ Lại Khúc Kim Châu Giang Tống Âu Mạc Thân Hứa Diệp Lò Lục ' +
    'Sầm Văn Tô Tăng Ông Quan Doãn Khổng Nghiêm Hầu Lã Viên Thạch Y Đàm Mẫn Phí Bạch Bế Ninh Trình Cù Khương Giáp Mông Nhữ Lăng Thiều')
    .split(' '),
);

/** A person's name line: 2–5 capitalised words ("Trần Văn Lâu", "NGUYỄN MẠNH QUYỀN"). */
export function personName(line: string): string | null {
  const t = squash(line.replace(/\((?:đã ký|ký)\)|\[?(?:đã ký|signed)\]?/giu, '').replace(/[*_#]/g, ''));
  if (!t || /\d|[:;,()/]/.test(t)) return null;
  const words = t.split(' ');
  if (words.length < 2 || words.length > 5) return null;
  const caps = t === t.toUpperCase();
  if (SIGN_ROLE.test(t) || SIGN_TITLE.test(t)) return null;
  const name = caps ? words.map((w) => w.charAt(0) + w.slice(1).toLowerCase()).join(' ') : t;
  if (!name.split(' ').every((w) => /^\p{Lu}\p{Ll}*$/u.test(w))) return null;
  // A heading or role can look like a name; require a known surname (spelt exactly, tones included).
  if (!SURNAMES.has(name.split(' ')[0])) return null;
  return name;
}

/** A name wrapped over two lines of a narrow column: a surname alone ("Nguyễn"), its given names below ("Khắc Định"). */
export function nameOverLines(line: string, next: string): string | null {
  const t = squash(line);
  if (!SURNAMES.has(t) && !SURNAMES.has(t.charAt(0) + t.slice(1).toLowerCase())) return null;
  const rest = squash(next);
  if (!/^(?:\p{Lu}\p{Ll}*\s?){1,3}$/u.test(rest) && !/^(?:\p{Lu}+\s?){1,3}$/u.test(rest)) return null;
  return personName(`${t} ${rest}`);
}

/** The name closing a signature cell that also holds the title: "T/M BỘ CHÍNH TRỊ *(Đã ký)* Trương Thị Mai" → "Trương Thị Mai". */
function trailingName(cell: string): string | null {
  const words = cell.replace(/\((?:đã ký|ký)\)/giu, ' ').replace(/[*_#]/g, ' ').trim().split(/\s+/);
  for (let n = Math.min(4, words.length - 1); n >= 2; n--) {
    const tail = words.slice(-n).join(' ');
    // the title in capitals, the name in mixed case ("T/M ĐẢNG ĐOÀN QUỐC HỘI" holds no name)
    if (personName(tail) && tail !== tail.toUpperCase() && words.slice(0, -n).join(' ') === words.slice(0, -n).join(' ').toUpperCase()) return tail;
  }
  return null;
}

/** The person's name ending an office ("Chủ tịch UBND tỉnh Đồng Nai Võ Tấn Đức" → "Võ Tấn Đức", at its offset), or null. */
export function trailingPersonName(office: string): { name: string; at: number } | null {
  const t = office.trimEnd();
  const words = t.split(/\s+/);
  // Three syllables first ("Võ Tấn Đức" after "Đồng Nai"), then four, then two ("Tô Lâm").
  for (const n of [3, 4, 2]) {
    if (words.length <= n || !words.slice(-n).every((w) => /^\p{Lu}\p{Ll}*$/u.test(w))) continue;
    const name = personName(words.slice(-n).join(' '));
    // "Hà Nội", "Lê Lợi" read like names: a place ending the office is the office's.
    if (name && findProvinces(name)[0]?.index !== 0) return { name, at: t.length - words.slice(-n).join(' ').length };
  }
  return null;
}

/** "Chủ tịch UBND tỉnh Đồng Nai Võ Tấn Đức" → "Chủ tịch UBND tỉnh Đồng Nai": a person's name ending an office dropped. */
export function withoutPersonName(office: string): string {
  const found = trailingPersonName(office);
  return found ? office.slice(0, found.at).trimEnd() : office;
}

// ---------------------------------------------------------------------------------------------------

interface Found<T> {
  value: T;
  span: Span;
}

function lineSpan(l: NormalisedLine, from = 0, to = l.text.length): Span {
  const j = joinLines([l]);
  const lead = l.text.length - l.text.replace(/^\s+/, '').length;
  return j.spanOf(Math.max(0, from - lead), Math.max(0, to - lead));
}

/**
 * Read the document's own metadata from its cleaned lines (the output of `normalise`).
 * Cited documents' symbols are never taken as the document's own: only the header "Số:" line and the
 * appendix attribution "(Kèm theo <Kind> số …)" name the document itself.
 */
export function readDocumentMeta(lines: readonly NormalisedLine[], options: ReadMetaOptions = {}): DocumentMeta {
  const lm = findLandmarks(lines);
  const spans: Record<string, Span> = {};
  const idx = nonBlank(lines);
  const headerEnd = lm.heading >= 0 ? lm.heading : Math.min(lm.body, idx[Math.min(idx.length - 1, 15)] ?? 0);
  const header = idx.filter((i) => i < headerEnd).map((i) => lines[i]);
  // DOCX/web headers put the two columns on one line separated by tabs or runs of spaces; a portal's table
  // copy puts each cell on lines of its own between "|" lines, its words wrapped ("CHÍNH" / "PHỦ").
  const headerCells: HeaderCell[] = pipeCells(header) ?? header.flatMap((l) => cellsOf(l.text).map((c) => ({ l, last: l, c })));

  // --- kind
  let kind: Found<DocumentKind> | null = null;
  let kindVi: string | null = null;
  if (lm.heading >= 0) {
    const h = headingKind(lines[lm.heading].text);
    if (h) {
      kind = { value: h.kind, span: spanOfLines(lines[lm.heading]) };
      kindVi = h.vi;
    }
  }

  // --- own symbol: "Số: 35/KH-UBND" in the header, else the appendix attribution.
  let own: { m: SymbolMatch; line: NormalisedLine; last?: NormalisedLine; text: string } | null = null;
  for (const { l, last, c } of headerCells) {
    // "Số: 35/KH-UBND", and the kind written before it: "Nghị quyết số: 23/2016/QH14".
    // (With a kind, only the header's colon form: "Quyết định số 1944/QĐ-TTg …" in prose is a sentence naming it.)
    const m = /^(?:Số|SỐ|So)\s*[:.]?\s*(.+)$/u.exec(c) ?? /^(?:Nghị quyết|Quyết định|Chỉ thị|Kế hoạch|Nghị định|Thông tư|Luật|Pháp lệnh)\s+số\s*:\s*(.+)$/u.exec(c);
    const s = m ? findSymbols(m[1])[0] : null;
    if (s && s.index === 0) {
      own = { m: s, line: l, last, text: m![1] };
      break;
    }
  }
  // Attribution lines: "(Kèm theo Kế hoạch số 35 /KH-UBND ngày 20 tháng 8 năm 2025 của Ủy ban nhân dân thành phố)".
  const attributions: { l: NormalisedLine; kind: DocumentKind; vi: string; rest: string }[] = [];
  for (const i of idx) {
    const t = lines[i].text.trim();
    const m = /^\(?\s*(?:\p{L}+\s+){0,2}?(?:ban hành\s+)?kèm theo\s+(.+)$/iu.exec(t);
    if (!m || t.length > 400) continue;
    const w = kindWordAt(m[1]);
    if (!w) continue;
    const rest = m[1].slice(w.length).trim();
    if (!/^(?:số|:)/iu.test(rest)) continue; // "Kèm theo Kế hoạch triển khai …" names no number
    attributions.push({ l: lines[i], kind: w.kind, vi: w.vi, rest });
  }
  if (!own) {
    for (const a of attributions) {
      if (kind && a.kind !== kind.value) continue;
      const after = a.rest.replace(/^(?:số|:)\s*/iu, '');
      const s = findSymbols(after)[0];
      if (s && s.index === 0 && (!s.kind || !kind || s.kind === kind.value || s.kind === a.kind)) {
        own = { m: s, line: a.l, text: after };
        break;
      }
    }
  }
  if (!kind && attributions.length) {
    kind = { value: attributions[0].kind, span: spanOfLines(attributions[0].l) };
    kindVi = attributions[0].vi;
  }
  // A copy without its kind heading ("Số: 4168/QĐ-UBND | Thanh Hóa, ngày …" then the preamble): the symbol's code.
  if (!kind && own?.m.kindCode && own.m.kind) {
    kind = { value: own.m.kind, span: spanOfLines(own.line) };
    kindVi = KIND_VI[own.m.kind];
  }
  // "Số: 4836/BNN-VPĐP" / "V/v báo cáo …": a State symbol with no kind code is an official letter's (công văn).
  if (!kind && own && !own.m.kindCode && own.m.style === 'STATE' && own.m.kind === 'CONG_VAN') {
    kind = { value: 'CONG_VAN', span: spanOfLines(own.line) };
    kindVi = KIND_VI.CONG_VAN;
  }
  // "V/v hướng dẫn thực hiện nhiệm vụ …" / "Kính gửi: - Các sở giáo dục và đào tạo": an official letter's subject line and its
  // address line make a công văn though its symbol is unreadable ("sá##j5GDĐT-GDTrH" in a scan's OCR) or lost.
  if (!kind && lm.heading < 0) {
    const top = idx.slice(0, 30).map((i) => lines[i]);
    const subject = top.findIndex((l) => /^\s*V\/v(?:\s*:)?\s+\p{L}/u.test(l.text));
    const address = top.findIndex((l) => /^\s*Kính gửi\s*:/u.test(l.text));
    if (subject >= 0 && address > subject) {
      kind = { value: 'CONG_VAN', span: spanOfLines(top[subject], top[address]) };
      kindVi = KIND_VI.CONG_VAN;
    }
  }

  // --- enacting sentence: "<issuer> ban hành Kế hoạch …" in the preamble.
  const preambleLines = lines.slice(lm.heading >= 0 ? lm.heading + 1 : 0, lm.body);
  let enact: { issuer: string; kind: DocumentKind; vi: string; span: Span; province: Found<string> | null } | null = null;
  const preambleParas = splitParagraphs(preambleLines).map((para) => joinLines(para));
  const carriedOut = carriedOutByAnother(preambleParas.map((j) => j.text));
  for (const j of preambleParas) {
    if (enact) break;
    const re = /(?:^|[;,.:]\s*|\)\s*)([^;,.:()]{3,120}?(?:\s*\([^)]{1,12}\)[^;,.:()]{0,40}?)?)\s+(?:ban hành|xây dựng|triển khai)\s+((?:\p{L}+\s?){1,4})/giu;
    for (const m of j.text.matchAll(re)) {
      const w = kindWordAt(m[2]);
      if (!w || w.kind === 'CONG_VAN') continue;
      // "Chính phủ yêu cầu Bộ NNPTNT tích cực triển khai Đề án …", "giao Văn phòng … chủ trì, phối hợp với …, Sở Y tế và các
      // đơn vị liên quan xây dựng kế hoạch …": what a body is asked to carry out is no document it enacts.
      // ("… đồng chí Phó Bí thư Thường trực Tỉnh ủy yêu cầu: Ban Tuyên giáo Tỉnh ủy chủ động xây dựng kế hoạch …; Ban cán sự Đảng
      // UBND tỉnh xây dựng kế hoạch …": the same in the sentence after the assigning verb's colon.)
      if (/(?:^|\s)(?:yêu cầu|đề nghị|giao|(?<!Ban\s)chỉ đạo|phối hợp|chủ trì)\s/u.test(m[1]) || /(?:^|\s)(?:phối hợp|chủ trì)(?![\p{L}])[^.;]*$/u.test(j.text.slice(0, m.index ?? 0))) continue;
      if (ASSIGNED_AFTER_COLON.test(j.text.slice(0, (m.index ?? 0) + m[0].indexOf(m[1])))) continue;
      // ("Văn phòng Tỉnh ủy xây dựng kế hoạch đảm bảo dự toán kinh phí …": a body given the work of drawing up a plan, ./drawn-up.ts.)
      const kindEnd = (m.index ?? 0) + m[0].length - m[2].length + w.length;
      if (toDrawUp(j.text.slice(m.index ?? 0, kindEnd), j.text.slice(kindEnd))) continue;
      // "Bộ Chính trị đã ban hành Kết luận số 19-KL/TW", which the page's own document carries out.
      const numbered = /^\s*số\s/u.test(j.text.slice(kindEnd)) ? findSymbols(j.text.slice(kindEnd, kindEnd + 40))[0] : undefined;
      if (numbered && numbered.index <= 8 && carriedOut.has(numbered.symbol)) continue;
      // "Ban Thường vụ Tỉnh ủy Yên Bái đã ban hành …": the adverb before the verb is no part of the name.
      // "Bộ trưởng Bộ Công Thương đã ban hành …", "Phó Chủ tịch UBND tỉnh …": the office signs for its body.
      // "Chủ tịch UBND tỉnh Đồng Nai Võ Tấn Đức đã ký ban hành kế hoạch …": the signer's name and "ký" are no part of it,
      // and a plan is the committee's whoever signs it.
      // "Huyện ủy Tây Giang khai mạc hội nghị lần thứ 2 (khóa XVII) triển khai chương trình hành động …": the committee meets
      // to issue it; its meeting is no part of its name.
      // (… and what a chairman signs is his committee's, but a decision, ../chairman-signs.ts.)
      const issuer = committeeSigned(
        withoutPersonName(m[1].replace(/\s+(?:(?:vừa|đã|mới|chính thức|cũng)\s+)*ký$/u, '').replace(MEETS_TO_ISSUE, ''))
          .replace(/^(?:và|thì)\s+/u, '')
          .replace(/\s+(?:(?:vừa|đã|mới|chính thức|cũng)\s*)+$/u, '')
          .replace(/^(?:Bộ trưởng|Thứ trưởng|Phó Chủ tịch|Giám đốc)\s+(?=(?:Bộ|Sở|Ủy ban|Uỷ ban|UBND)\s)/u, '')
          .trim(),
        w.kind,
        m[1],
      );
      // "Ban Bí thư … đã có Quyết định số 99-QĐ/TW ban hành Hướng dẫn khung": a subject naming a document is no body.
      if (!levelOfIssuer(issuer.replace(/\s*\([^)]*\)/g, '')) || findSymbols(issuer).length) continue;
      const start = (m.index ?? 0) + m[0].indexOf(m[1]);
      // The enacting sentence's scope: "… ban hành Nghị quyết về … tỉnh Phú Yên như sau:" names the province it governs.
      const scoped = [...new Map(findProvinces(j.text.slice(start)).filter((p) => p.qualified).map((p) => [p.province.name, p])).values()];
      const province = scoped.length === 1 ? { value: scoped[0].province.name, span: j.spanOf(start + scoped[0].index, start + scoped[0].end) } : null;
      enact = { issuer, kind: w.kind, vi: w.vi, span: j.spanOf(start, start + m[1].length), province };
      break;
    }
  }
  if (!kind && enact) {
    kind = { value: enact.kind, span: enact.span };
    kindVi = enact.vi;
  }

  // --- title: lines after the kind heading until the preamble or first section.
  let title: Found<string> | null = null;
  let issuingBody: Found<string> | null = null;
  const headingOf = lm.heading >= 0 ? headingKind(lines[lm.heading].text)?.of : undefined;
  // "QUYẾT ĐỊNH CỦA BỘ TRƯỞNG" / "BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG": the office's body is named on the next line.
  const officeBody = headingOf && OFFICE.test(squash(headingOf)) ? idx.find((i) => i > lm.heading) : undefined;
  const officeText = officeBody !== undefined ? squash(lines[officeBody].text) : '';
  const officeIsBody = officeBody !== undefined && officeText === officeText.toUpperCase() && levelOfIssuer(recase(officeText)) !== null;
  if (officeIsBody) issuingBody = { value: recase(officeText), span: spanOfLines(lines[lm.heading], lines[officeBody!]) };
  else if (headingOf && !OFFICE.test(squash(headingOf))) issuingBody = { value: recase(headingOf), span: spanOfLines(lines[lm.heading]) };
  if (lm.heading >= 0) {
    const tl: NormalisedLine[] = [];
    for (const i of idx) {
      if (i <= lm.heading || (officeIsBody && i === officeBody)) continue;
      const t = lines[i].text.trim();
      const body = !tl.length && !issuingBody ? issuingBodyLine(t) : null;
      if (body) {
        issuingBody = { value: body, span: spanOfLines(lines[i]) };
        continue;
      }
      // A copy may break a line after its first word ("ỦY" / "BAN NHÂN DÂN TỈNH QUẢNG BÌNH", "Căn" / "cứ Luật …"): such a
      // word is read with the line after it.
      const nextAt = idx.find((k) => k > i);
      const tn = t.length <= 6 && nextAt !== undefined ? `${t} ${lines[nextAt].text.trim()}` : t;
      if (i >= lm.body || (tl.length && PREAMBLE_START.test(tn.replace(/^[-+•–*]\s*/u, ''))) || /^[-_=*.·]{3,}$/.test(t) || /^Số\s*:/u.test(t)) break;
      // The enacting body named alone above the preamble ("CHÍNH PHỦ", "THỦ TƯỚNG CHÍNH PHỦ") ends the title.
      // (… but not a body the title line before goes on to name: "… CƠ CẤU TỔ CHỨC CỦA" / "SỞ NGOẠI VỤ THUỘC …".)
      const goesOn = tl.length > 0 && /(?:^|\s)(?:CỦA|VỀ|VÀ|CHO|THUỘC|VỚI)\s*$|,\s*$/u.test(tl[tl.length - 1].text.trim());
      if (tl.length && !goesOn && tn.length <= 60 && tn === tn.toUpperCase() && levelOfIssuer(recase(tn))) break;
      if (tl.length >= 8) break;
      // A title in capitals ends where running text in mixed case begins ("… TRÊN ĐỊA BÀN TỈNH LAI CHÂU" / "Sau 02 năm triển khai …").
      // (A title goes on in lower case, "… KHOÁ XIII" / "về tiếp tục đổi mới …": only a line opening a sentence ends it.)
      if (tl.length && tl.every((l) => isUpperTitleLine(l.text)) && /^\p{Lu}\p{Ll}/u.test(t) && /\p{Ll}{2,}\s+\p{Ll}/u.test(t) && !/^(?:Về|V\/v)(?![\p{L}])/u.test(t)) break;
      // A paragraph run on one line under the title ("Ngày 02 tháng 01 năm 2002, Bộ Chính trị đã ban hành …") is the body.
      if (tl.length && t.length > 250) break;
      // A bullet list right under the title ("- Luật Công nghệ thông tin ngày …;") is the bases, no title line.
      if (tl.length && /^[-+•–]\s*\p{Lu}/u.test(t)) break;
      tl.push(lines[i]);
      if (/[;.]$/.test(t) && tl.length > 1) break;
    }
    // The line after the title: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …" says the chairman, not the committee, decides.
    const office = tl.length ? idx.find((i) => lines[i].line > tl[tl.length - 1].line) : undefined;
    const officeText = office !== undefined ? lines[office].text.trim() : '';
    if (/^CHỦ TỊCH\s/u.test(officeText) && officeText.length <= 60 && !issuingBody && levelOfIssuer(recase(officeText))) issuingBody = { value: recase(officeText).replace(/(?<![\p{L}])(?:ủy|uỷ) ban nhân dân/u, 'Ủy ban nhân dân'), span: spanOfLines(lines[office!]) };
    if (tl.length) {
      // "CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 60/2002/ QĐ-TTG NGÀY 13 THÁNG 5" / "NĂM 2002 VỀ VIỆC …": the date's year is no title.
      const text = joinLines(tl).text.replace(/^V\/v\s*:?\s*/iu, '').replace(/^(?:NĂM|năm)\s+\d{4}\s+(?=VỀ\s|về\s)/u, '').replace(/\s+/g, ' ').trim();
      if (text) title = { value: text, span: spanOfLines(tl[0], tl[tl.length - 1]) };
    }
  }

  // --- date: place-date line in the header, else the attribution line after the own symbol.
  let issuedOn: Found<string> | null = null;
  let placeProvince: Found<string> | null = null;
  const headerZone = idx.filter((i) => i < Math.max(headerEnd, Math.min(lm.body, (idx[20] ?? 0) + 1))).map((i) => lines[i]);
  const zoneCells: HeaderCell[] = pipeCells(headerZone) ?? headerZone.flatMap((l) => cellsOf(l.text).map((c) => ({ l, last: l, c })));
  for (const { l, last, c: cell } of zoneCells) {
    const m = /^\s*([\p{L}][\p{L} .'-]{1,40}),\s*(ngày\b.*)$/u.exec(cell);
    if (!m) continue;
    const d = readVietnameseDate(m[2]);
    const span = last === l ? lineSpan(l) : spanOfLines(l, last);
    if (d && !issuedOn) issuedOn = { value: d.iso, span };
    const p = provinceByName(m[1]);
    if (p && !placeProvince) placeProvince = { value: p.name, span };
  }
  if (!issuedOn && own) {
    const after = own.text.slice(own.m.end);
    const d = /^\s*,?\s*(?:ngày\s+)?/u.test(after) ? readVietnameseDate(after.slice(0, 60)) : null;
    if (d && d.index < 12) issuedOn = { value: d.iso, span: spanOfLines(own.line) };
  }

  // --- issuer candidates, strongest first.
  const issuers: Found<string>[] = [];
  let headerProvince: Found<string> | null = null;
  // (0) the Party's "NGHỊ QUYẾT / CỦA BỘ CHÍNH TRỊ": the header names the Central Committee, the heading the body.
  if (issuingBody) issuers.push(issuingBody);
  // (1) header block in capitals, before the motto column.
  const caps = joinBrokenCaps(headerCells.filter(({ c }) => c === c.toUpperCase() && /\p{Lu}{2}/u.test(c) && !/^[-*_=.·\s]+$/.test(c) && !/\d/.test(c)))
    .filter(({ c }) => !MOTTO.test(foldDiacritics(c)))
    .filter(({ c }) => !/^(?:SỐ|V\/V)(?![\p{L}])/u.test(c) && !headingKind(c) && !/NGÀY\s+\d/u.test(c))
    // (An enacting line run into the header, "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KON TUM" under a title that lost its kind
    // heading, is the office that signs, not the body the header names.)
    .filter(({ c }, k, all) => !(k > 0 && SIGN_ROLE.test(c) && all.slice(0, k).some((x) => levelOfIssuer(recase(x.c)))));
  if (caps.length) {
    const parts = caps.slice(0, 3).map((x) => recase(x.c));
    // "ỦY BAN NHÂN DÂN" / "THÀNH PHỐ HÀ NỘI" → one name; "ĐẢNG BỘ THÀNH PHỐ HÀ NỘI" / "ĐẢNG ỦY UBND THÀNH PHỐ" → the last.
    let name = parts[parts.length - 1];
    if (parts.length >= 2 && /^(?:tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường)(?![\p{L}])(?!\s+(?:ủy|uỷ|đoàn)(?![\p{L}]))/iu.test(parts[parts.length - 1])) name = `${parts[parts.length - 2]} ${parts[parts.length - 1].replace(/^\p{Lu}/u, (c) => c.toLowerCase())}`;
    // "ỦY BAN THƯỜNG VỤ" / "QUỐC HỘI": a name broken over two lines, its first line no body by itself.
    else if (parts.length >= 2 && !levelOfIssuer(parts[parts.length - 2]) && levelOfIssuer(`${parts[parts.length - 2]} ${parts[parts.length - 1]}`)) name = `${parts[parts.length - 2]} ${parts[parts.length - 1]}`;
    // "BAN CHẤP HÀNH TRUNG ƯƠNG" / "BAN TUYÊN GIÁO": a board of the Central Committee, "Ban Tuyên giáo Trung ương".
    const board = parts.findIndex((p, k) => k > 0 && /^Ban Chấp hành Trung ương$/u.test(parts[k - 1]) && /^Ban\s+\p{L}/u.test(p) && !/Trung ương|Chấp hành|Thường vụ/u.test(p));
    if (board > 0) name = `${parts[board].replace(/^Ban\s+(\p{Ll})/u, (_m, c: string) => `Ban ${c.toUpperCase()}`)} Trung ương`;
    // (A heading the copy broke, "K ÉT LUẬN", or the title's capitals below the header are no body: the nearest line that is.)
    if (!levelOfIssuer(name)) name = parts.slice(0, -1).reverse().find((p) => levelOfIssuer(p) && !/^Ban Chấp hành Trung ương$/u.test(p)) ?? name;
    if (levelOfIssuer(name)) issuers.push({ value: name, span: spanOfLines(caps[0].l, caps[Math.min(caps.length, 3) - 1].last) });
    // "ĐẢNG BỘ TỈNH QUẢNG NAM" / "HUYỆN ỦY THĂNG BÌNH": the line above a district's body names its province.
    const above = caps.slice(0, 3).find((x) => findProvinces(recase(x.c)).some((p) => p.qualified));
    if (above) headerProvince = { value: findProvinces(recase(above.c)).find((p) => p.qualified)!.province.name, span: spanOfLines(above.l, above.last) };
  }
  // (2) enacting sentence.
  if (enact) issuers.push({ value: enact.issuer, span: enact.span });
  // (2b) the enacting body alone on the line above the preamble: "BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH" / "- Căn cứ …".
  const preambleAt = idx.find((i) => i > lm.heading && i < lm.body && PREAMBLE_START.test(lines[i].text.trim().replace(/^[-+•–*]\s*/u, '')));
  let above = preambleAt !== undefined ? idx[idx.indexOf(preambleAt) - 1] : undefined;
  // ("HỘI ĐỒNG NHÂN DÂN TỈNH SƠN LA" / "KHOÁ XII, KỲ HỌP CHUYÊN ĐỀ LẦN THỨ 7": a council names its session under its name.)
  if (above !== undefined && COUNCIL_SESSION.test(squash(lines[above].text))) above = idx[idx.indexOf(above) - 1];
  if (lm.heading >= 0 && above !== undefined && above > lm.heading) {
    // ("BỘ TRƯỞNG, CHỦ NHIỆM ỦY BAN DÂN TỘC", "BỘ TRƯỞNG, TỔNG THANH TRA CHÍNH PHỦ": the head of a body of ministerial rank
    // enacts for his body.)
    const t = squash(lines[above].text).replace(/^BỘ TRƯỞNG,\s*(?:CHỦ NHIỆM|THỐNG ĐỐC)\s+(?=\p{Lu})/u, '').replace(/^BỘ TRƯỞNG,\s*TỔNG\s+(?=THANH TRA)/u, '');
    if (t.length <= 80 && t === t.toUpperCase() && /\p{Lu}{2}/u.test(t) && !headingKind(t) && levelOfIssuer(recase(t))) issuers.push({ value: recase(t), span: spanOfLines(lines[above]) });
  }
  // (3) attribution "… của <issuer>)".
  for (const a of attributions) {
    if (kind && a.kind !== kind.value) continue;
    const m = /\bcủa\s+([^()]{3,80}?)\s*\)?\s*$/u.exec(a.rest);
    if (m && levelOfIssuer(m[1])) {
      issuers.push({ value: m[1].trim(), span: spanOfLines(a.l) });
      break;
    }
  }
  // (4) signature "TM. ỦY BAN NHÂN DÂN", "T/M BAN THƯỜNG VỤ".
  let signTitle: NormalisedLine | null = null;
  if (lm.signature >= 0) {
    signTitle = lines[lm.signature];
    const cell = cellsOf(signTitle.text).find((c) => SIGN_TITLE.test(c)) ?? '';
    const m = /^(?:TM\.?|T\/M|T\.M\.?)\s*(.+)$/u.exec(cell);
    if (m) issuers.push({ value: recase(m[1]), span: spanOfLines(signTitle) });
  }

  // The Party's header names the Central Committee over every central Party document; the body that issued it
  // (Bộ Chính trị, Ban Bí thư) signs it ("T/M BỘ CHÍNH TRỊ") or is named with its symbol ("Quy định số 97-QĐ/TW
  // ngày 7/2/2023 của Bộ Chính trị").
  if (!issuingBody && issuers[0] && /^Ban Chấp hành Trung ương$/u.test(issuers[0].value)) {
    const body = issuers.slice(1).find((iss) => PARTY_CENTRAL_BODY.test(iss.value) && !/^Ban Chấp hành/u.test(iss.value)) ?? (own ? selfNamedBody(lines, own.m.symbol) : null) ?? enactingCentralBody(lines);
    if (body) issuers.unshift(body);
  }

  // --- province.
  const provinceCands: Found<string>[] = [];
  // The issuer's own province ("ỦY BAN NHÂN DÂN / TỈNH TÂY NINH") wins over a place line naming another: a portal's
  // template prints "Hà Nội, ngày …" over every document it copies, and "Huế, ngày …" is where Thừa Thiên Huế signs.
  const issuerProvince = issuers.map((iss) => ({ iss, p: findProvinces(iss.value).find((x) => x.qualified) })).find((x) => x.p);
  if (issuerProvince?.p && placeProvince && issuerProvince.p.province.name !== placeProvince.value) provinceCands.push({ value: issuerProvince.p.province.name, span: issuerProvince.iss.span });
  if (placeProvince) provinceCands.push(placeProvince);
  for (const iss of issuers) {
    const p = findProvinces(iss.value)[0];
    if (p) provinceCands.push({ value: p.province.name, span: iss.span });
  }
  if (headerProvince) provinceCands.push(headerProvince);
  if (own) {
    const p = findProvinces(own.line.text).find((x) => x.qualified);
    if (p) provinceCands.push({ value: p.province.name, span: spanOfLines(own.line) });
  }
  // Body mentions: the most frequent province, preferring "tỉnh X"/"thành phố X" mentions.
  if (!provinceCands.length) {
    const tally = new Map<string, { n: number; q: number; span: Span }>();
    for (const para of splitParagraphs(lines.slice(0, lm.signature >= 0 ? lm.signature : lines.length))) {
      const j = joinLines(para);
      for (const m of findProvinces(j.text)) {
        const t = tally.get(m.province.name) ?? { n: 0, q: 0, span: j.spanOf(m.index, m.end) };
        t.n++;
        if (m.qualified) t.q++;
        tally.set(m.province.name, t);
      }
    }
    const best = [...tally.entries()].sort((a, b) => b[1].q - a[1].q || b[1].n - a[1].n)[0];
    // Only when clearly dominant: a plan also names partner provinces.
    const second = [...tally.values()].sort((a, b) => b.n - a.n)[1];
    if (best && best[1].n >= 3 && (!second || best[1].n >= 2 * second.n)) provinceCands.push({ value: best[0], span: best[1].span });
  }
  if (!provinceCands.length && enact?.province) provinceCands.push(enact.province);
  if (!provinceCands.length && options.provinceHint) {
    const p = provinceByName(options.provinceHint);
    if (p) provinceCands.push({ value: p.name, span: { startLine: 0, endLine: 0, startOffset: 0, endOffset: 0 } });
  }

  // "TỈNH ỦY THỪA THIÊN HUẾ … Số 445-KL/TƯ": a province's committee writing "TƯ" numbers its own document (…/TU).
  if (own?.m.writtenTU && own.m.issuerCode === 'TW' && issuers.some((iss) => levelOfIssuer(iss.value) === 'PROVINCIAL_PARTY')) {
    own = { ...own, m: { ...own.m, symbol: own.m.symbol.replace(/\/TW$/u, '/TU'), issuerCode: 'TU' } };
  }

  // --- level.
  let level: Found<DocumentLevel> | null = null;
  // A central body named as issuer settles it: "…-KH/BCSĐ" of a ministry's Ban cán sự đảng is central, not provincial.
  const centralIssuer = issuers.find((iss) => /^CENTRAL_/.test(levelOfIssuer(iss.value) ?? ''));
  if (centralIssuer && issuers.indexOf(centralIssuer) === 0) level = { value: levelOfIssuer(centralIssuer.value)!, span: centralIssuer.span };
  // … and so does a province's body named first, "BỘ CHỈ HUY QUÂN SỰ TỈNH ĐẮK LẮK", whose code ("…/KH-BCH") reads like a ministry's.
  const localFirst = issuers[0] && /^PROVINCIAL_/.test(levelOfIssuer(issuers[0].value) ?? '') && findProvinces(issuers[0].value).some((p) => p.qualified) ? issuers[0] : null;
  if (!level && localFirst) level = { value: levelOfIssuer(localFirst.value)!, span: localFirst.span };
  if (!level && own) {
    const lv = levelOfSymbol(own.m);
    if (lv) level = { value: lv, span: spanOfLines(own.line) };
  }
  for (const iss of issuers) {
    if (level) break;
    const lv = levelOfIssuer(iss.value);
    if (lv) level = { value: lv, span: iss.span };
  }
  // A blank draft symbol still tells the side: "Kế hoạch số      -KH/ĐU".
  if (!level) {
    for (const a of attributions) {
      const m = /^(?:số|:)\s*[.…_\s]*[-/]\s*([A-ZĐ][A-Za-zĐđ]*)\s*[/-]\s*([A-ZĐ]+)/u.exec(a.rest);
      if (!m) continue;
      const party = /^[.…_\s]*-/.test(a.rest.replace(/^(?:số|:)/iu, ''));
      const iss = m[2];
      const lv: DocumentLevel = party ? (iss === 'TW' ? 'CENTRAL_PARTY' : 'PROVINCIAL_PARTY') : /^(?:UBND|HĐND)$/u.test(iss) ? 'PROVINCIAL_STATE' : 'CENTRAL_STATE';
      level = { value: lv, span: spanOfLines(a.l) };
      break;
    }
  }
  const central = level?.value === 'CENTRAL_PARTY' || level?.value === 'CENTRAL_STATE';
  const province = central ? null : (provinceCands[0] ?? null);

  // Issuer: the first candidate, completed with the province ("UBND tỉnh" → "Ủy ban nhân dân tỉnh Hà Tĩnh").
  // (A name read from prose may keep the comma that closed it: "… Ban Chấp hành Trung ương Đảng, khóa XIII đã ban hành …".)
  let issuer: Found<string> | null = issuers[0] ? { value: completeIssuer(issuers[0].value.replace(/[\s,;:]+$/u, ''), province?.value ?? null), span: issuers[0].span } : null;
  if (!issuer && own) {
    const v = issuerOfSymbol(own.m, province?.value ?? null);
    if (v) issuer = { value: v, span: spanOfLines(own.line) };
  }

  // --- signer: the first personal name within a few lines after the signature title.
  let signer: Found<string> | null = null;
  if (lm.signature >= 0) {
    // A Markdown signature cell holds the title and the name on one line ("KT. BỘ TRƯỞNG<br>…<br>Cao Anh Tuấn").
    const after = idx.filter((i) => i >= lm.signature).slice(0, 15);
    for (const i of after) {
      if (i >= lm.appendix) break;
      const t = lines[i].text.trim();
      if (/^Nơi nhận/iu.test(t) && i > lm.signature) continue;
      // In a two-column layout the name shares its line with the distribution list.
      const cells = cellsOf(t);
      const from = i === lm.signature ? cells.findIndex((c) => SIGN_TITLE.test(c) || SIGN_ROLE.test(c)) + 1 : 0;
      const cell = cells.slice(Math.max(0, from)).find((c) => personName(c));
      // A narrow signature column wraps the name: "Nguyễn" / "Khắc Định".
      const wrapped = !cell && cells.length === 1 ? nameOverLines(t, lines[after[after.indexOf(i) + 1] ?? -1]?.text ?? '') : null;
      if (wrapped) {
        signer = { value: wrapped, span: spanOfLines(lines[i], lines[after[after.indexOf(i) + 1]]) };
        break;
      }
      // "| T/M BỘ CHÍNH TRỊ *(Đã ký)* Trương Thị Mai |": the title, the mark and the name in one cell.
      const inTitle = !cell && i === lm.signature && from > 0 ? trailingName(cells[from - 1]) : null;
      if (inTitle) {
        const at = lines[i].text.lastIndexOf(inTitle);
        signer = { value: personName(inTitle)!, span: at >= 0 ? lineSpan(lines[i], at, at + inTitle.length) : spanOfLines(lines[i]) };
        break;
      }
      if (cell) {
        const at = lines[i].text.lastIndexOf(cell);
        signer = { value: personName(cell)!, span: cell === t ? spanOfLines(lines[i]) : lineSpan(lines[i], at, at + cell.length) };
        break;
      }
    }
  }

  // "| Nguyễn Tấn Dũng (Đã ký) |": a copy that kept no signature title, only the name marked as signed.
  if (!signer) {
    for (const i of idx) {
      if (i >= lm.appendix) break;
      // (A cell is a piece of its line: a line without "đã ký" has no such cell, and most lines are not split.)
      const signed = lines[i].text.includes('ã ký') && cellsOf(lines[i].text.trim()).map((c) => /^(.+?)\s*[*(]+\s*(?:Đã ký|đã ký)\s*[)*]+$/u.exec(c)).find((m) => m && personName(m[1]));
      if (signed) {
        const at = lines[i].text.indexOf(signed[1]);
        signer = { value: personName(signed[1])!, span: at >= 0 ? lineSpan(lines[i], at, at + signed[1].length) : spanOfLines(lines[i]) };
        break;
      }
      // "Võ Văn Kiệt" / "(Đã ký)": the mark on the line under the name.
      const k = lines[i].text.includes('ã ký') ? idx.indexOf(i) : -1;
      const name = k > 0 && /^[*(]+\s*(?:Đã ký|đã ký)\s*[)*]+$/u.test(lines[i].text.trim()) ? lines[idx[k - 1]].text.trim() : '';
      if (name && personName(name) === name) {
        signer = { value: name, span: spanOfLines(lines[idx[k - 1]]) };
        break;
      }
    }
  }
  // "(Đã ký)" on a line of its own, the name on the next line with text ("(Đã ký)" / "Lê Quang Đạo", a portal that lost the
  // signature title) or on the one before it ("Võ Văn Kiệt" / "(Đã ký)").
  if (!signer) {
    const k = idx.findIndex((i) => i < lm.appendix && /^[*(]+\s*(?:Đã ký|đã ký)\s*[)*]+$/u.test(lines[i].text.trim()));
    const near = k >= 0 ? [idx[k + 1], idx[k - 1]].filter((i) => i !== undefined && i < lm.appendix) : [];
    const i = near.find((n) => cellsOf(lines[n].text.trim()).length === 1 && personName(lines[n].text.trim()));
    if (i !== undefined) signer = { value: personName(lines[i].text.trim())!, span: spanOfLines(lines[i]) };
  }

  const meta: DocumentMeta = {
    kind: kind?.value ?? null,
    kindVi: kindVi ?? (kind ? KIND_VI[kind.value] : null),
    symbol: own?.m.symbol ?? null,
    number: own?.m.number ?? null,
    issuer: issuer?.value ?? null,
    level: level?.value ?? null,
    province: province?.value ?? null,
    issuedOn: issuedOn?.value ?? null,
    title: title?.value ?? null,
    signer: signer?.value ?? null,
    missing: [],
    spans,
  };
  const found: Partial<Record<Field, Found<unknown> | null>> = { kind, symbol: own ? { value: 0, span: spanOfLines(own.line, own.last) } : null, issuer, level, province, issuedOn, title, signer };
  if (kind) spans.kindVi = kind.span;
  if (own) spans.number = spanOfLines(own.line, own.last);
  for (const [k, v] of Object.entries(found)) if (v && v.span.startLine > 0) spans[k] = v.span;
  meta.missing = FIELDS.filter((f) => meta[f] === null && !(f === 'province' && central));
  return meta;
}

// ---------------------------------------------------------------------------------------------------
// Sidecar manifest

const KINDS = ['NGHI_QUYET', 'KE_HOACH', 'CHUONG_TRINH', 'QUYET_DINH', 'CHI_THI', 'KET_LUAN', 'NGHI_DINH', 'THONG_TU', 'CONG_VAN', 'LUAT', 'QUY_DINH', 'DE_AN', 'HUONG_DAN', 'THONG_BAO', 'OTHER'] as const;
const LEVELS = ['CENTRAL_PARTY', 'CENTRAL_STATE', 'PROVINCIAL_PARTY', 'PROVINCIAL_STATE'] as const;

/** `<file>.meta.json`: fields the text lacks (a PDF without number/date), or corrections with `override`. */
export const ManifestSchema = z
  .object({
    kind: z.enum(KINDS).optional(),
    kindVi: z.string().min(1).optional(),
    symbol: z.string().min(1).optional(),
    number: z.string().min(1).optional(),
    issuer: z.string().min(1).optional(),
    level: z.enum(LEVELS).optional(),
    province: z.string().min(1).optional(),
    issuedOn: z.string().refine(isCalendarDate, 'a real calendar date YYYY-MM-DD').optional(),
    title: z.string().min(1).optional(),
    signer: z.string().min(1).optional(),
    /** When true, manifest values replace what the text says; otherwise they only fill missing fields. */
    override: z.boolean().optional(),
  })
  .strict();
export type Manifest = z.infer<typeof ManifestSchema>;

/** Fill (or, with `override: true`, replace) metadata from a manifest. Returns a new object. */
export function applyManifest(meta: DocumentMeta, manifest: Manifest): DocumentMeta {
  const m = ManifestSchema.parse(manifest);
  const out: DocumentMeta = { ...meta, spans: { ...meta.spans }, missing: [...meta.missing] };
  const set = <K extends Field>(k: K, v: DocumentMeta[K] | undefined) => {
    if (v === undefined) return;
    if (out[k] !== null && !m.override) return;
    out[k] = v;
    delete out.spans[k]; // the value no longer comes from the text
  };
  let symbol = m.symbol;
  if (symbol) symbol = findSymbols(symbol)[0]?.symbol ?? symbol;
  set('kind', m.kind);
  set('kindVi', m.kindVi ?? (m.kind ? KIND_VI[m.kind] : undefined));
  set('symbol', symbol);
  set('number', m.number ?? (symbol ? (findSymbols(symbol)[0]?.number ?? undefined) : undefined));
  set('issuer', m.issuer);
  set('level', m.level);
  set('province', m.province ? (provinceByName(m.province)?.name ?? m.province) : undefined);
  set('issuedOn', m.issuedOn);
  set('title', m.title);
  set('signer', m.signer);
  out.missing = out.missing.filter((f) => out[f as Field] === null);
  return out;
}

/** A title line written in capitals (with at least a word of letters): "VỀ VIỆC TĂNG CƯỜNG …". */
function isUpperTitleLine(text: string): boolean {
  const t = text.trim();
  return /\p{Lu}{2,}/u.test(t) && t === t.toUpperCase();
}
