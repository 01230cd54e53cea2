/**
 * The OCR tools an extraction runs (pdftoppm, Tesseract) die with it (issue 8): the extraction worker's
 * timeout and the pool's close terminate the thread, and a thread's end does not end the processes it
 * started, so the pool kills them by the pids the worker reported (src/ingest/children.ts). Against the
 * real engine: a scanned PDF that takes far longer to OCR than the limit.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderScan, writePdf } from '../../../scripts/scan-tools';
import { ExtractionPool, extractLimits } from '../../../src/ingest/isolated';

const TOOLS = /^(?:tesseract|pdftoppm)$/;
let dir: string;
let scan: string;

/**
 * Pids of this process's children that are running OCR tools (the worker thread's children are the
 * process's). A killed tool not yet reaped (state Z) runs no more and holds nothing but its pid.
 */
function toolChildren(): number[] {
  let out = '';
  try {
    out = execFileSync('ps', ['-o', 'pid=,stat=,comm=', '--ppid', String(process.pid)], { encoding: 'utf8' });
  } catch {
    return []; // ps exits 1 when there is no child at all
  }
  return out
    .trim()
    .split('\n')
    .map((l) => l.trim().split(/\s+/))
    .filter(([pid, stat, comm]) => pid && !stat?.startsWith('Z') && TOOLS.test(comm ?? ''))
    .map(([pid]) => Number(pid));
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Extracts `file` while watching for OCR children; resolves with the error and every tool pid seen. */
async function extractWatching(pool: ExtractionPool, file: string, whenSeen?: () => void): Promise<{ error: Error; seen: Set<number> }> {
  const seen = new Set<number>();
  const timer = setInterval(() => {
    const pids = toolChildren();
    for (const pid of pids) seen.add(pid);
    if (pids.length && whenSeen) whenSeen();
  }, 100);
  try {
    await pool.extract(file);
    throw new Error('the extraction was expected to fail');
  } catch (err) {
    return { error: err as Error, seen };
  } finally {
    clearInterval(timer);
  }
}

async function expectAllGone(pids: Iterable<number>): Promise<void> {
  const deadline = Date.now() + 2000;
  // A tool started as the pool closed (the next page's) is killed as it starts: give its kill the same time.
  while (([...pids].some(alive) || toolChildren().length) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  expect([...pids].filter(alive)).toEqual([]);
  expect(toolChildren()).toEqual([]);
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocr-children-'));
  // Ten full A4 pages of plan text, rendered by pdftoppm at 600 dpi, one page at a time: 25–60 s of OCR even on an
  // idle machine (a page takes 2.5–6 s), far past the 8 s limit below; the limit, not the scan, ends the test.
  const lines = Array.from({ length: 40 }, (_, i) => `${i + 1}. Sở Khoa học và Công nghệ chủ trì, phối hợp với các sở, ngành triển khai nhiệm vụ ${i + 1}.`);
  renderScan(lines, path.join(dir, 'page.jpg'), { dpi: 200, noise: 0, blur: 0, skew: 0 });
  scan = path.join(dir, 'scan.pdf');
  writePdf(Array.from({ length: 10 }, () => ({ jpeg: path.join(dir, 'page.jpg'), dpi: 200 })), scan);
  Object.assign(process.env, { OCR_DPI: '600', OCR_CONCURRENCY: '1' }); // read by the worker thread, a copy made at its start
});

afterAll(() => {
  delete process.env.OCR_DPI;
  delete process.env.OCR_CONCURRENCY;
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('an extraction cut short takes its OCR tools with it', () => {
  it('past MAX_READ_MS: the file fails naming the limit, and no pdftoppm or Tesseract it started is left running', async () => {
    const pool = new ExtractionPool(extractLimits({ MAX_EXTRACT_MEMORY_MB: '256', MAX_READ_MS: '8000' }));
    try {
      const { error, seen } = await extractWatching(pool, scan);
      expect(error.message).toContain(`${scan}: reading took longer than MAX_READ_MS (8000 ms)`);
      expect(seen.size).toBeGreaterThan(0); // the engine was running when the limit struck
      await expectAllGone(seen);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('closing the pool mid-OCR (the ingest stopping) kills the running tools too', async () => {
    const pool = new ExtractionPool(extractLimits({ MAX_EXTRACT_MEMORY_MB: '256' }));
    let closing: Promise<void> | undefined;
    const { error, seen } = await extractWatching(pool, scan, () => (closing ??= pool.close()));
    await closing;
    expect(error.message).toContain(scan);
    expect(seen.size).toBeGreaterThan(0);
    await expectAllGone(seen);
  }, 60_000);
});
