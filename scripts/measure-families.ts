/**
 * Scores the extractor against hand-written answer keys (`<file>.expected.json` beside each fixture):
 * tasks found (a key task matched by the start of its text), lead right (same lead set, names compared
 * without diacritics or case), coordinators right, targets found (target as written, with value/bounds and
 * period where the key gives them), document metadata fields right, citations found (by symbol, or by a
 * title the reference's text contains) and with the right relation (the strongest relation the document
 * states to that reference, as the graph keeps it: REPLACES > AMENDS > IMPLEMENTS > BASED_ON > CITES).
 * The matching rules are in scripts/family-score.ts (tested in tests/unit/scripts/family-score.test.ts): an issuer is
 * compared without diacritics, case or the "UBND"/"HĐND" abbreviation; a key task's text may follow a lead-in within
 * its sentence ("Giao …", "Ngoài ra, Thủ tướng cũng yêu cầu …"); a law cited by name is keyed by `title` (or `raw`).
 *   npx tsx scripts/measure-families.ts tests/fixtures/central/held-out
 *   npx tsx scripts/measure-families.ts tests/fixtures/copies/held-out
 * With --by-field, the metadata misses are also summed per field (kind, symbol, issuer, …), to fix classes of error.
 */
import fs from 'node:fs';
import path from 'node:path';
import { extractFile } from '../src/ingest/pipeline';
import type { Citation } from '../src/ingest/model';
import { citationMentions, fold, opens, opensAtStart, sameField, sameSet, sameTarget, sameTargetNumbers, type KeyCitation, type KeyTarget } from './family-score';

interface Key {
  document: Record<string, unknown>;
  tasks: { text: string; lead: string[]; coordinators?: string[] }[];
  targets: KeyTarget[];
  citations?: KeyCitation[];
}

const STRENGTH: Record<Citation['relation'], number> = { REPLACES: 5, AMENDS: 4, IMPLEMENTS: 3, BASED_ON: 2, CITES: 1 };

async function main() {
  const args = process.argv.slice(2);
  const byField = args.includes('--by-field');
  const dir = args.find((a) => !a.startsWith('--')) ?? 'tests/fixtures/central/held-out';
  const fieldMisses = new Map<string, number>();
  const totals = { tasks: 0, found: 0, leads: 0, coords: 0, coordKeys: 0, targets: 0, targetsFound: 0, targetsByNumbers: 0, meta: 0, metaRight: 0, extra: 0, rejected: 0, cites: 0, citesFound: 0, citesRight: 0 };
  for (const keyFile of fs.readdirSync(dir).filter((f) => f.endsWith('.expected.json')).sort()) {
    const doc = path.join(dir, keyFile.replace(/\.expected\.json$/, ''));
    const file = ['.txt', '.md', ''].map((e) => doc + e).find((f) => fs.existsSync(f) && !f.endsWith('.json'))!;
    // A key may leave out what its page does not reach (no task section, no targets): nothing to find there.
    const key: Key = { document: {}, tasks: [], targets: [], ...(JSON.parse(fs.readFileSync(path.join(dir, keyFile), 'utf8')) as Partial<Key>) };
    const misses: string[] = [];
    let x: Awaited<ReturnType<typeof extractFile>>;
    try {
      x = await extractFile(file);
    } catch (err) {
      // A rejected document misses everything its key holds.
      totals.rejected++;
      totals.meta += Object.keys(key.document).length;
      for (const field of Object.keys(key.document)) fieldMisses.set(field, (fieldMisses.get(field) ?? 0) + 1);
      totals.tasks += key.tasks.length;
      totals.targets += key.targets.length;
      totals.cites += key.citations?.length ?? 0;
      console.log(`${path.basename(file)}: REJECTED (${(err as Error).message.split('\n').slice(0, 2).join(' ')})`);
      continue;
    }
    for (const [field, want] of Object.entries(key.document)) {
      totals.meta++;
      const got = (x.document as unknown as Record<string, unknown>)[field];
      if (sameField(field, got, want)) totals.metaRight++;
      else {
        misses.push(`meta ${field}: got ${JSON.stringify(got)} want ${JSON.stringify(want)}`);
        fieldMisses.set(field, (fieldMisses.get(field) ?? 0) + 1);
      }
    }
    const used = new Set<string>();
    for (const k of key.tasks) {
      totals.tasks++;
      // A task that opens with the key's text first, so a lead-in match never takes another key's task.
      const t = x.tasks.find((c) => !used.has(c.id) && opensAtStart(c.text, k.text)) ?? x.tasks.find((c) => !used.has(c.id) && opens(c.text, k.text));
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
    const takenByNumbers = new Set<string>();
    for (const k of key.targets) {
      totals.targets++;
      const i = x.indicators.find((c) => !taken.has(c.id) && sameTarget(c, k));
      const byNumbers = x.indicators.find((c) => !takenByNumbers.has(c.id) && sameTargetNumbers(c, k));
      if (byNumbers) {
        takenByNumbers.add(byNumbers.id);
        totals.targetsByNumbers++;
      }
      if (i) {
        taken.add(i.id);
        totals.targetsFound++;
      } else misses.push(`target not found: ${JSON.stringify(k)}${byNumbers ? ` (its numbers are: ${JSON.stringify(byNumbers.target)})` : ''}; near: ${JSON.stringify(x.indicators.filter((c) => fold(c.target ?? '').includes(fold(k.target).split(' ').pop() ?? '')).map((c) => [c.target, c.value, c.valueMin, c.valueMax, c.period]))}`);
    }
    for (const i of x.indicators.filter((c) => !taken.has(c.id))) misses.push(`extra indicator: ${i.target} (${i.name})`);
    const matchedCites = new Set<Citation>();
    for (const k of key.citations ?? []) {
      totals.cites++;
      const mentions = citationMentions(x.citations, k);
      if (!mentions.length) {
        misses.push(`citation not found: ${k.symbol ?? k.title ?? k.raw}`);
        continue;
      }
      totals.citesFound++;
      for (const m of mentions) matchedCites.add(m);
      const strongest = mentions.reduce((a, b) => (STRENGTH[b.relation] > STRENGTH[a.relation] ? b : a)).relation;
      if (strongest === k.relation) totals.citesRight++;
      else misses.push(`relation of ${k.symbol ?? k.title ?? k.raw}: got ${strongest} want ${k.relation}`);
    }
    if (key.citations) for (const c of x.citations.filter((c) => !matchedCites.has(c))) misses.push(`extra citation: ${c.relation} ${c.symbol ?? c.raw.slice(0, 60)}`);
    console.log(`${path.basename(file)}: ${x.tasks.length} tasks, ${x.indicators.length} indicators`);
    for (const m of misses) console.log(`  - ${m}`);
  }
  const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}% (${a}/${b})` : 'n/a');
  console.log(`\ntasks found ${pct(totals.found, totals.tasks)}; lead right ${pct(totals.leads, totals.found)}; coordinators right ${pct(totals.coords, totals.coordKeys)}; extra tasks ${totals.extra}`);
  console.log(`targets found ${pct(totals.targetsFound, totals.targets)} (by numbers only ${pct(totals.targetsByNumbers, totals.targets)}); metadata right ${pct(totals.metaRight, totals.meta)}`);
  console.log(`citations found ${pct(totals.citesFound, totals.cites)}; right relation ${pct(totals.citesRight, totals.citesFound)}; rejected files ${totals.rejected}`);
  if (byField) console.log(`metadata misses by field: ${[...fieldMisses].sort((a, b) => b[1] - a[1]).map(([f, n]) => `${f} ${n}`).join(', ') || 'none'}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
