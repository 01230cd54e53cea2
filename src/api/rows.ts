/**
 * What the named queries return, and what resolvers receive as parents (codegen maps the GraphQL types to
 * these). Dates arrive as ISO strings (the queries call `toString()`), so rows are plain JSON.
 */
import type { ListKey } from './ids';

export interface SpanRow {
  startLine?: number | null;
  endLine?: number | null;
  startOffset?: number | null;
  endOffset?: number | null;
  page?: number | null;
  /** [x, y, width, height] in pixels of the OCR'd page image. */
  box?: number[] | null;
}

export interface DocumentRow {
  id: string;
  /** The key a renamed document keeps for its global id (src/graph/identity.ts); absent when it is its id. */
  uid?: string | null;
  symbol: string | null;
  number: string | null;
  kind: string | null;
  kindVi: string | null;
  issuer: string | null;
  level: string | null;
  province: string | null;
  issuedOn: string | null;
  title: string | null;
  signer: string | null;
  missing: string[] | null;
  inferredFields?: string[] | null;
  inferredHow?: string[] | null;
  stub: boolean;
  sourcePath: string | null;
  ingestedAt: string | null;
}

export interface SectionRow extends SpanRow {
  id: string;
  path: string;
  number: string | null;
  heading: string | null;
  depth: number | null;
  documentId?: string;
}

export interface TaskRow extends SpanRow {
  id: string;
  ordinal: string | null;
  text: string;
  output: string | null;
  section: string | null;
  source: string | null;
  deadlineRaw: string | null;
  deadlineKind: string | null;
  deadlineStart: string | null;
  deadlineEnd: string | null;
  deadlineRecurrence: string | null;
  deadlineCondition: string | null;
  /** Where the lead was read when the text does not name it (write.ts); absent or null: in the text. */
  leadFromHow?: string | null;
  leadFromText?: string | null;
  /** [startLine, endLine, startOffset, endOffset]. */
  leadFromSpan?: number[] | null;
  leadFromPage?: number | null;
  /** Relations read with the task's page (src/api/prefetch.ts); undefined: ask the loaders. */
  prefetched?: TaskPrefetched;
}

/** What a page of tasks read for one task besides its own properties; a key absent: not read. */
export interface TaskPrefetched {
  document?: DocumentRow;
  province?: ProvinceRow | null;
  leadAgencies?: AgencyRow[];
  coordinatingAgencies?: AgencyRow[];
  section?: SectionRow | null;
  /** The task's derivation from `sourceId` (null: it does not derive from it). */
  derivation?: { sourceId: string; value: Omit<DerivationRow, 'sourceId'> | null };
}

export interface AgencyRow {
  key: string;
  name: string;
  aliases: string[] | null;
  type: string | null;
  isGroup: boolean;
  province: string | null;
}

export interface ProvinceRow {
  key: string;
  name: string;
}

export interface IndicatorRow extends SpanRow {
  id: string;
  ordinal: string | null;
  name: string;
  unit: string | null;
  target: string | null;
  value: number | null;
  valueMin: number | null;
  valueMax: number | null;
  comparator: string | null;
  period: string | null;
  group: string | null;
  agencyName: string | null;
}

/** A Document→Document edge (IMPLEMENTS, BASED_ON, CITES, REPLACES, AMENDS). */
export interface CitationRow extends SpanRow {
  relation: 'IMPLEMENTS' | 'BASED_ON' | 'CITES' | 'REPLACES' | 'AMENDS';
  fromId: string;
  toId: string;
  /** The ends' global keys where a renamed document keeps another (DocumentRow.uid). */
  fromUid?: string | null;
  toUid?: string | null;
  raw: string | null;
  section: string | null;
  count: number | null;
  ambiguous?: boolean;
}

/** Provenance of a fact: resolved lazily (document and section through loaders). */
/** A span as the API serves it (SourceSpan): the stored box array as an object. */
export interface SourceSpanRow {
  startLine: number;
  endLine: number;
  startOffset: number;
  endOffset: number;
  page: number | null;
  box: { x: number; y: number; width: number; height: number } | null;
}

export interface ProvenanceRow {
  documentId: string;
  sectionPath: string | null;
  span: SourceSpanRow | null;
  text: string | null;
}

/** One page of a connection: the items at [offset, offset + items.length) of `total`. */
export interface PageRow<T> {
  total: number;
  offset: number;
  items: T[];
  /** An item's keyset cursor (tasks, from its sort key). */
  cursorOf?: (item: T) => string;
  /** Or the items' sort keys in `list` (every other list; see toListCursor). */
  keys?: ListKey[];
  list?: string;
}

export type DocumentPage = PageRow<DocumentRow>;
export type TaskPage = PageRow<TaskRow>;
export type AgencyPage = PageRow<AgencyRow>;
export type IndicatorPage = PageRow<IndicatorRow>;
export type ProvincePage = PageRow<ProvinceRow>;

export interface DerivationRow {
  kind: 'CITATION' | 'OWN_DOCUMENT' | 'IMPLEMENTATION_CHAIN';
  sourceId: string;
  chain: string[];
  edges: CitationRow[];
  /** The chain's documents when a page of tasks read them with the page (the selected properties only). */
  documents?: DocumentRow[];
}

export interface LineageRow {
  root: DocumentRow;
  direction: 'UP' | 'DOWN' | 'BOTH';
  depth: number;
  nodes: { document: DocumentRow; distance: number }[];
  edges: CitationRow[];
}

export interface LineageNodeRow {
  document: DocumentRow;
  distance: number;
}

export interface TaskCountsRow {
  groupBy: 'PROVINCE' | 'LEAD_AGENCY' | 'DEADLINE_YEAR' | 'DEADLINE_KIND';
  total: number;
  groups: { key: string | null; label: string | null; count: number }[];
}

export type SearchNodeRow =
  | (DocumentRow & { __typename: 'Document' })
  | (TaskRow & { __typename: 'Task' })
  | (AgencyRow & { __typename: 'Agency' })
  | (IndicatorRow & { __typename: 'Indicator' });

export interface SearchHitRow {
  score: number;
  kind: string;
  node: SearchNodeRow;
}

/** Parents of `Node` resolution carry their type. */
export type NodeRow =
  | (DocumentRow & { __typename: 'Document' })
  | (TaskRow & { __typename: 'Task' })
  | (AgencyRow & { __typename: 'Agency' })
  | (ProvinceRow & { __typename: 'Province' })
  | (IndicatorRow & { __typename: 'Indicator' })
  | (SectionRow & { __typename: 'Section' });

/** A stored task link (COUNTERPART_OF, LOCALISES, or a shared central task): the other task's id. */
export interface TaskMatchRow {
  id: string;
  score: number;
  basis: string[];
}

/** coverage(of:) before its objects are loaded: ids, resolved by loaders field by field. */
export interface CoverageResultRow {
  documentId: string;
  programme: string | null;
  provinces: string[];
  plans: string[];
  rows: CoverageLineRow[];
  localTasks: ProvinceTasksRow[];
}

export interface CoverageLineRow {
  centralTaskId: string | null;
  labelTaskId: string;
  taskIds: string[];
  provinces: string[];
  missingProvinces: string[];
}

export interface ProvinceTasksRow {
  province: string;
  taskIds: string[];
}
