/**
 * A header typed without diacritics, as a copy retyped on a keyboard without Vietnamese input gives it:
 *
 *     BO GIAO DUC VA DAO TAO                 CONG HOA XA HOI CHU NGHIA VIET NAM
 *     UY BAN NHAN DAN                        THANH UY HA NOI
 *     TINH QUANG NAM
 *
 * A line of capitals with no mark at all names a body only if it spells, letter for letter once folded, one of the
 * bodies that issue directive documents: the central Party and State bodies, the Government's ministries and
 * ministry-level bodies (former names too), a province's People's Committee, Council and Party committee, and the
 * place line under them ("TINH QUANG NAM"). That body is named with its marks; any other line is left as it is.
 * Complexity: linear in the line, against a fixed list of names folded once.
 */
import { PROVINCES } from './provinces';
import { foldDiacritics } from './text';

/** The ministries' fields, of every term (a retyped copy may be old). */
const MINISTRY_FIELDS = [
  'Quốc phòng', 'Công an', 'Ngoại giao', 'Nội vụ', 'Tư pháp', 'Tài chính', 'Công Thương', 'Xây dựng', 'Giao thông vận tải', 'Y tế',
  'Nông nghiệp và Phát triển nông thôn', 'Nông nghiệp và Môi trường', 'Khoa học và Công nghệ', 'Giáo dục và Đào tạo',
  'Văn hóa, Thể thao và Du lịch', 'Tài nguyên và Môi trường', 'Thông tin và Truyền thông', 'Lao động - Thương binh và Xã hội',
  'Kế hoạch và Đầu tư', 'Dân tộc và Tôn giáo', 'Thương mại', 'Công nghiệp', 'Thủy sản', 'Văn hóa - Thông tin',
];

/** Bodies named alone on a header line. */
const BODIES = [
  'Ban Chấp hành Trung ương', 'Ban Chấp hành Trung ương Đảng', 'Đảng Cộng sản Việt Nam', 'Bộ Chính trị', 'Ban Bí thư',
  'Chính phủ', 'Thủ tướng Chính phủ', 'Văn phòng Chính phủ', 'Quốc hội', 'Ủy ban Thường vụ Quốc hội', 'Văn phòng Quốc hội',
  'Ngân hàng Nhà nước Việt Nam', 'Thanh tra Chính phủ', 'Ủy ban Dân tộc', 'Kiểm toán Nhà nước',
  'Tòa án nhân dân tối cao', 'Viện kiểm sát nhân dân tối cao',
  ...MINISTRY_FIELDS.map((f) => `Bộ ${f}`),
  'Ủy ban nhân dân', 'Hội đồng nhân dân',
];

/** Letters only, one space between words: "BO LAO DONG - THUONG BINH VA XA HOI" and its name fold alike. */
const key = (s: string) => foldDiacritics(s).replace(/[^a-z]+/g, ' ').trim();

const PLACES = PROVINCES.map((p) => ({ p, k: key(p.name) }));
const BY_KEY = new Map(BODIES.map((b) => [key(b), b]));

/** The place after "tỉnh"/"thành phố" or a Party committee's name: "QUANG NAM" → Quảng Nam. */
function place(k: string): string | null {
  return PLACES.find((x) => x.k === k)?.p.name ?? null;
}

/**
 * "BO GIAO DUC VA DAO TAO" → "Bộ Giáo dục và Đào tạo", "UY BAN NHAN DAN TINH QUANG NAM" → "Ủy ban nhân dân tỉnh Quảng Nam",
 * "TINH QUANG NAM" → "tỉnh Quảng Nam", "THANH UY HA NOI" → "Thành ủy Hà Nội"; null for a line with any mark, any
 * lower-case letter, or no known body.
 */
export function unaccentedBody(line: string): string | null {
  const t = line.trim();
  if (!/^[A-Z][A-Z\s,.-]*$/.test(t)) return null;
  const k = key(t);
  const body = BY_KEY.get(k);
  if (body) return body;
  // A body and its place: "UY BAN NHAN DAN TINH QUANG NAM", "HOI DONG NHAN DAN THANH PHO DA NANG", or the place line alone.
  const local = /^(?:(uy ban nhan dan|hoi dong nhan dan) )?(tinh|thanh pho) (.+)$/.exec(k);
  if (local) {
    const p = place(local[3]);
    if (!p) return null;
    const at = `${local[2] === 'tinh' ? 'tỉnh' : 'thành phố'} ${p}`;
    return local[1] ? `${BY_KEY.get(local[1])} ${at}` : at;
  }
  const party = /^(ban thuong vu )?(tinh|thanh) uy (.+)$/.exec(k);
  if (party) {
    const p = place(party[3]);
    return p ? `${party[1] ? 'Ban Thường vụ ' : ''}${party[2] === 'tinh' ? 'Tỉnh ủy' : 'Thành ủy'} ${p}` : null;
  }
  return null;
}
