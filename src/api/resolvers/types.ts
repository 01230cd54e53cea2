/**
 * Object fields. Every relationship goes through a per-request DataLoader (see ../loaders.ts), so sibling
 * objects on a page share one round trip per relationship; a task of a page may carry its relations already
 * (read with its page, ../prefetch.ts), the nested pages of tasks too.
 */
import type { Resolvers } from '../generated/graphql';
import { documentIdOf, toGlobalId } from '../ids';
import { symbolLookup } from '../lookup';
import { nestedTaskPrefetch } from '../prefetch';
import type { CitationRow, DocumentRow, SectionRow, SourceSpanRow, SpanRow } from '../rows';
import { pageArgs, parseArg, SymbolSchema } from '../validate';
import { connectionResolvers } from './connection';

function span(row: SpanRow): SourceSpanRow | null {
  if (row.startLine == null || row.endLine == null || row.startOffset == null || row.endOffset == null) return null;
  const [x, y, width, height] = row.box ?? [];
  const box = row.box?.length === 4 ? { x, y, width, height } : null;
  return { startLine: row.startLine, endLine: row.endLine, startOffset: row.startOffset, endOffset: row.endOffset, page: row.page ?? null, box };
}

const sectionId = (documentId: string, path: string) => `${documentId}#s:${path}`;

/** A short drawing label: the symbol, else kind + province/issuer + the start of the title. */
function label(d: DocumentRow): string {
  if (d.symbol) return d.symbol;
  // A law or charter cited by name (src/graph/named-references.ts): its name is its label.
  if (d.stub && d.title && d.id.startsWith('name:')) return d.title;
  const title = d.title && d.title.length > 60 ? `${d.title.slice(0, 57)}…` : d.title;
  const where = d.province ?? d.issuer;
  return [d.kindVi ?? 'Văn bản', where ? `(${where})` : null, title].filter(Boolean).join(' ') || d.id;
}

function name(d: DocumentRow | null | undefined): string {
  if (!d) return 'an unknown document';
  return d.symbol ? `${d.kindVi ?? 'document'} ${d.symbol}` : `${d.kindVi ?? 'document'} "${d.title ?? d.id}"`;
}

function byRelation(rows: CitationRow[], relation: string | null | undefined): CitationRow[] {
  return relation ? rows.filter((r) => r.relation === relation) : rows;
}

type TypeResolvers = Omit<Resolvers, 'Query'>;

/** `derivation(from:)` checked once per request and text: a page's 100 tasks all ask it with the same one. */
const checkedFrom = new WeakMap<object, Map<string, string>>();

function fromArg(ctx: object, from: string): string {
  let checked = checkedFrom.get(ctx);
  if (!checked) checkedFrom.set(ctx, (checked = new Map()));
  let value = checked.get(from);
  if (value === undefined) checked.set(from, (value = parseArg(SymbolSchema, from, 'from')));
  return value;
}

export const types: TypeResolvers = {
  Node: {
    __resolveType: (obj) => (obj as { __typename?: string }).__typename as never,
  },
  SearchResult: {
    __resolveType: (obj) => (obj as { __typename?: string }).__typename as never,
  },

  Document: {
    id: (d) => toGlobalId('Document', d.uid ?? d.id),
    key: (d) => d.id,
    kind: (d) => (d.kind as never) ?? null,
    stub: (d) => Boolean(d.stub),
    missing: (d) => d.missing ?? [],
    inferred: (d) => (d.inferredFields ?? []).map((field, i) => ({ field, how: d.inferredHow?.[i] ?? '' })),
    province: (d, _a, ctx) => ctx.loaders.documentProvince.load(d.id),
    sections: (d, _a, ctx) => ctx.loaders.documentSections.load(d.id).then((ss) => ss.map((s) => ({ ...s, documentId: d.id }))),
    tasks: (d, args, ctx, info) => ctx.loaders.documentTasks.load({ id: d.id, ...pageArgs(args, ctx.maxPageSize, 'Document.tasks'), prefetch: nestedTaskPrefetch(info) }),
    indicators: (d, args, ctx) => ctx.loaders.documentIndicators.load({ id: d.id, ...pageArgs(args, ctx.maxPageSize, 'Document.indicators') }),
    citations: async (d, args, ctx) => byRelation(await ctx.loaders.documentCitations.load(d.id), args.relation),
    citedBy: async (d, args, ctx) => byRelation(await ctx.loaders.documentCitedBy.load(d.id), args.relation),
    implements: async (d, _a, ctx) => {
      const edges = byRelation(await ctx.loaders.documentCitations.load(d.id), 'IMPLEMENTS');
      return (await ctx.loaders.documentById.loadMany(edges.map((e) => e.toId))).filter((x): x is DocumentRow => !!x && !(x instanceof Error));
    },
    implementedBy: async (d, _a, ctx) => {
      const edges = byRelation(await ctx.loaders.documentCitedBy.load(d.id), 'IMPLEMENTS');
      return (await ctx.loaders.documentById.loadMany(edges.map((e) => e.fromId))).filter((x): x is DocumentRow => !!x && !(x instanceof Error));
    },
  },

  Section: {
    id: (s) => toGlobalId('Section', s.id),
    document: async (s, _a, ctx) => (await ctx.loaders.documentById.load(s.documentId ?? s.id.split('#s:')[0]))!,
    span: (s) => span(s),
  },

  Citation: {
    id: (c) => `${toGlobalId('Document', c.fromUid ?? c.fromId)}->${toGlobalId('Document', c.toUid ?? c.toId)}:${c.relation}`,
    source: (c) => toGlobalId('Document', c.fromUid ?? c.fromId),
    target: (c) => toGlobalId('Document', c.toUid ?? c.toId),
    ambiguous: (c) => Boolean(c.ambiguous),
    from: async (c, _a, ctx) => (await ctx.loaders.documentById.load(c.fromId))!,
    to: async (c, _a, ctx) => (await ctx.loaders.documentById.load(c.toId))!,
    provenance: (c) => ({ documentId: c.fromId, sectionPath: c.section ?? null, span: span(c), text: c.raw ?? null }),
  },

  Provenance: {
    document: async (p, _a, ctx) => (await ctx.loaders.documentById.load(p.documentId))!,
    section: async (p, _a, ctx) => {
      if (!p.sectionPath) return null;
      const s = await ctx.loaders.sectionById.load(sectionId(p.documentId, p.sectionPath));
      return s ? { ...s, documentId: p.documentId } : null;
    },
    sourcePath: async (p, _a, ctx) => (await ctx.loaders.documentById.load(p.documentId))?.sourcePath ?? null,
  },

  Task: {
    id: (t) => toGlobalId('Task', t.id),
    key: (t) => t.id,
    deadline: (t) =>
      t.deadlineKind || t.deadlineRaw
        ? {
            raw: t.deadlineRaw,
            kind: (t.deadlineKind ?? 'UNSPECIFIED') as never,
            start: t.deadlineStart,
            end: t.deadlineEnd,
            recurrence: t.deadlineRecurrence,
            condition: t.deadlineCondition,
          }
        : null,
    // A task of a page may carry these already (src/api/prefetch.ts); else its loader reads them. Answered
    // synchronously when carried, so a page whose relations were all read with it completes without a
    // promise per field.
    document: (t, _a, ctx) => t.prefetched?.document ?? ctx.loaders.documentById.load(documentIdOf(t.id)).then((d) => d!),
    province: (t, _a, ctx) => (t.prefetched?.province !== undefined ? t.prefetched.province : ctx.loaders.documentProvince.load(documentIdOf(t.id))),
    section: (t, _a, ctx) => {
      const inDocument = (s: SectionRow | null) => (s ? { ...s, documentId: documentIdOf(t.id) } : null);
      return t.prefetched?.section !== undefined ? inDocument(t.prefetched.section) : ctx.loaders.taskSection.load(t.id).then(inDocument);
    },
    leadAgencies: (t, _a, ctx) => t.prefetched?.leadAgencies ?? ctx.loaders.taskLeadAgencies.load(t.id),
    coordinatingAgencies: (t, _a, ctx) => t.prefetched?.coordinatingAgencies ?? ctx.loaders.taskCoordinatingAgencies.load(t.id),
    cites: (t, _a, ctx) => ctx.loaders.taskCites.load(t.id),
    sameAs: (t, _a, ctx) => ctx.loaders.taskSameAs.load(t.id),
    provenance: (t) => ({ documentId: documentIdOf(t.id), sectionPath: t.section, span: span(t), text: t.text }),
    leadProvenance: (t) => {
      if (!t.leadFromHow || !t.leadFromText) return null;
      const [startLine, endLine, startOffset, endOffset] = t.leadFromSpan ?? [];
      return { how: t.leadFromHow, text: t.leadFromText, span: span({ startLine, endLine, startOffset, endOffset, page: t.leadFromPage }) };
    },
    derivation: (t, args, ctx) => {
      const from = fromArg(ctx, args.from);
      // Read with the page only when every derivation it selects is from the filter's own source (prefetch.ts).
      const read = t.prefetched?.derivation;
      if (read) return read.value ? { ...read.value, sourceId: read.sourceId } : null;
      return ctx.loaders.documentBySymbol.load(symbolLookup(from)).then(async (source) => {
        if (!source) return null;
        const d = await ctx.loaders.taskDerivation.load({ taskId: t.id, sourceId: source.id });
        return d ? { kind: d.kind, sourceId: source.id, chain: d.chain, edges: d.edges } : null;
      });
    },
  },

  Derivation: {
    source: async (d, _a, ctx) => (await ctx.loaders.documentById.load(d.sourceId))!,
    chain: (d, _a, ctx) => d.documents ?? ctx.loaders.documentById.loadMany(d.chain).then((docs) => docs.filter((x): x is DocumentRow => !!x && !(x instanceof Error))),
    hops: (d) => (d.kind === 'IMPLEMENTATION_CHAIN' ? d.chain.length - 1 : 0),
    explanation: async (d, _a, ctx) => {
      const docs = d.documents ?? (await ctx.loaders.documentById.loadMany(d.chain));
      const chain = docs.map((x) => (x && !(x instanceof Error) ? x : null));
      const source = await ctx.loaders.documentById.load(d.sourceId);
      if (d.kind === 'CITATION') return `The task cites ${name(source)} directly (trích dẫn trực tiếp); it belongs to ${name(chain[0])}.`;
      if (d.kind === 'OWN_DOCUMENT') return `The task is assigned by ${name(source)} itself.`;
      const steps = chain.map(name);
      return `The task belongs to ${steps[0]}, ${steps
        .slice(1)
        .map((s) => `which implements ${s}`)
        .join(', ')} (chuỗi triển khai, ${chain.length - 1} step${chain.length === 2 ? '' : 's'}).`;
    },
  },

  Agency: {
    id: (a) => toGlobalId('Agency', a.key),
    aliases: (a) => a.aliases ?? [],
    isGroup: (a) => Boolean(a.isGroup),
    province: (a, _a, ctx) => ctx.loaders.agencyProvince.load(a.key),
    tasks: (a, args, ctx, info) => ctx.loaders.agencyTasks.load({ id: a.key, role: args.role ?? 'ANY', ...pageArgs(args, ctx.maxPageSize, 'Agency.tasks'), prefetch: nestedTaskPrefetch(info) }),
  },

  Province: {
    id: (p) => toGlobalId('Province', p.key),
    documents: (p, args, ctx) => ctx.loaders.provinceDocuments.load({ id: p.key, ...pageArgs(args, ctx.maxPageSize, 'Province.documents') }),
    tasks: (p, args, ctx, info) => ctx.loaders.provinceTasks.load({ id: p.key, ...pageArgs(args, ctx.maxPageSize, 'Province.tasks'), prefetch: nestedTaskPrefetch(info) }),
  },

  Indicator: {
    id: (i) => toGlobalId('Indicator', i.id),
    key: (i) => i.id,
    reportedBy: (i, _a, ctx) => ctx.loaders.indicatorReportedBy.load(i.id),
    document: async (i, _a, ctx) => (await ctx.loaders.documentById.load(documentIdOf(i.id)))!,
    provenance: (i) => ({ documentId: documentIdOf(i.id), sectionPath: null, span: span(i), text: i.name }),
  },

  Lineage: {},
  LineageNode: {
    id: (n) => toGlobalId('Document', n.document.uid ?? n.document.id),
    label: (n) => label(n.document),
    stub: (n) => Boolean(n.document.stub),
  },

  DocumentConnection: connectionResolvers(),
  TaskConnection: connectionResolvers(),
  AgencyConnection: connectionResolvers(),
  IndicatorConnection: connectionResolvers(),
  ProvinceConnection: connectionResolvers(),
};
