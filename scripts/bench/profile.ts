/**
 * Profiles the Cypher behind one GraphQL request on the bench graph: sends the request to an in-process API
 * (recording each query's parameters), then runs every query it cost under PROFILE through the driver and
 * prints db hits, rows and time per query, plus the heaviest operators. For finding where a question's time
 * goes before changing a named query.
 *
 *   npx tsx scripts/bench/profile.ts '{ taskCounts(filter: {derivesFrom: "59-NQ/TW"}, groupBy: PROVINCE) { total } }'
 *
 * Env: as scripts/bench.ts (NEO4J_INSTANCE bench, bolt 7737); PROFILE_PLAN=true prints the whole plan.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { createApp, type RequestStats } from '../../src/api';
import { query } from '../../src/api/cypher';
import { loadConfig } from '../../src/config';
import { createDriver } from '../../src/graph/connection';
import { ensureNeo4j } from '../neo4j-server';

interface PlanNode {
  operatorType: string;
  dbHits: number;
  rows: number;
  time?: number;
  identifiers: string[];
  arguments: Record<string, unknown>;
  children: PlanNode[];
}

function flatten(p: PlanNode, depth = 0, out: { p: PlanNode; depth: number }[] = []) {
  out.push({ p, depth });
  for (const c of p.children) flatten(c, depth + 1, out);
  return out;
}

async function profile(driver: Driver, database: string | undefined, q: RequestStats['queries'][number]) {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    // Once unprofiled (plan cache, page cache), then timed, then profiled.
    await session.run(query(q.name, q.params ?? {}), q.params ?? {});
    const t0 = performance.now();
    await session.run(query(q.name, q.params ?? {}), q.params ?? {});
    const ms = performance.now() - t0;
    const res = await session.run(`PROFILE ${query(q.name, q.params ?? {})}`, q.params ?? {});
    const plan = res.summary.profile as unknown as PlanNode;
    const ops = flatten(plan);
    const total = ops.reduce((s, o) => s + Number(o.p.dbHits), 0);
    console.log(`\n== ${q.name}: ${ms.toFixed(1)} ms, ${total} db hits, ${res.records.length} rows`);
    const shown = process.env.PROFILE_PLAN === 'true' ? ops : [...ops].sort((a, b) => Number(b.p.dbHits) - Number(a.p.dbHits)).slice(0, 8);
    for (const { p, depth } of shown) {
      const details = String(p.arguments.Details ?? '').slice(0, 140);
      console.log(`${'  '.repeat(process.env.PROFILE_PLAN === 'true' ? depth : 0)}${p.operatorType.replace(/@.*/, '')} hits=${p.dbHits} rows=${p.rows} ${details}`);
    }
  } finally {
    await session.close();
  }
}

async function main(): Promise<void> {
  const text = process.argv[2];
  if (!text) throw new Error('usage: profile.ts <graphql query> [variables json]');
  const variables = process.argv[3] ? (JSON.parse(process.argv[3]) as Record<string, unknown>) : {};
  const config = loadConfig({ NEO4J_INSTANCE: 'bench', NEO4J_BOLT_PORT: '7737', NEO4J_HEAP: '1g', NEO4J_PAGECACHE: '512m', ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', NODE_ENV: 'production', API_DEBUG_EXTENSIONS: 'true' });
  const target = await ensureNeo4j(config);
  const driver = createDriver(target);
  let captured: RequestStats | null = null;
  const server = await createApp({ ...config, MAX_QUERY_COST: 1_000_000 }, driver, { onRequestStats: (s) => (captured = s), recordParams: true, closeDriver: false, database: target.database });
  const url = await server.listen(0, '127.0.0.1');
  try {
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: text, variables }) });
      const body = (await res.json()) as { errors?: unknown[] };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      const stats = captured as RequestStats | null;
      console.log(`request ${i + 1}: ${(performance.now() - t0).toFixed(0)} ms; ${stats?.queries.map((q) => `${q.name} ${q.ms}ms`).join(', ')}`);
    }
    const stats = captured as RequestStats | null;
    for (const q of stats?.queries ?? []) await profile(driver, target.database, q);
  } finally {
    await server.close();
    await driver.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
