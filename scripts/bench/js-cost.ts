/**
 * The API's own CPU per request on one bench question, without Neo4j: each named query's rows are read once
 * from the bench graph, then replayed from memory (RequestGraph.run answers them), while this process sends
 * the question to the in-process API over loopback HTTP, one request at a time, and times its own CPU. What
 * remains is the API's work (HTTP, Apollo, validation, resolvers, shaping, serialisation) plus this
 * process's client side, which the `{ __typename }` line beside it shows. The driver's decoding is not in
 * it (the rows are replayed decoded); scripts/bench/cypher-ab.ts measures that. With no other process in the
 * loop, the machine's load moves it far less than latency: for A/B of API-side changes.
 *
 *   NODE_ENV=production npx tsx scripts/bench/js-cost.ts <question index…> [--n=400] [--rounds=5] [--save=<file.cpuprofile>]
 *
 * `--save` writes a V8 CPU profile of the last question's timed requests (sampled at 100 µs).
 *
 * Env: as scripts/bench.ts (NEO4J_INSTANCE bench, bolt 7737).
 */
import fs from 'node:fs';
import http from 'node:http';
import inspector from 'node:inspector/promises';
import { createApp } from '../../src/api';
import { RequestGraph, type Row } from '../../src/api/graph';
import { loadConfig } from '../../src/config';
import { createDriver } from '../../src/graph/connection';
import { ensureNeo4j } from '../neo4j-server';
import { CHAIN_DEPTH_CYPHER, questions } from './questions';

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

function post(url: URL, body: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  const arg = (k: string, d: string) => process.argv.find((a) => a.startsWith(`--${k}=`))?.slice(k.length + 3) ?? d;
  const n = Number(arg('n', '400'));
  const rounds = Number(arg('rounds', '5'));
  const save = arg('save', '');
  const picked = process.argv.slice(2).filter((a) => !a.startsWith('--')).map(Number);
  const config = loadConfig({ NEO4J_INSTANCE: 'bench', NEO4J_BOLT_PORT: '7737', ...process.env, LOG_LEVEL: 'warn', NODE_ENV: 'production' });
  const target = await ensureNeo4j(config);
  const driver = createDriver(target);
  const depth = async (id: string) => Number((await driver.executeQuery(CHAIN_DEPTH_CYPHER, { id }, { database: target.database })).records[0].get('depth'));
  const qs = questions({ chainDepth57: await depth('57-NQ/TW'), chainDepth59: await depth('59-NQ/TW') });

  // Rows by query name and parameters: read from Neo4j the first time, replayed after.
  const recorded = new Map<string, Row[]>();
  const run = RequestGraph.prototype.run;
  RequestGraph.prototype.run = async function (this: RequestGraph, name: string, params: Record<string, unknown>) {
    const key = `${name}|${JSON.stringify(params)}`;
    let rows = recorded.get(key);
    if (!rows) recorded.set(key, (rows = await run.call(this, name, params)));
    return rows;
  };
  const api = await createApp({ ...config, MAX_QUERY_COST: 1_000_000 }, driver, { closeDriver: false, database: target.database });
  const url = new URL(`${await api.listen(0, '127.0.0.1')}/graphql`);
  const session = new inspector.Session();
  session.connect();
  const timeOne = async (body: string) => {
    const c0 = process.cpuUsage();
    for (let i = 0; i < n; i++) await post(url, body);
    const c = process.cpuUsage(c0);
    return (c.user + c.system) / 1000 / n;
  };
  const empty = JSON.stringify({ query: '{ __typename }' });
  console.log('| question | response bytes | API CPU ms/request (rounds) | median | { __typename } median |');
  console.log('|---|---|---|---|---|');
  try {
    for (const [qi, q] of qs.entries()) {
      if (picked.length && !picked.includes(qi)) continue;
      const body = JSON.stringify({ query: q.api.query, variables: q.api.variables ?? {} });
      const answer = await post(url, body);
      if (answer.includes('"errors"')) throw new Error(`${q.name}: ${answer.slice(0, 500)}`);
      for (let i = 0; i < 50; i++) await post(url, body); // warm
      const profiled = save && qi === Math.max(...(picked.length ? picked : qs.map((_, i) => i)));
      const perRound: number[] = [];
      const emptyRound: number[] = [];
      for (let r = 0; r < rounds; r++) {
        emptyRound.push(await timeOne(empty));
        if (profiled && r === rounds - 1) {
          await session.post('Profiler.enable');
          await session.post('Profiler.setSamplingInterval', { interval: 100 });
          await session.post('Profiler.start');
        }
        perRound.push(await timeOne(body));
        if (profiled && r === rounds - 1) {
          const { profile } = await session.post('Profiler.stop');
          fs.writeFileSync(save, JSON.stringify(profile));
        }
      }
      console.log(`| ${q.name} | ${Buffer.byteLength(answer)} | ${perRound.map((x) => x.toFixed(3)).join(' ')} | ${med(perRound).toFixed(3)} | ${med(emptyRound).toFixed(3)} |`);
    }
  } finally {
    await api.close();
    await driver.close();
    agent.destroy();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
