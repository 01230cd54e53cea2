/**
 * Who signed, as a copy's intro or a news report says it: "Thay mặt Bộ Chính trị, Tổng Bí thư Tô Lâm đã ký
 * ban hành Nghị quyết số 70-NQ/TW …", "Thủ tướng Chính phủ Phạm Minh Chính vừa ký Quyết định …", "Thường trực
 * Ban Bí thư Trần Cẩm Tú ký ban hành Kết luận …". The name is the run of capitalised words right before "(đã|vừa)
 * ký", after the office's title (its lower-case words end the run), and must read as a person's name (a known
 * surname); a signature block of the document's own wins over it (readings fill only what the header lacks).
 * What was signed and for whom come with it when the sentence says so: "thay mặt Ban Chấp hành Trung ương, …
 * đã ký ban hành Nghị quyết 19 của Hội nghị lần thứ 5 …" is a resolution of the Central Committee, though it
 * gives the number without "số" or code.
 * Complexity: linear in the text of the opening paragraphs.
 */
import { levelOfIssuer, personName, plenumIssuer } from '../document';
import type { NormalisedLine } from '../model';
import { joinLines, splitParagraphs } from '../normalise';
import { kindWordAt } from '../symbols';
import type { MetaReading } from './meta';

/** "Thay mặt Bộ Chính trị, …", "thay mặt Trung ương Đảng, …": the body signed for, right before the signer. */
const ON_BEHALF = /(?:^|[\s,;.])(?:[Tt]hay mặt)\s+([^,]{3,80}),\s*[^,]{0,80}$/u;

/** Capitalised words (the name, and maybe the end of an office: "Tỉnh ủy Nghệ An Nguyễn Đức Trung") before the verb. */
// "Nguyễn Phú Trọng vừa thay mặt Bộ Chính trị ký ban hành …": the body signed for may stand between name and verb.
const SIGNED = /((?:\p{Lu}\p{Ll}*\s+){1,5}?\p{Lu}\p{Ll}*)\s+(?:(?:đã|vừa|mới|mới đây|chính thức|cũng)\s+)*(?:thay mặt\s+([^,.;]{3,80}?)\s+)?ký(?:\s+ban hành)?(?![\p{L}])/gu;

/** The person's name ending a run of capitalised words: the longest tail of 2–4 words that reads as one. */
function nameAtEnd(run: string): string | null {
  const words = run.trim().split(/\s+/);
  for (let n = Math.min(4, words.length); n >= 2; n--) {
    const name = personName(words.slice(-n).join(' '));
    if (name) return name;
  }
  return null;
}

export function readNewsSigner(lines: readonly NormalisedLine[]): MetaReading {
  for (const para of splitParagraphs(lines).slice(0, 6)) {
    const j = joinLines(para);
    for (const m of j.text.matchAll(SIGNED)) {
      const name = nameAtEnd(m[1]);
      if (!name) continue;
      const at = (m.index ?? 0) + m[1].lastIndexOf(name);
      const how = `a copy's intro: "${m[0].trim()}"`;
      const out: MetaReading = { signer: { value: name, span: j.spanOf(at, at + name.length), how } };
      // What was signed: the kind word right after "ký ban hành"; for whom: "thay mặt <body>," before the name.
      const after = (m.index ?? 0) + m[0].length;
      const kw = /ban hành\s*$/u.test(m[0]) ? kindWordAt(j.text.slice(after).trimStart()) : null;
      const behalf = m[2] ? null : ON_BEHALF.exec(j.text.slice(Math.max(0, (m.index ?? 0) - 160), at));
      const forBody = m[2] ?? behalf?.[1] ?? null;
      const body = forBody ? plenumIssuer(forBody.trim()) : null;
      if (kw && body && levelOfIssuer(body)) {
        const span = j.spanOf(after, after + kw.length + 1);
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
