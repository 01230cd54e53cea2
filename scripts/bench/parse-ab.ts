/**
 * Interleaved A/B of two extractors' parse cost: `npx tsx scripts/bench/parse-ab.ts <rootA> <rootB> [rounds] [passes]`,
 * each root a checkout of this repository (`git archive <commit> | tar -x -C <dir>`, node_modules linked). Both are
 * loaded into this one process (their modules, and so their per-document memos, are apart); after two warm-up
 * passes each, every round extracts data/corpus `passes` times with A and with B, document by document in turn (the
 * side first alternating, so a load that drifts falls on both), and records MB of source text per second of this process's CPU
 * time, which the machine's other load moves less than wall-clock. Prints each side's median with its spread and the
 * median and spread of B÷A round by round. The extraction itself is not compared here: diff the JSON of both.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Extraction } from '../../src/ingest/model';
import type { SourceText } from '../../src/ingest/read-source';

const [rootA, rootB, roundsArg = '9', passesArg = '1'] = process.argv.slice(2);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const spread = (xs: number[]) => `${Math.min(...xs).toFixed(3)}–${Math.max(...xs).toFixed(3)}`;

async function side(root: string, files: string[]) {
  const { extract } = (await import(path.resolve(root, 'src/ingest/pipeline.ts'))) as { extract: (s: SourceText) => Extraction };
  const { readSource } = (await import(path.resolve(root, 'src/ingest/read-source.ts'))) as { readSource: (f: string) => Promise<SourceText> };
  return { extract, sources: await Promise.all(files.map((f) => readSource(f))) };
}

async function main() {
  if (!rootA || !rootB) throw new Error('usage: parse-ab.ts <rootA> <rootB> [rounds] [passes]');
  const dir = path.resolve(__dirname, '../../data/corpus');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(dir, f));
  const sides = [await side(rootA, files), await side(rootB, files)];
  const megabytes = sides[0].sources.reduce((s, x) => s + Buffer.byteLength(x.text, 'utf8'), 0) / 1e6;
  const passes = Number(passesArg);
  for (const s of sides) for (let k = 0; k < 2; k++) for (const src of s.sources) s.extract(src);
  const rates: [number[], number[]] = [[], []];
  const total = [0, 0];
  const cpuOf = (i: number, src: number) => {
    const c0 = process.cpuUsage();
    sides[i].extract(sides[i].sources[src]);
    const c = process.cpuUsage(c0);
    return (c.user + c.system) / 1e6;
  };
  for (let r = 0; r < Number(roundsArg); r++) {
    // Document by document, A and B in turn (the one first alternating), so both see the same moments of load.
    const seconds = [0, 0];
    for (let k = 0; k < passes; k++)
      for (let src = 0; src < files.length; src++) for (const i of (r + k + src) % 2 ? [1, 0] : [0, 1]) seconds[i] += cpuOf(i, src);
    for (const i of [0, 1]) {
      rates[i].push((megabytes * passes) / seconds[i]);
      total[i] += seconds[i];
    }
  }
  const ratios = rates[1].map((b, r) => b / rates[0][r]);
  console.log(`A: ${median(rates[0]).toFixed(3)} MB per CPU second (${spread(rates[0])})`);
  console.log(`B: ${median(rates[1]).toFixed(3)} MB per CPU second (${spread(rates[1])})`);
  console.log(`B÷A round by round: median ${median(ratios).toFixed(3)} (${spread(ratios)}); over all rounds ${(total[0] / total[1]).toFixed(3)}; ${rates[0].length} rounds of ${passes} pass(es) over ${megabytes.toFixed(2)} MB; load ${fs.readFileSync('/proc/loadavg', 'utf8').split(' ')[0]}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
