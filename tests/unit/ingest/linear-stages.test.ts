/**
 * Linear-time stages (issue 8): inputs shaped the way the stages used to be quadratic in, at sizes where the
 * old code ran past MAX_EXTRACT_MS (60 s) by far, must extract well inside it. Growth itself (n against 4n)
 * is shown by `npx tsx scripts/growth.ts`, not timed here; the bound below is the limit production enforces.
 */
import { documentOf, SHAPES } from '../../../scripts/growth';
import { extractLimits } from '../../../src/ingest/isolated';
import { extract } from '../../../src/ingest/pipeline';

const LIMIT_MS = extractLimits({}).MAX_EXTRACT_MS;

function timed(shape: keyof typeof SHAPES, n: number) {
  const text = documentOf(SHAPES[shape].make(n));
  const started = Date.now();
  const x = extract({ path: `${shape}.txt`, text, format: 'TEXT', sha256: '0'.repeat(64) });
  return { x, ms: Date.now() - started };
}

describe('stages stay linear on pathological shapes (each under MAX_EXTRACT_MS)', () => {
  it('a PDF table row with an 80,000-character cell line (118 s before: every word re-read the rest of the line)', () => {
    const { x, ms } = timed('long-cell-in-flat-table', 80_000);
    expect(x.tasks.length).toBeGreaterThan(0);
    expect(ms).toBeLessThan(LIMIT_MS);
  });

  it('a PDF table flattened one cell a line, 8,000 rows (292 s before: each paragraph join re-read the text so far)', () => {
    const { x, ms } = timed('flattened-table', 8_000);
    expect(x.tasks.length).toBeGreaterThan(900);
    expect(ms).toBeLessThan(LIMIT_MS);
  });

  it('20,000 copies of one short line (90 s before: running headers copied the list of copies at each one)', () => {
    const { ms } = timed('repeated-lines', 20_000);
    expect(ms).toBeLessThan(LIMIT_MS);
  });

  it('a pipe table 8,000 columns wide (30 s before: each cell re-joined its role text)', () => {
    const { x, ms } = timed('wide-pipe-row', 8_000);
    expect(x.tasks.length).toBe(1);
    expect(ms).toBeLessThan(LIMIT_MS);
  });
});
