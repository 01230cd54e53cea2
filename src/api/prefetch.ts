/**
 * Relations read with a page instead of after it. A page of tasks showing its documents, provinces, agencies
 * and derivations would otherwise cost the page query and then one batched loader query per relation, in a
 * second wave; here the page query reads what the operation selects under `nodes` / `edges.node`
 * (cypher/queries/_tasks.related.cypher) and each task of the page carries it (`TaskRow.prefetched`), so the
 * Task resolvers answer without a round trip; anything not prefetched still goes through its loader.
 *
 * Only what the selection reads is read: the page's tasks, documents and agencies carry the properties their
 * selected fields need (a field not in the tables below reads them all). This is safe because these rows are
 * the page's own: they are attached to its tasks, never primed into a loader another field could read.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { DerivationValue } from './loaders';
import { symbolLookup } from './lookup';
import type { AgencyRow, CitationRow, DocumentRow, ProvinceRow, SectionRow, TaskPrefetched, TaskRow } from './rows';
import { selectedArguments, selectedFields, selectedFieldsOn } from './selection';

export interface TaskPrefetch {
  [k: string]: unknown;
  document: boolean;
  province: boolean;
  lead: boolean;
  coordinators: boolean;
  section: boolean;
  /** `derivation(from:)` for the filter's own `derivesFrom` document. */
  derivation: boolean;
  /** Its chain's edges (`derivation { edges }`), read only when selected: each carries its provenance. */
  derivationEdges: boolean;
  /**
   * Properties of the page's documents (the tasks' own and their derivation chains') and agencies to read;
   * null: all (see _tasks.related).
   */
  documentFields: string[] | null;
  agencyFields: string[] | null;
}

const ITEM_PATHS = [['nodes'], ['edges', 'node']] as const;

/**
 * The properties of its row each field reads: a relation (through its loader) and the ids read the row's key
 * only, so a page showing an agency's name alone reads its name alone.
 */
type PropertyTable = Record<string, readonly string[]>;

/** The task properties (TaskRow) each Task field reads. */
const TASK_PROPERTIES: PropertyTable = {
  __typename: [],
  id: [],
  key: [],
  ordinal: ['ordinal'],
  text: ['text'],
  output: ['output'],
  source: ['source'],
  deadline: ['deadlineRaw', 'deadlineKind', 'deadlineStart', 'deadlineEnd', 'deadlineRecurrence', 'deadlineCondition'],
  provenance: ['section', 'text', 'startLine', 'endLine', 'startOffset', 'endOffset', 'page', 'box'],
  leadProvenance: ['leadFromHow', 'leadFromText', 'leadFromSpan', 'leadFromPage'],
  document: [],
  province: [],
  section: [],
  leadAgencies: [],
  coordinatingAgencies: [],
  cites: [],
  sameAs: [],
  derivation: [],
};

/** The document properties (DocumentRow) each Document field reads. */
const DOCUMENT_PROPERTIES: PropertyTable = {
  __typename: [],
  id: ['id', 'uid'],
  key: ['id'],
  symbol: ['symbol'],
  number: ['number'],
  kind: ['kind'],
  kindVi: ['kindVi'],
  issuer: ['issuer'],
  level: ['level'],
  issuedOn: ['issuedOn'],
  title: ['title'],
  signer: ['signer'],
  stub: ['stub'],
  missing: ['missing'],
  inferred: ['inferredFields', 'inferredHow'],
  sourcePath: ['sourcePath'],
  ingestedAt: ['ingestedAt'],
  province: ['id'],
  sections: ['id'],
  tasks: ['id'],
  indicators: ['id'],
  citations: ['id'],
  citedBy: ['id'],
  implements: ['id'],
  implementedBy: ['id'],
};

/** The agency properties (AgencyRow) each Agency field reads. */
const AGENCY_PROPERTIES: PropertyTable = {
  __typename: [],
  id: ['key'],
  key: ['key'],
  name: ['name'],
  aliases: ['aliases'],
  type: ['type'],
  isGroup: ['isGroup'],
  province: ['key'],
  tasks: ['key'],
};

/** The indicator properties (IndicatorRow) each Indicator field reads. */
const INDICATOR_PROPERTIES: PropertyTable = {
  __typename: [],
  id: [],
  key: [],
  ...Object.fromEntries(['ordinal', 'name', 'unit', 'target', 'value', 'valueMin', 'valueMax', 'comparator', 'period', 'group', 'agencyName'].map((p) => [p, [p]])),
  reportedBy: [],
  document: [],
  provenance: ['name', 'startLine', 'endLine', 'startOffset', 'endOffset', 'page', 'box'],
};

/** The fields selected at `path` below the page's items (nodes and edges.node), every occurrence. */
function itemFields(info: GraphQLResolveInfo, ...path: string[]): Set<string> {
  return new Set(ITEM_PATHS.flatMap((p) => [...selectedFields(info, [...p, ...path])]));
}

/** The properties `fields` read per `table`, always with `always`; null when a field is not in the table. */
function propertiesFor(fields: Iterable<string>, table: PropertyTable, always: readonly string[]): string[] | null {
  const properties = new Set(always);
  for (const f of fields) {
    const needs = table[f];
    if (!needs) return null;
    for (const p of needs) properties.add(p);
  }
  return [...properties];
}

/** The Document fields a derivation reads of its chain's documents: those selected, and what explanation names them by. */
function chainDocumentFields(info: GraphQLResolveInfo): string[] {
  const fields = [...itemFields(info, 'derivation', 'chain')];
  if (itemFields(info, 'derivation').has('explanation')) fields.push('id', 'symbol', 'kindVi', 'title');
  return fields;
}

/** What the operation selects on the tasks of the connection being resolved. */
export function taskPrefetch(info: GraphQLResolveInfo, derivesFrom: string | null | undefined, hasSource: boolean): TaskPrefetch {
  const fields = itemFields(info);
  const derivations = ITEM_PATHS.flatMap((p) => selectedArguments(info, p, 'derivation'));
  const sameSource = (from: unknown) => typeof from === 'string' && derivesFrom != null && symbolLookup(from).text === symbolLookup(derivesFrom).text;
  const derivation = hasSource && derivations.length > 0 && derivations.every((a) => sameSource(a.from));
  return {
    document: fields.has('document'),
    province: fields.has('province'),
    lead: fields.has('leadAgencies'),
    coordinators: fields.has('coordinatingAgencies'),
    section: fields.has('section'),
    derivation,
    derivationEdges: derivation && itemFields(info, 'derivation').has('edges'),
    documentFields: propertiesFor([...itemFields(info, 'document'), ...(derivation ? chainDocumentFields(info) : [])], DOCUMENT_PROPERTIES, []),
    agencyFields: propertiesFor([...itemFields(info, 'leadAgencies'), ...itemFields(info, 'coordinatingAgencies')], AGENCY_PROPERTIES, []),
  };
}

/** Nothing read with the page: every relation through its loader (pages of other things than tasks). */
export const NO_PREFETCH: TaskPrefetch = {
  document: false,
  province: false,
  lead: false,
  coordinators: false,
  section: false,
  derivation: false,
  derivationEdges: false,
  documentFields: null,
  agencyFields: null,
};

/** A nested page of tasks (Document.tasks, Province.tasks, Agency.tasks): its selection, no derivation source. */
export function nestedTaskPrefetch(info: GraphQLResolveInfo): TaskPrefetch | undefined {
  const p = taskPrefetch(info, null, false);
  return p.document || p.province || p.lead || p.coordinators || p.section ? p : undefined;
}

/** Read whatever is selected: the key, and the sort values a keyset cursor is made of. */
const TASK_ALWAYS = ['id', 'startOffset', 'deadlineStart', 'deadlineEnd'];

/** The task properties the page's items need, or null for all of them. */
export function taskItemProperties(info: GraphQLResolveInfo): string[] | null {
  return propertiesFor(itemFields(info), TASK_PROPERTIES, TASK_ALWAYS);
}

/** The properties search hits of each type read (see search.cypher), null for all of them. */
export interface SearchFields {
  [k: string]: unknown;
  taskFields: string[] | null;
  documentFields: string[] | null;
  agencyFields: string[] | null;
  indicatorFields: string[] | null;
}

/**
 * What a search's selection reads of each type of hit, so a hit carries its selected properties only (a task's
 * text, a document's symbol) instead of every property of every node found. The key is always read.
 */
export function searchFields(info: GraphQLResolveInfo): SearchFields {
  const on = (type: string) => selectedFieldsOn(info, ['node'], type);
  return {
    taskFields: propertiesFor(on('Task'), TASK_PROPERTIES, ['id']),
    documentFields: propertiesFor(on('Document'), DOCUMENT_PROPERTIES, ['id']),
    agencyFields: propertiesFor(on('Agency'), AGENCY_PROPERTIES, ['key']),
    indicatorFields: propertiesFor(on('Indicator'), INDICATOR_PROPERTIES, ['id']),
  };
}

/** Rows from a query: maps as they are, value lists (see _tasks.items, _tasks.related) zipped with `fields`. */
export function zipRows<T>(rows: unknown, fields: string[] | null): T[] {
  const list = (rows as unknown[] | undefined) ?? [];
  if (!fields) return list as T[];
  return list.map((values) => {
    const row: Record<string, unknown> = {};
    for (let i = 0; i < fields.length; i++) row[fields[i]] = (values as unknown[])[i] ?? null;
    return row as T;
  });
}

/** One task of `related`: its position in the page, lead and coordinating agencies, section, whether it cites the source. */
type RelatedTask = [index: number, lead: unknown[] | null, coordinators: unknown[] | null, section: SectionRow | null, cites: boolean | null];

/** One document of `related` (_tasks.related.cypher): value lists, whose positions are named here. */
type RelatedDocument = [
  id: string,
  /** Its selected properties (a value list per $prefetch.documentFields, or a map), when its tasks show it or derive. */
  document: unknown,
  province: [key: string, name: string] | null,
  chain: [ids: string[], documents: unknown[], edges: CitationRow[]] | null,
  tasks: RelatedTask[],
];

/** Attaches what the page query read (`related`, see _tasks.related.cypher) to the page's tasks. */
export function attachTaskRelations(tasks: TaskRow[], related: unknown, prefetch: TaskPrefetch, fromId: string | null): void {
  for (const [id, documentValues, provinceValues, chain, docTasks] of (related as RelatedDocument[] | undefined) ?? []) {
    const document = documentValues ? zipRows<DocumentRow>([documentValues], prefetch.documentFields)[0] : undefined;
    const province: ProvinceRow | null = provinceValues ? { key: provinceValues[0], name: provinceValues[1] } : null;
    for (const [index, lead, coordinators, section, cites] of docTasks) {
      const task = tasks[index];
      if (!task) continue;
      const p: TaskPrefetched = {};
      if (prefetch.document && document) p.document = document;
      if (prefetch.province) p.province = province;
      if (prefetch.lead) p.leadAgencies = zipRows<AgencyRow>(lead, prefetch.agencyFields);
      if (prefetch.coordinators) p.coordinatingAgencies = zipRows<AgencyRow>(coordinators, prefetch.agencyFields);
      if (prefetch.section) p.section = section ?? null;
      if (prefetch.derivation && fromId !== null) p.derivation = { sourceId: fromId, value: derivationOf(id, document, chain, cites === true, fromId, prefetch.documentFields) };
      task.prefetched = p;
    }
  }
}

/**
 * As task.derivation.cypher decides: a citation by the task, then its own document, then the chain; with the
 * chain's documents as read (the selected properties only: they are this derivation's, never primed into a
 * loader another field could read).
 */
function derivationOf(id: string, document: DocumentRow | undefined, chain: RelatedDocument[3], cites: boolean, fromId: string, fields: string[] | null): DerivationValue | null {
  if (cites) return { kind: 'CITATION', chain: [id], edges: [], documents: document ? [document] : [] };
  if (id === fromId) return { kind: 'OWN_DOCUMENT', chain: [id], edges: [], documents: document ? [document] : [] };
  if (chain) return { kind: 'IMPLEMENTATION_CHAIN', chain: chain[0], edges: chain[2], documents: zipRows<DocumentRow>(chain[1], fields) };
  return null;
}
