/**
 * Vietnam's provinces and centrally-run cities, before and after the July 2025 merger, so documents
 * from any province resolve to a canonical name. Matching is diacritic- and tone-placement-insensitive
 * ("Thanh Hoá" = "Thanh Hóa"), and requires capitalised words so "hòa bình" (peace) is not a province.
 * Complexity: linear in the text, one scan per province pattern (a fixed list), plus an overlap check of each
 * mention against those found (k² in the k province names of one text, a handful in practice).
 */
import { foldDiacritics } from './text';

export interface Province {
  /** Canonical Vietnamese name without "tỉnh"/"thành phố": "Hà Nội", "Hồ Chí Minh". */
  name: string;
  /** Centrally-run city (thành phố trực thuộc Trung ương): its Party committee is a Thành ủy. */
  city: boolean;
  /** Exists after the 1 July 2025 merger (34 units). */
  current: boolean;
  /** Other spellings. */
  aliases?: string[];
  /** Initials the press writes the name with inside a body's name only ("Thành ủy HN", "BHXH TP HCM"): no mention in prose. */
  initials?: string[];
  /** The city's name in full where its bare name is not enough: Hồ Chí Minh is the President's ("Thành ủy Thành phố Hồ Chí Minh"). */
  inFull?: string;
}

export const PROVINCES: Province[] = [
  // The 34 units after 1 July 2025.
  { name: 'Hà Nội', city: true, current: true, aliases: ['Thủ đô Hà Nội'], initials: ['HN'] },
  {
    name: 'Hồ Chí Minh',
    city: true,
    current: true,
    aliases: ['TP.HCM', 'TP HCM', 'TPHCM', 'TP. HCM', 'TP. Hồ Chí Minh', 'TP.Hồ Chí Minh'],
    initials: ['HCM'],
    inFull: 'Thành phố Hồ Chí Minh',
  },
  { name: 'Hải Phòng', city: true, current: true, initials: ['HP'] },
  { name: 'Đà Nẵng', city: true, current: true, initials: ['ĐN'] },
  { name: 'Cần Thơ', city: true, current: true, initials: ['CT'] },
  { name: 'Huế', city: true, current: true },
  { name: 'Lai Châu', city: false, current: true },
  { name: 'Điện Biên', city: false, current: true },
  { name: 'Sơn La', city: false, current: true },
  { name: 'Lạng Sơn', city: false, current: true },
  { name: 'Quảng Ninh', city: false, current: true },
  { name: 'Thanh Hóa', city: false, current: true },
  { name: 'Nghệ An', city: false, current: true },
  { name: 'Hà Tĩnh', city: false, current: true },
  { name: 'Cao Bằng', city: false, current: true },
  { name: 'Tuyên Quang', city: false, current: true },
  { name: 'Lào Cai', city: false, current: true },
  { name: 'Thái Nguyên', city: false, current: true },
  { name: 'Phú Thọ', city: false, current: true },
  { name: 'Bắc Ninh', city: false, current: true },
  { name: 'Hưng Yên', city: false, current: true },
  { name: 'Ninh Bình', city: false, current: true },
  { name: 'Quảng Trị', city: false, current: true },
  { name: 'Quảng Ngãi', city: false, current: true },
  { name: 'Gia Lai', city: false, current: true },
  { name: 'Khánh Hòa', city: false, current: true },
  { name: 'Lâm Đồng', city: false, current: true },
  { name: 'Đắk Lắk', city: false, current: true, aliases: ['Đăk Lăk', 'Đắc Lắc'] },
  { name: 'Đồng Nai', city: false, current: true },
  { name: 'Tây Ninh', city: false, current: true },
  { name: 'Vĩnh Long', city: false, current: true },
  { name: 'Đồng Tháp', city: false, current: true },
  { name: 'Cà Mau', city: false, current: true },
  { name: 'An Giang', city: false, current: true },
  // Merged away on 1 July 2025 (still named by older documents).
  { name: 'Thừa Thiên Huế', city: false, current: false, aliases: ['Thừa Thiên - Huế'] },
  { name: 'Hà Giang', city: false, current: false },
  { name: 'Yên Bái', city: false, current: false },
  { name: 'Bắc Kạn', city: false, current: false, aliases: ['Bắc Cạn'] },
  { name: 'Vĩnh Phúc', city: false, current: false },
  { name: 'Hòa Bình', city: false, current: false },
  { name: 'Bắc Giang', city: false, current: false },
  { name: 'Thái Bình', city: false, current: false },
  { name: 'Hải Dương', city: false, current: false },
  { name: 'Hà Nam', city: false, current: false },
  { name: 'Nam Định', city: false, current: false },
  { name: 'Quảng Bình', city: false, current: false },
  { name: 'Quảng Nam', city: false, current: false },
  { name: 'Kon Tum', city: false, current: false },
  { name: 'Bình Định', city: false, current: false },
  { name: 'Ninh Thuận', city: false, current: false },
  { name: 'Đắk Nông', city: false, current: false, aliases: ['Đăk Nông'] },
  { name: 'Bình Thuận', city: false, current: false },
  { name: 'Phú Yên', city: false, current: false },
  { name: 'Bình Dương', city: false, current: false },
  { name: 'Bà Rịa - Vũng Tàu', city: false, current: false, aliases: ['Bà Rịa-Vũng Tàu', 'Bà Rịa – Vũng Tàu'] },
  { name: 'Bình Phước', city: false, current: false },
  { name: 'Long An', city: false, current: false },
  { name: 'Sóc Trăng', city: false, current: false },
  { name: 'Hậu Giang', city: false, current: false },
  { name: 'Bến Tre', city: false, current: false },
  { name: 'Trà Vinh', city: false, current: false },
  { name: 'Tiền Giang', city: false, current: false },
  { name: 'Bạc Liêu', city: false, current: false },
  { name: 'Kiên Giang', city: false, current: false },
];

/** Fold for matching: diacritics off, and the "-" of "Bà Rịa - Vũng Tàu" made optional. */
function key(s: string): string {
  return foldDiacritics(s).replace(/\s*[-–]\s*/g, ' ').replace(/\./g, '. ').replace(/\s+/g, ' ').trim();
}

const ENTRIES = PROVINCES.flatMap((p) => [p.name, ...(p.aliases ?? [])].map((spelling) => ({ p, k: key(spelling), spelling })))
  // Longest first: "Thừa Thiên Huế" before "Huế".
  .sort((a, b) => b.k.length - a.k.length)
  // A regex over the folded text per spelling, tolerant to the hyphen/space variants; compiled once.
  .map((e) => ({ ...e, words: e.k.split(' '), re: new RegExp(`(?<![a-z0-9])${e.k.split(' ').map(escape).join('[\\s\\-–.]*')}(?![a-z0-9])`, 'g') }));

/** Well-known capitalised phrases that contain a province name but are not one. */
// The President, his thought and his mausoleum are not the city named after him: "Ngày sinh Chủ tịch Hồ Chí Minh",
// "tư tưởng, đạo đức, phong cách Hồ Chí Minh", "Đoàn Thanh niên Cộng sản Hồ Chí Minh".
const NOT_PROVINCE = [/thai binh duong/g, /hoa binh (?:va|,)/g, /(?:chu tich|bac|tu tuong|phong cach|lang|cong san|chinh tri quoc gia|nguoi) ho chi minh/g];

export function provinceByName(name: string): Province | null {
  const k = key(name.replace(/^\s*(?:tỉnh|thành phố|tp\.?|thủ đô)\s+/i, ''));
  return ENTRIES.find((e) => e.k === k)?.p ?? null;
}

/**
 * The place closing a body's name written short: a known spelling ("TP.HCM", "TP. Hồ Chí Minh", "TP Hà Nội", "Hà Nội")
 * or the initials the press uses there ("HN", "TP HCM", "TP.ĐN"); null for anything else.
 */
export function provinceByShortName(name: string): Province | null {
  const byName = provinceByName(name);
  if (byName) return byName;
  const initials = name.trim().replace(/^(?:TP|Tp)(?:\.\s*|\s+)?(?=\p{Lu})/u, '');
  return PROVINCES.find((p) => p.initials?.includes(initials)) ?? null;
}

export interface ProvinceMention {
  province: Province;
  index: number;
  end: number;
  /** Preceded by "tỉnh", "thành phố", "TP." or "Thủ đô": a firmer mention. */
  qualified: boolean;
}

/** Any spelling at all: most texts name no province, and one scan tells so instead of one per spelling. */
const ANY_ENTRY = new RegExp(ENTRIES.map((e) => e.re.source).join('|'));

/** Every capitalised province mention in `text` (NFC), in order. */
export function findProvinces(text: string): ProvinceMention[] {
  const f = foldDiacritics(text);
  if (!ANY_ENTRY.test(f)) return [];
  const blocked = new Set<number>();
  for (const re of NOT_PROVINCE) for (const m of f.matchAll(re)) for (let i = 0; i < m[0].length; i++) blocked.add((m.index ?? 0) + i);
  const out: ProvinceMention[] = [];
  const taken = (a: number, b: number) => out.some((m) => a < m.end && b > m.index);
  for (const e of ENTRIES) {
    // A spelling's regex only matches where each of its words stands as written: a substring search rules out
    // most spellings for less than a regex scan of the text.
    if (!e.words.every((w) => f.includes(w))) continue;
    for (const m of f.matchAll(e.re)) {
      const i = m.index ?? 0;
      const j = i + m[0].length;
      if (blocked.has(i) || taken(i, j)) continue;
      // Proper noun: every word capitalised in the original.
      const words = text.slice(i, j).split(/[\s\-–.]+/).filter(Boolean);
      if (!words.every((w) => /^\p{Lu}/u.test(w))) continue;
      const before = f.slice(Math.max(0, i - 12), i);
      out.push({ province: e.p, index: i, end: j, qualified: /(?:tinh|thanh pho|tp\.?|thu do)\s*$/.test(before) });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
