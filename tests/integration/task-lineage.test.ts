/**
 * Task-level lineage on the real seed plans: the Hà Nội, Cần Thơ and Hà Tĩnh plans each localise the
 * Government programme 153/NQ-CP of 59-NQ/TW. Ingested through the real pipeline (ingestPaths: extraction,
 * write, then linking), read through the GraphQL API. The tests run in order: the last ones add documents.
 */
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { toGlobalId } from '../../src/api/ids';
import { linkDocument, LINKING } from '../../src/graph/link-counterparts';
import { writeExtraction } from '../../src/graph/write';
import { ingestPaths } from '../../src/ingest/ingest-files';
import { extractFile } from '../../src/ingest/pipeline';
import { slugify, foldDiacritics } from '../../src/ingest/text';
import { centralProgramme } from '../fixtures/counterparts/central-programme';
import sample from '../fixtures/counterparts/sample.json';
import { cleanGraph } from '../support/graph';
import { startHarness, type Harness } from './api/harness';

/* eslint-disable @typescript-eslint/no-explicit-any */
const CORPUS = path.resolve(__dirname, '..', '..', 'data', 'corpus');
const SEED = { '000': '000_ff94fe3dc6f778e9.txt', '001': '001_51b8acb16028c0b2.txt', '002': '002_6c287b3e803201b8.txt' } as Record<string, string>;
// Cần Thơ's table row has a typo ("phát triển dự kiệu số"): the opening both spellings share.
const DIGITAL = 'Đẩy mạnh chuyển đổi số, phát triển d';
/** The identity of a synthetic sibling plan (the Cần Thơ plan moved to Vĩnh Long). */
const COPY = '77/KH-UBND';

async function rows(driver: Driver, query: string, params: Record<string, unknown> = {}): Promise<any[]> {
  const { records } = await driver.executeQuery(query, params);
  return records.map((r) => r.toObject());
}

/** Task keys of a seed file whose text starts with the given words (each task once, restatements aside). */
async function taskKeys(driver: Driver, file: string, text: string): Promise<string[]> {
  const found = await rows(driver, 'MATCH (d:Document)-[:HAS_TASK]->(t:Task) WHERE d.sourcePath ENDS WITH $file AND t.text STARTS WITH $text RETURN t.id AS id', { file: SEED[file], text });
  return found.map((r) => r.id);
}

async function linkSnapshot(driver: Driver): Promise<string[]> {
  const found = await rows(driver, 'MATCH (a:Task)-[r:COUNTERPART_OF|LOCALISES]->(b:Task) RETURN a.id + " " + type(r) + " " + b.id + " " + toString(r.score) AS row ORDER BY row');
  return found.map((r) => r.row);
}

const COUNTERPARTS = 'query($ids: [ID!]!, $min: Float) { nodes(ids: $ids) { ... on Task { key document { key } counterparts(minScore: $min) { task { key document { key } } score basis } } } }';

describe('task lineage over the three seed plans (Hà Nội, Cần Thơ, Hà Tĩnh → 153/NQ-CP → 59-NQ/TW)', () => {
  let h: Harness;
  let driver: Driver;

  beforeAll(async () => {
    h = await startHarness({}, { load: false });
    driver = h.driver;
    await cleanGraph(driver);
    const summary = await ingestPaths(driver, Object.values(SEED).map((f) => path.join(CORPUS, f)));
    expect(summary.failed).toEqual([]);
    expect(summary.links.failed).toBe(0);
  }, 300_000);

  afterAll(async () => {
    await cleanGraph(driver);
    await h.close();
  });

  it('links the digital-transformation row of each plan to the other two, with the shared wording as basis', async () => {
    const [hatinh] = await taskKeys(driver, '002', DIGITAL);
    const others = [...(await taskKeys(driver, '000', DIGITAL)), ...(await taskKeys(driver, '001', DIGITAL))];
    expect(others).toHaveLength(2);
    const { body } = await h.gql<any>(COUNTERPARTS, { ids: [toGlobalId('Task', hatinh)] });
    expect(body.errors).toBeUndefined();
    const [task] = body.data.nodes;
    const keys = task.counterparts.map((m: any) => m.task.key);
    expect(keys).toEqual(expect.arrayContaining(others));
    // Never within one document, best first, every match at least the default threshold, explained.
    expect(task.counterparts.every((m: any) => m.task.document.key !== task.document.key)).toBe(true);
    const scores = task.counterparts.map((m: any) => m.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(Math.min(...scores)).toBeGreaterThanOrEqual(LINKING.defaultMinScore);
    const top = task.counterparts.find((m: any) => m.task.key === others[0]);
    expect(top.basis[0]).toMatch(/^shared terms: .*dữ liệu số/);
  });

  it('a body bullet restating an appendix row answers with the row’s counterparts', async () => {
    const [bullet] = await rows(driver, 'MATCH (d:Document)-[:HAS_RESTATEMENT]->(b:Task)-[:SAME_AS]->(row:Task) WHERE d.sourcePath ENDS WITH $file AND EXISTS { (row)-[:COUNTERPART_OF]-() } RETURN b.id AS bullet, row.id AS row ORDER BY b.id LIMIT 1', { file: SEED['000'] });
    const { body } = await h.gql<any>(COUNTERPARTS, { ids: [toGlobalId('Task', bullet.bullet), toGlobalId('Task', bullet.row)] });
    const [ofBullet, ofRow] = body.data.nodes.map((n: any) => n.counterparts.map((m: any) => m.task.key));
    expect(ofRow.length).toBeGreaterThan(0);
    expect(ofBullet).toEqual(ofRow);
  });

  it('reaches pair recall ≥ 0.85 at precision ≥ 0.90 on the hand-labelled sample, read through Task.counterparts', async () => {
    const pairs: { a: string; b: string[]; same: boolean }[] = [];
    for (const p of sample.pairs) {
      const [a] = await taskKeys(driver, p.a.file, p.a.text);
      const b = await taskKeys(driver, p.b.file, p.b.text);
      expect([p.a.text, a && b.length > 0]).toEqual([p.a.text, true]);
      pairs.push({ a, b, same: p.same });
    }
    const anchors = [...new Set(pairs.map((p) => p.a))];
    const { body } = await h.gql<any>(COUNTERPARTS, { ids: anchors.map((k) => toGlobalId('Task', k)) });
    expect(body.errors).toBeUndefined();
    const linked = new Map<string, Set<string>>(body.data.nodes.map((n: any) => [n.key, new Set(n.counterparts.map((m: any) => m.task.key))]));
    const says = (p: (typeof pairs)[number]) => p.b.some((b) => linked.get(p.a)!.has(b));
    const tp = pairs.filter((p) => p.same && says(p)).length;
    const fp = pairs.filter((p) => !p.same && says(p)).length;
    const fn = pairs.filter((p) => p.same && !says(p)).length;
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    console.log(`labelled sample: ${pairs.length} pairs (${tp + fn} same): precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} at minScore ${LINKING.defaultMinScore}`);
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.85);
  });

  it('minScore narrows the list, and an out-of-range minScore is BAD_USER_INPUT', async () => {
    const [hatinh] = await taskKeys(driver, '002', DIGITAL);
    const id = toGlobalId('Task', hatinh);
    const loose = (await h.gql<any>(COUNTERPARTS, { ids: [id], min: LINKING.storeMin })).body.data.nodes[0].counterparts;
    const strict = (await h.gql<any>(COUNTERPARTS, { ids: [id], min: 0.9 })).body.data.nodes[0].counterparts;
    expect(loose.length).toBeGreaterThan(strict.length);
    expect(strict.every((m: any) => m.score >= 0.9)).toBe(true);
    const bad = await h.gql<any>(COUNTERPARTS, { ids: [id], min: 1.5 });
    expect(bad.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('costs the same round trips for 5 tasks with counterparts as for 60', async () => {
    const all = await rows(driver, 'MATCH (:Document)-[:HAS_TASK]->(t:Task) RETURN t.id AS id ORDER BY id LIMIT 60');
    const query = 'query($ids: [ID!]!) { nodes(ids: $ids) { ... on Task { counterparts { score basis task { text province { name } leadAgencies { name } } } localises { score } } } }';
    const trips = async (n: number) => (await h.gql<any>(query, { ids: all.slice(0, n).map((r) => toGlobalId('Task', r.id)) })).body.extensions?.roundTrips;
    const few = await trips(5);
    expect(typeof few).toBe('number');
    expect(await trips(60)).toBe(few);
  });

  it('coverage(of: "59-NQ/TW") lists all three provinces for a task all three took up, and a clearly local task as its province’s own', async () => {
    const query = 'query($p: [String!]) { coverage(of: "59-NQ/TW", provinces: $p) { rowsFrom provinces { name } rows { label tasks { key } provinces { name } missingProvinces { name } } localTasks { province { name } tasks { text } } } }';
    const { body } = await h.gql<any>(query);
    expect(body.errors).toBeUndefined();
    const c = body.data.coverage;
    expect(c.rowsFrom).toBe('COUNTERPART_CLUSTERS');
    expect(c.provinces.map((p: any) => p.name)).toEqual(['Cần Thơ', 'Hà Nội', 'Hà Tĩnh']);
    const [hatinh] = await taskKeys(driver, '002', DIGITAL);
    const row = c.rows.find((r: any) => r.tasks.some((t: any) => t.key === hatinh));
    expect(row.provinces.map((p: any) => p.name)).toEqual(['Cần Thơ', 'Hà Nội', 'Hà Tĩnh']);
    expect(row.missingProvinces).toEqual([]);
    // Hà Tĩnh's cooperation within the association of nine provinces of Việt Nam, Laos and Thailand along roads 8 and 12.
    const own = (province: string) => c.localTasks.find((l: any) => l.province.name === province).tasks.map((t: any) => t.text);
    expect(own('Hà Tĩnh').some((t: string) => t.includes('Hiệp hội 9 tỉnh'))).toBe(true);
    expect(own('Hà Nội').some((t: string) => t.includes('Joint Research Fund'))).toBe(true);
    expect(c.rows.flatMap((r: any) => r.tasks).length).toBeGreaterThan(50);

    const narrowedBody = (await h.gql<any>(query, { p: ['ha noi', 'Hà Tĩnh'] })).body;
    const narrowed = narrowedBody.data.coverage;
    expect(narrowed.provinces.map((p: any) => p.name)).toEqual(['Hà Nội', 'Hà Tĩnh']);
    expect(narrowed.rows.every((r: any) => r.provinces.length === 2)).toBe(true);
    // Three provinces' rows or two: the same round trips (one query per relationship, not per row).
    expect(narrowedBody.extensions?.roundTrips).toBe(body.extensions?.roundTrips);
    expect(body.extensions?.roundTrips).toBeLessThanOrEqual(5);
  });

  it('re-ingesting the unchanged plans changes no link; a new sibling plan links only its own tasks', async () => {
    const before = await linkSnapshot(driver);
    const again = await ingestPaths(driver, Object.values(SEED).map((f) => path.join(CORPUS, f)));
    expect(again.unchanged).toBe(3);
    expect(again.links.documents).toBe(0);
    expect(await linkSnapshot(driver)).toEqual(before);

    // The Cần Thơ plan's extraction moved to another province under a new symbol (the bench's synthetic plans).
    const canTho = await extractFile(path.join(CORPUS, SEED['001']));
    const province = 'Vĩnh Long';
    const copy = {
      ...canTho,
      source: { ...canTho.source, path: 'synthetic/vinh-long.txt', sha256: 'e'.repeat(64) },
      documentId: COPY,
      document: { ...canTho.document, symbol: '77/KH-UBND', number: '77', province, issuer: `UBND tỉnh ${province}` },
      agencies: canTho.agencies.map((a) => (a.province ? { ...a, province, key: `${slugify(province)}:${foldDiacritics(a.name)}` } : a)),
    };
    await writeExtraction(driver, copy);
    const linked = await linkDocument(driver, COPY);
    expect(linked.siblings).toBe(3);
    expect(linked.counterparts).toBeGreaterThan(50);
    const after = await linkSnapshot(driver);
    const untouched = after.filter((r) => !r.includes(`${COPY}#`));
    expect(untouched).toEqual(before);
    // Its copy of the digital row is the Cần Thơ row word for word.
    const [original] = await taskKeys(driver, '001', DIGITAL);
    const copyKey = original.replace(`${canTho.documentId}#`, `${COPY}#`);
    const match = await rows(driver, 'MATCH (:Task {id: $a})-[r:COUNTERPART_OF]-(:Task {id: $b}) RETURN r.score AS score', { a: copyKey, b: original });
    expect(match[0]?.score).toBe(1);
  });

  it('links each plan’s rows to the central programme once it is ingested (LOCALISES), and coverage then reads its rows', async () => {
    // The programme takes the identity of the stub the plans' IMPLEMENTS edges point at.
    const [stub] = await rows(driver, "MATCH (:Document)-[:IMPLEMENTS]->(s:Document {symbol: '153/NQ-CP'}) RETURN DISTINCT s.id AS id");
    const programme = { ...centralProgramme(), documentId: stub.id };
    await writeExtraction(driver, programme);
    const linked = await linkDocument(driver, stub.id);
    const row = (n: number) => `${stub.id}#t${n}`;
    expect(linked.children).toBe(4);

    const [hatinh] = await taskKeys(driver, '002', DIGITAL);
    const query = 'query($id: ID!) { node(id: $id) { ... on Task { localises { task { key document { symbol } } score basis } counterparts { task { key } basis } } } }';
    const { body } = await h.gql<any>(query, { id: toGlobalId('Task', hatinh) });
    expect(body.errors).toBeUndefined();
    const { localises, counterparts } = body.data.node;
    expect(localises.task).toEqual({ key: row(1), document: { symbol: '153/NQ-CP' } });
    expect(localises.score).toBeGreaterThanOrEqual(LINKING.localiseMin);
    expect(localises.basis[0]).toMatch(/^shared terms:/);
    // Counterparts follow from sharing the central row too.
    expect(counterparts.some((m: any) => m.basis.some((b: string) => b.startsWith('both localise 153/NQ-CP row 1')))).toBe(true);

    const cov = (await h.gql<any>('{ coverage(of: "59-NQ/TW") { rowsFrom programme { symbol } rows { centralTask { key } provinces { name } missingProvinces { name } } } }')).body.data.coverage;
    expect(cov.rowsFrom).toBe('CENTRAL_TASKS');
    expect(cov.programme.symbol).toBe('153/NQ-CP');
    const rowOf = (key: string) => cov.rows.find((r: any) => r.centralTask?.key === key);
    expect(rowOf(row(1)).provinces.map((p: any) => p.name)).toEqual(['Cần Thơ', 'Hà Nội', 'Hà Tĩnh', 'Vĩnh Long']);
    expect(rowOf(row(4)).provinces).toEqual([]);
    expect(rowOf(row(4)).missingProvinces).toHaveLength(4);

    // A plan ingested after its programme localises at once (the parent path, not the children path).
    await driver.executeQuery('MATCH (d:Document {id: $id}) REMOVE d.linkedHash', { id: COPY });
    const relinked = await linkDocument(driver, COPY);
    expect(relinked.parents).toBe(1);
    expect(relinked.localises).toBeGreaterThan(0);
  });
});
