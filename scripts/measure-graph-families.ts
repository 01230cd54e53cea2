/**
 * Checks issue 7's graph-level bars on folders of keyed fixtures (`<file>.expected.json`, the format of
 * scripts/measure-families.ts) once they are ingested into the configured Neo4j:
 * - every keyed file was written (a web copy rejected at ingest misses its node, or leaves only a stub);
 * - no central document sits in a province: graph-wide, no written document of level CENTRAL_* has an
 *   IN_PROVINCE edge, and no keyed file whose key says `province: null` was filed under one;
 * - one node per real document: every symbol a key names (its document's or a citation's) is one Document node,
 *   each keyed file sits on its own document's node (not a second node of its own, nor a node another dated
 *   document of that symbol was written over).
 * - a citation keyed with the cited document's date (`citations[].issuedOn`, where the text gives it) is linked to
 *   that document, not to another document of its symbol (26-NQ/TW of 2008 filed on 26-NQ/TW of 2022); and,
 *   graph-wide, no dated document cites, implements or replaces a document dated after it.
 * A keyed date gone from a node because a dateless copy of the same document was written over it is counted
 * as a lost date, not as two documents on one node (scripts/graph-score.ts has these rules, with tests).
 * - a file on no node of its own is extracted (read only) for the id ingest gave it: a symbol-less page on a node
 *   another file took over is two real documents on one node, not a missing file.
 * It reads the graph only (and the files). Key fields it compares are the keys' own; nothing here knows a file.
 *   npm run ingest -- data/corpus tests/fixtures/judge
 *   npx tsx scripts/measure-graph-families.ts tests/fixtures/judge/party-resolutions tests/fixtures/judge/web-copies …
 */
import fs from 'node:fs';
import path from 'node:path';
import { ensureNeo4j } from './neo4j-server';
import { loadConfig } from '../src/config';
import { createDriver, verifyGraph } from '../src/graph/connection';
import { symbolKey } from '../src/ingest/symbols';
import { extractFile } from '../src/ingest/pipeline';
import { citedVerdict, citesLater, nodeVerdict, takenOver, type GraphEdge, type GraphNode as Node } from './graph-score';

interface Key {
  document: { symbol?: string | null; level?: string | null; province?: string | null; issuedOn?: string | null };
  citations?: { symbol?: string; issuedOn?: string }[];
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

    const edges = (
      await driver.executeQuery(
        `MATCH (a:Document)-[r]->(b:Document)
         RETURN type(r) AS type, a.id AS from, toString(a.issuedOn) AS fromOn, b.id AS to, toString(b.issuedOn) AS toOn`,
        {},
        { database: target.database },
      )
    ).records.map((r) => r.toObject() as GraphEdge);
    const nodeById = new Map(nodes.map((n) => [n.id, n]));

    const centralInProvince = nodes.filter((n) => !n.stub && n.level?.startsWith('CENTRAL') && n.provinces.length > 0);
    const later = citesLater(edges);
    console.log(`graph: ${nodes.length} documents (${nodes.filter((n) => !n.stub).length} written); written central documents in a province: ${centralInProvince.length}; documents citing a later one: ${later.length}`);
    for (const n of centralInProvince) console.log(`  - ${n.id} (${n.level}) in ${n.provinces.join(', ')} from ${n.sourcePath}`);
    for (const e of later) console.log(`  - ${e.from} (${e.fromOn}) ${e.type} ${e.to} (${e.toOn})`);

    // First every keyed file of every folder and the node it resolved to: its own written node (sourcePath), else
    // the written node of its key's symbol (a later copy of the same document overwrites sourcePath).
    const keyed: { dir: string; base: string; key: Key; node: Node | undefined; rejected: boolean; merged: boolean }[] = [];
    for (const dir of dirs) {
      for (const keyFile of fs.readdirSync(dir).filter((f) => f.endsWith('.expected.json')).sort()) {
        const key = JSON.parse(fs.readFileSync(path.join(dir, keyFile), 'utf8')) as Key;
        const file = keyFile.replace(/\.expected\.json$/, '');
        const base = fs.readdirSync(dir).find((f) => f.startsWith(file + '.') && !f.endsWith('.json')) ?? file;
        const sym = key.document.symbol ? symbolKey(key.document.symbol) : null;
        let node = byFile.get(base) ?? (sym ? bySymbol.get(sym)?.find((n) => !n.stub) : undefined);
        // A file on no node of its own nor of its key's symbol: extract it (read only) for the node id ingest gave
        // it. A rejected file has none; a symbol-less one may sit on a node another file took over (two news
        // pages whose only identity is "Thủ tướng Chính phủ" get one id).
        let rejected = false;
        let merged: Node | undefined;
        if (!node) {
          try {
            const x = await extractFile(path.join(dir, base));
            const taken = nodeById.get(x.documentId);
            if (takenOver(base, taken)) node = merged = taken;
          } catch {
            rejected = true;
          }
        }
        keyed.push({ dir, base, key, node, rejected, merged: merged !== undefined });
      }
    }
    const keyedDate = new Map(keyed.map((k) => [k.base, k.key.document.issuedOn ?? null]));
    const keyedDatesOn = (n: Node): string[] =>
      keyed.filter((k) => k.node?.id === n.id && k.key.document.issuedOn).map((k) => k.key.document.issuedOn!);

    const zero = () => ({ files: 0, written: 0, merged: 0, nullProvinceKeys: 0, filedInProvince: 0, centralKeys: 0, filedProvincial: 0, symbolFiles: 0, onSymbolNode: 0, datesLost: 0, datedCites: 0, rightCites: 0, symbols: 0, oneNode: 0 });
    const totals = zero();
    for (const dir of dirs) {
      const t = zero();
      const notes: string[] = [];
      const symbols = new Set<string>();
      for (const { base, key, node, rejected, merged } of keyed.filter((k) => k.dir === dir)) {
        t.files++;
        const sym = key.document.symbol ? symbolKey(key.document.symbol) : null;
        if (merged && node) {
          t.merged++;
          notes.push(`two documents on one node: ${base} was written to ${node.id}, now written from ${node.sourcePath}`);
          // Its own facts are on no node now: the checks below would judge the other file's.
          if (key.document.symbol) symbols.add(key.document.symbol);
          for (const c of key.citations ?? []) if (c.symbol) symbols.add(c.symbol);
          continue;
        } else if (node && !node.stub) t.written++;
        else notes.push(`not written: ${base}${rejected ? ' (rejected)' : ''}${sym && bySymbol.has(sym) ? ' (only a stub of its symbol)' : ''}`);
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
        // two real documents on one node; a dateless copy written over it leaves the node right but its date gone.
        if (sym && node && !node.stub) {
          t.symbolFiles++;
          const verdict = nodeVerdict(key.document.issuedOn, base, node, (b) => keyedDate.get(b));
          if (node.symbolKey !== sym) notes.push(`second node for ${key.document.symbol}: ${base} → ${node.id}`);
          else if (verdict === 'two documents') notes.push(`two documents on one node: ${base} (dated ${key.document.issuedOn}) → ${node.id}, now written from ${node.sourcePath} (dated ${node.issuedOn ?? 'none'})`);
          else {
            t.onSymbolNode++;
            if (verdict === 'date lost') {
              t.datesLost++;
              notes.push(`date lost: ${base} (dated ${key.document.issuedOn}) → ${node.id}, now written from ${node.sourcePath} with no date`);
            }
          }
        }
        // A citation keyed with its document's date must reach that document, not another of its symbol.
        for (const c of key.citations ?? []) {
          if (!c.symbol || !c.issuedOn) continue;
          t.datedCites++;
          const targets = node ? edges.filter((e) => e.from === node.id).map((e) => nodeById.get(e.to)!).filter((n) => n?.symbolKey === symbolKey(c.symbol!)) : [];
          const verdict = citedVerdict(c.issuedOn, targets, keyedDatesOn);
          if (verdict === 'right') t.rightCites++;
          else notes.push(`${verdict === 'not linked' ? 'dated citation not linked' : 'dated citation on another document of its symbol'}: ${base} → ${c.symbol} of ${c.issuedOn}${targets.length ? ` (linked to ${targets.map((n) => `${n.id} ${n.issuedOn ?? 'undated'}, keyed ${keyedDatesOn(n).join('/') || 'none'}`).join('; ')})` : ''}`);
        }
        if (key.document.symbol) symbols.add(key.document.symbol);
        for (const c of key.citations ?? []) if (c.symbol) symbols.add(c.symbol);
      }
      for (const s of [...symbols].sort()) {
        t.symbols++;
        const found = bySymbol.get(symbolKey(s)) ?? [];
        // Documents of one symbol dated apart (18-NQ/TW of 2017 and of 2022, or a copy giving only its year) are rightly separate nodes.
        const yearOf = (n: Node) => (n.issuedOn ? n.issuedOn.slice(0, 4) : n.issuedYear != null ? String(n.issuedYear) : null);
        const datedApart = found.length > 1 && found.every((n) => yearOf(n)) && new Set(found.map(yearOf)).size === found.length;
        if (found.length === 1 || datedApart) t.oneNode++;
        const listed = found.map((n) => `${n.id}${n.issuedOn ? ' ' + n.issuedOn : n.issuedYear != null ? ` ${n.issuedYear}` : ''}${n.stub ? ' stub' : ''}`).join('; ');
        if (found.length !== 1) notes.push(`${datedApart ? '(dated apart, fine) ' : ''}${s}: ${found.length} nodes${listed ? ` (${listed})` : ''}`);
      }
      console.log(`\n${dir}: files written ${t.written}/${t.files} (and ${t.merged} written to a node another file then took over); province-less documents filed in a province ${t.filedInProvince}/${t.nullProvinceKeys}; central documents filed as provincial ${t.filedProvincial}/${t.centralKeys}; files on their symbol's node ${t.onSymbolNode}/${t.symbolFiles} (date lost ${t.datesLost}); dated citations on their own document ${t.rightCites}/${t.datedCites}; symbols with one node per dated document ${t.oneNode}/${t.symbols}`);
      for (const n of notes) console.log(`  - ${n}`);
      for (const k of Object.keys(totals) as (keyof typeof totals)[]) totals[k] += t[k];
    }
    console.log(
      `\nall: files written ${totals.written}/${totals.files} (and ${totals.merged} written to a node another file then took over); province-less documents filed in a province ${totals.filedInProvince}/${totals.nullProvinceKeys}; central documents filed as provincial ${totals.filedProvincial}/${totals.centralKeys}; files on their symbol's node ${totals.onSymbolNode}/${totals.symbolFiles} (date lost ${totals.datesLost}); dated citations on their own document ${totals.rightCites}/${totals.datedCites}; symbols with one node per dated document ${totals.oneNode}/${totals.symbols}; written central documents in a province (graph-wide) ${centralInProvince.length}; documents citing a later one (graph-wide) ${later.length}`,
    );
  } finally {
    await driver.close();
  }
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exitCode = 1;
});
