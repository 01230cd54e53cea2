/**
 * Site debris in pasted web pages, beyond the menu and footer lines `normalise` already drops: server
 * error output (PHP warnings), share and comment widgets, visit counters, paywall and loading notices, the article's
 * timestamp line, and injected instruction lines addressed to a reader or an AI. Each is dropped with its
 * reason (a DROPPED_LINE warning), so it can never become a title, a task or a citation.
 *
 * Every rule is a whole-line match on the diacritic-folded text and lines longer than 240 characters are
 * never touched: a false positive would delete document text.
 * Complexity: linear: one whole-line test per rule per line.
 */
import type { NormalisedLine, NormalisedText } from '../model';
import { provinceByName } from '../provinces';
import { foldDiacritics, singleSpaced } from '../text';

/** The heading of a news site's list of other articles; the headlines under it, up to a blank line, are its links. */
const RELATED_HEADING = /^(?:bai (?:viet )?lien quan|tin (?:bai )?lien quan|tin cung chuyen muc|xem them|doc them|tin khac)\s*:?\s*$/;

interface Rule {
  reason: string;
  test: RegExp;
}

const RULES: Rule[] = [
  // "Warning: Undefined variable $x in /var/www/html/index.php on line 12", "Notice: …", "Deprecated: …".
  { reason: 'server error output', test: /^(?:php\s+)?(?:warning|notice|deprecated|fatal error|parse error|strict standards|uncaught \w+)\s*:.*(?:\son line \d+|\.php\b|\/var\/www\/|stack trace)/ },
  { reason: 'server error output', test: /^(?:stack trace:|#\d+\s+(?:\/|\{main\}))/ },
  // Instructions injected for whoever (or whatever) reads the page, in English or Vietnamese.
  { reason: 'instruction addressed to a reader or an AI', test: /\b(?:ignore|disregard|forget)\b.{0,40}\b(?:previous|prior|above|earlier|all)\b.{0,20}\b(?:instructions?|prompts?|rules|context)\b/ },
  { reason: 'instruction addressed to a reader or an AI', test: /\b(?:as an ai|you are (?:an? )?(?:ai|assistant|language model|chatbot)|(?:ai|llm|gpt|chatbot|assistant|language model)s?\s*(?:reading|parsing|processing|summari[sz]ing) this)\b/ },
  { reason: 'instruction addressed to a reader or an AI', test: /^(?:note|message|instruction|system|attention)s?\s*(?:to|for)\s*(?:the\s+)?(?:ai|llm|model|assistant|chatbot|reader)s?\b/ },
  { reason: 'instruction addressed to a reader or an AI', test: /\b(?:bo qua|phot lo|quen)\b.{0,30}\b(?:huong dan|chi dan|chi thi|yeu cau|lenh)\b.{0,15}\b(?:truoc|tren|truoc do|phia tren)\b/ },
  { reason: 'instruction addressed to a reader or an AI', test: /\b(?:neu ban la|gui|danh cho|luu y cho)\s+(?:mot\s+)?(?:ai|tri tue nhan tao|tro ly ao|mo hinh ngon ngu|chatbot|he thong ai|cong cu ai)\b/ },
  // Share, comment and rating widgets: "Chia sẻ qua Facebook", "Bình luận (0)", "Share on Zalo".
  { reason: 'share or comment widget', test: /^(?:chia se|share|gui)\s*(?:bai viet|tin|trang)?\s*(?:qua|len|on|:)?\s*(?:facebook|zalo|twitter|x|linkedin|email|messenger)(?:[\s,|/]+(?:facebook|zalo|twitter|x|linkedin|email|messenger))*\s*$/ },
  { reason: 'share or comment widget', test: /^(?:binh luan|y kien ban doc|comments?|luot thich|likes?)\s*\(?\d*\)?\s*$/ },
  { reason: 'share or comment widget', test: /^(?:theo doi|follow)\b.{0,60}\b(?:google news|facebook|zalo|youtube|tiktok)\b/ },
  // Paywall, loading and preview notices of document portals.
  { reason: 'site notice', test: /^dang tai noi dung,? vui long cho/ },
  { reason: 'site notice', test: /\b(?:dang ky|nang cap|mua) (?:goi cuoc|tai khoan|goi dich vu)\b/ },
  { reason: 'site notice', test: /^ban dang xem ban (?:rut gon|xem truoc|trich)\b|^tai (?:ban day du|ve ban day du)\b|^xem (?:va tai )?(?:ngay )?ban day du\b/ },
  { reason: 'site notice', test: /^(?:vui long )?dang nhap de (?:xem|tai)\b/ },
  // The article's own timestamp: "Thứ Năm, 15/10/2020, 16:21 (GMT+7)", "15/10/2020 16:21".
  // A news portal's stamp may carry its view and comment counters after the time: "Chủ nhật - 12/09/2021 21:08 470 0".
  { reason: 'article timestamp', test: /^(?:(?:thu (?:hai|ba|tu|nam|sau|bay)|chu nhat)\s*[,-]?\s*)?\d{1,2}\/\d{1,2}\/\d{4},?\s*(?:-\s*)?\d{1,2}[:h]\d{2}(?:\s*(?:\(?gmt\s*\+\s*7\)?|sa|ch|am|pm))?(?:\s+\d{1,7}){0,3}\s*$/ },
  // A portal's posting stamp and the day line above an article: "Ngày đăng: 26/11/2020 10:43", "Thứ 4, Ngày 20/01/2021 -".
  { reason: 'article timestamp', test: /^(?:ngay dang|ngay cap nhat|cap nhat|dang luc|dang ngay|ngay dang tin)\s*:?\s*\d{1,2}\/\d{1,2}\/\d{4}(?:\s*[-,]?\s*\d{1,2}[:h]\d{2}(?::\d{2})?)?\s*$/ },
  { reason: 'article timestamp', test: /^(?:thu (?:\d|hai|ba|tu|nam|sau|bay)|chu nhat),?\s*(?:ngay\s*)?\d{1,2}\/\d{1,2}\/\d{4}\s*[-|]?\s*$/ },
  // Font-size and print widgets: "Mặc định Cỡ chữ", "Cỡ chữ: A A A", "In bài viết".
  { reason: 'share or comment widget', test: /^(?:mac dinh\s+)?co chu\b.{0,20}$|^(?:in|in bai|in bai viet|ban in)\s*$/ },
  // A row of the page's tool links: "Bản in     Gởi bài viết", "In bài viết | Gửi email | Lưu tin".
  { reason: 'share or comment widget', test: /^(?:(?:ban in|in bai(?: viet)?|g[ou]i bai(?: viet)?|gui email|gui cho ban be|luu tin|luu bai|phong to|thu nho|quay lai|len dau trang)\s*[|/-]?\s*){2,}$/ },
  // A portal's list of related documents, numbered and glued: "- 1Luật Phòng, chống bệnh truyền nhiễm 2007",
  // "- 2Thông tư 167/2012/TT-BTC quy định …". They are the site's links, not what the document cites.
  { reason: 'related link', test: /^[-•]\s*\d{1,2}(?:bo luat|luat|nghi dinh|nghi quyet|thong tu|quyet dinh|chi thi|ke hoach|cong van|van ban|phap lenh|hien phap)\s/ },
  // Breadcrumbs written with slashes or arrows: "Trang chủ / Thời sự / Chính trị".
  { reason: 'navigation', test: /^(?:trang chu|home)\s*[/>»›|]/ },
  // The news site's own contact lines in its header: "Hotline: 024.355.63.010", "Email: banbientap.dnhn@gmail.com".
  { reason: 'site contact line', test: /^(?:hotline|duong day nong|e-?mail|fax)\s*:\s*[\w.@+() -]{5,60}$/ },
  // The article's byline: "Tác giả bài viết: Đặng Thanh Bằng - BTG".
  { reason: 'byline', test: /^(?:tac gia(?: bai viet)?|nguoi viet|phong vien|bien tap vien)\s*:\s*.{2,80}$/ },
  // The heading of the list of other articles: "Bài liên quan", "Tin liên quan", "Tin cùng chuyên mục", "Xem thêm".
  { reason: 'related link', test: RELATED_HEADING },
  // A feed's machine stamp under the article: "2016-08-25 09:40:24", "2026/01/13 17:10".
  { reason: 'article timestamp', test: /^\d{4}[-/]\d{2}[-/]\d{2}(?:[ t]\d{1,2}:\d{2}(?::\d{2})?)?\s*$/ },
  // The site's clock in words, which is no date of the document: "Thứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27".
  { reason: 'article timestamp', test: /^(?:thu (?:hai|ba|tu|nam|sau|bay)|chu nhat),?\s*(?:ngay\s+)?\d{1,2} thang \d{1,2} nam \d{4}(?:,?\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*$/ },
];

/** One entry of a site's menu of provinces: "• An Giang", "Hà Tây" (an old name too), a bullet and a few capitalised words. */
const MENU_ENTRY = /^\s*[•·*-]?\s*(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,3})\s*$/u;

/**
 * A site's menu of provinces (chinhphu.vn's "• An Giang / • Bình Dương / …"): at least eight lines in a row that are each
 * one name, most of them provinces. A province it lists is no province of the document.
 */
function provinceMenu(lines: readonly NormalisedLine[]): Set<number> {
  const out = new Set<number>();
  let run: NormalisedLine[] = [];
  const close = () => {
    const provinces = run.filter((l) => provinceByName(MENU_ENTRY.exec(l.text)![1]) !== null).length;
    if (run.length >= 8 && provinces >= run.length * 0.7) for (const l of run) out.add(l.line);
    run = [];
  };
  for (const l of lines) {
    if (!l.text.trim()) continue;
    if (MENU_ENTRY.test(l.text)) run.push(l);
    else if (run.length) close();
  }
  close();
  return out;
}

/** A line of a site's visit counter: "Truy cập", "Hôm nay:", "Hôm qua: 86", "Tuần này:", "Tất cả:", "Đang truy cập: 12". */
const COUNTER_LABEL = /^(?:truy cap|luot truy cap|tong luot truy cap|dang truy cap|dang online|hom nay|hom qua|tuan nay|thang nay|nam nay|tat ca)\s*:?\s*[\d.,]*\s*$/;
const COUNT = /^\s*\d[\d.,]*\s*$/;

/**
 * A site's visit counter (a widget of provincial and district portals): its label lines, each alone or with its count,
 * and the bare counts between them ("Hôm nay:" / "1" / "Hôm qua:" / "0" / … / "Tất cả:" / "86160"). Three labels at least,
 * so a document's own "Tất cả: 12" row is never taken.
 */
function visitCounter(lines: readonly NormalisedLine[]): Set<number> {
  const out = new Set<number>();
  let run: NormalisedLine[] = [];
  let labels = 0;
  const close = () => {
    if (labels >= 3) for (const l of run) out.add(l.line);
    run = [];
    labels = 0;
  };
  for (const l of lines) {
    if (!l.text.trim()) continue;
    const s = singleSpaced(foldDiacritics(l.text.trim()));
    if (COUNTER_LABEL.test(s)) {
      run.push(l);
      labels++;
    } else if (run.length && COUNT.test(s)) run.push(l);
    else if (run.length) close();
  }
  close();
  return out;
}

/** The reason a line is site debris, or null. */
export function debrisReason(text: string): string | null {
  const t = text.trim();
  if (!t || t.length > 240) return null;
  const s = singleSpaced(foldDiacritics(t));
  return RULES.find((r) => r.test.test(s))?.reason ?? null;
}

/** Drops site debris from normalised lines; what is dropped is listed with its reason. */
export function dropSiteDebris(text: NormalisedText): NormalisedText {
  const lines: NormalisedLine[] = [];
  const dropped = [...text.dropped];
  // Under "Bài liên quan", each headline line (short, no sentence end) is a link, up to the first blank line.
  let underRelated: boolean = false;
  const menu = provinceMenu(text.lines);
  const counter = visitCounter(text.lines);
  for (const l of text.lines) {
    if (menu.has(l.line)) {
      dropped.push({ line: l.line, reason: 'navigation: a menu of provinces' });
      continue;
    }
    if (counter.has(l.line)) {
      dropped.push({ line: l.line, reason: "site widget: the site's visit counter" });
      continue;
    }
    const t = l.text.trim();
    const linkLine: boolean = underRelated && t.length > 0 && t.length <= 160 && !/[.;:!?…]["”)]?$/u.test(t);
    underRelated = linkLine || (t.length <= 40 && RELATED_HEADING.test(singleSpaced(foldDiacritics(t))));
    const reason = debrisReason(l.text) ?? (linkLine ? 'related link' : null);
    if (reason) dropped.push(reason === 'article timestamp' ? { line: l.line, reason, text: l.text } : { line: l.line, reason });
    else lines.push(l);
  }
  return { lines, dropped: dropped.sort((a, b) => a.line - b.line) };
}
