/**
 * Assignees: splitting a lead/coordinating cell into agencies, and resolving each spelling to one
 * canonical agency with a stable key.
 *
 * Splitting is driven by what STARTS an agency name ("Sở", "Công an", "UBND", "các" ...), not by the
 * separators alone: "Sở Khoa học và Công nghệ" has a "và" that separates nothing, while "Bộ Tư lệnh Thủ
 * đô, Công an thành phố Hà Nội và Văn phòng UBND Thành phố" is three agencies.
 * Complexity: per assignee string, proportional to its length (a fixed set of patterns and table lookups);
 * whole documents measured linear by scripts/growth.ts.
 */
import type { Agency, AgencyType } from './model';
import { findProvinces, provinceByName, PROVINCES } from './provinces';
import { ministriesListed } from './ministry-lists';
import { isAgencyStart } from './tables';
import { foldDiacritics, slugify, squash } from './text';

// ---------------------------------------------------------------------------------------------------
// Splitting

/**
 * Words that open an agency name. Multi-word heads come first so "Công an" is a head and "Công nghệ"
 * (inside "Sở Khoa học và Công nghệ") is not. Matched case-sensitively (proper names are capitalised),
 * except the collective "các".
 */
const HEADS = [
  'Sở', 'Bộ', 'Ban', 'Ủy ban', 'Uỷ ban', 'UBND', 'UB', 'HĐND', 'Hội đồng', 'Công an', 'Văn phòng', 'VP',
  'Bảo hiểm', 'BHXH', 'Đài', 'Báo', 'Tạp chí', 'Trường', 'Học viện', 'Đại học', 'Viện', 'Trung tâm', 'Hội',
  'Liên đoàn', 'Liên hiệp', 'Đoàn', 'Thành đoàn', 'Tỉnh đoàn', 'Mặt trận', 'MTTQ', 'Cục', 'Chi cục', 'Tổng cục',
  'Thành ủy', 'Thành uỷ', 'Tỉnh ủy', 'Tỉnh uỷ', 'Đảng ủy', 'Đảng uỷ', 'Đảng đoàn', 'Ban cán sự', 'Tổ đảng', 'Quốc hội', 'Vụ', 'Kho bạc',
  'Thuế', 'Hải quan', 'Ngân hàng', 'Tổng công ty', 'Công ty', 'Tập đoàn', 'Quân khu', 'Bộ Chỉ huy',
  'Bộ Tư lệnh', 'Bộ đội', 'Chính phủ', 'Thủ tướng', 'Cơ quan', 'Thống kê', 'Bệnh viện', 'Cảng vụ',
  'Thanh tra', 'Tòa án', 'Toà án', 'Viện kiểm sát', 'Kiểm toán', 'Công đoàn', 'Chủ tịch', 'Phó Chủ tịch',
  'Giám đốc', 'Thủ trưởng', 'Chánh Văn phòng', 'Chánh Thanh tra', 'Thường trực', 'Lãnh đạo', 'Các', 'các', 'Quỹ', 'Hiệp hội', 'Nhà xuất bản', 'Ủy ban Kiểm tra',
  'Đặc khu', 'Đơn vị', 'Doanh nghiệp', 'Đại sứ quán', 'Tổng Lãnh sự quán',
  // a bank's branch in the province: "UBND tỉnh chỉ đạo Chi nhánh Ngân hàng Chính sách xã hội tỉnh chủ trì, …".
  'Chi nhánh',
  // the police's fire and rescue service named in a list: "giao Công an thành phố, Cảnh sát Phòng cháy và Chữa cháy thành phố, …".
  'Cảnh sát',
  // heads of bodies assigned in person: "Người đứng đầu cấp ủy, chính quyền các cấp trực tiếp phụ trách …"
  'Người đứng đầu',
  // … also inside a list of addressees: "…; Chủ tịch UBND các xã …; người đứng đầu các cơ quan, đơn vị …".
  'người đứng đầu',
  // Party and State addressees a news page names without "các": "yêu cầu cấp ủy, tổ chức đảng, chính quyền, …",
  // "yêu cầu sở ngành, địa phương và doanh nghiệp …" ("tổ chức đảng" goes on the name before it).
  'Cấp ủy', 'cấp ủy', 'Cấp uỷ', 'cấp uỷ', 'sở, ngành', 'sở ngành', 'thủ trưởng',
  // The secretary of a Party committee, addressed in person beside the heads of State bodies: "Bí thư, Chủ tịch UBND
  // các tỉnh …", "Bí thư cấp ủy, người đứng đầu cơ quan, đơn vị trực tiếp truyền đạt …"; a governor: "Thống đốc Ngân
  // hàng Nhà nước"; the socio-political organisations a list names after "và": "MTTQ và tổ chức chính trị - xã hội …".
  'Bí thư', 'Thống đốc', 'tổ chức chính trị - xã hội', 'tổ chức chính trị-xã hội',
  // a Party committee's propaganda section named after the district boards: "…; Tuyên huấn các Đảng ủy trực thuộc Tỉnh ủy".
  'Tuyên huấn',
  // a whole sector addressed as one: "Bộ Y tế yêu cầu toàn Ngành Y tế và các cơ quan, tổ chức … chủ động …".
  'toàn Ngành', 'toàn ngành', 'Toàn Ngành', 'Toàn ngành',
  // State enterprises named by their kind inside a list: "…, các tỉnh, thành phố trực thuộc Trung ương, tập đoàn kinh tế,
  // tổng công ty nhà nước", "các đơn vị thuộc Ngân hàng Nhà nước và tổ chức tín dụng".
  'tập đoàn', 'tổng công ty', 'tổ chức tín dụng',
  // the owners of the projects a direction is about: "Yêu cầu chủ đầu tư các công trình thủy điện: …".
  'Chủ đầu tư', 'chủ đầu tư',
  // a working group given work: "Chính phủ giao Tổ biên tập tổng hợp của Ban Chỉ đạo … hoàn chỉnh văn bản …".
  'Tổ biên tập', 'Tổ công tác', 'Tổ giúp việc', 'Tổ thư ký', 'Tổ chuyên gia', 'Tổ soạn thảo',
];
/** A named locality's authority written in lower case inside a list: "huyện Sóc Sơn", "quận Tây Hồ". */
const LOCALITY_HEAD = /^(?:huyện|quận|thị xã|thành phố|xã|phường|thị trấn)\s+\p{Lu}/u;
const HEAD_RE = new RegExp(
  `^(?:${HEADS.sort((a, b) => b.length - a.length).map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{Ll}])`,
  'u',
);

/** State enterprises named as a collective: "các Tập đoàn, Tổng công ty", "các công ty lọc hóa dầu", "các tổ chức tín dụng"; project owners: "các chủ đầu tư"; forest owners: "phối hợp với các chủ rừng tuần tra, canh gác …". */
// (… and the State Bank's provincial branches: "các NHNN chi nhánh tỉnh nêu trên phải có văn bản báo cáo …".)
const ENTERPRISES = /^[Cc]ác\s+(?:[Tt]ập đoàn|[Tt]ổng [Cc]ông ty|[Cc]ông ty|[Tt]ổ chức tín dụng|[Nn]gân hàng thương mại|[Cc]hủ đầu tư|[Cc]hủ rừng|(?:NHNN|Ngân hàng Nhà nước)\s+chi nhánh|[Cc]hi nhánh\s+(?:NHNN|Ngân hàng))(?![\p{L}])/u;
/** "(các|từng|mỗi) đồng chí Ủy viên <body>": the members of a Party committee addressed as comrades (the words before "Ủy viên"). */
const COMRADE_MEMBERS = /^(?:[Cc]ác|[Tt]ừng|[Mm]ỗi)\s+đồng chí\s+(?=(?:Ủy|Uỷ) viên\s+\p{Lu})/u;
const LOWER_POLICE = /^công an(?:\s+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường))?(?=$|\s*[,;]|\s+và\s)/u;
/** Does `s` (trimmed) open a new agency? */
export function opensAgency(s: string): boolean {
  // "1. Báo cáo và xin chủ trương thường trực tỉnh ủy, thành ủy về …": reporting is work, no newspaper ("Báo Nhân Dân").
  if (/^Báo cáo(?![\p{L}])/u.test(s)) return false;
  // "các" opens a collective assignee ("các sở, ngành") only before a word for bodies: in "Ban Quản lý
  // Khu công nghệ cao và các khu công nghiệp" it continues the name.
  // (A central body addresses the provinces themselves: "yêu cầu các tỉnh, thành phố khu vực miền núi phía Bắc khẩn trương …".)
  // ("Thủ tướng yêu cầu các Tập đoàn, Tổng công ty phải tái cấu trúc …": state enterprises addressed as a collective.)
  // "… yêu cầu các đồng chí Ủy viên Ban Chấp hành Đảng bộ huyện, các Đảng bộ trực thuộc …", "từng đồng chí Ủy viên Ban
  // Thường vụ Huyện ủy chọn một thôn …": the members of a Party committee, addressed as comrades.
  if (COMRADE_MEMBERS.test(s)) return true;
  // "… chỉ đạo công an tỉnh, Sở GTVT, UBND …", "phối hợp với ngành y tế, công an và đơn vị có liên quan": the police, named
  // in lower case inside a list (alone, or with their level).
  if (LOWER_POLICE.test(s)) return true;
  // "UBND tỉnh giao sở Thông tin và Truyền thông, …": a department written in lower case before its capitalised field.
  if (/^sở\s+\p{Lu}/u.test(s)) return isAgencyStart(`S${s.slice(1)}`);
  if (/^các\s/iu.test(s)) return isAgencyStart(s) || /^[Cc]ác\s+(?:tỉnh|thành phố)(?:,|\s+(?:trực thuộc|khu vực|vùng|ven biển|miền|phía|\p{Lu}))/u.test(s) || ENTERPRISES.test(s);
  // "Mỗi huyện, thành, thị ủy, đảng ủy trực thuộc chỉ đạo …", "Từng cấp ủy, tổ chức đảng …", "Chính phủ yêu cầu 11 Bộ, cơ
  // quan tập trung …": each of, or a count of, the bodies a collective "các" would name.
  const each = /^(?:Mỗi|mỗi|Từng|từng|\d{1,3})\s+(?=\p{L})/u.exec(s);
  if (each) return isAgencyStart(`các ${s.slice(each[0].length)}`) || /^(?:Mỗi|mỗi|Từng|từng)\s+cấp (?:ủy|uỷ)/u.test(s);
  // "Các cấp ủy, tổ chức Đảng, người đứng đầu trực tiếp …": the heads, named in lower case inside a list.
  if (/^người đứng đầu(?:\s|$)/u.test(s)) return true;
  // "…; chủ tịch UBND huyện, thành phố căn cứ kế hoạch …", "…; giám đốc Sở Y tế …": the head of a named body, in lower case
  // inside a list of addressees.
  if (/^(?:chủ tịch|giám đốc|thủ trưởng|chánh)\s+(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|Hội đồng nhân dân|Sở|Thanh tra|Văn phòng|các\s)/u.test(s)) return true;
  // "Lãnh đạo, chỉ đạo việc bố trí …" opens with what to do (the leaders of a body are "Lãnh đạo Bộ …").
  if (/^Lãnh đạo,?\s+(?:và\s+)?chỉ đạo(?![\p{L}])/u.test(s)) return false;
  // "Ngành y tế khẩn trương xây dựng phương án …", "Ngành nông nghiệp và các địa phương báo cáo …", "phối hợp với ngành y tế": a
  // sector addressed as one body.
  if (/^[Nn]gành\s+(?:y tế|nông nghiệp|giáo dục|công thương|tài chính|giao thông(?: vận tải)?|văn hóa|du lịch|tư pháp|xây dựng|thuế|hải quan|ngân hàng|tài nguyên(?: và môi trường)?|lao động|công an|kiểm sát|tòa án|điện|thông tin(?: và truyền thông)?|nội vụ|kế hoạch(?: và đầu tư)?)(?![\p{L}])/u.test(s)) return true;
  // "Bộ Công an yêu cầu công an các đơn vị, địa phương tiếp tục triển khai …", "công an tỉnh": the police of units or of a
  // province, written in lower case ("công an xã bán chuyên trách" is a force, not a body).
  if (/^công an\s+(?:các\s+(?:đơn vị|địa phương|tỉnh|huyện|quận|xã|phường)|(?:tỉnh|thành phố|huyện|quận)(?![\p{L}]))/u.test(s)) return true;
  // "Phòng Văn hóa và Thông tin, Trung tâm …", "Phòng Cảnh sát giao thông": an office is "Phòng" before a capitalised field
  // ("Phòng, chống dịch", "Phòng chống thiên tai" open what to do).
  if (/^Phòng\s+\p{Lu}/u.test(s)) return true;
  // "Thủ tướng yêu cầu cán bộ, công chức, viên chức thực hiện nghiêm …", "Cán bộ, đảng viên, nhất là người đứng đầu … phải …":
  // officials and Party members addressed by their standing, two or more of them named together.
  if (/^(?:[Cc]án bộ|[Đđ]ảng viên|[Cc]ông chức)(?:\s*,\s*|\s+và\s+)(?:cán bộ|đảng viên|công chức|viên chức)(?![\p{L}])/u.test(s)) return true;
  // "TP.HCM", "TP HCM": the city, abbreviated.
  if (/^TP\.?\s?HCM\b/u.test(s)) return true;
  // "Phó Thủ tướng Vương Đình Huệ và Phó Thủ tướng Vũ Đức Đam trực tiếp chỉ đạo …": a Deputy Prime Minister named in person
  // acts; the bare title ("Phó Thủ tướng yêu cầu …", "Phó Thủ tướng sẽ họp …") is the one speaking.
  if (/^Phó Thủ tướng(?:\s+(?:Chính phủ|Thường trực))*\s+\p{Lu}\p{Ll}*\s+\p{Lu}/u.test(s)) return true;
  // An acronym opens an agency ("BHXH", "MTTQ", "BQL"); two letters are too often a word's initials
  // inside a name ("Trung tâm XTĐT, TM và DL TP": trade and tourism).
  return HEAD_RE.test(s) || LOCALITY_HEAD.test(s) || /^[A-ZĐ]{3,}(?:&[A-ZĐ]+)*\b/u.test(s) || /^(?:CA|VP|UB|TU)\b/u.test(s);
}

/**
 * "Các Tỉnh ủy, Thành ủy trực thuộc Trung ương": a collective of Party committees names the kinds of one body (a
 * province's or a city's committee), each without a name of its own: one assignee, as the text names it.
 */
const COMMITTEE_KIND = /^(?:[Tt]ỉnh|[Tt]hành|[Hh]uyện|[Qq]uận|[Tt]hị|[Đđ]ảng)\s+[ủu]y(?:\s+(?:trực thuộc|ở|các cấp)(?:\s.*)?)?$/u;
/** "các ban Đảng, ban cán sự Đảng, Đảng đoàn trực thuộc T.Ư": the closing "trực thuộc …" qualifies the whole list. */
const QUALIFIED_PARTY_KIND = /^(?:[Đđ]ảng đoàn|[Đđ]ảng [ủu]y|[Bb]an cán sự [Đđ]ảng|[Bb]an [Đđ]ảng)\s+trực thuộc\s+(?:Trung ương|T\.?Ư|Tỉnh ủy|Thành ủy)$/u;
const sameKindInCollective = (collective: string, piece: string) =>
  /^[Cc]ác\s/u.test(collective) && ((/[ủu]y$/u.test(collective) && COMMITTEE_KIND.test(piece)) || QUALIFIED_PARTY_KIND.test(piece));
/**
 * "các bộ, ngành và chính quyền các cấp", "Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội": after "và" the State's
 * local authorities, or the mass organisations, are one more assignee ("Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung
 * ương" is one committee's name).
 */
// ("… ngành y tế, công an và đơn vị có liên quan": the bodies concerned, too.)
const OPENS_AFTER_AND = /^(?:chính quyền|các đoàn thể|đơn vị (?:có )?liên quan$)(?:\s|$)/u;
/** "trưởng các ban, ngành cấp tỉnh", "thủ trưởng các đơn vị": the heads of a collective, inside a list. */
const HEAD_OF_KINDS = /^(?:[Tt]rưởng|[Tt]hủ trưởng|[Gg]iám đốc|[Cc]hủ tịch)\s+các\s/u;
/**
 * "các Sở, Ban, ngành liên quan", "các Ban, Văn phòng Huyện ủy": a collective of kinds of body, none named (the
 * committee closing it owns them all); a bare kind after it is one more kind of the same collective.
 */
// ("các quận huyện, sở ngành": kinds of locality and of body written in pairs, one collective.)
const BARE_KIND = String.raw`(?:[Ss]ở|[Bb]an|[Bb]ộ|[Nn]gành|[Cc]ục|[Vv]ụ|[Vv]ăn phòng|[Pp]hòng|[Hh]ội|[Đđ]oàn thể|[Cc]ơ quan|[Đđ]ơn vị|[Đđ]ịa phương|quận huyện|quận, huyện|[Ss]ở ngành|[Bb]an ngành)`;
const BARE_COLLECTIVE = new RegExp(String.raw`^[Cc]ác\s+${BARE_KIND}(?:,\s*${BARE_KIND})*$`, 'u');
const KIND_OF_SAME = new RegExp(String.raw`^${BARE_KIND}(?:$|\s+(?:\p{Ll}|(?:Huyện|Tỉnh|Thành|Quận|Thị|Đảng) [ủu]y\b|Trung ương\b))`, 'u');
const kindOfSameCollective = (collective: string, piece: string) => BARE_COLLECTIVE.test(collective) && KIND_OF_SAME.test(piece) && !DISTINCT_KIND.test(piece);
/** "các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ": each is its own kind of central body. */
const DISTINCT_KIND = /^cơ quan (?:ngang [Bb]ộ|thuộc Chính phủ)(?:\s|$)/u;
/**
 * "các cấp, các ngành, các địa phương", "các cấp, các ngành, địa phương": every level and sector (and locality), addressed
 * as a whole; one collective, not three bodies.
 */
const everyLevelAndSector = (collective: string, piece: string, sep: string) =>
  sep === ',' && (/^[Cc]ác cấp$/u.test(collective) ? /^các ngành$/u.test(piece) : /^[Cc]ác cấp, các ngành$/u.test(collective) && /^(?:các\s+)?địa phương$/u.test(piece));
/** "Sở Nông nghiệp và PTNT": a field abbreviated after "và" is part of the department's name. */
const FIELD_AFTER_AND = /^(?:PTNT|MT|CN|ĐT|DL|TT|XH|TB&XH|PTNT\.)$/u;

/**
 * "UBND các tỉnh Tây Ninh, Bình Phước, Bình Dương", "Ủy ban nhân dân 3 tỉnh: Sơn La, Điện Biên và Lai Châu": the provincial
 * committee named once before a list of provinces is each province's own committee (a city's is "thành phố").
 */
const PROVINCES_HEAD = /(?<![\p{L}])(UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(?:(?:các|\d{1,2})\s+)?(?:tỉnh(?:,\s*thành phố)?|thành phố)\s*:?\s+(?=\p{Lu})/gu;
const PLACE_NAME = /^\p{Lu}\p{Ll}*(?:(?:\s+|\s*[-–]\s*)\p{Lu}\p{Ll}*)*/u;
function perProvince(text: string): string {
  let out = '';
  let done = 0;
  for (const m of text.matchAll(PROVINCES_HEAD)) {
    const at = m.index ?? 0;
    if (at < done) continue;
    const names: string[] = [];
    let pos = at + m[0].length;
    let end = pos;
    for (;;) {
      const name = PLACE_NAME.exec(text.slice(pos))?.[0];
      const province = name ? provinceByName(name) : null;
      if (!name || !province) break;
      names.push(`${m[1]} ${province.city ? 'thành phố' : 'tỉnh'} ${name}`);
      end = pos + name.length;
      const sep = /^\s*(?:,|\svà)\s*/u.exec(text.slice(end));
      if (!sep) break;
      pos = end + sep[0].length;
    }
    if (names.length < 2) continue;
    out += text.slice(done, at) + names.join('; ');
    done = end;
  }
  return done ? out + text.slice(done) : text;
}

/**
 * Split a lead/coordinating cell (or phrase) into individual assignees. Separators are ";", newlines,
 * bullets, "," and "và"/"với"; a separator only splits when the next piece opens an agency. Text inside
 * parentheses never splits. Empty cells give [].
 */
export function splitAgencies(cell: string): string[] {
  const text = perProvince(ministriesListed(cell.normalize('NFC')))
    .replace(/\s*\n\s*(?=[-+•]\s)/g, ';') // bullet lists
    .replace(/(?:^|[\s,;]*)(?:\(\d{1,2}\)\s*)+/g, ';') // item references "(1)(3) …, (2) …" number the agencies
    .replace(/\s+/g, ' ')
    .trim();
  if (!text) return [];
  if (isWholeSystem(text)) return [text.replace(/[\s.,;:]+$/u, '')];
  // Tokenise into pieces and separators, protecting parentheses.
  const pieces: { sep: string; text: string }[] = [];
  let depth = 0;
  let cur = '';
  let sep = '';
  const push = (nextSep: string) => {
    pieces.push({ sep, text: cur });
    cur = '';
    sep = nextSep;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    if (c === ')') depth = Math.max(0, depth - 1);
    if (depth === 0) {
      if (c === ';' || c === ',' || c === '+') {
        push(c);
        continue;
      }
      // (Only a space can open " và ": the rest of the text is not cut and matched at every character.)
      const m = c === ' ' ? /^ (?:và|với|cùng) (?=\S)/u.exec(text.slice(i)) : null;
      if (m && cur.trim()) {
        push('và');
        i += m[0].length - 1;
        continue;
      }
    }
    cur += c;
  }
  push('');
  // Merge pieces that do not open an agency into the previous one, restoring their separator.
  const out: string[] = [];
  for (const p of pieces) {
    const t = p.text.replace(/^[\s\-+•*.]+/, '').replace(/^(?:và|với|cùng)\s+/u, '').trim();
    if (!t) continue;
    const hardSep = p.sep === ';';
    const prev = out[out.length - 1] ?? '';
    // (After ",", the heads of a collective open one more assignee: "Giám đốc các Sở, trưởng các ban, ngành cấp tỉnh".)
    const pillar = (p.sep === 'và' && OPENS_AFTER_AND.test(t)) || (p.sep === ',' && HEAD_OF_KINDS.test(t));
    // "UBND, ban an toàn giao thông các huyện, thị xã, thành phố": after the bare committee, the body sharing its localities.
    const opens = (opensAgency(t) || (p.sep === ',' && DISTINCT_KIND.test(t)) || (p.sep === ',' && BARE_COMMITTEE.test(prev) && SHARED_SCOPE.test(t))) && !(p.sep === 'và' && FIELD_AFTER_AND.test(t) && /^(?:Sở|Bộ)\s/u.test(prev));
    if (out.length && !hardSep && (!opens || sameKindInCollective(prev, t) || kindOfSameCollective(prev, t) || everyLevelAndSector(prev, t, p.sep)) && !pillar) {
      out[out.length - 1] += (p.sep === 'và' ? ' và ' : `${p.sep} `) + t;
    } else {
      out.push(t);
    }
  }
  return out
    .map((s) => s.replace(/[\s.,;:]+$/u, '').trim())
    .filter((s) => s && !/^(?:có liên quan|liên quan)$/iu.test(s))
    .flatMap(membersNamed)
    .map((piece, i, all) => localitiesOfSameKind(all[i - 1], piece))
    .map(sharedScope);
}

/**
 * "cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc và các tổ chức chính trị-xã hội các cấp", "các cấp ủy, tổ chức
 * đảng, các cấp, các ngành", "các cấp ủy, các ngành": the Party's directives address the whole political system at once, in
 * words that name no one body; the list is one addressee, as written. (A list naming a body of its own, "… các cơ quan nhà
 * nước, Mặt trận Tổ quốc Việt Nam …", is split as any other.)
 */
const SYSTEM_PART =
  /^(?:các\s+)?(?:cấp (?:ủy|uỷ)(?:\s+(?:đảng|Đảng))?|tổ chức (?:đảng|Đảng)|chính quyền|Mặt trận Tổ quốc(?: Việt Nam)?|MTTQ|(?:tổ chức|đoàn thể)(?:\s+chính trị\s*-\s*xã hội)?|đoàn thể nhân dân|cấp|ngành)(?:\s+(?:các cấp|từ Trung ương đến cơ sở))?$/iu;
function isWholeSystem(text: string): boolean {
  if (!/^(?:các\s+)?cấp (?:ủy|uỷ)(?![\p{L}])/iu.test(text)) return false;
  const parts = text.replace(/[\s.,;:]+$/u, '').split(/\s*,\s*|\s+và\s+/u);
  return parts.length >= 2 && parts.every((p) => SYSTEM_PART.test(p.trim()));
}

/**
 * "UBND và Sở Y tế các tỉnh, thành phố trực thuộc Trung ương", "UBND và Ban an toàn giao thông các huyện, thị xã, thành
 * phố": the people's committee named bare before the next body shares the localities that body is named with; it is
 * each of those localities' own committee.
 */
const BARE_COMMITTEE = /^(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)$/u;
const LOCALITY_KIND = '(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)';
const SHARED_SCOPE = new RegExp(String.raw`\s(các\s+${LOCALITY_KIND}(?:,\s*${LOCALITY_KIND})*(?:\s+trực thuộc (?:Trung ương|tỉnh))?)$`, 'u');
function sharedScope(piece: string, i: number, all: readonly string[]): string {
  const scope = BARE_COMMITTEE.test(piece) && all[i + 1] ? SHARED_SCOPE.exec(all[i + 1]) : null;
  return scope ? `${piece} ${scope[1]}` : piece;
}

/**
 * "Công an TP Thủ Đức, các quận, huyện", "Ủy ban nhân dân thành phố và các huyện": localities listed after a body of a kind
 * every level has (a people's committee, the police) are that kind of body of each ("Công an các quận, huyện").
 */
const LEVELLED_BODY = /^((?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|Hội đồng nhân dân|Công an|Ban Chỉ huy Quân sự))\s+(?:TP\.?|Tp\.?|thành phố|Thành phố|tỉnh|huyện|quận|thị xã)(?:\s|$)/u;
const BARE_LOCALITIES = /^(?:các\s+)?(?:quận|huyện|thị xã|thành phố|xã|phường|thị trấn)(?:\s*,\s*(?:quận|huyện|thị xã|thành phố|xã|phường|thị trấn))*$/u;
function localitiesOfSameKind(before: string | undefined, piece: string): string {
  const kind = before && BARE_LOCALITIES.test(piece) ? LEVELLED_BODY.exec(before) : null;
  return kind ? `${kind[1]} ${piece}` : piece;
}

/**
 * "Các cơ quan chủ chương trình (Bộ Nông nghiệp và Môi trường, Bộ Dân tộc và Tôn giáo)": a collective followed by the bodies
 * it stands for, in parentheses, is those bodies ("các công ty lọc hóa dầu (Nghi Sơn, Bình Sơn)" names no body inside).
 */
function membersNamed(piece: string): string[] {
  const m = /^[Cc]ác\s[^()]{3,80}?\s*\(([^()]{5,300})\)$/u.exec(piece);
  if (!m) return [piece];
  const inner = m[1].split(/[,;]\s*/u).map((n) => n.trim());
  return inner.length >= 2 && inner.every((n) => opensAgency(n) && !/^[Cc]ác\s/u.test(n)) ? splitAgencies(m[1]) : [piece];
}

// ---------------------------------------------------------------------------------------------------
// Canonical names

/**
 * Initials used after "Sở" (folded, "&", "-" and "," removed) → department name. A generic table of
 * how Vietnamese departments are abbreviated, not a list of this corpus's agencies.
 */
const SO_ABBR: Record<string, string> = {
  khcn: 'Khoa học và Công nghệ',
  khdt: 'Kế hoạch và Đầu tư',
  vhtt: 'Văn hóa và Thể thao',
  vhttdl: 'Văn hóa, Thể thao và Du lịch',
  tttt: 'Thông tin và Truyền thông',
  gddt: 'Giáo dục và Đào tạo',
  ldtbxh: 'Lao động - Thương binh và Xã hội',
  nnptnt: 'Nông nghiệp và Phát triển nông thôn',
  nnmt: 'Nông nghiệp và Môi trường',
  tnmt: 'Tài nguyên và Môi trường',
  gtvt: 'Giao thông vận tải',
  gtcc: 'Giao thông công chính',
  xd: 'Xây dựng',
  nv: 'Nội vụ',
  tc: 'Tài chính',
  ct: 'Công Thương',
  yt: 'Y tế',
  tp: 'Tư pháp',
  ngv: 'Ngoại vụ',
  qhkt: 'Quy hoạch - Kiến trúc',
  qp: 'Quốc phòng',
  ca: 'Công an',
  dl: 'Du lịch',
  dttg: 'Dân tộc và Tôn giáo',
};

/**
 * "Sở Giao thông - Vận tải", "Sở Tài nguyên-Môi trường", "Sở Thông tin - Truyền thông": a department's or ministry's fields
 * joined by a hyphen are its own name written short; the name is the one those fields spell (SO_ABBR's names, "và"
 * and hyphens aside: "Sở Giao thông vận tải", "Sở Tài nguyên và Môi trường"). Fields no department has stay as written.
 */
const fieldsKey = (fields: string) => foldDiacritics(fields).replace(/(?<![a-z])va(?![a-z])/g, ' ').replace(/[^a-z]+/g, ' ').trim();
const FIELDS_BY_KEY = new Map(Object.values(SO_ABBR).map((name) => [fieldsKey(name), name]));
function hyphenatedFields(name: string): string {
  const m = /^(Sở|Bộ)\s+(\p{Lu}[\p{L}\s]*?\s*[-–]\s*\p{Lu}[\p{L}\s–-]*?)((?:\s+(?:tỉnh|thành phố)\s+\p{Lu}.*)?)$/u.exec(name);
  const full = m ? FIELDS_BY_KEY.get(fieldsKey(m[2])) : undefined;
  return m && full ? `${m[1]} ${full}${m[3]}` : name;
}

/** Acronyms expanded wherever they stand as a whole word (case-sensitive). */
const ABBR: [RegExp, string][] = [
  [/\bUBMTTQVN\b|\bUB MTTQ(?:VN)?\b(?:\s+Việt Nam\b)?|\bUBMTTQ\b(?:\s+Việt Nam\b)?/gu, 'Ủy ban Mặt trận Tổ quốc Việt Nam'],
  // ("Ủy ban MTTQ Việt Nam thành phố Hà Nội": the name's own "Việt Nam" after the abbreviation is not said twice.)
  [/\bMTTQVN\b|\bMTTQ\b(?:\s+Việt Nam\b)?/gu, 'Mặt trận Tổ quốc Việt Nam'],
  [/\bUBND\b/gu, 'Ủy ban nhân dân'],
  [/^TP\.?\s?HCM$/gu, 'Thành phố Hồ Chí Minh'],
  // The press writes "Trung ương" as "T.Ư" or "TƯ": "Ban Tuyên giáo T.Ư", "Ban Bí thư T.Ư Đảng".
  [/(?<![\p{L}])T\.?Ư(?![\p{L}])/gu, 'Trung ương'],
  [/\bHĐND\b/gu, 'Hội đồng nhân dân'],
  [/\bBHXH\b/gu, 'Bảo hiểm xã hội'],
  [/\bBCHQS\b/gu, 'Bộ Chỉ huy Quân sự'],
  [/\bBĐBP\b/gu, 'Bộ đội Biên phòng'],
  // A Party committee's executive ("BCH Trung ương", "BCH Đảng bộ tỉnh") before a military command's ("BCH Quân sự").
  [/\bBCH(?=\s+(?:Trung ương|TƯ|TW|T\.Ư|Đảng))/gu, 'Ban Chấp hành'],
  [/\bBCH\b/gu, 'Ban Chỉ huy'],
  // Party bodies abbreviated in the press: "BTV Tỉnh ủy", "BCĐ", "BCS đảng Bộ …", "UBKT Tỉnh ủy", "BTG", "BDV".
  [/\bBTV\b/gu, 'Ban Thường vụ'],
  [/(?<![\p{L}])BCĐ(?![\p{L}])/gu, 'Ban Chỉ đạo'],
  [/(?<![\p{L}])BCSĐ(?![\p{L}])/gu, 'Ban cán sự đảng'],
  [/\bBCS(?=\s+[Đđ]ảng)/gu, 'Ban cán sự'],
  [/\bUBKT\b/gu, 'Ủy ban Kiểm tra'],
  [/\bBTG\b/gu, 'Ban Tuyên giáo'],
  [/\bBDV\b/gu, 'Ban Dân vận'],
  [/\bVPCP\b/gu, 'Văn phòng Chính phủ'],
  [/\bVPUB\b/gu, 'Văn phòng Ủy ban nhân dân'],
  [/\bVPTU\b/gu, 'Văn phòng Thành ủy'],
  [/^VP\b/gu, 'Văn phòng'],
  [/^CA\b/gu, 'Công an'],
  [/\bKT-XH\b|\bKTXH\b/gu, 'Kinh tế - Xã hội'],
  [/\bCT-XH\b/gu, 'chính trị - xã hội'],
  [/\bĐTN\b|\bĐoàn TN\b/gu, 'Đoàn Thanh niên'],
  [/\bLĐLĐ\b/gu, 'Liên đoàn Lao động'],
  [/\bHLHPN\b/gu, 'Hội Liên hiệp Phụ nữ'],
  [/\bHND\b/gu, 'Hội Nông dân'],
  [/\bCCB\b/gu, 'Cựu chiến binh'],
  [/\bBQL\b/gu, 'Ban Quản lý'],
  [/\bKCNC\b/gu, 'Khu công nghệ cao'],
  [/\bKCN\b/gu, 'Khu công nghiệp'],
  [/\bKCX\b/gu, 'Khu chế xuất'],
  [/\bPT-TH\b|\bPTTH\b/gu, 'Phát thanh - Truyền hình'],
  [/\bĐHQG\b/gu, 'Đại học Quốc gia'],
  [/\bNHNN\b/gu, 'Ngân hàng Nhà nước'],
  // The state power group, named by its acronym beside the ministry: "yêu cầu Bộ Công Thương và EVN đôn đốc …".
  [/^EVN$/gu, 'Tập đoàn Điện lực Việt Nam'],
  [/\bKBNN\b/gu, 'Kho bạc Nhà nước'],
  [/\bXTĐT\b/gu, 'Xúc tiến Đầu tư'],
  [/\bCNTT\b/gu, 'Công nghệ thông tin'],
  [/\bĐMST\b/gu, 'Đổi mới sáng tạo'],
  [/\bKH&CN\b|\bKH ?& ?CN\b/gu, 'Khoa học và Công nghệ'],
  // "Sở Nông nghiệp và PTNT".
  [/(?<=và )PTNT\b/gu, 'Phát triển nông thôn'],
  [/\b([Kk]hu) ?CNC\b/gu, '$1 công nghệ cao'],
  [/\bUBNVNONN\b/gu, 'Ủy ban Nhà nước về người Việt Nam ở nước ngoài'],
  [/\bNVNONN\b/gu, 'người Việt Nam ở nước ngoài'],
];

/** Fields abbreviated in a committee's name ("Ủy ban KH,CN&MT" of the Quốc hội is its Khoa học, Công nghệ và Môi trường). */
const FIELD_ABBR: Record<string, string> = {
  KH: 'Khoa học', CN: 'Công nghệ', MT: 'Môi trường', ĐMST: 'Đổi mới sáng tạo', GD: 'Giáo dục', ĐT: 'Đào tạo', TC: 'Tài chính',
  NS: 'Ngân sách', QP: 'Quốc phòng', AN: 'An ninh', VH: 'Văn hóa', XH: 'Xã hội', PL: 'Pháp luật', TN: 'Tài nguyên',
};
/** "KH,CN&MT", "KH, CN & MT": abbreviated fields joined by commas and a closing "&" (every one known, or none is expanded). */
const FIELD_LIST = /(?<![\p{L}])([A-ZĐ]{2,4}(?:\s?,\s?[A-ZĐ]{2,4})*\s?&\s?[A-ZĐ]{2,4})(?![\p{L}])/gu;
function expandFieldList(s: string): string {
  return s.replace(FIELD_LIST, (m, list: string) => {
    const parts = list.split(/\s?[,&]\s?/u);
    if (parts.length < 3 || !parts.every((p) => FIELD_ABBR[p])) return m;
    const names = parts.map((p) => FIELD_ABBR[p]);
    return `${names.slice(0, -1).join(', ')} và ${names[names.length - 1]}`;
  });
}

/** Locality abbreviations at the end of a name ("BHXH TP", "Thống kê HN"). */
const PLACE_ABBR: Record<string, string> = {
  ...Object.fromEntries(PROVINCES.flatMap((p) => (p.initials ?? []).map((i) => [i, p.name]))),
  'TP.HCM': 'Hồ Chí Minh',
};

/** "hoá" → "hóa", "Uỷ" → "Ủy": one tone placement (the modern one) so names compare and display alike. */
export function modernTones(s: string): string {
  const TONES = '\u0300\u0301\u0303\u0309\u0323';
  return s
    .normalize('NFD')
    .replace(new RegExp(`([oOuU])([aAeEyY])([${TONES}])(?![\\p{L}\\p{M}])`, 'gu'), (_m, v1: string, v2: string, t: string) => `${v1}${t}${v2}`)
    .normalize('NFC');
}

/** Canonical display name: abbreviations expanded, debris removed, first letter capitalised. */
export function canonicalAgencyName(name: string, province: string | null = null): string {
  let s = squash(name.normalize('NFC'))
    .replace(/^[-+•*\d.)\s]+(?=\p{L})/u, '') // bullets and ordinals
    .replace(/\s*\((?:chủ trì|phối hợp|đầu mối|thường trực|cơ quan[^)]*|nếu có|thực hiện)\)\s*/giu, ' ')
    // The standing role a body holds beside its name, "(Thường trực Ban Chỉ huy …)", "- cơ quan thường trực Ban …", "(cơ quan
    // chủ trì …" (a reading cut before its ")"), is no part of the name: the body itself leads.
    .replace(/\s*\((?:[Tt]hường trực|[Cc]ơ quan)(?:\s[^)]*)?(?:\)|$)/u, ' ')
    .replace(/(?<=\p{L})\s+[-–]\s*(?:[Cc]ơ quan\s+(?:[Tt]hường trực|đầu mối|chủ trì)|[Tt]hường trực\s+Ban)\s.*$/u, '')
    .replace(/\s*\(\s*\)\s*/g, ' ')
    .replace(/[\s.,;:]+$/u, '')
    // "Tập đoàn Công nghiệp Than – Khoáng sản Việt Nam (TKV)": the abbreviation a text defines is no part of the name.
    .replace(/(?<=\p{L}{2,})\s*\((?=[^)]*\p{Lu}[^)]*\p{Lu})[\p{Lu}\p{Ll}&.-]{2,12}\)$/u, '')
    .trim();
  // ("các đồng chí Ủy viên Ban Chấp hành Đảng bộ huyện": the members, "Ủy viên Ban Chấp hành Đảng bộ huyện".)
  s = s.replace(COMRADE_MEMBERS, '');
  // A head holding a second post ("Chủ tịch Ủy ban nhân dân tỉnh, thành phố - Trưởng ban Chỉ huy phòng thủ dân sự cấp
  // tỉnh") acts for the body he heads first: the second title is no part of its name.
  // (The head may already be read as his body: "Ủy ban Nhân dân tỉnh, thành phố - Trưởng ban …".)
  s = s.replace(/^((?:(?:Giám đốc|Thủ trưởng|Chủ tịch|Bộ trưởng|Chủ nhiệm|Tổng Giám đốc|Thống đốc)\s+)?(?:Sở|Ban|Bộ|Ủy ban|Uỷ ban|UBND|Văn phòng|Công an|Ngân hàng)\s.*?)\s+[-–]\s*(?:Trưởng|Phó Trưởng)\s+[Bb]an\s.*$/u, '$1');
  // The head of a named body stands for it: "Giám đốc Sở Tài chính" is "Sở Tài chính" (a collective keeps its
  // wording: "Thủ trưởng các đơn vị thuộc Bộ").
  s = s.replace(/^(?:Giám đốc|Thủ trưởng|Chủ tịch|Trưởng ban|Bộ trưởng|Chủ nhiệm|Tổng Giám đốc|Thống đốc)\s+(?=(?:Sở|Ban|Bộ|Ủy ban|Uỷ ban|UBND|Văn phòng|Công an|Ngân hàng)\s+\p{Lu})/u, '');
  // … and so do the heads of bodies named as a collective or a kind: "Thủ trưởng các cơ quan, đơn vị có liên quan",
  // "Chủ tịch UBND các huyện, thành phố", "Giám đốc các Sở, ban, ngành", "Người đứng đầu cơ quan, đơn vị".
  // ("thủ trưởng công an các đơn vị, địa phương": the police of every unit.)
  // ("Giám đốc các NHNN chi nhánh tỉnh nêu trên": the heads of any collective "các …" stand for it.)
  s = s.replace(/^(?:[Gg]iám đốc|[Tt]hủ trưởng|[Cc]hủ tịch|[Nn]gười đứng đầu|[Tt]rưởng các)\s+(?=các\s+(?:\p{Lu}|NHNN)|(?:các\s+)?(?:[Ss]ở|[Bb]an|[Bb]ộ|[Cc]ơ quan|[Đđ]ơn vị|[Nn]gành|[Đđ]ịa phương|[Pp]hòng|[Dd]oanh nghiệp|[Tt]ổ chức|cấp ủy|cấp uỷ)(?![\p{L}])|(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)\s|[Cc]ông an\s+các\s)/u, (m) => (/^[Tt]rưởng các/u.test(m) ? 'các ' : ''));
  // "các Sở Tài chính" names one body: the "các" belongs to the list it was written in ("các Sở Tài chính và …").
  if (!s.includes(',')) s = s.replace(/^[Cc]ác\s+(?=(?:Sở|Bộ|Cục|Vụ)\s+(?!(?:Ban|Ngành|Sở|Bộ)(?![\p{L}]))\p{Lu})/u, '');
  // The secretary of a named Party committee stands for it: "Bí thư Tỉnh ủy Bến Tre" is the "Tỉnh ủy Bến Tre".
  // … and so do the secretaries of committees named as a kind: "Bí thư tỉnh ủy, thành ủy", "Bí thư các huyện ủy".
  s = s.replace(/^Bí thư\s+(?=(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng) [ủu]y\s+\p{Lu}|(?:các\s+)?(?:tỉnh|thành|huyện|quận|thị|đảng) [ủu]y(?![\p{L}]))/u, '');
  // "Chánh Văn phòng Bộ", "Chánh Thanh tra Bộ": the head of the office or inspectorate stands for it.
  s = s.replace(/^Chánh\s+(?=(?:Văn phòng|Thanh tra)(?![\p{L}]))/u, '');
  // "Sở KH&CN", "Sở VH,TT&DL", "Sở LĐ-TB&XH".
  // "Bộ TTTT", "Bộ TT&TT", "Bộ KH&ĐT": a ministry is abbreviated by the same initials as its provincial department.
  s = s.replace(/^(Sở|Bộ)\s+([A-ZĐ][A-Za-zĐđ]*(?:\s?[&,-]\s?[A-ZĐ][A-Za-zĐđ]*)*)(?=\s|$)/u, (m, so: string, ab: string) => {
    const k = foldDiacritics(ab).replace(/[&,\-\s]/g, '');
    const upper = (ab.match(/[A-ZĐ]/gu) ?? []).length;
    return (upper >= 2 || /[&]/.test(ab)) && SO_ABBR[k] ? `${so} ${SO_ABBR[k]}` : m;
  });
  s = hyphenatedFields(expandFieldList(s));
  for (const [re, full] of ABBR) s = s.replace(re, full);
  // "Sở Khoa học & Công nghệ": the "&" between fields written out is their "và" (an abbreviation's "KH&CN" is above).
  if (/^(?:Sở|Bộ|Ban)\s/u.test(s)) s = s.replace(/(\p{Ll})\s*&\s*(?=\p{Lu})/gu, '$1 và ');
  // Locality tails: "TP"/"Tp"/"TP." → "Thành phố"; "HN" → "Hà Nội".
  s = s.replace(/(\s)(?:TP\.?|Tp\.?)(?=\s|$)/gu, '$1Thành phố');
  s = s.replace(/(\s)([A-ZĐ.]{2,7})$/u, (m, sp: string, ab: string) => (PLACE_ABBR[ab] ? `${sp}${PLACE_ABBR[ab]}` : m));
  // "TU" (the Party committee) depends on whether the province is a city.
  const city = province ? (provinceByName(province)?.city ?? false) : false;
  s = s.replace(/\bTU\b/gu, city ? 'Thành ủy' : 'Tỉnh ủy');
  // "UBND thành phố" in a city's document is the city; after other kinds of locality ("UBND các huyện, thị xã,
  // thành phố") it is one more kind.
  if (!/(?:tỉnh|huyện|quận|thị xã|thị|xã|phường|thị trấn),\s*thành phố$/u.test(s)) s = s.replace(/\bthành phố$/u, 'Thành phố');
  s = modernTones(s);
  s = s.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  // A department or ministry is named by fields, each capitalised: "Sở Văn hóa và thể thao" (a cell wrapped as
  // "…hóa và thể thao") is "Sở Văn hóa và Thể thao", "Bộ Văn hóa, thể thao và du lịch" likewise.
  if (/^(?:Sở|Bộ)\s+\p{Lu}/u.test(s) && !/\(/.test(s))
    s = s.replace(/((?:^|\s)(?:và|,)\s+)(\p{Ll})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
  return squash(s);
}

// ---------------------------------------------------------------------------------------------------
// Types, groups, scope

const GROUP_RE = /^(?:các|những)\s|^(?:sở|ban),?\s*(?:ban,?\s*)?ngành|(?<![\p{L}])(?:sở|ban),\s*(?:ban,\s*)?ngành|(?<![\p{L}])ban,?\s*ngành(?![\p{L}])|đơn vị (?:có )?liên quan|cơ quan(?:,| và)? (?:đơn vị )?(?:có )?liên quan|(?<![\p{L}])xã,\s*phường(?![\p{L}])|(?<![\p{L}])phường,\s*xã(?![\p{L}])|(?<![\p{L}])quận,\s*huyện(?![\p{L}])|(?<![\p{L}])cấp (?:xã|huyện|tỉnh)(?![\p{L}])|(?<![\p{L}])địa phương(?![\p{L}])|(?<![\p{L}])đoàn thể(?![\p{L}])|(?<![\p{L}])các (?:tỉnh|thành phố|xã|phường|huyện|quận|bộ|sở|ngành)(?![\p{L}])|^Ủy ban nhân dân (?:các )?(?:xã|phường|quận|huyện|thị xã)(?: liên quan| có liên quan)?$/iu;

/** Central bodies: no province. */
const CENTRAL_RE = /^(?:(?:Đảng đoàn|Đảng ủy|Ban cán sự đảng) (?:Quốc hội|Chính phủ|Mặt trận Tổ quốc Việt Nam|Bộ(?! Chỉ huy| Tư lệnh)\s)|Tổ đảng (?:ở |tại )?(?:Hội đồng Dân tộc|(?:các )?Ủy ban[^;]*Quốc hội)|Bộ(?! Chỉ huy| Tư lệnh| đội)\s|Chính phủ|Thủ tướng|Văn phòng Chính phủ|Văn phòng Trung ương|Văn phòng Quốc hội|Quốc hội|Ủy ban Thường vụ Quốc hội|Bộ Chính trị|Ban Bí thư|Ban Chấp hành Trung ương|Tổng cục|Ngân hàng Nhà nước Việt Nam(?! chi nhánh)|Kiểm toán Nhà nước|Tòa án nhân dân tối cao|Viện kiểm sát nhân dân tối cao|Thông tấn xã Việt Nam|Đài Truyền hình Việt Nam|Đài Tiếng nói Việt Nam|Ủy ban Trung ương|Trung ương)|\bTrung ương\b(?!.*\b(?:tỉnh|thành phố)\b)|\bcơ quan đại diện Việt Nam\b|\s[-–]\s*Bộ\s+\p{Lu}/iu;

function typeOf(name: string, isGroup: boolean): AgencyType {
  const n = name;
  if (isGroup) return 'GROUP';
  const rules: [RegExp, AgencyType][] = [
    [/^(?:Bộ Chỉ huy|Bộ Tư lệnh|Bộ đội|Quân khu|Ban Chỉ huy Quân sự|Quân đoàn|Bộ Quốc phòng\b(?=.*\btỉnh|.*\bthành phố))/u, 'MILITARY'],
    [/^Công an\b/u, 'POLICE'],
    [/^(?:Chính phủ|Thủ tướng)/u, 'GOVERNMENT'],
    [/^Bộ\s/u, 'MINISTRY'],
    [/^Văn phòng\b/u, 'OFFICE'],
    [/^(?:Thành ủy|Tỉnh ủy|Đảng ủy|Đảng đoàn|Ban cán sự|Ban Thường vụ|Ban Chấp hành|Ban (?:Tuyên giáo|Tổ chức|Dân vận|Nội chính|Kinh tế|Chính sách|Đối ngoại)(?:.*\b(?:Thành ủy|Tỉnh ủy|Trung ương|Đảng ủy)|\s*(?:và Dân vận)?$)|Ủy ban Kiểm tra|Bộ Chính trị|Ban Bí thư)/u, 'PARTY_BODY'],
    [/^Ủy ban nhân dân\b|^(?:Huyện|Quận|Thị xã|Xã|Phường|Thị trấn)\s+\p{Lu}/u, 'PEOPLES_COMMITTEE'],
    [/^Hội đồng nhân dân\b/u, 'PEOPLES_COUNCIL'],
    [/^Sở\s|^Ban\s/u, 'DEPARTMENT'],
    [/^(?:Cục|Chi cục|Thống kê)\s/u, 'DEPARTMENT'],
    [/^(?:Ủy ban Mặt trận|Mặt trận|Đoàn|Thành đoàn|Tỉnh đoàn|Hội\s(?!đồng)|Liên đoàn|Liên hiệp|Công đoàn|Hiệp hội)/u, 'MASS_ORGANISATION'],
    [/^(?:Tổng công ty|Công ty|Tập đoàn|Doanh nghiệp)/u, 'ENTERPRISE'],
    [/^(?:Trường|Học viện|Đại học|Viện|Đài|Báo|Tạp chí|Trung tâm|Bảo hiểm xã hội|Bệnh viện|Nhà xuất bản|Quỹ)/u, 'PUBLIC_SERVICE_UNIT'],
  ];
  return rules.find(([re]) => re.test(n))?.[1] ?? 'OTHER';
}

/** Key part for a name: folded, punctuation removed, locality tail and a leading "các" dropped. */
function nameKey(name: string, province: string | null): string {
  let k = foldDiacritics(name)
    .replace(/&/g, ' va ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  k = k.replace(/^(?:cac|nhung) /, '');
  // "Ban Quản lý các Khu công nghệ cao và Khu công nghiệp" = "BQL Khu CNC&KCN"; "có liên quan" = "liên quan".
  k = k.replace(/ cac /g, ' ').replace(/ co lien quan$/, ' lien quan');
  // "Ngân hàng Nhà nước Việt Nam chi nhánh Khu vực 1" = "Ngân hàng Nhà nước chi nhánh Khu vực 1"
  k = k.replace(/^ngan hang nha nuoc viet nam chi nhanh/, 'ngan hang nha nuoc chi nhanh');
  const p = province ? foldDiacritics(province).replace(/[^a-z0-9]+/g, ' ').trim() : null;
  // "Công an thành phố Hà Nội" = "Công an Thành phố" = "Công an TP" within Hà Nội.
  if (p) k = k.replace(new RegExp(`(?: (?:thanh pho|tinh|thu do|tp))? ${p}$`), '');
  k = k.replace(/ (?:thanh pho|tinh|tp|thu do)$/, '');
  return k.trim();
}

/**
 * Resolve one assignee spelling to an Agency. `province` is the document's province (canonical name or
 * null); a name that names another province ("Công an tỉnh Nghệ An") belongs to that one; central
 * bodies ("Bộ Ngoại giao", "Chính phủ") have province null and key "central:…".
 */
export function resolveAgency(name: string, province: string | null): Agency {
  const raw = squash(name.normalize('NFC'));
  const canonProvince = province ? (provinceByName(province)?.name ?? province) : null;
  const canonical = canonicalAgencyName(raw, canonProvince);
  const isGroup = GROUP_RE.test(canonical);
  const central = !isGroup && CENTRAL_RE.test(canonical);
  const named = findProvinces(canonical).find((m) => m.qualified || m.end === canonical.length);
  const scope = central ? null : (named?.province.name ?? canonProvince);
  const key = `${scope ? slugify(scope) : 'central'}:${nameKey(canonical, scope)}`;
  return {
    key,
    name: canonical,
    aliases: raw && raw !== canonical ? [raw] : [],
    type: typeOf(canonical, isGroup),
    province: scope,
    isGroup,
  };
}

/** Merge resolved agencies by key, collecting every spelling seen as an alias. */
export function mergeAgencies(list: readonly Agency[]): Agency[] {
  const byKey = new Map<string, Agency>();
  for (const a of list) {
    const prev = byKey.get(a.key);
    if (!prev) {
      byKey.set(a.key, { ...a, aliases: [...a.aliases] });
      continue;
    }
    for (const al of [a.name, ...a.aliases]) if (al !== prev.name && !prev.aliases.includes(al)) prev.aliases.push(al);
  }
  return [...byKey.values()];
}

export { PROVINCES };
