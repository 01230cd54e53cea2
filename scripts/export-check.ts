/**
 * npx tsx scripts/export-check.ts: exports every task of a scaled-up graph (the bench's synthetic plans,
 * EXPORT_SCALE× the corpus, default 100: ~60,000 tasks) as CSV and XLSX through the HTTP endpoints, and
 * reports rows, size, time and the server process's peak heap and RSS above its idle level, sampled every
 * 50 ms. The file sizes are the baseline: an export that built the file in memory would need at least that
 * much heap on top of the rows it holds. Uses the local instance of NEO4J_INSTANCE / NEO4J_BOLT_PORT
 * (default `bench` on 7737, shared with `npm run bench`), or NEO4J_URI.
 */
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse } from 'csv-parse';
import { createApp } from '../src/api';
import { loadConfig } from '../src/config';
import { createDriver } from '../src/graph/connection';
import { migrate } from '../src/graph/migrate';
import { awaitSearchIndex, writeExtraction } from '../src/graph/write';
import { expandPaths, ingestPaths } from '../src/ingest/ingest-files';
import { extractFile } from '../src/ingest/pipeline';
import { ensureNeo4j, ROOT } from './neo4j-server';
import { synthesize } from './bench/synthetic';
import path from 'node:path';

const SCALE = Number(process.env.EXPORT_SCALE ?? '100');
const MB = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

async function main(): Promise<void> {
  const config = loadConfig({ NEO4J_INSTANCE: 'bench', NEO4J_BOLT_PORT: '7737', NEO4J_HEAP: '1g', NEO4J_PAGECACHE: '512m', ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', NODE_ENV: 'production' });
  const target = await ensureNeo4j(config);
  const driver = createDriver(target);
  await migrate(driver, target.database);
  const corpus = path.resolve(ROOT, 'data', 'corpus');
  const templates = await Promise.all(expandPaths([corpus]).map((f) => extractFile(f)));
  const want = SCALE * templates.length;
  const { records } = await driver.executeQuery("MATCH (d:Document) WHERE d.sourcePath STARTS WITH 'synthetic/' RETURN count(d) AS n", {}, { database: target.database });
  if (records[0].get('n') !== want) {
    console.log(`data: loading the corpus + ${want} synthetic plans …`);
    await ingestPaths(driver, [corpus], { database: target.database });
    const synthetic = synthesize(templates, want);
    for (let i = 0; i < synthetic.length; i += 8) await Promise.all(synthetic.slice(i, i + 8).map((x) => writeExtraction(driver, x, { database: target.database, awaitSearch: false })));
    await awaitSearchIndex(driver, { database: target.database });
  }
  const { records: counted } = await driver.executeQuery('MATCH (t:Task) RETURN count(t) AS n', {}, { database: target.database });
  console.log(`graph: ${counted[0].get('n')} tasks`);

  const api = await createApp(config, driver, { database: target.database });
  const url = await api.listen(0, '127.0.0.1');
  global.gc?.();
  const idle = process.memoryUsage();
  for (const format of ['csv', 'xlsx'] as const) {
    let peakHeap = 0;
    let peakRss = 0;
    const timer = setInterval(() => {
      const m = process.memoryUsage();
      peakHeap = Math.max(peakHeap, m.heapUsed);
      peakRss = Math.max(peakRss, m.rss);
    }, 50);
    const started = Date.now();
    const res = await fetch(`${url}/export/tasks.${format}`);
    let bytes = 0;
    let rows = 0;
    const body = Readable.fromWeb(res.body as never).on('data', (c: Buffer) => (bytes += c.length));
    if (format === 'csv') {
      await pipeline(body, parse({ bom: true }), new Writable({ objectMode: true, write: (_row, _enc, done) => (rows++, done()) }));
      rows -= 2; // the two header rows
    } else {
      for await (const _ of body) void _;
    }
    clearInterval(timer);
    const s = (Date.now() - started) / 1000;
    console.log(
      `${format}: HTTP ${res.status}, ${format === 'csv' ? `${rows} rows, ` : ''}${MB(bytes)} in ${s.toFixed(1)} s; ` +
        `peak heap ${MB(peakHeap)} (idle ${MB(idle.heapUsed)}, +${MB(peakHeap - idle.heapUsed)}), peak RSS ${MB(peakRss)} (idle ${MB(idle.rss)}, +${MB(peakRss - idle.rss)})`,
    );
  }
  await api.close();
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
