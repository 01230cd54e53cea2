/**
 * One symbol, two documents. Party resolutions are numbered per term: 18-NQ/TW of 25/10/2017 (the political
 * system's apparatus) and 18-NQ/TW of 16/6/2022 (land) are different documents. Identity is the symbol plus
 * the issue year where the text gives a date:
 *  - a document keeps the id it would always have had (its symbol) unless the graph already holds another
 *    document of that symbol from another year; it is then `<symbol>@<issue date>`. Ids of documents whose
 *    symbol is unique never change.
 *  - a citation with a date resolves to the document of that year (a new dated stub when none is known);
 *  - a bare symbol links to the only known document of that symbol; where several exist the edge is marked
 *    `ambiguous` (and lineage does not walk it), rather than guessing or merging the two.
 * Decisions are pure functions of the candidates the graph holds (one read per document written).
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { Extraction } from '../ingest/model';
import { symbolKey } from '../ingest/symbols';
import { cypher } from './cypher';

/** A document of the graph with a given symbolKey. */
export interface Candidate {
  id: string;
  year: number | null;
  stub: boolean;
}

export interface Target {
  id: string;
  /** Several documents carry the symbol and the reference gives no date to choose. */
  ambiguous: boolean;
}

const yearOf = (iso: string | null | undefined) => (iso ? Number(iso.slice(0, 4)) : null);

/** The id of the document being written, given the graph's documents of its symbol. */
export function ownIdentity(symbol: string, issuedOn: string | null, candidates: readonly Candidate[]): string {
  const year = yearOf(issuedOn);
  const bare = candidates.find((c) => c.id === symbol);
  if (!bare || year === null || bare.year === null || bare.year === year) return symbol;
  return candidates.find((c) => c.year === year)?.id ?? `${symbol}@${issuedOn}`;
}

/** Where a reference to `symbol` (dated or not) points, the citing document's own id excluded. */
export function citationTarget(symbol: string, issuedOn: string | null, candidates: readonly Candidate[], ownId: string): Target {
  const others = candidates.filter((c) => c.id !== ownId);
  const year = yearOf(issuedOn);
  if (year !== null) {
    const same = others.find((c) => c.year === year) ?? others.find((c) => c.year === null && c.stub);
    if (same) return { id: same.id, ambiguous: false };
    // No document of that year: its own stub, named by symbol when that name is free.
    const free = !others.some((c) => c.id === symbol) && ownId !== symbol;
    return { id: free ? symbol : `${symbol}@${issuedOn}`, ambiguous: false };
  }
  if (others.length === 0) return { id: ownId === symbol ? `${symbol}@?` : symbol, ambiguous: false };
  if (others.length === 1) return { id: others[0].id, ambiguous: false };
  const bare = others.find((c) => c.id === symbol) ?? [...others].sort((a, b) => a.id.localeCompare(b.id))[0];
  return { id: bare.id, ambiguous: true };
}

export interface Identity {
  documentId: string;
  target(symbol: string, issuedOn: string | null): Target;
}

/** Every symbol an extraction writes a node or an edge for. */
function symbolsOf(x: Extraction): string[] {
  const out = new Set<string>();
  if (x.document.symbol) out.add(x.document.symbol);
  for (const c of x.citations) if (c.symbol) out.add(c.symbol);
  for (const t of x.tasks) for (const s of t.cites) out.add(s);
  for (const l of x.citedLinks) out.add(l.from).add(l.to);
  return [...out];
}

export async function resolveIdentity(tx: ManagedTransaction, x: Extraction): Promise<Identity> {
  const keys = [...new Set(symbolsOf(x).map(symbolKey))];
  const res = await tx.run(cypher('write/documents-by-symbol'), { keys });
  const byKey = new Map<string, Candidate[]>();
  for (const r of res.records) {
    const year = r.get('year');
    const c: Candidate = { id: r.get('id') as string, year: year === null ? null : Number(year), stub: Boolean(r.get('stub')) };
    const k = r.get('key') as string;
    byKey.set(k, [...(byKey.get(k) ?? []), c]);
  }
  const d = x.document;
  const documentId = d.symbol && x.documentId === d.symbol ? ownIdentity(d.symbol, d.issuedOn, byKey.get(symbolKey(d.symbol)) ?? []) : x.documentId;
  return { documentId, target: (symbol, issuedOn) => citationTarget(symbol, issuedOn, byKey.get(symbolKey(symbol)) ?? [], documentId) };
}
