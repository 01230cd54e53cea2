/**
 * Checks issue 7's graph-level bars on folders of keyed fixtures (`<file>.expected.json`, the format of
 * scripts/measure-families.ts) once they are ingested into the configured Neo4j:
 * - every keyed file was written (a web copy rejected at ingest misses its node, or leaves only a stub);
 * - no central document sits in a province: graph-wide, no written document of level CENTRAL_* has an
 *   IN_PROVINCE edge, and no keyed file whose key says `province: null` was filed under one;
 * - one node per real document: every symbol a key names (its document's or a citation's) is one Document node,
 *   each keyed file sits on its own document's node (not a second node of its own, nor a node another dated
 *   document of that symbol was written over).
 * It reads the graph only. Key fields it compares are the keys' own; nothing here knows a file.
 *   npm run ingest -- data/corpus tests/fixtures/judge
 *   npx tsx scripts/measure-graph-families.ts tests/fixtures/judge/party-resolutions tests/fixtures/judge/web-copies …
 */
import fs from 'node:fs';
import path from 'node:path';
import { ensureNeo4j } from './neo4j-server';
import { loadConfig } from '../src/config';
import { createDriver, verifyGraph } from '../src/graph/connection';
import { symbolKey } from '../src/ingest/symbols';

interface Key {
  document: { symbol?: string | null; level?: string | null; province?: string | null; issuedOn?: string | null };
  citations?: { symbol?: string }[];
}

interface Node {
  id: string;
  symbolKey: string | null;
  stub: boolean | null;
  level: string | null;
  sourcePath: string | null;
  issuedOn: string | null;
  /** The year a copy gives without its date ("Nghị quyết 68/NQ-CP 2024 …"). */
  issuedYear: number | null;
  provinces: string[];
}

async function main(): Promise<void> {
  const dirs = process.argv.slice(2);
  if (dirs.length === 0) throw new Error('usage: npx tsx scripts/measure-graph-families.ts <dir> [<dir> …]');
  const config = loadConfig();
  const target = await ensureNeo4j(config);
  const driver = createDriver(target);
  try {
    await verifyGraph(driver, target);
    const { records } = await driver.executeQuery(
      `MATCH (d:Document)
       OPTIONAL MATCH (d)-[:IN_PROVINCE]->(p:Province)
       RETURN d.id AS id, d.symbolKey AS symbolKey, d.stub AS stub, d.level AS level, d.sourcePath AS sourcePath,
              toString(d.issuedOn) AS issuedOn, d.issuedYear AS issuedYear, collect(p.name) AS provinces`,
      {},
      { database: target.database },
    );
    const nodes = records.map((r) => r.toObject() as Node);
    const bySymbol = new Map<string, Node[]>();
    for (const n of nodes) if (n.symbolKey) bySymbol.set(n.symbolKey, [...(bySymbol.get(n.symbolKey) ?? []), n]);
    const byFile = new Map(nodes.filter((n) => n.sourcePath).map((n) => [path.basename(n.sourcePath!), n]));

    const centralInProvince = nodes.filter((n) => !n.stub && n.level?.startsWith('CENTRAL') && n.provinces.length > 0);
    console.log(`graph: ${nodes.length} documents (${nodes.filter((n) => !n.stub).length} written); written central documents in a province: ${centralInProvince.length}`);
    for (const n of centralInProvince) console.log(`  - ${n.id} (${n.level}) in ${n.provinces.join(', ')} from ${n.sourcePath}`);

    const totals = { files: 0, written: 0, nullProvinceKeys: 0, filedInProvince: 0, centralKeys: 0, filedProvincial: 0, symbolFiles: 0, onSymbolNode: 0, symbols: 0, oneNode: 0 };
    for (const dir of dirs) {
      const t = { files: 0, written: 0, nullProvinceKeys: 0, filedInProvince: 0, centralKeys: 0, filedProvincial: 0, symbolFiles: 0, onSymbolNode: 0, symbols: 0, oneNode: 0 };
      const notes: string[] = [];
      const symbols = new Set<string>();
      for (const keyFile of fs.readdirSync(dir).filter((f) => f.endsWith('.expected.json')).sort()) {
        const key = JSON.parse(fs.readFileSync(path.join(dir, keyFile), 'utf8')) as Key;
        const file = keyFile.replace(/\.expected\.json$/, '');
        const base = fs.readdirSync(dir).find((f) => f.startsWith(file + '.') && !f.endsWith('.json')) ?? file;
        t.files++;
        // A file's node: the one it was written to (sourcePath), else the written node of its key's symbol (a later
        // copy of the same document overwrites sourcePath).
        const own = byFile.get(base);
        const sym = key.document.symbol ? symbolKey(key.document.symbol) : null;
        const node = own ?? (sym ? bySymbol.get(sym)?.find((n) => !n.stub) : undefined);
        if (node && !node.stub) t.written++;
        else notes.push(`not written: ${base}${sym && bySymbol.has(sym) ? ' (only a stub of its symbol)' : ''}`);
        if (key.document.province === null) {
          t.nullProvinceKeys++;
          if (node && node.provinces.length > 0) {
            t.filedInProvince++;
            notes.push(`filed in a province: ${base} → ${node.id} (${node.level}) in ${node.provinces.join(', ')}`);
          }
        }
        // A central document written as a provincial one (no province, so not counted above, but filed as local).
        if (key.document.level?.startsWith('CENTRAL') && node && !node.stub) {
          t.centralKeys++;
          if (!node.level?.startsWith('CENTRAL')) {
            t.filedProvincial++;
            notes.push(`central document filed as ${node.level ?? 'no level'}: ${base} → ${node.id}`);
          }
        }
        // A copy of a symbolled document written to a node of its own is a second node for that real document.
        // Another document of the same symbol written over this one (a later file whose date differs) leaves
        // two real documents on one node.
        const overwritten = node && key.document.issuedOn && node.issuedOn !== key.document.issuedOn && path.basename(node.sourcePath ?? '') !== base;
        if (sym && node && !node.stub) {
          t.symbolFiles++;
          if (node.symbolKey !== sym) notes.push(`second node for ${key.document.symbol}: ${base} → ${node.id}`);
          else if (overwritten) notes.push(`two documents on one node: ${base} (dated ${key.document.issuedOn}) → ${node.id}, now written from ${node.sourcePath} (dated ${node.issuedOn ?? 'none'})`);
          else t.onSymbolNode++;
        }
        if (key.document.symbol) symbols.add(key.document.symbol);
        for (const c of key.citations ?? []) if (c.symbol) symbols.add(c.symbol);
      }
      for (const s of [...symbols].sort()) {
        t.symbols++;
        const found = bySymbol.get(symbolKey(s)) ?? [];
        // Documents of one symbol dated apart (18-NQ/TW of 2017 and of 2022, or a copy giving only its year) are rightly separate nodes.
        const yearOf = (n: Node) => (n.issuedOn ? n.issuedOn.slice(0, 4) : n.issuedYear !== null ? String(n.issuedYear) : null);
        const datedApart = found.length > 1 && found.every((n) => yearOf(n)) && new Set(found.map(yearOf)).size === found.length;
        if (found.length === 1 || datedApart) t.oneNode++;
        const listed = found.map((n) => `${n.id}${n.issuedOn ? ' ' + n.issuedOn : n.issuedYear !== null ? ` ${n.issuedYear}` : ''}${n.stub ? ' stub' : ''}`).join('; ');
        if (found.length !== 1) notes.push(`${datedApart ? '(dated apart, fine) ' : ''}${s}: ${found.length} nodes${listed ? ` (${listed})` : ''}`);
      }
      console.log(`\n${dir}: files written ${t.written}/${t.files}; province-less documents filed in a province ${t.filedInProvince}/${t.nullProvinceKeys}; central documents filed as provincial ${t.filedProvincial}/${t.centralKeys}; files on their symbol's node ${t.onSymbolNode}/${t.symbolFiles}; symbols with one node per dated document ${t.oneNode}/${t.symbols}`);
      for (const n of notes) console.log(`  - ${n}`);
      for (const k of Object.keys(totals) as (keyof typeof totals)[]) totals[k] += t[k];
    }
    console.log(
      `\nall: files written ${totals.written}/${totals.files}; province-less documents filed in a province ${totals.filedInProvince}/${totals.nullProvinceKeys}; central documents filed as provincial ${totals.filedProvincial}/${totals.centralKeys}; files on their symbol's node ${totals.onSymbolNode}/${totals.symbolFiles}; symbols with one node per dated document ${totals.oneNode}/${totals.symbols}; written central documents in a province (graph-wide) ${centralInProvince.length}`,
    );
  } finally {
    await driver.close();
  }
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exitCode = 1;
});
