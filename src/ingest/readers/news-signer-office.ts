/**
 * (Beside news-signer.ts, which reads the name right before "ký" after an office: this one also reads "… do <office>
 * <name> ký ban hành", "Đồng chí <name> – <office> …", an aside after the name (", kiêm …,"), and never a preamble.)
 * The signer a news article names: "Tổng Bí thư Tô Lâm vừa ký ban hành Chỉ thị …", "Thay mặt Ban Bí thư,
 * Thường trực Ban Bí thư Trương Thị Mai đã ký ban hành …", "Phó Chủ tịch UBND tỉnh Đặng Minh Thông vừa ký
 * ban hành văn bản …", "Kế hoạch do Phó Chủ tịch UBND tỉnh Lê Trường Sơn ký ban hành", "Đồng chí Hoàng Nghĩa
 * Hiếu – Phó Bí thư Thường trực Tỉnh ủy … vừa thay mặt Ban Thường vụ Tỉnh ủy ký ban hành Kế hoạch số …".
 * The name is the person's (a known surname, two to four capitalised syllables) right before the signing verb,
 * after the office it follows; or the name after "Đồng chí" / "Ông" / "Bà" opening the sentence. Only the
 * signing of a document counts (a kind word or "văn bản" follows the verb, or "do … ký" names it before), never
 * a preamble clause ("Thực hiện Kế hoạch … do … ký"). It fills only a signer the document's own signature
 * block did not give.
 * Complexity: linear in the text of its opening paragraphs (one scan for the verb, a few words looked at).
 */
import { personName, trailingPersonName } from '../document';
import type { DocumentMeta, NormalisedLine } from '../model';
import { joinLines, splitParagraphs } from '../normalise';
import { squash } from '../text';
import type { MetaReading } from './meta';

/** The signing verb and what it signs: "(vừa|đã) (thay mặt X) ký (ban hành) <kind>", or "do … ký (ban hành)". */
const SIGNS =
  /\s(?:(?:vừa|đã|mới|chính thức)\s+)*(?:thay mặt\s+[^,.;]{3,80}?\s+)?ký(?:\s+ban hành)?(?=\s+(?:(?:các\s+)?(?:kế hoạch|chỉ thị|nghị quyết|quyết định|chương trình|kết luận|công văn|công điện|văn bản|thông báo|hướng dẫn|quy định|đề án|thông tư|nghị định)(?![\p{L}])|số\s)|\s*[,.;]|$)/giu;
/** "Đồng chí Hoàng Nghĩa Hiếu – Phó Bí thư …": the person named first, the office after a dash or comma. */
const NAMED_FIRST = /^(?:Đồng chí|đồng chí|Ông|ông|Bà|bà)\s+((?:\p{Lu}\p{Ll}*\s+){1,3}\p{Lu}\p{Ll}*)\s*(?:[–—-]|,)/u;
const PREAMBLE = /^(?:Căn cứ|Thực hiện|Triển khai|Theo|Xét|Trên cơ sở|Quán triệt)(?![\p{L}])/u;

export function readOfficeSigner(lines: readonly NormalisedLine[], meta?: DocumentMeta): MetaReading {
  // A document with its own header signs in its own signature block; its body's "… do … ký" is another's.
  if (meta?.symbol) return {};
  for (const para of splitParagraphs(lines).slice(0, 12)) {
    const j = joinLines(para);
    const text = j.text;
    for (const m of text.matchAll(SIGNS)) {
      const verbAt = m.index ?? 0;
      const cut = Math.max(text.lastIndexOf('. ', verbAt), text.lastIndexOf('; ', verbAt));
      const sentenceStart = cut < 0 ? 0 : cut + 2;
      const before = text.slice(sentenceStart, verbAt);
      if (PREAMBLE.test(before.trim())) continue;
      // "… do Phó Chủ tịch UBND tỉnh Lê Trường Sơn ký ban hành": the document is named before "do".
      const byDo = /\sdo\s+[^,.;]{3,120}$/u.test(before);
      const signsDocument = byDo || !/^\s*[,.;]|^\s*$/u.test(text.slice(verbAt + m[0].length, verbAt + m[0].length + 2));
      if (!signsDocument) continue;
      const first = NAMED_FIRST.exec(before.trim());
      const firstName = first ? personName(first[1]) : null;
      // "… Trưởng ban Tổ chức Trung ương Lê Minh Hưng, kiêm Phó Trưởng ban …, đã ký công văn": the second office is an aside.
      const aside = /,\s*kiêm\s[^;]{3,160}?,?\s*$/u.exec(before);
      const found = firstName ? { name: firstName, at: before.indexOf(first![1]) } : trailingPersonName(aside ? before.slice(0, aside.index) : before);
      if (!found) continue;
      const from = sentenceStart + found.at;
      const said = squash(text.slice(sentenceStart, verbAt + m[0].length));
      return { signer: { value: found.name, span: j.spanOf(from, from + found.name.length), how: `a news sentence naming who signed: "${said.length > 200 ? `…${said.slice(-199)}` : said}"` } };
    }
  }
  return {};
}
