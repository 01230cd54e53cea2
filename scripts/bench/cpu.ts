/**
 * Where the API's own CPU goes on one bench question: the in-process API (as `npm run bench` starts it) is
 * driven by autocannon in its own process (./http-load.ts) while this process's CPU is profiled
 * (node:inspector), and the samples are summed by package (graphql, @apollo/server, neo4j-driver, node's http,
 * our src/api…) and by function, self time. The floor's driver calls can be profiled the same way
 * (`--floor`), for comparing what the driver alone costs.
 *
 *   NODE_ENV=production npx tsx scripts/bench/cpu.ts <question index> [connections] [seconds] [--floor] [--no-profile] [--query=<graphql>]
 *
 * The sampler counts wall time: a function that wakes another process (a socket write to Neo4j or to the
 * client) is charged the time this thread then waits for a core, so read native I/O against the CPU time
 * (`--no-profile` prints it alone, user and system apart). `--query=<graphql>` drives that operation instead of the
 * question's (`--query='{ __typename }'`: HTTP and Apollo alone).
 *
 * Env: as scripts/bench.ts (NEO4J_INSTANCE bench, bolt 7737).
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import inspector from 'node:inspector/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import neo4j from 'neo4j-driver';
import { createApp } from '../../src/api';
import { loadConfig } from '../../src/config';
import { createDriver } from '../../src/graph/connection';
import { ensureNeo4j, ROOT } from '../neo4j-server';
import { CHAIN_DEPTH_CYPHER, questions } from './questions';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

function bucket(url: string): string {
  if (!url) return '(native/gc/idle)';
  if (url.startsWith('node:')) return url.replace(/^node:internal\//, 'node:').split('/').slice(0, 2).join('/');
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1];
  const s = /\/(src\/[^/]+(?:\/[^/]+)?)/.exec(url);
  return s ? s[1] : url;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const floorSide = process.argv.includes('--floor');
  const [qi, conns = '1', secs = '3'] = args;
  const config = loadConfig({ NEO4J_INSTANCE: 'bench', NEO4J_BOLT_PORT: '7737', ...process.env, LOG_LEVEL: 'warn', NODE_ENV: 'production' });
  const target = await ensureNeo4j(config);
  const driver = createDriver(target);
  const depth = async (id: string) => Number((await driver.executeQuery(CHAIN_DEPTH_CYPHER, { id }, { database: target.database })).records[0].get('depth'));
  const q = questions({ chainDepth57: await depth('57-NQ/TW'), chainDepth59: await depth('59-NQ/TW') })[Number(qi)];
  const api = await createApp({ ...config, MAX_QUERY_COST: 1_000_000 }, driver, { closeDriver: false, database: target.database });
  const url = `${await api.listen(0, '127.0.0.1')}/graphql`;
  // --query=<graphql>: that operation instead of the question's (e.g. '{ __typename }', the fixed cost).
  const asked = process.argv.find((a) => a.startsWith('--query='))?.slice(8);
  const body = JSON.stringify(asked ? { query: asked } : { query: q.api.query, variables: q.api.variables ?? {} });
  const session = new inspector.Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  const run = async () => {
    if (!floorSide) {
      const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', path.resolve(ROOT, 'scripts/bench/http-load.ts'), url, conns, secs, body]);
      return JSON.parse(stdout) as { requests: number; p50: number };
    }
    const lat: number[] = [];
    const until = Date.now() + Number(secs) * 1000;
    await Promise.all(
      Array.from({ length: Number(conns) }, async () => {
        while (Date.now() < until) {
          const t0 = performance.now();
          const s = driver.session({ database: target.database, defaultAccessMode: neo4j.session.READ });
          const limit = Error.stackTraceLimit;
          Error.stackTraceLimit = 0;
          const pending = s.run(q.floor.cypher, q.floor.params);
          Error.stackTraceLimit = limit;
          await pending;
          await s.close();
          lat.push(performance.now() - t0);
        }
      }),
    );
    lat.sort((a, b) => a - b);
    return { requests: lat.length, p50: lat[Math.floor(lat.length / 2)] };
  };
  await run(); // warm
  const cpu0 = process.cpuUsage();
  if (process.argv.includes('--no-profile')) {
    // CPU time alone, user and system apart: the sampling profiler's own cost left out.
    const r = await run();
    const cpu = process.cpuUsage(cpu0);
    console.log(`${q.name} (${floorSide ? 'floor' : 'API'}), ${conns} connections, ${secs} s: ${r.requests} requests, p50 ${r.p50?.toFixed(2)} ms; CPU per request: user ${(cpu.user / 1000 / r.requests).toFixed(3)} ms, system ${(cpu.system / 1000 / r.requests).toFixed(3)} ms`);
    await api.close();
    await driver.close();
    return;
  }
  await session.post('Profiler.start');
  const r = await run();
  const cpu = process.cpuUsage(cpu0);
  const { profile } = (await session.post('Profiler.stop')) as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
  // --save=<file>: the raw profile too, for Chrome DevTools or an inclusive-time walk.
  const save = process.argv.find((a) => a.startsWith('--save='))?.slice(7);
  if (save) fs.writeFileSync(save, JSON.stringify(profile));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byBucket = new Map<string, number>();
  const byFn = new Map<string, number>();
  let busy = 0;
  for (const [id, us] of self) {
    const n = byId.get(id)!;
    if (n.callFrame.functionName === '(idle)' || n.callFrame.functionName === '(program)') continue;
    busy += us;
    const b = n.callFrame.functionName === '(garbage collector)' ? '(gc)' : bucket(n.callFrame.url);
    byBucket.set(b, (byBucket.get(b) ?? 0) + us);
    const f = `${n.callFrame.functionName || '(anon)'} ${bucket(n.callFrame.url)}:${n.callFrame.lineNumber}`;
    byFn.set(f, (byFn.get(f) ?? 0) + us);
  }
  const perReq = (us: number) => (us / 1000 / r.requests).toFixed(3);
  console.log(`${q.name} (${floorSide ? 'floor' : 'API'}), ${conns} connections, ${secs} s: ${r.requests} requests, p50 ${r.p50?.toFixed(2)} ms; process CPU ${(((cpu.user + cpu.system) / 1000) / r.requests).toFixed(3)} ms/request, sampled busy ${perReq(busy)} ms/request`);
  for (const [b, us] of [...byBucket].sort((a, b) => b[1] - a[1]).slice(0, 16)) console.log(`  ${perReq(us).padStart(7)} ms  ${((100 * us) / busy).toFixed(1).padStart(5)}%  ${b}`);
  console.log('  top functions (self):');
  for (const [f, us] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`  ${perReq(us).padStart(7)} ms  ${((100 * us) / busy).toFixed(1).padStart(5)}%  ${f}`);
  await api.close();
  await driver.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
