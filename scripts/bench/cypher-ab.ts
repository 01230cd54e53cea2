/**
 * The API's Cypher against the floor's, per bench question, through the same driver and the same process,
 * alternating one query of each: the API's query is the one an API request sends (recorded from an
 * in-process request), the floor's the hand-written one of scripts/bench/questions.ts. For each: wall time,
 * Neo4j's own time from the result summary (resultAvailableAfter + resultConsumedAfter), this process's CPU
 * time (the driver's packing and decoding), the bytes of the text sent, and db hits from one PROFILE.
 * Medians of `n` alternating pairs. Tells whether a question's gap to the floor is in Neo4j or in the API.
 *
 *   NODE_ENV=production npx tsx scripts/bench/cypher-ab.ts [question index…] [--n=20] [--alt=<named query>]
 *
 * `--alt` times a candidate text beside them (cypher/queries/<name>.cypher, given the API query's
 * parameters), for an A/B of a rewrite before it replaces the API's query.
 *
 * Env: as scripts/bench.ts (NEO4J_INSTANCE bench, bolt 7737).
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { createApp, type RequestStats } from '../../src/api';
import { query } from '../../src/api/cypher';
import { loadConfig } from '../../src/config';
import { createDriver } from '../../src/graph/connection';
import { ensureNeo4j } from '../neo4j-server';
import { CHAIN_DEPTH_CYPHER, questions } from './questions';

interface Timing {
  wall: number;
  server: number;
  cpu: number;
}

async function timed(driver: Driver, database: string | undefined, text: string, params: Record<string, unknown>): Promise<Timing> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  try {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    const pending = session.run(text, params);
    Error.stackTraceLimit = limit;
    const res = await pending;
    const wall = performance.now() - t0;
    const c = process.cpuUsage(c0);
    const server = Number(res.summary.resultAvailableAfter) + Number(res.summary.resultConsumedAfter);
    return { wall, server, cpu: (c.user + c.system) / 1000 };
  } finally {
    await session.close();
  }
}

async function dbHits(driver: Driver, database: string | undefined, text: string, params: Record<string, unknown>): Promise<number> {
  const res = await driver.executeQuery(`PROFILE ${text}`, params, { database });
  const sum = (p: { dbHits: number; children: unknown[] }): number => Number(p.dbHits) + p.children.reduce<number>((s, c) => s + sum(c as never), 0);
  return sum(res.summary.profile as never);
}

const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  const n = Number(process.argv.find((a) => a.startsWith('--n='))?.slice(4) ?? 20);
  const alt = process.argv.find((a) => a.startsWith('--alt='))?.slice(6);
  const picked = process.argv.slice(2).filter((a) => !a.startsWith('--')).map(Number);
  const config = loadConfig({ NEO4J_INSTANCE: 'bench', NEO4J_BOLT_PORT: '7737', ...process.env, LOG_LEVEL: 'warn', NODE_ENV: 'production' });
  const target = await ensureNeo4j(config);
  const db = target.database;
  const driver = createDriver(target);
  const depth = async (id: string) => Number((await driver.executeQuery(CHAIN_DEPTH_CYPHER, { id }, { database: db })).records[0].get('depth'));
  const qs = questions({ chainDepth57: await depth('57-NQ/TW'), chainDepth59: await depth('59-NQ/TW') });
  let captured: RequestStats | null = null;
  const api = await createApp({ ...config, MAX_QUERY_COST: 1_000_000 }, driver, { onRequestStats: (s) => (captured = s), recordParams: true, closeDriver: false, database: db });
  const url = `${await api.listen(0, '127.0.0.1')}/graphql`;
  console.log('| question | side | bytes sent | db hits | wall ms | Neo4j ms | client CPU ms |');
  console.log('|---|---|---|---|---|---|---|');
  try {
    for (const [i, q] of qs.entries()) {
      if (picked.length && !picked.includes(i)) continue;
      await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: q.api.query, variables: q.api.variables ?? {} }) });
      const stat = (captured as RequestStats | null)?.queries[0];
      if (!stat) throw new Error(`${q.name}: no query recorded`);
      const apiText = query(stat.name, stat.params ?? {});
      const apiParams = stat.params ?? {};
      const texts: Record<string, [string, Record<string, unknown>, string]> = {
        api: [apiText, apiParams, stat.name],
        floor: [q.floor.cypher, q.floor.params, 'hand-written'],
        ...(alt ? { alt: [query(alt, apiParams), apiParams, alt] as [string, Record<string, unknown>, string] } : {}),
      };
      const sides = Object.fromEntries(Object.keys(texts).map((k) => [k, [] as Timing[]]));
      for (let k = 0; k < n + 2; k++) {
        for (const [side, [text, params]] of Object.entries(texts)) {
          const t = await timed(driver, db, text, params);
          if (k >= 2) sides[side].push(t);
        }
      }
      for (const [side, [text, params, label]] of Object.entries(texts)) {
        const t = sides[side];
        const hits = await dbHits(driver, db, text, params);
        console.log(`| ${q.name} | ${side} (${label}) | ${Buffer.byteLength(text)} | ${hits} | ${med(t.map((x) => x.wall)).toFixed(2)} | ${med(t.map((x) => x.server)).toFixed(1)} | ${med(t.map((x) => x.cpu)).toFixed(2)} |`);
      }
    }
  } finally {
    await api.close();
    await driver.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
