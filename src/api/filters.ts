/**
 * From validated filter arguments to query parameters. Names the user typed (symbols, provinces, agencies)
 * are resolved to graph keys here (task filters' symbols inside the task queries); a symbol that matches no
 * document makes the answer empty, not an error.
 */
import type { ApiContext } from './context';
import { foldKey, fullTextQuery, provinceKey, symbolLookup } from './lookup';
import { badInput } from './errors';
import type { TaskFilterInput } from './validate';
import type { SymbolLookup } from './loaders';

/** Resolves a tolerant symbol (or a graph key) to a document key; null when none matches. */
export async function documentKeyOf(ctx: ApiContext, symbol: string): Promise<string | null> {
  const doc = await ctx.loaders.documentBySymbol.load(symbolLookup(symbol));
  return doc?.id ?? null;
}

export function textParam(text: string | null | undefined, argument: string): string | null {
  if (text == null) return null;
  const q = fullTextQuery(text);
  if (q === null) throw badInput(argument, 'contains no searchable word');
  return q;
}

export interface TaskQueryParams {
  [k: string]: unknown;
  /** derivesFrom and documentSymbol, looked up inside the task queries (cypher/queries/_tasks.sources). */
  from: SymbolLookup | null;
  document: SymbolLookup | null;
  direct: boolean | null;
  provinceKey: string | null;
  lead: string | null;
  leadKey: string | null;
  agency: string | null;
  agencyKey: string | null;
  deadlineFrom: string | null;
  deadlineTo: string | null;
  deadlineKind: string | null;
  text: string | null;
  textIds: string[];
}

/**
 * True when every condition of the filter is about documents (derivation, document, province): the task
 * queries can then count and page by document (…byDocument queries) instead of reading every matching task.
 */
export function isDocumentLevel(p: TaskQueryParams): boolean {
  return p.lead === null && p.agency === null && p.deadlineFrom === null && p.deadlineTo === null && p.deadlineKind === null && p.text === null;
}

/**
 * The task queries' parameters. The documents the filter names are not looked up here but in the task query
 * itself, so a filtered page costs one round trip, not a lookup and then the page.
 */
export async function taskQueryParams(ctx: ApiContext, f: TaskFilterInput | null | undefined): Promise<TaskQueryParams> {
  const filter = f ?? {};
  const text = textParam(filter.text, 'filter.text');
  const params: TaskQueryParams = {
    from: filter.derivesFrom ? symbolLookup(filter.derivesFrom) : null,
    document: filter.documentSymbol ? symbolLookup(filter.documentSymbol) : null,
    direct: filter.direct ?? null,
    provinceKey: filter.province ? provinceKey(filter.province) : null,
    lead: filter.leadAgency ?? null,
    leadKey: filter.leadAgency ? foldKey(filter.leadAgency) : null,
    agency: filter.agency ?? null,
    agencyKey: filter.agency ? foldKey(filter.agency) : null,
    deadlineFrom: filter.deadlineFrom ?? null,
    deadlineTo: filter.deadlineTo ?? null,
    deadlineKind: filter.deadlineKind ?? null,
    text,
    textIds: [],
  };
  // A derivation and a text together: the text hits are fetched once and intersected in the page query.
  if (params.from && text) {
    const [row] = await ctx.graph.run('tasks.textIds', { text });
    params.textIds = (row?.ids as string[] | undefined) ?? [];
  }
  return params;
}
