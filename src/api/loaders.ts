/**
 * One DataLoader per relationship, created per request, each backed by one named query in
 * `cypher/queries/`. A page of 100 tasks with their documents, provinces and agencies therefore costs one
 * round trip per relationship, not one per task.
 *
 * Queries return rows `{key, value}`; keys without a row resolve to the loader's empty value (null or []).
 */
import DataLoader from 'dataloader';
import type { RequestGraph, Row } from './graph';
import type { ListKey } from './ids';
import { attachTaskRelations, NO_PREFETCH, type TaskPrefetch } from './prefetch';
import type {
  AgencyRow,
  CitationRow,
  DocumentRow,
  IndicatorRow,
  PageRow,
  ProvinceRow,
  SectionRow,
  TaskMatchRow,
  TaskRow,
} from './rows';

/** A request for one page of a parent's children: the sort key to start after (keyset) and the size. */
export interface PageKey {
  id: string;
  after: ListKey | null;
  limit: number;
  role?: string;
  /** For a page of tasks: the relations the operation selects on them, read with the page (src/api/prefetch.ts). */
  prefetch?: TaskPrefetch;
}

/** What `documentBySymbol` is asked: the text as typed and the parsed parts. */
export interface SymbolLookup {
  /** The text as typed, with the year when one is asked (the DataLoader's cache key). */
  text: string;
  /** Issue year that picks one of several documents of the symbol; null for any. */
  year?: number | null;
  raw: string;
  symbolKey: string | null;
  prefix: string | null;
  number: string | null;
  kind: string | null;
}

export interface DerivationKey {
  taskId: string;
  sourceId: string;
}

export interface DerivationValue {
  kind: 'CITATION' | 'OWN_DOCUMENT' | 'IMPLEMENTATION_CHAIN';
  chain: string[];
  edges: CitationRow[];
  /** The chain's documents, as a page of tasks read them (src/api/prefetch.ts); absent: load them by id. */
  documents?: DocumentRow[];
}

function byKey<V>(graph: RequestGraph, name: string, param: string, empty: () => V) {
  return async (keys: readonly unknown[], keyOf: (k: unknown) => string): Promise<V[]> => {
    const rows: Row[] = await graph.run(name, { [param]: keys });
    const found = new Map<string, V>();
    for (const row of rows) found.set(String(row.key), row.value as V);
    return keys.map((k) => found.get(keyOf(k)) ?? empty());
  };
}

/** A loader keyed by a plain string id: `$ids` in, `{key, value}` out. */
function idLoader<V>(graph: RequestGraph, name: string, empty: () => V): DataLoader<string, V> {
  const load = byKey<V>(graph, name, 'ids', empty);
  return new DataLoader<string, V>((ids) => load(ids, (k) => k as string));
}

/**
 * A loader of one page per parent: `$keys` of `{key, id, after, limit, role}` in; each page is of the list
 * `list` (its cursors' tag, see toListCursor). A page of tasks also reads, with the page, the relations its
 * key's `prefetch` names (`$prefetch`, see _tasks.related): keys asking different relations (other
 * selections of the same field) go in separate queries, one per selection.
 */
function pageLoader<T>(graph: RequestGraph, name: string, list: string): DataLoader<PageKey, PageRow<T>, string> {
  const cacheKey = (k: PageKey) => JSON.stringify([k.id, k.after, k.limit, k.role ?? null, k.prefetch ?? null]);
  return new DataLoader<PageKey, PageRow<T>, string>(
    async (keys) => {
      const bySelection = new Map<string, PageKey[]>();
      for (const k of keys) {
        const s = JSON.stringify(k.prefetch ?? null);
        bySelection.set(s, [...(bySelection.get(s) ?? []), k]);
      }
      const found = new Map<string, { total: number; offset: number; items: T[]; keys: ListKey[]; related?: unknown }>();
      await Promise.all(
        [...bySelection.values()].map(async (group) => {
          const params = group.map((k) => ({ key: cacheKey(k), id: k.id, after: k.after, limit: k.limit, role: k.role ?? 'ANY' }));
          const rows = await graph.run(name, { keys: params, prefetch: group[0].prefetch ?? NO_PREFETCH });
          for (const row of rows) found.set(String(row.key), row.value as { total: number; offset: number; items: T[]; keys: ListKey[]; related?: unknown });
        }),
      );
      return keys.map((k) => {
        const v = found.get(cacheKey(k));
        const items = v?.items ?? [];
        if (k.prefetch && v) attachTaskRelations(items as TaskRow[], v.related, k.prefetch, null);
        return { total: v?.total ?? 0, offset: v?.offset ?? 0, items, keys: v?.keys ?? [], list };
      });
    },
    { cacheKeyFn: cacheKey },
  );
}

export function createLoaders(graph: RequestGraph) {
  const none = () => null;
  const list = () => [];
  const documentById = idLoader<DocumentRow | null>(graph, 'document.byIds', none);
  return {
    documentById,
    // A global id's key: a renamed document's kept uid, else the id (document.byGlobalKeys.cypher).
    documentByGlobalKey: idLoader<DocumentRow | null>(graph, 'document.byGlobalKeys', none),
    documentBySymbol: new DataLoader<SymbolLookup, DocumentRow | null, string>(
      async (lookups) => {
        const rows = await graph.run('document.bySymbol', { queries: lookups });
        const found = new Map(rows.map((r) => [String(r.key), r.value as DocumentRow]));
        // A document found by symbol is also known by id (a derivation's source, a lineage root): no second
        // round trip to load it again through documentById.
        for (const doc of found.values()) documentById.prime(doc.id, doc);
        return lookups.map((l) => found.get(l.text) ?? null);
      },
      { cacheKeyFn: (l) => l.text },
    ),
    documentProvince: idLoader<ProvinceRow | null>(graph, 'document.province', none),
    documentSections: idLoader<SectionRow[]>(graph, 'document.sections', list),
    documentCitations: idLoader<CitationRow[]>(graph, 'document.citations', list),
    documentCitedBy: idLoader<CitationRow[]>(graph, 'document.citedBy', list),
    documentTasks: pageLoader<TaskRow>(graph, 'document.tasks', 'Document.tasks'),
    documentIndicators: pageLoader<IndicatorRow>(graph, 'document.indicators', 'Document.indicators'),
    sectionById: idLoader<SectionRow | null>(graph, 'section.byIds', none),
    taskById: idLoader<TaskRow | null>(graph, 'task.byIds', none),
    taskLeadAgencies: idLoader<AgencyRow[]>(graph, 'task.leadAgencies', list),
    taskCoordinatingAgencies: idLoader<AgencyRow[]>(graph, 'task.coordinatingAgencies', list),
    taskCites: idLoader<DocumentRow[]>(graph, 'task.cites', list),
    taskSection: idLoader<SectionRow | null>(graph, 'task.section', none),
    taskSameAs: idLoader<TaskRow | null>(graph, 'task.sameAs', none),
    taskCounterparts: idLoader<TaskMatchRow[]>(graph, 'task.counterparts', list),
    taskLocalises: idLoader<TaskMatchRow[]>(graph, 'task.localises', list),
    taskDerivation: new DataLoader<DerivationKey, DerivationValue | null, string>(
      async (pairs) => {
        const key = (p: DerivationKey) => `${p.taskId}\u0000${p.sourceId}`;
        const rows = await graph.run('task.derivation', { pairs: pairs.map((p) => ({ ...p, key: key(p) })) });
        const found = new Map(rows.map((r) => [String(r.key), r.value as DerivationValue | null]));
        return pairs.map((p) => found.get(key(p)) ?? null);
      },
      { cacheKeyFn: (p) => `${p.taskId}\u0000${p.sourceId}` },
    ),
    agencyByKey: idLoader<AgencyRow | null>(graph, 'agency.byKeys', none),
    agencyProvince: idLoader<ProvinceRow | null>(graph, 'agency.province', none),
    agencyTasks: pageLoader<TaskRow>(graph, 'agency.tasks', 'Agency.tasks'),
    indicatorById: idLoader<IndicatorRow | null>(graph, 'indicator.byIds', none),
    indicatorReportedBy: idLoader<AgencyRow[]>(graph, 'indicator.reportedBy', list),
    provinceByKey: idLoader<ProvinceRow | null>(graph, 'province.byKeys', none),
    provinceDocuments: pageLoader<DocumentRow>(graph, 'province.documents', 'Province.documents'),
    provinceTasks: pageLoader<TaskRow>(graph, 'province.tasks', 'Province.tasks'),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
