/**
 * Task-level lineage, computed when a document is ingested (after its write, in its own transaction):
 *
 * - COUNTERPART_OF {score, basis}: a task and the tasks of sibling documents (documents carrying out the same
 *   document, directly or through the IMPLEMENTS chain) that restate the same action; never within one
 *   document. Candidates come from the full-text index `task_link_terms` (Lucene over each task's folded
 *   syllable bigrams, its most distinctive ones as the query), then src/graph/task-similarity.ts scores
 *   them with weights over the family's tasks. So the cost of one more plan depends on its own tasks and the
 *   family's statistics sample, not on the size of the graph.
 * - LOCALISES {score, basis}: a task to the central task it carries out, when a parent document's own task
 *   table is in the graph; a parent ingested after its plans links their tasks to its rows.
 *
 * Links are kept from `LINKING.storeMin` up, so `Task.counterparts(minScore:)` can look below the default;
 * the default reading threshold is `LINKING.defaultMinScore` (calibrated, see tests/fixtures/counterparts).
 */
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { cypher } from './cypher';
import { candidateFeaturesOf, featuresOf, scorePair, termString, weightsOver, type Match, type TaskFeatures, type TaskInput } from './task-similarity';

export const LINKING = {
  /** Default `minScore` of Task.counterparts and the threshold coverage reads links at. */
  defaultMinScore: 0.45,
  /** A LOCALISES link needs this much; the best central row wins, a close second is kept for merged rows. */
  localiseMin: 0.45,
  localiseSecondWithin: 0.1,
  /** Links below this are not stored at all. */
  storeMin: 0.3,
  /** At most this many counterparts per task are stored per linking pass (best first). */
  maxPerTask: 12,
  /** Bigrams of a task sent to Lucene: its most distinctive ones. */
  queryTerms: 40,
  /** Lucene hits per task before the sibling filter. */
  candidatesPerTask: 40,
  /** Sibling documents whose tasks make the term statistics (a stable sample when the family is larger). */
  sampleDocuments: 20,
};

export interface LinkResult {
  documentId: string;
  siblings: number;
  parents: number;
  counterparts: number;
  localises: number;
  children: number;
}

interface RawInput extends Omit<TaskInput, 'leadNames' | 'leadKeys' | 'leadIsGroup'> {
  lead: { order: number; key: string; name: string; isGroup: boolean }[];
  hasTerms: boolean;
}

export interface Link {
  from: string;
  to: string;
  score: number;
  basis: string[];
}

function toInput(raw: RawInput): TaskInput {
  const lead = [...raw.lead].sort((a, b) => a.order - b.order);
  return {
    id: raw.id,
    documentId: raw.documentId,
    text: raw.text ?? '',
    sectionHeading: raw.sectionHeading,
    cites: raw.cites,
    leadNames: lead.map((l) => l.name),
    leadKeys: lead.map((l) => l.key),
    leadIsGroup: lead.map((l) => l.isGroup),
  };
}

async function tasksOf(tx: ManagedTransaction, ids: string[]): Promise<RawInput[]> {
  if (ids.length === 0) return [];
  const { records } = await tx.run(cypher('link/document-tasks'), { ids });
  return records.map((r) => r.get('task') as RawInput);
}

/** The document's tasks get their retrieval terms, so later documents can find them. */
async function ensureTerms(tx: ManagedTransaction, tasks: RawInput[]): Promise<void> {
  const missing = tasks.filter((t) => !t.hasTerms).map((t) => ({ id: t.id, terms: termString(t.text ?? '') }));
  if (missing.length > 0) await tx.run(cypher('link/set-terms'), { tasks: missing });
}

/**
 * The same older tasks come back as candidates for every new sibling plan: their features (which do not
 * depend on the weights) are kept per process, checked against what the graph holds now.
 */
const CANDIDATE_CACHE = new Map<string, { signature: string; features: TaskFeatures }>();
const CANDIDATE_CACHE_MAX = 50_000;

function cachedCandidateFeatures(t: TaskInput): TaskFeatures {
  const signature = [t.text, t.sectionHeading, t.cites.join(','), t.leadKeys.join(','), t.leadIsGroup.join(',')].join('\u0001');
  const hit = CANDIDATE_CACHE.get(t.id);
  if (hit && hit.signature === signature) return hit.features;
  const features = candidateFeaturesOf(t);
  if (CANDIDATE_CACHE.size >= CANDIDATE_CACHE_MAX) CANDIDATE_CACHE.clear();
  CANDIDATE_CACHE.set(t.id, { signature, features });
  return features;
}

/**
 * Sibling documents never linked in their current version (the family query names them: written before
 * linking existed, or their link pass failed) get their tasks' terms, so retrieval can find them; they are
 * marked, so this happens once per version instead of a scan of every sibling's tasks on every pass.
 */
async function indexOlderTasks(tx: ManagedTransaction, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const { records } = await tx.run(cypher('link/tasks-without-terms'), { ids });
  const tasks = records.map((r) => ({ id: r.get('id') as string, terms: termString((r.get('text') as string | null) ?? '') }));
  if (tasks.length > 0) await tx.run(cypher('link/set-terms'), { tasks });
  await tx.run(cypher('link/mark-terms-written'), { ids });
}

/**
 * Best first; per task at most `max`, each at least `min`. Ties break by id so re-runs agree. Pairs are scored
 * unexplained; `explain` phrases the basis of the kept ones only (a basis never changes which are kept).
 */
function best(scored: { a: string; b: string; m: Match }[], min: number, max: number, explain: (a: string, b: string) => string[]): Link[] {
  const byTask = new Map<string, { a: string; b: string; m: Match }[]>();
  for (const s of scored) if (s.m.score >= min) byTask.set(s.a, [...(byTask.get(s.a) ?? []), s]);
  const links: Link[] = [];
  for (const list of byTask.values()) {
    list.sort((x, y) => y.m.score - x.m.score || x.b.localeCompare(y.b));
    for (const s of list.slice(0, max)) links.push({ from: s.a, to: s.b, score: s.m.score, basis: explain(s.a, s.b) });
  }
  return links;
}

/** Each own task's central row(s): the best, plus a close second (a provincial row merging two rows). */
export function localisations(own: TaskFeatures[], central: TaskFeatures[], weights: ReturnType<typeof weightsOver>): Link[] {
  const links: Link[] = [];
  for (const a of own) {
    // Scored unexplained; the basis is phrased for the one or two rows kept.
    const scored = central.map((c) => ({ c, m: scorePair(a, c, weights, Infinity) })).filter((s) => s.m.score >= LINKING.localiseMin);
    scored.sort((x, y) => y.m.score - x.m.score || x.c.id.localeCompare(y.c.id));
    const top = scored[0];
    if (!top) continue;
    for (const s of scored.slice(0, 2)) {
      if (s !== top && top.m.score - s.m.score > LINKING.localiseSecondWithin) break;
      links.push({ from: a.id, to: s.c.id, score: s.m.score, basis: scorePair(a, s.c, weights, LINKING.localiseMin).basis });
    }
  }
  return links;
}

async function termWeights(tx: ManagedTransaction, siblings: string[], extra: TaskFeatures[]) {
  const { records } = await tx.run(cypher('link/sample-terms'), { ids: siblings, docs: neo4j.int(LINKING.sampleDocuments) });
  const sample: TaskFeatures[] = records.map((r) => {
    const terms = (r.get('terms') as string | null) ?? termString((r.get('text') as string | null) ?? '');
    return { id: r.get('id'), documentId: '', terms: new Set(terms.split(' ').filter(Boolean)), display: new Map(), sequence: [], sentences: [], sectionTerms: new Set(), cites: new Set(r.get('cites') as string[]), leadKinds: new Map() };
  });
  const seen = new Set(sample.map((s) => s.id));
  return weightsOver([...sample, ...extra.filter((t) => !seen.has(t.id))]);
}

async function localiseDocument(tx: ManagedTransaction, own: TaskFeatures[], parents: string[], siblings: string[]): Promise<Link[]> {
  if (parents.length === 0 || own.length === 0) return [];
  const central = (await tasksOf(tx, parents)).map((t) => featuresOf(toInput(t)));
  const weights = await termWeights(tx, siblings, [...own, ...central]);
  return localisations(own, central, weights);
}

async function linkInTransaction(tx: ManagedTransaction, id: string): Promise<LinkResult> {
  const fam = (await tx.run(cypher('link/family'), { id })).records[0];
  const parents = (fam?.get('parents') as string[] | undefined) ?? [];
  const siblings = (fam?.get('siblings') as string[] | undefined) ?? [];
  const children = (fam?.get('children') as string[] | undefined) ?? [];

  const ownRaw = await tasksOf(tx, [id]);
  await ensureTerms(tx, ownRaw);
  await indexOlderTasks(tx, (fam?.get('withoutTerms') as string[] | undefined) ?? []);
  await tx.run(cypher('link/clear-links'), { ids: [id], types: ['COUNTERPART_OF', 'LOCALISES'] });
  const own = ownRaw.map((t) => featuresOf(toInput(t)));
  const weights = await termWeights(tx, siblings, own);

  // Counterparts: the own task's heaviest bigrams retrieve sibling candidates from the index.
  let counterparts: Link[] = [];
  if (siblings.length > 0 && own.length > 0) {
    const queries = own.map((t) => ({
      id: t.id,
      query: [...t.terms].sort((x, y) => weights.weight(y) - weights.weight(x) || x.localeCompare(y)).slice(0, LINKING.queryTerms).join(' '),
    }));
    const { records } = await tx.run(cypher('link/candidates'), { queries: queries.filter((q) => q.query), limit: neo4j.int(LINKING.candidatesPerTask), siblings });
    const hits = new Map(records.map((r) => [r.get('forTask') as string, r.get('candidates') as string[]]));
    const ids = [...new Set([...hits.values()].flat())];
    // Every hit of the index has its terms already: nothing to write before scoring.
    const candidates = ids.length ? (await tx.run(cypher('link/task-inputs'), { ids })).records.map((r) => r.get('task') as RawInput) : [];
    const features = new Map(candidates.map((c) => [c.id, cachedCandidateFeatures(toInput(c))]));
    const ownById = new Map(own.map((t) => [t.id, t]));
    // Each task is scored against its own hits only: the retrieval already chose what is worth reading.
    const scored = own.flatMap((a) => (hits.get(a.id) ?? []).map((id) => ({ a: a.id, b: id, m: scorePair(a, features.get(id)!, weights, Infinity) })));
    counterparts = best(scored, LINKING.storeMin, LINKING.maxPerTask, (a, b) => scorePair(ownById.get(a)!, features.get(b)!, weights, LINKING.storeMin).basis);
    await tx.run(cypher('link/create-counterparts'), { links: counterparts });
  }

  const localises = await localiseDocument(tx, own, parents, siblings);
  if (localises.length > 0) await tx.run(cypher('link/create-localises'), { links: localises });

  // A programme ingested after the plans carrying it out: their rows now have a central task to localise.
  for (const child of children) {
    const { records } = await tx.run(cypher('link/family'), { id: child });
    const childParents = (records[0]?.get('parents') as string[] | undefined) ?? [];
    const childSiblings = (records[0]?.get('siblings') as string[] | undefined) ?? [];
    const childRaw = await tasksOf(tx, [child]);
    await ensureTerms(tx, childRaw);
    await tx.run(cypher('link/clear-links'), { ids: [child], types: ['LOCALISES'] });
    const links = await localiseDocument(tx, childRaw.map((t) => featuresOf(toInput(t))), childParents, childSiblings);
    if (links.length > 0) await tx.run(cypher('link/create-localises'), { links });
  }
  await tx.run(cypher('link/mark-linked'), { id });
  return { documentId: id, siblings: siblings.length, parents: parents.length, counterparts: counterparts.length, localises: localises.length, children: children.length };
}

/** (Re)computes one document's task links. Idempotent: the same graph gives the same links. */
export async function linkDocument(driver: Driver, id: string, opts: { database?: string } = {}): Promise<LinkResult> {
  const session = driver.session({ database: opts.database, defaultAccessMode: 'WRITE' });
  try {
    return await session.executeWrite((tx) => linkInTransaction(tx, id));
  } finally {
    await session.close();
  }
}

/** Whether a written document still needs linking: new or changed, or written before linking existed. */
export async function needsLinking(driver: Driver, id: string, opts: { database?: string } = {}): Promise<boolean> {
  const { records } = await driver.executeQuery(cypher('link/state'), { id }, { database: opts.database });
  return records[0]?.get('stale') === true;
}
