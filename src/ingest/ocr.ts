/**
 * OCR of page images with Tesseract's command-line tool and its Vietnamese model; PDF pages are rendered
 * with poppler's `pdftoppm` first. Both run as child processes (execFile with an argument array, never a
 * shell), at most OCR_CONCURRENCY pages at a time, each Tesseract limited to one thread so two pages use
 * two cores. The engine's TSV output gives every line its box and every word its confidence.
 *
 * OCR is optional: without the Debian packages a caller gets an OcrUnavailableError that carries the
 * exact `apt-get install` line.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { logger } from '../logger';
import { trackChild } from './children';
import type { PageBox } from './model';
import { eraseGridLines, findScannedTables, layoutScannedTables, type ScannedTables } from './ocr-table';
import { whitenPaper } from './paper';
import { parsePgm, writePgm, type GrayImage } from './ruling-lines';

/** The packages OCR needs, as one line a user can paste. */
export const OCR_APT_LINE = 'apt-get install tesseract-ocr tesseract-ocr-vie poppler-utils';

export class OcrUnavailableError extends Error {}
export class OcrFailedError extends Error {}

const OcrEnvSchema = z.object({
  /** The Tesseract binary (a name looked up on PATH, or a path). */
  TESSERACT_BIN: z.string().min(1).default('tesseract'),
  /** poppler's page renderer. */
  PDFTOPPM_BIN: z.string().min(1).default('pdftoppm'),
  /** ImageMagick's convert, optional: splits page images into pages the table reader can see (ocr-table.ts). */
  IMAGEMAGICK_BIN: z.string().min(1).default('convert'),
  /** Tesseract language(s): Vietnamese by default ("vie+eng" also works). */
  OCR_LANG: z.string().regex(/^[a-z_]+(\+[a-z_]+)*$/, 'Tesseract language codes joined by "+", e.g. vie or vie+eng').default('vie'),
  /** Resolution PDF pages are rendered at for OCR. */
  OCR_DPI: z.coerce.number().int().min(100).max(600).default(300),
  /** A page whose mean word confidence is below this (0–100) is flagged with a warning. */
  OCR_MIN_CONFIDENCE: z.coerce.number().min(0).max(100).default(70),
  /** Pages OCR'd at once (one Tesseract process per page, one thread each). */
  OCR_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(Math.max(1, Math.min(2, os.availableParallelism()))),
  /** Longest one page may take before it is abandoned. */
  OCR_PAGE_TIMEOUT_MS: z.coerce.number().int().positive().default(180000),
});

export type OcrSettings = z.infer<typeof OcrEnvSchema>;

export function ocrSettings(env: NodeJS.ProcessEnv = process.env): OcrSettings {
  const parsed = OcrEnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message} (got ${JSON.stringify(env[String(i.path[0])])})`);
    throw new Error(`Invalid OCR configuration: ${problems.join('; ')}`);
  }
  return parsed.data;
}

/** One word as the engine read it, with its box in pixels of the page image. */
export interface OcrWord {
  text: string;
  box: PageBox;
  confidence: number;
}

/** One line as the engine read it, with its box in pixels of the page image and its mean word confidence. */
export interface OcrLine {
  text: string;
  box: PageBox;
  confidence: number;
  /** The line opens a new paragraph or block (a blank line goes before it in the text). */
  opensParagraph: boolean;
  /** Its words, left to right (a table's cells are rebuilt from them: ocr-table.ts). */
  words: OcrWord[];
}

export interface OcrPage {
  lines: OcrLine[];
  /** Mean word confidence (0–100), weighted by word length; null when the page holds no words. */
  confidence: number | null;
  width: number;
  height: number;
  /** The resolution the page image was read at, when known. */
  dpi?: number;
}

function run(bin: string, args: string[], opts: { timeout?: number; onStderr?: (text: string) => void } = {}): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      bin,
      args,
      // One thread per Tesseract: the pool, not OpenMP, decides how many cores OCR uses.
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: opts.timeout ?? 0, env: { ...process.env, OMP_THREAD_LIMIT: '1' } },
      (err, stdout, stderr) => (err ? reject(Object.assign(err, { stderr })) : resolve({ stdout, stderr })),
    );
    if (opts.onStderr) child.stderr?.on('data', (chunk: Buffer | string) => opts.onStderr!(String(chunk)));
    trackChild(child); // a timed-out or failed extraction kills it (./children.ts)
  });
}

const tail = (s: string | undefined) => (s ?? '').trim().split('\n').slice(-3).join(' | ').slice(0, 400);

const availability = new Map<string, Promise<string>>();

/**
 * Checks once per configuration that Tesseract runs and has the language, and (for PDFs) that pdftoppm
 * runs. Resolves to the engine's name and version ("tesseract 5.3.0 (vie)").
 */
export function ensureOcrAvailable(settings: OcrSettings, opts: { pdf: boolean }): Promise<string> {
  const key = JSON.stringify([settings.TESSERACT_BIN, settings.OCR_LANG, opts.pdf ? settings.PDFTOPPM_BIN : null]);
  let known = availability.get(key);
  if (!known) {
    known = probe(settings, opts);
    availability.set(key, known);
    // A failed probe is not cached: the packages may be installed while a long-running service waits.
    known.catch(() => availability.delete(key));
  }
  return known;
}

async function probe(settings: OcrSettings, opts: { pdf: boolean }): Promise<string> {
  const missing = (what: string) => new OcrUnavailableError(`${what}; install OCR with: ${OCR_APT_LINE}`);
  let version: string;
  try {
    version = (await run(settings.TESSERACT_BIN, ['--version'], { timeout: 20000 })).stdout.split('\n')[0].trim();
  } catch {
    throw missing(`Tesseract is not available (TESSERACT_BIN=${settings.TESSERACT_BIN})`);
  }
  const { stdout } = await run(settings.TESSERACT_BIN, ['--list-langs'], { timeout: 20000 }).catch(() => ({ stdout: '' }));
  const langs = new Set(stdout.split('\n').map((l) => l.trim()));
  const absent = settings.OCR_LANG.split('+').filter((l) => !langs.has(l));
  if (absent.length) throw missing(`Tesseract has no "${absent.join('", "')}" model (OCR_LANG=${settings.OCR_LANG})`);
  if (opts.pdf) {
    try {
      await run(settings.PDFTOPPM_BIN, ['-v'], { timeout: 20000 });
    } catch {
      throw missing(`pdftoppm is not available (PDFTOPPM_BIN=${settings.PDFTOPPM_BIN})`);
    }
  }
  return `${version} (${settings.OCR_LANG})`;
}

/**
 * Tesseract's TSV: one row per page (level 1), block (2), paragraph (3), line (4) and word (5), with
 * left/top/width/height and, for words, a confidence. Pages come in order; empty words are layout only.
 */
export function parseTesseractTsv(tsv: string): OcrPage[] {
  const pages = new Map<number, OcrPage>();
  const lineOf = new Map<string, OcrLine & { weight: number; sum: number }>();
  let lastParagraph = '';
  const order: { page: number; key: string }[] = [];
  for (const row of tsv.split('\n').slice(1)) {
    const cols = row.split('\t');
    if (cols.length < 12) continue;
    const [level, pageNum, block, par, line, , left, top, width, height, conf] = cols.slice(0, 11).map(Number);
    const text = unglueAbbreviation(cols.slice(11).join('\t').trim());
    if (level === 1) {
      pages.set(pageNum, { lines: [], confidence: null, width, height });
      continue;
    }
    if (level !== 5 || !text) continue;
    const key = `${pageNum}/${block}/${par}/${line}`;
    let l = lineOf.get(key);
    const box = { x: left, y: top, width, height };
    if (!l) {
      const paragraph = `${pageNum}/${block}/${par}`;
      l = { text, box, confidence: 0, opensParagraph: paragraph !== lastParagraph, words: [], weight: 0, sum: 0 };
      lastParagraph = paragraph;
      lineOf.set(key, l);
      order.push({ page: pageNum, key });
    } else {
      l.text += ` ${text}`;
      const x1 = Math.max(l.box.x + l.box.width, left + width);
      const y1 = Math.max(l.box.y + l.box.height, top + height);
      l.box = { x: Math.min(l.box.x, left), y: Math.min(l.box.y, top), width: 0, height: 0 };
      l.box.width = x1 - l.box.x;
      l.box.height = y1 - l.box.y;
    }
    l.words.push({ text: text.normalize('NFC'), box, confidence: Math.max(0, conf) });
    const weight = [...text].length;
    l.weight += weight;
    l.sum += Math.max(0, conf) * weight;
  }
  for (const { page, key } of order) {
    const l = lineOf.get(key)!;
    const p = pages.get(page) ?? { lines: [], confidence: null, width: 0, height: 0 };
    pages.set(page, p);
    // A line Tesseract itself barely believes is specks of noise (a blank scanned page yields a few), not text.
    const confidence = l.sum / Math.max(1, l.weight);
    if (confidence < SPECK_CONFIDENCE) continue;
    p.lines.push({ text: l.text.normalize('NFC'), box: l.box, confidence: round1(confidence), opensParagraph: l.opensParagraph, words: l.words });
  }
  for (const p of pages.values()) {
    const weight = p.lines.reduce((n, l) => n + l.text.length, 0);
    p.confidence = weight ? round1(p.lines.reduce((n, l) => n + l.confidence * l.text.length, 0) / weight) : null;
  }
  return [...pages.entries()].sort((a, b) => a[0] - b[0]).map(([, p]) => p);
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * An abbreviation in capitals glued to the capitalised word after it ("TPHà Nội", "UBNDTỉnh"): the engine
 * lost the narrow space between them. No Vietnamese word has capitals followed by a capital and small
 * letters, so the space goes back before the last capital.
 */
export function unglueAbbreviation(word: string): string {
  return word.replace(/^(\p{Lu}{2,})(\p{Lu}[\p{Ll}\p{M}]+)$/u, '$1 $2');
}

/** Below this mean word confidence a line is noise read as text: real text, even badly scanned, scores higher. */
const SPECK_CONFIDENCE = 20;

/**
 * OCR one image file (PNG, JPEG, TIFF: a multi-page TIFF gives several pages). Page segmentation mode 1
 * detects the orientation first, so a page scanned sideways or upside down is read the right way up.
 */
export async function ocrImage(image: string, settings: OcrSettings, opts: { dpi?: number; psm?: number; onPageStart?: (page: number) => void } = {}): Promise<OcrPage[]> {
  const args = [image, 'stdout', '-l', settings.OCR_LANG, '--psm', String(opts.psm ?? 1)];
  if (opts.dpi) args.push('--dpi', String(opts.dpi));
  args.push('tsv');
  let stdout: string;
  try {
    // Tesseract says "Page N" on stderr as it starts each page of a multi-page image: progress as it goes.
    const { onPageStart } = opts;
    const onStderr = onPageStart && ((text: string) => [...text.matchAll(/^Page (\d+)$/gm)].forEach((m) => onPageStart(Number(m[1]))));
    ({ stdout } = await run(settings.TESSERACT_BIN, args, { timeout: settings.OCR_PAGE_TIMEOUT_MS, onStderr }));
  } catch (err) {
    const e = err as Error & { stderr?: string; killed?: boolean };
    throw new OcrFailedError(e.killed ? `OCR took longer than OCR_PAGE_TIMEOUT_MS=${settings.OCR_PAGE_TIMEOUT_MS}` : `Tesseract could not read the image: ${tail(e.stderr) || e.message}`);
  }
  return parseTesseractTsv(stdout);
}

/**
 * Render one PDF page (1-based) to a grayscale PGM in `dir`. Not PNG: compressing a noisy 300 dpi scan
 * costs pdftoppm ~12 s of CPU, writing it raw ~0.1 s (Tesseract reads PGM as well).
 */
async function renderPdfPage(pdf: string, page: number, settings: OcrSettings, dir: string): Promise<string> {
  const prefix = path.join(dir, `page-${page}`);
  try {
    await run(settings.PDFTOPPM_BIN, ['-r', String(settings.OCR_DPI), '-gray', '-f', String(page), '-l', String(page), '-singlefile', pdf, prefix], {
      timeout: settings.OCR_PAGE_TIMEOUT_MS,
    });
  } catch (err) {
    const e = err as Error & { stderr?: string; killed?: boolean };
    if (e.killed) throw new OcrFailedError(`pdftoppm took longer than OCR_PAGE_TIMEOUT_MS=${settings.OCR_PAGE_TIMEOUT_MS} to render page ${page}`);
    throw new OcrFailedError(`pdftoppm could not render page ${page}: ${tail(e.stderr) || e.message}`);
  }
  return `${prefix}.pgm`;
}

/**
 * A rendered page made ready for the engine: its paper's grain whitened (paper.ts), its ruled tables found
 * and their borders whitened too (ocr-table.ts), written back over the image. `tables` is null when the
 * page has none (and `unruled` the page before its borders were erased, when it has); the whole result is
 * null when the file is no PGM (it is then read as it is).
 */
function preparePage(image: string, dpi: number): { tables: ScannedTables | null; raster: GrayImage; unruled: GrayImage | null } | null {
  const raster = parsePgm(fs.readFileSync(image));
  if (!raster) return null;
  whitenPaper(raster);
  const tables = findScannedTables(raster, dpi);
  const unruled = tables ? { ...raster, pixels: Uint8Array.from(raster.pixels) } : null;
  if (tables) eraseGridLines(raster, tables, dpi);
  fs.writeFileSync(image, writePgm(raster));
  return { tables, raster, unruled };
}

/**
 * Which way a page was read sideways, from its words' boxes: most words of three letters or more standing
 * taller than wide. 1 when its lines run down the image (the page was turned a quarter clockwise), -1 when
 * they run up, 0 when the page is upright (or upside down, which the engine's own orientation handles).
 */
export function sidewaysTurn(page: OcrPage): -1 | 0 | 1 {
  const words = page.lines.flatMap((l) => l.words).filter((w) => [...w.text].length >= 3);
  const tall = words.filter((w) => w.box.height > 1.5 * w.box.width).length;
  if (words.length < 5 || tall < 0.7 * words.length) return 0;
  let down = 0;
  for (const l of page.lines) {
    if (l.words.length < 2) continue;
    const dy = l.words[l.words.length - 1].box.y - l.words[0].box.y;
    down += Math.sign(dy);
  }
  return down > 0 ? 1 : down < 0 ? -1 : 0;
}

/** The image turned a quarter: counter-clockwise for turn 1 (undoing a clockwise turn), clockwise for -1. */
export function turnQuarter(img: GrayImage, turn: 1 | -1): GrayImage {
  const { width: w, height: h, pixels } = img;
  const out = new Uint8Array(w * h);
  // The turned image is h wide and w tall; (x, y) on it comes from (w − 1 − y, x) or (y, h − 1 − x).
  for (let y = 0; y < w; y++)
    for (let x = 0; x < h; x++) out[y * h + x] = turn === 1 ? pixels[x * w + (w - 1 - y)] : pixels[(h - 1 - x) * w + y];
  return { width: h, height: w, pixels: out };
}

const NO_PAGE: OcrPage = { lines: [], confidence: null, width: 0, height: 0 };

/**
 * OCR one page image in PGM (the renderer's output): prepared first (preparePage), then Tesseract,
 * then the tables laid out as rows of cells (ocr-table.ts). `dpi` is the image's.
 */
async function ocrPageImage(image: string, dpi: number, settings: OcrSettings, turned = false): Promise<OcrPage> {
  const prepared = preparePage(image, dpi);
  const [read = NO_PAGE] = await ocrImage(image, settings, { dpi });
  if (!prepared?.tables) return read;
  // A table page fed sideways: the engine reads its text turned, but its rules and words would meet in a
  // transposed grid. The page is turned upright and read again (its boxes are then the upright page's).
  const turn = turned ? 0 : sidewaysTurn(read);
  if (turn && prepared.unruled) {
    fs.writeFileSync(image, writePgm(turnQuarter(prepared.unruled, turn)));
    return ocrPageImage(image, dpi, settings, true);
  }
  // A strip of cells to read again: page segmentation mode 7 when it is one line of text, else 6 (a block).
  const reread = async (strip: GrayImage, oneLine: boolean) => {
    const file = `${image}.cells.pgm`;
    fs.writeFileSync(file, writePgm(strip));
    try {
      return (await ocrImage(file, settings, { dpi, psm: oneLine ? 7 : 6 }))[0] ?? NO_PAGE;
    } finally {
      fs.rmSync(file, { force: true });
    }
  };
  return layoutScannedTables(read, prepared.tables, dpi, { img: prepared.raster, reread });
}

/** A page image's resolution from ImageMagick's "%x %U %w": its own, else its width taken as an A4 page's. */
export function imageDpi(info: string): number {
  const [x, units, width] = info.trim().split(/\s+/);
  const own = units === 'PixelsPerInch' ? Number(x) : units === 'PixelsPerCentimeter' ? Number(x) * 2.54 : NaN;
  const dpi = own >= 100 && own <= 1200 ? own : Number(width) / 8.27;
  return Math.round(Math.min(1200, Math.max(100, dpi || 300)));
}

/**
 * OCR a page image file page by page (a multi-page TIFF gives several), each page split out by ImageMagick
 * as an 8-bit grayscale PGM, so its ruled tables are read cell by cell and each page is logged as it is
 * done. Null when ImageMagick is not installed: the caller then gives the file to Tesseract as it is.
 */
export async function ocrImagePages(file: string, settings: OcrSettings, context: { file: string }): Promise<OcrPage[] | null> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocr-'));
  try {
    let info: string;
    try {
      const args = [file, '-colorspace', 'Gray', '-depth', '8', '-format', '%x %U %w\n', '-write', 'info:-', '+adjoin', path.join(dir, 'page-%d.pgm')];
      ({ stdout: info } = await run(settings.IMAGEMAGICK_BIN, args, { timeout: settings.OCR_PAGE_TIMEOUT_MS }));
    } catch (err) {
      const e = err as Error & { code?: string; stderr?: string };
      if (e.code === 'ENOENT') return null;
      throw new OcrFailedError(`ImageMagick could not read the image: ${tail(e.stderr) || e.message}`);
    }
    const dpis = info.trim().split('\n').map(imageDpi);
    let done = 0;
    return await mapLimit(dpis, settings.OCR_CONCURRENCY, async (dpi, i) => {
      const started = Date.now();
      const result = await ocrPageImage(path.join(dir, `page-${i}.pgm`), dpi, settings).catch((err: Error) => {
        throw new OcrFailedError(`page ${i + 1}: ${err.message}`);
      });
      done += 1;
      logger.info({ file: context.file, page: i + 1, pages: dpis.length, progress: `${done}/${dpis.length}`, confidence: result.confidence, lines: result.lines.length, ms: Date.now() - started }, 'ocr: page');
      return { ...result, dpi };
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Run `fn` over items with at most `limit` in flight; results in input order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/**
 * OCR the given pages (1-based) of a PDF, each rendered at OCR_DPI, with a progress log line per page.
 * Returns the pages in the order asked.
 */
export async function ocrPdfPages(pdf: string, pages: readonly number[], settings: OcrSettings, context: { file: string; totalPages: number }): Promise<OcrPage[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocr-'));
  let done = 0;
  try {
    return await mapLimit(pages, settings.OCR_CONCURRENCY, async (page) => {
      const started = Date.now();
      const image = await renderPdfPage(pdf, page, settings, dir);
      try {
        const result = await ocrPageImage(image, settings.OCR_DPI, settings);
        done += 1;
        logger.info(
          { file: context.file, page, pages: context.totalPages, progress: `${done}/${pages.length}`, confidence: result.confidence, lines: result.lines.length, ms: Date.now() - started },
          'ocr: page',
        );
        return result;
      } catch (err) {
        throw new OcrFailedError(`page ${page}: ${(err as Error).message}`);
      } finally {
        fs.rmSync(image, { force: true });
      }
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
