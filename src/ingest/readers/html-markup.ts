/**
 * A page pasted as its HTML source ("<!DOCTYPE html>", "<head>", "<meta property="og:title" …>", "<title>Quy định số
 * 20-QĐ&#x002F;TW về thi hành điều lệ Đảng</title>") and character references left in a copied text ("20-QĐ&#x002F;TW",
 * "R&amp;D", "&nbsp;"):
 *  - a line that is markup only (tags, no text between them) is dropped with a DROPPED_LINE warning: it is the
 *    site's, never a title, a task or a citation;
 *  - the text of a page's title or heading tag (`<title>`, `<h1>`…`<h3>`) is kept, without its tags: it is how the
 *    page names the document it holds;
 *  - a paragraph's inline tags are taken away and its text kept ("<p style=…><span …>Ngày 16 tháng 8 năm 2021, UBND
 *    tỉnh ban hành Văn bản số 2882/UBND-KTTH …</span></p>");
 *  - character references are read as the characters they stand for, everywhere ("Ng&agrave;y", "&#x002F;"; decoded
 *    by the `entities` package, HTML's own table).
 * Each kept character keeps the column it came from, so spans still point into the original.
 * Complexity: linear in the text (each line scanned once; only lines holding "<" or "&" are rewritten).
 */
import { decodeHTML } from 'entities';
import type { NormalisedLine, NormalisedText } from '../model';
import { columnsOf, withColumns } from '../normalise';

const REFERENCE = /&(?:#x[0-9a-f]{1,6}|#\d{1,7}|[a-z][a-z0-9]{1,31});/giu;
/** The inline tags of a paragraph's text (only HTML's own element names: "<5%" or "<Tên đơn vị>" are text). */
// ("<br>" is left: a Markdown table's cell breaks its lines with it, "BỘ TÀI CHÍNH<br>-------", and the header reads it so.)
const INLINE_TAG = /<\/?(?:p|span|strong|b|i|em|u|a|div|font|h[1-6]|li|ul|ol|td|th|tr|table|tbody|thead|sup|sub|section|article|header|footer|label|small|center)(?:\s(?:[^<>"']|"[^"]*"|'[^']*')*)?\/?>/giu;
/** What the line holds to rewrite: a character reference or an inline tag. */
const REWRITE = new RegExp(`${REFERENCE.source}|${INLINE_TAG.source}`, 'giu');
const HAS_REWRITE = new RegExp(REWRITE.source, 'iu');
/** A whole line of markup: tags and the blanks between them, a doctype, a comment. */
const MARKUP_ONLY = /^\s*(?:<(?:!DOCTYPE|!--|\/?[a-z][a-z0-9]*(?=[\s/>]))(?:[^<>]|"[^"]*"|'[^']*')*>\s*)+$/iu;
/** A title or heading tag holding the page's own name of what it shows. */
const TITLE_TAG = /^\s*<(title|h[1-3])(?:\s[^>]*)?>([^<]*)<\/\1>\s*$/iu;

/** A tag is taken away; a reference reads as its character (an unknown one stays as written). */
const rewrite = (piece: string): string => (piece.startsWith('<') ? '' : decodeHTML(piece));

/** The line's text from `from` to `to` with its tags taken away and references decoded, each character at its own column. */
function decodedSlice(l: NormalisedLine, from: number, to: number): NormalisedLine {
  const cols = columnsOf(l);
  const piece = l.text.slice(from, to);
  let text = '';
  const out: number[] = [];
  let k = 0;
  for (const m of piece.matchAll(REWRITE)) {
    const at = m.index ?? 0;
    for (; k < at; k++) {
      text += piece[k];
      out.push(cols[from + k]);
    }
    const ch = rewrite(m[0]);
    for (let c = 0; c < ch.length; c++) out.push(cols[from + at]);
    text += ch;
    k = at + m[0].length;
  }
  for (; k < piece.length; k++) {
    text += piece[k];
    out.push(cols[from + k]);
  }
  out.push(cols[to]);
  return withColumns(l, text, out);
}

export function readHtmlMarkup(text: NormalisedText): NormalisedText {
  if (!text.lines.some((l) => l.text.includes('<') || l.text.includes('&'))) return text;
  const lines: NormalisedLine[] = [];
  const dropped = [...text.dropped];
  for (const l of text.lines) {
    const title = TITLE_TAG.exec(l.text);
    if (title) {
      const from = l.text.indexOf('>') + 1;
      lines.push(decodedSlice(l, from, from + title[2].length));
    } else if (MARKUP_ONLY.test(l.text)) dropped.push({ line: l.line, reason: 'HTML markup of the page' });
    else lines.push(HAS_REWRITE.test(l.text) ? decodedSlice(l, 0, l.text.length) : l);
  }
  return { lines, dropped: dropped.sort((a, b) => a.line - b.line) };
}
