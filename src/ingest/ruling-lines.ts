/**
 * The ruling lines of a scanned page: the long horizontal and vertical strokes a table's borders leave on
 * the image. Tesseract removes them before it reads, so its words alone do not say where one cell ends;
 * the lines do. Works on the grayscale raster the page was OCR'd from (pdftoppm's PGM).
 *
 * A scan is skewed a little (a page fed at an angle), so the page's skew is measured first, as the angle
 * at which dark pixels line up in the sharpest rows, and every point is then read in a deskewed frame
 * where rules are exactly horizontal or vertical.
 */

/** An 8-bit grayscale image, row by row (0 = black). */
export interface GrayImage {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** A binary PGM (P5, maxval ≤ 255), as `pdftoppm -gray` writes it. Null when the bytes are not one. */
export function parsePgm(bytes: Buffer): GrayImage | null {
  // Header: "P5", width, height, maxval, separated by whitespace (comments start with #), then one byte.
  let pos = 0;
  const token = (): string | null => {
    while (pos < bytes.length) {
      const c = bytes[pos];
      if (c === 0x23) while (pos < bytes.length && bytes[pos] !== 0x0a) pos++;
      else if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) pos++;
      else break;
    }
    const start = pos;
    while (pos < bytes.length && ![0x20, 0x09, 0x0a, 0x0d].includes(bytes[pos])) pos++;
    return pos > start ? bytes.toString('latin1', start, pos) : null;
  };
  if (token() !== 'P5') return null;
  const width = Number(token());
  const height = Number(token());
  const maxval = Number(token());
  pos++; // the single whitespace byte before the raster
  if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0 || !(maxval > 0 && maxval < 256)) return null;
  if (bytes.length - pos < width * height) return null;
  return { width, height, pixels: new Uint8Array(bytes.buffer, bytes.byteOffset + pos, width * height) };
}

/** The PGM bytes of an image (after its pixels were changed). */
export function writePgm(img: GrayImage): Buffer {
  return Buffer.concat([Buffer.from(`P5\n${img.width} ${img.height}\n255\n`, 'latin1'), Buffer.from(img.pixels.buffer, img.pixels.byteOffset, img.pixels.length)]);
}

/** A rule in the deskewed frame: horizontal (y fixed, from a to b in x) or vertical (x fixed, a to b in y). */
export interface Rule {
  at: number;
  a: number;
  b: number;
}

export interface PageRules {
  /** tan of the page's skew: a horizontal line on the page runs along y = c + x·skew. */
  skew: number;
  horizontal: Rule[];
  vertical: Rule[];
}

/** A point of the page in the deskewed frame (where rules are axis-aligned). */
export function deskew(x: number, y: number, skew: number): { x: number; y: number } {
  return { x: x + y * skew, y: y - x * skew };
}

const DARK = 128;

/**
 * The skew (as a tangent) within ±2° at which dark pixels project onto the sharpest rows: text lines and
 * rules both line up when the angle is right. Pixels are sampled, enough for a 0.02° answer.
 */
export function measureSkew(img: GrayImage): number {
  const xs: number[] = [];
  const ys: number[] = [];
  // Every row, every few columns: skipping rows would favour the zero angle (all points on even rows).
  const step = Math.max(1, Math.round(img.width / 1200));
  for (let y = 0; y < img.height; y++)
    for (let x = 0; x < img.width; x += step)
      if (img.pixels[y * img.width + x] < DARK) {
        xs.push(x);
        ys.push(y);
      }
  if (xs.length < 50) return 0;
  const bins = new Float64Array(img.height + img.width + 2);
  const sharpness = (t: number) => {
    bins.fill(0);
    const off = Math.ceil(img.width * Math.abs(t)) + 1;
    for (let i = 0; i < xs.length; i++) bins[Math.round(ys[i] - xs[i] * t) + off] += 1;
    let s = 0;
    for (let i = 0; i < bins.length; i++) s += bins[i] * bins[i];
    return s;
  };
  const best = (from: number, to: number, by: number) => {
    let bt = 0;
    let bs = -1;
    for (let deg = from; deg <= to + 1e-9; deg += by) {
      const t = Math.tan((deg * Math.PI) / 180);
      const s = sharpness(t);
      if (s > bs) [bt, bs] = [deg, s];
    }
    return bt;
  };
  const coarse = best(-2, 2, 0.1);
  return Math.tan((best(coarse - 0.1, coarse + 0.1, 0.02) * Math.PI) / 180);
}

/**
 * Runs of set cells along one axis of a binary grid, bridging gaps up to `gap` (noise bleaches a few pixels
 * of a printed line), at least `min` long. Adjacent rows of one thick stroke merge into one rule.
 */
function runs(grid: Uint8Array, along: number, across: number, index: (i: number, j: number) => number, gap: number, min: number): Rule[] {
  const raw: Rule[] = [];
  for (let j = 0; j < across; j++) {
    let start = -1;
    let last = -1;
    for (let i = 0; i < along; i++) {
      if (!grid[index(i, j)]) continue;
      if (start >= 0 && i - last > gap) {
        if (last - start + 1 >= min) raw.push({ at: j, a: start, b: last });
        start = i;
      } else if (start < 0) start = i;
      last = i;
    }
    if (start >= 0 && last - start + 1 >= min) raw.push({ at: j, a: start, b: last });
  }
  // One printed rule is several pixels thick and, after deskewing, spread over a few neighbouring rows, in
  // pieces: runs on rows next to each other whose extents meet are one rule. Only long runs got this far, so
  // neighbouring rows of runs are rules, never text.
  const out: Rule[] = [];
  let band: Rule[] = [];
  const flush = () => {
    const pieces = band.sort((p, q) => p.a - q.a);
    let cur: (Rule & { n: number; sum: number }) | null = null;
    for (const r of pieces) {
      if (cur && r.a <= cur.b + 2 * gap) {
        cur.b = Math.max(cur.b, r.b);
        cur.sum += r.at;
        cur.n += 1;
        continue;
      }
      if (cur) out.push({ at: Math.round(cur.sum / cur.n), a: cur.a, b: cur.b });
      cur = { ...r, n: 1, sum: r.at };
    }
    if (cur) out.push({ at: Math.round(cur.sum / cur.n), a: cur.a, b: cur.b });
    band = [];
  };
  for (const r of raw) {
    if (band.length && r.at - band[band.length - 1].at > 2) flush();
    band.push(r);
  }
  flush();
  return out.sort((p, q) => p.at - q.at);
}

/**
 * The page's ruling lines at `dpi`: horizontal strokes at least an inch long, vertical ones at least a fifth
 * of an inch (one table row of one line), in the deskewed frame. Letters are never that long.
 */
export function findRules(img: GrayImage, dpi: number): PageRules {
  const skew = measureSkew(img);
  const { width: w, height: h, pixels } = img;
  const grid = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      if (pixels[y * w + x] >= DARK) continue;
      const p = deskew(x, y, skew);
      const xd = Math.round(p.x);
      const yd = Math.round(p.y);
      if (xd >= 0 && xd < w && yd >= 0 && yd < h) grid[yd * w + xd] = 1;
    }
  }
  const gap = Math.max(2, Math.round(dpi / 100));
  const horizontal = runs(grid, w, h, (x, y) => y * w + x, gap, Math.round(dpi));
  const vertical = runs(grid, h, w, (y, x) => y * w + x, gap, Math.round(dpi / 5));
  return { skew, horizontal, vertical };
}
