/**
 * npm run bench: the API against its baselines, measured in one run on the same graph.
 *
 * For each question (scripts/bench/questions.ts) three sides answer: the API over HTTP; the floor, one
 * hand-written Cypher query per request through the driver; the peer, @neo4j/graphql 7 behind its own Apollo
 * server. Their answers are checked equal first. Then, for BENCH_ROUNDS rounds, each side is driven for
 * BENCH_DURATION_S at each connection count of BENCH_CONNECTIONS, the sides' order rotating from round to
 * round and question to question, so load from the rest of the machine falls on all of them alike; queries a
 * side left running in Neo4j when its run ended (a peer's, slower than the run) are terminated before the next. The report
 * gives medians over the rounds with their spread (min–max), the ratios API÷floor and API÷peer for p50 and
 * throughput, and the API's round trips; and, from sequential requests, where an API request's time goes
 * (Cypher, GraphQL, HTTP/JSON) beside the floor's. Before the questions: ingest throughput (scripts/bench/ingest.ts).
 *
 * Env: BENCH_SCALE (100), BENCH_DURATION_S (5), BENCH_ROUNDS (3), BENCH_CONNECTIONS ("10,1"),
 * BENCH_INGEST_DOCS (1000; 0 skips the ingest figures), BENCH_INGEST_LINK (20: documents whose link pass is timed), BENCH_QUESTIONS (true; false skips the questions; or a comma-separated list of question indices, 0-based in questions.ts's order, to time only those), BENCH_RELOAD (false),
 * BENCH_BREAKDOWN_REQUESTS (15: sequential requests per question for the time breakdown), BENCH_PEER_PORT (0: any free port), BENCH_LINK (true: the task-lineage link section), BENCH_JSON (a file to write the figures to), NEO4J_INSTANCE (bench,
 * bolt port 7737 unless NEO4J_BOLT_PORT), plus src/config.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { isDeepStrictEqual } from 'node:util';
import neo4j, { type Driver } from 'neo4j-driver';
import { createApp, type RequestStats } from '../src/api';
import { loadConfig } from '../src/config';
import { createDriver } from '../src/graph/connection';
import { migrate } from '../src/graph/migrate';
import { awaitSearchIndex, writeExtraction } from '../src/graph/write';
import { expandPaths, ingestPaths } from '../src/ingest/ingest-files';
import { extractFile } from '../src/ingest/pipeline';
import { ensureNeo4j, ROOT, runningPid } from './neo4j-server';
import { measureIngest, type IngestFigures } from './bench/ingest';
import { startPeer } from './bench/peer';
import { CHAIN_DEPTH_CYPHER, questions, type Question } from './bench/questions';
import { synthesize } from './bench/synthetic';
import { benchLinking, printLinkBench, syntheticPlans, type LinkBench } from './bench/link';

const env = (k: string, d: string) => process.env[k] ?? d;
const SCALE = Number(env('BENCH_SCALE', '100'));
const DURATION = Number(env('BENCH_DURATION_S', '5'));
const ROUNDS = Number(env('BENCH_ROUNDS', '3'));
const CONNECTIONS = env('BENCH_CONNECTIONS', '10,1').split(',').map(Number);
const INGEST_DOCS = Number(env('BENCH_INGEST_DOCS', '1000'));
const BREAKDOWN_REQUESTS = Number(env('BENCH_BREAKDOWN_REQUESTS', '15'));

type SideName = 'api' | 'floor' | 'peer';
const SIDES: SideName[] = ['api', 'floor', 'peer'];

interface Run {
  p50: number;
  p99: number;
  rps: number;
  /** Requests answered in the run. */
  requests: number;
  /** CPU time of this process (the API's and the peer's servers, the floor's driver calls) per request. */
  cpuMs: number;
}

type Load = Omit<Run, 'cpuMs'>;

function pct(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const median = (xs: number[]) => pct([...xs].sort((a, b) => a - b), 50);
const workersOf = (i: IngestFigures) => `${i.parseWorkers} extraction worker${i.parseWorkers === 1 ? '' : 's'}`;

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
  const synthetic = synthesize(templates, want);
  for (let i = 0; i < synthetic.length; i += 4) await Promise.all(synthetic.slice(i, i + 4).map((x) => writeExtraction(driver, x, { database, awaitSearch: false })));
  await awaitSearchIndex(driver, { database });
}

async function graphStats(driver: Driver, database?: string) {
  const { records } = await driver.executeQuery(
    'CALL () { MATCH (d:Document) RETURN count(d) AS documents } CALL () { MATCH (t:Task) RETURN count(t) AS tasks } CALL () { MATCH (a:Agency) RETURN count(a) AS agencies } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN documents, tasks, agencies, relationships',
    {},
    { database },
  );
  return records[0].toObject() as { documents: number; tasks: number; agencies: number; relationships: number };
}

async function postJson(url: string, body: string): Promise<Record<string, unknown>> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const json = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (json.errors || !json.data) throw new Error(`${url}: ${JSON.stringify(json.errors ?? json).slice(0, 2000)}`);
  return json.data;
}

async function floorOnce(driver: Driver, q: Question, database?: string) {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    // As the API's queries (src/api/graph.ts readRows): no stack trace captured by the driver, which under
    // tsx's source maps costs 0.3–0.9 ms of CPU per query.
    const stackTraceLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    let pending: ReturnType<typeof session.run>;
    try {
      pending = session.run(q.floor.cypher, q.floor.params);
    } finally {
      Error.stackTraceLimit = stackTraceLimit;
    }
    const res = await pending;
    return res.records[0]?.toObject() ?? {};
  } finally {
    await session.close();
  }
}

/** The floor under load: `connections` loops in this process, each one request (one query) at a time. */
async function floorLoad(driver: Driver, q: Question, connections: number, database?: string): Promise<Load> {
  const latencies: number[] = [];
  const until = Date.now() + DURATION * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < until) {
        const t0 = performance.now();
        await floorOnce(driver, q, database);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return { p50: pct(latencies, 50), p99: pct(latencies, 99), rps: latencies.length / DURATION, requests: latencies.length };
}

/**
 * An HTTP side under load: autocannon in its own process (./bench/http-load.ts), so the load generator does
 * not share the servers' event loop; every response's latency is kept to the microsecond, as the floor's.
 */
async function httpLoad(url: string, body: string, connections: number): Promise<Load> {
  const script = path.resolve(ROOT, 'scripts', 'bench', 'http-load.ts');
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', script, url, String(connections), String(DURATION), body], { maxBuffer: 16 * 1024 * 1024 });
  const r = JSON.parse(stdout) as { p50: number | null; p99: number | null; rps: number; requests: number; errors: number; non2xx: number };
  if (r.errors + r.non2xx > 0) throw new Error(`${url}: ${r.errors} errors, ${r.non2xx} non-2xx responses under load`);
  // No response within the run (each takes longer than BENCH_DURATION_S): no latency at all; say it is
  // longer than the run instead.
  if (r.requests === 0 || r.p50 === null || r.p99 === null) return { p50: Infinity, p99: Infinity, rps: 0, requests: 0 };
  return { p50: r.p50, p99: r.p99, rps: r.rps, requests: r.requests };
}

/**
 * Ends what a side left running in Neo4j: autocannon stops waiting at the end of its run, the server does
 * not, and a peer query that outlived its run (several take longer than one) would weigh on the next side's.
 */
async function settle(driver: Driver, database?: string): Promise<number> {
  const session = driver.session({ database });
  try {
    const res = await session.run("SHOW TRANSACTIONS YIELD transactionId, currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' RETURN collect(transactionId) AS ids");
    const ids = res.records[0].get('ids') as string[];
    if (ids.length) await session.run('TERMINATE TRANSACTIONS $ids', { ids });
    return ids.length;
  } finally {
    await session.close();
  }
}

/** Where one API request's time goes, medians of sequential requests beside the floor's (see main). */
interface Breakdown {
  floorMs: number;
  apiMs: number;
  /** From the first query's start to the last one's end (parallel queries overlap). */
  cypherMs: number;
  /** Apollo's request less the Cypher: parsing the operation, limits, resolvers, shaping. */
  graphqlMs: number;
  /** The rest: HTTP, JSON body parsing and response serialisation, on both ends. */
  httpMs: number;
}

async function breakdown(apiUrl: string, body: string, floor: () => Promise<unknown>, stats: () => RequestStats | null): Promise<Breakdown> {
  const cols: Record<keyof Breakdown, number[]> = { floorMs: [], apiMs: [], cypherMs: [], graphqlMs: [], httpMs: [] };
  for (let i = 0; i < BREAKDOWN_REQUESTS; i++) {
    let t0 = performance.now();
    await floor();
    cols.floorMs.push(performance.now() - t0);
    t0 = performance.now();
    await postJson(apiUrl, body);
    const total = performance.now() - t0;
    const s = stats();
    if (!s) continue;
    const cypher = s.queries.length ? Math.max(...s.queries.map((q) => q.startedAt + q.ms)) - Math.min(...s.queries.map((q) => q.startedAt)) : 0;
    cols.apiMs.push(total);
    cols.cypherMs.push(cypher);
    cols.graphqlMs.push(Math.max(0, s.durationMs - cypher));
    cols.httpMs.push(Math.max(0, total - s.durationMs));
  }
  return Object.fromEntries(Object.entries(cols).map(([k, v]) => [k, median(v)])) as unknown as Breakdown;
}

function firstDifference(a: unknown, b: unknown): string {
  const sa = JSON.stringify(a);
  const sb = JSON.stringify(b);
  let i = 0;
  while (i < sa.length && sa[i] === sb[i]) i++;
  return `…${sa.slice(Math.max(0, i - 120), i + 120)}…\n  vs …${sb.slice(Math.max(0, i - 120), i + 120)}…`;
}

/** Answers of the three sides, reduced to what must agree; throws naming the first difference. */
function checkAnswers(q: Question, api: unknown, floor: unknown, peer: unknown): void {
  const peerView = (x: unknown) => (x && typeof x === 'object' && !Array.isArray(x) && 'kinds' in x ? { ...(x as object), kinds: undefined } : x);
  if (!isDeepStrictEqual(api, floor)) throw new Error(`${q.name}: the API and the floor disagree:\n  ${firstDifference(api, floor)}`);
  if (!isDeepStrictEqual(JSON.parse(JSON.stringify(peerView(api))), peer)) throw new Error(`${q.name}: the API and the peer disagree:\n  ${firstDifference(peerView(api), peer)}`);
}

const fmt = (x: number, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : x === Infinity ? `> ${DURATION * 1000}` : '-');

async function main(): Promise<void> {
  const config = loadConfig({ NEO4J_INSTANCE: 'bench', NEO4J_BOLT_PORT: '7737', NEO4J_HEAP: '1g', NEO4J_PAGECACHE: '512m', ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', NODE_ENV: 'production' });
  const target = await ensureNeo4j(config);
  const db = target.database;
  const driver = createDriver(target);
  await migrate(driver, db);
  await loadData(driver, db);
  const g = await graphStats(driver, db);
  console.log(`graph: ${g.documents} documents, ${g.tasks} tasks, ${g.agencies} agencies, ${g.relationships} relationships`);

  let ingest: IngestFigures | null = null;
  if (INGEST_DOCS > 0) {
    const corpusFiles = expandPaths([path.resolve(ROOT, env('CORPUS_DIR', 'data/corpus'))]);
    // The server's CPU time is read when the bench's Neo4j is the local instance (not NEO4J_URI).
    const neo4jPid = process.env.NEO4J_URI ? null : runningPid(config.NEO4J_INSTANCE);
    ingest = await measureIngest(driver, corpusFiles, { database: db, documents: INGEST_DOCS, linkSample: Number(env('BENCH_INGEST_LINK', '20')), neo4jPid, log: (m) => console.log(`ingest: ${m}`) });
    for (const s of ingest.growth) console.log(`ingest: ${s.documents} documents: parse ${fmt(s.parseMBps, 2)} MB/s one thread (${fmt(s.parseSeconds)} s), ${fmt(s.workersParseMBps, 2)} MB/s by ${workersOf(ingest)} (${fmt(s.workersParseSeconds)} s), write ${fmt(s.tasksPerSecond, 0)} tasks/s (${fmt(s.writeSeconds)} s)`);
  }

  const depth = async (id: string) => Number((await driver.executeQuery(CHAIN_DEPTH_CYPHER, { id }, { database: db })).records[0].get('depth'));
  // BENCH_QUESTIONS=false: an ingest-only run (the graph, the ingest figures and the link section).
  // A list of indices ("0,5"): only those questions, for measuring one change without the others' minutes.
  const asked = env('BENCH_QUESTIONS', 'true');
  const picked = /^\d+(,\d+)*$/.test(asked) ? new Set(asked.split(',').map(Number)) : null;
  const qs = asked === 'false' ? [] : questions({ chainDepth57: await depth('57-NQ/TW'), chainDepth59: await depth('59-NQ/TW') }).filter((_q, i) => !picked || picked.has(i));

  let captured: RequestStats | null = null;
  const api = await createApp({ ...config, MAX_QUERY_COST: 1_000_000 }, driver, { onRequestStats: (s) => (captured = s), recordParams: false, closeDriver: false, database: db });
  const apiUrl = `${await api.listen(0, '127.0.0.1')}/graphql`;
  const peer = await startPeer(driver, Number(env('BENCH_PEER_PORT', '0')), db);
  const runs = new Map<string, Run[]>(); // `${question}|${connections}|${side}` → one Run per round
  const roundTrips = new Map<string, number>();
  const breakdowns = new Map<string, Breakdown>();
  let emptyMs = NaN;
  let lineage: LinkBench | null = null;
  try {
    // Same answers first (and warm plan caches and pages on every side).
    for (const q of qs) {
      const apiBody = JSON.stringify({ query: q.api.query, variables: q.api.variables ?? {} });
      const peerBody = JSON.stringify({ query: q.peer.query, variables: q.peer.variables ?? {} });
      for (let i = 0; i < 3; i++) {
        const [a, f, p] = [await postJson(apiUrl, apiBody), await floorOnce(driver, q, db), await postJson(peer.url, peerBody)];
        checkAnswers(q, q.canonApi(a), q.canonFloor(f), q.canonPeer(p));
      }
      roundTrips.set(q.name, (captured as RequestStats | null)?.roundTrips ?? NaN);
      const b = await breakdown(apiUrl, apiBody, () => floorOnce(driver, q, db), () => captured);
      breakdowns.set(q.name, b);
      console.log(`answers agree: ${q.name} (${roundTrips.get(q.name)} round trips); one at a time, median ms: floor ${fmt(b.floorMs)}, API ${fmt(b.apiMs)} = Cypher ${fmt(b.cypherMs)} + GraphQL ${fmt(b.graphqlMs)} + HTTP/JSON ${fmt(b.httpMs)}`);
    }
    // The API's fixed cost: a request that reads nothing (no resolver, no Cypher) through the same HTTP and Apollo path.
    const empty: number[] = [];
    for (let i = 0; i < BREAKDOWN_REQUESTS; i++) {
      const t0 = performance.now();
      await postJson(apiUrl, JSON.stringify({ query: '{ __typename }' }));
      empty.push(performance.now() - t0);
    }
    emptyMs = median(empty);
    for (let round = 0; round < ROUNDS; round++) {
      for (const [qi, q] of qs.entries()) {
        for (const connections of CONNECTIONS) {
          // Rotate which side goes first, so no side always runs after the same neighbour.
          const shift = (round + qi) % SIDES.length;
          for (const side of [...SIDES.slice(shift), ...SIDES.slice(0, shift)]) {
            // This process's CPU time over the run, per request: what each side costs on the machine's cores
            // beside Neo4j's, a figure the other load moves far less than latency (autocannon runs apart).
            const cpu0 = process.cpuUsage();
            const load: Load =
              side === 'floor'
                ? await floorLoad(driver, q, connections, db)
                : side === 'api'
                  ? await httpLoad(apiUrl, JSON.stringify({ query: q.api.query, variables: q.api.variables ?? {} }), connections)
                  : await httpLoad(peer.url, JSON.stringify({ query: q.peer.query, variables: q.peer.variables ?? {} }), connections);
            const cpu = process.cpuUsage(cpu0);
            const run: Run = { ...load, cpuMs: load.requests ? (cpu.user + cpu.system) / 1000 / load.requests : NaN };
            const left = await settle(driver, db);
            if (left) console.log(`  ${side}, ${q.name}, ${connections} connections: ${left} queries still running after the run, terminated`);
            const key = `${q.name}|${connections}|${side}`;
            runs.set(key, [...(runs.get(key) ?? []), run]);
          }
        }
      }
      console.log(`round ${round + 1}/${ROUNDS} done`);
    }
    // Task lineage: link time of the synthetic corpus (scripts/bench/link.ts), a section of its own.
    if (env('BENCH_LINK', 'true') !== 'false') lineage = await benchLinking(driver, await syntheticPlans(path.resolve(ROOT, env('CORPUS_DIR', 'data/corpus')), SCALE), db);
  } finally {
    await peer.stop();
    await api.close();
    await driver.close();
  }

  const entries = qs.flatMap((q) =>
    CONNECTIONS.map((connections) => {
      const side = (s: SideName) => {
        const rs = runs.get(`${q.name}|${connections}|${s}`) ?? [];
        const p50s = rs.map((r) => r.p50);
        return {
          p50Ms: median(p50s),
          p99Ms: median(rs.map((r) => r.p99)),
          rps: median(rs.map((r) => r.rps)),
          cpuMsPerRequest: median(rs.map((r) => r.cpuMs)),
          p50SpreadMs: [Math.min(...p50s), Math.max(...p50s)],
          rounds: rs.length,
        };
      };
      const [a, f, p] = [side('api'), side('floor'), side('peer')];
      return {
        name: q.name,
        connections,
        api: a,
        floor: f,
        peer: p,
        roundTrips: roundTrips.get(q.name) ?? NaN,
        // null: the peer answered nothing within the run (its p50 is longer than the run).
        ratios: { p50ApiOverFloor: a.p50Ms / f.p50Ms, p50ApiOverPeer: p.rps === 0 ? null : a.p50Ms / p.p50Ms, rpsApiOverFloor: a.rps / f.rps, rpsApiOverPeer: p.rps === 0 ? null : a.rps / p.rps },
      };
    }),
  );

  console.log(`\nBenchmark: graph ${g.documents} documents / ${g.tasks} tasks (scale ${SCALE}×); ${ROUNDS} interleaved rounds of ${DURATION} s per side, at ${CONNECTIONS.join(' and ')} connections; medians over rounds, p50 spread min–max.`);
  if (ingest) {
    const perNeo4jCpu = (x: number | null) => (x === null ? 'Neo4j CPU not read (not a local instance)' : `${fmt(x, 0)} per Neo4j CPU second`);
    console.log(`ingest: parse ${fmt(ingest.parseMBps, 2)} MB/s on one thread (${fmt(ingest.parseCpuMBps, 2)} MB per CPU second), ${fmt(ingest.workersParseMBps, 2)} MB/s by the ingest's ${workersOf(ingest)} (${fmt(ingest.workersParseCpuMBps, 2)} MB per CPU second); write ${fmt(ingest.tasksPerSecond, 0)} tasks/s (${ingest.writeParallelism} documents in flight, one transaction each; ${perNeo4jCpu(ingest.tasksPerNeo4jCpuSecond)}, ${fmt(ingest.tasksPerClientCpuSecond, 0)} per CPU second of this process); ${ingest.documents} documents (${ingest.tasks} tasks) parsed on one thread and written in ${fmt(ingest.seconds)} s (parse ${fmt(ingest.parseSeconds)} s + write ${fmt(ingest.writeSeconds)} s)`);
    for (const s of ingest.growth) console.log(`  ${s.documents} documents (${fmt(s.megabytes, 1)} MB, ${s.tasks} tasks): parse ${fmt(s.parseSeconds, 2)} s on one thread (${fmt(s.parseMBps, 2)} MB/s, ${fmt(s.parseCpuMBps, 2)} MB per CPU second), ${fmt(s.workersParseSeconds, 2)} s by ${workersOf(ingest)} (${fmt(s.workersParseMBps, 2)} MB/s, ${fmt(s.workersParseCpuMBps, 2)} MB per CPU second); write ${fmt(s.writeSeconds, 2)} s (${fmt(s.tasksPerSecond, 0)} tasks/s, ${perNeo4jCpu(s.tasksPerNeo4jCpuSecond)})`);
    const g = ingest.growthRatio;
    console.log(`  growth ${ingest.growth[0].documents} → ${ingest.documents} documents, time per MB parsed ×${fmt(g.parse, 2)} (CPU time ×${fmt(g.parseCpu, 2)}; by the workers ×${fmt(g.workersParse, 2)}), per task written ×${fmt(g.write, 2)} (Neo4j CPU time ×${g.writeNeo4jCpu === null ? '-' : fmt(g.writeNeo4jCpu, 2)}) (1.00 = linear)`);
    const l = ingest.link;
    if (l) console.log(`  task lineage, ${l.documents} documents written then linked one at a time: link p50 ${fmt(l.linkP50Ms, 0)} ms per document vs its write p50 ${fmt(l.writeP50Ms, 0)} ms; link ÷ write ${fmt(l.linkOverWrite, 2)} (${l.counterparts} counterparts)`);
  }
  console.log('\n| question | conns | round trips | API p50 / p99 ms (spread) | API req/s | floor p50 / p99 ms (spread) | floor req/s | peer p50 / p99 ms (spread) | peer req/s | API÷floor p50 | API÷floor req/s | API÷peer p50 | API÷peer req/s |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  const cell = (s: (typeof entries)[number]['api']) => `${fmt(s.p50Ms)} / ${fmt(s.p99Ms)} (${fmt(s.p50SpreadMs[0])}–${fmt(s.p50SpreadMs[1])})`;
  for (const e of entries) {
    const r = e.ratios;
    // A side that answered nothing within the run is slower than the run: the API's ratio is below its p50 ÷ the run.
    const overPeer = r.p50ApiOverPeer === null ? `< ${fmt(e.api.p50Ms / (DURATION * 1000), 2)}` : fmt(r.p50ApiOverPeer, 2);
    const rpsOverPeer = r.rpsApiOverPeer === null ? '-' : fmt(r.rpsApiOverPeer, 2);
    console.log(`| ${e.name} | ${e.connections} | ${e.roundTrips} | ${cell(e.api)} | ${fmt(e.api.rps, 0)} | ${cell(e.floor)} | ${fmt(e.floor.rps, 0)} | ${cell(e.peer)} | ${fmt(e.peer.rps, 0)} | ${fmt(r.p50ApiOverFloor, 2)} | ${fmt(r.rpsApiOverFloor, 2)} | ${overPeer} | ${rpsOverPeer} |`);
  }
  console.log('ratios: p50 lower is better for the API (≤ 1.3 against the floor is the target, < 1 against the peer); req/s higher is better.');
  if (qs.length) {
    console.log("\nCPU time of the bench's own process per request answered, ms (median over rounds): the API's and the peer's servers run in it (autocannon apart), the floor is its driver calls; Neo4j's CPU is not in it. The machine's other load moves this far less than latency.");
    console.log('\n| question | conns | API | floor | peer | API÷floor |');
    console.log('|---|---|---|---|---|---|');
    for (const e of entries) console.log(`| ${e.name} | ${e.connections} | ${fmt(e.api.cpuMsPerRequest, 2)} | ${fmt(e.floor.cpuMsPerRequest, 2)} | ${fmt(e.peer.cpuMsPerRequest, 2)} | ${fmt(e.api.cpuMsPerRequest / e.floor.cpuMsPerRequest, 2)} |`);
  }
  if (qs.length) {
    console.log('\nWhere an API request\'s time goes, one request at a time (median of BENCH_BREAKDOWN_REQUESTS, floor and API alternating): Cypher is the round trips as the API timed them (driver decoding included), GraphQL the rest of Apollo\'s request (operation, limits, resolvers, shaping), HTTP/JSON the rest (HTTP, body parsing, serialisation).');
    console.log(`An empty request ({ __typename }: HTTP and Apollo, no Cypher) takes ${fmt(emptyMs)} ms, median of ${BREAKDOWN_REQUESTS}.`);
    console.log('\n| question | floor ms | API ms | Cypher | GraphQL | HTTP/JSON |');
    console.log('|---|---|---|---|---|---|');
    for (const q of qs) {
      const b = breakdowns.get(q.name);
      if (b) console.log(`| ${q.name} | ${fmt(b.floorMs)} | ${fmt(b.apiMs)} | ${fmt(b.cypherMs)} | ${fmt(b.graphqlMs)} | ${fmt(b.httpMs)} |`);
    }
  }
  if (lineage) printLinkBench(lineage);

  const out = process.env.BENCH_JSON;
  if (out) {
    const json = {
      graph: { documents: g.documents, tasks: g.tasks, agencies: g.agencies, relationships: g.relationships, scale: SCALE },
      run: { rounds: ROUNDS, durationS: DURATION, connections: CONNECTIONS },
      ingest: ingest ?? { parseMBps: null, tasksPerSecond: null },
      questions: entries,
      breakdown: { emptyRequestMs: emptyMs, questions: Object.fromEntries(breakdowns) },
      taskLineage: lineage,
    };
    fs.writeFileSync(out, `${JSON.stringify(json, null, 2)}\n`);
    console.log(`figures written to ${out}`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
