/**
 * Writes one Extraction as one transaction (docs/graph-model.md). Re-writing the same source (same sha256)
 * changes nothing; a new version replaces what the document owned; an invalid extraction writes nothing.
 */
import crypto from 'node:crypto';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { Citation, Extraction, Span } from '../ingest/model';
import { foldDiacritics, slugify } from '../ingest/text';
import { symbolKey } from '../ingest/symbols';
import { validateExtraction } from '../ingest/validate';
import { cypher } from './cypher';
import { type Identity, resolveIdentity } from './identity';
import { namedReference } from './named-references';

export interface WriteResult {
  documentId: string;
  status: 'created' | 'updated' | 'unchanged';
  counts: { sections: number; tasks: number; agencies: number; indicators: number; citations: number };
}

const RELATION_STRENGTH: Record<Citation['relation'], number> = { REPLACES: 5, AMENDS: 4, IMPLEMENTS: 3, BASED_ON: 2, CITES: 1 };

function spanProps(span: Span | null | undefined) {
  if (!span) return {};
  // A paged source's page, and an OCR'd line's box as [x, y, width, height] (Neo4j has no map properties).
  const box = span.box ? [span.box.x, span.box.y, span.box.width, span.box.height] : null;
  return { startLine: span.startLine, endLine: span.endLine, startOffset: span.startOffset, endOffset: span.endOffset, page: span.page ?? null, box };
}

/** Properties a stub document gets from the first citation that names it (`id`: the resolved identity). */
function stubTarget(symbol: string, c?: Pick<Citation, 'kind' | 'issuer' | 'issuedOn'>, id = symbol) {
  return {
    id,
    issuedOn: c?.issuedOn ?? null,
    props: { symbol, symbolKey: symbolKey(symbol), number: symbol.split(/[-/]/)[0], kind: c?.kind ?? null, issuer: c?.issuer ?? null, searchText: symbol },
  };
}

/**
 * The edges of one target's mentions, one rule whether the target is named by symbol or by name: one edge per
 * relation the text states (each a fact with its own provenance: "Căn cứ Luật Đất đai …" is BASED_ON and "triển
 * khai thi hành Luật Đất đai" IMPLEMENTS, and lineage(relations: [BASED_ON]) must still find the plan), CITES
 * dropped where a stronger relation already joins the pair (a mention says nothing a basis does not), so a lineage
 * drawing shows only meaningful arrows. The first mention of each relation is its provenance.
 */
function relationsOf(mentions: readonly Citation[]): { relation: Citation['relation']; first: Citation; count: number }[] {
  const strongest = Math.max(...mentions.map((m) => RELATION_STRENGTH[m.relation]));
  const out = [];
  for (const relation of ['REPLACES', 'AMENDS', 'IMPLEMENTS', 'BASED_ON', 'CITES'] as const) {
    const ofRelation = mentions.filter((m) => m.relation === relation);
    if (ofRelation.length === 0 || (relation === 'CITES' && strongest > RELATION_STRENGTH.CITES)) continue;
    out.push({ relation, first: ofRelation[0], count: ofRelation.length });
  }
  return out;
}

/**
 * The document's edges to what it cites (relationsOf). Targets are resolved by symbol and date (identity.ts): an
 * undated mention takes the date another mention of the same symbol gives in this document.
 */
function documentEdges(x: Extraction, identity: Identity) {
  const dates = datesBySymbol(x.citations);
  const byTarget = new Map<string, { symbol: string; ambiguous: boolean; dated: boolean; mentions: Citation[] }>();
  // Laws, charters and congress resolutions cited by name: a stub named by its folded name and year.
  const byName = new Map<string, { name: string; dated: boolean; mentions: Citation[] }>();
  for (const c of x.citations) {
    if (!c.symbol) {
      const n = namedReference(c);
      if (!n) continue;
      const group = byName.get(n.id) ?? { name: n.name, dated: n.year !== null, mentions: [] };
      group.mentions.push(c);
      byName.set(n.id, group);
      continue;
    }
    const date = c.issuedOn ?? dates.get(c.symbol) ?? null;
    const t = identity.target(c.symbol, date);
    if (t.id === identity.documentId) continue;
    const group = byTarget.get(t.id) ?? { symbol: c.symbol, ambiguous: t.ambiguous, dated: false, mentions: [] };
    // Whether the target was chosen by a date: an undated edge becomes ambiguous once the symbol names two documents.
    group.dated ||= date !== null;
    group.mentions.push(c);
    byTarget.set(t.id, group);
  }
  const edges = [];
  for (const [id, { symbol, ambiguous, dated, mentions }] of byTarget) {
    const described = mentions.find((m) => m.issuedOn || m.issuer) ?? mentions[0];
    for (const { relation, first, count } of relationsOf(mentions)) {
      edges.push({ relation, target: stubTarget(symbol, described, id), props: { raw: first.raw, section: first.section, count, ambiguous, dated, ...spanProps(first.span) } });
    }
  }
  for (const [id, { name, dated, mentions }] of byName) {
    const kind = mentions[0].kind;
    const target = { id, issuedOn: mentions.find((m) => m.issuedOn)?.issuedOn ?? null, props: { symbol: null, symbolKey: null, number: null, kind, issuer: null, title: name, searchText: name } };
    for (const { relation, first, count } of relationsOf(mentions)) {
      edges.push({ relation, target, props: { raw: first.raw, section: first.section, count, ambiguous: false, dated, ...spanProps(first.span) } });
    }
  }
  return edges;
}

/** The one issue date this document gives a cited symbol (none when it gives several or none). */
function datesBySymbol(citations: readonly Citation[]): Map<string, string> {
  const all = new Map<string, Set<string>>();
  for (const c of citations) if (c.symbol && c.issuedOn) all.set(c.symbol, (all.get(c.symbol) ?? new Set()).add(c.issuedOn));
  return new Map([...all].filter(([, d]) => d.size === 1).map(([s, d]) => [s, [...d][0]]));
}

function provinceRef(name: string | null) {
  return name ? { key: slugify(name), name, nameKey: foldDiacritics(name) } : null;
}

/** The nearest section the tree holds for a task's path: "PL2.III" (a table row's group) links to "PL2". */
function sectionIdOf(sectionPaths: readonly string[], path: string | null): string | null {
  if (!path) return null;
  let best: string | null = null;
  for (const p of sectionPaths) if ((path === p || path.startsWith(`${p}.`)) && (!best || p.length > best.length)) best = p;
  return best;
}

/**
 * The parameters of create-tasks.cypher: the document's sections, then its tasks, each pointing at its section,
 * its agencies, the documents it cites and the row it restates by position in lists sent once per document
 * (sections, `agencyKeys`, `cited`, tasks), so the statement looks nothing up per task.
 */
function taskStatement(x: Extraction, identity: Identity, agencyKey: ReadonlyMap<string, string>, dates: ReadonlyMap<string, string>): Record<string, unknown> {
  const id = x.documentId;
  const sectionPaths = x.sections.map((s) => s.path);
  const sectionAt = firstPositions(sectionPaths);
  const agencyKeys = x.agencies.map((a) => a.key);
  const agencyAt = firstPositions(agencyKeys);
  const agencyOf = (name: string) => agencyAt.get(agencyKey.get(name) as string) ?? null;
  const taskAt = firstPositions(x.tasks.map((t) => t.id));
  // A body bullet restating an appendix row is the same task: it stays readable (with its own span) but is
  // marked, so counts and lists can show each task once.
  const sourceOf = new Map(x.tasks.map((t) => [t.id, t.source]));
  const duplicateOf = (t: Extraction['tasks'][number]) => (t.source === 'BODY' && t.sameAs && sourceOf.get(t.sameAs) === 'TABLE' ? `${id}#${t.sameAs}` : null);
  const citationBySymbol = new Map(x.citations.filter((c) => c.symbol).map((c) => [c.symbol as string, c]));
  // Cited documents in the order the tasks first cite them: the first citation of one creates its stub.
  const cited: ReturnType<typeof stubTarget>[] = [];
  const citedAt = new Map<string, number>();
  // One list per property (the statement reads position i of each): every task's keys would otherwise cross
  // Bolt and be decoded once per task.
  const tasks: Record<string, unknown[]> = Object.fromEntries(TASK_COLUMNS.map((c) => [c, []]));
  const put = (column: (typeof TASK_COLUMNS)[number], value: unknown) => tasks[column].push(value);
  for (const t of x.tasks) {
    const cites: number[] = [];
    const citesDated: boolean[] = [];
    for (const s of t.cites) {
      const date = citationBySymbol.get(s)?.issuedOn ?? dates.get(s) ?? null;
      const target = identity.target(s, date);
      if (target.id === id || target.ambiguous) continue;
      let at = citedAt.get(target.id);
      if (at === undefined) {
        at = cited.push(stubTarget(s, citationBySymbol.get(s), target.id)) - 1;
        citedAt.set(target.id, at);
      }
      cites.push(at);
      citesDated.push(date !== null);
    }
    const section = sectionIdOf(sectionPaths, t.section);
    const span = spanProps(t.span);
    put('sectionAt', section === null ? null : (sectionAt.get(section) ?? null));
    put('lead', t.lead.map(agencyOf));
    put('coordinators', t.coordinators.map(agencyOf));
    put('cites', cites);
    put('citesDated', citesDated);
    put('id', `${id}#${t.id}`);
    put('localId', t.id);
    put('ordinal', t.ordinal);
    put('text', t.text);
    put('output', t.output);
    put('section', t.section);
    put('source', t.source);
    put('duplicateOf', duplicateOf(t));
    put('leadNames', t.lead);
    put('coordinatorNames', t.coordinators);
    put('deadlineRaw', t.deadline?.raw ?? null);
    put('deadlineKind', t.deadline?.kind ?? null);
    put('deadlineStart', t.deadline?.start ?? null);
    put('deadlineEnd', t.deadline?.end ?? null);
    put('deadlineRecurrence', t.deadline?.recurrence ?? null);
    put('deadlineCondition', t.deadline?.condition ?? null);
    put('startLine', span.startLine ?? null);
    put('endLine', span.endLine ?? null);
    put('startOffset', span.startOffset ?? null);
    put('endOffset', span.endOffset ?? null);
    put('page', span.page ?? null);
    put('box', span.box ?? null);
    // A lead read outside the task's own text: how, the text naming it and its span (model.ts LeadSource).
    put('leadFromHow', t.leadFrom?.how ?? null);
    put('leadFromText', t.leadFrom?.text ?? null);
    put('leadFromSpan', t.leadFrom ? [t.leadFrom.span.startLine, t.leadFrom.span.endLine, t.leadFrom.span.startOffset, t.leadFrom.span.endOffset] : null);
    put('leadFromPage', t.leadFrom?.span.page ?? null);
  }
  const sameAs = x.tasks.flatMap((t, i) => (t.sameAs && taskAt.has(t.sameAs) ? [[i, taskAt.get(t.sameAs) as number]] : []));
  return {
    id,
    sections: x.sections.map((s) => ({ id: `${id}#s:${s.path}`, path: s.path, number: s.number, heading: s.heading, depth: s.depth, ...spanProps(s.span) })),
    agencyKeys,
    cited: cited.map((c) => ({ id: c.id, props: c.props })),
    tasks: { count: x.tasks.length, ...tasks },
    sameAs,
  };
}

/** The columns of create-tasks.cypher's `$tasks`, one value per task each. */
const TASK_COLUMNS = [
  'sectionAt', 'lead', 'coordinators', 'cites', 'citesDated',
  'id', 'localId', 'ordinal', 'text', 'output', 'section', 'source', 'duplicateOf', 'leadNames', 'coordinatorNames',
  'deadlineRaw', 'deadlineKind', 'deadlineStart', 'deadlineEnd', 'deadlineRecurrence', 'deadlineCondition',
  'startLine', 'endLine', 'startOffset', 'endOffset', 'page', 'box', 'leadFromHow', 'leadFromText', 'leadFromSpan', 'leadFromPage',
] as const;

/** Each value's first position in a list. */
function firstPositions(values: readonly string[]): Map<string, number> {
  const at = new Map<string, number>();
  values.forEach((v, i) => at.has(v) || at.set(v, i));
  return at;
}

type Statement = [name: string, params: Record<string, unknown>];

/**
 * The writes of one new document version, in order: each a named query over a whole list (UNWIND), so a
 * document costs the same few statements whatever its size. Pure: everything is computed from the extraction.
 */
function documentStatements(x: Extraction, extractionHash: string, identity: Identity): Statement[] {
  const id = x.documentId;
  const d = x.document;
  const searchText = [d.symbol, d.kindVi, d.title, d.issuer, d.province].filter(Boolean).join(' ');
  const agencyKey = new Map(x.agencies.map((a) => [a.name, a.key]));
  const dates = datesBySymbol(x.citations);

  return [
    // An earlier document of a symbol arrived: the holder of the bare id moves to "<symbol>@<year>" first.
    ...identity.renames.map(([from, to]): Statement => ['rename-document', { from, to }]),
    ['clear-document', { id }],
    [
      'upsert-document',
      {
        id,
        issuedOn: d.issuedOn,
        province: provinceRef(d.province),
        props: {
          symbol: d.symbol,
          symbolKey: d.symbol ? symbolKey(d.symbol) : null,
          number: d.number,
          kind: d.kind,
          kindVi: d.kindVi,
          issuer: d.issuer,
          level: d.level,
          province: d.province,
          title: d.title,
          signer: d.signer,
          issuedYear: d.issuedYear ?? null,
          missing: d.missing,
          // Neo4j holds no maps: the fields read from a copy, and how, as two parallel lists.
          inferredFields: Object.keys(d.inferred ?? {}),
          inferredHow: Object.values(d.inferred ?? {}),
          sourcePath: x.source.path,
          sourceFormat: x.source.format,
          sha256: x.source.sha256,
          extractionHash,
          warningCount: x.warnings.length,
          searchText,
          // A new version's tasks have no retrieval terms yet: its link pass writes them (link-counterparts.ts).
          linkTermsWritten: null,
        },
      },
    ],
    ['upsert-agencies', { agencies: x.agencies.map((a) => ({ ...a, nameKey: foldDiacritics(a.name), province: provinceRef(a.province) })) }],
    ['link-documents', { id, edges: documentEdges(x, identity) }],
    [
      'link-cited-documents',
      {
        id,
        // A link between two documents is only drawn when both ends are known for sure: never join two chains.
        links: x.citedLinks.flatMap((l) => {
          const [from, to] = [identity.target(l.from, dates.get(l.from) ?? null), identity.target(l.to, dates.get(l.to) ?? null)];
          if (from.ambiguous || to.ambiguous || from.id === id || to.id === id) return [];
          const props = { raw: l.raw, fromDated: dates.has(l.from), toDated: dates.has(l.to), ...spanProps(l.span) };
          return [{ from: stubTarget(l.from, undefined, from.id), to: stubTarget(l.to, undefined, to.id), props }];
        }),
      },
    ],
    ['create-tasks', taskStatement(x, identity, agencyKey, dates)],
    // References written before a symbol named several documents become ambiguous now (identity.ts).
    ['settle-symbols', { symbols: identity.settle().map(([key, bare]) => ({ key, bare })) }],
    // The document (or stub) now holding an id another held gets a global key of its own (keep-global-keys.cypher).
    ['keep-global-keys', { ids: identity.renames.map(([from]) => from) }],
    [
      'create-indicators',
      {
        id,
        indicators: x.indicators.map((i) => ({
          agency: i.agency ? (agencyKey.get(i.agency) ?? null) : null,
          props: {
            id: `${id}#${i.id}`,
            localId: i.id,
            documentId: id,
            ordinal: i.ordinal,
            name: i.name,
            unit: i.unit,
            target: i.target,
            value: i.value,
            valueMin: i.valueMin,
            valueMax: i.valueMax,
            comparator: i.comparator,
            period: i.period,
            group: i.group,
            agencyName: i.agency,
            searchText: [i.name, i.unit, i.target, i.group].filter(Boolean).join(' '),
            ...spanProps(i.span),
          },
        })),
      },
    ],
  ];
}

/**
 * The list each statement writes from (UNWIND): with it empty the statement writes nothing, and is not sent. Each
 * statement costs the server ~1–2 ms of CPU whatever it does, and most plans have no asserted links, no renames, no
 * indicators: a fifth of a small plan's writes.
 */
const WRITES_FROM: Partial<Record<string, string>> = {
  'upsert-agencies': 'agencies',
  'link-documents': 'edges',
  'link-cited-documents': 'links',
  'settle-symbols': 'symbols',
  'keep-global-keys': 'ids',
  'create-indicators': 'indicators',
};
const nothingToWrite = ([name, params]: Statement) => {
  const list = WRITES_FROM[name];
  return list !== undefined && (params[list] as unknown[]).length === 0;
};

/** The writes of one extraction inside a transaction the caller owns (writeExtraction's, or a test's). */
export async function writeInTransaction(tx: ManagedTransaction, read: Extraction): Promise<{ status: WriteResult['status']; documentId: string }> {
  // The state of the id the extraction names is asked together with the identity lookup (one round trip);
  // asked again only when identity gives the document another id (a second document of the same symbol).
  const stateOf = (id: string) => tx.run(cypher('write/document-state'), { id });
  const named = stateOf(read.documentId);
  named.catch(() => undefined); // awaited below; a failed lookup fails the transaction there
  const identity = await resolveIdentity(tx, read);
  const x = { ...read, documentId: identity.documentId };
  // The same file read by an improved extractor is a new version: compare what was extracted, not the bytes (nor
  // the id identity gave it: a document renamed to "<symbol>@<year>" re-read unchanged is unchanged).
  const extractionHash = crypto.createHash('sha256').update(JSON.stringify(read)).digest('hex');
  const state = x.documentId === read.documentId ? await named : (await named, await stateOf(x.documentId));
  // An earlier document of its symbol takes the bare id from the one holding it, which moves away first: what the
  // graph holds under that id is the other document's, and this one is created.
  const movedAway = identity.renames.some(([from]) => from === x.documentId);
  const existing = movedAway ? undefined : state.records[0];
  const previous = existing?.get('extractionHash') as string | null;
  if (previous === extractionHash && existing?.get('stub') === false) return { status: 'unchanged', documentId: x.documentId };
  // Sent together without waiting for each answer (the driver pipelines them on the transaction's
  // connection); the server still runs them in this order, so a document costs two round trips and a commit.
  // A document new to the graph has nothing to clear (unless a rename brings one to its id).
  const nothingToClear = existing?.get('exists') === false && !identity.renames.some(([, to]) => to === x.documentId);
  const statements = documentStatements(x, extractionHash, identity).filter((s) => !(nothingToWrite(s) || (nothingToClear && s[0] === 'clear-document')));
  await Promise.all(statements.map(([name, params]) => tx.run(cypher(`write/${name}`), params)));
  return { status: previous ? 'updated' : 'created', documentId: x.documentId };
}

/** The full-text index `search_text` is eventually consistent (cypher/migrations/011): waits until it holds what was committed. */
export const AWAIT_SEARCH_INDEX = 'CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()';

export async function awaitSearchIndex(driver: Driver, opts: { database?: string } = {}): Promise<void> {
  await driver.executeQuery(AWAIT_SEARCH_INDEX, {}, { database: opts.database });
}

/**
 * `awaitSearch` (default true): return only once search finds the document. A batch writer passes false and calls
 * awaitSearchIndex once at its end, so Neo4j indexes the documents in between as a batch (cheaper, measured in
 * `npm run bench`); search then lags the commits by the background indexer's delay.
 */
export async function writeExtraction(driver: Driver, extraction: unknown, opts: { database?: string; awaitSearch?: boolean } = {}): Promise<WriteResult> {
  const x = validateExtraction(extraction, (extraction as Extraction | undefined)?.source?.path);
  const session = driver.session({ database: opts.database, defaultAccessMode: 'WRITE' });
  try {
    const { status, documentId } = await session.executeWrite((tx) => writeInTransaction(tx, x));
    if (status !== 'unchanged' && opts.awaitSearch !== false) await session.executeRead((tx) => tx.run(AWAIT_SEARCH_INDEX));
    return {
      documentId,
      status,
      counts: { sections: x.sections.length, tasks: x.tasks.length, agencies: x.agencies.length, indicators: x.indicators.length, citations: x.citations.length },
    };
  } finally {
    await session.close();
  }
}
