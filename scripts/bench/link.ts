/**
 * Bench section "task lineage": the link time of the synthetic corpus, measured the way ingest pays it.
 * The synthetic plans are removed and written again one by one, each followed by its linking pass
 * (src/graph/link-counterparts.ts), so every plan is compared with the siblings written before it, as an
 * incremental ingest would. The write of the same document in the same run is the baseline; the first and
 * last tenth of the plans show whether the cost per plan grows with the graph. BENCH_LINK=false skips it.
 */
import type { Driver } from 'neo4j-driver';
import type { Extraction } from '../../src/ingest/model';
import { linkDocument } from '../../src/graph/link-counterparts';
import { writeExtraction } from '../../src/graph/write';
import { expandPaths } from '../../src/ingest/ingest-files';
import { extractFile } from '../../src/ingest/pipeline';
import { synthesize } from './synthetic';

/** The same synthetic plans the bench loads (same templates, same order). */
export async function syntheticPlans(corpusDir: string, scale: number): Promise<Extraction[]> {
  const templates = await Promise.all(expandPaths([corpusDir]).map((f) => extractFile(f)));
  return synthesize(templates, scale * templates.length);
}

export interface LinkBench {
  plans: number;
  counterparts: number;
  localises: number;
  writeS: number;
  linkS: number;
  writeP50: number;
  linkP50: number;
  linkP90: number;
  linkMax: number;
  firstTenthP50: number;
  lastTenthP50: number;
}

const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : NaN;
}

export async function benchLinking(driver: Driver, synthetic: Extraction[], database?: string): Promise<LinkBench> {
  const session = driver.session({ database });
  try {
    // The synthetic plans' own nodes go; shared agencies, provinces and cited documents stay.
    await session.run(
      "MATCH (d:Document) WHERE d.sourcePath STARTS WITH 'synthetic/' OPTIONAL MATCH (d)-[:HAS_SECTION|HAS_TASK|HAS_RESTATEMENT|HAS_INDICATOR]->(o) CALL (d, o) { DETACH DELETE o } IN TRANSACTIONS OF 2000 ROWS",
    );
    await session.run("MATCH (d:Document) WHERE d.sourcePath STARTS WITH 'synthetic/' CALL (d) { DETACH DELETE d } IN TRANSACTIONS OF 500 ROWS");
  } finally {
    await session.close();
  }
  const writes: number[] = [];
  const links: number[] = [];
  let counterparts = 0;
  let localises = 0;
  for (const [i, x] of synthetic.entries()) {
    const t0 = performance.now();
    await writeExtraction(driver, x, { database });
    const t1 = performance.now();
    const linked = await linkDocument(driver, x.documentId, { database });
    writes.push(t1 - t0);
    links.push(performance.now() - t1);
    counterparts += linked.counterparts;
    localises += linked.localises;
    if ((i + 1) % 50 === 0) console.log(`lineage: ${i + 1}/${synthetic.length} plans written and linked (link p50 so far ${median(links).toFixed(0)} ms)`);
  }
  const tenth = Math.max(1, Math.floor(links.length / 10));
  return {
    plans: synthetic.length,
    counterparts,
    localises,
    writeS: writes.reduce((a, b) => a + b, 0) / 1000,
    linkS: links.reduce((a, b) => a + b, 0) / 1000,
    writeP50: median(writes),
    linkP50: median(links),
    linkP90: quantile(links, 0.9),
    linkMax: Math.max(...links),
    firstTenthP50: median(links.slice(0, tenth)),
    lastTenthP50: median(links.slice(-tenth)),
  };
}

export function printLinkBench(r: LinkBench): void {
  const ms = (n: number) => `${n.toFixed(0)} ms`;
  console.log(`\nTask lineage (COUNTERPART_OF / LOCALISES) over ${r.plans} synthetic plans, each written then linked in order:`);
  console.table([
    { step: 'write (baseline)', 'total s': Number(r.writeS.toFixed(1)), 'p50 per plan': ms(r.writeP50) },
    { step: 'link', 'total s': Number(r.linkS.toFixed(1)), 'p50 per plan': ms(r.linkP50), 'p90 per plan': ms(r.linkP90), 'max per plan': ms(r.linkMax) },
  ]);
  console.log(
    `link / write p50: ${(r.linkP50 / r.writeP50).toFixed(2)}; link p50 of the last tenth / first tenth: ${(r.lastTenthP50 / r.firstTenthP50).toFixed(2)} (${ms(r.firstTenthP50)} → ${ms(r.lastTenthP50)}); ${r.counterparts} counterpart and ${r.localises} localisation links written`,
  );
}
