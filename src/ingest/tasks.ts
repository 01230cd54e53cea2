/**
 * Tasks (nhiệm vụ) from two places:
 *  - appendix table rows (see tables.ts for the three layouts plus Markdown), and
 *  - the body: bullets and numbered items in the task sections ("II. NHIỆM VỤ…", "… GIẢI PHÁP",
 *    "III. TỔ CHỨC THỰC HIỆN"), where a numbered agency heading ("4. Sở Khoa học và Công nghệ") makes
 *    its bullets tasks led by that agency. Purpose/requirement sections ("I. MỤC ĐÍCH, YÊU CẦU",
 *    "MỤC TIÊU", "KINH PHÍ") yield no tasks.
 * The body of an attached document counts as body too: a Government resolution carries its action programme
 * after the signature ("(Kèm theo Nghị quyết số …)"). A central programme names the lead inside the sentence
 * ("Bộ Tư pháp chủ trì, phối hợp với …"); that is read when no agency heading gives one.
 * A body item and an appendix row that say the same thing are linked with `sameAsIndex`, not counted twice.
 * Agencies and deadlines stay RAW here; `toTasks` runs them through the agency/deadline modules.
 * Complexity: linear in the lines for finding tasks (table regions through an interval index, footnote marks
 * kept within their 80-line window). `linkSameAs` counts shared words through an index of the rows' words, so a
 * bullet costs the rows it shares a word with: linear for distinct texts, at worst bullets × rows when every
 * row shares a word with every bullet.
 */
import type { Deadline, LeadSource, NormalisedLine, Span, Task } from './model';
import { opensAgency, splitAgencies } from './agencies';
import { ministriesListed } from './ministry-lists';
import { appendixPath } from './indicators';
import { memo } from './memo';
import { findSymbols } from './symbols';
import { type Table, findTables, isAgencyStart, joinWrapped, spanOf, startsUpper } from './tables';
import { foldDiacritics, insideAny, romanValue } from './text';

export interface RawTask {
  /** Section path: "II.1" in the body, "PL2.III" for an appendix row in group III. */
  section: string | null;
  ordinal: string | null;
  text: string;
  leadRaw: string[];
  coordinatorsRaw: string[];
  outputRaw: string | null;
  deadlineRaw: string | null;
  /** Normalised symbols of the documents cited in the text ("59-NQ/TW", "153/NQ-CP"). */
  cites: string[];
  source: 'TABLE' | 'BODY';
  span: Span;
  /** Index (in the returned array) of the same task read from the other source. */
  sameAsIndex?: number;
  /** Where its lead was read, when outside the task's own text (model.ts `LeadSource`). */
  leadFrom?: LeadSource;
}

export interface TaskContext {
  province: string | null;
}

// --- small helpers ---------------------------------------------------------------------------------

/** Normalised symbols of the documents a task cites, once each, in reading order. */
function citedSymbols(text: string): string[] {
  return [...new Set(findSymbols(text).map((m) => m.symbol))];
}

// "báo cáo trước ngày 15 tháng 12 hằng năm" is a yearly deadline, so a recurrence after the date belongs to it;
// "thực hiện thường xuyên" closing a task is an ongoing one. (A news page writes dates with dashes: "trong quý IV-2020",
// "trước ngày 28-10".)
const DEADLINE_IN_TEXT =
  /(?:hoàn thành|xong|thực hiện)?\s*(?:trong|trước|đến|vào)\s+(?:ngày\s+\d{1,2}(?:[/-]\d{1,2}(?:[/-]\d{4})?| tháng \d{1,2}(?: năm \d{4})?)|tháng\s+\d{1,2}(?:[/-]\d{4}|\s+năm\s+\d{4})?|quý\s+[IV1-4]+(?:\s*[/-]\s*\d{4}|\s+năm\s+\d{4})?|năm\s+20\d\d)(?:\s+(?:hằng|hàng)\s+(?:năm|quý|tháng))?|(?:định kỳ\s+)?(?:hằng|hàng)\s+(?:năm|quý|tháng)(?:\s*\((?:trước|chậm nhất)[^)]*\))?|định kỳ\s+(?:6|sáu)\s+tháng(?:\s+(?:một lần|1 lần))?|(?:6|sáu)\s+tháng\s+(?:một|1)\s+lần|định kỳ\s+(?:quý|năm)|(?:thực hiện|triển khai)\s+thường xuyên|định kỳ(?=\s+(?:sơ kết|tổng kết|báo cáo|kiểm tra|đánh giá|rà soát)(?![\p{L}]))|(?<=báo cáo\s)định kỳ(?![\p{L}])/iu;

/** A deadline phrase stated inside body text ("hoàn thành trong năm 2025", "định kỳ hằng năm"). */
export function deadlineInText(text: string): string | null {
  const re = new RegExp(DEADLINE_IN_TEXT.source, 'giu');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // "Chiến lược … đến năm 2030, tầm nhìn đến năm 2045" is the horizon of a cited title, not when the task
    // is due: "đến …" dates a task only after "hoàn thành / xong / thực hiện".
    if (/^đến\s/iu.test(m[0].trim())) continue;
    return m[0].trim();
  }
  return null;
}

// --- table rows --------------------------------------------------------------------------------------

export function tasksFromTable(table: Table): RawTask[] {
  const pl = appendixPath(table.appendix) ?? 'PL';
  const out: RawTask[] = [];
  for (const row of table.rows) {
    if (row.kind !== 'ROW') continue;
    const c = row.cells;
    const text = (c.TASK ?? '').trim();
    if (!text) continue;
    out.push({
      section: row.group ? `${pl}.${row.group}` : pl,
      ordinal: row.ordinal,
      text,
      leadRaw: splitAgencies(c.LEAD ?? ''),
      coordinatorsRaw: splitAgencies(c.COORD ?? ''),
      outputRaw: c.OUTPUT?.replace(/[\s,;]+$/u, '').trim() || null,
      deadlineRaw: c.DEADLINE?.trim() || null,
      cites: citedSymbols(text),
      source: 'TABLE',
      span: row.span,
    });
  }
  return out;
}

// --- body --------------------------------------------------------------------------------------------

type ItemKind = 'PART' | 'ROMAN' | 'NUM' | 'DEC' | 'LETTER' | 'PAREN' | 'BULLET' | 'SUB' | 'PARA';

interface Item {
  kind: ItemKind;
  marker: string;
  lines: NormalisedLine[];
  parts: string[];
  /** The item's own text cut into paragraphs (indices into `lines`/`parts` where each paragraph starts). */
  paraStarts: number[];
  children: Item[];
  parent: Item | null;
}

/** "IV. NHIỆM VỤ", and the Party's own style "IV- NHIỆM VỤ, GIẢI PHÁP"; parts past XX too. */
const ROMAN_HEAD = /^\s*([IVXL]{1,7})(?:\.|\s?[-–])\s+(\S.*)$/;
/** "1. Đổi mới …", and the Party's older style "1- Đổi mới tư duy …". */
const NUM_HEAD = /^\s*(\d{1,3})(?:[.)]|\s?[-–](?=\s))\s+(\S.*)$/;
/** "5.1. Phát triển kinh tế tư nhân …", "2.1- Đổi mới mạnh mẽ …": a numbered sub-item. */
const DEC_HEAD = /^\s*(\d{1,3}\.\d{1,3})(?:\.|\s?[-–](?=\s))?\s+(\S.*)$/;
/**
 * The lettered parts of a Central Committee resolution above its Roman ones: "A- TÌNH HÌNH VÀ NGUYÊN NHÂN",
 * "B- ĐỊNH HƯỚNG …" (holding "I- QUAN ĐIỂM" … "III- NHIỆM VỤ VÀ GIẢI PHÁP"), "C- TỔ CHỨC THỰC HIỆN".
 */
const PART_HEAD = /^\s*([A-E])\s?[-–.]\s+(\p{Lu}[\p{Lu}\s,;]{3,}.*)$/u;
const LETTER_HEAD = /^\s*([a-zđ])\)\s+(\S.*)$/;
/** "(1) Nghị quyết …", "(2) Tập trung nguồn lực …": an enumeration written one item a line. */
const PAREN_HEAD = /^\s*\((\d{1,3})\)\s+(\S.*)$/;
const BULLET_HEAD = /^\s*[-–•*]\s+(\S.*)$/;
/** "+ Thực hiện …" under a "- …" bullet. */
const SUB_HEAD = /^\s*\+\s+(\S.*)$/;

const TASK_SECTION = /nhiem vu|giai phap|to chuc thuc hien|trach nhiem|phan cong|noi dung/;
const NOT_TASK_SECTION = /muc dich|yeu cau|muc tieu|kinh phi|quan diem|danh gia|tinh hinh|ket qua dat|can cu/;

/** Lines after which no task text follows until an attached document starts: signature, recipients, appendix. */
// (… and a notice's or letter's closing formula: "Văn phòng Chính phủ (xin) thông báo để các cơ quan, địa phương biết, thực hiện./.")
const REGION_STOP = /^[\s|*_]*(?:noi nhan|tm\.|t\/m|kt\.|phu luc\b|tren day la\b|[^.;:]{0,80}\bthong bao (?:de|cho|toi|den) [^.;:]{0,160}\bbiet\b|\(\s*phu luc|(?:nghi quyet|chi thi|ket luan|ke hoach|chuong trinh(?: hanh dong)?|quy dinh|thong bao) nay (?:duoc )?(?:pho bien|co hieu luc)\b)/;
/** "(Phụ lục nhiệm vụ chi tiết kèm theo)" inside the body points to the appendix; the body goes on below it. */
const APPENDIX_POINTER = /^\s*\(\s*phu luc\b[^()]*\bkem theo\s*\)\s*$/;
/** "(Kèm theo Nghị quyết số …)", "Ban hành kèm theo …": the attached programme or plan starts below. */
const ATTACHED = /^\s*\(?\s*(?:ban hanh |dinh )?kem theo\b/;

/**
 * The stretches of text that can hold body tasks: the document's own body, and the body of each attached
 * document (a Government resolution's action programme follows its signature, after "(Kèm theo Nghị quyết
 * số …)"). Each stretch ends at a signature, recipient list, appendix heading or table.
 */
function taskRegions(lines: readonly NormalisedLine[], tables: readonly Table[]): NormalisedLine[][] {
  const inAnyTable = insideAny(tables.map((t) => t.span));
  const inTable = (l: NormalisedLine) => inAnyTable(l.line);
  const regions: NormalisedLine[][] = [];
  let current: NormalisedLine[] | null = [];
  for (const l of lines) {
    const f = foldDiacritics(l.text);
    if (ATTACHED.test(f)) {
      current = [];
      regions.push(current);
    } else if (APPENDIX_POINTER.test(f)) continue;
    else if (REGION_STOP.test(f) || inTable(l)) current = null;
    else current?.push(l);
    if (regions.length === 0 && current) regions.push(current);
  }
  return regions;
}

/**
 * Words that end an assignee named at the start of a task ("Bộ Tư pháp chủ trì, phối hợp với …",
 * "Đảng ủy Ủy ban nhân dân tỉnh lãnh đạo …", "Bộ Công an giúp Thủ tướng Chính phủ theo dõi …"): what the agency is
 * asked to do, or its role ("cơ quan tham mưu, giúp việc" is a name, and so is "các cấp ủy, tổ chức đảng").
 * A news sentence puts a modal or manner word first ("các phương tiện thông tin đại chúng cần tập trung …", "Ban
 * Thường vụ Tỉnh ủy sẽ chỉ đạo …", "các cơ quan báo chí nghiêm túc thực hiện …") or reports ("Bộ trưởng Bộ Tài chính
 * báo cáo về …"): the name ends there too.
 * ("… giao Bộ Kế hoạch và Đầu tư thông báo cụ thể danh mục, mức vốn …": notifying is work too; an announcement reported,
 * "… thông báo ý kiến kết luận …", "… thông báo về …", is not; "từng đồng chí Ủy viên Ban Thường vụ Huyện ủy chọn một thôn …":
 * choosing is; "các bộ, ngành, địa phương nỗ lực hoàn thành …", "Ngân hàng Nhà nước tính toán tăng thêm …": striving and
 * reckoning are too.)
 */
const ASSIGNEE_END =
  /\s+(?=(?:chủ trì|là cơ quan|là đầu mối|phối hợp|(?<![Cc]ác\s)lãnh đạo|(?<!Ban\s)chỉ đạo|xây dựng|(?<![Cc]ác\s)tổ chức(?!,\s*(?:cá nhân|đơn vị|cơ quan|doanh nghiệp|đoàn thể|hội)|\s+(?:đảng|Đảng|chính trị|cơ sở đảng|, cá nhân|kinh tế|tín dụng|xã hội|quốc tế|hội|đoàn thể|phi chính phủ|thành viên|liên quan|có liên quan|hữu quan|ở)(?![\p{L}]))|theo dõi|(?<!cơ quan\s)tham mưu|hướng dẫn|(?<!Ủy ban\s|Uỷ ban\s|ủy ban\s|[Đđ]oàn\s|[Tt]ổ\s)kiểm tra|(?<![Đđ]oàn\s|[Bb]an\s)giám sát|triển khai|thực hiện|rà soát|cắt giảm|bố trí|cân đối|nghiên cứu|đề xuất|ban hành|(?<!(?:chương|công)\s)trình|có trách nhiệm|có nhiệm vụ|có biện pháp|chịu trách nhiệm|căn cứ|tiếp tục|đẩy mạnh|hỗ trợ|bảo đảm|đảm bảo|quán triệt|tăng cường|tập trung|khẩn trương|quyết liệt|chủ động|đôn đốc|(?<!(?:[Cc]ục|[Bb]an|[Cc]hi cục|[Pp]hòng|[Tt]rung tâm|đơn vị|cơ quan)\s)quản lý|hoàn thiện|nâng cao|phát triển|tuyên truyền|cập nhật|thẩm tra|thẩm định|xem xét|giải quyết|thống nhất với|gửi|tiếp thu|không (?:tổ chức|chúc|được|để|sử dụng|đi)|(?<!Tổ biên tập\s)tổng hợp|góp ý|sơ kết|tổng kết|đánh giá|thường xuyên|định kỳ|hằng năm|hàng năm|trực tiếp|phụ trách|bám sát|tăng tốc|đẩy nhanh|giúp(?!\s+việc)|phải|thể chế ho[áa]|vận động|phổ biến|cần|sẽ|nghiêm túc|báo cáo|quan tâm|điều hành|xử lý|vào cuộc|ứng phó|hoàn thành|(?<![Bb]an [Cc]hỉ đạo\s)chuẩn bị|phát huy|đề cao|làm tốt|truyền đạt|nêu gương|tiếp nhận|xác định|công bố|thống kê|nêu cao|thành lập|hàng ngày|hằng ngày|phân công|sớm|duy trì|bổ sung|phân tích|tham gia|có kế hoạch|khắc phục|chấn chỉnh|cung cấp|phát động|cụ thể hóa|cụ thể hoá|dự thảo|soạn thảo|nắm chắc|nắm bắt|chăm lo|huy động|siết chặt|tạm dừng|ưu tiên|sắp xếp|kiện toàn|củng cố|điều chỉnh|lắng nghe|kịp thời|nghiêm cấm|tuyệt đối|đàm phán|tiến hành|tự kiểm tra|tuần tra|canh gác|thương thảo|ký kết|giải ngân|đưa(?: ra)?|xin ý kiến|lấy ý kiến|tích cực|công khai|lựa chọn|(?<!lựa\s)chọn|hoàn chỉnh|nỗ lực|tính toán|mời|thông báo(?=\s+\p{Ll})(?!\s+(?:về|ý kiến|kết luận|cho biết)(?![\p{L}])))(?![\p{L}]))/u;
/** "phối hợp với <agencies>" up to what they do together, or the end of the clause; "chủ trì, cùng với <agencies>" likewise. */
// (… with manner words before "với": "phối hợp chặt chẽ, kịp thời với Sở GTVT".)
const COORDINATORS = /(?:[Pp]hối hợp (?:(?:chặt chẽ|thường xuyên|kịp thời|đồng bộ|hiệu quả)(?:,?\s+(?:và\s+)?)?)*(?:với|cùng)|(?<=chủ trì,?\s)cùng(?:\s+với)?)\s+(.+?)(?=[;:]|\.(?=\s|$)|$|\s+(?:để|nhằm|trong|tại|khi)\s)/u;
/** "chủ trì, phối hợp Sở Văn hóa và Thể thao, …" (no "với"): taken only where an agency's name follows. */
const BARE_COORDINATORS = /[Pp]hối hợp\s+(?!(?:với|cùng)\s)(.+?)(?=[;:]|\.(?=\s|$)|$|\s+(?:để|nhằm|trong|tại)\s)/u;
/**
 * "Trong thời gian từ nay đến cuối năm 2012, các cấp ủy …", "Sau kỳ nghỉ Tết, các cơ quan …": when, before the
 * assignee; "Để thực hiện yêu cầu của Chính phủ, Bộ Xây dựng tham gia …": what for.
 */
// ("Căn cứ vào kế hoạch giám sát chung, Hội đồng Dân tộc và các Ủy ban của Quốc hội … có thể tổ chức …": what it goes by.)
const FRONTED_WHEN = /^(?:Căn cứ(?:\s+vào)?(?=\s)(?!\s+(?:Quyết định|Nghị quyết))|Để\s(?:thực hiện|triển khai|bảo đảm|đảm bảo|kịp thời|chủ động|phục vụ)|Trong (?:thời gian|năm|tháng|quý|dịp|những ngày|đợt)|Từ nay (?:đến|tới)|Từ ngày|Trước ngày|Trước Tết|Sau (?:kỳ nghỉ|khi|Tết|hội nghị|đợt)|Ngay sau (?:khi|hội nghị|Tết|kỳ nghỉ))\s[^,;:]{0,80},\s+(?=\p{Lu}|các\s|toàn\s)/u;
/**
 * "Hội nghị do Liên đoàn Lao động tỉnh tổ chức", "Lớp bồi dưỡng do Ban Tuyên giáo chủ trì": the work is named first
 * and the body that does it after "do"; that body leads.
 */
const DONE_BY = /^(?:[^,;:]{2,60}?\s)?do\s+(.{3,120}?)\s+(?:tổ chức|chủ trì|thực hiện|triển khai|đảm nhiệm|đảm nhận|phụ trách|biên soạn|xây dựng|điều hành)(?![\p{L}])/u;

/** The body after "do" in a sentence that names the work first, or none. */
function doneBy(sentence: string): string[] {
  // "Cấp tỉnh: Tổ chức 3 hội nghị: Hội nghị do Ban Thường vụ Tỉnh ủy tổ chức": the scope and count announced first.
  const text = sentence.replace(/^(?:[^:;.]{2,60}:\s+)+(?=\p{Lu})/u, '');
  const m = DONE_BY.exec(text);
  // (A kind of body is written in lower case there: "Hội nghị do ban tuyên giáo cấp huyện (tương đương) tổ chức".)
  const body = m ? m[1].replace(/^\p{Ll}/u, (c) => c.toUpperCase()) : '';
  if (!m || !(opensAgency(body) || /^Phòng\s+\p{Lu}/u.test(body))) return [];
  // The work named first is no body ("Sở Y tế do … " would be a body's sentence, not this one).
  const before = text.slice(0, m[0].length - m[0].replace(/^(?:[^,;:]{2,60}?\s)?do\s+/u, '').length).replace(/\s*do\s+$/u, '');
  if (before && opensAgency(before) && !NOT_A_BODY.test(before)) return [];
  return splitAgencies(m[1]);
}
/** Words for work or events, never for a body: "Hội nghị", "Hội thi", "Hội thảo" open no agency. */
const NOT_A_BODY = /^(?:Hội (?:nghị|thảo|thi|diễn|chợ|khỏe|báo)|Lớp|Cuộc|Chương trình|Kế hoạch|Đợt)(?![\p{L}])/u;

/** The bodies' names before what they do, up to an adverbial or a colon (see `inlineAssignment`). */
const namedBefore = (names: string, after: string): string => ministriesListed(names.replace(/\s+(?:cũng|còn|sẽ)$/u, '').replace(/\s+được$/u, (w) => (/^\s+mời(?![\p{L}])/u.test(after) ? '' : w))).split(/:|\s(?=(?:trên cơ sở|theo (?:thẩm quyền|chức năng)|sau (?:kỳ nghỉ|khi|Tết|đợt|hội nghị)|trong (?:thời gian|dịp|năm|tháng|quý|phạm vi)|từ nay|khi)(?![\p{L}]))|,\s*(?=(?:đặc biệt|nhất là|trong đó|trước hết|nơi)(?![\p{L}]))/u)[0];

/** Lead and coordinators stated in the task's own sentence, as the central programmes write them. */
export function inlineAssignment(text: string): { lead: string[]; coordinators: string[] } {
  // "Định kỳ, Thường trực Ủy ban … chủ trì, …": a time adverb before the assignee.
  const t = text
    .replace(/^(?:Giao(?:\s+(?:nhiệm vụ|trách nhiệm))?(?:\s+cho)?|Đề nghị|Yêu cầu)\s+/u, '')
    .replace(/^(?:Định kỳ|Hằng (?:năm|quý|tháng)|Hàng (?:năm|quý|tháng)|Trước mắt),\s+(?=\p{Lu})/u, '')
    .replace(FRONTED_WHEN, '');
  let lead: string[] = doneBy(t);
  const end = ASSIGNEE_END.exec(t);
  // "các cấp uỷ, tổ chức đảng trên cơ sở kết quả Đại hội: Khẩn trương …", "các bộ, ngành theo thẩm quyền kiểm tra …":
  // the name ends before an adverbial or a colon.
  // … and before a time adverbial: "các Bộ, cơ quan, địa phương, tổ chức, cá nhân liên quan sau kỳ nghỉ Tết Nguyên đán phải …".
  // ("Bộ trưởng các Bộ: Quốc phòng, Công an, …" names the ministries after its colon: ./ministry-lists.ts.)
  // ("Bộ TTTT cũng tiếp nhận …": the adverb after the subject is no part of its name; nor "được" before "mời": "Đoàn giám
  // sát được mời đại diện …" is the delegation allowed to invite.)
  // "… đề nghị các cơ quan tham mưu giúp việc Tỉnh ủy, Ban cán sự đảng Uỷ ban nhân dân tỉnh, Đảng đoàn Hội Văn học nghệ thuật
  // tỉnh và các cơ quan, đơn vị có liên quan nghiên cứu, …": a long list of bodies is still a list when each piece opens a body's name.
  if (!lead.length && end && end.index > 150 && end.index <= 400 && opensAgency(t) && !NOT_A_BODY.test(t) && !/[.;:]/u.test(t.slice(0, end.index))) {
    const names = splitAgencies(namedBefore(t.slice(0, end.index), t.slice(end.index)));
    if (names.every((n) => n.length <= 120 && (opensAgency(n) || /^(?:ban|phòng)\s/u.test(n)))) lead = names;
  }
  if (!lead.length && end && end.index <= 150 && opensAgency(t) && !NOT_A_BODY.test(t)) lead = splitAgencies(namedBefore(t.slice(0, end.index), t.slice(end.index)));

  let coordinators: string[] = [];
  const c = COORDINATORS.exec(t) ?? BARE_COORDINATORS.exec(t);
  if (c) {
    const upto = ASSIGNEE_END.exec(c[1]);
    const names = (upto ? c[1].slice(0, upto.index) : c[1]).replace(/,\s*$/, '');
    // (A long list of ministries is still a list: each piece opens a body's name.)
    if (opensAgency(names) && (names.length <= 160 || (names.length <= 400 && splitAgencies(names).every((n) => n.length <= 120)))) coordinators = splitAgencies(names);
  }
  return { lead, coordinators };
}

const indented = (l: NormalisedLine) => /^\s+\S/.test(l.text);

/**
 * Footnotes of a PDF page land inside the body text ("1 : (i). Ba trụ cột …", "3 Nghị quyết số 70; …").
 * A footnote opens with the number of a reference mark met shortly before (a digit glued to a word:
 * "động lực”1.", "Văn hóa3") and, where the text indents its paragraphs, runs until the next indented line.
 */
function withoutFootnotes(lines: NormalisedLine[]): NormalisedLine[] {
  const indents = lines.filter(indented).length >= lines.length * 0.05;
  let marks: { n: string; at: number }[] = [];
  const out: NormalisedLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].text;
    // Marks more than 80 lines up can no longer be found: dropped, so the search stays within that window.
    if (marks.length && i - marks[0].at > 80) marks = marks.filter((k) => i - k.at <= 80);
    const m = /^ ?(\d{1,2})(?: *: *| +)(?=[\p{Lu}(])/u.exec(t);
    const mark = m ? marks.find((k) => i - k.at <= 80 && m[1].startsWith(k.n)) : undefined;
    if (m && mark) {
      marks = marks.filter((k) => k !== mark);
      let j = i + 1;
      if (indents) while (j < lines.length && j - i < 30 && !indented(lines[j]) && !ROMAN_HEAD.test(lines[j].text)) j++;
      i = j - 1;
      continue;
    }
    for (const r of t.matchAll(/[\p{Ll}”"](\d)(?=[\s.,;:]|$)/gu)) marks.push({ n: r[1], at: i });
    out.push(lines[i]);
  }
  return out;
}

/** Sentence-final punctuation at the end of a line ("… phát triển.", "… ./.", "… kèm theo Kế hoạch.”"). */
const SENTENCE_END = /(?:[.!?…]|\.\/\.)["”)]?$/u;

/**
 * Text copied from a web page or a DOCX holds one paragraph per line: its long lines end a sentence or a
 * clause. There a capitalised line after a heading ("1. Đổi mới tư duy …" / "Kiên quyết xoá bỏ …") opens a
 * paragraph even without an indent; in PDF text, wrapped at the page width, it may only continue one.
 */
function isUnwrapped(lines: readonly NormalisedLine[]): boolean {
  const long = lines.filter((l) => l.text.trim().length > 80);
  return long.length > 0 && long.filter((l) => /[.;:!?…]["”)]?$/u.test(l.text.trim())).length >= 0.8 * long.length;
}

function buildItems(lines: NormalisedLine[]): Item[] {
  const roots: Item[] = [];
  const stack: Item[] = [];
  const level: Record<ItemKind, number> = { PART: 0, ROMAN: 1, NUM: 2, DEC: 3, LETTER: 4, PAREN: 5, BULLET: 6, SUB: 7, PARA: 8 };
  let lastPart = 0;
  let lastRoman = 0;
  // The width of a full line: a paragraph's last line is shorter (PDF text wraps at the page width).
  const lengths = lines.map((l) => l.text.trim().length).sort((a, b) => a - b);
  const width = lengths[Math.floor(lengths.length * 0.9)] ?? 0;
  const unwrapped = isUnwrapped(lines);
  /** Does a new paragraph (without a marker) start at `l`, right after `prev`? */
  const newParagraph = (prev: NormalisedLine, l: NormalisedLine) => {
    const t = l.text.trim();
    const p = prev.text.trim();
    if (!/^["“(]?\p{Lu}/u.test(t)) return false;
    if (SENTENCE_END.test(p)) return indented(l) || unwrapped || p.length < 0.8 * width;
    // a heading without a full stop ("1. Hoàn thiện tổ chức bộ máy …") followed by an indented paragraph
    return (indented(l) || unwrapped) && !/[,;:(\-–]$/u.test(p) && p.length < 0.9 * width;
  };
  let lastParen = 0;
  const open = (kind: ItemKind, marker: string, l: NormalisedLine, text: string) => {
    const item: Item = { kind, marker, lines: [l], parts: [text], paraStarts: [0], children: [], parent: null };
    if (kind !== 'PAREN' && kind !== 'BULLET' && kind !== 'SUB') lastParen = 0;
    while (stack.length && level[stack[stack.length - 1].kind] >= level[kind]) stack.pop();
    const parent = stack[stack.length - 1] ?? null;
    item.parent = parent;
    (parent ? parent.children : roots).push(item);
    stack.push(item);
  };
  let prev: NormalisedLine | null = null;
  for (const l of lines) {
    const t = l.text;
    const roman = ROMAN_HEAD.exec(t);
    const rv = roman ? romanValue(roman[1]) : null;
    let m: RegExpExecArray | null;
    const part = PART_HEAD.exec(t);
    const pv = part ? part[1].charCodeAt(0) - 64 : 0;
    if (part && pv === lastPart + 1 && !(roman && rv !== null && rv > lastRoman && rv <= lastRoman + 3)) {
      // A new lettered part numbers its Roman parts afresh.
      lastPart = pv;
      lastRoman = 0;
      open('PART', part[1], l, part[2]);
    } else if (roman && rv !== null && rv > lastRoman && rv <= lastRoman + 3) {
      lastRoman = rv;
      open('ROMAN', roman[1], l, roman[2]);
    } else if ((m = NUM_HEAD.exec(t)) && startsUpper(m[2])) {
      open('NUM', m[1], l, m[2]);
    } else if ((m = DEC_HEAD.exec(t)) && startsUpper(m[2])) {
      open('DEC', m[1], l, m[2]);
    } else if ((m = LETTER_HEAD.exec(t))) {
      open('LETTER', m[1], l, m[2]);
    } else if ((m = PAREN_HEAD.exec(t)) && startsUpper(m[2]) && Number(m[1]) === lastParen + 1 && (lastParen > 0 || !prev || /[.;:]\s*$/.test(prev.text))) {
      // "(1)" after a clause opens an enumeration; "(5)" wrapped to a line start mid-sentence does not
      lastParen = Number(m[1]);
      open('PAREN', m[1], l, m[2]);
    } else if ((m = BULLET_HEAD.exec(t))) {
      open('BULLET', '-', l, m[1]);
    } else if ((m = SUB_HEAD.exec(t))) {
      open('SUB', '+', l, m[1]);
    } else {
      const cur = stack[stack.length - 1];
      if (cur) {
        if (prev && newParagraph(prev, l)) cur.paraStarts.push(cur.lines.length);
        cur.lines.push(l);
        cur.parts.push(t);
      }
    }
    prev = l;
  }
  return roots;
}

/** The item's paragraphs: lines and joined text of each. */
function paragraphs(it: Item): { lines: NormalisedLine[]; text: string }[] {
  return it.paraStarts.map((start, k) => {
    const end = it.paraStarts[k + 1] ?? it.lines.length;
    return { lines: it.lines.slice(start, end), text: joinWrapped(it.parts.slice(start, end)) };
  });
}

const itemText = (it: Item) => joinWrapped(it.parts);

/** An agency heading in "Tổ chức thực hiện": "4. Sở Khoa học và Công nghệ" or "6. Công an tỉnh, …: phối hợp …". */
function agencyHeading(text: string): { lead: string; rest: string } | null {
  const t = text.replace(/^(?:Đề nghị|Giao|Yêu cầu)\s+/u, '');
  if (!isAgencyStart(t)) return null;
  const colon = t.indexOf(':');
  if (colon > 0 && colon < 220) return { lead: t.slice(0, colon).trim(), rest: t.slice(colon + 1).trim() };
  if (t.length <= 120 && !/[.;]$/.test(t.trim())) return { lead: t.replace(/[.:]\s*$/, '').trim(), rest: '' };
  return null;
}

/** A heading's own words, not a task: one sentence of modest length ("2. Phát triển đô thị, nông thôn; …"). */
function isTitle(text: string): boolean {
  return text.length <= 250 && !/[.!?…]["”)]?\s+["“(]?\p{Lu}/u.test(text);
}
/** A one-sentence lead-in ending in ":" that introduces the items below ("…, cụ thể:", "… gồm các nội dung sau:"). */
const isLeadIn = (text: string) => /:\s*$/.test(text) && !/[.!?…]["”)]?\s+["“(]?\p{Lu}/u.test(text);
/** "Các nhiệm vụ cụ thể tại Phụ lục 03 kèm theo Kế hoạch.": a pointer to the appendix, not a task. */
const isAppendixPointer = (text: string) => text.length <= 120 && /\b(?:tại|theo)\s+(?:các\s+)?Phụ lục\b/iu.test(text);

function bodyTasks(regionLines: NormalisedLine[]): RawTask[] {
  const out: RawTask[] = [];
  const roots = buildItems(withoutFootnotes(regionLines));
  // One paragraph a line: a numbered item that ends its sentence is a task, not a heading over paragraphs.
  const unwrapped = isUnwrapped(regionLines);
  const push = (lines: NormalisedLine[], section: string | null, ordinal: string | null, text: string, lead: string[]) => {
    if (text.length < 15 || isAppendixPointer(text)) return;
    const inline = inlineAssignment(text);
    out.push({
      section,
      ordinal,
      text,
      leadRaw: lead.length ? lead : inline.lead,
      coordinatorsRaw: inline.coordinators,
      outputRaw: null,
      deadlineRaw: deadlineInText(text),
      cites: citedSymbols(text),
      source: 'BODY',
      span: spanOf(lines),
    });
  };
  for (const { part, groups, announcedLead } of taskParts(roots, regionLines)) {
    const before = out.length;
    const head = foldDiacritics(itemText(part));
    const assignment = /to chuc thuc hien|trach nhiem|phan cong/.test(head);
    const walk = (items: Item[], path: string, lead: string[]) => {
      const counters: Record<string, number> = {};
      for (const it of items) {
        const text = itemText(it);
        const paras = paragraphs(it);
        const hasItems = it.children.some((c) => c.kind !== 'PARA');
        if (it.kind === 'BULLET' || it.kind === 'SUB' || it.kind === 'PAREN') {
          const sign = it.kind === 'PAREN' ? '(' : it.marker;
          counters[sign] = (counters[sign] ?? 0) + 1;
          const ordinal = it.kind === 'PAREN' ? `(${it.marker})` : `${it.marker}${counters[sign]}`;
          // Under an item written in paragraphs, a list item is its first paragraph; the paragraphs after it
          // are the item's own further tasks. Elsewhere a bullet's later paragraphs continue it.
          const styled = it.parent !== null && paragraphs(it.parent).length > 1;
          const own = styled ? paras[0] : { lines: it.lines, text };
          // "- Báo Kinh tế và Đô thị: Nâng cao chất lượng …" under an agency heading names its own lead
          const named = lead.length ? agencyHeading(own.text) : null;
          const ownLead = named?.rest && named.lead.length <= 60 ? splitAgencies(named.lead) : lead;
          if (!(hasItems && isLeadIn(own.text))) push(own.lines, path, ordinal, own.text, ownLead);
          if (it.children.length) walk(it.children, `${path}.${ordinal}`, lead);
          if (styled) for (const p of paras.slice(1)) push(p.lines, path, null, p.text, lead);
          continue;
        }
        const sub = `${path}.${it.marker}`;
        const ah = assignment ? agencyHeading(text) : null;
        if (ah) {
          const leadHere = splitAgencies(ah.lead);
          // "Agency: text", or "Agency:" followed by a paragraph, is a task led by that agency
          const para = ah.rest || joinWrapped(it.parts.slice(1));
          if (para) push(it.lines, path, it.marker, para, leadHere);
          walk(it.children, sub, leadHere);
          continue;
        }
        if (paras.length > 1) {
          // An item written in paragraphs: its heading names the topic, each paragraph below is a task.
          const [first, ...rest] = paras;
          if (!isTitle(first.text) || (unwrapped && SENTENCE_END.test(first.text))) push(first.lines, path, it.marker, first.text, lead);
          rest.forEach((p, k) => {
            if (hasItems && k === rest.length - 1 && isLeadIn(p.text)) return;
            push(p.lines, sub, null, p.text, lead);
          });
          walk(it.children, sub, lead);
          continue;
        }
        if (hasItems) {
          // a heading with its own tasks below
          walk(it.children, sub, lead);
          continue;
        }
        push(it.lines, path, it.marker, text, lead);
      }
    };
    if (groups) walk([part], '', []);
    else walk(part.children, part.marker, []);
    // "… đề nghị Ban Dân vận các tỉnh ủy, … chủ trì tham mưu với cấp ủy một số nội dung sau:": the addressees
    // named once before the groups lead those of their tasks that name no body of their own.
    if (announcedLead?.length) for (const t of out.slice(before)) if (!t.leadRaw.length) t.leadRaw = announcedLead;
  }
  return out;
}

/** The words of a numbered group's heading line, not of the paragraphs below it ("Tổ chức thực hiện tốt …" is a task). */
const headingLine = (item: Item) => foldDiacritics(item.parts[0] ?? '');
/** Is the item's heading about tasks? */
const isTaskHeading = (item: Item) => {
  const head = item.kind === 'NUM' ? headingLine(item) : foldDiacritics(itemText(item));
  return TASK_SECTION.test(head) && !NOT_TASK_SECTION.test(head);
};
/** The heading of a group of assignments: its words open the heading line ("Tổ chức thực hiện", "Trách nhiệm của …"). */
const ASSIGNMENT_HEADING = /^\W*(?:ve\s+)?(?:to chuc thuc hien|trach nhiem|phan cong)/;
/** "… Bộ Chính trị yêu cầu … tập trung thực hiện tốt một số nhiệm vụ trọng tâm sau:": numbered task groups follow. */
const ANNOUNCES_TASKS = /\b(?:nhiem vu|giai phap|noi dung)\b[^:]{0,80}\bsau\s*:\s*$/;

/** "… yêu cầu các cấp ủy, tổ chức đảng tập trung thực hiện … sau:": whom the announcing sentence addresses. */
function addresseesOf(sentence: string): string[] {
  const verb = /(?:^|[\s,])(?:đề nghị|yêu cầu|giao(?:\s+cho)?)\s+(?=\p{Lu}|các\s)/u.exec(sentence);
  // "… các tổ chức chính trị - xã hội từ Trung ương đến cơ sở": the scope closing the list is no part of a name.
  const lead = verb ? inlineAssignment(sentence.slice((verb.index ?? 0) + verb[0].length)).lead : [];
  return lead.map((n) => n.replace(/\s+từ [Tt]rung ương (?:đến|tới) (?:cơ sở|địa phương)$/u, ''));
}

/**
 * The parts of a body that hold tasks: its Roman parts on tasks ("III- NHIỆM VỤ, GIẢI PHÁP", "IV. TỔ CHỨC THỰC
 * HIỆN"), also inside the lettered parts of a Central Committee resolution ("B- …" / "III- NHIỆM VỤ VÀ GIẢI
 * PHÁP", "C- TỔ CHỨC THỰC HIỆN"). A text without parts (a Kết luận, a Chỉ thị) numbers its groups right after a
 * sentence announcing them ("… tập trung thực hiện tốt một số nhiệm vụ trọng tâm sau:"): each numbered group is
 * then a task group (its heading a section, its paragraphs tasks), and "7. Tổ chức thực hiện" an assignment part.
 */
function taskParts(roots: readonly Item[], lines: readonly NormalisedLine[]): { part: Item; groups: boolean; announcedLead?: string[] }[] {
  const out: { part: Item; groups: boolean; announcedLead?: string[] }[] = [];
  for (const root of roots) {
    if (root.kind === 'PART' && !isTaskHeading(root)) {
      for (const c of root.children) if (c.kind === 'ROMAN' && isTaskHeading(c)) out.push({ part: c, groups: false });
    } else if ((root.kind === 'ROMAN' || root.kind === 'PART') && isTaskHeading(root)) out.push({ part: root, groups: false });
  }
  if (out.length || roots.some((r) => r.kind === 'ROMAN' || r.kind === 'PART')) return out;
  const nums = roots.filter((r) => r.kind === 'NUM');
  const first = nums[0]?.lines[0];
  if (!first) return out;
  // The announcing sentence is the last line before the first group: a heading between them ("I- MỤC TIÊU, YÊU
  // CẦU" a reader did not take for a part) puts the groups under that heading, not under the announcement.
  const before = lines.filter((l) => l.line < first.line && l.text.trim());
  const announcing = before.length > 0 ? before[before.length - 1].text.trim() : '';
  const announced = announcing !== '' && ANNOUNCES_TASKS.test(foldDiacritics(announcing));
  const announcedLead = announced ? addresseesOf(announcing) : [];
  for (const n of nums) {
    // "7. Tổ chức thực hiện", "8. Trách nhiệm thi hành" head the assignments; a group whose long first sentence only
    // mentions "trách nhiệm" ("3. Tăng cường …, đề cao trách nhiệm tự học …") is a task group like the others.
    if (isTaskHeading(n) && ASSIGNMENT_HEADING.test(headingLine(n))) out.push({ part: n, groups: false });
    else if (announced) out.push({ part: n, groups: true, announcedLead });
  }
  return out;
}

// --- linking ------------------------------------------------------------------------------------------

/**
 * Distinct folded words of a text (its runs of a–z and 0–9 once folded, two characters or more); remembered, since a
 * document's tasks are linked more than once. Read by a loop over the folded text: replacing, splitting and
 * filtering it made three copies of every task's text.
 */
const words: (text: string) => ReadonlySet<string> = memo((text) => {
  const folded = foldDiacritics(text);
  const out = new Set<string>();
  let start = -1;
  for (let i = 0; i <= folded.length; i++) {
    const c = i < folded.length ? folded.charCodeAt(i) : 0;
    const inWord = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      if (i - start > 1) out.add(folded.slice(start, i));
      start = -1;
    }
  }
  return out;
});

/** Overlap of two task texts (Dice over distinct folded words): 1 for the same words, 0 for none. */
export function similarity(a: string, b: string): number {
  const A = words(a);
  const B = words(b);
  if (!A.size || !B.size) return 0;
  let shared = 0;
  for (const w of A) if (B.has(w)) shared++;
  return (2 * shared) / (A.size + B.size);
}

/** Link each body task to its most similar table row when they clearly say the same thing. */
export function linkSameAs(tasks: RawTask[], threshold = 0.6): void {
  const table = tasks.map((t, i) => ({ t, i, w: words(t.text) })).filter((x) => x.t.source === 'TABLE');
  // Rows by word, so each body task counts its shared words with every row in one pass over its own words
  // (comparing every bullet with every row was most of the parse time of a large plan).
  const rowsWith = new Map<string, number[]>();
  table.forEach((row, r) => {
    for (const w of row.w) {
      const rows = rowsWith.get(w);
      if (rows) rows.push(r);
      else rowsWith.set(w, [r]);
    }
  });
  const taken = new Set<number>();
  // One counter array for all body tasks; only the rows a task shares a word with are read and reset (a row
  // sharing none scores 0, below any threshold), in table order so ties go to the first row as before.
  const shared = new Int32Array(table.length);
  tasks.forEach((t, i) => {
    if (t.source !== 'BODY') return;
    const own = words(t.text);
    if (!own.size) return;
    const touched: number[] = [];
    for (const w of own)
      for (const r of rowsWith.get(w) ?? []) {
        if (shared[r]++ === 0) touched.push(r);
      }
    let best = -1;
    let bestSim = threshold;
    // (A typed array sorts numbers without calling a comparator.)
    for (const r of Int32Array.from(touched).sort()) {
      const { i: j, w } = table[r];
      const s = (2 * shared[r]) / (own.size + w.size);
      shared[r] = 0;
      if (taken.has(j) || !w.size) continue;
      if (s > bestSim) {
        bestSim = s;
        best = j;
      }
    }
    if (best >= 0) {
      taken.add(best);
      t.sameAsIndex = best;
      tasks[best].sameAsIndex = i;
    }
  });
}

// --- entry points -------------------------------------------------------------------------------------

/** All tasks of a document: body items first (reading order), then appendix rows, linked by sameAs. */
/** A group's heading by its topic, without the punctuation a sentence of work would end with (see extractTasks). */
const CUT_HEADING = /^(?:Tư tưởng chỉ đạo|Quan điểm(?: chỉ đạo)?|Mục tiêu|Định hướng|Yêu cầu|Nội dung|Nhiệm vụ(?:,? giải pháp)?(?: chủ yếu| trọng tâm)?|Giải pháp)(?![\p{L}])[^.;:!?]*$/u;

export function extractTasks(allLines: readonly NormalisedLine[], _ctx: TaskContext = { province: null }, tables: Table[] = findTables(allLines)): RawTask[] {
  // Blank lines separate nothing here (PDF text has one after every line); spans should not cover them.
  const lines = allLines.filter((l) => l.text.trim());
  const last = lines[lines.length - 1]?.line ?? 0;
  // "1. Tư tưởng chỉ đạo và nhiệm vụ chủ yếu của kế hoạch năm / 2002" closing a copy the site cut: a group's heading whose
  // content the page never reaches names a topic, no work.
  const body = taskRegions(lines, tables).flatMap(bodyTasks).filter((t) => !(t.span.endLine === last && !t.leadRaw.length && CUT_HEADING.test(t.text.trim())));
  const rows = tables.filter((t) => t.kind === 'TASK').flatMap(tasksFromTable);
  const all = [...body, ...rows];
  linkSameAs(all);
  return all;
}

export interface TaskResolvers {
  /** agencies.ts `resolveAgency(name, province).name`, or identity. */
  agencyName?: (raw: string) => string;
  /** deadline.ts `parseDeadline`. */
  parseDeadline?: (raw: string) => Deadline;
}

/** Contract shape (model.ts `Task`), ids "t1", "t2", … in reading order. */
export function toTasks(raw: RawTask[], r: TaskResolvers = {}): Task[] {
  const name = r.agencyName ?? ((s: string) => s);
  const dl =
    r.parseDeadline ??
    ((s: string): Deadline => ({ raw: s, kind: 'UNSPECIFIED', start: null, end: null, recurrence: null, condition: null }));
  return raw.map((t, i) => ({
    id: `t${i + 1}`,
    section: t.section,
    ordinal: t.ordinal,
    text: t.text,
    lead: t.leadRaw.map(name),
    coordinators: t.coordinatorsRaw.map(name),
    output: t.outputRaw,
    deadline: t.deadlineRaw ? dl(t.deadlineRaw) : null,
    cites: t.cites,
    source: t.source,
    sameAs: t.sameAsIndex !== undefined ? `t${t.sameAsIndex + 1}` : null,
    span: t.span,
    ...(t.leadFrom && t.leadRaw.length ? { leadFrom: t.leadFrom } : {}),
  }));
}
