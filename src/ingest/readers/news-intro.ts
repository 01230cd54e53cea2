/**
 * A copy whose header is a news intro instead of the document's own: the portal's "toàn văn" page of a
 * Party resolution ("Thay mặt Bộ Chính trị, Tổng Bí thư Tô Lâm đã ký ban hành Nghị quyết số 57-NQ/TW (ngày
 * 22/12/2024) của Bộ Chính trị về …") or a news article restating a plan ("UBND tỉnh ban hành Kế hoạch số
 * 98/KH-UBND ngày 3-7-2025 về …"). The sentence that says who issued what gives kind, symbol, date,
 * issuer (province) and title. It is read only when the text has no header "Số: …" of its own, and never from a
 * preamble clause ("Căn cứ …", "Thực hiện …"), which names other documents.
 * Complexity: linear in the text of its opening paragraphs.
 */
import { findReferences } from '../citations';
import { levelOfIssuer, levelOfSymbol, readVietnameseDate } from '../document';
import type { DocumentMeta, NormalisedLine } from '../model';
import { joinLines, splitParagraphs } from '../normalise';
import { findProvinces } from '../provinces';
import { findSymbols, KIND_VI, kindWordAt } from '../symbols';
import { squash } from '../text';
import type { MetaReading } from './meta';

/** "… (vừa|đã) ký ban hành", "… trân trọng giới thiệu toàn văn", right before the reference. */
const ISSUED = /(?:(?:(?:vừa|đã|mới|chính thức|vừa chính thức)\s+)*(?:ký\s+)?(?:ban hành|ký|công bố|thông qua|phê duyệt)|(?:giới thiệu|đăng tải|đăng|công bố)\s+(?:toàn văn|nội dung)|toàn văn)\s*(?:[:,]\s*)?$/iu;
const PREAMBLE = /^(?:Căn cứ|Thực hiện|Triển khai|Theo|Xét|Trên cơ sở|Quán triệt)(?![\p{L}])/u;
/** "Thay mặt Bộ Chính trị, …": the body on whose behalf the document was signed. */
const ON_BEHALF = /(?:^|[.;]\s+)(?:Thay mặt|T\/M|TM\.)\s+([^,]{3,80}?)\s*,/u;
/** What opens a sentence before its subject: "Ngày 3/7,", "Sáng 12-3,", "Mới đây,". */
const OPENING = /^(?:(?:Ngày|Sáng|Chiều|Tối|Trưa|Hôm nay|Mới đây|Vừa qua|Theo đó|Cụ thể)(?:\s+(?:ngày\s+)?[\d/.-]+(?:\s*\/\s*\d+)?)?(?:\s+vừa qua)?\s*,\s*)+/iu;
const TITLE = /^\s*(?:,\s*)?((?:về|về việc|triển khai|thực hiện|tổ chức|phát triển|đẩy mạnh|tăng cường|nâng cao|ban hành)\s.+?)(?=\.\s|\.?$|;|,\s*(?:theo đó|trong đó|với mục tiêu|nhằm|qua đó)(?![\p{L}])|\s+\((?:sau đây|gọi tắt))/iu;

export function readNewsIntro(lines: readonly NormalisedLine[], meta: DocumentMeta): MetaReading {
  if (meta.symbol) return {};
  const paragraphs = splitParagraphs(lines).slice(0, 30);
  for (const para of paragraphs) {
    const j = joinLines(para);
    const text = j.text;
    for (const ref of findReferences(text)) {
      if (!ref.symbol) continue;
      // The clause the reference sits in: after the last ". " or "; " before it.
      const cut = Math.max(text.lastIndexOf('. ', ref.index), text.lastIndexOf('; ', ref.index));
      const sentenceStart = cut < 0 ? 0 : cut + 2;
      const before = text.slice(sentenceStart, ref.index);
      if (!ISSUED.test(before) || PREAMBLE.test(before.trim())) continue;
      const m = findSymbols(ref.raw)[0];
      const said = squash(text.slice(sentenceStart, ref.end));
      const how = `a copy's intro: "${said.length > 240 ? `…${said.slice(-239)}` : said}"`;
      const span = j.spanOf(ref.index, ref.end);
      const out: MetaReading = { symbol: { value: ref.symbol, span, how } };
      if (m) out.number = { value: m.number, span, how };
      const kw = kindWordAt(ref.raw);
      const kind = ref.kind ?? kw?.kind ?? null;
      if (kind) {
        out.kind = { value: kind, span, how };
        out.kindVi = { value: kw?.vi ?? KIND_VI[kind], span, how };
      }
      let end = ref.end;
      // "(ngày 22/12/2024)" after the symbol.
      const paren = /^\s*\(\s*(ngày[^)]{4,40})\)/u.exec(text.slice(end));
      // "Ngày 22/12/2024, Tổng Bí thư … đã ký ban hành …": a full date opening the sentence.
      const opening = /(?:^|\s)Ngày\s+(\d{1,2}[/-]\d{1,2}[/-]\d{4})(?:\s+vừa qua)?\s*,(?!.*(?:^|\s)Ngày\s+\d)/u.exec(before);
      const date = ref.issuedOn ?? (paren ? readVietnameseDate(paren[1])?.iso ?? null : null) ?? (opening ? readVietnameseDate(opening[1])?.iso ?? null : null);
      if (paren) end += paren[0].length;
      if (date) out.issuedOn = { value: date, span, how };
      // Issuer: "… của Bộ Chính trị", else "Thay mặt <body>,", else the sentence's subject.
      let issuer = ref.issuer;
      const ofIssuer = /^\s*của\s+([^,;()]+?)(?=\s+(?:về|triển khai|thực hiện|nhằm)(?![\p{L}])|[,;()]|$)/u.exec(text.slice(end));
      if (!issuer && ofIssuer && levelOfIssuer(ofIssuer[1])) issuer = ofIssuer[1].trim();
      if (ofIssuer) end += ofIssuer[0].length;
      const behalf = ON_BEHALF.exec(text.slice(sentenceStart > 1 ? sentenceStart - 2 : 0, ref.index));
      if (!issuer && behalf && levelOfIssuer(behalf[1])) issuer = behalf[1].trim();
      if (!issuer) {
        const subject = before.replace(OPENING, '').replace(ISSUED, '').trim();
        const body = subject.replace(/^(?:Chủ tịch|Thủ trưởng)\s+/u, '');
        if (subject && subject.split(/\s+/).length <= 12 && levelOfIssuer(body)) issuer = subject;
      }
      if (issuer) out.issuer = { value: squash(issuer), span, how };
      const level = m ? levelOfSymbol(m) : null;
      if (level) out.level = { value: level, span, how: `${how}: the symbol's issuer code` };
      const central = level === 'CENTRAL_PARTY' || level === 'CENTRAL_STATE';
      const province = !central ? findProvinces(issuer ?? '')[0] ?? findProvinces(text.slice(sentenceStart)).find((p) => p.qualified) : undefined;
      if (province) out.province = { value: province.province.name, span, how };
      const title = TITLE.exec(text.slice(end));
      if (title) {
        const from = end + text.slice(end).indexOf(title[1]);
        out.title = { value: squash(title[1]), span: j.spanOf(from, from + title[1].length), how };
      }
      return out;
    }
  }
  return {};
}
