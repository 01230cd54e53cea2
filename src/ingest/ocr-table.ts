/**
 * Tables on a scanned page, rebuilt from the page's ruling lines (ruling-lines.ts) and Tesseract's word
 * boxes. Tesseract reads a bordered table cell by cell, as blocks in its own order, so its lines lose the
 * columns; the rules say where each cell is. Every word is put in the cell that holds its centre, and each
 * table row becomes one line of tab-separated cells, the layout a DOCX table row already has, so the table
 * stage (tables.ts, TSV layout) reads scanned and typed tables alike. The row's line keeps the box of its
 * words on the page.
 *
 * The rules come from geometry only: a table is a set of horizontal and vertical rules that cross, a row
 * is the band between two horizontal rules, a cell the part of a band between two vertical rules that run
 * through it (so a group heading spanning several columns stays one cell), and a cell whose top rule is
 * missing continues the cell above it (a lead agency written once for several rows is every row's lead).
 */
import type { PageBox } from './model';
import type { OcrLine, OcrPage, OcrWord } from './ocr';
import { deskew, findRules, type GrayImage, type PageRules, type Rule } from './ruling-lines';

/** A table's grid in the deskewed frame: row boundaries top to bottom, column boundaries left to right. */
export interface Grid {
  rows: number[];
  columns: number[];
  /** Where each horizontal boundary is drawn (x ranges), and each vertical one (y ranges). */
  rowRules: Rule[][];
  columnRules: Rule[][];
}

const covers = (rules: readonly Rule[], from: number, to: number) => rules.some((r) => r.a <= from && r.b >= to);

/** Cluster rules lying at nearly the same position (one border drawn in pieces, or twice). */
function cluster(rules: readonly Rule[], tol: number): { at: number; rules: Rule[] }[] {
  const out: { at: number; rules: Rule[] }[] = [];
  for (const r of [...rules].sort((p, q) => p.at - q.at)) {
    const last = out[out.length - 1];
    if (last && r.at - last.at <= tol) last.rules.push(r);
    else out.push({ at: r.at, rules: [r] });
  }
  return out.map((c) => ({ at: Math.round(c.rules.reduce((n, r) => n + r.at, 0) / c.rules.length), rules: c.rules }));
}

/**
 * The page's tables: groups of horizontal and vertical rules that cross each other, with at least two of
 * each (a lone underline or a signature line is no table).
 */
export function findGrids(rules: PageRules, dpi: number): Grid[] {
  const tol = Math.round(dpi / 20);
  const all = [...rules.horizontal.map((r) => ({ r, h: true })), ...rules.vertical.map((r) => ({ r, h: false }))];
  const parent = all.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  all.forEach((p, i) => {
    if (!p.h) return;
    all.forEach((q, j) => {
      if (q.h) return;
      if (q.r.at >= p.r.a - tol && q.r.at <= p.r.b + tol && p.r.at >= q.r.a - tol && p.r.at <= q.r.b + tol) parent[find(i)] = find(j);
    });
  });
  const groups = new Map<number, { h: Rule[]; v: Rule[] }>();
  all.forEach((p, i) => {
    const g = groups.get(find(i)) ?? { h: [], v: [] };
    (p.h ? g.h : g.v).push(p.r);
    groups.set(find(i), g);
  });
  const grids: Grid[] = [];
  for (const { h, v } of groups.values()) {
    if (h.length < 2 || v.length < 2) continue;
    const rows = cluster(h, tol);
    const cols = cluster(v, tol);
    if (rows.length < 2 || cols.length < 2) continue;
    // Open sides (no left or right border) still bound the table: the horizontal rules' ends do.
    const left = Math.min(...h.map((r) => r.a));
    const right = Math.max(...h.map((r) => r.b));
    if (cols[0].at - left > tol) cols.unshift({ at: left, rules: [{ at: left, a: rows[0].at, b: rows[rows.length - 1].at }] });
    if (right - cols[cols.length - 1].at > tol) cols.push({ at: right, rules: [{ at: right, a: rows[0].at, b: rows[rows.length - 1].at }] });
    // An open foot or head (a table cut by the page's edge, or a scan cropped short) closes where its vertical
    // rules end: the text below the last horizontal rule is still the last row's.
    const top = Math.min(...v.map((r) => r.a));
    const bottom = Math.max(...v.map((r) => r.b));
    const span = (y: number) => [{ at: y, a: cols[0].at, b: cols[cols.length - 1].at }];
    if (rows[0].at - top > tol) rows.unshift({ at: top, rules: span(top) });
    if (bottom - rows[rows.length - 1].at > tol) rows.push({ at: bottom, rules: span(bottom) });
    grids.push({ rows: rows.map((c) => c.at), columns: cols.map((c) => c.at), rowRules: rows.map((c) => c.rules), columnRules: cols.map((c) => c.rules) });
  }
  return grids.sort((a, b) => a.rows[0] - b.rows[0]);
}

/** The ruled tables of a page image, in its deskewed frame. */
export interface ScannedTables {
  skew: number;
  grids: Grid[];
}

/** Pixels a rule is looked for at: rules are long, so 150 dpi finds them, in a quarter of the time of 300. */
const RULES_DPI = 150;

/** The image shrunk by `f`, each pixel the darkest of its f×f block (a thin line stays dark). */
function shrink(img: GrayImage, f: number): GrayImage {
  const width = Math.floor(img.width / f);
  const height = Math.floor(img.height / f);
  const pixels = new Uint8Array(width * height).fill(255);
  for (let y = 0; y < height * f; y++) {
    const row = y * img.width;
    let o = Math.floor(y / f) * width;
    for (let x = 0, k = 0; x < width * f; x++) {
      const v = img.pixels[row + x];
      if (v < pixels[o]) pixels[o] = v;
      if (++k === f) [k, o] = [0, o + 1];
    }
  }
  return { width, height, pixels };
}

/** Find the page's ruled tables (on the image shrunk to about RULES_DPI); null when it has none. */
export function findScannedTables(img: GrayImage, dpi: number): ScannedTables | null {
  const f = Math.max(1, Math.floor(dpi / RULES_DPI));
  const small = findRules(f > 1 ? shrink(img, f) : img, dpi / f);
  const scale = (r: Rule): Rule => ({ at: r.at * f + (f - 1) / 2, a: r.a * f, b: r.b * f + f - 1 });
  const rules: PageRules = { skew: small.skew, horizontal: small.horizontal.map(scale), vertical: small.vertical.map(scale) };
  const grids = findGrids(rules, dpi);
  return grids.length ? { skew: rules.skew, grids } : null;
}

/**
 * Whiten the tables' rules on the image, so Tesseract reads the cells' text and not the borders beside it
 * (a border next to "1" or "Sở" is read as "|" or glued to the word).
 */
export function eraseGridLines(img: GrayImage, tables: ScannedTables, dpi: number): void {
  const { width: w, height: h, pixels } = img;
  const half = Math.max(3, Math.round(dpi / 50));
  const mask = new Uint8Array(w * h);
  const mark = (x0: number, x1: number, y0: number, y1: number) => {
    for (let y = Math.max(0, y0); y <= Math.min(h - 1, y1); y++) mask.fill(1, y * w + Math.max(0, x0), y * w + Math.min(w - 1, x1) + 1);
  };
  for (const g of tables.grids) {
    g.rowRules.flat().forEach((r) => mark(r.a - half, r.b + half, r.at - half, r.at + half));
    g.columnRules.flat().forEach((r) => mark(r.at - half, r.at + half, r.a - half, r.b + half));
  }
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      if (pixels[y * w + x] === 255) continue;
      const p = deskew(x, y, tables.skew);
      const xd = Math.round(p.x);
      const yd = Math.round(p.y);
      if (xd >= 0 && xd < w && yd >= 0 && yd < h && mask[yd * w + xd]) pixels[y * w + x] = 255;
    }
}

/** A cell of the grid: its row band(s) and its columns [from, to) by boundary index. */
interface Cell {
  top: number;
  bottom: number;
  from: number;
  to: number;
  words: CellWord[];
}

/**
 * A word placed in a cell, by its deskewed centre; `line` and `order` say which engine line it came from
 * and where in it (the engine's order within a line is sound even where its word boxes overlap).
 */
interface CellWord {
  word: OcrWord;
  x: number;
  y: number;
  line: number;
  order: number;
}

/** Cells band by band: a band is split where a vertical rule runs through its middle. */
function cellsOf(grid: Grid): Cell[][] {
  const bands: Cell[][] = [];
  for (let k = 0; k + 1 < grid.rows.length; k++) {
    const top = grid.rows[k];
    const bottom = grid.rows[k + 1];
    const quarter = (bottom - top) / 4;
    const cuts = grid.columns.map((_, c) => c).filter((c, i, arr) => i === 0 || i === arr.length - 1 || covers(grid.columnRules[c], top + quarter, bottom - quarter));
    const band: Cell[] = [];
    for (let i = 0; i + 1 < cuts.length; i++) {
      const from = cuts[i];
      const to = cuts[i + 1];
      const mid = (grid.columns[from] + grid.columns[to]) / 2;
      const width = grid.columns[to] - grid.columns[from];
      // No rule over this cell: it is the lower part of the cell above (one cell spanning several rows).
      const above = bands[k - 1]?.find((c) => c.from === from && c.to === to);
      if (above && !covers(grid.rowRules[k], mid - width / 4, mid + width / 4)) {
        above.bottom = k + 1;
        band.push(above);
      } else band.push({ top: k, bottom: k + 1, from, to, words: [] });
    }
    bands.push(band);
  }
  return bands;
}

/** Words of one cell in reading order: grouped into visual lines by their centres, each left to right. */
function cellText(cell: Cell): string {
  const words = [...cell.words].sort((a, b) => a.y - b.y);
  const heights = words.map((w) => w.word.box.height).sort((a, b) => a - b);
  const half = (heights[Math.floor(heights.length / 2)] ?? 0) / 2;
  const lines: (typeof words)[] = [];
  for (const w of words) {
    const line = lines[lines.length - 1];
    if (line && w.y - line[line.length - 1].y <= half) line.push(w);
    else lines.push([w]);
  }
  let out = '';
  for (const line of lines) {
    // Left to right by engine line (where each starts), and within one engine line in the engine's order:
    // its boxes may overlap ("Sở" given the whole of "Sở Y tế", so "Y" centred left of it).
    const start = new Map<number, number>();
    for (const w of line) start.set(w.line, Math.min(start.get(w.line) ?? Infinity, w.x));
    const text = line
      .sort((a, b) => (a.line === b.line ? a.order - b.order : start.get(a.line)! - start.get(b.line)!))
      .map((w) => w.word.text)
      .join(' ');
    // "23-" / "CT/TW": a word cut at a hyphen by the cell's width is one word; so is a number cut by it
    // ("Quý III/202" / "6"): a line of a cell never ends on a number that the next line's number continues
    // without a comma, a "và" or a dash between them.
    out = !out ? text : /[^\s-]-$/.test(out) || (/\d$/.test(out) && /^\d/.test(text)) ? out + text : `${out} ${text}`;
  }
  return out;
}

function union(boxes: readonly PageBox[]): PageBox {
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  const x1 = Math.max(...boxes.map((b) => b.x + b.width));
  const y1 = Math.max(...boxes.map((b) => b.y + b.height));
  return { x, y, width: x1 - x, height: y1 - y };
}

/** One line per row band: the cells tab-separated in column order, with the box of the row's words. */
function rowLines(grid: Grid, bands: Cell[][]): OcrLine[] {
  const out: OcrLine[] = [];
  const columns = grid.columns.length - 1;
  bands.forEach((band, k) => {
    const cells = new Array<string>(columns).fill('');
    const words: OcrWord[] = [];
    for (const cell of band) {
      // The first column numbers the rows: a number spanning sub-rows is written once; other cells spanning
      // rows (a lead for several tasks) belong to every row they span.
      if (cell.top !== k && cell.from === 0) continue;
      cells[cell.from] = cellText(cell);
      if (cell.top === k) words.push(...cell.words.map((w) => w.word));
    }
    if (!cells.some(Boolean)) return;
    const weight = words.reduce((n, w) => n + [...w.text].length, 0);
    const confidence = weight ? Math.round((10 * words.reduce((n, w) => n + w.confidence * [...w.text].length, 0)) / weight) / 10 : 0;
    const box = words.length ? union(words.map((w) => w.box)) : { x: grid.columns[0], y: grid.rows[k], width: grid.columns[columns] - grid.columns[0], height: grid.rows[k + 1] - grid.rows[k] };
    out.push({ text: cells.join('\t'), box, confidence, opensParagraph: true, words });
  });
  return out;
}

/** Where a cell's ink is on the page image (original pixels), or null when the cell is blank. */
function inkBox(cell: Cell, grid: Grid, img: GrayImage, skew: number, dpi: number): PageBox | null {
  const m = Math.round(dpi / 40);
  const x0 = grid.columns[cell.from] + m;
  const x1 = grid.columns[cell.to] - m;
  const y0 = grid.rows[cell.top] + m;
  const y1 = grid.rows[cell.bottom] - m;
  if (x1 <= x0 || y1 <= y0) return null;
  // The deskewed rectangle's corners back on the page (the inverse of a small rotation).
  const xs = [x0 - y0 * skew, x1 - y0 * skew, x0 - y1 * skew, x1 - y1 * skew];
  const ys = [y0 + x0 * skew, y1 + x0 * skew, y0 + x1 * skew, y1 + x1 * skew];
  let n = 0;
  let bx0 = Infinity, by0 = Infinity, bx1 = -1, by1 = -1; // prettier-ignore
  for (let y = Math.max(0, Math.floor(Math.min(...ys))); y <= Math.min(img.height - 1, Math.ceil(Math.max(...ys))); y++)
    for (let x = Math.max(0, Math.floor(Math.min(...xs))); x <= Math.min(img.width - 1, Math.ceil(Math.max(...xs))); x++) {
      if (img.pixels[y * img.width + x] >= 128) continue;
      const p = deskew(x, y, skew);
      if (p.x < x0 || p.x > x1 || p.y < y0 || p.y > y1) continue;
      n++;
      bx0 = Math.min(bx0, x);
      bx1 = Math.max(bx1, x);
      by0 = Math.min(by0, y);
      by1 = Math.max(by1, y);
    }
  // Less ink than a printed "1" is noise or what is left of a rule.
  if (n < 80 * (dpi / 300) ** 2) return null;
  // White around the ink, as on the page: the engine reads a lone character better with room around it.
  const pad = Math.round(dpi / 12);
  const x = Math.max(0, bx0 - pad);
  const y = Math.max(0, by0 - pad);
  return { x, y, width: Math.min(img.width, bx1 + pad + 1) - x, height: Math.min(img.height, by1 + pad + 1) - y };
}

/**
 * Re-reads an image of cells laid side by side; `oneLine` when each of them holds one line of text (then
 * the engine is told the image is one line), else a block. See layoutScannedTables.
 */
export type RereadCells = (strip: GrayImage, oneLine: boolean) => Promise<OcrPage>;

type Missed = { cell: Cell; box: PageBox };

/**
 * Cells with ink but no word: Tesseract's page layout drops what stands alone in a narrow cell (a row
 * number "1", "II", the header's "TT"). They are cut out, laid side by side on one strip and read again,
 * where a lone number is read; the words come back at their place on the page. Read as a block, a strip
 * holding a lone "I" still reads as nothing: the cells one line high left empty are read once more, as
 * one line.
 */
async function rereadMissedCells(tables: { grid: Grid; bands: Cell[][] }[], img: GrayImage, skew: number, dpi: number, reread: RereadCells): Promise<void> {
  const missed: Missed[] = [];
  for (const { grid, bands } of tables)
    for (const cell of new Set(bands.flat())) {
      if (cell.words.length) continue;
      const box = inkBox(cell, grid, img, skew, dpi);
      if (box) missed.push({ cell, box });
    }
  await readStrip(missed, img, skew, dpi, reread, false);
  const pad = Math.round(dpi / 12);
  const oneLine = missed.filter((m) => !m.cell.words.length && m.box.height - 2 * pad <= dpi / 6);
  await readStrip(oneLine, img, skew, dpi, reread, true);
}

/** Lay the cells' ink side by side on one strip, read it, and put each word back in its cell. */
async function readStrip(missed: readonly Missed[], img: GrayImage, skew: number, dpi: number, reread: RereadCells, oneLine: boolean): Promise<void> {
  if (!missed.length) return;
  const gap = Math.round(dpi / 3);
  const top = Math.round(dpi / 15);
  const width = missed.reduce((n, m) => n + m.box.width + gap, gap);
  const height = Math.max(...missed.map((m) => m.box.height)) + 2 * top;
  const strip: GrayImage = { width, height, pixels: new Uint8Array(width * height).fill(255) };
  let x = gap;
  const placed = missed.map((m) => {
    // Only the ink is copied: the paper's grey and what is left of a rule would frame the cell as a box.
    for (let r = 0; r < m.box.height; r++)
      for (let c = 0; c < m.box.width; c++) {
        const v = img.pixels[(m.box.y + r) * img.width + m.box.x + c];
        if (v < 160) strip.pixels[(top + r) * width + x + c] = v;
      }
    const at = { ...m, stripX: x };
    x += m.box.width + gap;
    return at;
  });
  const read = await reread(strip, oneLine);
  for (const [order, word] of read.lines.flatMap((l) => l.words).entries()) {
    const centre = word.box.x + word.box.width / 2;
    const m = placed.find((p) => centre >= p.stripX && centre <= p.stripX + p.box.width);
    if (!m) continue;
    const box = { x: word.box.x - m.stripX + m.box.x, y: word.box.y - top + m.box.y, width: word.box.width, height: word.box.height };
    const c = deskew(box.x + box.width / 2, box.y + box.height / 2, skew);
    m.cell.words.push({ word: { ...word, box }, x: c.x, y: c.y, line: -1 - placed.indexOf(m), order });
  }
}

/**
 * What is left of a border after erasing it reads as a bar or an underscore, which cells never hold alone
 * and no word begins or ends with ("_UBND", "UBND_", "19_"): such words are dropped, such ends trimmed. In
 * the number column a bar is the Roman "I" (see fixRoman), so there only underscores go.
 */
function dropBorderDebris(tables: { bands: Cell[][] }[]): void {
  for (const { bands } of tables)
    for (const cell of new Set(bands.flat())) {
      const debris = cell.from === 0 ? /^[_‾¯]+|[_‾¯]+$/g : /^[_|¦‾¯]+|[_|¦‾¯]+$/g;
      cell.words = cell.words
        .map((w) => {
          const text = w.word.text.replace(debris, '');
          return text === w.word.text ? w : { ...w, word: { ...w.word, text } };
        })
        .filter((w) => w.word.text);
    }
}

/**
 * A Roman row number read with a lower-case "l" or a bar for its "I" ("l", "lI", "|V"), with a speck on a
 * letter read as a tone mark ("VỊ" for "VI"), or with specks after it read as dots ("|...").
 */
function fixRoman(s: string): string {
  const bare = s.normalize('NFD').replace(/\p{M}/gu, '');
  const m = /^([IVXl|]+)([.…]*)$/u.exec(bare);
  if (!m || (!/[l|]/.test(m[1]) && m[2].length < 2 && bare === s)) return s;
  return m[1].replace(/[l|]/g, 'I') + (m[2] ? '.' : '');
}

/**
 * The page with each ruled table's words replaced by its rows as tab-separated lines, placed where the
 * table stands among the page's other lines. `image` is the page (its rules erased) for re-reading cells
 * the engine left empty.
 */
export async function layoutScannedTables(page: OcrPage, scanned: ScannedTables, dpi: number, image?: { img: GrayImage; reread: RereadCells }): Promise<OcrPage> {
  const { skew } = scanned;
  const tables = scanned.grids.map((grid) => ({ grid, bands: cellsOf(grid) }));
  const margin = Math.round(dpi / 60);
  const rest: { line: OcrLine; y: number }[] = [];
  for (const [lineIndex, line] of page.lines.entries()) {
    const outside: OcrWord[] = [];
    for (const [order, word] of line.words.entries()) {
      const c = deskew(word.box.x + word.box.width / 2, word.box.y + word.box.height / 2, skew);
      const table = tables.find(({ grid }) => c.y > grid.rows[0] - margin && c.y < grid.rows[grid.rows.length - 1] + margin && c.x > grid.columns[0] - margin && c.x < grid.columns[grid.columns.length - 1] + margin);
      if (!table) {
        outside.push(word);
        continue;
      }
      const { grid, bands } = table;
      const below = grid.rows.findIndex((y) => y > c.y);
      const band = bands[below < 0 ? bands.length - 1 : Math.max(0, below - 1)];
      const cell = band.find((cl) => c.x < grid.columns[cl.to]) ?? band[band.length - 1];
      cell.words.push({ word, x: c.x, y: c.y, line: lineIndex, order });
    }
    if (!outside.length) continue;
    const kept = outside.length === line.words.length ? line : { ...line, text: outside.map((w) => w.text).join(' '), box: union(outside.map((w) => w.box)), words: outside };
    rest.push({ line: kept, y: deskew(kept.box.x + kept.box.width / 2, kept.box.y + kept.box.height / 2, skew).y });
  }
  dropBorderDebris(tables);
  if (image) await rereadMissedCells(tables, image.img, skew, dpi, image.reread);
  dropBorderDebris(tables);
  for (const { bands } of tables) for (const band of bands) for (const w of band[0]?.words ?? []) w.word = { ...w.word, text: fixRoman(w.word.text) };
  // Lines keep the engine's order; each table goes in before the first line below its top.
  const lines: OcrLine[] = [];
  let t = 0;
  for (const { line, y } of rest) {
    while (t < tables.length && y > tables[t].grid.rows[0]) lines.push(...rowLines(tables[t].grid, tables[t++].bands));
    lines.push(line);
  }
  while (t < tables.length) lines.push(...rowLines(tables[t].grid, tables[t++].bands));
  // The line after a table opens a paragraph of its own.
  for (let i = 1; i < lines.length; i++) if (lines[i - 1].text.includes('\t') && !lines[i].text.includes('\t')) lines[i] = { ...lines[i], opensParagraph: true };
  return { ...page, lines };
}
