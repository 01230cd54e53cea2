/**
 * How much survives OCR: a corpus document's text is typed onto A4 pages (DejaVu Sans 11 pt, 80 characters a
 * line, 40 lines a page; its task tables as ruled tables, cell by cell as the text version's table stage
 * reads them), scanned at the given resolution with mild noise, blur and a small skew
 * (scripts/scan-tools.ts), bound into a PDF of images, and read back through `readSource` — pdftoppm and
 * Tesseract, as `npm run ingest` would. It reports
 *   - character accuracy per page and overall: 1 − Levenshtein / length on NFC text, whitespace collapsed;
 *   - how many of the text version's tasks the OCR'd version still finds, with the same lead agencies and the
 *     same deadline (compared with the extraction of the original .txt, and of the typed pages' own text, so
 *     the effect of re-wrapping lines is told apart from OCR's);
 *   - seconds per page.
 *
 *   npx tsx scripts/ocr-accuracy.ts [file.txt] [--dpi 300] [--seed 1] [--from K] [--pages N] [--tables] [--page-numbers] [--keep DIR]
 *
 * --from and --pages scan only some of the pages, --tables only the pages that hold task tables: then only the
 * comparison with the typed pages' own text counts (the original's other tasks are not on them).
 * --page-numbers prints each page's number at its head (from page 2), where a table goes on across pages.
 *
 * The noise is seeded (--seed), so a run can be repeated exactly; different seeds give different scans. With
 * --keep the scans stay in DIR, and a later run with the same pages and settings reuses them.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { distance } from 'fastest-levenshtein';
import { extract } from '../src/ingest/pipeline';
import type { Extraction, Task } from '../src/ingest/model';
import { mapLimit, ocrSettings } from '../src/ingest/ocr';
import { readSource } from '../src/ingest/read-source';
import { foldDiacritics } from '../src/ingest/text';
import { normalise } from '../src/ingest/normalise';
import { findTables, type ColumnRole, type Table } from '../src/ingest/tables';
import { characterAccuracy, comparable, layOutPages, renderPage, wrapLines, writePdf, type LaidOutPage, type ScanBlock, type ScanTable } from './scan-tools';

const LINES_PER_PAGE = 40;
const CHARS_PER_LINE = 80;

function args(argv: string[]): { file: string; dpi: number; seed: number; pages: number | null; from: number; tables: boolean; pageNumbers: boolean; keep: string | null } {
  const out = { file: 'data/corpus/002_6c287b3e803201b8.txt', dpi: 300, seed: 1, pages: null as number | null, from: 1, tables: false, pageNumbers: false, keep: null as string | null };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--dpi') out.dpi = Number(argv[++i]);
    else if (argv[i] === '--seed') out.seed = Number(argv[++i]);
    else if (argv[i] === '--pages') out.pages = Number(argv[++i]);
    else if (argv[i] === '--from') out.from = Number(argv[++i]);
    else if (argv[i] === '--tables') out.tables = true;
    else if (argv[i] === '--page-numbers') out.pageNumbers = true;
    else if (argv[i] === '--keep') out.keep = argv[++i];
    else out.file = argv[i];
  }
  return out;
}

/** Header labels and widths (shares of the text width) a printed task table gives each column. */
const COLUMN_PRINT: Partial<Record<ColumnRole, { label: string; width: number }>> = {
  ORDINAL: { label: 'TT', width: 0.55 },
  TASK: { label: 'Nội dung công việc', width: 3.2 },
  LEAD: { label: 'Cơ quan chủ trì', width: 1.8 },
  COORD: { label: 'Cơ quan phối hợp', width: 2 },
  OUTPUT: { label: 'Kết quả, sản phẩm', width: 1.6 },
  DEADLINE: { label: 'Thời gian hoàn thành', width: 1.3 },
};

/** A task table as printed: its header, group rows spanning the columns after the number, task rows cell by cell. */
function printedTable(table: Table): ScanTable {
  const columns = table.columns.map((c) => (COLUMN_PRINT[c] ? c : 'OTHER'));
  const rows = [columns.map((c) => COLUMN_PRINT[c]?.label ?? '')];
  for (const r of table.rows) {
    if (r.kind === 'GROUP') rows.push([r.ordinal ?? '', r.cells.TASK ?? '']);
    else rows.push(columns.map((c) => (c === 'ORDINAL' ? (r.ordinal ?? '') : (r.cells[c] ?? ''))));
  }
  return { widths: columns.map((c) => COLUMN_PRINT[c]?.width ?? 1.2), rows, headerRows: 1 };
}

/**
 * The typed pages: the document's non-blank lines, wrapped to the page width, 40 to a page; its task tables
 * (as the table stage reads them from the text) printed as ruled tables, as the signed plan has them.
 */
function typePages(text: string, dpi: number, pageNumbers: boolean): LaidOutPage[] {
  const raw = text.normalize('NFC').split('\n');
  const tables = findTables(normalise(text.normalize('NFC')).lines).filter((t) => t.kind === 'TASK' && t.rows.some((r) => r.kind === 'ROW'));
  const blocks: ScanBlock[] = [];
  let line = 1;
  const textUpTo = (end: number) => {
    blocks.push({ text: wrapLines(raw.slice(line - 1, end - 1).join('\n'), CHARS_PER_LINE).filter((l) => l.trim()) });
    line = Math.max(line, end);
  };
  for (const t of tables) {
    textUpTo(t.span.startLine);
    blocks.push({ table: printedTable(t) });
    line = t.span.endLine + 1;
  }
  textUpTo(raw.length + 1);
  return layOutPages(blocks, { dpi, pointSize: 11, linesPerPage: LINES_PER_PAGE, pageNumbers });
}

const key = (t: string) => foldDiacritics(comparable(t)).slice(0, 160);
const similarity = (a: string, b: string) => 1 - distance(a, b) / Math.max(1, a.length, b.length);
const deadlineOf = (t: Task) => (t.deadline ? `${t.deadline.kind}|${t.deadline.start}|${t.deadline.end}|${t.deadline.recurrence}` : null);
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join('|') === [...b].sort().join('|');

/** Pair each reference task with the most similar unpaired OCR task (texts at least 85% alike). */
function compareTasks(reference: Extraction, ocr: Extraction) {
  const free = new Set(ocr.tasks.map((_, i) => i));
  const keys = ocr.tasks.map((t) => key(t.text));
  let found = 0;
  let lead = 0;
  let deadline = 0;
  let all = 0;
  const misses: string[] = [];
  for (const t of reference.tasks) {
    const k = key(t.text);
    let best = -1;
    let score = 0;
    for (const i of free) {
      const s = similarity(k, keys[i]);
      if (s > score) [best, score] = [i, s];
    }
    if (best < 0 || score < 0.85) {
      misses.push(`not found: ${t.text.slice(0, 70)}`);
      continue;
    }
    free.delete(best);
    found += 1;
    const o = ocr.tasks[best];
    const leadOk = sameSet(t.lead, o.lead);
    const deadlineOk = deadlineOf(t) === deadlineOf(o);
    lead += leadOk ? 1 : 0;
    deadline += deadlineOk ? 1 : 0;
    if (leadOk && deadlineOk) all += 1;
    else misses.push(`${leadOk ? '' : `lead ${JSON.stringify(t.lead)} → ${JSON.stringify(o.lead)} `}${deadlineOk ? '' : `deadline ${deadlineOf(t)} → ${deadlineOf(o)} `}| ${t.text.slice(0, 50)}`);
  }
  const n = reference.tasks.length;
  return { tasks: n, found, lead, deadline, all, share: n ? all / n : 1, misses };
}

/** CPU seconds used by this process's finished children (pdftoppm, Tesseract): /proc/self/stat cutime + cstime. */
function childCpuSeconds(): number | null {
  try {
    const fields = fs.readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /, '').split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return null;
  }
}

const pct = (x: number) => `${(100 * x).toFixed(2)}%`;

async function main(): Promise<void> {
  const opts = args(process.argv.slice(2));
  const original = fs.readFileSync(opts.file, 'utf8');
  let pages = typePages(original, opts.dpi, opts.pageNumbers);
  pages = pages.slice(opts.from - 1, opts.pages ? opts.from - 1 + opts.pages : undefined);
  if (opts.tables) pages = pages.filter((p) => p.lines.some((l) => l.includes('\t')));
  const dir = opts.keep ?? fs.mkdtempSync(path.join(os.tmpdir(), 'ocr-accuracy-'));
  fs.mkdirSync(dir, { recursive: true });
  const settings = ocrSettings();
  console.log(`${opts.file}: ${pages.length} pages at ${opts.dpi} dpi, seed ${opts.seed} (OCR_DPI=${settings.OCR_DPI}, OCR_CONCURRENCY=${settings.OCR_CONCURRENCY}), scans in ${dir}`);

  const images = await mapLimit(pages, settings.OCR_CONCURRENCY, async (page, i) => {
    const image = path.join(dir, `page-${String(i + 1).padStart(3, '0')}.jpg`);
    // Each page is skewed a little differently, as pages fed one by one are.
    const scan = { dpi: opts.dpi, pointSize: 11, noise: 0.4, blur: 0.6, skew: ((i % 5) - 2) * 0.3 || 0.4, seed: opts.seed * 1000 + i };
    // With --keep, a page already rendered from the same layout and settings is reused (rendering is slow).
    const recipe = path.join(dir, `page-${String(i + 1).padStart(3, '0')}.json`);
    const made = JSON.stringify({ page, scan });
    if (opts.keep && fs.existsSync(image) && fs.existsSync(recipe) && fs.readFileSync(recipe, 'utf8') === made) return image;
    renderPage(page, image, scan);
    if (opts.keep) fs.writeFileSync(recipe, made);
    return image;
  });
  const pdf = path.join(dir, 'scan.pdf');
  writePdf(images.map((jpeg) => ({ jpeg, dpi: opts.dpi })), pdf);

  const started = Date.now();
  const cpuBefore = childCpuSeconds();
  const source = await readSource(pdf);
  const seconds = (Date.now() - started) / 1000;
  const cpuAfter = childCpuSeconds();
  const cpu = cpuBefore !== null && cpuAfter !== null ? ` and ${((cpuAfter - cpuBefore) / pages.length).toFixed(1)} CPU s/page (pdftoppm + Tesseract)` : '';
  const textLines = source.text.split('\n');
  if (opts.keep) fs.writeFileSync(path.join(dir, 'ocr.txt'), source.text);

  let dist = 0;
  let len = 0;
  const perPage = source.pages!.map((p, i) => {
    const read = textLines.slice(p.startLine - 1, p.endLine).join('\n');
    const a = characterAccuracy(pages[i].lines.join('\n'), read);
    dist += a.distance;
    len += a.length;
    return `${p.page}:${pct(a.accuracy)}(conf ${p.confidence})`;
  });
  console.log(`pages: ${perPage.join(' ')}`);
  console.log(`character accuracy: ${pct(1 - dist / len)} (${dist} edits over ${len} characters)`);
  console.log(`OCR time: ${seconds.toFixed(1)} s for ${pages.length} pages = ${(seconds / pages.length).toFixed(1)} s/page wall${cpu} (load average ${os.loadavg()[0].toFixed(1)} on ${os.availableParallelism()} cores)`);

  const ocr = extract({ ...source, path: pdf });
  const vsText = compareTasks(extract({ path: opts.file, text: original, format: 'TEXT', sha256: '0'.repeat(64) }), ocr);
  // The typed pages' text as a PDF's text layer gives it: pages apart by form feeds (so page numbers are known).
  const vsTyped = compareTasks(extract({ path: 'typed', text: pages.map((p) => p.lines.join('\n')).join('\n\f'), format: 'TEXT', sha256: '0'.repeat(64) }), ocr);
  for (const [name, r] of [
    ['the original .txt', vsText],
    ['the typed pages’ text', vsTyped],
  ] as const) {
    console.log(`tasks vs ${name}: ${r.found}/${r.tasks} found, lead right ${r.lead}, deadline right ${r.deadline}, task+lead+deadline right ${r.all}/${r.tasks} = ${pct(r.share)}`);
    for (const m of r.misses.slice(0, 12)) console.log(`  ${m}`);
  }
  if (!opts.keep) fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exitCode = 1;
});
