/** Dev aid: score every cross-plan pair of the given files' tasks (no Neo4j) and print the best per task. */
import { extractFile } from '../../src/ingest/pipeline';
import type { Extraction } from '../../src/ingest/model';
import { featuresOf, scorePair, weightsOver, type TaskInput } from '../../src/graph/task-similarity';

export function inputsOf(x: Extraction): TaskInput[] {
  const key = new Map(x.agencies.map((a) => [a.name, a]));
  const headingOf = (path: string | null) => {
    const best = x.sections.filter((s) => path && (s.path === path || path.startsWith(`${s.path}.`))).sort((a, b) => b.path.length - a.path.length)[0];
    return best?.heading ?? null;
  };
  return x.tasks
    .filter((t) => !(t.source === 'BODY' && t.sameAs && x.tasks.find((u) => u.id === t.sameAs)?.source === 'TABLE'))
    .map((t) => ({
      id: `${x.documentId}#${t.id}`,
      documentId: x.documentId,
      text: t.text,
      sectionHeading: headingOf(t.section),
      cites: t.cites,
      leadNames: t.lead,
      leadKeys: t.lead.map((n) => key.get(n)?.key ?? ''),
      leadIsGroup: t.lead.map((n) => key.get(n)?.isGroup ?? false),
    }));
}

async function main() {
  const files = process.argv.slice(2);
  const xs = await Promise.all(files.map((f) => extractFile(f)));
  const all = xs.flatMap((x) => inputsOf(x).map(featuresOf));
  const w = weightsOver(all);
  const text = new Map(xs.flatMap((x) => inputsOf(x).map((t) => [t.id, t.text.slice(0, 110)])));
  for (const a of all) {
    const scored = all.filter((b) => b.documentId !== a.documentId).map((b) => ({ b, m: scorePair(a, b, w) })).sort((x, y) => y.m.score - x.m.score).slice(0, 4);
    console.log(`\n${a.id}  ${text.get(a.id)}`);
    for (const s of scored) console.log(`   ${s.m.score.toFixed(3)} ${s.b.id}  ${text.get(s.b.id)}  [${s.m.basis.join(' | ')}]`);
  }
}
if (require.main === module) void main();
