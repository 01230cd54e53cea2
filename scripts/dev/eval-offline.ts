/** Dev aid: precision/recall of scorePair on the labelled sample, offline (IDF over the three plans). */
import { extractFile } from '../../src/ingest/pipeline';
import { featuresOf, scorePair, weightsOver, SCORING } from '../../src/graph/task-similarity';
import { inputsOf } from './pair-scores';
import sample from '../../tests/fixtures/counterparts/sample.json';
import fs from 'node:fs';

async function main() {
  const files = fs.readdirSync('data/corpus').filter((f) => /^00[012]_/.test(f));
  const xs = await Promise.all(files.map((f) => extractFile(`data/corpus/${f}`)));
  const byFile = new Map(files.map((f, i) => [f.slice(0, 3), inputsOf(xs[i]).map((t) => ({ t, f: featuresOf(t) }))]));
  const w = weightsOver([...byFile.values()].flat().map((x) => x.f));
  const find = (file: string, text: string) => byFile.get(file)!.filter((x) => x.t.text.replace(/\s+/g, ' ').startsWith(text));
  for (const share of (process.env.SHARES ?? '0.6').split(',').map(Number)) {
    SCORING.shorterShare = share;
    const scored = sample.pairs.map((p) => {
      const [a] = find(p.a.file, p.a.text);
      const bs = find(p.b.file, p.b.text);
      return { same: p.same, score: Math.max(...bs.map((b) => scorePair(a.f, b.f, w).score)), p };
    });
    for (const t of (process.env.TS ?? '0.3,0.35,0.4,0.45,0.5').split(',').map(Number)) {
      const tp = scored.filter((s) => s.same && s.score >= t).length;
      const fp = scored.filter((s) => !s.same && s.score >= t).length;
      const fn = scored.filter((s) => s.same && s.score < t).length;
      console.log(`share ${share} minScore ${t}  precision ${(tp / Math.max(1, tp + fp)).toFixed(3)}  recall ${(tp / (tp + fn)).toFixed(3)}  (tp ${tp} fp ${fp} fn ${fn})`);
    }
    if (process.env.SHOW) for (const s of scored.filter((s) => (s.same && s.score < Number(process.env.SHOW)) || (!s.same && s.score >= Number(process.env.SHOW)))) console.log(s.same ? 'MISS' : 'FALSE', s.score, '|', s.p.a.text.slice(0, 50), '|', s.p.b.file, s.p.b.text.slice(0, 70));
  }
}
void main();
