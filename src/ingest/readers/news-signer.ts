/**
 * Who signed, as a copy's intro or a news report says it: "Thay mặt Bộ Chính trị, Tổng Bí thư Tô Lâm đã ký
 * ban hành Nghị quyết số 70-NQ/TW …", "Thủ tướng Chính phủ Phạm Minh Chính vừa ký Quyết định …", "Thường trực
 * Ban Bí thư Trần Cẩm Tú ký ban hành Kết luận …". The name is the run of capitalised words right before "(đã|vừa)
 * ký", after the office's title (its lower-case words end the run), and must read as a person's name (a known
 * surname); a signature block of the document's own wins over it (readings fill only what the header lacks).
 * Complexity: linear in the text of the opening paragraphs.
 */
import { personName } from '../document';
import type { NormalisedLine } from '../model';
import { joinLines, splitParagraphs } from '../normalise';
import type { MetaReading } from './meta';

/** Capitalised words (the name, and maybe the end of an office: "Tỉnh ủy Nghệ An Nguyễn Đức Trung") before the verb. */
const SIGNED = /((?:\p{Lu}\p{Ll}*\s+){1,5}?\p{Lu}\p{Ll}*)\s+(?:(?:đã|vừa|mới|mới đây|chính thức|cũng)\s+)*ký(?:\s+ban hành)?(?![\p{L}])/gu;

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
      return { signer: { value: name, span: j.spanOf(at, at + name.length), how: `a copy's intro: "${m[0].trim()}"` } };
    }
  }
  return {};
}
