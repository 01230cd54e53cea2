/**
 * Turns a file into plain text for the pipeline. Plain text and Markdown are read as they are; DOCX goes
 * through mammoth's HTML so table rows become tab-separated lines (the layout the table stage already
 * reads); PDF uses its text layer (unpdf / pdf.js), one page after another.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Extraction } from './model';

export type SourceFormat = Extraction['source']['format'];

export interface SourceText {
  path: string;
  text: string;
  format: SourceFormat;
  sha256: string;
}

export class UnreadableSourceError extends Error {}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * A cell's own paragraphs and line breaks must not end the row's line. Joined with "; " (unless the
 * paragraph already ends in punctuation), so agencies written one per paragraph stay separate.
 */
function flattenCell(inner: string): string {
  const parts = inner
    .split(/<\/p>|<br\s*\/?>/)
    .map((p) => p.replace(/<[^>]+>/g, '').trim())
    .filter(Boolean);
  return parts.reduce((acc, p) => (!acc ? p : /[.,;:]$/.test(acc) ? `${acc} ${p}` : `${acc}; ${p}`), '');
}

/** mammoth's HTML is small and regular: paragraphs, tables, lists. Cells → tabs, rows and blocks → lines. */
export function htmlToLines(html: string): string {
  return html
    .replace(/(<t[dh][^>]*>)([\s\S]*?)(<\/t[dh]>)/g, (_m, open: string, inner: string, close: string) => `${open}${flattenCell(inner)}${close}`)
    .replace(/<\/t[dh]>\s*<t[dh][^>]*>/g, '\t')
    .replace(/<\/(p|h\d|li|tr)>/g, '\n')
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
      return ENTITIES[e.toLowerCase()] ?? m;
    });
}

/** A text whose lines look like `| a | b |` rows is a Markdown transcription. */
function looksLikeMarkdown(text: string): boolean {
  return /^\s*\|.*\|\s*$/m.test(text) && /^\s*\|?\s*:?-{3,}/m.test(text);
}

/** Site chrome that a document itself never contains as a whole line. */
const WEB_CHROME = /^\s*(?:Đăng nhập|Trang chủ|Chia sẻ|Bản quyền|Copyright|©|Tin liên quan|Bài viết liên quan|Lượt xem|Ngày đăng|In trang|Tải về)(?![\p{L}])/imu;

/** Text copied from a web page keeps the site's chrome around the document: a link, or chrome lines at both ends. */
function looksLikeWebCopy(text: string): boolean {
  const head = text.slice(0, 3000);
  const tail = text.slice(-3000);
  return (WEB_CHROME.test(head) && /https?:\/\//.test(text)) || (WEB_CHROME.test(head) && WEB_CHROME.test(tail));
}

export async function readSource(file: string): Promise<SourceText> {
  const bytes = fs.readFileSync(file);
  const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
  const ext = path.extname(file).toLowerCase();
  let text: string;
  let format: SourceFormat;
  if (ext === '.docx') {
    const mammoth = await import('mammoth');
    const { value } = await mammoth.convertToHtml({ buffer: bytes });
    text = htmlToLines(value);
    format = 'DOCX';
  } else if (ext === '.pdf') {
    const { extractText, getDocumentProxy } = await import('unpdf');
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    const { text: pages } = await extractText(pdf, { mergePages: false });
    text = (pages as string[]).join('\n');
    format = 'PDF';
    if (text.replace(/\s/g, '').length === 0) throw new UnreadableSourceError(`${file}: the PDF has no text layer (scanned?); OCR it first`);
  } else if (['.txt', '.md', '.markdown', '.text', ''].includes(ext)) {
    text = bytes.toString('utf8');
    if (text.includes('\uFFFD')) throw new UnreadableSourceError(`${file}: not valid UTF-8 text`);
    format = ext === '.md' || ext === '.markdown' || looksLikeMarkdown(text) ? 'MARKDOWN' : looksLikeWebCopy(text) ? 'HTML_TEXT' : 'TEXT';
  } else {
    throw new UnreadableSourceError(`${file}: unsupported file type "${ext}" (use .txt, .md, .docx or .pdf)`);
  }
  return { path: file, text: text.replace(/\r\n?/g, '\n'), format, sha256 };
}
