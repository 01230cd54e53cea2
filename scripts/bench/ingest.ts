/**
 * Ingest throughput for the benchmark, for a corpus of 100 documents and of `documents` (1,000 by default),
 * so the report shows how each stage grows (time per MB and per task at both sizes; 1.0 = linear):
 *  - parse: every document's text extracted for real, in MB of source text per second, twice: one after
 *    another on this thread (what one core does: wall-clock and per CPU second), and as `npm run ingest`
 *    extracts, by its INGEST_WORKERS worker threads side by side (src/ingest/isolated.ts, ingest-files.ts),
 *    files read from disk and extractions sent back, wall-clock and per CPU second of the whole process. The
 *    corpus cycles through the bundled files; the extractor's remembered answers live for one document only
 *    (src/ingest/memo.ts), so a repeat costs what an unseen document does;
 *  - write: the synthetic plans built from those extractions (scripts/bench/synthetic.ts), `WRITE_PARALLELISM`
 *    documents in flight, each in one transaction as `npm run ingest` writes it, in tasks per second, and, when
 *    the bench's Neo4j is the local instance, per CPU second of the Neo4j server and of this process;
 *  - link: task lineage (src/graph/link-counterparts.ts) is the costliest step of an ingest. It is timed on the
 *    first `linkSample` of the scratch plans, each written and then linked one at a time against the whole
 *    bench graph (its few hundred sibling plans), as an incremental ingest pays it, beside that same write.
 * The scratch plans carry symbols of their own and are removed afterwards, so the questions' graph is left as
 * it was.
 */
import type { Driver } from 'neo4j-driver';
import { linkDocument } from '../../src/graph/link-counterparts';
import { awaitSearchIndex, writeExtraction } from '../../src/graph/write';
import type { Extraction } from '../../src/ingest/model';
import { extract } from '../../src/ingest/pipeline';
import fs from 'node:fs';
import { ExtractionPool, extractLimits } from '../../src/ingest/isolated';
import { readSource, type SourceText } from '../../src/ingest/read-source';
import { synthesize } from './synthetic';

export interface IngestSize {
  documents: number;
  tasks: number;
  megabytes: number;
  parseSeconds: number;
  writeSeconds: number;
  tasksPerSecond: number;
  parseMBps: number;
  /** MB parsed per second of this process's CPU time: what the parse costs, whatever else loads the machine. */
  parseCpuMBps: number;
  /** The same documents extracted by the ingest's worker threads side by side (`parseWorkers` of them). */
  workersParseSeconds: number;
  workersParseMBps: number;
  workersParseCpuMBps: number;
  /** Tasks written per second of the Neo4j server's CPU time and of this process's (null: not a local instance). */
  tasksPerNeo4jCpuSecond: number | null;
  tasksPerClientCpuSecond: number;
}

export interface LinkSample {
  documents: number;
  tasks: number;
  /** Per document, medians: its write (alone, one transaction) and its link pass right after. */
  writeP50Ms: number;
  linkP50Ms: number;
  /** Summed link time over summed write time of the same documents. */
  linkOverWrite: number;
  counterparts: number;
}

export interface IngestFigures {
  parseMBps: number;
  parseCpuMBps: number;
  /** Parse as `npm run ingest` does it: INGEST_WORKERS extraction workers side by side. */
  parseWorkers: number;
  workersParseMBps: number;
  workersParseCpuMBps: number;
  tasksPerNeo4jCpuSecond: number | null;
  tasksPerClientCpuSecond: number;
  tasksPerSecond: number;
  documents: number;
  tasks: number;
  /** Parse + write of the `documents` corpus (task lineage not included: see `link`). */
  seconds: number;
  parseSeconds: number;
  writeSeconds: number;
  growth: IngestSize[];
  /** Seconds per MB parsed and per task written at the largest size ÷ at 100 documents: 1.0 is linear. */
  growthRatio: { parse: number; parseCpu: number; workersParse: number; write: number; writeNeo4jCpu: number | null };
  writeParallelism: number;
  link: LinkSample | null;
}

/** Symbols of the scratch documents: far above the bench graph's own synthetic plans (9000 + i). */
const SCRATCH_OFFSET = 500_000;
const WRITE_PARALLELISM = 4;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const cpuSeconds = (since?: NodeJS.CpuUsage) => {
  const c = process.cpuUsage(since);
  return (c.user + c.system) / 1e6;
};

/** CPU seconds a local process has used (user + system, from /proc), or null where that cannot be read. */
function processCpuSeconds(pid: number | null): number | null {
  if (pid === null) return null;
  try {
    // Fields after the command name: utime and stime are the 12th and 13th, in clock ticks (100 per second on Linux).
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/** Extracts `n` documents (cycling through `files`) by the pools side by side, file i by pool i mod pools. */
async function parseWithWorkers(pools: ExtractionPool[], files: string[], n: number, log: (m: string) => void): Promise<void> {
  let done = 0;
  await Promise.all(
    pools.map(async (pool, lane) => {
      for (let i = lane; i < n; i += pools.length) {
        await pool.extract(files[i % files.length]);
        if (n >= 500 && ++done % 250 === 0) log(`${done}/${n} parsed by ${pools.length} workers`);
      }
    }),
  );
}

interface Setup {
  sources: SourceText[];
  files: string[];
  templates: Extraction[];
  pools: ExtractionPool[];
  neo4jPid: number | null;
}

async function ingestCorpus(driver: Driver, setup: Setup, n: number, log: (m: string) => void, database?: string): Promise<IngestSize> {
  const { sources, templates } = setup;
  let bytes = 0;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < n; i++) {
    const s = sources[i % sources.length];
    extract(s);
    bytes += Buffer.byteLength(s.text, 'utf8');
    if (n >= 500 && (i + 1) % 250 === 0) log(`${i + 1}/${n} parsed`);
  }
  const parseSeconds = (performance.now() - t0) / 1000;
  const parseCpuSeconds = cpuSeconds(cpu0);

  const w0 = performance.now();
  const wcpu0 = process.cpuUsage();
  await parseWithWorkers(setup.pools, setup.files, n, log);
  const workersParseSeconds = (performance.now() - w0) / 1000;
  const workersCpuSeconds = cpuSeconds(wcpu0);

  const docs = synthesize(templates, n, SCRATCH_OFFSET);
  const newAgencies = await agenciesNotInGraph(driver, docs, database);
  const tasks = docs.reduce((s, d) => s + d.tasks.length, 0);
  const t1 = performance.now();
  const ccpu0 = process.cpuUsage();
  const neo4jCpu0 = processCpuSeconds(setup.neo4jPid);
  let next = 0;
  let written = 0;
  let writeSeconds = NaN;
  let clientCpuSeconds = NaN;
  let neo4jCpuSeconds: number | null = null;
  try {
    await Promise.all(
      Array.from({ length: WRITE_PARALLELISM }, async () => {
        while (next < docs.length) {
          // As `npm run ingest` writes a batch: search is waited for once, at its end (below, inside the timing).
          await writeExtraction(driver, docs[next++], { database, awaitSearch: false });
          if (n >= 500 && ++written % 250 === 0) log(`${written}/${n} written`);
        }
      }),
    );
    await awaitSearchIndex(driver, { database });
    writeSeconds = (performance.now() - t1) / 1000;
    clientCpuSeconds = cpuSeconds(ccpu0);
    const neo4jCpu1 = processCpuSeconds(setup.neo4jPid);
    neo4jCpuSeconds = neo4jCpu0 === null || neo4jCpu1 === null ? null : neo4jCpu1 - neo4jCpu0;
  } finally {
    await removeScratch(driver, docs.map((d) => d.documentId), newAgencies, database);
  }
  const mb = bytes / 1e6;
  return {
    documents: n,
    tasks,
    megabytes: mb,
    parseSeconds,
    writeSeconds,
    tasksPerSecond: tasks / writeSeconds,
    parseMBps: mb / parseSeconds,
    parseCpuMBps: mb / parseCpuSeconds,
    workersParseSeconds,
    workersParseMBps: mb / workersParseSeconds,
    workersParseCpuMBps: mb / workersCpuSeconds,
    tasksPerNeo4jCpuSecond: neo4jCpuSeconds === null ? null : tasks / neo4jCpuSeconds,
    tasksPerClientCpuSecond: tasks / clientCpuSeconds,
  };
}

/** The first `n` scratch plans, each written and then linked, one at a time. */
async function sampleLinking(driver: Driver, templates: Extraction[], n: number, database?: string): Promise<LinkSample> {
  const docs = synthesize(templates, n, SCRATCH_OFFSET);
  const newAgencies = await agenciesNotInGraph(driver, docs, database);
  const writes: number[] = [];
  const links: number[] = [];
  let counterparts = 0;
  try {
    for (const d of docs) {
      const t0 = performance.now();
      await writeExtraction(driver, d, { database });
      const t1 = performance.now();
      counterparts += (await linkDocument(driver, d.documentId, { database })).counterparts;
      writes.push(t1 - t0);
      links.push(performance.now() - t1);
    }
  } finally {
    await removeScratch(driver, docs.map((d) => d.documentId), newAgencies, database);
  }
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return { documents: n, tasks: docs.reduce((s, d) => s + d.tasks.length, 0), writeP50Ms: median(writes), linkP50Ms: median(links), linkOverWrite: sum(links) / sum(writes), counterparts };
}

async function agenciesNotInGraph(driver: Driver, docs: Extraction[], database?: string): Promise<string[]> {
  const keys = [...new Set(docs.flatMap((d) => d.agencies.map((a) => a.key)))];
  const { records } = await driver.executeQuery('MATCH (a:Agency) WHERE a.key IN $keys RETURN collect(a.key) AS keys', { keys }, { database });
  const known = new Set(records[0].get('keys') as string[]);
  return keys.filter((k) => !known.has(k));
}

/** Removes the scratch documents, what they owned and the agencies only they brought, a few documents a transaction. */
async function removeScratch(driver: Driver, ids: string[], newAgencies: string[], database?: string): Promise<void> {
  for (let i = 0; i < ids.length; i += 20) {
    await driver.executeQuery(
      'UNWIND $ids AS id MATCH (d:Document {id: id}) OPTIONAL MATCH (d)-[:HAS_SECTION|HAS_TASK|HAS_RESTATEMENT|HAS_INDICATOR]->(o) WITH d, collect(o) AS owned FOREACH (x IN owned | DETACH DELETE x) DETACH DELETE d',
      { ids: ids.slice(i, i + 20) },
      { database },
    );
  }
  await driver.executeQuery('MATCH (a:Agency) WHERE a.key IN $keys DETACH DELETE a', { keys: newAgencies }, { database });
}

/** `neo4jPid`: the local Neo4j server's process, whose CPU time the write figures are also given per. */
export async function measureIngest(driver: Driver, files: string[], opts: { database?: string; documents: number; linkSample: number; neo4jPid: number | null; log: (m: string) => void }): Promise<IngestFigures> {
  const sources = await Promise.all(files.map((f) => readSource(f)));
  const templates = sources.map((s) => extract(s));
  const limits = extractLimits();
  const setup: Setup = { sources, files, templates, pools: Array.from({ length: limits.INGEST_WORKERS }, () => new ExtractionPool(limits)), neo4jPid: opts.neo4jPid };
  const growth: IngestSize[] = [];
  let link: LinkSample | null = null;
  try {
    // Warm-up (JIT, the workers' start, query plans), not reported.
    await ingestCorpus(driver, setup, Math.max(Math.min(10, opts.documents), 2 * setup.pools.length), opts.log, opts.database);
    for (const n of [...new Set([Math.min(100, opts.documents), opts.documents])]) {
      opts.log(`${n} documents: parse (one thread, then ${setup.pools.length} workers), then write …`);
      growth.push(await ingestCorpus(driver, setup, n, opts.log, opts.database));
    }
  } finally {
    await Promise.all(setup.pools.map((p) => p.close()));
  }
  if (opts.linkSample > 0) {
    opts.log(`task lineage: ${opts.linkSample} documents written and linked one at a time …`);
    link = await sampleLinking(driver, templates, opts.linkSample, opts.database);
  }
  const [first, last] = [growth[0], growth[growth.length - 1]];
  return {
    parseMBps: last.parseMBps,
    parseCpuMBps: last.parseCpuMBps,
    parseWorkers: setup.pools.length,
    workersParseMBps: last.workersParseMBps,
    workersParseCpuMBps: last.workersParseCpuMBps,
    tasksPerNeo4jCpuSecond: last.tasksPerNeo4jCpuSecond,
    tasksPerClientCpuSecond: last.tasksPerClientCpuSecond,
    tasksPerSecond: last.tasksPerSecond,
    documents: last.documents,
    tasks: last.tasks,
    seconds: last.parseSeconds + last.writeSeconds,
    parseSeconds: last.parseSeconds,
    writeSeconds: last.writeSeconds,
    growth,
    growthRatio: {
      parse: first.parseMBps / last.parseMBps,
      parseCpu: first.parseCpuMBps / last.parseCpuMBps,
      workersParse: first.workersParseMBps / last.workersParseMBps,
      write: first.tasksPerSecond / last.tasksPerSecond,
      writeNeo4jCpu: first.tasksPerNeo4jCpuSecond && last.tasksPerNeo4jCpuSecond ? first.tasksPerNeo4jCpuSecond / last.tasksPerNeo4jCpuSecond : null,
    },
    writeParallelism: WRITE_PARALLELISM,
    link,
  };
}
