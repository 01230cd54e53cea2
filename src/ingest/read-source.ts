/**
 * Turns a file into plain text for the pipeline. Plain text and Markdown are read as they are; DOCX goes
 * through mammoth's HTML so table rows become tab-separated lines (the layout the table stage already
 * reads); PDF uses its text layer (unpdf / pdf.js), one page after another, and OCR (ocr.ts) for pages
 * whose text layer is missing or unreadable; page images (PNG, JPEG, TIFF) are OCR'd.
 * Cost: linear in the file's bytes for text, DOCX and PDF text layers; an OCR'd page costs a fixed amount
 * of engine time (pdftoppm + Tesseract, a few CPU seconds at 300 dpi), OCR_CONCURRENCY pages at a time.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { decodeText } from './decode-text';
import type { Extraction, PageBox, SourcePage } from './model';
import { ensureOcrAvailable, ocrImage, ocrImagePages, OcrFailedError, ocrPdfPages, ocrSettings, OcrUnavailableError, type OcrPage, type OcrSettings } from './ocr';
import { ocrPageLines, textLayerProblem } from './pages';
import { logger } from '../logger';

export type SourceFormat = Extraction['source']['format'];

export interface SourceText {
  path: string;
  text: string;
  format: SourceFormat;
  sha256: string;
  /** Paged sources (PDF, page images): how each page was read and which lines it produced. */
  pages?: SourcePage[];
  /** OCR'd lines' boxes on their page, by line (index = line − 1); null for text-layer and blank lines. */
  lineBoxes?: (PageBox | null)[];
}

export class UnreadableSourceError extends Error {}

const IMAGE_EXTENSIONS = ['.png', '.jpg', '.jpeg', '.tif', '.tiff'];

/** One page's lines as they enter the text, and how they were obtained. */
export interface PageText {
  lines: string[];
  boxes: (PageBox | null)[];
  page: Omit<SourcePage, 'page' | 'startLine' | 'endLine'>;
}

/**
 * Lines of all pages one after another, each page knowing its line range. Each page after the first opens
 * with a form feed, as pdftotext separates pages: the normaliser then knows a number at a page's head or
 * foot for a page number, not a table row's last word.
 */
export function assemblePages(pages: PageText[]): { text: string; pages: SourcePage[]; lineBoxes: (PageBox | null)[] } {
  const lines: string[] = [];
  const lineBoxes: (PageBox | null)[] = [];
  const out: SourcePage[] = [];
  pages.forEach((p, i) => {
    const startLine = lines.length + 1;
    // A page with no text still takes one (blank) line, as a page break, but owns no line.
    const own = p.lines.length ? [...p.lines] : [''];
    if (i > 0) own[0] = `\f${own[0]}`;
    lines.push(...own);
    lineBoxes.push(...(p.lines.length ? p.boxes : [null]));
    out.push({ page: i + 1, startLine, endLine: p.lines.length ? startLine + p.lines.length - 1 : startLine - 1, ...p.page });
  });
  return { text: lines.join('\n'), pages: out, lineBoxes };
}

const textLayerPage = (text: string): PageText => {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  return { lines, boxes: lines.map(() => null), page: { method: 'TEXT_LAYER', confidence: null, reason: null, engine: null, dpi: null } };
};

const ocrPage = (p: OcrPage, reason: string, engine: string, dpi: number | null): PageText => ({
  ...ocrPageLines(p),
  page: { method: 'OCR', confidence: p.confidence, reason, engine, dpi },
});

const nonSpace = (s: string) => s.replace(/\s+/g, '').length;

/**
 * A PDF page by page: its text layer where it has a usable one, OCR where it has none (a scan), where the
 * layer is not Vietnamese text (a legacy font without a Unicode map), or where it is so thin that the page
 * is probably a scan with a stamp (then OCR wins only if it reads more).
 */
async function readPdf(file: string, bytes: Buffer): Promise<{ text: string; pages: SourcePage[]; lineBoxes: (PageBox | null)[] }> {
  const { extractText, getDocumentProxy } = await import('unpdf');
  let layers: string[];
  try {
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    layers = (await extractText(pdf, { mergePages: false })).text as string[];
  } catch (err) {
    throw new UnreadableSourceError(`${file}: not a readable PDF (${err instanceof Error ? err.message : String(err)})`);
  }
  const problems = layers.map(textLayerProblem);
  const wanted = problems.flatMap((p, i) => (p ? [i + 1] : []));
  const pages = layers.map(textLayerPage);
  if (wanted.length) {
    const settings = ocrSettings();
    const needed = wanted.filter((n) => problems[n - 1] !== 'thin text layer');
    let engine: string | null = null;
    try {
      engine = await ensureOcrAvailable(settings, { pdf: true });
    } catch (err) {
      if (!(err instanceof OcrUnavailableError)) throw err;
      if (needed.length) {
        const which = needed.map((n) => `${n} (${problems[n - 1]})`).join(', ');
        throw new UnreadableSourceError(`${file}: page${needed.length > 1 ? 's' : ''} ${which} need${needed.length > 1 ? '' : 's'} OCR (scanned?), but ${err.message}`);
      }
      logger.warn({ file, pages: wanted, reason: err.message }, 'read: thin text layers kept, OCR unavailable');
    }
    if (engine) {
      logger.info({ file, pages: layers.length, ocrPages: wanted.length, engine }, 'ocr: start');
      let results: OcrPage[];
      try {
        results = await ocrPdfPages(file, wanted, settings, { file, totalPages: layers.length });
      } catch (err) {
        if (err instanceof OcrFailedError) throw new UnreadableSourceError(`${file}: ${err.message}`);
        throw err;
      }
      wanted.forEach((n, k) => {
        const read = ocrPage(results[k], problems[n - 1]!, engine, settings.OCR_DPI);
        const thin = problems[n - 1] === 'thin text layer';
        if (!thin || nonSpace(read.lines.join('')) > nonSpace(layers[n - 1])) pages[n - 1] = read;
      });
    }
  }
  const assembled = assemblePages(pages);
  if (nonSpace(assembled.text) === 0) {
    throw new UnreadableSourceError(`${file}: the PDF has no text layer${wanted.length ? ' and OCR found no text on any page' : ''}`);
  }
  return assembled;
}

/**
 * Without ImageMagick, Tesseract reads the image file itself, all its pages in one run (no table layout):
 * a page is done when the engine starts the next one.
 */
async function ocrWholeImage(file: string, settings: OcrSettings): Promise<OcrPage[]> {
  const pages = tiffPageCount(fs.readFileSync(file)) ?? 1;
  let since = Date.now();
  const pageDone = (page: number) => {
    logger.info({ file, page, pages, progress: `${page}/${pages}`, ms: Date.now() - since }, 'ocr: page');
    since = Date.now();
  };
  const results = await ocrImage(file, settings, { onPageStart: (page) => page > 1 && pageDone(page - 1) });
  pageDone(results.length);
  return results;
}

/** A page image (or a multi-page TIFF): OCR is the only way to read it. */
async function readImage(file: string): Promise<{ text: string; pages: SourcePage[]; lineBoxes: (PageBox | null)[] }> {
  const settings = ocrSettings();
  let engine: string;
  try {
    engine = await ensureOcrAvailable(settings, { pdf: false });
  } catch (err) {
    if (err instanceof OcrUnavailableError) throw new UnreadableSourceError(`${file}: a page image needs OCR, but ${err.message}`);
    throw err;
  }
  let results: OcrPage[];
  try {
    results = (await ocrImagePages(file, settings, { file })) ?? (await ocrWholeImage(file, settings));
  } catch (err) {
    if (err instanceof OcrFailedError) throw new UnreadableSourceError(`${file}: ${err.message}`);
    throw err;
  }
  const assembled = assemblePages(results.map((r) => ocrPage(r, 'page image', engine, r.dpi ?? null)));
  if (nonSpace(assembled.text) === 0) throw new UnreadableSourceError(`${file}: OCR found no text in the image`);
  return assembled;
}

/** Pages of a TIFF (its chain of image directories); null when the bytes are not a TIFF. */
export function tiffPageCount(bytes: Buffer): number | null {
  const order = bytes.toString('latin1', 0, 2);
  if (bytes.length < 8 || (order !== 'II' && order !== 'MM')) return null;
  const u16 = (at: number) => (order === 'II' ? bytes.readUInt16LE(at) : bytes.readUInt16BE(at));
  const u32 = (at: number) => (order === 'II' ? bytes.readUInt32LE(at) : bytes.readUInt32BE(at));
  if (u16(2) !== 42) return null;
  const seen = new Set<number>();
  for (let at = u32(4); at && at + 2 <= bytes.length && !seen.has(at); ) {
    seen.add(at);
    const next = at + 2 + 12 * u16(at);
    if (next + 4 > bytes.length) break;
    at = u32(next);
  }
  return seen.size || null;
}

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
  let paged: { pages: SourcePage[]; lineBoxes: (PageBox | null)[] } | undefined;
  if (ext === '.docx') {
    const mammoth = await import('mammoth');
    const { value } = await mammoth.convertToHtml({ buffer: bytes });
    text = htmlToLines(value);
    format = 'DOCX';
  } else if (ext === '.pdf') {
    const { text: all, ...layout } = await readPdf(file, bytes);
    text = all;
    paged = layout;
    format = 'PDF';
  } else if (IMAGE_EXTENSIONS.includes(ext)) {
    const { text: all, ...layout } = await readImage(file);
    text = all;
    paged = layout;
    format = 'IMAGE';
  } else if (['.txt', '.md', '.markdown', '.text', ''].includes(ext)) {
    try {
      text = decodeText(bytes, file);
    } catch (err) {
      throw new UnreadableSourceError((err as Error).message);
    }
    format = ext === '.md' || ext === '.markdown' || looksLikeMarkdown(text) ? 'MARKDOWN' : looksLikeWebCopy(text) ? 'HTML_TEXT' : 'TEXT';
  } else {
    throw new UnreadableSourceError(`${file}: unsupported file type "${ext}" (use .txt, .md, .docx, .pdf, or a page image .png, .jpg, .tif)`);
  }
  // Line ends are kept as written: spans count them, so they point into the file's own text.
  return { path: file, text, format, sha256, ...paged };
}
