/**
 * Interleaved A/B of two writers on the bench instance: `npx tsx scripts/bench/write-ab.ts <rootA> <rootB> [plans]
 * [rounds]`, each root a checkout of this repository (`git archive <commit> | tar -x -C <dir>`, node_modules linked).
 * Each round writes `plans` synthetic plans (scripts/bench/synthetic.ts) with A's writer and as many with B's (A first
 * in even rounds, B first in odd ones), four in flight, search awaited once at the end, and removes them; after one warm-up round each (plans compiled), it
 * prints tasks per second of the Neo4j server's CPU (from /proc), of this process's CPU and wall-clock, and B÷A of
 * the medians. Uses NEO4J_INSTANCE / NEO4J_BOLT_PORT of a running local instance.
 */
import fs from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import type { Extraction } from '../../src/ingest/model';
import { extractFile } from '../../src/ingest/pipeline';
import { synthesize } from './synthetic';

type Write = (driver: unknown, x: Extraction, opts: { awaitSearch: boolean }) => Promise<unknown>;
const [rootA, rootB, plansArg = '40', roundsArg = '4'] = process.argv.slice(2);
const PARALLELISM = 4;
const cpuOf = (pid: number) => {
  const f = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(f[11]) + Number(f[12])) / 100;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const instance = process.env.NEO4J_INSTANCE ?? 'bench';
  const pid = Number(fs.readFileSync(path.resolve(__dirname, '../../.neo4j/instances', instance, 'run/neo4j.pid'), 'utf8').trim());
  const writers: [string, Write][] = await Promise.all(
    [['A', rootA], ['B', rootB]].map(async ([name, root]) => [name, (await import(path.resolve(root, 'src/graph/write.ts'))).writeExtraction as Write] as [string, Write]),
  );
  const driver = neo4j.driver(`bolt://127.0.0.1:${process.env.NEO4J_BOLT_PORT ?? '7737'}`, neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? 'directives-local'));
  const dir = path.resolve(__dirname, '../../data/corpus');
  const templates = await Promise.all(fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => extractFile(path.join(dir, f))));
  let offset = 800_000;
  const round = async (write: Write, n: number) => {
    const docs = synthesize(templates, n, (offset += 1000));
    const [neo4j0, client0, t0] = [cpuOf(pid), process.cpuUsage(), performance.now()];
    let next = 0;
    try {
      await Promise.all(Array.from({ length: PARALLELISM }, async () => { while (next < docs.length) await write(driver, docs[next++], { awaitSearch: false }); }));
      await driver.executeQuery('CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()');
    } finally {
      await driver.executeQuery('UNWIND $ids AS id MATCH (d:Document {id: id}) OPTIONAL MATCH (d)-[:HAS_SECTION|HAS_TASK|HAS_RESTATEMENT|HAS_INDICATOR]->(o) WITH d, collect(o) AS owned FOREACH (x IN owned | DETACH DELETE x) DETACH DELETE d', { ids: docs.map((d) => d.documentId) });
    }
    const client = process.cpuUsage(client0);
    const tasks = docs.reduce((s, d) => s + d.tasks.length, 0);
    return { wall: tasks / ((performance.now() - t0) / 1000), neo4j: tasks / (cpuOf(pid) - neo4j0), client: tasks / ((client.user + client.system) / 1e6), tasks };
  };
  const results: Record<string, { wall: number; neo4j: number; client: number }[]> = { A: [], B: [] };
  for (const [, write] of writers) await round(write, 8);
  // A then B, then B then A: a load that drifts through the run falls on both sides alike.
  for (let r = 0; r < Number(roundsArg); r++)
    for (const [name, write] of r % 2 ? [...writers].reverse() : writers) {
      const x = await round(write, Number(plansArg));
      results[name].push(x);
      console.log(`round ${r} ${name}: ${x.tasks} tasks, ${x.wall.toFixed(0)}/s wall, ${x.neo4j.toFixed(0)} per Neo4j CPU s, ${x.client.toFixed(0)} per client CPU s, load ${fs.readFileSync('/proc/loadavg', 'utf8').split(' ')[0]}`);
    }
  const m = (name: string, k: 'wall' | 'neo4j' | 'client') => median(results[name].map((x) => x[k]));
  const perRound = results.B.map((b, r) => b.neo4j / results.A[r].neo4j).sort((a, b) => a - b);
  console.log(`B÷A per Neo4j CPU s, round by round: ${perRound.map((x) => x.toFixed(2)).join(', ')}`);
  console.log(`B÷A, medians: per Neo4j CPU s ${(m('B', 'neo4j') / m('A', 'neo4j')).toFixed(2)}, per client CPU s ${(m('B', 'client') / m('A', 'client')).toFixed(2)}, wall ${(m('B', 'wall') / m('A', 'wall')).toFixed(2)}`);
  await driver.close();
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
