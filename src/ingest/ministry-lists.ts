/**
 * Ministries listed by their fields after a colon, the one place that reads such a list:
 *
 *     Bộ trưởng các Bộ: Quốc phòng, Công an, Nông nghiệp và Môi trường, Y tế …
 *     phối hợp với các Bộ: Tài chính, Kế hoạch và Đầu tư, Công Thương, Xây dựng rà soát …
 *     Kính gửi: Các Bộ: Văn hóa, Thể thao và Du lịch, Tài chính;
 *
 * Each field is one ministry ("Bộ Quốc phòng"; a minister stands for his ministry). A comma or "và" separates two
 * fields unless the two make one ministry's name ("Văn hóa, Thể thao và Du lịch", "Kế hoạch và Đầu tư"), so the
 * fields that hold a comma or "và" are known here. The list ends at ";", "." or ":" (a caller cuts the phrase
 * before what the ministries are asked to do). Used by the agency splitter (./agencies.ts) and by the heads of bodies
 * (./heads-of-bodies.ts).
 * Complexity: linear in the phrase (each field is matched against the few known names at its start).
 */
import { foldDiacritics } from './text';

/** Ministries whose field names hold a "và" or a comma (former names too: a text of 2015 names the Bộ Kế hoạch và Đầu tư). */
const MINISTRY_FIELDS = [
  'Văn hóa, Thể thao và Du lịch', 'Lao động - Thương binh và Xã hội', 'Nông nghiệp và Phát triển nông thôn', 'Nông nghiệp và Môi trường',
  'Khoa học và Công nghệ', 'Khoa học, Công nghệ và Môi trường', 'Lao động, Thương binh và Xã hội', 'Giáo dục và Đào tạo', 'Tài nguyên và Môi trường', 'Thông tin và Truyền thông', 'Kế hoạch và Đầu tư', 'Dân tộc và Tôn giáo',
].map((f) => ({ f, key: foldDiacritics(f) }));

/** The head of a body of ministerial rank named in a list of ministries: "Thống đốc Ngân hàng …", "Tổng Thanh tra Chính phủ". */
const HEAD_OF_AGENCY = /^(?:Thống đốc|Tổng Kiểm toán|Chủ nhiệm|Tổng Giám đốc|Tổng Thanh tra|Thủ trưởng)\s+(?=\p{Lu})/u;
/** A body of ministerial rank named whole in such a list: "Ngân hàng Nhà nước Việt Nam", "Thanh tra Chính phủ", "Ủy ban Dân tộc". */
const BODY_OF_RANK = /^(?:Ngân hàng|Thanh tra|Ủy ban|Uỷ ban|Văn phòng|Kiểm toán|Đài|Thông tấn xã)\s/u;

/** "Bộ trưởng các Bộ:", "các bộ:", "Các Bộ:": what opens a list of ministries by their fields. */
const MINISTRY_LIST = /(?:(?:[Bb]ộ trưởng|[Tt]hủ trưởng|[Ll]ãnh đạo)\s+)?[Cc]ác\s+[Bb]ộ\s*:\s*(?=\p{Lu})/u;

/** The ministries a list of fields names, and how many characters of `s` the list took ("Tài chính, Y tế rà soát" → 2, 15). */
export function ministryFields(s: string): { names: string[]; length: number } {
  const names: string[] = [];
  let i = 0;
  while (i < s.length) {
    const rest = s.slice(i);
    const known = MINISTRY_FIELDS.find(({ key }) => foldDiacritics(rest.slice(0, key.length)) === key && !/^\p{L}/u.test(rest.slice(key.length)));
    const field = known ? rest.slice(0, known.key.length) : /^\p{Lu}[^,;.:]*?(?=\s*(?:[,;.:]|$)|\s+và\s+\p{Lu})/u.exec(rest)?.[0];
    if (!field) break;
    // ("Bộ trưởng các bộ: Công an, Tài chính, Thống đốc Ngân hàng Nhà nước Việt Nam": a head or a body of ministerial rank
    // named after the ministries is itself, not a ministry's field.)
    const head = HEAD_OF_AGENCY.exec(field);
    names.push(head ? field.slice(head[0].length) : BODY_OF_RANK.test(field) ? field : `Bộ ${field}`);
    i += field.length;
    const sep = /^\s*(?:,|và)\s*(?=\p{Lu})/u.exec(s.slice(i));
    if (!sep) break;
    i += sep[0].length;
  }
  return { names, length: i };
}

/**
 * "Bộ trưởng các Bộ: Quốc phòng, Công an, Nông nghiệp và Môi trường, Y tế" → "Bộ Quốc phòng, Bộ Công an, Bộ Nông nghiệp
 * và Môi trường, Bộ Y tế", inside a longer phrase; a phrase without such a list is returned as it is.
 */
export function ministriesListed(s: string): string {
  const m = MINISTRY_LIST.exec(s);
  if (!m) return s;
  const from = m.index + m[0].length;
  const { names, length } = ministryFields(s.slice(from));
  return names.length ? s.slice(0, m.index) + names.join(', ') + s.slice(from + length) : s;
}
