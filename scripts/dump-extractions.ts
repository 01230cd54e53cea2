/**
 * Writes what the extractor reads from every corpus and fixture file, one JSON line per file, so a change to a
 * rule can be checked against all of them by diffing two dumps (before and after the change):
 *   npx tsx scripts/dump-extractions.ts /tmp/before.jsonl && <change> && npx tsx scripts/dump-extractions.ts /tmp/after.jsonl
 *   diff /tmp/before.jsonl /tmp/after.jsonl
 * Held-out judge sets (DUMP_EXCLUDE, comma-separated folder names; default "judge-8") are left out, so a fixer never
 * sees them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { extractFile } from '../src/ingest/pipeline';

const EXTENSIONS = new Set(['.txt', '.md', '.html', '.htm', '.docx', '.pdf', '.png', '.jpg', '.csv', '.xlsx']);
const ROOTS = ['data', 'tests/fixtures'];
const excluded = new Set((process.env.DUMP_EXCLUDE ?? 'judge-8').split(',').filter(Boolean));

function* files(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!excluded.has(entry.name)) yield* files(full);
    } else if (EXTENSIONS.has(path.extname(entry.name).toLowerCase())) yield full;
  }
}

async function main() {
  const out = process.argv[2];
  if (!out) throw new Error('usage: npx tsx scripts/dump-extractions.ts <out.jsonl>');
  const lines: string[] = [];
  for (const root of ROOTS.filter((r) => fs.existsSync(r))) {
    for (const file of files(root)) {
      try {
        const x = await extractFile(file);
        const d = x.document;
        lines.push(JSON.stringify({
          file,
          document: { kind: d.kind, kindVi: d.kindVi, symbol: d.symbol, issuer: d.issuer, level: d.level, province: d.province, title: d.title, issuedOn: d.issuedOn },
          tasks: x.tasks.map((t) => [t.text.slice(0, 60), t.lead, t.coordinators]),
          indicators: x.indicators.map((i) => [i.name, i.target, i.period]),
          citations: x.citations.map((c) => [c.symbol ?? c.raw, c.relation, c.issuedOn]),
        }));
      } catch (err) {
        lines.push(JSON.stringify({ file, error: (err as Error).message.split('\n').slice(0, 2).join(' ') }));
      }
    }
  }
  fs.writeFileSync(out, lines.join('\n') + '\n');
  console.log(`${lines.length} files -> ${out}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
