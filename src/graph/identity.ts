/**
 * One symbol, two documents. Party resolutions are numbered per term: 18-NQ/TW of 25/10/2017 (the political
 * system's apparatus) and 18-NQ/TW of 16/6/2022 (land) are different documents. Identity is the symbol plus
 * the issue year where the text gives a date, and it does not depend on the order documents arrive in:
 *  - of the documents (and dated stubs) of one symbol, the one of the earliest year has the symbol as id, each
 *    other `<symbol>@<year>`. Ids of documents whose symbol is unique never change. When an earlier one
 *    arrives, the document holding the bare symbol is renamed (with what it owns) to `<symbol>@<its year>`;
 *  - a citation with a date resolves to the document of that year (a new dated stub when none is known);
 *  - a bare symbol links to the only known document of that symbol; where several exist the edge is marked
 *    `ambiguous` (and lineage does not walk it), rather than guessing or merging the two. Edges written before
 *    the second document arrived are settled when it does (`settleSymbol`): the same graph as the other order.
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

/** The documents of one symbol once the extraction being written has arrived: who holds which id. */
export interface SymbolPlan {
  symbol: string;
  /** The id the earliest document holds: the symbol as the graph first wrote it. */
  bare: string;
  minYear: number | null;
  /** Candidates under their settled ids. */
  candidates: Candidate[];
  /** Graph documents whose id changes, in an order that never collides: [from, to]. */
  renames: [string, string][];
}

function idFor(plan: Pick<SymbolPlan, 'bare' | 'symbol' | 'minYear'>, year: number | null): string {
  return year === null || plan.minYear === null || year === plan.minYear ? plan.bare : `${plan.symbol}@${year}`;
}

/** Settles the ids of a symbol's documents given the years the new extraction brings (its own, its citations'). */
export function planSymbol(symbol: string, candidates: readonly Candidate[], incomingYears: readonly number[]): SymbolPlan {
  const bare = candidates.find((c) => !c.id.includes('@'))?.id ?? symbol;
  const years = [...candidates.map((c) => c.year), ...incomingYears].filter((y): y is number => y !== null);
  const plan = { symbol, bare, minYear: years.length ? Math.min(...years) : null };
  const renames: [string, string][] = [];
  const settled = candidates.map((c) => {
    const id = c.year === null ? c.id : idFor(plan, c.year);
    if (id !== c.id) renames.push([c.id, id]);
    return { ...c, id };
  });
  // The holder of the bare id moves away before another takes it.
  renames.sort((a, b) => Number(a[1] === bare) - Number(b[1] === bare));
  return { ...plan, candidates: settled, renames };
}

/** The id of the document being written (its symbol is the plan's); a copy that gives only its year passes the year. */
export function ownIdentity(plan: SymbolPlan, issuedOn: string | null, year: number | null = yearOf(issuedOn)): string {
  return idFor(plan, year);
}

/** Where a reference to the plan's symbol (dated or not) points, the citing document's own id excluded. */
export function citationTarget(plan: SymbolPlan, issuedOn: string | null, ownId: string, alsoCited: readonly string[] = []): Target {
  const year = yearOf(issuedOn);
  if (year !== null) return { id: idFor(plan, year), ambiguous: false };
  const others = [...new Set([...plan.candidates.map((c) => c.id), ...alsoCited])].filter((id) => id !== ownId);
  if (others.length === 0) return { id: ownId === plan.bare ? `${plan.symbol}@?` : plan.bare, ambiguous: false };
  if (others.length === 1) return { id: others[0], ambiguous: false };
  return { id: others.includes(plan.bare) ? plan.bare : [...others].sort()[0], ambiguous: true };
}

export interface Identity {
  documentId: string;
  target(symbol: string, issuedOn: string | null): Target;
  /** Documents renamed before this one is written, in order. */
  renames: [string, string][];
  /**
   * Symbols whose documents' incoming edges are settled after the write: [symbolKey, bare id]. Only those this
   * write gives a document the graph did not hold (a new id, or a rename): otherwise the earlier writes have settled
   * them, and this one's own references are resolved against the same documents. Called once every target is asked.
   */
  settle(): [string, string][];
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
  const symbols = symbolsOf(x);
  const keys = [...new Set(symbols.map(symbolKey))];
  const res = await tx.run(cypher('write/documents-by-symbol'), { keys });
  const byKey = new Map<string, Candidate[]>();
  for (const r of res.records) {
    const year = r.get('year');
    const c: Candidate = { id: r.get('id') as string, year: year === null ? null : Number(year), stub: Boolean(r.get('stub')) };
    const k = r.get('key') as string;
    byKey.set(k, [...(byKey.get(k) ?? []), c]);
  }
  const d = x.document;
  const ownKey = d.symbol && x.documentId === d.symbol ? symbolKey(d.symbol) : null;
  // The years this extraction brings to each symbol: its own date, and the dates its citations give.
  const incoming = new Map<string, number[]>();
  const add = (key: string, year: number | null) => year !== null && incoming.set(key, [...(incoming.get(key) ?? []), year]);
  // (A copy may give only the year: "Nghị quyết 68/NQ-CP 2024 …".)
  const ownYear = yearOf(d.issuedOn) ?? d.issuedYear ?? null;
  if (ownKey) add(ownKey, ownYear);
  for (const c of x.citations) if (c.symbol) add(symbolKey(c.symbol), yearOf(c.issuedOn));
  const plans = new Map<string, SymbolPlan>();
  const planOf = (symbol: string) => {
    const key = symbolKey(symbol);
    let plan = plans.get(key);
    if (!plan) plans.set(key, (plan = planSymbol(symbol, byKey.get(key) ?? [], incoming.get(key) ?? [])));
    return plan;
  };
  if (d.symbol && ownKey) planOf(d.symbol);
  for (const s of symbols) planOf(s);
  const documentId = ownKey && d.symbol ? ownIdentity(planOf(d.symbol), d.issuedOn, ownYear) : x.documentId;
  // Dated targets this extraction creates count as documents of their symbol for its bare mentions.
  const datedTargets = new Map<string, string[]>();
  for (const c of x.citations) {
    if (!c.symbol || !c.issuedOn) continue;
    const key = symbolKey(c.symbol);
    datedTargets.set(key, [...(datedTargets.get(key) ?? []), citationTarget(planOf(c.symbol), c.issuedOn, documentId).id]);
  }
  // Keys of which this write creates a document (or a stub) the graph does not hold yet.
  const grows = new Set<string>();
  const note = (key: string, id: string) => {
    if (!grows.has(key) && !plans.get(key)?.candidates.some((c) => c.id === id)) grows.add(key);
  };
  if (ownKey) note(ownKey, documentId);
  return {
    documentId,
    target: (symbol, issuedOn) => {
      const t = citationTarget(planOf(symbol), issuedOn, documentId, datedTargets.get(symbolKey(symbol)));
      note(symbolKey(symbol), t.id);
      return t;
    },
    renames: [...plans.values()].flatMap((p) => p.renames),
    settle: () => [...plans.entries()].filter(([key, p]) => grows.has(key) || p.renames.length > 0).map(([key, p]) => [key, p.bare]),
  };
}
