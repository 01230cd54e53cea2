import { ExtractionPool } from '../../src/ingest/isolated';
import { expandPaths, ingestPaths } from '../../src/ingest/ingest-files';
import { useEmptyGraph } from '../support/graph';

/**
 * `npm run ingest` extracts INGEST_WORKERS files at once, each in its own worker, and still writes (or
 * rejects) them in the order given. The bad fixtures are all rejected, so nothing is written.
 */
describe('ingest with several extraction workers', () => {
  const graph = useEmptyGraph();
  const saved = process.env.INGEST_WORKERS;
  afterEach(() => {
    jest.restoreAllMocks();
    if (saved === undefined) delete process.env.INGEST_WORKERS;
    else process.env.INGEST_WORKERS = saved;
  });

  it.each([1, 2])('INGEST_WORKERS=%i: that many files in extraction at once, results in file order', async (workers) => {
    process.env.INGEST_WORKERS = String(workers);
    let inFlight = 0;
    let most = 0;
    const extract = ExtractionPool.prototype.extract;
    jest.spyOn(ExtractionPool.prototype, 'extract').mockImplementation(function (this: ExtractionPool, file: string) {
      most = Math.max(most, ++inFlight);
      return extract.call(this, file).finally(() => inFlight--);
    });
    const files = expandPaths(['tests/fixtures/bad']);
    const summary = await ingestPaths(graph(), ['tests/fixtures/bad']);
    expect(files.length).toBeGreaterThanOrEqual(2);
    expect(most).toBe(workers);
    expect(summary.failed.map((f) => f.path)).toEqual(files);
    expect(summary.documents).toBe(0);
  }, 120_000);
});
