/**
 * The benchmark's questions, each asked three ways over the same graph:
 * - `api`: our GraphQL API, as a dashboard would ask it;
 * - `floor`: one hand-written Cypher query per request reading the same fields through the driver (what the
 *   same machine can do with no API at all);
 * - `peer`: @neo4j/graphql 7 over the same graph (peer-typedefs.ts), the question expressed as faithfully as
 *   it allows (no variable-length paths, no grouping, sorting on a task's own fields only).
 * `canon*` reduce each side's answer to what must be equal (task keys in order and counts, lineage nodes and
 * edges, search hits); the bench refuses to time a question whose sides disagree.
 */
import { fromGlobalId } from '../../src/api/ids';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface Question {
  name: string;
  api: { query: string; variables?: Json };
  floor: { cypher: string; params: Json };
  peer: { query: string; variables?: Json };
  canonApi(data: Json): unknown;
  canonFloor(row: Json): unknown;
  canonPeer(data: Json): unknown;
}

/** Documents deriving from `id` for the peer: the document itself or one implementing it, `depth` edges deep. */
function peerDerived(id: string, depth: number): Json {
  if (depth === 0) return { id: { eq: id } };
  return { OR: [{ id: { eq: id } }, { implements: { some: peerDerived(id, depth - 1) } }] };
}

/** Tasks deriving from `id` for the peer: owned by a deriving document, or citing it; never a restatement. */
function peerDerivesFrom(id: string, depth: number): Json {
  return { duplicateOf: { eq: null }, document: {}, OR: [{ document: peerDerived(id, depth) }, { cites: { some: { id: { eq: id } } } }] };
}

const TASK_SORT = [{ documentId: 'ASC' }, { startOffset: 'ASC' }, { id: 'ASC' }];
const keysOf = (rows: Json[], key = 'key') => rows.map((r) => r[key] as string);

/** The depth of the longest IMPLEMENTS chain under `id`: how deep the peer's nested filter must go. */
export const CHAIN_DEPTH_CYPHER = 'MATCH p = (:Document)-[:IMPLEMENTS]->{1,10}(:Document {id: $id}) RETURN coalesce(max(length(p)), 0) AS depth';

/** Lineage DOWN from a nested peer answer: nodes with their distance and the edges below depth. */
const LINEAGE_RELATIONS: [string, string][] = [
  ['implementedBy', 'IMPLEMENTS'],
  ['basedOnBy', 'BASED_ON'],
  ['citedBy', 'CITES'],
  ['replacedBy', 'REPLACES'],
  ['amendedBy', 'AMENDS'],
];

function peerLineageSelection(depth: number): string {
  if (depth === 0) return 'id stub';
  return `id stub ${LINEAGE_RELATIONS.map(([f]) => `${f} { ${peerLineageSelection(depth - 1)} }`).join(' ')}`;
}

function canonLineage(nodes: { id: string; distance: number; stub: boolean }[], edges: { source: string; target: string; relation: string }[]) {
  return {
    nodes: nodes.map((n) => `${n.id}|${n.distance}|${n.stub}`).sort(),
    edges: edges.map((e) => `${e.source}->${e.target}:${e.relation}`).sort(),
  };
}

function canonPeerLineage(root: Json, depth: number) {
  const distance = new Map<string, number>([[root.id, 0]]);
  const stub = new Map<string, boolean>([[root.id, Boolean(root.stub)]]);
  const edges = new Set<string>();
  // Breadth-first over the nested answer: a document keeps its shortest distance; edges leave documents
  // reached below `depth`, as the API defines them.
  let frontier: Json[] = [root];
  for (let level = 0; level < depth; level++) {
    const next: Json[] = [];
    for (const doc of frontier) {
      if (distance.get(doc.id) !== level) continue;
      for (const [field, relation] of LINEAGE_RELATIONS) {
        for (const child of (doc[field] as Json[] | undefined) ?? []) {
          edges.add(`${child.id}->${doc.id}:${relation}`);
          if (!distance.has(child.id)) {
            distance.set(child.id, level + 1);
            stub.set(child.id, Boolean(child.stub));
          }
          next.push(child);
        }
      }
    }
    frontier = next;
  }
  return { nodes: [...distance].map(([id, d]) => `${id}|${d}|${stub.get(id)}`).sort(), edges: [...edges].sort() };
}

/**
 * Ranked hits: the scores in order, and the keys of every hit above the last score (copies of one plan score
 * alike, and each side breaks those ties its own way, also at the cut).
 */
function canonHits(hits: { score: number; key: string }[]) {
  const scores = hits.map((h) => Number(h.score.toFixed(5)));
  const cut = Math.min(...scores);
  return { scores, keys: hits.filter((h) => Number(h.score.toFixed(5)) > cut).map((h) => h.key).sort() };
}

const groupCounts = (groups: { label: string | null; count: number }[]) => groups.map((g) => `${g.label ?? '-'}:${g.count}`).sort();

export function questions(opts: { chainDepth57: number; chainDepth59: number }): Question[] {
  return [
    {
      name: 'NQ 57 tasks (100, with derivation)',
      api: {
        query: `query($s: String!) { tasks(filter: {derivesFrom: $s}, first: 100) { totalCount nodes { key text document { symbol } province { name } leadAgencies { name } coordinatingAgencies { name } derivation(from: $s) { kind chain { symbol } } } } }`,
        variables: { s: '57-NQ/TW' },
      },
      floor: {
        params: { id: '57-NQ/TW' },
        cypher: `
          MATCH (src:Document {id: $id})
          CALL (src) {
            RETURN src AS d, [src.symbol] AS chain
            UNION
            MATCH p = ANY SHORTEST (src)<-[:IMPLEMENTS]-{1,10}(d:Document)
            RETURN d, reverse([n IN nodes(p) | n.symbol]) AS chain
          }
          WITH src, collect({d: d, chain: chain}) AS derived
          CALL (src, derived) {
            UNWIND derived AS x
            WITH x.d AS d, x.chain AS chain
            MATCH (d)-[:HAS_TASK]->(t:Task)
            WITH d, t, chain, EXISTS { (t)-[:CITES]->(src) } AS cites
            RETURN d, t, CASE WHEN cites THEN 'CITATION' WHEN d = src THEN 'OWN_DOCUMENT' ELSE 'IMPLEMENTATION_CHAIN' END AS kind,
                   CASE WHEN cites THEN [d.symbol] ELSE chain END AS chain
            UNION
            MATCH (src)<-[:CITES]-(t:Task)<-[:HAS_TASK]-(d:Document)
            WHERE NOT d IN [x IN derived | x.d]
            RETURN d, t, 'CITATION' AS kind, [d.symbol] AS chain
          }
          WITH d, t, kind, chain ORDER BY d.id, t.startOffset, t.id
          WITH collect({d: d, t: t, kind: kind, chain: chain}) AS rows
          UNWIND rows[0..100] AS r
          WITH size(rows) AS total, r.d AS d, r.t AS t, r.kind AS kind, r.chain AS chain
          OPTIONAL MATCH (d)-[:IN_PROVINCE]->(p:Province)
          RETURN total, collect({key: t.id, text: t.text, symbol: d.symbol, province: p.name,
            lead: COLLECT { MATCH (t)-[r:LED_BY]->(a) RETURN a.name ORDER BY r.order },
            coordinators: COLLECT { MATCH (t)-[r:COORDINATED_BY]->(a) RETURN a.name ORDER BY r.order },
            kind: kind, chain: chain}) AS items`,
      },
      peer: {
        query: `query($where: TaskWhere!, $sort: [TaskSort!]) { tasksConnection(where: $where) { totalCount } tasks(where: $where, sort: $sort, limit: 100) { id text document { symbol province { name } } leadAgencies { name } coordinatingAgencies { name } } }`,
        variables: { where: peerDerivesFrom('57-NQ/TW', opts.chainDepth57), sort: TASK_SORT },
      },
      canonApi: (d) => ({ total: d.tasks.totalCount, keys: keysOf(d.tasks.nodes), kinds: d.tasks.nodes.map((n: Json) => n.derivation?.kind) }),
      canonFloor: (r) => ({ total: r.total, keys: keysOf(r.items), kinds: r.items.map((i: Json) => i.kind) }),
      // The peer cannot say how a task derives: its answer is compared on keys and counts only.
      canonPeer: (d) => ({ total: d.tasksConnection.totalCount, keys: keysOf(d.tasks, 'id') }),
    },
    {
      name: 'lineage 59-NQ/TW down, depth 3',
      api: {
        query: `query($s: String!) { lineage(symbol: $s, direction: DOWN, depth: 3) { nodes { id label distance stub } edges { source target relation } } }`,
        variables: { s: '59-NQ/TW' },
      },
      floor: {
        params: { id: '59-NQ/TW' },
        cypher: `
          MATCH (root:Document {id: $id})
          CALL (root) {
            MATCH p = ANY SHORTEST (root)<-[:IMPLEMENTS|BASED_ON|CITES|REPLACES|AMENDS]-{1,3}(n:Document)
            WHERE n <> root
            RETURN collect({n: n, distance: length(p)}) AS reached
          }
          WITH root, [{n: root, distance: 0}] + reached AS reached
          CALL (reached) {
            UNWIND reached AS x
            WITH x.n AS n WHERE x.distance < 3
            MATCH (n)<-[r:IMPLEMENTS|BASED_ON|CITES|REPLACES|AMENDS]-(from:Document)
            RETURN collect({source: from.id, target: n.id, relation: type(r)}) AS edges
          }
          RETURN [x IN reached | {id: x.n.id, label: coalesce(x.n.symbol, x.n.title), distance: x.distance, stub: coalesce(x.n.stub, false)}] AS nodes, edges`,
      },
      peer: {
        query: `query($id: ID!) { documents(where: {id: {eq: $id}}) { ${peerLineageSelection(3)} } }`,
        variables: { id: '59-NQ/TW' },
      },
      canonApi: (d) =>
        canonLineage(
          d.lineage.nodes.map((n: Json) => ({ ...n, id: fromGlobalId(n.id).key })),
          d.lineage.edges.map((e: Json) => ({ ...e, source: fromGlobalId(e.source).key, target: fromGlobalId(e.target).key })),
        ),
      canonFloor: (r) => canonLineage(r.nodes, r.edges),
      canonPeer: (d) => canonPeerLineage(d.documents[0], 3),
    },
    {
      name: 'tasks page (100, 4 relations)',
      api: { query: `{ tasks(filter: {province: "ha noi"}, first: 100) { totalCount nodes { key text document { symbol title } province { name } leadAgencies { name } coordinatingAgencies { name } } } }` },
      floor: {
        params: { province: 'ha-noi' },
        cypher: `
          MATCH (p:Province {key: $province})<-[:IN_PROVINCE]-(d:Document)-[:HAS_TASK]->(t:Task)
          WITH p, d, t ORDER BY d.id, t.startOffset, t.id
          WITH p, collect({d: d, t: t}) AS rows
          UNWIND rows[0..100] AS r
          WITH p, size(rows) AS total, r.d AS d, r.t AS t
          RETURN total, collect({key: t.id, text: t.text, symbol: d.symbol, title: d.title, province: p.name,
            lead: COLLECT { MATCH (t)-[o:LED_BY]->(a) RETURN a.name ORDER BY o.order },
            coordinators: COLLECT { MATCH (t)-[o:COORDINATED_BY]->(a) RETURN a.name ORDER BY o.order }}) AS items`,
      },
      peer: {
        query: `query($where: TaskWhere!, $sort: [TaskSort!]) { tasksConnection(where: $where) { totalCount } tasks(where: $where, sort: $sort, limit: 100) { id text document { symbol title province { name } } leadAgencies { name } coordinatingAgencies { name } } }`,
        variables: { where: { document: { province: { key: { eq: 'ha-noi' } } } }, sort: TASK_SORT },
      },
      canonApi: (d) => ({ total: d.tasks.totalCount, keys: keysOf(d.tasks.nodes) }),
      canonFloor: (r) => ({ total: r.total, keys: keysOf(r.items) }),
      canonPeer: (d) => ({ total: d.tasksConnection.totalCount, keys: keysOf(d.tasks, 'id') }),
    },
    {
      // Periods only: a recurring task has a start and no end, which the API orders by its start and the peer
      // (sorting on one property) cannot.
      name: 'overdue by date (province)',
      api: { query: `{ tasks(filter: {province: "can tho", deadlineTo: "2026-06-30", deadlineKind: "PERIOD"}, orderBy: DEADLINE_ASC, first: 50) { totalCount nodes { key text deadline { end } leadAgencies { name } } } }` },
      floor: {
        params: { province: 'can-tho', to: '2026-06-30' },
        cypher: `
          MATCH (:Province {key: $province})<-[:IN_PROVINCE]-(d:Document)-[:HAS_TASK]->(t:Task)
          WITH d, t, coalesce(t.deadlineEnd, t.deadlineStart) AS due
          WHERE due <= date($to) AND t.deadlineKind = 'PERIOD'
          WITH d, t, due ORDER BY due, d.id, t.startOffset, t.id
          WITH collect(t) AS ts
          UNWIND ts[0..50] AS t
          RETURN size(ts) AS total, collect({key: t.id, text: t.text, end: t.deadlineEnd,
            lead: COLLECT { MATCH (t)-[o:LED_BY]->(a) RETURN a.name ORDER BY o.order }}) AS items`,
      },
      peer: {
        query: `query($where: TaskWhere!, $sort: [TaskSort!]) { tasksConnection(where: $where) { totalCount } tasks(where: $where, sort: $sort, limit: 50) { id text deadlineEnd leadAgencies { name } } }`,
        variables: { where: { document: { province: { key: { eq: 'can-tho' } } }, deadlineEnd: { lte: '2026-06-30' }, deadlineKind: { eq: 'PERIOD' } }, sort: [{ deadlineEnd: 'ASC' }, ...TASK_SORT] },
      },
      canonApi: (d) => ({ total: d.tasks.totalCount, keys: keysOf(d.tasks.nodes) }),
      canonFloor: (r) => ({ total: r.total, keys: keysOf(r.items) }),
      canonPeer: (d) => ({ total: d.tasksConnection.totalCount, keys: keysOf(d.tasks, 'id') }),
    },
    {
      name: 'counts by province (derives from 59)',
      api: { query: `{ taskCounts(filter: {derivesFrom: "59-NQ/TW"}, groupBy: PROVINCE) { total groups { label count } } }` },
      floor: {
        params: { id: '59-NQ/TW' },
        cypher: `
          MATCH (src:Document {id: $id})
          CALL (src) {
            RETURN src AS d
            UNION
            MATCH (src)<-[:IMPLEMENTS]-{1,10}(d:Document) RETURN DISTINCT d
          }
          WITH src, collect(d) AS derived
          CALL (src, derived) {
            UNWIND derived AS d
            RETURN d, COUNT { (d)-[:HAS_TASK]->() } AS n
            UNION ALL
            MATCH (src)<-[:CITES]-(t:Task)<-[:HAS_TASK]-(d:Document)
            WHERE NOT d IN derived
            RETURN d, count(t) AS n
          }
          OPTIONAL MATCH (d)-[:IN_PROVINCE]->(p:Province)
          WITH p.name AS label, sum(n) AS count WHERE count > 0
          RETURN sum(count) AS total, collect({label: label, count: count}) AS groups`,
      },
      // No grouping in the peer: it returns every matching task's province, counted by the client.
      peer: {
        query: `query($where: TaskWhere!) { tasks(where: $where) { document { province { name } } } }`,
        variables: { where: peerDerivesFrom('59-NQ/TW', opts.chainDepth59) },
      },
      canonApi: (d) => ({ total: d.taskCounts.total, groups: groupCounts(d.taskCounts.groups) }),
      canonFloor: (r) => ({ total: r.total, groups: groupCounts(r.groups) }),
      canonPeer: (d) => {
        const counts = new Map<string | null, number>();
        for (const t of d.tasks as Json[]) {
          const label = (t.document?.province?.name as string | undefined) ?? null;
          counts.set(label, (counts.get(label) ?? 0) + 1);
        }
        return { total: d.tasks.length, groups: groupCounts([...counts].map(([label, count]) => ({ label, count }))) };
      },
    },
    {
      name: 'search "chuyen doi so"',
      api: { query: `{ search(text: "chuyen doi so", first: 20) { score kind node { ... on Task { key text } ... on Document { key symbol } ... on Agency { key } ... on Indicator { key } } } }` },
      floor: {
        params: { q: '+chuyen +doi +so' },
        cypher: `
          CALL db.index.fulltext.queryNodes('search_text', $q, {limit: 20}) YIELD node, score
          RETURN collect({score: score, key: coalesce(node.id, node.key), text: node.text, symbol: node.symbol}) AS hits`,
      },
      // The peer searches one type per query field; the four rankings are merged by score.
      peer: {
        query: `query($q: String!) {
          tasks: taskSearch(phrase: $q, first: 20) { edges { score node { id text } } }
          documents: documentSearch(phrase: $q, first: 20) { edges { score node { id symbol } } }
          agencies: agencySearch(phrase: $q, first: 20) { edges { score node { key } } }
          indicators: indicatorSearch(phrase: $q, first: 20) { edges { score node { id } } }
        }`,
        variables: { q: '+chuyen +doi +so' },
      },
      canonApi: (d) => canonHits(d.search.map((h: Json) => ({ score: h.score, key: h.node.key }))),
      canonFloor: (r) => canonHits(r.hits),
      canonPeer: (d) =>
        canonHits(
          [...d.tasks.edges, ...d.documents.edges, ...d.agencies.edges, ...d.indicators.edges]
            .map((e: Json) => ({ score: e.score as number, key: (e.node.id ?? e.node.key) as string }))
            .sort((a, b) => b.score - a.score)
            .slice(0, 20),
        ),
    },
  ];
}
