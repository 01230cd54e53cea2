/**
 * The issue date a copy states after the title rather than beside the symbol: "Nghị quyết số 21-NQ/TW về công
 * tác dân số trong tình hình mới ban hành ngày 25/10/2017 …". Read only from a paragraph that opens with the
 * document's kind and symbol (the page's own document; a symbol named later is another's), and only when the
 * header gave no date (readings fill only what it lacks).
 * Complexity: linear in the text of the opening paragraphs.
 */
import { readVietnameseDate } from '../document';
import type { DocumentMeta, NormalisedLine } from '../model';
import { joinLines, splitParagraphs } from '../normalise';
import { findSymbols, kindWordAt } from '../symbols';
import type { MetaReading } from './meta';

/** "… (được) ban hành (vào) ngày 25/10/2017", within the sentence after the symbol. */
const ISSUED_ON = /^[^.;]{0,240}?\s(?:được\s+)?ban hành\s+(?:vào\s+)?(ngày\s+\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})/u;

export function readIssuedLater(lines: readonly NormalisedLine[], meta: DocumentMeta): MetaReading {
  if (meta.issuedOn) return {};
  for (const para of splitParagraphs(lines).slice(0, 6)) {
    const j = joinLines(para);
    const text = j.text.trimStart();
    const kw = kindWordAt(text);
    const m = kw ? findSymbols(text.slice(0, 60))[0] : undefined;
    // "Nghị quyết số 21-NQ/TW về …": the kind, "số", the symbol, at the paragraph's start (the header's own symbol, if any).
    if (!kw || !m || !/^\s*(?:số\s*:?\s*)?$/u.test(text.slice(kw.length, m.index)) || (meta.symbol && m.symbol !== meta.symbol)) continue;
    const lead = j.text.length - text.length;
    const d = ISSUED_ON.exec(j.text.slice(lead + m.end));
    const date = d ? readVietnameseDate(d[1]) : null;
    if (!d || !date) continue;
    const at = lead + m.end + d[0].length - d[1].length;
    return { issuedOn: { value: date.iso, span: j.spanOf(at, at + d[1].length), how: `the sentence naming the document: "… ${d[0].trim()}"` } };
  }
  return {};
}
