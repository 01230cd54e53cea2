/**
 * Who signed, as a copy's intro or a news report says it (one reader for the construct, which two readers written
 * in parallel used to share):
 *  - the person's name right before the signing verb, after the office it follows: "Thay mặt Bộ Chính trị, Tổng Bí
 *    thư Tô Lâm đã ký ban hành Nghị quyết số 70-NQ/TW …", "Phó Chủ tịch UBND tỉnh Đặng Minh Thông vừa ký ban hành văn
 *    bản …", "Nguyễn Phú Trọng vừa thay mặt Bộ Chính trị ký ban hành …" (the body signed for between name and verb);
 *  - "Kế hoạch do Phó Chủ tịch UBND tỉnh Lê Trường Sơn ký ban hành", the document named before "do";
 *  - the person named first: "Đồng chí Hoàng Nghĩa Hiếu – Phó Bí thư Thường trực Tỉnh ủy … vừa thay mặt … ký …", also
 *    after the date: "Ngày 20/9, đồng chí Đinh Tiến Dũng, Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội đã ký ban hành …";
 *  - an aside after the name is the office's: "Trưởng ban Tổ chức Trung ương Lê Minh Hưng, kiêm Phó Trưởng ban …,
 *    đã ký công văn …".
 * The name is a person's (a known surname, two to four capitalised syllables, tried three, four, then two, and not a
 * place ending the office: "… tỉnh Hà Giang Nguyễn Văn Sơn" is Nguyễn Văn Sơn). Only the signing of a document
 * counts (a kind word, "văn bản" or "số" follows the verb, or the sentence ends, or "do … ký" names it before), never
 * a preamble clause ("Thực hiện Kế hoạch … do … ký"). A document with its own header signs in its own signature
 * block: only the intro above its header is read then. What was signed and for whom come with it when the sentence
 * says so: "thay mặt Ban Chấp hành Trung ương, … đã ký ban hành Nghị quyết 19 …" is a resolution of the Central
 * Committee; "Phó Thủ tướng Thường trực Phạm Bình Minh đã ký các quyết định của Thủ tướng Chính phủ" are decisions
 * of the Prime Minister, whom the deputy signs for. Readings fill only what the document's own header lacks.
 * Complexity: linear in the text of the opening paragraphs (one scan for the verb, a few words looked at).
 */
import { levelOfIssuer, personName, plenumIssuer, trailingPersonName } from '../document';
import type { DocumentMeta, NormalisedLine } from '../model';
import { joinLines, splitParagraphs } from '../normalise';
import { kindWordAt } from '../symbols';
import { squash } from '../text';
import type { MetaReading } from './meta';

/** What may follow the verb when it signs a document: a kind word (plural "các …" too), "văn bản", "số", or the end. */
// (… or when: "… nghị quyết phiên họp Chính phủ … do Thủ tướng Nguyễn Tấn Dũng vừa ký ban hành hôm (7.8).")
const SIGNED_WHAT = String.raw`(?:(?:các\s+)?(?:kế hoạch|chỉ thị|nghị quyết|quyết định|chương trình|kết luận|công văn|công điện|văn bản|thông báo|hướng dẫn|quy định|đề án|thông tư|nghị định)(?![\p{L}])|số\s)`;
/** The signing verb: "(vừa|đã) (thay mặt X) ký (ban hành)", then what it signs. */
// (A person issuing in his office signs what he issues: "Bộ trưởng Bộ NN&PTNT Cao Đức Phát vừa ban hành Chỉ thị …",
// "Phó Chủ tịch UBND tỉnh Mai Xuân Liêm đã có văn bản chỉ đạo …".)
const SIGNS = new RegExp(
  String.raw`\s(?:(?:vừa|đã|mới|mới đây|chính thức|cũng)\s+)*(?:thay mặt\s+([^,.;]{3,80}?)\s+)?(?:ký(?:\s+ban hành)?(?=\s+${SIGNED_WHAT}|\s*[,.;]|\s+(?:hôm|vào ngày|ngày)(?![\p{L}])|$)|(?:ban hành|có)(?=\s+${SIGNED_WHAT}))`,
  'giu',
);
/** "Đồng chí Hoàng Nghĩa Hiếu – Phó Bí thư …": the person named first, the office after a dash or comma. */
// (A headline without its full stop may run into it: "Tăng cường … kiểm soát thị trường Ông Lê Ngọc Khánh, Phó Chủ tịch …".)
// (An officer is named by his rank: "…, Đại tướng Ngô Xuân Lịch - Ủy viên Bộ Chính trị, …, Bộ trưởng Bộ Quốc phòng thay mặt …
// đã ký Chỉ thị …".)
const RANK = '(?:Đại|Thượng|Trung|Thiếu) (?:tướng|tá|úy|uý)';
const NAMED_FIRST = new RegExp(String.raw`(?:^(?:Đồng chí|đồng chí|Ông|ông|Bà|bà|${RANK})|\s(?:Đồng chí|đồng chí|Ông|Bà|${RANK}))\s+((?:\p{Lu}\p{Ll}*\s+){1,3}\p{Lu}\p{Ll}*)\s*(?:[–—-]|,)`, 'u');
const PREAMBLE = /^(?:Căn cứ|Thực hiện|Triển khai|Theo|Xét|Trên cơ sở|Quán triệt)(?![\p{L}])/u;
/** "Thay mặt Bộ Chính trị, …", "thay mặt Trung ương Đảng, …": the body signed for, before the signer. */
const ON_BEHALF = /(?:^|[\s,;.])(?:[Tt]hay mặt)\s+([^,]{3,80}),\s*[^,]{0,80}$/u;
/** "… ký các quyết định của Thủ tướng Chính phủ bổ nhiệm …": whose documents were signed. */
const OF_BODY = /^\s*(?:các\s+)?\p{L}+(?:\s+\p{L}+){0,2}?\s+của\s+((?:Thủ tướng Chính phủ|Chính phủ|Bộ Chính trị|Ban Bí thư|Ban Chấp hành Trung ương|Ủy ban nhân dân tỉnh|UBND tỉnh)(?:\s+\p{Lu}\p{Ll}*){0,3})(?![\p{L}])/u;

export function readNewsSigner(lines: readonly NormalisedLine[], meta?: DocumentMeta): MetaReading {
  // A document with its own header signs in its own signature block; its body's "… do … ký" is another's.
  const headerLine = meta?.symbol ? (meta.spans.symbol?.startLine ?? meta.spans.number?.startLine ?? 0) : Infinity;
  for (const para of splitParagraphs(lines).slice(0, 12)) {
    if (para[para.length - 1].line >= headerLine) break;
    const j = joinLines(para);
    const text = j.text;
    for (const m of text.matchAll(SIGNS)) {
      const verbAt = m.index ?? 0;
      const cut = Math.max(text.lastIndexOf('. ', verbAt), text.lastIndexOf('; ', verbAt));
      const sentenceStart = cut < 0 ? 0 : cut + 2;
      let before = text.slice(sentenceStart, verbAt);
      // "Thực hiện Công điện số 1174/CĐ-TTg …, Phó Chủ tịch UBND tỉnh Mai Xuân Liêm đã có văn bản …": the mandate clause
      // names another's document; the subject after its last comma signs this one.
      if (PREAMBLE.test(before.trim())) {
        const subject = /,\s+(\p{Lu}[^,]{2,100})$/u.exec(before);
        if (!subject) continue;
        before = before.slice(0, subject.index).replace(/[^]/g, ' ') + before.slice(subject.index).replace(/^,/u, ' ');
      }
      const first = NAMED_FIRST.exec(before.trim());
      const firstName = first ? personName(first[1]) : null;
      // "… Trưởng ban Tổ chức Trung ương Lê Minh Hưng, kiêm Phó Trưởng ban …, đã ký công văn": the second office is an aside.
      const aside = /,\s*kiêm\s[^;]{3,160}?,?\s*$/u.exec(before);
      const found = firstName ? { name: firstName, at: before.indexOf(first![1]) } : trailingPersonName(aside ? before.slice(0, aside.index) : before.replace(/,\s*$/u, ''));
      if (!found) continue;
      const from = sentenceStart + found.at;
      const said = squash(text.slice(sentenceStart, verbAt + m[0].length));
      const how = `a news sentence naming who signed: "${said.length > 200 ? `…${said.slice(-199)}` : said}"`;
      const out: MetaReading = { signer: { value: found.name, span: j.spanOf(from, from + found.name.length), how } };
      // What was signed: the kind word after the verb; for whom: "thay mặt <body>" (between name and verb, or before
      // the office), else "… của <body>" after the kind.
      const after = verbAt + m[0].length;
      const rest = text.slice(after);
      const kw = kindWordAt(rest.trimStart().replace(/^các\s+/iu, ''));
      const behalf = m[1] ?? ON_BEHALF.exec(text.slice(Math.max(0, verbAt - 160), from))?.[1] ?? null;
      const of = behalf ? null : OF_BODY.exec(rest);
      const body = behalf ? plenumIssuer(behalf.trim()) : of ? of[1] : null;
      // ("… ký văn bản …" names no kind of its own.)
      if (kw && kw.vi !== 'Văn bản' && body && levelOfIssuer(body) && (/ban hành\s*$/u.test(m[0]) || of)) {
        const at = after + (rest.length - rest.trimStart().length);
        const span = j.spanOf(at, at + kw.length + 1);
        out.kind = { value: kw.kind, span, how };
        out.kindVi = { value: kw.vi, span, how };
        out.issuer = { value: body, span, how };
        out.level = { value: levelOfIssuer(body)!, span, how: `${how}: the body signed for` };
      }
      return out;
    }
  }
  return {};
}
