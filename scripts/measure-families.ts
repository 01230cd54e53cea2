/**
 * Scores the extractor against hand-written answer keys (`<file>.expected.json` beside each fixture):
 * tasks found (a key task matched by the start of its text), lead right (same lead set, names compared
 * without diacritics or case), coordinators right, targets found (target as written, with value/bounds and
 * period where the key gives them), document metadata fields right.
 *   npx tsx scripts/measure-families.ts tests/fixtures/central/held-out
 */
import fs from 'node:fs';
import path from 'node:path';
import { extractFile } from '../src/ingest/pipeline';
import { foldDiacritics } from '../src/ingest/text';

interface Key {
  document: Record<string, unknown>;
  tasks: { text: string; lead: string[]; coordinators?: string[] }[];
  targets: { target: string; period?: string; value?: number; valueMin?: number; valueMax?: number }[];
}

const fold = (s: string) => foldDiacritics(s).replace(/\s+/g, ' ').trim();
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.map(fold).sort().join('|') === b.map(fold).sort().join('|');

async function main() {
  const dir = process.argv[2] ?? 'tests/fixtures/central/held-out';
  const totals = { tasks: 0, found: 0, leads: 0, coords: 0, coordKeys: 0, targets: 0, targetsFound: 0, meta: 0, metaRight: 0, extra: 0 };
  for (const keyFile of fs.readdirSync(dir).filter((f) => f.endsWith('.expected.json')).sort()) {
    const doc = path.join(dir, keyFile.replace(/\.expected\.json$/, ''));
    const file = ['.txt', '.md', ''].map((e) => doc + e).find((f) => fs.existsSync(f) && !f.endsWith('.json'))!;
    const key = JSON.parse(fs.readFileSync(path.join(dir, keyFile), 'utf8')) as Key;
    const x = await extractFile(file);
    const misses: string[] = [];
    for (const [field, want] of Object.entries(key.document)) {
      totals.meta++;
      const got = (x.document as unknown as Record<string, unknown>)[field];
      if (JSON.stringify(got) === JSON.stringify(want)) totals.metaRight++;
      else misses.push(`meta ${field}: got ${JSON.stringify(got)} want ${JSON.stringify(want)}`);
    }
    const used = new Set<string>();
    for (const k of key.tasks) {
      totals.tasks++;
      const t = x.tasks.find((c) => !used.has(c.id) && fold(c.text).startsWith(fold(k.text)));
      if (!t) {
        misses.push(`task not found: ${k.text}`);
        continue;
      }
      used.add(t.id);
      totals.found++;
      if (sameSet(t.lead, k.lead)) totals.leads++;
      else misses.push(`lead of "${k.text}": got ${JSON.stringify(t.lead)} want ${JSON.stringify(k.lead)}`);
      if (k.coordinators) {
        totals.coordKeys++;
        if (sameSet(t.coordinators, k.coordinators)) totals.coords++;
        else misses.push(`coordinators of "${k.text}": got ${JSON.stringify(t.coordinators)} want ${JSON.stringify(k.coordinators)}`);
      }
    }
    const extra = x.tasks.filter((t) => !used.has(t.id));
    totals.extra += extra.length;
    for (const t of extra) misses.push(`extra task: ${t.text.slice(0, 70)}`);
    const taken = new Set<string>();
    for (const k of key.targets) {
      totals.targets++;
      const i = x.indicators.find(
        (c) =>
          !taken.has(c.id) && fold(c.target ?? '') === fold(k.target) && (k.period === undefined || c.period === k.period) &&
          (k.value === undefined || c.value === k.value) && (k.valueMin === undefined || c.valueMin === k.valueMin) && (k.valueMax === undefined || c.valueMax === k.valueMax),
      );
      if (i) {
        taken.add(i.id);
        totals.targetsFound++;
      } else misses.push(`target not found: ${JSON.stringify(k)}; near: ${JSON.stringify(x.indicators.filter((c) => fold(c.target ?? '').includes(fold(k.target).split(' ').pop() ?? '')).map((c) => [c.target, c.value, c.valueMin, c.valueMax, c.period]))}`);
    }
    for (const i of x.indicators.filter((c) => !taken.has(c.id))) misses.push(`extra indicator: ${i.target} (${i.name})`);
    console.log(`${path.basename(file)}: ${x.tasks.length} tasks, ${x.indicators.length} indicators`);
    for (const m of misses) console.log(`  - ${m}`);
  }
  const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}% (${a}/${b})` : 'n/a');
  console.log(`\ntasks found ${pct(totals.found, totals.tasks)}; lead right ${pct(totals.leads, totals.found)}; coordinators right ${pct(totals.coords, totals.coordKeys)}; extra tasks ${totals.extra}`);
  console.log(`targets found ${pct(totals.targetsFound, totals.targets)}; metadata right ${pct(totals.metaRight, totals.meta)}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
