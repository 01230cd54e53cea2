/**
 * npm run soak: a bounded soak of the API on loopback. Starts the configured Neo4j (as `npm start` does; the
 * corpus is loaded when the graph is empty), serves the API in production mode on 127.0.0.1 (an ephemeral
 * port), then for SOAK_MINUTES drives SOAK_CONNECTIONS clients through a mix of the explorer's questions and
 * hostile requests (too costly, fragment bombs, mutations, malformed bodies). Prints one line per minute —
 * requests, errors, status classes, p50/p99 ms, RSS and heap, and which requests failed how ("Nq57Tasks 504
 * QUERY_TIMEOUT": 3) — and a summary; exits 1 when a request failed
 * unexpectedly (a network error, or a 5xx other than 503/504) or the server stopped answering.
 *
 * Env: SOAK_MINUTES (2, at most 60), SOAK_CONNECTIONS (4), SOAK_WARM_UP (true: the examples run once before
 * the first minute; false shows a cold start), plus src/config.ts (NEO4J_INSTANCE, NEO4J_BOLT_PORT…).
 */
import path from 'node:path';
import { createApp } from '../src/api';
import { examples } from '../src/api/explorer/examples';
import { loadConfig } from '../src/config';
import { createDriver, verifyGraph } from '../src/graph/connection';
import { migrate } from '../src/graph/migrate';
import { ingestPaths } from '../src/ingest/ingest-files';
import { ensureNeo4j, ROOT } from './neo4j-server';

const MINUTES = Math.min(60, Math.max(0.1, Number(process.env.SOAK_MINUTES ?? 2)));
const CONNECTIONS = Math.min(32, Math.max(1, Number(process.env.SOAK_CONNECTIONS ?? 4)));

const fragments = Array.from({ length: 26 }, (_, i) => `fragment F${i} on Document { ${i === 25 ? 'title' : `...F${i + 1} ...F${i + 1}`} }`).join('\n');
const HOSTILE: { body: string; expect: number[] }[] = [
  { body: JSON.stringify({ query: '{ documents(first: 10) { nodes { citedBy { from { citations { to { citedBy { from { citations { to { title } } } } } } } } } } }' }), expect: [400] },
  { body: JSON.stringify({ query: `{ documents(first: 1) { nodes { ...F0 } } }\n${fragments}` }), expect: [400] },
  { body: JSON.stringify({ query: 'mutation { x }' }), expect: [400] },
  { body: JSON.stringify({ query: `{ ${Array.from({ length: 200 }, (_, i) => `a${i}: __typename`).join(' ')} }` }), expect: [400] },
  { body: '{"query": "{ provinces', expect: [400] },
];

interface Minute {
  requests: number;
  errors: number;
  status: Record<string, number>;
  latencies: number[];
  /** "<request> <status> <error code>" → count, for the requests that did not answer as expected. */
  failed: Record<string, number>;
}
const fresh = (): Minute => ({ requests: 0, errors: 0, status: {}, latencies: [], failed: {} });
const pct = (xs: number[], p: number) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] : 0);

async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, NODE_ENV: 'production', LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', HOST: '127.0.0.1' });
  const target = await ensureNeo4j(config);
  const driver = createDriver(target);
  await verifyGraph(driver, target);
  await migrate(driver, target.database);
  const { records } = await driver.executeQuery('MATCH (d:Document) WHERE NOT coalesce(d.stub, false) RETURN count(d) AS n', {}, { database: target.database });
  if (Number(records[0].get('n')) === 0) await ingestPaths(driver, [path.resolve(ROOT, config.CORPUS_DIR)], { database: target.database });

  const api = await createApp(config, driver, { database: target.database });
  // Warm first as npm start does, unless SOAK_WARM_UP=false: the first minute then measures the server,
  // not Neo4j's cold start (its first plans and page reads), which the warm-up's own line reports.
  if (process.env.SOAK_WARM_UP !== 'false') process.stdout.write(`${JSON.stringify({ warmUp: await api.warmUp({ budgetMs: config.WARM_UP_MS || 60_000 }) })}\n`);
  const base = await api.listen(0, '127.0.0.1'); // loopback only, whatever HOST says
  const questions = examples().map((e) => ({ name: e.name, body: JSON.stringify({ query: e.query, variables: e.variables }) }));
  const end = Date.now() + MINUTES * 60_000;
  let minute = fresh();
  const total = { requests: 0, errors: 0, unexpected: 0 };
  let n = 0;
  const startedAt = Date.now();

  const report = () => {
    const mem = process.memoryUsage();
    const line = {
      minute: Math.round((Date.now() - startedAt) / 60_000),
      requests: minute.requests,
      errors: minute.errors,
      status: minute.status,
      p50ms: pct(minute.latencies, 0.5),
      p99ms: pct(minute.latencies, 0.99),
      rssMb: Math.round(mem.rss / 2 ** 20),
      heapMb: Math.round(mem.heapUsed / 2 ** 20),
      ...(minute.errors ? { failed: minute.failed } : {}),
    };
    process.stdout.write(`${JSON.stringify(line)}\n`);
    minute = fresh();
  };
  const timer = setInterval(report, 60_000);

  const client = async () => {
    while (Date.now() < end) {
      const i = n++;
      const hostile = i % 5 === 4 ? HOSTILE[(i / 5) % HOSTILE.length | 0] : null;
      const question = questions[i % questions.length];
      const body = hostile ? hostile.body : question.body;
      const t = Date.now();
      let status = 0;
      let code = '';
      try {
        const res = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' }, body });
        const text = await res.text();
        status = res.status;
        if (status >= 500) code = (/"code":"([A-Z_]+)"/.exec(text) ?? [])[1] ?? '';
      } catch (err) {
        // what broke the exchange (undici puts the socket's error in `cause`)
        const cause = (err as { cause?: { code?: string; message?: string } }).cause;
        code = cause?.code ?? cause?.message ?? (err as Error).message;
        status = 0;
      }
      minute.requests++;
      total.requests++;
      minute.latencies.push(Date.now() - t);
      const cls = status === 0 ? 'network' : `${Math.floor(status / 100)}xx`;
      minute.status[cls] = (minute.status[cls] ?? 0) + 1;
      const ok = hostile ? hostile.expect.includes(status) : status === 200;
      if (!ok) {
        const key = `${hostile ? 'hostile' : question.name} ${status} ${code}`.trim();
        minute.failed[key] = (minute.failed[key] ?? 0) + 1;
        minute.errors++;
        total.errors++;
        if (status === 0 || (status >= 500 && status !== 503 && status !== 504)) total.unexpected++;
      }
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, client));
  clearInterval(timer);
  report();
  const health = await fetch(`${base}/health`).then((r) => r.status).catch(() => 0);
  process.stdout.write(`${JSON.stringify({ summary: true, minutes: MINUTES, connections: CONNECTIONS, ...total, healthAfter: health })}\n`);
  await api.close();
  if (total.unexpected > 0 || health !== 200) process.exitCode = 1;
}

main().catch((err: Error) => {
  process.stderr.write(`soak: failed: ${err.message}\n`);
  process.exitCode = 1;
});
