/**
 * Builds test scans from real text with Debian tools: ImageMagick renders a page of text in DejaVu Sans at
 * a given resolution, then adds what a scanner does (noise, blur, a small skew); the pages are wrapped into
 * a PDF of JPEG images (ImageMagick's own PDF writer is disabled by Debian's policy, and a PDF of images is
 * only a few objects). Used by scripts/ocr-accuracy.ts and the OCR tests.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { distance } from 'fastest-levenshtein';

export interface ScanOptions {
  dpi: number;
  /** Font size in points (11–13 is what plans are typed in). */
  pointSize?: number;
  /** Gaussian noise strength for ImageMagick's -attenuate (0 = none). */
  noise?: number;
  /** Blur sigma in pixels (0 = none). */
  blur?: number;
  /** Skew in degrees. */
  skew?: number;
  /** Quarter turns to rotate the finished page (a page fed sideways). */
  rotate?: 0 | 90 | 180 | 270;
  /** Page height in inches (A4 by default; tests use short strips to keep OCR cheap). */
  heightInches?: number;
  /** Seed of the noise, so a scan can be made again exactly. */
  seed?: number;
}

const A4_INCHES = { width: 8.27, height: 11.69 };

/** ImageMagick's -annotate reads %-escapes and backslashes in its text. */
const annotateText = (s: string) => s.replace(/\\/g, '\\\\').replace(/%/g, '%%');

/** Wrap long lines at word boundaries, as a typed page would; blank lines stay. */
export function wrapLines(text: string, width: number): string[] {
  const out: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\t/g, '    ').replace(/\s+$/, '');
    if ([...line].length <= width) {
      out.push(line);
      continue;
    }
    let cur = '';
    for (const word of line.split(/ +/)) {
      if (cur && [...cur].length + 1 + [...word].length > width) {
        out.push(cur);
        cur = word;
      } else cur = cur ? `${cur} ${word}` : word;
    }
    if (cur) out.push(cur);
  }
  return out;
}

/** Render lines of text as a scanned A4 page image (JPEG or PNG by the file's extension). */
export function renderScan(lines: readonly string[], out: string, opts: ScanOptions): void {
  const { dpi, pointSize = 12 } = opts;
  const margin = Math.round(0.8 * dpi);
  const text = lines.some((l) => l.trim()) ? [{ x: margin, y: margin, lines: [...lines], spacing: Math.round(pointSize * 0.35 * (dpi / 72)) }] : [];
  renderPage({ lines: [], text, rules: [] }, out, opts);
}

/**
 * A table as a printed plan has it: ruled cells, text wrapped inside each cell and top-aligned. A row with
 * fewer cells than columns lets its last cell span the rest (a group heading "I | SỞ …").
 */
export interface ScanTable {
  /** Column widths as shares of the text width. */
  widths: number[];
  rows: string[][];
  /** The first rows are the header, repeated at the top of every page the table goes on to. */
  headerRows: number;
}

export type ScanBlock = { text: string[] } | { table: ScanTable };

/** One laid-out page: what it says (a table row as its cells joined by tabs), and what to draw. */
export interface LaidOutPage {
  lines: string[];
  text: { x: number; y: number; lines: string[]; spacing: number }[];
  rules: { x0: number; y0: number; x1: number; y1: number }[];
}

/** Widths of DejaVu Sans glyphs in em, by class, rounded up (measured on ImageMagick's rendering). */
function textWidthEm(s: string): number {
  let w = 0;
  for (const c of s) w += c === ' ' ? 0.32 : /\p{Lu}/u.test(c) ? 0.72 : /\p{Ll}/u.test(c) ? 0.62 : /\d/.test(c) ? 0.64 : 0.45;
  return w;
}

/** Greedy word wrap to a width in em (a word longer than the width is cut). */
function wrapEm(text: string, width: number): string[] {
  const out: string[] = [];
  let cur = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = cur ? `${cur} ${word}` : word;
    if (textWidthEm(next) <= width) cur = next;
    else {
      if (cur) out.push(cur);
      cur = word;
      // A word wider than the cell breaks after a hyphen where it can ("2026-" / "2030"), as a word processor
      // breaks it, else where the width ends.
      while (textWidthEm(cur) > width && cur.length > 1) {
        let k = cur.length - 1;
        while (k > 1 && textWidthEm(cur.slice(0, k)) > width) k--;
        const soft = cur.lastIndexOf('-', k - 1);
        if (soft > 0) k = soft + 1;
        out.push(cur.slice(0, k));
        cur = cur.slice(k);
      }
    }
  }
  if (cur) out.push(cur);
  return out.length ? out : [''];
}

/**
 * Lay a document out on A4 pages at `dpi`: text lines at `linesPerPage`' pitch, tables as ruled grids over
 * the text width, rows moved whole to the next page (with the header repeated) when they do not fit; with
 * `pageNumbers`, each page after the first numbered at its head.
 */
export function layOutPages(blocks: readonly ScanBlock[], opts: { dpi: number; pointSize?: number; linesPerPage?: number; pageNumbers?: boolean }): LaidOutPage[] {
  const { dpi, pointSize = 11, linesPerPage = 40, pageNumbers = false } = opts;
  const em = (pointSize * dpi) / 72;
  const margin = Math.round(0.8 * dpi);
  const width = Math.round(A4_INCHES.width * dpi) - 2 * margin;
  const bottom = Math.round(A4_INCHES.height * dpi) - margin;
  const textSpacing = Math.round(pointSize * 0.35 * (dpi / 72));
  const textPitch = Math.ceil(1.164 * em) + textSpacing;
  const cellSpacing = Math.round(0.15 * em);
  const cellPitch = Math.ceil(1.164 * em) + cellSpacing;
  const pad = Math.round(0.3 * em);
  const ascent = Math.round(0.95 * em);
  const pages: LaidOutPage[] = [];
  let page: LaidOutPage = { lines: [], text: [], rules: [] };
  let y = margin;
  let textLines = 0;
  const newPage = () => {
    pages.push(page);
    page = { lines: [], text: [], rules: [] };
    y = margin;
    textLines = 0;
    // From the second page on, its number at the head, centred in the top margin (as plans number them).
    if (pageNumbers) {
      const n = String(pages.length + 1);
      page.text.push({ x: Math.round((width + 2 * margin) / 2 - (textWidthEm(n) * em) / 2), y: Math.round(margin / 2 + ascent / 2), lines: [n], spacing: textSpacing });
      page.lines.push(n);
    }
  };
  for (const block of blocks) {
    if ('text' in block) {
      for (const line of block.text) {
        if (y + textPitch > bottom || textLines >= linesPerPage) newPage();
        page.text.push({ x: margin, y: y + ascent, lines: [line], spacing: textSpacing });
        page.lines.push(line);
        y += textPitch;
        textLines += 1;
      }
      continue;
    }
    const { widths, rows, headerRows } = block.table;
    const total = widths.reduce((a, b) => a + b, 0);
    const edges = [margin];
    for (const w of widths) edges.push(edges[edges.length - 1] + Math.round((w / total) * width));
    const lay = (cells: string[]) =>
      cells.map((c, i) => {
        const last = i === cells.length - 1 ? widths.length : i + 1;
        return { from: i, to: last, lines: wrapEm(c, ((edges[last] - edges[i] - 2 * pad) / em) * 0.97) };
      });
    type Laid = ReturnType<typeof lay>;
    const heightOf = (laid: Laid) => Math.max(...laid.map((c) => c.lines.length)) * cellPitch + 2 * pad;
    const drawRow = (cells: string[]) => drawLaid(lay(cells), cells);
    /** Draw laid-out cells; `cells` is what they say (by default their lines joined: a part of a row). */
    const drawLaid = (laid: Laid, cells = laid.map((c) => c.lines.join(' '))) => {
      const h = heightOf(laid);
      page.rules.push({ x0: edges[0], y0: y, x1: edges[edges.length - 1], y1: y });
      page.rules.push({ x0: edges[0], y0: y + h, x1: edges[edges.length - 1], y1: y + h });
      for (const c of laid) {
        page.rules.push({ x0: edges[c.from], y0: y, x1: edges[c.from], y1: y + h });
        page.text.push({ x: edges[c.from] + pad, y: y + pad + ascent, lines: c.lines, spacing: cellSpacing });
      }
      page.rules.push({ x0: edges[edges.length - 1], y0: y, x1: edges[edges.length - 1], y1: y + h });
      page.lines.push(cells.join('\t'));
      y += h;
    };
    const nextPage = (r: number) => {
      newPage();
      if (r >= headerRows) rows.slice(0, headerRows).forEach(drawRow);
    };
    rows.forEach((cells, r) => {
      let laid = lay(cells);
      if (y + heightOf(laid) > bottom) nextPage(r);
      // A row taller than a page breaks at the page's foot, as a word processor breaks it: its cells go on
      // below the header on the next page, the number cell left blank there.
      let split = false;
      while (y + heightOf(laid) > bottom) {
        split = true;
        const fit = Math.max(1, Math.floor((bottom - y - 2 * pad) / cellPitch));
        drawLaid(laid.map((c) => ({ ...c, lines: c.lines.slice(0, fit) })));
        laid = laid.map((c) => ({ ...c, lines: c.lines.slice(fit) }));
        nextPage(r);
      }
      drawLaid(laid, split ? undefined : cells);
    });
    y += textPitch;
  }
  if (page.lines.length || !pages.length) pages.push(page);
  return pages;
}

/** Render one laid-out page as a scanned A4 image (JPEG or PNG by the file's extension). */
export function renderPage(page: LaidOutPage, out: string, opts: ScanOptions): void {
  const { dpi, pointSize = 12, noise = 0.4, blur = 0.6, skew = 0.5, rotate = 0, heightInches = A4_INCHES.height, seed = 1 } = opts;
  const width = Math.round(A4_INCHES.width * dpi);
  const height = Math.round(heightInches * dpi);
  const args = ['-seed', String(seed), '-density', String(dpi), '-units', 'PixelsPerInch', '-size', `${width}x${height}`, 'xc:white'];
  if (page.rules.length) {
    args.push('-stroke', 'black', '-strokewidth', String(Math.max(2, Math.round(dpi / 120))), '-fill', 'none');
    args.push('-draw', page.rules.map((r) => `line ${r.x0},${r.y0} ${r.x1},${r.y1}`).join(' '));
    args.push('-stroke', 'none');
  }
  args.push('-font', 'DejaVu-Sans', '-pointsize', String(pointSize), '-fill', 'black');
  for (const t of page.text) {
    if (!t.lines.some((l) => l.trim())) continue;
    args.push('-interline-spacing', String(t.spacing), '-annotate', `+${t.x}+${t.y}`, annotateText(t.lines.join('\n')));
  }
  if (noise > 0) args.push('-attenuate', String(noise), '+noise', 'Gaussian');
  if (blur > 0) args.push('-blur', `0x${blur}`);
  if (skew) args.push('-background', 'white', '-rotate', String(skew));
  if (rotate) args.push('-rotate', String(rotate));
  args.push('-colorspace', 'Gray', '-quality', '88', out);
  execFileSync('convert', args, { stdio: ['ignore', 'ignore', 'pipe'] });
}

/** Width, height and colour components of a baseline or progressive JPEG, from its SOF marker. */
function jpegInfo(jpeg: Buffer): { width: number; height: number; components: number } {
  let i = 2;
  while (i < jpeg.length) {
    if (jpeg[i] !== 0xff) throw new Error('not a JPEG');
    const marker = jpeg[i + 1];
    const length = jpeg.readUInt16BE(i + 2);
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      return { height: jpeg.readUInt16BE(i + 5), width: jpeg.readUInt16BE(i + 7), components: jpeg[i + 9] };
    }
    i += 2 + length;
  }
  throw new Error('JPEG without a frame header');
}

/** A PDF page: a JPEG scan at `dpi`, or lines of ASCII text in Helvetica (a page with a text layer). */
export type PdfPage = { jpeg: string; dpi: number } | { textLines: string[] };

/** Write a PDF whose pages are the given scans and text pages. */
export function writePdf(pages: readonly PdfPage[], out: string): void {
  const objects: (Buffer | string)[] = [];
  const add = (body: Buffer | string) => objects.push(body) + 2; // object numbers 1 and 2 are catalog and pages
  const kids: number[] = [];
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  for (const p of pages) {
    let content: string;
    let resources: string;
    let box = [612, 792];
    if ('jpeg' in p) {
      const data = fs.readFileSync(p.jpeg);
      const { width, height, components } = jpegInfo(data);
      box = [(width * 72) / p.dpi, (height * 72) / p.dpi];
      const head = `<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /${components === 1 ? 'DeviceGray' : 'DeviceRGB'} /BitsPerComponent 8 /Filter /DCTDecode /Length ${data.length} >>\nstream\n`;
      const image = add(Buffer.concat([Buffer.from(head, 'latin1'), data, Buffer.from('\nendstream', 'latin1')]));
      content = `q ${box[0].toFixed(2)} 0 0 ${box[1].toFixed(2)} 0 0 cm /Im0 Do Q`;
      resources = `<< /XObject << /Im0 ${image} 0 R >> >>`;
    } else {
      const esc = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);
      content = `BT /F1 12 Tf 72 720 Td 16 TL ${p.textLines.map((l) => `(${esc(l)}) Tj T*`).join(' ')} ET`;
      resources = `<< /Font << /F1 ${font} 0 R >> >>`;
    }
    const stream = add(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`);
    kids.push(add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${box[0].toFixed(2)} ${box[1].toFixed(2)}] /Resources ${resources} /Contents ${stream} 0 R >>`));
  }
  const all: (Buffer | string)[] = ['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`, ...objects];
  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let size = chunks[0].length;
  const offsets: number[] = [];
  all.forEach((body, k) => {
    offsets.push(size);
    const buf = Buffer.concat([Buffer.from(`${k + 1} 0 obj\n`, 'latin1'), Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1'), Buffer.from('\nendobj\n', 'latin1')]);
    chunks.push(buf);
    size += buf.length;
  });
  const xref = `xref\n0 ${all.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size ${all.length + 1} /Root 1 0 R >>\nstartxref\n${size}\n%%EOF\n`;
  chunks.push(Buffer.from(xref, 'latin1'));
  fs.writeFileSync(out, Buffer.concat(chunks));
}

/** Text as compared for accuracy: NFC, whitespace runs as one space (layout is not content). */
export const comparable = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

/** Character accuracy 1 − Levenshtein(expected, actual) / length(expected), on comparable text. */
export function characterAccuracy(expected: string, actual: string): { accuracy: number; distance: number; length: number } {
  const a = comparable(expected);
  const b = comparable(actual);
  const d = distance(a, b);
  return { accuracy: a.length ? 1 - d / a.length : b.length ? 0 : 1, distance: d, length: a.length };
}
