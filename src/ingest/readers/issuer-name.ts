/**
 * An issuer is a body's name. Read from a copy's prose or a page's run-together header it often carries what stood
 * around it, and the body is read out of it:
 *  - the words of the sentence after the name: "Tỉnh ủy Thanh Hóa mới đây", "Ủy ban nhân dân tỉnh An Giang đã có
 *    công văn", "Ban Thường vụ Đảng ủy … Trung ương đã khẩn trương", "Chính phủ yêu cầu Bộ NNPTNT tích cực",
 *    "Hội đồng nhân dân ngày 02 tháng 12 năm 2016 của …" (a name holds no adverb, no directing verb, no date);
 *  - the headline, stamp or page tag before it, up to the clause that names the body: "… Tỉnh ủy 17-8-2021 Ngày 16
 *    tháng 8 năm 2021, UBND tỉnh", "Chính phủ (Quang Binh Portal) - Ngày 30/9/2015, Văn phòng UBND tỉnh", "Ủy viên Bộ
 *    Chính trị, Bí thư Thành ủy Hà Nội" (a secretary signs for the committee he leads);
 *  - a headline word run into the office: "… tại Trung Bộ Thủ tướng Chính phủ vừa ban hành công điện";
 * and the Government's resolution ("…/NQ-CP") is the Government's, whichever Prime Minister or deputy signs it.
 * A name that needs none of this is returned as it is.
 * Complexity: linear in the name (a few anchored patterns).
 */
import { levelOfIssuer, withoutPersonName } from '../document';

/** Words a body's name never holds: adverbs of time, directing verbs, a date. */
// ("Ban Chỉ đạo …", "Ban chỉ đạo …" hold "chỉ đạo" as their name; "… nông thôn mới" holds "mới", "mới đây" is time.)
const NOT_IN_A_NAME = /\s+(?:mới đây|vừa qua|gần đây|đã|vừa|sẽ|cũng|cho biết|yêu cầu|đề nghị|(?<![Bb]an\s)chỉ đạo|khẩn trương|tích cực|có (?:công văn|văn bản|công điện|chỉ thị|kế hoạch|quyết định|thông báo)|ban hành|ký|ngày\s+\d|\d{1,2}[/-]\d{1,2}[/-]\d{2,4})(?![\p{L}])/u;
/** The clause naming the body after a comma or a page tag's dash. */
const LAST_CLAUSE = /(?:,|\s[-–])\s+(?=\p{Lu})/gu;
/** A secretary or a chairman of a Party committee signs for it: "Bí thư Thành ủy Hà Nội" → "Thành ủy Hà Nội". */
const SECRETARY = /^(?:Phó\s+)?Bí thư\s+(?=(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng)\s+(?:ủy|uỷ)(?![\p{L}]))/u;
/** A headline's last word run into the Prime Minister's office ("Trung Bộ Thủ tướng Chính phủ"). */
const RUN_INTO_OFFICE = /^\p{Lu}\p{Ll}*\s+(?=Thủ tướng Chính phủ$)/u;

/** A body's name, or its office's ("Văn phòng UBND tỉnh" is of the committee's level). */
const isBody = (s: string) => levelOfIssuer(s) !== null || levelOfIssuer(s.replace(/^Văn phòng\s+/u, '')) !== null;

/** The body's name out of what was read as the issuer. */
export function issuerName(issuer: string, symbol: string | null = null): string {
  let s = issuer.trim();
  // The last clause that is a body's name by itself ("Bộ Văn hóa, Thể thao và Du lịch" has none: its fields are no body).
  const clauses = [...s.matchAll(LAST_CLAUSE)].map((m) => (m.index ?? 0) + m[0].length);
  for (const at of clauses.reverse()) {
    const tail = s.slice(at).replace(SECRETARY, '');
    if (isBody(tail)) {
      s = tail;
      break;
    }
  }
  const cut = NOT_IN_A_NAME.exec(s);
  // (… and the signer's name the sentence put before its verb: "UBND tỉnh Mai Xuân Liêm đã có văn bản".)
  if (cut && cut.index > 0 && isBody(s.slice(0, cut.index))) s = withoutPersonName(s.slice(0, cut.index));
  s = s.replace(SECRETARY, '').replace(RUN_INTO_OFFICE, '').replace(/[\s,;:]+$/u, '');
  // "Nghị quyết 96/NQ-CP" signed by a (deputy) Prime Minister for the Government.
  if (symbol && /\/NQ-CP$/u.test(symbol) && /^(?:Phó\s+)?Thủ tướng(?:\s|$)/u.test(s)) return 'Chính phủ';
  return s || issuer;
}
