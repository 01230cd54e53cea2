/** Root fields: validate arguments (zod), resolve names to keys, run one named query or loader, shape. */
import type { QueryResolvers } from '../generated/graphql';
import type { ApiContext } from '../context';
import type { SymbolLookup } from '../loaders';
import { badInput } from '../errors';
import { documentKeyOf, isDocumentLevel, taskQueryParams, textParam } from '../filters';
import { documentIdOf, fromGlobalId, fromKeysetCursor, toKeysetCursor, type NodeType, type TaskKey } from '../ids';
import { foldKey, provinceKey, symbolLookup } from '../lookup';
import type { AgencyRow, CitationRow, DocumentRow, LineageNodeRow, IndicatorRow, NodeRow, ProvinceRow, SearchHitRow, SearchNodeRow, TaskCountsRow, TaskRow } from '../rows';
import {
  AgencyFilterSchema,
  DepthSchema,
  YearSchema,
  DocumentFilterSchema,
  IndicatorFilterSchema,
  firstArg,
  pageArgs,
  parseArg,
  SearchTextSchema,
  SymbolSchema,
  TaskFilterSchema,
} from '../validate';
import { selectsOnly } from '../selection';
import { attachTaskRelations, searchFields, taskItemProperties, taskPrefetch, zipRows, type SearchFields } from '../prefetch';
import { emptyPage, pageOf } from './connection';

/** A task's place in `order`, as tasks.page sorts (undated tasks last either way). */
function taskKey(order: string, t: TaskRow): TaskKey {
  const due = t.deadlineEnd ?? t.deadlineStart ?? null;
  const s = order === 'DEADLINE_ASC' ? (due ?? '9999-12-31') : order === 'DEADLINE_DESC' ? (due ?? '0001-01-01') : '';
  return { order, s, d: documentIdOf(t.id), o: t.startOffset ?? 2147483647, t: t.id };
}

/** Fields of a lineage drawing: answered from ids, label fields and relation types alone. */
const LINEAGE_DRAWING_NODE = ['id', 'label', 'distance', 'stub', '__typename'];
const LINEAGE_DRAWING_EDGE = ['id', 'relation', 'source', 'target', 'from', 'to', '__typename'];

async function loadNode(ctx: ApiContext, type: NodeType, key: string): Promise<NodeRow | null> {
  const l = ctx.loaders;
  const tag = <T extends object, N extends NodeRow['__typename']>(row: T | null, __typename: N) => (row ? ({ ...row, __typename } as unknown as NodeRow) : null);
  switch (type) {
    case 'Document':
      return tag(await l.documentByGlobalKey.load(key), 'Document');
    case 'Task':
      return tag(await l.taskById.load(key), 'Task');
    case 'Agency':
      return tag(await l.agencyByKey.load(key), 'Agency');
    case 'Province':
      return tag(await l.provinceByKey.load(key), 'Province');
    case 'Indicator':
      return tag(await l.indicatorById.load(key), 'Indicator');
    case 'Section':
      return tag(await l.sectionById.load(key), 'Section');
  }
}

/** The property list (search.cypher) a hit of each type was read with. */
const FIELDS_OF: Record<SearchNodeRow['__typename'], (f: SearchFields) => string[] | null> = {
  Task: (f) => f.taskFields,
  Document: (f) => f.documentFields,
  Agency: (f) => f.agencyFields,
  Indicator: (f) => f.indicatorFields,
};

const ALL_RELATIONS = ['IMPLEMENTS', 'BASED_ON', 'CITES', 'REPLACES', 'AMENDS'];

export const Query: QueryResolvers = {
  node: (_p, { id }, ctx) => {
    const { type, key } = fromGlobalId(id, 'id');
    return loadNode(ctx, type, key);
  },

  nodes: (_p, { ids }, ctx) => {
    if (ids.length > ctx.maxPageSize) throw badInput('ids', `must list at most ${ctx.maxPageSize} ids (MAX_PAGE_SIZE)`);
    const decoded = ids.map((id, i) => fromGlobalId(id, `ids.${i}`));
    return Promise.all(decoded.map(({ type, key }) => loadNode(ctx, type, key)));
  },

  document: async (_p, args, ctx) => {
    if ((args.symbol == null) === (args.id == null)) throw badInput('symbol', 'give exactly one of "symbol" or "id"');
    if (args.id != null) {
      const { type, key } = fromGlobalId(args.id, 'id');
      if (type !== 'Document') throw badInput('id', `is the id of a ${type}, not a Document`);
      return ctx.loaders.documentByGlobalKey.load(key);
    }
    const symbol = parseArg(SymbolSchema, args.symbol, 'symbol');
    const year = args.year == null ? null : parseArg(YearSchema, args.year, 'year');
    return ctx.loaders.documentBySymbol.load(symbolLookup(symbol, year));
  },

  documents: async (_p, args, ctx) => {
    const filter = parseArg(DocumentFilterSchema, args.filter, 'filter') ?? {};
    const order = args.orderBy ?? 'SYMBOL';
    const list = `documents:${order}`;
    const { after, limit } = pageArgs(args, ctx.maxPageSize, list);
    const implementsId = filter.implements ? await documentKeyOf(ctx, filter.implements) : null;
    if (filter.implements && !implementsId) return emptyPage<DocumentRow>();
    const symbolKey = filter.symbol ? symbolLookup(filter.symbol).symbolKey : null;
    if (filter.symbol && !symbolKey) throw badInput('filter.symbol', 'names no full document symbol such as "18-NQ/TW"');
    const [row] = await ctx.graph.run('documents.page', {
      symbolKey,
      kind: filter.kind ?? null,
      level: filter.level ?? null,
      provinceKey: filter.province ? provinceKey(filter.province) : null,
      stub: filter.stub ?? null,
      issuedFrom: filter.issuedFrom ?? null,
      issuedTo: filter.issuedTo ?? null,
      implementsId,
      text: textParam(filter.text, 'filter.text'),
      order,
      after,
      limit,
    });
    return pageOf<DocumentRow>(row, list);
  },

  tasks: async (_p, args, ctx, info) => {
    const filter = parseArg(TaskFilterSchema, args.filter, 'filter');
    const order = args.orderBy ?? 'DOCUMENT_ORDER';
    const limit = firstArg(args, ctx.maxPageSize);
    const after = args.after == null ? null : fromKeysetCursor(args.after, order);
    const params = await taskQueryParams(ctx, filter);
    const byDocument = order === 'DOCUMENT_ORDER' && isDocumentLevel(params);
    const prefetch = taskPrefetch(info, filter?.derivesFrom, params.from !== null);
    const fields = taskItemProperties(info);
    const [row] = await ctx.graph.run(byDocument ? 'tasks.page.byDocument' : 'tasks.page', { ...params, order, after, limit, prefetch, fields });
    if (!row) return emptyPage<TaskRow>();
    // The documents the filter named, as documentBySymbol would have found them (derivation(from:) asks again).
    const source = row.source as DocumentRow | null;
    const named = row.named as DocumentRow | null;
    if (params.from && source) primeDocument(ctx, params.from, source);
    if (params.document && named) primeDocument(ctx, params.document, named);
    const items = zipRows<TaskRow>(row.items, fields);
    attachTaskRelations(items, row.related, prefetch, source?.id ?? null);
    return { ...pageOf<TaskRow>(row), items, cursorOf: (t) => toKeysetCursor(taskKey(order, t)) };
  },

  taskCounts: async (_p, args, ctx) => {
    const filter = parseArg(TaskFilterSchema, args.filter, 'filter');
    const params = await taskQueryParams(ctx, filter);
    const empty: TaskCountsRow = { groupBy: args.groupBy, total: 0, groups: [] };
    const byDocument = args.groupBy === 'PROVINCE' && isDocumentLevel(params);
    const [row] = await ctx.graph.run(byDocument ? 'tasks.counts.byDocument' : 'tasks.counts', { ...params, groupBy: args.groupBy });
    if (!row) return empty;
    return { groupBy: args.groupBy, total: Number(row.total), groups: row.groups as TaskCountsRow['groups'] };
  },

  agencies: async (_p, args, ctx) => {
    const filter = parseArg(AgencyFilterSchema, args.filter, 'filter') ?? {};
    const { after, limit } = pageArgs(args, ctx.maxPageSize, 'agencies');
    const province = filter.province ? (foldKey(filter.province) === 'central' ? 'central' : provinceKey(filter.province)) : null;
    const [row] = await ctx.graph.run('agencies.page', {
      nameKey: filter.name ? foldKey(filter.name) : null,
      nameRaw: filter.name ?? null,
      provinceKey: province,
      type: filter.type ?? null,
      after,
      limit,
    });
    return pageOf<AgencyRow>(row, 'agencies');
  },

  agency: async (_p, args, ctx) => {
    const name = parseArg(SymbolSchema, args.name, 'name');
    const province = args.province == null ? null : provinceKey(parseArg(SymbolSchema, args.province, 'province'));
    const [row] = await ctx.graph.run('agency.byName', { raw: name, nameKey: foldKey(name), provinceKey: province });
    return (row?.value as AgencyRow | undefined) ?? null;
  },

  indicators: async (_p, args, ctx) => {
    const filter = parseArg(IndicatorFilterSchema, args.filter, 'filter') ?? {};
    const { after, limit } = pageArgs(args, ctx.maxPageSize, 'indicators');
    const documentId = filter.documentSymbol ? await documentKeyOf(ctx, filter.documentSymbol) : null;
    if (filter.documentSymbol && !documentId) return emptyPage<IndicatorRow>();
    const [row] = await ctx.graph.run('indicators.page', {
      documentId,
      provinceKey: filter.province ? provinceKey(filter.province) : null,
      agencyKey: filter.agency ? foldKey(filter.agency) : null,
      agencyLower: filter.agency ? filter.agency.toLowerCase() : null,
      text: textParam(filter.text, 'filter.text'),
      after,
      limit,
    });
    return pageOf<IndicatorRow>(row, 'indicators');
  },

  provinces: async (_p, args, ctx) => {
    const { after, limit } = pageArgs(args, ctx.maxPageSize, 'provinces', 100);
    const [row] = await ctx.graph.run('provinces.page', { after, limit });
    return pageOf<ProvinceRow>(row, 'provinces');
  },

  province: (_p, args, ctx) => ctx.loaders.provinceByKey.load(provinceKey(parseArg(SymbolSchema, args.name, 'name'))),

  lineage: async (_p, args, ctx, info) => {
    const symbol = parseArg(SymbolSchema, args.symbol, 'symbol');
    const depth = parseArg(DepthSchema, args.depth ?? 3, 'depth');
    const direction = args.direction ?? 'DOWN';
    const relations = args.relations?.length ? [...new Set(args.relations)] : ALL_RELATIONS;
    const year = args.year == null ? null : parseArg(YearSchema, args.year, 'year');
    const lookup = symbolLookup(symbol, year);
    // A drawing (ids, labels, relations) needs neither the documents' other properties nor the edges' text.
    const full = !selectsOnly(info, ['nodes'], LINEAGE_DRAWING_NODE) || !selectsOnly(info, ['edges'], LINEAGE_DRAWING_EDGE);
    // The root is looked up in the lineage query itself: one round trip.
    const [row] = await ctx.graph.run('lineage', { root: lookup, direction, depth, relations, full });
    if (!row) return null;
    const root = row.root as DocumentRow;
    primeDocument(ctx, lookup, root);
    const nodes = (row.nodes as unknown[]).map((n) => (full ? (n as LineageNodeRow) : drawingNode(n as unknown[])));
    const edges = (row.edges as unknown[]).map((e) => (full ? (e as CitationRow) : drawingEdge(e as unknown[])));
    return { root, direction, depth, nodes: [{ document: root, distance: 0 }, ...nodes.filter((n) => n.document.id !== root.id)], edges };
  },

  search: async (_p, args, ctx, info) => {
    const text = textParam(parseArg(SearchTextSchema, args.text, 'text'), 'text') as string;
    const limit = firstArg(args, ctx.maxPageSize);
    const fields = searchFields(info);
    const [row] = await ctx.graph.run('search', { text, limit, prefetch: fields });
    const l = ctx.loaders;
    const hits = ((row?.hits as [number, SearchNodeRow['__typename'], string, unknown][] | undefined) ?? []).map(([score, kind, key, found]): SearchHitRow | null => {
      if (!found) return null;
      const read = FIELDS_OF[kind](fields);
      // A hit read whole is primed, so fields below it (a task's document…) batch as usual; one read in part
      // is this hit's alone, never a loader's, which another field could read expecting every property.
      const value = zipRows<object>([found], read)[0];
      if (!read) {
        if (kind === 'Document') l.documentById.prime(key, value as DocumentRow);
        else if (kind === 'Task') l.taskById.prime(key, value as TaskRow);
        else if (kind === 'Agency') l.agencyByKey.prime(key, value as AgencyRow);
        else l.indicatorById.prime(key, value as IndicatorRow);
      }
      return { score: Number(score), kind, node: tagged(value, kind) as SearchNodeRow };
    });
    return hits.filter((h): h is SearchHitRow => h !== null);
  },
};

/** A lineage node as the drawing query sends it: [distance, id, symbol, kindVi, title, province, issuer, stub, uid]. */
function drawingNode([distance, id, symbol, kindVi, title, province, issuer, stub, uid]: unknown[]): LineageNodeRow {
  const document = { id, symbol, kindVi, title, province, issuer, stub, uid } as DocumentRow;
  return { document, distance: distance as number };
}

/** A lineage edge as the drawing query sends it: [relation, fromId, toId, fromUid, toUid]. */
function drawingEdge([relation, fromId, toId, fromUid, toUid]: unknown[]): CitationRow {
  return { relation, fromId, toId, fromUid, toUid } as CitationRow;
}

function primeDocument(ctx: ApiContext, lookup: SymbolLookup, doc: DocumentRow): void {
  ctx.loaders.documentBySymbol.prime(lookup, doc);
  ctx.loaders.documentById.prime(doc.id, doc);
}

function tagged<T extends object>(row: T | null, __typename: SearchNodeRow['__typename']): SearchNodeRow | null {
  return row ? ({ ...row, __typename } as unknown as SearchNodeRow) : null;
}
