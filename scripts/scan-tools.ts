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
  const { dpi, pointSize = 12, noise = 0.4, blur = 0.6, skew = 0.5, rotate = 0, heightInches = A4_INCHES.height, seed = 1 } = opts;
  const width = Math.round(A4_INCHES.width * dpi);
  const height = Math.round(heightInches * dpi);
  const margin = Math.round(0.8 * dpi);
  const args = ['-seed', String(seed), '-density', String(dpi), '-units', 'PixelsPerInch', '-size', `${width}x${height}`, 'xc:white'];
  args.push('-font', 'DejaVu-Sans', '-pointsize', String(pointSize), '-fill', 'black', '-interline-spacing', String(Math.round(pointSize * 0.35 * (dpi / 72))));
  if (lines.some((l) => l.trim())) args.push('-annotate', `+${margin}+${margin}`, annotateText(lines.join('\n')));
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
