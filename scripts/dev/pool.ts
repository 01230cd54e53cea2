/** Dev aid for labelling: each task of the first file with the 5 closest rows of each other file (loose score), shuffled, no scores. */
import { extractFile } from '../../src/ingest/pipeline';
import { featuresOf, scorePair, weightsOver } from '../../src/graph/task-similarity';
import { inputsOf } from './pair-scores';

async function main() {
  const [anchor, ...others] = process.argv.slice(2);
  const xs = await Promise.all([anchor, ...others].map((f) => extractFile(f)));
  const inputs = xs.map((x) => inputsOf(x));
  const feats = inputs.map((l) => l.map(featuresOf));
  const w = weightsOver(feats.flat());
  const text = new Map(inputs.flat().map((t) => [t.id, t.text.replace(/\s+/g, ' ').slice(0, 600)]));
  for (const a of feats[0]) {
    console.log(`\n### ${a.id}: ${text.get(a.id)}`);
    for (const fs of feats.slice(1)) {
      const top = fs.map((b) => ({ b, s: scorePair(a, b, w).score })).sort((x, y) => y.s - x.s).slice(0, 5).sort((x, y) => x.b.id.localeCompare(y.b.id));
      for (const t of top) console.log(`  - ${t.b.id}: ${text.get(t.b.id)}`);
    }
  }
}
void main();
