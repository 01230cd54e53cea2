/**
 * Ingest throughput for the benchmark: how fast the extractor parses (MB of source text per second) and how
 * fast the writer stores tasks (one transaction per document, as `npm run ingest` writes them), for a corpus
 * of 100 documents and of `documents` (1,000 by default), so the report shows how both grow.
 *
 * The N-document corpus cycles through the bundled corpus files (parsed for real, each time) and writes the
 * synthetic plans built from their extractions (scripts/bench/synthetic.ts), under symbols of their own that
 * are removed afterwards, so the questions' graph is left as it was.
 */
import type { Driver } from 'neo4j-driver';
import { cypher } from '../../src/graph/cypher';
import { writeExtraction } from '../../src/graph/write';
import type { Extraction } from '../../src/ingest/model';
import { extract } from '../../src/ingest/pipeline';
import { readSource, type SourceText } from '../../src/ingest/read-source';
import { synthesize } from './synthetic';

/**
 * Steps that run after the documents are written (for example linking task counterparts across documents):
 * each is timed and reported beside the write. Register one with `afterWriteSteps.push(...)`.
 */
export const afterWriteSteps: { name: string; run: (driver: Driver, database?: string) => Promise<void> }[] = [];

export interface IngestSize {
  documents: number;
  tasks: number;
  megabytes: number;
  parseSeconds: number;
  writeSeconds: number;
  afterWriteSeconds: Record<string, number>;
  tasksPerSecond: number;
  parseMBps: number;
}

export interface IngestFigures {
  parseMBps: number;
  tasksPerSecond: number;
  documents: number;
  tasks: number;
  seconds: number;
  parseSeconds: number;
  writeSeconds: number;
  /** Seconds per document at 100 and at `documents`: flat means linear growth. */
  growth: IngestSize[];
  writeParallelism: number;
}

/** Symbols of the scratch documents: far above the bench graph's own synthetic plans (9000 + i). */
const SCRATCH_OFFSET = 500_000;
const WRITE_PARALLELISM = 4;

async function ingestCorpus(driver: Driver, sources: SourceText[], templates: Extraction[], n: number, database?: string): Promise<IngestSize> {
  // Parse: every document's text extracted (CPU, one thread, as `npm run ingest` does).
  let bytes = 0;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const s = sources[i % sources.length];
    extract(s);
    bytes += Buffer.byteLength(s.text, 'utf8');
  }
  const parseSeconds = (performance.now() - t0) / 1000;

  // Write: the synthetic plans, a few documents in flight at once, each in its own transaction.
  const docs = synthesize(templates, n, SCRATCH_OFFSET);
  const agencyKeys = [...new Set(docs.flatMap((d) => d.agencies.map((a) => a.key)))];
  const known = await driver.executeQuery('MATCH (a:Agency) WHERE a.key IN $keys RETURN collect(a.key) AS keys', { keys: agencyKeys }, { database });
  const knownKeys = new Set(known.records[0].get('keys') as string[]);
  const tasks = docs.reduce((s, d) => s + d.tasks.length, 0);
  const t1 = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: WRITE_PARALLELISM }, async () => {
      while (next < docs.length) await writeExtraction(driver, docs[next++], { database });
    }),
  );
  const writeSeconds = (performance.now() - t1) / 1000;
  const afterWriteSeconds: Record<string, number> = {};
  for (const step of afterWriteSteps) {
    const t2 = performance.now();
    await step.run(driver, database);
    afterWriteSeconds[step.name] = (performance.now() - t2) / 1000;
  }
  await removeScratch(driver, docs.map((d) => d.documentId), agencyKeys.filter((k) => !knownKeys.has(k)), database);
  return { documents: n, tasks, megabytes: bytes / 1e6, parseSeconds, writeSeconds, afterWriteSeconds, tasksPerSecond: tasks / writeSeconds, parseMBps: bytes / 1e6 / parseSeconds };
}

/** Removes the scratch documents and what only they brought (their new agencies). */
async function removeScratch(driver: Driver, ids: string[], newAgencies: string[], database?: string): Promise<void> {
  for (const id of ids) {
    await driver.executeQuery(cypher('write/clear-document'), { id }, { database });
    await driver.executeQuery('MATCH (d:Document {id: $id}) DETACH DELETE d', { id }, { database });
  }
  await driver.executeQuery('MATCH (a:Agency) WHERE a.key IN $keys DETACH DELETE a', { keys: newAgencies }, { database });
}

export async function measureIngest(driver: Driver, files: string[], opts: { database?: string; documents: number; log: (m: string) => void }): Promise<IngestFigures> {
  const sources = (await Promise.all(files.map((f) => readSource(f))));
  const templates = sources.map((s) => extract(s));
  // Warm-up (JIT, query plans), not reported.
  await ingestCorpus(driver, sources, templates, Math.min(10, opts.documents), opts.database);
  const growth: IngestSize[] = [];
  for (const n of [...new Set([Math.min(100, opts.documents), opts.documents])]) {
    opts.log(`${n} documents …`);
    growth.push(await ingestCorpus(driver, sources, templates, n, opts.database));
  }
  const last = growth[growth.length - 1];
  return {
    parseMBps: last.parseMBps,
    tasksPerSecond: last.tasksPerSecond,
    documents: last.documents,
    tasks: last.tasks,
    seconds: last.parseSeconds + last.writeSeconds + Object.values(last.afterWriteSeconds).reduce((a, b) => a + b, 0),
    parseSeconds: last.parseSeconds,
    writeSeconds: last.writeSeconds,
    growth,
    writeParallelism: WRITE_PARALLELISM,
  };
}
