/**
 * npm run bench: loads the corpus plus a synthetic scale-up (BENCH_SCALE× the corpus, default 100), then
 * asks the main questions (a) over HTTP/GraphQL with autocannon and (b) as direct Cypher through the driver
 * (the very queries the API ran for that question, replayed in the same waves), at the same concurrency in
 * the same run, and prints latency percentiles, throughput, their ratio and the round trips per question.
 *
 * Env: BENCH_SCALE (100), BENCH_DURATION_S (10), BENCH_CONNECTIONS (10), BENCH_RELOAD (false),
 * NEO4J_INSTANCE (default "bench", bolt port 7737 unless NEO4J_BOLT_PORT), plus src/config.ts.
 */
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type autocannon from 'autocannon';
import neo4j, { type Driver } from 'neo4j-driver';
import { createApp, type RequestStats } from '../src/api';
import { query } from '../src/api/cypher';
import { loadConfig } from '../src/config';
import { createDriver } from '../src/graph/connection';
import { migrate } from '../src/graph/migrate';
import { writeExtraction } from '../src/graph/write';
import { expandPaths, ingestPaths } from '../src/ingest/ingest-files';
import { extractFile } from '../src/ingest/pipeline';
import { ensureNeo4j, ROOT } from './neo4j-server';
import { synthesize } from './bench/synthetic';
import { benchLinking, printLinkBench, syntheticPlans, type LinkBench } from './bench/link';

const env = (k: string, d: string) => process.env[k] ?? d;
const SCALE = Number(env('BENCH_SCALE', '100'));
const DURATION = Number(env('BENCH_DURATION_S', '10'));
const CONNECTIONS = Number(env('BENCH_CONNECTIONS', '10'));

interface Question {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

const QUESTIONS: Question[] = [
  {
    name: 'NQ 57 tasks (100, with derivation)',
    query: `query($s: String!) { tasks(filter: {derivesFrom: $s}, first: 100) { totalCount nodes { text document { symbol } province { name } leadAgencies { name } coordinatingAgencies { name } derivation(from: $s) { kind chain { symbol } } } } }`,
    variables: { s: '57-NQ/TW' },
  },
  {
    name: 'lineage 59-NQ/TW down, depth 3',
    query: `query($s: String!) { lineage(symbol: $s, direction: DOWN, depth: 3) { nodes { id label distance stub } edges { source target relation } } }`,
    variables: { s: '59-NQ/TW' },
  },
  {
    name: 'tasks page (100, 4 relations)',
    query: `{ tasks(filter: {province: "ha noi"}, first: 100) { totalCount nodes { text document { symbol title } province { name } leadAgencies { name } coordinatingAgencies { name } } } }`,
  },
  {
    name: 'overdue by date (province)',
    query: `{ tasks(filter: {province: "can tho", deadlineTo: "2026-06-30"}, orderBy: DEADLINE_ASC, first: 50) { totalCount nodes { text deadline { end } leadAgencies { name } } } }`,
  },
  {
    name: 'counts by province (derives from 59)',
    query: `{ taskCounts(filter: {derivesFrom: "59-NQ/TW"}, groupBy: PROVINCE) { total groups { label count } } }`,
  },
  {
    name: 'search "chuyen doi so"',
    query: `{ search(text: "chuyen doi so", first: 20) { score kind node { ... on Task { text } ... on Document { symbol } } } }`,
  },
];

function pct(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function loadData(driver: Driver, database?: string): Promise<void> {
  const corpusDir = path.resolve(ROOT, env('CORPUS_DIR', 'data/corpus'));
  const files = expandPaths([corpusDir]);
  const { records } = await driver.executeQuery("MATCH (d:Document) WHERE d.sourcePath STARTS WITH 'synthetic/' RETURN count(d) AS n", {}, { database });
  const templates = await Promise.all(files.map((f) => extractFile(f)));
  const want = SCALE * templates.length;
  if (records[0].get('n') === want && process.env.BENCH_RELOAD !== 'true') {
    console.log(`data: already loaded (${files.length} corpus documents + ${want} synthetic plans)`);
    return;
  }
  console.log(`data: loading ${files.length} corpus documents + ${want} synthetic plans (BENCH_SCALE=${SCALE}) …`);
  // Batched delete: CALL … IN TRANSACTIONS needs an auto-commit transaction (session.run), not executeQuery.
  const session = driver.session({ database });
  try {
    await session.run('MATCH (n) WHERE NOT n:Migration CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
  await ingestPaths(driver, [corpusDir], { database });
  const started = Date.now();
  const synthetic = synthesize(templates, want);
  for (let i = 0; i < synthetic.length; i += 8) {
    await Promise.all(synthetic.slice(i, i + 8).map((x) => writeExtraction(driver, x, { database })));
  }
  console.log(`data: ${synthetic.length} synthetic plans written in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

async function graphStats(driver: Driver, database?: string) {
  const { records } = await driver.executeQuery(
    'CALL () { MATCH (d:Document) RETURN count(d) AS documents } CALL () { MATCH (t:Task) RETURN count(t) AS tasks } CALL () { MATCH (a:Agency) RETURN count(a) AS agencies } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN documents, tasks, agencies, relationships',
    {},
    { database },
  );
  return records[0].toObject();
}

/** Replays a request's queries through the driver: queries that overlapped in the API run concurrently. */
function replayPlan(stats: RequestStats): RequestStats['queries'][] {
  const waves: RequestStats['queries'][] = [];
  let waveEnd = -1;
  for (const q of [...stats.queries].sort((a, b) => a.startedAt - b.startedAt)) {
    if (waves.length && q.startedAt < waveEnd) waves[waves.length - 1].push(q);
    else waves.push([q]);
    waveEnd = Math.max(...waves[waves.length - 1].map((x) => x.startedAt + x.ms));
  }
  return waves;
}

async function driverLoad(driver: Driver, waves: RequestStats['queries'][], database: string | undefined, seconds: number, connections: number) {
  const latencies: number[] = [];
  const until = Date.now() + seconds * 1000;
  const runOne = async (q: RequestStats['queries'][number]) => {
    const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
    try {
      await session.run(query(q.name), q.params ?? {});
    } finally {
      await session.close();
    }
  };
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < until) {
        const t0 = performance.now();
        for (const wave of waves) await Promise.all(wave.map(runOne));
        latencies.push(performance.now() - t0);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return { p50: pct(latencies, 50), p90: pct(latencies, 90), p99: pct(latencies, 99), rps: latencies.length / seconds, n: latencies.length };
}

/**
 * autocannon in its own process (its CLI, JSON output), so the load generator does not share the server's
 * event loop and the GraphQL figures are not inflated by the tool itself.
 */
async function loadOverHttp(url: string, body: string): Promise<autocannon.Result> {
  const bin = path.resolve(ROOT, 'node_modules', 'autocannon', 'autocannon.js');
  const args = [bin, '-j', '-c', String(CONNECTIONS), '-d', String(DURATION), '-m', 'POST', '-H', 'content-type=application/json', '-b', body, url];
  const { stdout } = await promisify(execFile)(process.execPath, args, { maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(stdout) as autocannon.Result;
}

async function main(): Promise<void> {
  const config = loadConfig({ NEO4J_INSTANCE: 'bench', NEO4J_BOLT_PORT: '7737', NEO4J_HEAP: '1g', NEO4J_PAGECACHE: '512m', ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', NODE_ENV: 'production', API_DEBUG_EXTENSIONS: 'true' });
  const target = await ensureNeo4j(config);
  const driver = createDriver(target);
  await migrate(driver, target.database);
  await loadData(driver, target.database);
  const g = await graphStats(driver, target.database);
  console.log(`graph: ${g.documents} documents, ${g.tasks} tasks, ${g.agencies} agencies, ${g.relationships} relationships`);

  let captured: RequestStats | null = null;
  const server = await createApp({ ...config, MAX_QUERY_COST: 1_000_000 }, driver, { onRequestStats: (s) => (captured = s), recordParams: true, closeDriver: false, database: target.database });
  const url = await server.listen(0, '127.0.0.1');
  const rows: Record<string, string | number>[] = [];
  const plans: [string, RequestStats['queries'][]][] = [];
  let lineage: LinkBench | null = null;
  try {
    for (const q of QUESTIONS) {
      const body = JSON.stringify({ query: q.query, variables: q.variables ?? {} });
      // Warm-up (plans cached, pages in memory), and capture the queries this question costs.
      for (let i = 0; i < 5; i++) {
        const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
        const json = (await res.json()) as { errors?: unknown[] };
        if (json.errors) throw new Error(`${q.name}: ${JSON.stringify(json.errors)}`);
      }
      const stats = captured as RequestStats | null;
      if (!stats) throw new Error('no request stats captured');
      const waves = replayPlan(stats);
      plans.push([q.name, waves]);
      const http = await loadOverHttp(`${url}/graphql`, body);
      const direct = await driverLoad(driver, waves, target.database, DURATION, CONNECTIONS);
      rows.push({
        question: q.name,
        'round trips': stats.roundTrips,
        waves: waves.length,
        'gql p50 ms': http.latency.p50,
        'gql p90 ms': http.latency.p90,
        'gql p99 ms': http.latency.p99,
        'gql req/s': Math.round(http.requests.average),
        'cypher p50 ms': Number(direct.p50.toFixed(1)),
        'cypher p90 ms': Number(direct.p90.toFixed(1)),
        'cypher p99 ms': Number(direct.p99.toFixed(1)),
        'cypher req/s': Math.round(direct.rps),
        'p50 ratio': Number((http.latency.p50 / direct.p50).toFixed(2)),
        'throughput ratio': Number((http.requests.average / direct.rps).toFixed(2)),
        errors: http.errors + http.non2xx,
      });
      console.log(`done: ${q.name}`);
    }
    // Task lineage: link time of the synthetic corpus (scripts/bench/link.ts), a section of its own.
    if (env('BENCH_LINK', 'true') !== 'false') lineage = await benchLinking(driver, await syntheticPlans(path.resolve(ROOT, env('CORPUS_DIR', 'data/corpus')), SCALE), target.database);
  } finally {
    await server.close();
    await driver.close();
  }
  console.log(`\nBenchmark: ${DURATION}s per side, ${CONNECTIONS} concurrent connections, scale ${SCALE}×, graph ${g.documents} documents / ${g.tasks} tasks`);
  console.table(rows);
  console.log('ratio = GraphQL over HTTP ÷ the same Cypher through the driver (p50 latency: lower is better; throughput: higher is better).');
  console.log('\nRound trips per question (named query, ms in the captured request; queries in one wave ran in parallel):');
  for (const [name, waves] of plans) console.log(`- ${name}: ${waves.map((w) => w.map((q) => `${q.name} ${q.ms}`).join(' ‖ ')).join(' → ')}`);
  // The README's table, ready to paste.
  console.log('\n| question | round trips | GraphQL p50 / p99 ms | GraphQL req/s | Cypher p50 / p99 ms | Cypher req/s | p50 ratio | throughput ratio |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    const n = (k: string) => Math.round(Number(r[k]));
    console.log(`| ${r.question} | ${r['round trips']} | ${n('gql p50 ms')} / ${n('gql p99 ms')} | ${r['gql req/s']} | ${n('cypher p50 ms')} / ${n('cypher p99 ms')} | ${r['cypher req/s']} | ${r['p50 ratio']} | ${r['throughput ratio']} |`);
  }
  if (lineage) printLinkBench(lineage);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
