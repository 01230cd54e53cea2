/**
 * Relations read with a page instead of after it. A page of tasks showing its documents, provinces, agencies
 * and derivations would otherwise cost the page query and then one batched loader query per relation, in a
 * second wave; here the page query reads what the operation selects under `nodes` / `edges.node`
 * (cypher/queries/_tasks.related.cypher) and the loaders are primed with it, so the resolvers below find
 * their values without a round trip. Anything not prefetched still goes through its loader. The page's own
 * items carry only the task properties the selection reads (taskItemProperties).
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { DerivationValue, Loaders } from './loaders';
import { symbolLookup } from './lookup';
import type { AgencyRow, CitationRow, DocumentRow, ProvinceRow, SectionRow } from './rows';
import { selectedArguments, selectedFields } from './selection';

export interface TaskPrefetch {
  [k: string]: boolean;
  document: boolean;
  province: boolean;
  lead: boolean;
  coordinators: boolean;
  section: boolean;
  /** `derivation(from:)` for the filter's own `derivesFrom` document. */
  derivation: boolean;
}

const ITEM_PATHS = [['nodes'], ['edges', 'node']] as const;

/**
 * The task properties (TaskRow) each Task field reads; relations read only the key (their loaders do the
 * rest). A field not listed here makes the page read every property.
 */
const TASK_FIELD_PROPERTIES: Record<string, readonly string[]> = {
  __typename: [],
  id: [],
  key: [],
  ordinal: ['ordinal'],
  text: ['text'],
  output: ['output'],
  source: ['source'],
  deadline: ['deadlineRaw', 'deadlineKind', 'deadlineRecurrence', 'deadlineCondition'],
  provenance: ['section', 'text', 'startLine', 'endLine', 'endOffset', 'page', 'box'],
  document: [],
  province: [],
  section: [],
  leadAgencies: [],
  coordinatingAgencies: [],
  cites: [],
  sameAs: [],
  derivation: [],
};

/** Read whatever is selected: the key, and the sort values a keyset cursor is made of. */
const TASK_ALWAYS = ['id', 'startOffset', 'deadlineStart', 'deadlineEnd'];

/**
 * The task properties the page's items need, or null for all of them. The items are the page's own (never
 * primed into a loader another field could read), so reading less cannot leave another field short.
 */
export function taskItemProperties(info: GraphQLResolveInfo): string[] | null {
  const fields = new Set(ITEM_PATHS.flatMap((p) => [...selectedFields(info, p)]));
  const properties = new Set(TASK_ALWAYS);
  for (const f of fields) {
    const needs = TASK_FIELD_PROPERTIES[f];
    if (!needs) return null;
    for (const p of needs) properties.add(p);
  }
  return [...properties];
}

/** The page query's items as rows: maps as they are, value lists (see _tasks.items) zipped with `fields`. */
export function taskItems<T>(items: unknown, fields: string[] | null): T[] {
  const list = (items as unknown[] | undefined) ?? [];
  if (!fields) return list as T[];
  return list.map((values) => Object.fromEntries(fields.map((f, i) => [f, (values as unknown[])[i] ?? null])) as T);
}

/** What the operation selects on the tasks of the connection being resolved. */
export function taskPrefetch(info: GraphQLResolveInfo, derivesFrom: string | null | undefined, hasSource: boolean): TaskPrefetch {
  const fields = new Set(ITEM_PATHS.flatMap((p) => [...selectedFields(info, p)]));
  const derivations = ITEM_PATHS.flatMap((p) => selectedArguments(info, p, 'derivation'));
  const sameSource = (from: unknown) => typeof from === 'string' && derivesFrom != null && symbolLookup(from).text === symbolLookup(derivesFrom).text;
  return {
    document: fields.has('document'),
    province: fields.has('province'),
    lead: fields.has('leadAgencies'),
    coordinators: fields.has('coordinatingAgencies'),
    section: fields.has('section'),
    derivation: hasSource && derivations.length > 0 && derivations.every((a) => sameSource(a.from)),
  };
}

interface RelatedDocument {
  id: string;
  document: DocumentRow | null;
  province: ProvinceRow | null;
  chain: { ids: string[]; documents: DocumentRow[]; edges: CitationRow[] } | null;
  tasks: { id: string; lead: AgencyRow[] | null; coordinators: AgencyRow[] | null; section: SectionRow | null; cites: boolean | null }[];
}

/** Primes the loaders with what the page query read (`related`, see _tasks.related.cypher). */
export function primeTaskRelations(loaders: Loaders, related: unknown, prefetch: TaskPrefetch, fromId: string | null): void {
  for (const doc of (related as RelatedDocument[] | undefined) ?? []) {
    if (prefetch.document && doc.document) loaders.documentById.prime(doc.id, doc.document);
    if (prefetch.province) loaders.documentProvince.prime(doc.id, doc.province ?? null);
    if (prefetch.derivation) for (const d of doc.chain?.documents ?? []) loaders.documentById.prime(d.id, d);
    for (const t of doc.tasks) {
      if (prefetch.lead) loaders.taskLeadAgencies.prime(t.id, t.lead ?? []);
      if (prefetch.coordinators) loaders.taskCoordinatingAgencies.prime(t.id, t.coordinators ?? []);
      if (prefetch.section) loaders.taskSection.prime(t.id, t.section ?? null);
      if (prefetch.derivation && fromId !== null) loaders.taskDerivation.prime({ taskId: t.id, sourceId: fromId }, derivationOf(doc, t.cites === true, fromId));
    }
  }
}

/** As task.derivation.cypher decides: a citation by the task, then its own document, then the chain. */
function derivationOf(doc: RelatedDocument, cites: boolean, fromId: string): DerivationValue | null {
  if (cites) return { kind: 'CITATION', chain: [doc.id], edges: [] };
  if (doc.id === fromId) return { kind: 'OWN_DOCUMENT', chain: [doc.id], edges: [] };
  if (doc.chain) return { kind: 'IMPLEMENTATION_CHAIN', chain: doc.chain.ids, edges: doc.chain.edges };
  return null;
}
