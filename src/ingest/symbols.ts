/**
 * Document symbols (ký hiệu) and kind words.
 *
 * Two conventions coexist:
 *  - Party documents: number-CODE/ISSUER, e.g. "59-NQ/TW", "356-KH/TU", "07-CTr/TU", "39-KH/ĐU".
 *  - State documents: number[/year]/CODE-ISSUER, e.g. "153/NQ-CP", "35/KH-UBND", "72/2015/NĐ-CP";
 *    an official letter has no kind code: "3089/BTTTT-TTĐN" (issuer-unit). Laws: "59/2020/QH14".
 * The kind of a cited document comes from the symbol's code, never from a nearby word: the text may say
 * "Kế hoạch số 57-KL/TW", and that is a Kết luận.
 * Complexity: linear in the text: one regular-expression scan.
 */
import type { DocumentKind } from './model';
import { foldDiacritics } from './text';

/** Kind codes as used in symbols → DocumentKind. Keys are the canonical spelling. */
export const KIND_CODES: Record<string, DocumentKind> = {
  NQ: 'NGHI_QUYET',
  NQLT: 'NGHI_QUYET',
  KH: 'KE_HOACH',
  CTr: 'CHUONG_TRINH',
  CTHĐ: 'CHUONG_TRINH',
  QĐ: 'QUYET_DINH',
  CT: 'CHI_THI',
  KL: 'KET_LUAN',
  NĐ: 'NGHI_DINH',
  TT: 'THONG_TU',
  TTLT: 'THONG_TU',
  CV: 'CONG_VAN',
  QĐi: 'QUY_DINH',
  QyĐ: 'QUY_DINH',
  ĐA: 'DE_AN',
  HD: 'HUONG_DAN',
  TB: 'THONG_BAO',
  // The Party's other codes, of kinds the model does not name: Quy chế ("09-QC/TW"), Báo cáo, Tờ trình, …
  QC: 'OTHER',
  BC: 'OTHER',
  TTr: 'OTHER',
  BB: 'OTHER',
  GP: 'OTHER',
  L: 'LUAT',
};

/** symbolKey-style fold of each code → canonical code ("CTR" → "CTr"). */
const CODE_BY_KEY = new Map(Object.keys(KIND_CODES).map((c) => [foldKey(c), c]));

/** Kind words as written in Vietnamese (folded), longest first, with their code and DocumentKind. */
const KIND_WORDS: { word: string; code: string | null; kind: DocumentKind; vi: string }[] = [
  { word: 'chuong trinh hanh dong', code: 'CTr', kind: 'CHUONG_TRINH', vi: 'Chương trình hành động' },
  { word: 'nghi quyet lien tich', code: 'NQLT', kind: 'NGHI_QUYET', vi: 'Nghị quyết liên tịch' },
  { word: 'thong tu lien tich', code: 'TTLT', kind: 'THONG_TU', vi: 'Thông tư liên tịch' },
  { word: 'nghi quyet', code: 'NQ', kind: 'NGHI_QUYET', vi: 'Nghị quyết' },
  { word: 'ke hoach', code: 'KH', kind: 'KE_HOACH', vi: 'Kế hoạch' },
  { word: 'chuong trinh', code: 'CTr', kind: 'CHUONG_TRINH', vi: 'Chương trình' },
  { word: 'quyet dinh', code: 'QĐ', kind: 'QUYET_DINH', vi: 'Quyết định' },
  { word: 'chi thi', code: 'CT', kind: 'CHI_THI', vi: 'Chỉ thị' },
  { word: 'ket luan', code: 'KL', kind: 'KET_LUAN', vi: 'Kết luận' },
  { word: 'nghi dinh', code: 'NĐ', kind: 'NGHI_DINH', vi: 'Nghị định' },
  { word: 'thong tu', code: 'TT', kind: 'THONG_TU', vi: 'Thông tư' },
  { word: 'cong van', code: 'CV', kind: 'CONG_VAN', vi: 'Công văn' },
  // A telegram of the Prime Minister or a committee ("Công điện số 210/CĐ-TTg") is an official letter sent urgently.
  { word: 'cong dien', code: null, kind: 'CONG_VAN', vi: 'Công điện' },
  { word: 'van ban', code: null, kind: 'CONG_VAN', vi: 'Văn bản' },
  { word: 'bo luat', code: null, kind: 'LUAT', vi: 'Bộ luật' },
  { word: 'luat', code: null, kind: 'LUAT', vi: 'Luật' },
  { word: 'quy dinh', code: 'QĐi', kind: 'QUY_DINH', vi: 'Quy định' },
  { word: 'de an', code: 'ĐA', kind: 'DE_AN', vi: 'Đề án' },
  { word: 'huong dan', code: 'HD', kind: 'HUONG_DAN', vi: 'Hướng dẫn' },
  { word: 'thong bao', code: 'TB', kind: 'THONG_BAO', vi: 'Thông báo' },
  { word: 'quy che', code: 'QC', kind: 'OTHER', vi: 'Quy chế' },
];

/** DocumentKind → Vietnamese name. */
export const KIND_VI: Record<DocumentKind, string> = {
  NGHI_QUYET: 'Nghị quyết',
  KE_HOACH: 'Kế hoạch',
  CHUONG_TRINH: 'Chương trình',
  QUYET_DINH: 'Quyết định',
  CHI_THI: 'Chỉ thị',
  KET_LUAN: 'Kết luận',
  NGHI_DINH: 'Nghị định',
  THONG_TU: 'Thông tư',
  CONG_VAN: 'Công văn',
  LUAT: 'Luật',
  QUY_DINH: 'Quy định',
  DE_AN: 'Đề án',
  HUONG_DAN: 'Hướng dẫn',
  THONG_BAO: 'Thông báo',
  OTHER: 'Văn bản',
};

/** Kind word at the START of `s` ("Nghị quyết số ..."), or null. */
export function kindWordAt(s: string): { kind: DocumentKind; code: string | null; vi: string; length: number } | null {
  const f = foldDiacritics(s);
  for (const w of KIND_WORDS) {
    if (f.startsWith(w.word) && !/[a-z]/.test(f.charAt(w.word.length))) {
      return { kind: w.kind, code: w.code, vi: w.vi, length: w.word.length };
    }
  }
  return null;
}

/** The kind word when `s` is that word alone ("NGHỊ QUYẾT", "Kế hoạch "), not a title opening with it; or null. */
export function kindWordAlone(s: string): ReturnType<typeof kindWordAt> {
  const t = s.trim();
  const kw = kindWordAt(t);
  return kw && t.length <= kw.length + 1 ? kw : null;
}

/** The kind named by a heading or phrase ("KẾ HOẠCH", "Chương trình hành động"), or null. */
export function kindFromWord(s: string): DocumentKind | null {
  return kindWordAt(s.trim())?.kind ?? null;
}

/** DocumentKind for a symbol code ("NQ", "Ctr", "NĐ"); null when the code is not a kind code. */
export function kindFromCode(code: string): DocumentKind | null {
  const c = CODE_BY_KEY.get(foldKey(code));
  return c ? KIND_CODES[c] : null;
}

export type SymbolStyle = 'PARTY' | 'STATE' | 'LAW';

export interface SymbolMatch {
  /** Normalised symbol ("59-NQ/TW", "153/NQ-CP", "3089/BTTTT-TTĐN"). */
  symbol: string;
  /** As written (may contain spaces or a line-join). */
  raw: string;
  /** [index, end) in the searched string. */
  index: number;
  end: number;
  number: string;
  year: string | null;
  /** Kind code when the symbol has one ("NQ", "CTr"), else null (official letter, law). */
  kindCode: string | null;
  kind: DocumentKind | null;
  /** Issuer part: "TW", "TU", "ĐU", "CP", "UBND", "BTTTT", ... */
  issuerCode: string;
  style: SymbolStyle;
  /** Written "/TƯ": its issuer code read from the body named with it ("TW" when none is), so a header may still settle it. */
  writtenTU?: boolean;
}

// Letters allowed in codes: capitals (incl. Đ) with occasional lowercase ("CTr", "TTg", "SNgV", "QĐi").
const CODE = String.raw`[A-ZĐ][A-Za-zĐđ]{0,7}`;
// "SNN&PTNT" (Sở Nông nghiệp và Phát triển nông thôn) writes its "và" as "&".
const ISSUER = String.raw`[A-ZĐ][A-Za-zĐđ0-9]{0,11}(?:&[A-ZĐ][A-Za-zĐđ0-9]{0,7})?(?:-[A-ZĐ][A-Za-zĐđ0-9]{0,11}(?:&[A-ZĐ][A-Za-zĐđ0-9]{0,7})?)?`;
// A number may carry a letter: "Nghị quyết 36a/NQ-CP", "30c/NQ-CP".
const NUMBER = String.raw`\d{1,5}[a-z]?`;
const DASH = String.raw`\s?[-‐‑–]\s?`;
// A State symbol's code and issuer may be joined by a dot: "Quyết định số 136/2001/QĐ.TTg".
const STATE_DASH = String.raw`(?:${DASH}|\.)`;
const SLASH = String.raw`\s?\/\s?`;
// Party: 59-NQ/TW. The number may be followed by a space before the dash ("35 -KH/TU").
const PARTY_RE = new RegExp(String.raw`(?<![\p{L}\d/.,-])(${NUMBER})${DASH}(${CODE})${SLASH}(${ISSUER})(?![\p{L}\d])`, 'gu');
// Party, the dash written as a space after "số": "Quyết định số 84 QĐ/TWĐTN" is 84-QĐ/TWĐTN.
const PARTY_SPACED_RE = new RegExp(String.raw`(?<=(?<![\p{L}])(?:[Ss]ố|SỐ)\s)(\d{1,5})\s(${CODE})${SLASH}(${ISSUER})(?![\p{L}\d])`, 'gu');
// Before 1997 the Government's symbols carried no kind code: "Chỉ thị số 43-TTg", "Nghị định 64-CP", "số 114-HĐBT".
const OLD_STATE_RE = /(?<![\p{L}\d/.,-])(\d{1,4})\s?[-‐‑–]\s?(TTg|CP|HĐBT)(?![\p{L}\d/-])/gu;
const OLD_STATE_CODE = /TTg|CP|HĐBT/;
// State: 153/NQ-CP, 72/2015/NĐ-CP, 3089/BTTTT-TTĐN, 22/2016/TT-BTTTT.
const STATE_RE = new RegExp(
  String.raw`(?<![\p{L}\d/.,-])(${NUMBER})(?:${SLASH}((?:19|20)\d{2}))?${SLASH}(${CODE})${STATE_DASH}(${ISSUER})(?![\p{L}\d])`,
  'gu',
);
// An official letter written "Công văn 285/CCTTHC", "Công văn số 663/SCT": a number and the issuing unit's code,
// no kind code; taken only right after the word for a letter.
// (Also an urgent one, "công văn hỏa tốc số 517/VPTT", and one numbered by year, "văn bản số 558/2022/TTĐT".)
const LETTER_RE = /(?<=(?:Công văn|công văn|Văn bản|văn bản)\s+(?:(?:khẩn|hỏa tốc|hoả tốc|mật)\s+)?(?:số\s+)?)(\d{1,5})(?:\s?\/\s?((?:19|20)\d{2}))?\s?\/\s?([A-ZĐ][A-Za-zĐđ&]{1,11})(?![\p{L}\d/-])/gu;
// A PDF's text layer that lost its dashes: "Số: 1961/QĐUBND", "Nghị định số 61/2018/NĐCP", "01/2018/TTVPCP". Taken
// only when a kind code runs straight into an issuer code that is never part of a kind code (UBND, HĐND, CP, TTg,
// VPCP, a ministry's B…), so that an official letter's unit ("BTTTT-THH") is never cut.
const DASHLESS_RE = /(?<![\p{L}\d/.,-])(\d{1,5}[a-z]?)\s?\/\s?(?:((?:19|20)\d{2})\s?\/\s?)?(QĐ|NQ|NĐ|TT|CT|KH|KL|HD|TB|TTr)(UBND|HĐND|CP|TTg|VPCP|B[A-ZĐ]{2,7})(?![\p{L}\d])/gu;
// The older State form with a second slash: "Thông tư liên tịch số 183/2010/TTLT/BTC-BNN" (kind code, then the
// issuers), "công văn số 2325/ BKH/ VPTĐ" (the ministry, then its unit: an official letter).
const SLASHED_STATE_RE = new RegExp(String.raw`(?<![\p{L}\d/.,-])(${NUMBER})(?:${SLASH}((?:19|20)\d{2}))?${SLASH}([A-ZĐ][A-Za-zĐđ]{1,7})${SLASH}(${ISSUER})(?![\p{L}\d/])`, 'gu');
// Law: 59/2020/QH14.
const LAW_RE = /(?<![\p{L}\d/.,-])(\d{1,5})\s?\/\s?((?:19|20)\d{2})\s?\/\s?(QH\d{1,2}|UBTVQH\d{1,2})(?![\p{L}\d])/gu;

/**
 * "25-NQ/TƯ", "445-KL/TƯ": a Party symbol whose issuer code is written "TƯ" (Trung ương) with its Vietnamese letter. Sites
 * and provincial committees write it for their own documents too ("Chương trình hành động số 25-CTr/TƯ" of the Đảng bộ
 * tỉnh, "13-NQ/TƯ của Tỉnh ủy"): the body named with it tells which (partyCodeOfTU).
 */
const PARTY_TU_RE = new RegExp(String.raw`(?<![\p{L}\d/.,-])(${NUMBER})${DASH}(${CODE})${SLASH}(TƯ|T\.Ư)(?![\p{L}\d])`, 'gu');
/** A provincial Party body named right after the symbol ("… của Tỉnh ủy", "… của Ban Thường vụ Thành ủy") or issuing it before. */
const PROVINCIAL_PARTY_AFTER = /^\s*(?:\([^)]{0,40}\)\s*)?,?\s*(?:ngày\s+[\d/.-]{6,10}\s*,?\s*)?(?:của\s+)?(?:Ban Thường vụ\s+|Ban Chấp hành\s+|Thường trực\s+)?(?:Tỉnh ủy|Thành ủy|Tỉnh uỷ|Thành uỷ|Đảng bộ\s+(?:tỉnh|thành phố))(?![\p{L}])/iu;
const PROVINCIAL_PARTY_BEFORE = /(?:Tỉnh ủy|Thành ủy|Tỉnh uỷ|Thành uỷ|Đảng bộ\s+(?:tỉnh|thành phố))(?:\s+\p{Lu}[\p{L}]*){0,3}\s+(?:[^.;]{0,30}?\s)?(?:ban hành|có|ra)\s+[^.;]{0,40}$/u;
/** "TW", unless the text names a province's Party body with the symbol. */
function partyCodeOfTU(text: string, index: number, end: number): 'TU' | 'TW' {
  const before = text.slice(Math.max(0, index - 120), index);
  return PROVINCIAL_PARTY_AFTER.test(text.slice(end, end + 80)) || PROVINCIAL_PARTY_BEFORE.test(before.slice(before.search(/[^.;]*$/u))) ? 'TU' : 'TW';
}

const HAS_DIGIT = /\d/;

/** Issuer codes only the Party uses: Central Committee, provincial/city committee, Party committee. */
const PARTY_ISSUERS = new Set(['TW', 'TU', 'ĐU', 'HU', 'QU', 'TVTW', 'BCSĐ', 'ĐĐ']);

// A central document named by kind and number with its issuer instead of a symbol: "Nghị quyết 57 của Bộ
// Chính trị", "Nghị quyết số 70; Nghị quyết số 71; Nghị quyết số 80 của Bộ Chính trị". The issuer fixes the
// symbol's form: the Party's central bodies write N-NQ/TW, the Government N/NQ-CP.
const NUMBERED_RE = /(?<![\p{L}])(Nghị quyết|Chỉ thị|Kết luận)\s+(?:số\s+)?(\d{1,4})(?![\d/\-‐‑–\p{L}])/giu;
const NUMBERED_TAIL =
  /^(?:\s*ngày\s+\d{1,2}(?:\s*\/\s*\d{1,2}\s*\/\s*\d{4}|\s+tháng\s+\d{1,2}\s+năm\s+\d{4}))?(?:\s*[;,]\s*(?:và\s+)?(?:Nghị quyết|Chỉ thị|Kết luận)\s+(?:số\s+)?\d{1,4}(?:\s*ngày\s+[\d/ ]+)?)*\s+(?:của\s+)(Bộ Chính trị|Ban Chấp hành Trung ương|Ban Bí thư|Chính phủ)(?![\p{L}])/iu;

function numberedReferences(text: string): SymbolMatch[] {
  const out: SymbolMatch[] = [];
  for (const m of text.matchAll(NUMBERED_RE)) {
    const i = m.index ?? 0;
    const end = i + m[0].length;
    const tail = NUMBERED_TAIL.exec(text.slice(end));
    if (!tail) continue;
    const code = kindWordAt(m[1])?.code;
    if (!code) continue;
    const government = /^chính phủ$/i.test(tail[1]);
    if (government && code !== 'NQ') continue;
    const number = m[2];
    const symbol = government ? `${number}/NQ-CP` : `${number}-${code}/TW`;
    out.push({ symbol, raw: m[0], index: i, end, number, year: null, kindCode: code, kind: kindFromCode(code), issuerCode: government ? 'CP' : 'TW', style: government ? 'STATE' : 'PARTY' });
  }
  return out;
}

/** Canonical casing of a kind code ("Ctr" → "CTr", "nq" stays as written when unknown). */
function canonCode(code: string): string {
  return CODE_BY_KEY.get(foldKey(code)) ?? code;
}

/**
 * Find every document symbol in `text` (one paragraph, ideally from `joinLines`, so symbols split
 * across lines are already re-joined). Matches are returned in reading order without overlaps.
 */
export function findSymbols(text: string): SymbolMatch[] {
  const out: SymbolMatch[] = [];
  // Every form below has a number: most lines of a document have no digit, and need no regex run.
  if (!HAS_DIGIT.test(text)) return out;
  const taken = (a: number, b: number) => out.some((m) => a < m.end && b > m.index);
  // Every form but the pre-1997 Government's ("43-TTg") and the numbered references has a slash: text without one
  // (a table's figures, a date in words) needs none of those scans.
  const slashed = text.includes('/');
  if (slashed) for (const m of text.matchAll(LAW_RE)) {
    const [raw, num, year, body] = m;
    const number = stripZeros(num);
    out.push({ symbol: `${number}/${year}/${body}`, raw, index: m.index ?? 0, end: (m.index ?? 0) + raw.length, number, year, kindCode: null, kind: 'LUAT', issuerCode: body, style: 'LAW' });
  }
  if (slashed) for (const m of text.matchAll(STATE_RE)) {
    const [raw, num, year, code, issuer] = m;
    const i = m.index ?? 0;
    if (taken(i, i + raw.length)) continue;
    const kind = kindFromCode(code);
    // Without a kind code the symbol is an official letter: "3089/BTTTT-TTĐN". Require capitals then,
    // so that running text such as "1/Tr-x" is not taken.
    if (!kind && !/^[A-ZĐ][A-Za-zĐđ]+$/.test(code)) continue;
    const kc = kind ? canonCode(code) : null;
    const number = num;
    // A Party document written State-style ("34/NQ-TW") is normalised to the Party form "34-NQ/TW".
    if (kc && !year && PARTY_ISSUERS.has(issuer)) {
      out.push({ symbol: `${number}-${kc}/${issuer}`, raw, index: i, end: i + raw.length, number, year: null, kindCode: kc, kind, issuerCode: issuer, style: 'PARTY' });
      continue;
    }
    // (A heading in capitals writes the Prime Minister's code "TTG": the symbol is "…-TTg", as the documents cite it.)
    const symbol = `${number}/${year ? `${year}/` : ''}${kc ?? code}-${issuer === 'TTG' ? 'TTg' : issuer}`;
    // A letter's code names the body, then its unit: "3148/VPCP-CN" is the Government Office's (its industry unit).
    out.push({ symbol, raw, index: i, end: i + raw.length, number, year: year ?? null, kindCode: kc, kind: kind ?? 'CONG_VAN', issuerCode: kc ? issuer : code, style: 'STATE' });
  }
  if (slashed) for (const m of text.matchAll(SLASHED_STATE_RE)) {
    const [raw, number, year, code, issuer] = m;
    const i = m.index ?? 0;
    if (taken(i, i + raw.length)) continue;
    const kind = kindFromCode(code);
    // A unit's letter needs its ministry's code in capitals ("BKH/VPTĐ"); a lower-case word is running text.
    if (!kind && !/^[A-ZĐ]{2,}$/u.test(code)) continue;
    const kc = kind ? canonCode(code) : null;
    out.push({ symbol: `${number}/${year ? `${year}/` : ''}${kc ?? code}/${issuer}`, raw, index: i, end: i + raw.length, number, year: year ?? null, kindCode: kc, kind: kind ?? 'CONG_VAN', issuerCode: kind ? issuer : code, style: 'STATE' });
  }
  if (slashed) for (const m of text.matchAll(DASHLESS_RE)) {
    const [raw, number, year, code, issuer] = m;
    const i = m.index ?? 0;
    if (taken(i, i + raw.length)) continue;
    const kc = canonCode(code);
    out.push({ symbol: `${number}/${year ? `${year}/` : ''}${kc}-${issuer}`, raw, index: i, end: i + raw.length, number, year: year ?? null, kindCode: kc, kind: kindFromCode(kc), issuerCode: issuer, style: 'STATE' });
  }
  if (slashed) for (const m of [...text.matchAll(PARTY_RE), ...text.matchAll(PARTY_SPACED_RE)]) {
    const [raw, num, code, issuer] = m;
    const i = m.index ?? 0;
    if (taken(i, i + raw.length)) continue;
    const kind = kindFromCode(code);
    if (!kind) continue; // Party symbols always carry a kind code; anything else is a range or a date.
    const kc = canonCode(code);
    out.push({ symbol: `${num}-${kc}/${issuer}`, raw, index: i, end: i + raw.length, number: num, year: null, kindCode: kc, kind, issuerCode: issuer, style: 'PARTY' });
  }
  if (slashed && text.includes('Ư')) for (const m of text.matchAll(PARTY_TU_RE)) {
    const [raw, num, code] = m;
    const i = m.index ?? 0;
    const kind = kindFromCode(code);
    if (taken(i, i + raw.length) || !kind) continue;
    const kc = canonCode(code);
    const issuer = partyCodeOfTU(text, i, i + raw.length);
    out.push({ symbol: `${num}-${kc}/${issuer}`, raw, index: i, end: i + raw.length, number: num, year: null, kindCode: kc, kind, issuerCode: issuer, style: 'PARTY', writtenTU: true });
  }
  if (OLD_STATE_CODE.test(text)) for (const m of text.matchAll(OLD_STATE_RE)) {
    const [raw, num, issuer] = m;
    const i = m.index ?? 0;
    if (taken(i, i + raw.length)) continue;
    out.push({ symbol: `${num}-${issuer}`, raw, index: i, end: i + raw.length, number: num, year: null, kindCode: null, kind: null, issuerCode: issuer, style: 'STATE' });
  }
  if (slashed && (text.includes('ông văn') || text.includes('ăn bản'))) for (const m of text.matchAll(LETTER_RE)) {
    const [raw, num, year, code] = m;
    const i = m.index ?? 0;
    if (taken(i, i + raw.length) || kindFromCode(code)) continue;
    out.push({ symbol: `${num}/${year ? `${year}/` : ''}${code}`, raw, index: i, end: i + raw.length, number: num, year: year ?? null, kindCode: null, kind: 'CONG_VAN', issuerCode: code, style: 'STATE' });
  }
  for (const m of numberedReferences(text)) if (!taken(m.index, m.end)) out.push(m);
  return out.sort((a, b) => a.index - b.index);
}

/** Normalise a symbol as written ("35 /KH-UBND", "59 - NQ/TW", "Số: 153/NQ-CP") → "35/KH-UBND"; null if none. */
export function normaliseSymbol(s: string): string | null {
  const t = s.normalize('NFC').replace(/\s+/g, ' ').replace(/^\s*(?:số|so|No\.?)\s*:?\s*/i, '');
  return findSymbols(t)[0]?.symbol ?? null;
}

/**
 * Tolerant lookup key: uppercase, diacritics folded (Đ→D), separators removed, leading zeros of the
 * number dropped. "57-NQ/TW", "57/NQ-TW", "57 NQ TW" and "057-nq/tw" all give "57NQTW".
 */
export function symbolKey(s: string): string {
  const k = foldKey(s);
  return k.replace(/^0+(?=\d)/, '');
}

function foldKey(s: string): string {
  return foldDiacritics(s)
    .replace(/^\s*(?:so|no\.?)\s*:?\s*(?=\d)/, '')
    .replace(/[^a-z0-9]/g, '')
    .toUpperCase();
}

function stripZeros(n: string): string {
  return n.replace(/^0+(?=\d)/, '');
}

export interface SymbolQuery {
  /** The document number ("57"), or null when the query names none. */
  number: string | null;
  /** Kind code when the query names a kind ("nghị quyết 57" → "NQ"). */
  kindCode?: string;
  kind?: DocumentKind;
  /** Issuer code when given ("57-NQ/TW" → "TW"). */
  issuerCode?: string;
  year?: string;
  /** symbolKey of a full symbol, when the query is one. */
  key?: string;
}

/**
 * Parse a loose user query: "nghị quyết 57", "NQ 57", "57-NQ/TW", "57/NQ-TW", "kế hoạch số 35",
 * "Nghị quyết 57 TW". Returns the parts it could read; callers match on symbolKey or number+kind.
 */
export function parseSymbolQuery(q: string): SymbolQuery {
  const s = q.normalize('NFC').trim();
  const full = findSymbols(s)[0];
  if (full) {
    return { number: stripZeros(full.number), kindCode: full.kindCode ?? undefined, kind: full.kind ?? undefined, issuerCode: full.issuerCode, year: full.year ?? undefined, key: symbolKey(full.symbol) };
  }
  const out: SymbolQuery = { number: null };
  const f = foldDiacritics(s);
  // Kind word anywhere ("nghị quyết 57"), or a bare code next to the number ("NQ 57", "57 NQ TW").
  for (let i = 0; i < f.length; i++) {
    if (i > 0 && /[a-z]/.test(f[i - 1])) continue;
    const w = kindWordAt(s.slice(i));
    if (w && w.code) {
      out.kindCode = w.code;
      out.kind = w.kind;
      break;
    }
  }
  const num = /(\d{1,5})/.exec(s);
  if (num) out.number = stripZeros(num[1]);
  const codes = s.split(/[^\p{L}\d]+/u).filter((w) => w && !/^\d+$/.test(w));
  if (!out.kindCode) {
    const c = codes.find((w) => /^[A-ZĐa-zđ]{1,5}$/.test(w) && kindFromCode(w) && w.length <= 4 && w === w.toUpperCase().replace('CTR', 'CTr'));
    const c2 = c ?? codes.find((w) => kindFromCode(w) && /^[A-ZĐ]/.test(w));
    if (c2) {
      out.kindCode = canonCode(c2);
      out.kind = kindFromCode(c2) ?? undefined;
    }
  }
  const year = /\b((?:19|20)\d{2})\b/.exec(s);
  if (year && out.number !== year[1]) out.year = year[1];
  const issuer = codes.find((w) => /^(?:TW|TU|ĐU|CP|TTg|UBND|HĐND|QH\d*)$/u.test(w));
  if (issuer) out.issuerCode = issuer;
  if (out.number && out.kindCode && out.issuerCode) out.key = symbolKey(`${out.number}${out.kindCode}${out.issuerCode}`);
  return out;
}

/** Which side issued a symbol: Party ("/TW", "/TU", "/ĐU") or State ("-CP", "-UBND"). */
export function symbolSide(symbol: string): 'PARTY' | 'STATE' | null {
  const m = findSymbols(symbol)[0];
  if (!m) return null;
  return m.style === 'PARTY' ? 'PARTY' : 'STATE';
}
