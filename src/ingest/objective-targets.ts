/**
 * Targets stated in the prose of a document's objectives (the Party's resolutions have no indicator table):
 * "Mục tiêu đến năm 2030: … tốc độ tăng trưởng bình quân của kinh tế tư nhân đạt khoảng 10 - 12%/năm; đóng
 * góp khoảng 55 - 58% GDP …; có ít nhất 20 doanh nghiệp lớn tham gia chuỗi giá trị toàn cầu; … thuộc nhóm 3
 * nước đứng đầu ASEAN". Each stated target becomes an indicator: its name (what is measured, as written), the
 * unit, the target as written, the parsed value or range and comparator, and the year of its block ("Mục
 * tiêu đến năm 2030", "Tầm nhìn đến năm 2045", or "đến năm 2045" in the sentence itself).
 *
 * The smaller constructs (money in "tỷ đồng"/"tỉ USD" read as written, rates per population, multiples, changes,
 * amounts restated in parentheses, a year in a target's own words) are in target-constructs.ts.
 *
 * Where an indicator table states the document's targets, the prose restates them: this reader then stands back.
 * Complexity: linear in the text, paragraph by paragraph; within one, each amount is checked against the
 * targets already taken (k² in a paragraph's k amounts, a handful in practice).
 */
import { NOTHING, type FamilyReader } from './family';
import type { RawIndicator } from './indicators';
import { parseVietnameseNumber } from './indicators';
import type { Indicator, NormalisedLine, Section } from './model';
import { joinLines, splitParagraphs } from './normalise';
import { findSymbols } from './symbols';
import { changeStart, countsDocumentParts, datingInWords, fractionsIn, magnitudeUnit, multipleWords, quotaShare, ratesIn as ratesPerPopulation, reportingClauses, restatedInParentheses, yearInName } from './target-constructs';
import { foldDiacritics } from './text';

/** Headings of the blocks that state targets: "III- MỤC TIÊU", "Mục tiêu cụ thể", "Tầm nhìn đến năm 2045", "Chỉ tiêu chủ yếu". */
const OBJECTIVE_HEADING = /^(?:cac )?(?:muc tieu|tam nhin|chi tieu|quan diem,? muc tieu|muc tieu,? chi tieu|dinh huong(?: phat trien)?(?: va)? muc tieu)/;
/** A block that also lists tasks ("MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP") is read as tasks, not as targets. */
const NOT_OBJECTIVE = /nhiem vu|giai phap|to chuc thuc hien/;

/** The year a heading or sentence dates its targets to: "đến năm 2030", "giai đoạn 2026 - 2030", "năm 2025". */
export function targetYear(text: string): string | null {
  // ("a) Từ 2021 đến 2025", "Từ năm 2026 đến năm 2030": a subheading giving a span in words.)
  const range = /giai đoạn\s+((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)/iu.exec(text) ?? /^(?:[a-zđ\d]{1,2}[.)]\s*)?từ\s+(?:năm\s+)?((?:19|20)\d\d)\s+(?:đến|tới)\s+(?:năm\s+)?((?:19|20)\d\d)\s*:?\s*$/iu.exec(text.trim());
  if (range) return `${range[1]}-${range[2]}`;
  const by = /(?:đến|tới|vào|trong|từ nay đến)\s+năm\s+((?:19|20)\d\d)/iu.exec(text) ?? /năm\s+((?:19|20)\d\d)/iu.exec(text);
  return by ? by[1] : null;
}

// --- one stated target ------------------------------------------------------------------------------------

const NUM = String.raw`\d+(?:[.,]\d+)*`;
/** "ít nhất ba đô thị thông minh": a small count written in words (before a counted noun only). */
const WORD_NUMBERS: Record<string, number> = { hai: 2, ba: 3, bốn: 4, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10 };
const WORD_NUM = String.raw`(?<![\p{L}])(?:hai|ba|bốn|sáu|bảy|tám|chín|mười)(?=\s+\p{Ll})`;
/** Words before a number that qualify it, in the order written ("khoảng trên 60%", "ít nhất 20"). */
// "tối thiểu có 5 doanh nghiệp": the "có" stays with its qualifier; "ở mức", "đạt mức" are the verb's, not the target's.
// ("tăng trưởng GRDP … tối thiểu ở mức 8-10%": a floor stated with the verb's "ở mức" keeps it.)
const QUALIFIER = String.raw`(?:khoảng|vào khoảng|trên|hơn|dưới|tối thiểu có|ít nhất có|tối thiểu ở mức|ít nhất ở mức|tối thiểu|tối đa|ít nhất|không (?:quá|dưới|thấp hơn|vượt quá)|gần|từ)`;
/** A comparison written as a sign: "giảm còn <20%", "≥ 80%" ("<", ">" glued to the number, so a quote's "> " is none). */
const SIGN = String.raw`(?:[≤≥]\s*|[<>](?=\d))`;
const MAGNITUDE = String.raw`(?:triệu|nghìn|ngàn|tỷ|tỉ|vạn)`;
/** A stated number with its qualifiers, range, magnitude and percent sign: "khoảng 10 - 12%", "2 triệu", "ít nhất 20". */
// "giảm tỷ suất sinh thô 0,30%0/năm": the per-mille sign typed as "%" and a zero.
const AMOUNT = new RegExp(
  String.raw`((?:${QUALIFIER}\s+|${SIGN}){0,3})(${NUM}|${WORD_NUM})(?:\s*%?\s*(?:-|–|đến|tới)\s*(?!(?:19|20)\d\d(?![\d.,]))(${NUM}))?(?:\s+(${MAGNITUDE}))?\s*(%0(?!\d)|%o(?![\p{L}])|%|‰)?`,
  'giu',
);
/** A rank target: "thuộc nhóm 3 nước đứng đầu ASEAN", "nhóm 50 nước dẫn đầu thế giới", "top 3 khu vực", "thuộc Top 4 Đông Nam Á". */
// "nhóm bốn nước dẫn đầu": a small rank is often written in words.
const RANK_NUMBER = String.raw`(?:\d+|hai|ba|bốn|sáu|bảy|tám|chín|mười)`;
const RANKED = String.raw`(?:nước|quốc gia|nền kinh tế|tỉnh|địa phương|trường đại học|đại học|cơ sở giáo dục đại học)`;
const LEADING = String.raw`(?:dẫn đầu|đứng đầu|hàng đầu|tốt nhất|cao nhất)`;
const REGION = String.raw`(?:ASEAN|Đông Nam Á|châu Á(?:\s*-\s*Thái Bình Dương)?|thế giới|cả nước|khu vực)`;
/** A rank target: "thuộc nhóm 3 nước đứng đầu ASEAN", "nhóm 50 nước dẫn đầu thế giới", "top 3 khu vực", "thuộc Top 4 Đông Nam Á". */
// "thuộc nhóm 10 quốc gia có hệ thống giáo dục đại học tốt nhất châu Á": what the group excels in may stand
// between the ranked noun and its superlative.
const RANK = new RegExp(
  String.raw`(?:(?:thuộc|vào|nằm trong|lọt vào|đứng trong|trong)\s+)?(?:nhóm|top)\s+(${RANK_NUMBER})(?![\p{L}\d])(?:\s+${RANKED}(?:\s+có\s+[^,;.]{1,60}?(?=\s+${LEADING}))?)?(?:\s+${LEADING})?(?:\s+(?:của\s+)?(?:khu vực\s+)?${REGION})?`,
  'giu',
);
/** "GII thuộc 3 nước dẫn đầu khu vực ASEAN": a rank among the leaders, written without "nhóm". */
const RANK_AMONG = new RegExp(String.raw`(?:thuộc|nằm trong|lọt vào|đứng trong)\s+${RANK_NUMBER}\s+${RANKED}\s+${LEADING}(?:\s+(?:của\s+)?(?:khu vực\s+)?${REGION})?`, 'giu');
/** A rank stated without a number: "nằm trong nhóm dẫn đầu ASEAN", "thuộc nhóm các nước dẫn đầu thế giới". */
// "đạt trình độ phát triển của nhóm các nước dẫn đầu ASEAN": after "của" the rank is the group itself.
const RANK_WORDS = /(?:(?:thuộc|vào|nằm trong|lọt vào|đứng trong)\s+|(?<=của\s))nhóm\s+(?:(?:các\s+)?(?:nước|quốc gia|nền kinh tế|tỉnh|địa phương)\s+)?(?:dẫn đầu|đứng đầu|hàng đầu|tiên tiến|trung bình cao|trung bình khá|trung bình|khá)(?:\s+(?:của\s+)?(?:khu vực\s+)?(?:ASEAN|Đông Nam Á|châu Á(?:\s*-\s*Thái Bình Dương)?|thế giới|cả nước|khu vực)(?:\s+và\s+(?:ASEAN|Đông Nam Á|châu Á|thế giới))?|\s+(?:trong\s+)?(?:các|những)\s+(?:nước|quốc gia|nền kinh tế)[^,;.]{0,50})?/giu;
/** "đứng đầu cả nước", "xếp thứ 3 ASEAN", "thứ hạng 40/190". */
// "Quy mô GDP …, thứ 3 khu vực ASEAN": a place written without "xếp" names the region it is in.
const PLACE = /(?:đứng đầu|dẫn đầu)\s+(?:cả nước|khu vực|ASEAN|thế giới)|xếp (?:hạng )?thứ\s+\d+(?:\/\d+)?(?:\s+(?:ASEAN|thế giới|khu vực|cả nước))?|(?<![\p{L}])(?<!lần\s)(?<!khóa\s)(?<!họp\s)(?<!xếp\s)(?<!hạng\s)thứ\s+\d+\s+(?:trong\s+)?(?:khu vực\s+)?(?:ASEAN|Đông Nam Á|châu Á|thế giới)/giu;

/** Nouns a count is stated in ("2 triệu doanh nghiệp", "100 chuyên gia"): two-word units first. */
const COUNT_UNITS = [
  'doanh nghiệp', 'hợp tác xã', 'hộ kinh doanh', 'lao động', 'chuyên gia', 'nhà khoa học', 'sản phẩm', 'bằng sáng chế',
  'sáng chế', 'công bố', 'trung tâm', 'cơ sở', 'tổ chức', 'dự án', 'nhiệm vụ', 'xã', 'huyện', 'tỉnh', 'người', 'lượt',
  'giường bệnh', 'giường', 'bác sĩ', 'sinh viên', 'học sinh', 'trường', 'nền tảng', 'khu', 'tập đoàn', 'thương hiệu', 'startup',
  'km', 'ha', 'MW', 'GW', 'tấn', 'USD', 'đồng', 'tỷ đồng', 'tỉ đồng', 'triệu đồng', 'tỷ USD', 'tỉ USD', 'năm', 'tuổi', 'điểm', 'lần',
  // people and places counted in education and health targets ("6.000 nghiên cứu sinh", "20.000 người học")
  'nghiên cứu sinh', 'người học', 'giảng viên', 'giáo viên', 'tiến sĩ', 'thạc sĩ', 'kỹ sư', 'dược sĩ', 'điều dưỡng',
  'bệnh viện', 'trạm y tế', 'trường đại học', 'đại học', 'phòng thí nghiệm', 'đô thị',
  // people and heritage counted by culture and business targets ("ít nhất 10 doanh nhân", "thêm 5 di sản văn hóa")
  'doanh nhân', 'di sản văn hóa', 'di sản văn hoá', 'di sản',
  // "mức sinh thay thế (bình quân mỗi phụ nữ … có 2,1 con)"
  'con',
  // tourists counted in a province's targets ("thu hút 15 triệu khách du lịch", "đón 18,5 triệu lượt khách du lịch")
  'lượt khách du lịch', 'lượt khách', 'khách du lịch', 'km2',
  // institutions counted by their compound name: the unit is the whole noun, not its head alone ("ít nhất 2 cơ
  // sở giáo dục đại học", "50 doanh nghiệp nhà nước", "3 ngân hàng thương mại nhà nước")
  'cơ sở giáo dục đại học', 'cơ sở giáo dục nghề nghiệp', 'cơ sở giáo dục', 'cơ sở y tế', 'cơ sở đào tạo',
  'doanh nghiệp nhà nước', 'doanh nghiệp khoa học và công nghệ', 'doanh nghiệp nhỏ và vừa',
  'ngân hàng thương mại nhà nước', 'ngân hàng thương mại', 'ngân hàng', 'tập đoàn kinh tế', 'tổng công ty',
  'tổ chức khoa học và công nghệ', 'tổ chức tín dụng', 'hợp tác xã nông nghiệp',
  // measures ("thêm tối thiểu 1,5cm", "2.000 kcal")
  // the collective economy counts its bodies and their members, and Party work its members ("khoảng 134.000 tổ hợp tác
  // với 1,8 triệu thành viên", "210 liên hiệp hợp tác xã với 1.100 hợp tác xã thành viên", "kết nạp từ 90 - 100 đảng viên")
  'tổ hợp tác', 'liên hiệp hợp tác xã', 'hợp tác xã thành viên', 'thành viên', 'đảng viên mới', 'đảng viên',
  // places counted as administrative units ("có ít nhất 38 đơn vị cấp huyện được … công nhận đạt chuẩn nông thôn mới")
  'đơn vị cấp tỉnh', 'đơn vị cấp huyện', 'đơn vị cấp xã',
  // the rural workforce is counted as such ("đào tạo nghề cho khoảng 5,5 triệu lao động nông thôn")
  'lao động nông thôn',
  'cm', 'mm', 'm', 'kg', 'g', 'lít', 'm²', 'm2', 'km²', 'kWh', 'kcal', 'ngày', 'giờ',
  // housing counted in units and measured in floor area per person ("hoàn thành trên 110.000 căn nhà ở xã hội", "nhà ở bình
  // quân đạt 27m2 sàn/người"), hospital beds by their full name ("32 giường bệnh viện/vạn dân"), places gained in a ranking
  // ("nâng xếp hạng … lên 10-15 bậc"), money in the ISO code ("274 triệu VND")
  'căn nhà ở xã hội', 'căn nhà ở', 'căn nhà', 'căn hộ', 'căn', 'm2 sàn', 'm² sàn', 'giường bệnh viện', 'bậc', 'VND',
].sort((a, b) => b.length - a.length);
// "12 người trên một vạn dân", "10 bác sĩ/vạn dân": a count per population keeps its base.
// ("Ban Chấp hành … gồm 55 đồng chí": comrades are counted in no money.)
// ("diện tích sản xuất nông nghiệp 1.300ha/vụ": per crop season.)
const COUNT_UNIT = new RegExp(`^(?!đồng\\s+chí(?![\\p{L}]))(?:${COUNT_UNITS.join('|')})(?![\\p{L}])(?:\\s*\\/\\s*(?:trên\\s+)?(?:người|năm|vụ|nghìn dân|vạn dân|\\d+(?:[.,]\\d+)*\\s*(?:nghìn|vạn)?\\s*dân|dân|km²|ha)|\\s+trên\\s+(?:một|1)\\s+(?:vạn|nghìn|ngàn|triệu)\\s+dân){0,2}`, 'iu');
/** A verb that measures against the base of a percentage: "đóng góp khoảng 55 - 58% GDP" is a share of GDP. */
const MEASURE_VERB = /^(?:đóng góp|giải quyết|chiếm|thu hút|tạo|huy động|bố trí|dành|chi|sử dụng|thu)(?![\p{L}])/iu;
/** What may follow "%" as part of its unit: "%/năm", "% GDP", "% GRDP", "% tổng chi ngân sách", "% tổng việc làm". */
const PERCENT_TAIL = /^(?:\s*\/\s*năm|\s+một năm(?= trở lên|[,;.]|$))?(?:\s+(?:GDP|GRDP|dân số|tổng \p{L}+[\p{L} ]*?(?=[,;.]|\s+(?:và|trong|cao|so|trở|hằng năm|hàng năm|cho|để|của|nhằm)(?![\p{L}])|$)))?/u;
/**
 * "phủ 100% các xã", "số hoá 100% các di sản văn hoá đã được xếp hạng": a share written before what it is a share
 * of ("các …", "số …") states that as part of the target, up to the verb or preposition that follows.
 */
// "gọi công dân nhập ngũ hằng năm đạt 100% chỉ tiêu": a share of the quota ("chỉ tiêu", "kế hoạch") given.
const SHARE_OF = /^\s+(?:(?:chỉ tiêu|kế hoạch)(?:\s+(?:được giao|đề ra))?(?=[,;.:()]|\s+(?:và|trong|của)(?![\p{L}])|$)|(?:các|số|toàn bộ)\s+\p{L}[\p{L} ]*?(?=\s*[,;.:()]|\s+(?:đã|được|có|đạt|thực hiện|tham gia|trong|tại|ở|của|về|theo|với|và|do|để|cho|nhằm|trên|dưới|từ|vào|được|sử dụng|áp dụng|hoạt động)(?![\p{L}])|$))/u;
/** Words that qualify a counted noun and belong to the target: "ít nhất 3 đô thị thông minh", "10 doanh nhân Việt Nam". */
// ("đạt thêm 5 sản phẩm OCOP": the programme's star rating names the products counted.)
const COUNT_QUALIFIER = /^\s+(?:thông minh|Việt Nam|quốc gia|quốc tế|kiểu mẫu|sinh thái|OCOP)(?![\p{L}])/u;
/** Units that measure rather than count: the target's name is what precedes them. */
const MEASURES = /^(?:cm|mm|m|kg|g|lít|m²|m2|m² sàn|m2 sàn|km²|km|ha|kWh|kcal|MW|GW|tấn|ngày|giờ|tuổi|năm|điểm|lần|bậc|USD|VND|đồng|tỷ đồng|triệu đồng|tỷ USD)(?:\/|$)/u;
/** People an age describes ("trẻ em và thanh thiếu niên từ 1-18 tuổi"): the age says who, it is no target. */
const AGE_OF_WHOM = /(?:trẻ em|trẻ|thanh thiếu niên|thiếu niên|người|học sinh|sinh viên|dân số|lao động|phụ nữ|nam giới|nữ giới|người dân)(?:\s+(?:và|từ|dưới|trên|đủ|[\p{Ll}]+)){0,4}\s*$/u;
/** An index stated without a unit: "Chỉ số giáo dục … (HDI) đạt trên 0,8", "hệ số … ở mức 0,4". */
const INDEX_BEFORE = /(?:chỉ số|hệ số)(?![\p{L}])[^;]*?\s(?:đạt|là|ở mức|bằng|duy trì(?: ở mức)?)\s*$/iu;
/** A count whose noun was named before its number: "số lượng doanh nghiệp … dự kiến tăng lên 5". */
const COUNT_BEFORE = /(?:số lượng|số)\s+\p{Ll}[^;]*?\s(?:đạt|là|tăng lên|lên|giảm xuống|còn)\s*$/iu;

/** Words that close what is measured, or what is counted: the next clause or a comparison begins. */
const PHRASE_END = /[,;.:()]|\s(?:và|cao hơn|thấp hơn|so với|trong đó|trở lên|trở xuống|tương đương|bằng|gấp)(?![\p{L}])/u;
/** Verbs between what is measured and its amount: "… đạt khoảng 10 - 12%", "… chiếm 30%". */
const LINK_VERB = /\s*(?:phấn đấu\s+)?(?:sẽ|đạt(?: được)?(?: mức)?|chiếm(?: tỷ trọng| tỉ trọng)?|là|ở mức|bằng|có|được|tăng(?: lên)?(?: thêm)?|thêm|giảm(?: xuống)?(?: còn)?|còn|lên|xuống|ít nhất|tối thiểu|vào khoảng|khoảng)\s*$/iu;
/** Openings that name no measure: "Phấn đấu có …", "Đến năm 2030, …", "Trong đó, …". */
// ("Thứ hai, giảm tỷ số tử vong mẹ …": an ordinal in words opening an item names nothing.)
const OPENING = /^\s*(?:[-–+•*]\s*|\d{1,2}[.)]\s*|[a-zđ]\)\s*)?(?:thứ (?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười),\s*|\([^()]*\)\s*,?\s*|(?:đến|tới) năm \d{4},?\s*|(?:giai đoạn|thời kỳ) \d{4}\s*[-–]\s*\d{4},?\s*|theo đó,?\s*|trong đó,?\s*|phấn đấu\s+|cụ thể\s*:?\s*|và\s+|đồng thời\s+|,\s*|(?:về\s+)?mục tiêu(?: cụ thể| tổng quát)?(?: (?:đến|tới) năm \d{4})?\s*(?:là|:)?,?\s*|(?:Việt Nam|nước ta|cả nước)\s+(?=phấn đấu|sẽ|có)|đặc biệt(?: là)?\s+|sẽ\s+)*/iu;

export interface StatedTarget {
  name: string;
  unit: string | null;
  target: string;
  value: number | null;
  valueMin: number | null;
  valueMax: number | null;
  comparator: Indicator['comparator'];
  /** Offsets of the target (not the name) in the text. */
  start: number;
  end: number;
  /** "đến năm 2045" in the target's own clause. */
  year: string | null;
}

/** Clauses of a sentence list: cut at ";" and sentence ends, with their offsets. */
function clauses(text: string): { text: string; at: number; goesOn: boolean }[] {
  const out: { text: string; at: number; goesOn: boolean }[] = [];
  // (goesOn: the clause follows a ";", within the sentence of the clause before it.)
  let goesOn = false;
  // "… tăng 18,2%. 2. Thu nhập bình quân …": an item number inline opens a clause too.
  // ("… 8,0%/năm. (2) Cơ cấu kinh tế …" too.)
  // ("Long An đề ra mục tiêu … khu vực ĐBSCL VOV.VN - Nghị quyết Đại hội …": a news agency's tag ends the headline run into
  // the intro, and is no part of the clause after it; a tag in brackets or with its domain, "(TBTCO) - ", not an abbreviation
  // glossed after a dash, "GRDP - Tổng sản phẩm trên địa bàn".)
  const re = /;|\.(?=\s+\p{Lu})|\.(?=\s+\d{1,2}\.\s)|\.(?=\s+\(\d{1,2}\)\s)|\.\s*$|\s(?:\([A-ZĐ][A-ZĐ.]{1,11}\)|[A-ZĐ]{2,8}\.(?:VN|COM|NET))\s*[-–]\s+(?=\p{Lu}\p{Ll})/gu;
  let from = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ text: text.slice(from, m.index), at: from, goesOn });
    goesOn = m[0] === ';';
    from = m.index + m[0].length;
  }
  if (from < text.length) out.push({ text: text.slice(from), at: from, goesOn });
  return out.filter((c) => c.text.trim());
}

/** "… vào năm 2025", "… năm 2030": the year written right after a target. */
// ("… khoảng 8.500 USD vào 2030": news may leave out "năm".)
const TARGET_YEAR_AFTER = /^\s*(?:(?:vào|trong|đến|tới)?\s*năm|vào|tới|đến)\s+((?:19|20)\d\d)(?![\d])/u;
const isYear = (before: string, num: string) => /^(?:19|20)\d\d$/.test(num) && /(?:năm|giai đoạn|đến|từ|vào|tới|nhiệm kỳ|[-–])\s*$/iu.test(before);
/** "Nghị quyết số 57", "lần thứ 4", "khóa XIII", "8/10": numbers that are no amount. */
// "kỷ niệm 100 năm", "nhóm 500 doanh nghiệp lớn nhất", "danh sách 500 …": an anniversary or a list's size.
// "ngày 22 tháng 10 năm 2018": a date's month is no amount either.
const NOT_AMOUNT_BEFORE = /(?:số|thứ|khóa|khoá|Điều|kỳ họp|kỷ niệm|nhóm|top|danh sách|tháng|\/)\s*$/iu;
const tidy = (s: string) => s.replace(/\s+/g, ' ').replace(/^[\s,;:–-]+|[\s,;:–-]+$/g, '').trim();
/** The words up to the end of the phrase ("hoạt động trong nền kinh tế, …" → "hoạt động trong nền kinh tế"). */
const phrase = (s: string) => s.split(PHRASE_END)[0];

interface Found {
  start: number;
  end: number;
  /** Where the words that belong to this target end (what is counted may follow its amount). */
  reach: number;
  /** The target read with what it measures (`reach`: where its words end when its name follows it). */
  make: (pre: string) => (Omit<StatedTarget, 'start' | 'end' | 'year'> & { reach?: number }) | null;
}

/** Ranks: "thuộc nhóm 3 nước đứng đầu ASEAN"; what is ranked is the subject, or follows "về". */
function ranksIn(c: string): Found[] {
  const out: Found[] = [];
  for (const re of [RANK, RANK_AMONG, RANK_WORDS, PLACE]) {
    for (const m of c.matchAll(new RegExp(re.source, re.flags))) {
      const start = m.index ?? 0;
      const end = start + m[0].trimEnd().length;
      if (out.some((f) => start < f.end && end > f.start)) continue;
      // "… về đổi mới sáng tạo", "… trong xếp hạng chính phủ điện tử theo đánh giá của …": what is ranked follows.
      const about = /^\s*(?:về\s+|trong\s+(?:bảng\s+)?(?=xếp hạng))([^,;]+?)(?=[,;.]|\s+(?:và nhóm|và top|theo)(?![\p{L}])|$)/u.exec(c.slice(end));
      const target = tidy(m[0]);
      out.push({
        start, end, reach: end + (about?.[0].length ?? 0),
        make: (pre) => {
          // "…; thuộc nhóm 10 quốc gia có hệ thống giáo dục đại học tốt nhất châu Á": a rank naming nothing before
          // it names itself (what the group excels in is in its words).
          const name = (about && (!pre || /^(?:Việt Nam|nước ta|đất nước|tỉnh|thành phố)$/iu.test(pre)) ? tidy(about[1]) : pre) || (/^(?:thuộc|nằm trong|lọt vào)/iu.test(target) ? target : '');
          return name ? { name, unit: null, target, value: null, valueMin: null, valueMax: null, comparator: null } : null;
        },
      });
    }
  }
  return out;
}

/** Amounts: "khoảng 10 - 12%/năm", "khoảng 55 - 58% GDP", "2 triệu doanh nghiệp …", "ít nhất 20 doanh nghiệp lớn …". */
function amountsIn(c: string, taken: readonly Found[]): Found[] {
  const out: Found[] = [];
  for (const m of c.matchAll(AMOUNT)) {
    let start = m.index ?? 0;
    const numAt = start + m[1].length;
    if (taken.some((f) => start < f.end && start + m[0].length > f.start)) continue;
    if (restatedInParentheses(c, start, out.length ? out[out.length - 1].end : null)) continue;
    if (isYear(c.slice(0, numAt), m[2]) || NOT_AMOUNT_BEFORE.test(c.slice(0, numAt)) || /^\s*\/\s*\d/.test(c.slice(numAt + m[2].length))) continue;
    // "thông tin di động 5G, 6G", "in 3D": a number glued to a capital letter names a technology, it is no amount.
    if (/^[A-Z](?![\p{L}])/u.test(c.slice(numAt + m[2].length))) continue;
    // "với 95,19% số ĐBQH có mặt tham gia biểu quyết tán thành": a vote, not a target; "Kế hoạch … 5 năm 2021-2025": the plan's span.
    const next = c.slice(start + m[0].length, start + m[0].length + 80);
    if (/^\s*số\s+(?:ĐBQH|đại biểu)(?![\p{L}])/u.test(next) || /^\s*năm\s+(?:từ\s+|giai đoạn\s+)?(?:năm\s+)?(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d/u.test(next)) continue;
    let end = start + m[0].trimEnd().length;
    // "giảm tỷ suất sinh thô 0,30%0/năm": a per-mille typed as "%0" or "%o" (no "‰" on the keyboard) is a per-mille.
    const percent = m[5] ? (/^%[0o]$/u.test(m[5]) ? '‰' : m[5]) : null;
    let unit: string | null;
    // "12.000 tỷ đồng": the magnitude is part of a money or measure unit, and the number is read as written.
    let magnitudeInUnit = false;
    let base = '';
    let shareOf = '';
    if (percent) {
      const tail = PERCENT_TAIL.exec(c.slice(end))?.[0] ?? '';
      // "10% một năm trở lên" is 10%/năm written in words.
      const perYear = /^\s*(?:\/\s*|một )năm/u.test(tail);
      base = tidy(tail.replace(/^\s*(?:\/\s*|một )năm/u, ''));
      unit = `${percent}${perYear ? '/năm' : ''}${base ? ` ${base}` : ''}`;
      end += tail.trimEnd().length;
      // "giảm 5 - 10% số trẻ em bị tử vong": after a change, what follows is what changes, not what it is a share of.
      const share = base || /(?<![\p{L}])(?:tăng|giảm)(?: thêm)?\s*$/iu.test(c.slice(0, start)) ? null : SHARE_OF.exec(c.slice(end));
      if (share) {
        end += share[0].length;
        shareOf = tidy(share[0]);
      } else if (!base && !/(?<![\p{L}])(?:tăng|giảm)(?: thêm)?\s*$/iu.test(c.slice(0, start))) {
        // "đạt 100% chỉ tiêu (Chính phủ giao)": the quota a share is of is the target's.
        const counted = quotaShare(c.slice(end));
        if (counted) {
          end += counted.length;
          shareOf = tidy(`${counted.noun} ${phrase(c.slice(end))}`);
        }
      }
    } else {
      const rest = c.slice(end);
      const u = COUNT_UNIT.exec(rest.trimStart());
      if (u) {
        unit = u[0].replace(/\s*\/\s*/gu, '/');
        const withMagnitude = magnitudeUnit(m[4], unit);
        if (withMagnitude) {
          unit = withMagnitude;
          magnitudeInUnit = true;
        }
        // "trẻ em từ 3 đến 5 tuổi", "thanh thiếu niên từ 1-18 tuổi": an age that says who is meant, not a target.
        if (/^tuổi/u.test(unit) && AGE_OF_WHOM.test(c.slice(0, start))) continue;
        // "tăng trưởng 2 con số": double-digit growth, no count of children.
        if (unit === 'con' && /^\s*số(?![\p{L}])/u.test(c.slice(end + rest.length - rest.trimStart().length + u[0].length))) continue;
        // "Giá bình quân trên 1 ha đất trồng đạt …": per one unit, no amount.
        if (/^trên\s*$/iu.test(m[1]) && /^(?:1|một)$/u.test(m[2])) continue;
        // "xác định 5 nhiệm vụ trọng tâm": a document's own parts are no target.
        if (countsDocumentParts(c.slice(0, start), unit)) continue;
        // "bình quân 5 năm khoảng 6,5-7%": the years an average is taken over.
        if (unit === 'năm' && /bình\s+quân\s*$/u.test(c.slice(0, start))) continue;
        // "kế hoạch 5 năm", "sau 10 năm thực hiện": the span of a plan or of a review, no target.
        if (unit === 'năm' && /(?:kế hoạch|chiến lược|chương trình|sau|qua|trong|chu kỳ)\s*$/iu.test(c.slice(0, start))) continue;
        // "sơ kết 5 năm thực hiện Chỉ thị …", "kế hoạch sử dụng đất 5 năm kỳ cuối (2016-2020)", "vốn đầu tư phát triển 5 năm đạt hơn
        // 1.500 tỷ đồng": the years a review, a plan or a sum is over, with what is done or reached in them after it.
        if (unit === 'năm' && (/(?:sơ kết|tổng kết|kỷ niệm|kế hoạch[^,;]{0,40})\s*$/iu.test(c.slice(0, start)) || /^\s*năm\s*(?:thực hiện|kỳ|đạt|tới|qua|tiếp theo|trở lại|gần đây|\(|(?:giai đoạn\s+)?(?:19|20)\d\d|bình quân|khoảng|là|tăng|giảm)(?![\p{L}])/iu.test(rest))) continue;
        // The target is the amount in its unit; what qualifies the counted noun ("20 doanh nghiệp lớn …") names it.
        end += rest.length - rest.trimStart().length + u[0].length;
        for (let q = COUNT_QUALIFIER.exec(c.slice(end)); q; q = COUNT_QUALIFIER.exec(c.slice(end))) end += q[0].length;
      } else if ((INDEX_BEFORE.test(c.slice(0, start)) || COUNT_BEFORE.test(c.slice(0, start))) && /^\s*(?:[,;.)]|$|trong đó|và|trở lên)/u.test(rest)) {
        unit = null; // "Chỉ số giáo dục … đạt trên 0,8": an index has no unit; "số lượng … tăng lên 5" named its noun before
      } else continue; // a bare number ("5 năm qua") states no target
    }
    const after = c.slice(end);
    // "phát triển từ 10 đảng viên trở lên/năm": a floor per year keeps its "/năm" in the target and the unit.
    const orMore = /^\s*trở lên(\s*\/\s*năm(?![\p{L}]))?/u.exec(after);
    const countedEnd = end;
    if (orMore) end += orMore[0].length;
    if (orMore?.[1] && unit && !unit.includes('/')) unit = unit.startsWith('%') || unit.startsWith('‰') ? unit.replace(/^([%‰])/u, '$1/năm') : `${unit}/năm`;
    // What is counted goes on after the count: "2 triệu doanh nghiệp hoạt động trong nền kinh tế".
    // ("380 triệu đồng vào năm 2030": the year it is due by counts nothing.)
    // ("lên 10-15 bậc": places gained in a ranking count nothing after them either.)
    const countedTail = percent || unit === null || unit === 'bậc' || TARGET_YEAR_AFTER.test(c.slice(end)) ? '' : phrase(c.slice(end));
    // "20 doanh nghiệp hoạt động/nghìn dân": the count is per thousand people.
    const per = /\/\s*((?:nghìn|vạn|\d+)?\s*(?:dân|người|năm|km²|ha))\s*$/u.exec(countedTail);
    if (per && unit && !unit.includes('/')) unit = `${unit}/${tidy(per[1])}`;
    // What is counted: the noun and what follows it ("doanh nghiệp hoạt động trong nền kinh tế"); a measure's
    // unit ("1,5cm", "68 năm") names nothing, only the words after it do.
    const bareUnit = unit && magnitudeInUnit ? unit.replace(/^\S+\s+/u, '') : unit;
    const counted = tidy(bareUnit && MEASURES.test(bareUnit) ? countedTail : `${c.slice(start + m[0].length, countedEnd)}${c.slice(end, end + countedTail.length)}`.replace(/^\s*/, ''));
    // "phấn đấu 100% cơ sở giáo dục đại học …": a share stated before what it is a share of.
    const following = percent ? phrase(c.slice(end)) : '';
    const word = WORD_NUMBERS[m[2].toLowerCase()];
    // A number in words counts something: "ba đô thị", never "ba %".
    if (word !== undefined && (m[5] || m[3] || m[4])) continue;
    const low = word ?? parseVietnameseNumber(m[2]);
    const high = m[3] ? parseVietnameseNumber(m[3]) : null;
    if (low === null || (m[3] && high === null)) continue;
    // "từ 7,5% - 8%/năm", "10%-12%": a range may repeat its "%" on each bound; then the high bound has it too (a year is never
    // a bound: "30% đến 2030" is a share due by a year).
    if (m[3] && /%\s*(?:-|–|đến|tới)/u.test(m[0]) && (!percent || high === null || high <= low)) continue;
    const multiplier = m[4] && !magnitudeInUnit ? MULTIPLIER[m[4].toLowerCase()] : 1;
    const scale = (v: number) => Math.round(v * multiplier * 1e6) / 1e6;
    const multiple = multipleWords(c.slice(0, numAt), unit);
    const multipleAt = multiple?.start ?? numAt;
    // ("cao hơn 2 lần": the "hơn" of a multiple compares nothing; "gấp ít nhất 1,2 lần": a floor after the multiple's word bounds it.)
    const comparator = high !== null ? null : orMore ? '≥' : multiple && multiple.end > start ? null : comparatorOf(m[1]);
    const bounds =
      high !== null
        ? { value: null, valueMin: scale(low), valueMax: scale(high) }
        : { value: scale(low), valueMin: comparator === '≤' || comparator === '<' ? null : scale(low), valueMax: comparator === '≥' || comparator === '>' ? null : scale(low) };
    // "gấp 2 - 2,5 lần", "(tỉ lệ …) tăng 50%": the word that makes the amount a multiple or a change is the target's.
    start = Math.min(multipleAt, changeStart(c.slice(0, start), unit, c.slice(end)));
    // "đạt thêm 5 sản phẩm OCOP", "có thêm 5 di sản văn hóa": a count of things added keeps its "thêm" (a share after it,
    // "tăng thêm 5%", is a change, read as such).
    const added = !percent && unit !== null && !m[1] ? /(?<![\p{L}])thêm\s+$/u.exec(c.slice(0, start)) : null;
    if (added) start = added.index;
    const target = tidy(c.slice(start, end));
    out.push({
      start, end, reach: end + countedTail.length,
      make: (pre) => {
        let name = pre;
        // A count names what it counts; a verb before it ("Thu hút được …") stays in front.
        if (!percent && counted) name = pre && !/^(?:có|đạt|được)$/iu.test(pre) ? `${pre} ${counted}` : counted;
        // "đóng góp khoảng 55 - 58% GDP": a bare verb takes the base of the percentage.
        else if (base && MEASURE_VERB.test(pre)) name = tidy(`${pre} ${base}`);
        // "94,1% dân số tham gia BHYT": a share of the population names who it counts.
        else if (!pre && /^(?:dân số|người dân|lao động)$/u.test(base) && /^\s+\p{Ll}/u.test(c.slice(end))) name = tidy(`${base} ${phrase(c.slice(end))}`);
        let reach: number | undefined;
        if (!name && shareOf) name = shareOf;
        // "Hàng năm giảm 5 - 10% số trẻ em bị tử vong …": a bare verb of change names nothing; what changes follows.
        const verbOnly = /^(?:(?:hàng|hằng|mỗi) năm\s*)?(giảm|tăng|nâng)?$/iu.exec(name);
        if (verbOnly && percent && /^\s+\p{Ll}/u.test(following)) {
          name = tidy(`${verbOnly[1] ?? ''} ${following.replace(/\s+(?:vào\s+|trong\s+)?năm\s+(?:19|20)\d\d\s*$/u, '')}`);
          reach = end + following.length;
        }
        // (Not a date or a comparison: "… và 20% vào năm 2030".)
        if (!name && /^\s+\p{Ll}/u.test(following) && !/^\s+(?:vào|trong|đến|tới|năm|so với|cho|từ)(?![\p{L}])/u.test(following)) {
          name = tidy(following);
          reach = end + following.length;
        }
        if (!name) return null;
        return { name: name.charAt(0).toUpperCase() + name.slice(1), unit, target, comparator, ...bounds, reach };
      },
    });
  }
  return out;
}

/** Rates per population: "giảm xuống còn 550/100.000 trẻ em"; what is measured is named before. */
function ratesIn(c: string): Found[] {
  return ratesPerPopulation(c, parseVietnameseNumber).map((r) => {
    // "dưới 45/100.000 trẻ đẻ sống": a ceiling; "trên 0,7/1.000 dân": a floor.
    const comparator = comparatorOf(r.qualifier);
    const valueMin = comparator === '<' || comparator === '≤' ? null : r.value;
    const valueMax = comparator === '>' || comparator === '≥' ? null : r.value;
    return {
      start: r.start, end: r.end, reach: r.end,
      make: (pre) => (pre ? { name: pre.charAt(0).toUpperCase() + pre.slice(1), unit: r.unit, target: r.target, value: r.value, valueMin, valueMax, comparator } : null),
    };
  });
}

/** Fractions in words: "giảm ít nhất một nửa tỷ lệ nghèo"; what is reduced follows the fraction, and names it with its verb. */
function fractionTargets(c: string): Found[] {
  return fractionsIn(c).map((f) => {
    const comparator = comparatorOf(f.qualifier);
    const verb = /(?<![\p{L}])(giảm|tăng|nâng)(?: thêm)?\s*$/iu.exec(c.slice(0, f.start))?.[1] ?? '';
    const following = phrase(c.slice(f.end));
    const reach = f.end + following.length;
    return {
      start: f.start, end: f.end, reach,
      make: (pre) => {
        const name = pre || tidy(`${verb} ${following}`);
        return name ? { name: name.charAt(0).toUpperCase() + name.slice(1), unit: null, target: f.target, value: f.value, valueMin: comparator === '<' || comparator === '≤' ? null : f.value, valueMax: comparator === '>' || comparator === '≥' ? null : f.value, comparator, reach } : null;
      },
    };
  });
}

function comparatorOf(qualifiers: string): Indicator['comparator'] {
  const q = foldDiacritics(qualifiers);
  if (/≥/.test(q)) return '≥';
  if (/≤/.test(q)) return '≤';
  if (/>/.test(q)) return '>';
  if (/</.test(q)) return '<';
  if (/toi thieu|it nhat|khong duoi|khong thap hon/.test(q)) return '≥';
  if (/toi da|khong qua|khong vuot qua/.test(q)) return '≤';
  if (/\b(?:tren|hon)\b/.test(q)) return '>';
  if (/\bduoi\b/.test(q)) return '<';
  return null;
}

const MULTIPLIER: Record<string, number> = { triệu: 1e6, nghìn: 1e3, ngàn: 1e3, tỷ: 1e9, tỉ: 1e9, vạn: 1e4 };

/** "giai đoạn 2026 - 2030", "thời kỳ 2021-2030" (not a plan's "5 năm 2021-2025", which names the plan). */
const CLAUSE_SPAN = /(?:giai đoạn|thời kỳ)\s+((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)/iu;

/** Every target stated in one paragraph of an objectives block. */
export function statedTargets(text: string): StatedTarget[] {
  const out: StatedTarget[] = [];
  // An elliptical clause reuses the name of the clause before it: "Vốn đăng ký giai đoạn 2021 - 2025 khoảng 150 - 200
  // tỉ USD; giai đoạn 2026 - 2030 khoảng 200 - 300 tỉ USD".
  let prevName = '';
  const all = clauses(text);
  const reporting = reportingClauses(all.map((c) => c.text));
  // "phát triển kinh tế số đạt 20% GDP năm 2025; Tỷ trọng thương mại điện tử … đạt trên 10%": a year written after a
  // target dates the targets after it in its sentence, up to the next year.
  let sentenceYear: string | null = null;
  for (const [k, clause] of all.entries()) {
    if (!clause.goesOn) sentenceYear = null;
    // "… ước đạt 27.000 tỷ đồng", "trong đó, tốc độ tăng trưởng … đạt 6,71%" after "đã thực hiện đạt …": results, no targets.
    if (reporting[k]) continue;
    const c = clause.text;
    // "bình quân cho giai đoạn 2026 - 2030 từ 10%/năm trở lên", "khoảng 7%/năm thời kỳ 2021-2030": a rate stated
    // over a span of years is that span's; "… vào năm 2026" dates its clause.
    // ("… so với trung bình hàng năm giai đoạn 2011 - 2016" is the baseline compared against, not the target's span.)
    const spanned = CLAUSE_SPAN.exec(c);
    const span = spanned && !/so với[^,;]*$/u.test(c.slice(0, spanned.index)) ? spanned : null;
    const year = span ? `${span[1]}-${span[2]}` : (/(?:đến|tới|vào)\s+năm\s+((?:19|20)\d\d)/iu.exec(c)?.[1] ?? sentenceYear);
    const ranks = [...ranksIn(c), ...ratesIn(c), ...fractionTargets(c)];
    const amounts = amountsIn(c, ranks);
    // "ít nhất 2 cơ sở giáo dục đại học thuộc nhóm 100 đại học hàng đầu thế giới": a rank inside what a count
    // counts is the condition of that count, not a target of its own.
    const own = ranks.filter((r) => !amounts.some((a) => r.start >= a.end && r.start < a.reach));
    const found = [...own, ...amounts].sort((a, b) => a.start - b.start);
    let prevReach = 0;
    let prevPre = '';
    for (const f of found) {
      // What is measured: the words since the previous target, without the verb that links it to the amount.
      // "Nghị quyết đặt ra "chỉ tiêu cứng": 100% doanh nghiệp …": a colon introduces the list, the name follows it.
      const span = c.slice(Math.min(prevReach, f.start), f.start);
      const between = span.includes(':') ? span.slice(span.lastIndexOf(':') + 1) : span;
      // ("Tỷ lệ huyện đạt chuẩn nông thôn mới: 100%;": with nothing after the colon or the target to name it, the name is before the colon.)
      const colonName = span.includes(':') && between.trim() === '' ? tidy(span.slice(0, span.lastIndexOf(':')).replace(OPENING, '').replace(LINK_VERB, '')) : '';
      const pre = tidy(between.replace(OPENING, '').replace(LINK_VERB, '').replace(OPENING, '').replace(/^(?:cao hơn|thấp hơn|gấp)[^,]*,?/u, ''));
      // An elliptical list reuses what came before: "đóng góp khoảng 55 - 58% GDP, khoảng 35 - 40% tổng thu …".
      // "khoảng 75% vào năm 2025 và khoảng 85% vào năm 2030": a year right after a target dates that target, and
      // the second target measures what the first did (the year is no name).
      const dated = TARGET_YEAR_AFTER.exec(c.slice(f.end));
      // ("…, 94,1% dân số tham gia BHYT": with nothing before it, what a share names after it comes before the words of an earlier target.)
      const made = (dated && !pre && prevName ? f.make(prevName) : null) ?? (pre ? null : f.make('')) ?? (colonName ? f.make(colonName) : null) ?? f.make(pre || (prevPre.split(' ').length <= 4 ? prevPre : '')) ?? (prevName ? f.make(prevName) : null);
      if (made) {
        const { reach: _reach, ...target } = made;
        // "… năm 2025 xuống còn 550/100.000 trẻ em": a year in the words naming the target dates it.
        // What a target names after it ("giảm 10% số trẻ em bị tử vong do đuối nước năm 2025") may date it too.
        const named = yearInName(c.slice(f.end, made.reach ?? f.end)) ?? datingInWords(span);
        out.push({ ...target, start: clause.at + f.start, end: clause.at + f.end, year: dated?.[1] ?? named ?? year });
        if (dated) sentenceYear = dated[1];
        prevName = made.name;
      }
      if (pre) prevPre = pre;
      prevReach = Math.max(f.reach, f.end + (dated?.[0].length ?? 0), made?.reach ?? 0);
    }
  }
  return out;
}

// --- the reader ---------------------------------------------------------------------------------------------

function objectiveSections(sections: readonly Section[]): Section[] {
  const hits = sections.filter((s) => {
    const h = foldDiacritics(s.heading);
    return OBJECTIVE_HEADING.test(h) && !NOT_OBJECTIVE.test(h) && !s.path.startsWith('PL');
  });
  // The outermost block only; nested "1. Mục tiêu đến năm 2030" blocks date their lines.
  return hits.filter((s) => !hits.some((o) => o !== s && s.path.startsWith(`${o.path}.`)));
}

/** Sections around a line, innermost first. */
const around = (sections: readonly Section[], line: number) =>
  sections.filter((s) => line >= s.span.startLine && line <= s.span.endLine).sort((a, b) => b.depth - a.depth);

/** The innermost heading around a line that names a year ("1. Mục tiêu đến năm 2030"). */
function yearAt(sections: readonly Section[], line: number): string | null {
  for (const s of around(sections, line)) {
    const y = targetYear(s.heading);
    if (y) return y;
  }
  return null;
}

/**
 * A news restatement has no objectives heading: its paragraphs that say they state the objectives and their
 * horizon ("Về mục tiêu cụ thể đến năm 2030, Việt Nam phấn đấu có 50 doanh nghiệp …", "Tầm nhìn đến năm 2045 …
 * Nghị quyết đặt ra "chỉ tiêu cứng": 100% …") are read as such a block, each paragraph dated by its own horizon.
 */
// "Nghị quyết số 78/NQ-CP … Theo đó, đến năm 2030, quy mô …": a page restating a document's targets after naming it.
// "Đến 2030, tốc độ tăng trưởng … bình quân 2,2-2,5% một năm": a sentence opening with its horizon states what is to be
// reached; "Về kinh tế: Tốc độ …": a field's heading opens a list of targets.
const STATES_OBJECTIVES = /(?:mục tiêu|chỉ tiêu|phấn đấu)(?![\p{L}])|(?:^|[.;]\s*)Theo đó,\s*(?:(?:đến|tới|vào) năm|giai đoạn|trong giai đoạn)\s|(?:^|[.;:]\s*)Đến (?:năm )?20\d\d,|(?:^|[.;]\s*)Về\s+(?:kinh\s+tế|xã\s+hội|văn\s+ho[áa]\s*-\s*xã\s+hội|môi\s+trường)\s*:/iu;
// ("Việt Nam đặt mục tiêu tới 2030 …": news may leave out "năm", though never after another year, "2021 đến 2030".)
const HORIZON = /(?:^|[\s(])(?:(?:đến|tới) năm|(?<!\d\s?)(?:đến|tới)(?= 20\d\d(?![\d\s]*[-–/]))|tầm nhìn(?: đến)?(?: năm)?) ((?:19|20)\d\d)/iu;
/** "Nâng cao xếp hạng chỉ số GDTM qua biên giới năm 2021 lên 10-15 bậc": raising a ranking by so many places is an objective. */
const RAISES_RANK = /(?:nâng|cải thiện)(?: cao)?\s+(?:xếp hạng|thứ hạng|thứ bậc)[^.;]{0,120}?lên\s+\d+(?:\s*[-–]\s*\d+)?\s+bậc(?![\p{L}])/iu;
/**
 * "Tỷ lệ điều tra khám phá các vụ án từ 80% trở lên": a rate given a floor "… trở lên" is a norm to reach, stated as a target
 * without "mục tiêu" in a campaign's or a plan's list of work (results are reported as reached, "đạt 83,5%", never as a floor).
 */
const FLOOR_RATE = /(?:tỷ lệ|tỉ lệ)(?![\p{L}])[^.;]{0,160}?\d+(?:[.,]\d+)?\s*%\s*trở lên/iu;
/** "Quốc hội thống nhất mục tiêu cho ngành y tế năm 2024 …": the year the objectives are for. */
const OBJECTIVES_YEAR = /(?:mục tiêu|chỉ tiêu)[^.;:]{0,80}?(?<![\p{L}])năm ((?:19|20)\d\d)(?![\d\s]*[-–])/iu;
/** An item of a list: "- …", "+ …", "(1) …", "1. …", "a) …". */
const ITEM = /^\s*(?:[-–+•*]\s|\(\d{1,2}\)|\d{1,2}[.)]\s|[a-zđ]\)\s)/u;
/** A field's subheading ending in a colon: "- Về văn hóa – xã hội:", "Về kinh tế:", "- Tỷ lệ nghèo đa chiều như sau:". */
const SUBHEADING = /^[^.;]{0,100}:\s*$/u;
/** What aims at a result: "Phấn đấu giảm tỷ lệ hộ nghèo xuống dưới 5%", "đặt mục tiêu tăng trưởng trên 11%". */
const AIMS = /(?:^|[\s,(])(?:phấn đấu|đặt mục tiêu|mục tiêu là|chỉ tiêu là)(?![\p{L}])/iu;
/**
 * A commitment with a floor: "Nghị quyết 71 buộc Nhà nước cam kết cụ thể về nguồn lực: tối thiểu 5% tổng chi ngân sách cho
 * giáo dục và ít nhất 3% cho giáo dục đại học" states targets as an aim does (a commitment without a floor, "cam kết đồng
 * hành", states none).
 */
/**
 * "Trong đợt cao điểm, Công an tỉnh và công an các địa phương thực hiện …; Tỷ lệ điều tra khám phá các vụ án từ 80% trở lên":
 * a campaign's paragraph says what its forces do and the rates it aims at over the campaign.
 */
const CAMPAIGN = /(?:^|[.;]\s*)(?:Trong|Suốt)\s+(?:đợt|thời gian)\s+(?:cao điểm|ra quân|chiến dịch)(?:\s+này)?\s*,/u;
const COMMITS = /(?:^|[\s,(])cam kết(?![\p{L}])[^.;]{0,80}?(?:ít nhất|tối thiểu)\s+\d/iu;
/**
 * The year of the sentence that states the objectives, written before them: "Bước sang năm 2026, Hà Nội đặt mục tiêu
 * tăng trưởng trên 11%", "phấn đấu trong năm 2022 sẽ đạt thêm 5 sản phẩm", "kế hoạch kinh doanh năm 2011 phù hợp với mục
 * tiêu … dưới 20%" (not a baseline, "so với năm 2020", nor a span's start, "từ năm 2021").
 */
// ("Kỳ họp đã thông qua Nghị quyết về nhiệm vụ … 6 tháng cuối năm 2025. Theo đó, trong 6 tháng cuối năm, phường … phấn
// đấu …": a sentence going on from the one before, "Theo đó", takes that sentence's year when it names none.)
function yearOfObjectives(text: string): string | null {
  let before = '';
  for (const sentence of text.split(/[.;!?](?=\s+\p{Lu})|\n/u)) {
    const at = /(?:^|[\s,(])(?:mục tiêu|chỉ tiêu|phấn đấu)(?![\p{L}])/iu.exec(sentence);
    if (at) return yearInName(sentence.slice(0, at.index + 40)) ?? (/^\s*Theo đó(?![\p{L}])/u.test(sentence) ? yearInName(before) : null);
    before = sentence;
  }
  return null;
}
/** "… dự kiến đạt 15-20% vào năm 2030": the year a target is due by opens a block (inside one, it dates that target only). */
/**
 * "Kỳ họp đã thông qua Nghị quyết về nhiệm vụ phát triển kinh tế - xã hội … 6 tháng cuối năm 2025. Theo đó, … phấn đấu
 * tổng thu ngân sách đạt 170,89 tỷ đồng": the year of the resolution or plan a news page says was passed or issued is its
 * targets' year (not a date's year: "… ngày 3 tháng 7 năm 2025").
 */
const PASSED_FOR_YEAR = /(?:thông qua|ban hành|phê duyệt)\s+(?:Nghị quyết|Kế hoạch|Chương trình)(?![\p{L}])[^.;:]{0,140}?(?<![\p{L}])(?<!tháng\s{1,3}\d{1,2}\s{1,3})năm ((?:19|20)\d\d)(?![\d\s]*[-–])/iu;
const DUE_YEAR = /(?:^|[\s(])vào (?:năm )?((?:19|20)\d\d)(?![\d\s]*[-–])/iu;
const PREAMBLE_CLAUSE = /^\s*[-+•]?\s*(?:Căn cứ|Thực hiện|Triển khai|Theo(?! đó)|Xét|Trên cơ sở|Quán triệt)(?![\p{L}])/u;

/** A paragraph going on with the targets announced before it: "Theo đó, về kinh tế, …", "Về các chỉ tiêu xã hội, …". */
const GOES_ON = /^\s*(?:Theo đó|Cụ thể|Trong đó|Về (?:các )?(?:chỉ tiêu|mục tiêu)|Về (?:kinh tế|xã hội|môi trường)|Đến năm \d{4}|Từ năm \d{4})(?![\p{L}])/u;
/** An intro to a list of targets: "… đạt một số mục tiêu định hướng chủ yếu sau:", "các chỉ tiêu cụ thể như sau:". */
const LIST_OF_TARGETS = /(?:mục tiêu|chỉ tiêu)[^.;:]{0,60}(?:sau|như sau)\s*:\s*$/iu;
/** A floor stated for the future: "ít nhất 5 đô thị", "tối thiểu 30%". */
const FLOOR = /(?:ít nhất|tối thiểu)\s+\d/u;
/** "Kế hoạch phát triển kinh tế-xã hội 5 năm 2021-2025": the span a plan's targets are for. */
// ("Đại hội … nhiệm kỳ 2025-2030 … nhất trí mục tiêu …": a congress's term is the span of its targets.)
/** An election named just before a term: "bầu cử Đại biểu Quốc hội khoá XV, đại biểu HĐND các cấp". */
// (A congress's delegates, "Đại hội đại biểu Đảng bộ huyện nhiệm kỳ 2020 - 2025", meet for the span of its targets.)
const ELECTED_FOR = /(?:bầu cử|(?<![Đđ]ại hội\s)đại biểu\s+(?:Quốc hội|HĐND|Hội đồng nhân dân)(?![\p{L}]))[^.;]{0,80}$/iu;
const PLAN_SPAN = /(?:giai đoạn|nhiệm kỳ|\d+ năm)\s+((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)/iu;

/** "Theo Nghị quyết số 06-NQ/TW, của Bộ Chính trị …, tỷ lệ đô thị hóa …": a page stating its own document's targets. */
// (A headline may run into it: the page's lines reach the readers without their blank lines.)
const byOwn = (text: string, own: string | null) => {
  // "Theo Chương trình hành động, Chính phủ sẽ phấn đấu …", "Theo chương trình này, …": the page's own document, named by its kind.
  if (/^\s*Theo\s+(?:chương trình|kế hoạch|nghị quyết|chiến lược|đề án|quyết định|chỉ thị)(?:\s+(?:này|hành động|trên))?,/iu.test(text)) return true;
  if (own === null) return false;
  const at = /(?:^|\s)Theo\s+(?=\p{Lu})/u.exec(text.slice(0, 240));
  return at !== null && findSymbols(text.slice(at.index, at.index + 80)).some((m) => m.symbol === own);
};

/** A paragraph reporting results ("Năm 2020, quy mô … đạt …", "ước đạt", "Sau 5 năm, cả nước có 902 đô thị"): no targets. */
const REPORTS_RESULTS = /(?:^|[.;]\s*)Năm (?:19|20)\d\d(?![\d])|(?:^|\s)(?:đã (?:đạt|tăng|giảm|hoàn thành|vượt)|không (?:hoàn thành|đạt)|ước đạt|ước tính|đạt được|[Ss]au \d+ năm|[Qq]ua \d+ năm|hiện có)(?![\p{L}])/u;
/**
 * "tăng 5% so với năm 2019" reports a result, but "tăng 50% vào năm 2025 và 100% vào năm 2030 so với năm 2018", "sẽ gấp
 * 2-2,5 lần so với năm 2021" compare a target with its baseline: a comparison closes the targets only with no sign of the future.
 */
const COMPARED = /(?:^|\s)so với (?:năm|cùng kỳ|giai đoạn)(?![\p{L}])/u;
const FUTURE = /(?:^|\s)(?:sẽ|dự kiến|phấn đấu|mục tiêu|chỉ tiêu|(?:đến|tới|vào) năm|tầm nhìn)(?![\p{L}])/iu;
const reportsResults = (text: string) => REPORTS_RESULTS.test(text) || RESULTS_HEADING.test(text) || (COMPARED.test(text) && !FUTURE.test(text));
/** "I. TÌNH HÌNH THỰC HIỆN CÁC MỤC TIÊU, CHỈ TIÊU NĂM 2024", "ĐÁNH GIÁ KẾT QUẢ …": a review of results, however it names its targets. */
// (Only as what the paragraph opens with: "Hội nghị … nhằm đánh giá kết quả năm 2025 và triển khai nhiệm vụ năm 2026, … mục tiêu
// tăng trưởng GRDP từ 10% trở lên" looks ahead.)
const RESULTS_HEADING = /^\s*(?:[IVXLC]+\s*[.\-–]\s*|\d{1,2}[.)]\s*|[a-zđ]\)\s*)?(?:(?:tình hình|kết quả) thực hiện|đánh giá (?:kết quả|tình hình))/iu;
/** "Để đạt được các mục tiêu trên, Chương trình đề ra 9 nhiệm vụ, giải pháp": the targets end, the tasks begin. */
const TASKS_BEGIN = /(?:để (?:đạt được|thực hiện)[^.]{0,40}mục tiêu|nhiệm vụ(?:,| và)\s*giải pháp|nhiệm vụ trọng tâm)/iu;

/** Where the clause that announces a paragraph's targets begins (its objectives, its horizon or its span). */
function announcedFrom(text: string): number {
  const at = Math.min(...[STATES_OBJECTIVES, HORIZON, DUE_YEAR, PLAN_SPAN, OBJECTIVES_YEAR].map((re) => re.exec(text)?.index ?? text.length));
  if (at >= text.length) return 0;
  const cut = /[;:]|\.(?=\s+\p{Lu})/gu;
  let start = 0;
  for (let m = cut.exec(text); m && m.index < at; m = cut.exec(text)) start = m.index + m[0].length;
  return start;
}

function objectiveParagraphs(lines: readonly NormalisedLine[], own: string | null = null): RawIndicator[] {
  const out: RawIndicator[] = [];
  // Targets of a headline over a paragraph that states none ("… đạt 8,3-8,5%, …" over "Công điện gửi …").
  const headlineOnly: RawIndicator[] = [];
  // The horizon of the paragraphs read so far, while they go on stating targets ('' when their intro named none).
  let open: string | null = null;
  // Paragraphs without a target read since the last that stated one (an objective in words, a caption, a subheading).
  let quiet = 0;
  for (const para of splitParagraphs(lines as NormalisedLine[])) {
    const joined = joinLines(para);
    // ("… bảo đảm ANTT … và bầu cử Đại biểu Quốc hội khoá XV, đại biểu HĐND các cấp nhiệm kỳ 2021-2026": the term the councils
    // are elected for is no span of the page's targets.)
    const planSpan = PLAN_SPAN.exec(joined.text);
    const span = planSpan && !ELECTED_FOR.test(joined.text.slice(0, planSpan.index)) ? planSpan : null;
    const closes = reportsResults(joined.text) || TASKS_BEGIN.test(joined.text);
    // Right after stated targets, a paragraph with a floor ("xây dựng được ít nhất 5 đô thị …"), or one stating
    // targets of its own ("Tỷ lệ lao động … đạt trên 70%", "- 100% học sinh …"), goes on with them.
    const goesOn: boolean = open !== null && !closes && (GOES_ON.test(joined.text) || FLOOR.test(joined.text) || statedTargets(joined.text).length > 0);
    // Going on, a span inside a clause ("trong đó giai đoạn 2026-2030 đạt …") dates that clause, not the paragraph.
    const spanned = span ? `${span[1]}-${span[2]}` : undefined;
    // ("HĐND tỉnh … khóa XIII, nhiệm kỳ 2021 – 2026, đã thông qua Nghị quyết về 24 chỉ tiêu … năm 2025": the objectives' own
    // year is theirs; the council's term is not their span.)
    const objectivesYear = OBJECTIVES_YEAR.exec(joined.text)?.[1];
    // (Going on from targets whose intro named no year, "Phường … phấn đấu tổng thu ngân sách đạt …" in a headline, a paragraph
    // dating its own objectives, "… 6 tháng cuối năm 2025. Theo đó, … phấn đấu …", dates them.)
    const passedYear = PASSED_FOR_YEAR.exec(joined.text)?.[1];
    const ownYear: string | undefined = !open ? (DUE_YEAR.exec(joined.text)?.[1] ?? objectivesYear ?? yearOfObjectives(joined.text) ?? passedYear ?? undefined) : objectivesYear;
    const horizon0: string | undefined = HORIZON.exec(joined.text)?.[1] ?? (goesOn ? open || spanned || passedYear || (open === '' && ownYear) || open! : (ownYear ?? spanned ?? (open === null && (AIMS.test(joined.text) || COMMITS.test(joined.text) || CAMPAIGN.test(joined.text) || RAISES_RANK.test(joined.text) || FLOOR_RATE.test(joined.text)) ? '' : undefined)));
    // "Cụ thể, đến năm 2025, Việt Nam phải:": a horizon introducing the list below states its objectives; so does an
    // intro that says the list is of targets ("Phấn đấu khu vực … đạt một số mục tiêu định hướng chủ yếu sau:").
    const introduces = /:\s*$/u.test(joined.text) && (HORIZON.test(joined.text) || LIST_OF_TARGETS.test(joined.text));
    const horizon: string | undefined = horizon0 ?? (introduces ? '' : undefined);
    const states = STATES_OBJECTIVES.test(joined.text) || COMMITS.test(joined.text) || CAMPAIGN.test(joined.text) || RAISES_RANK.test(joined.text) || FLOOR_RATE.test(joined.text) || goesOn || introduces || byOwn(joined.text, own);
    if (horizon === undefined || !states || RESULTS_HEADING.test(joined.text) || (PREAMBLE_CLAUSE.test(joined.text) && !byOwn(joined.text, own))) {
      // An objective stated in words ("Xây dựng một số tập đoàn công nghiệp văn hóa …"), a photo caption or a
      // subheading between the targets keeps their horizon open, once or twice; anything else ends them.
      const keeps = open !== null && !closes && !PREAMBLE_CLAUSE.test(joined.text) && !statedTargets(joined.text).length;
      // "- Về văn hóa – xã hội:": a field's subheading in a list of targets announces more of them; it keeps the list open.
      if (keeps && SUBHEADING.test(joined.text)) quiet = 0;
      else if (keeps && quiet < 2) quiet++;
      else {
        open = null;
        quiet = 0;
      }
      continue;
    }
    // "(1) Cơ cấu kinh tế đến năm 2025: …" in a list for "nhiệm kỳ 2020-2025": an item's own horizon dates that item; the
    // list's stays open for the items after it.
    if (!(goesOn && ITEM.test(joined.text) && open)) open = horizon;
    quiet = 0;
    // A headline or subheading run into the paragraph ("Đến năm 2030, 3 doanh nghiệp Nhà nước vào Top 500 thế giới")
    // announces what the paragraph states.
    const first = para[0].text.trim();
    // (A line wrapped mid-sentence is no headline: "… đạt khoảng 6,5 -" / "7%/năm. …" goes on in lower case or digits.)
    // ("+ Năm 2030: Duy trì mức giảm 1 - 1,5% hàng năm": an item of a list is no headline either.)
    const headline = para.length > 1 && first.length <= 120 && !ITEM.test(first) && !/[.;:!?…,\-–]["”)]?$/u.test(first) && !/^\s*[\p{Ll}\d]/u.test(para[1].text) ? first.length : 0;
    // A paragraph that opens the targets states them from the clause that announces them: "Nước ta có … đường bờ biển
    // dài khoảng 3.260km; … Nghị quyết … xác định đến năm 2030, các ngành kinh tế thuần biển … đạt khoảng 10%".
    const from = goesOn || byOwn(joined.text, own) ? 0 : announcedFrom(joined.text);
    const stated = statedTargets(joined.text);
    // (A headline over a paragraph stating none, "Phấn đấu tăng trưởng kinh tế năm 2025 đạt 8,3-8,5%, …" over "Công điện
    // gửi các đồng chí Bộ trưởng, …", states its own, unless the page states them again further on.)
    const announces = stated.some((t) => t.start >= headline);
    for (const t of stated) {
      if (t.start < from || (t.start < headline && announces)) continue;
      (t.start < headline ? headlineOnly : out).push({
        table: null, ordinal: null, name: t.name, unit: t.unit, target: t.target, value: t.value, valueMin: t.valueMin, valueMax: t.valueMax,
        comparator: t.comparator, period: t.year ?? (horizon || null), agencyRaw: null, group: null, span: joined.spanOf(t.start, t.end),
      });
    }
  }
  // ("3 doanh nghiệp Nhà nước vào Top 500" in a headline is the body's "từ 1 đến 3 doanh nghiệp Nhà nước": a number of it, same unit.)
  const numbers = (i: RawIndicator) => [i.value, i.valueMin, i.valueMax].filter((n) => n !== null);
  const sameUnit = (a: RawIndicator, b: RawIndicator) => (a.unit ?? '').startsWith(b.unit ?? '') || (b.unit ?? '').startsWith(a.unit ?? '');
  const restated = (h: RawIndicator) => out.some((o) => sameUnit(o, h) && numbers(h).every((n) => numbers(o).includes(n)));
  const unrestated = headlineOnly.filter((h) => !restated(h));
  return withoutRestatements(unrestated.length ? [...unrestated, ...out].sort((a, b) => a.span.startLine - b.span.startLine || a.span.startOffset - b.span.startOffset) : out);
}

/**
 * A news page states a count again in its headline, lead and body ("1-3 doanh nghiệp Nhà nước", "từ 1 đến 3
 * doanh nghiệp Nhà nước"; "3 ngân hàng", "ít nhất 3 ngân hàng thương mại Nhà nước"): one target, kept where it is
 * written most fully (and dated, where one of them says its year). Shares are not merged: "100% doanh nghiệp …" and "100% tập đoàn …" are two targets.
 */
function withoutRestatements(found: RawIndicator[]): RawIndicator[] {
  // "13,5 bác sĩ/vạn dân" in a headline is "13,5 bác sĩ/10.000 dân" in the body.
  const unitKey = (i: RawIndicator) => foldDiacritics(i.unit ?? '').toLowerCase().replace(/\/\s*(?:tren\s+)?(?:1\s+)?van\b/g, '/10.000').replace(/\/\s*(?:tren\s+)?(?:1\s+)?nghin\b/g, '/1.000').replace(/\/tren\s+/g, '/');
  const nameKey = (i: RawIndicator) => foldDiacritics(i.name).toLowerCase();
  // A share is restated when it measures the same thing: "tỷ lệ thất nghiệp duy trì dưới 3%" in a headline and its body.
  const sameShare = (a: RawIndicator, b: RawIndicator) => a.unit === b.unit && (nameKey(a).includes(nameKey(b)) || nameKey(b).includes(nameKey(a)));
  const same = (a: RawIndicator, b: RawIndicator) =>
    a.unit !== null && b.unit !== null && (!a.unit.includes('%') || sameShare(a, b)) && (a.period === b.period || a.period === null || b.period === null) && a.value === b.value && a.valueMin === b.valueMin && (a.valueMax === b.valueMax || a.value !== null) &&
    (unitKey(a).startsWith(unitKey(b)) || unitKey(b).startsWith(unitKey(a)));
  const out: RawIndicator[] = [];
  for (const i of found) {
    const k = out.findIndex((o) => same(o, i));
    if (k < 0) out.push(i);
    // (A lead saying "trong 6 tháng cuối năm nay" and the body dating it, "… năm 2025": the dated statement is kept, and its year.)
    else if ((i.target ?? '').length > (out[k].target ?? '').length) out[k] = { ...i, period: i.period ?? out[k].period };
    else if (out[k].period === null && i.period !== null) out[k] = (i.target ?? '').length === (out[k].target ?? '').length ? i : { ...out[k], period: i.period };
  }
  return out;
}

export const objectiveTargets: FamilyReader = {
  family: 'objective-targets',
  read({ lines, sections, document, generic }) {
    if (generic.indicators.length) return NOTHING;
    const blocks = objectiveSections(sections);
    if (!blocks.length) {
      const stated = objectiveParagraphs(lines, document.symbol);
      return stated.length ? { tasks: [], indicators: stated, claims: [] } : NOTHING;
    }
    const fallbackYear = document.title ? targetYear(document.title) : null;
    const indicators: RawIndicator[] = [];
    for (const block of blocks) {
      const inBlock = lines.filter((l) => l.line >= block.span.startLine && l.line <= block.span.endLine);
      // "1. Đến năm 2030, … 2. Số lượng …": a horizon stated in the block's text dates the items after it.
      let stated: string | null = null;
      for (const para of splitParagraphs(inBlock as NormalisedLine[])) {
        const joined = joinLines(para);
        const here = /(?:^|[\s(])(?:đến|tới) năm ((?:19|20)\d\d)/iu.exec(joined.text)?.[1] ?? null;
        for (const t of statedTargets(joined.text)) {
          indicators.push({
            table: null,
            ordinal: null,
            name: t.name,
            unit: t.unit,
            target: t.target,
            value: t.value,
            valueMin: t.valueMin,
            valueMax: t.valueMax,
            comparator: t.comparator,
            period: t.year ?? yearAt(sections, para[0].line) ?? here ?? stated ?? fallbackYear,
            agencyRaw: null,
            group: around(sections, para[0].line).find((s) => s.depth <= block.depth + 1 && s.depth >= block.depth)?.heading ?? block.heading,
            span: joined.spanOf(t.start, t.end),
          });
        }
        if (here) stated = here;
      }
    }
    return { tasks: [], indicators, claims: [] };
  },
};
