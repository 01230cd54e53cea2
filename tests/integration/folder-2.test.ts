/**
 * "Done means" of issue 7 on a larger mixed folder: the first folder test's twelve files and twelve real texts
 * never seen before (tests/fixtures/folder-2/README.md, whose expected answers were written before the first
 * run): the Government's programme for 57-NQ/TW in two copies, its amendment behind a portal's metadata block, a
 * steering committee's decision in two copies, a Tỉnh ủy programme copied without number or province, two news
 * items that issue nothing, central Party texts behind a news intro or with scrambled diacritics, and a plan citing
 * the 2022 Nghị quyết 96/NQ-CP while the folder holds the 2025 one. Asked the NQ 57 question,
 * taskCounts(groupBy: PROVINCE) and lineage, and which node each symbol names.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ingestPaths } from '../../src/ingest/ingest-files';
import { cleanGraph } from '../support/graph';
import { startHarness, type Harness } from './api/harness';

const FIXTURES = path.join(__dirname, '../fixtures');
// The first folder (folder.test.ts), as it names its files.
const FIRST: [string, string][] = [
  ['a-chinh-phu-96-web.txt', 'unseen/chinh-phu-nghi-quyet-96-web.txt'],
  ['b-bo-chinh-tri-68.txt', 'central/bo-chinh-tri-nghi-quyet-68.txt'],
  ['c-dang-doan-quoc-hoi-57.txt', 'central/dang-doan-quoc-hoi-ke-hoach-57.txt'],
  ['d-quang-ninh-120.md', 'unseen/quang-ninh-ke-hoach-120.md'],
  ['e-nghe-an-15.txt', 'unseen/nghe-an-chuong-trinh-15.txt'],
  ['f-tay-ninh-news.txt', 'copies/tay-ninh-news-restated-plan.txt'],
  ['g-ket-luan-34-news.txt', 'copies/ket-luan-34-news-intro.txt'],
  ['h-lam-dong-853-portal.txt', 'copies/lam-dong-853-metadata-only.txt'],
  ['i-kien-giang-2426-news.txt', 'copies/kien-giang-2426-news-passive.txt'],
  ['j-bo-cong-thuong-news.txt', 'copies/held-out-2/bo-cong-thuong-ke-hoach-115-news.txt'],
  ['k-nghe-an-305-news.txt', 'copies/held-out-4/nghe-an-305-kh-tu-news.txt'],
  ['l-bo-nn-4836-web.txt', 'copies/held-out-4/bo-nn-4836-cong-van-web.txt'],
];
const SECOND = fs.readdirSync(path.join(FIXTURES, 'folder-2')).filter((f) => f.endsWith('.txt')).sort();
const NEWS = ['ha-tinh-news-57.txt', 'phu-tho-news-57.txt'];

/* eslint-disable @typescript-eslint/no-explicit-any */
describe('a larger mixed folder: two copies of one document, a symbol reused a year apart, news that issues nothing', () => {
  let h: Harness;
  let dir: string;
  let firstDir: string;
  let secondDir: string;
  let failed: string[];
  let programme96Id: string;
  beforeAll(async () => {
    h = await startHarness({}, { load: false });
    await cleanGraph(h.driver);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'folder-7c-'));
    [firstDir, secondDir] = [path.join(dir, '1'), path.join(dir, '2')];
    fs.mkdirSync(firstDir);
    fs.mkdirSync(secondDir);
    for (const [name, from] of FIRST) fs.copyFileSync(path.join(FIXTURES, from), path.join(firstDir, name));
    for (const name of SECOND) fs.copyFileSync(path.join(FIXTURES, 'folder-2', name), path.join(secondDir, name));
    const first = await ingestPaths(h.driver, [firstDir]);
    // The 2025 programme's global id as a client would have stored it before the 2022 resolution was known.
    const { body } = await h.gql<any>('{ document(symbol: "96/NQ-CP") { id } }');
    programme96Id = body.data.document.id;
    const second = await ingestPaths(h.driver, [secondDir]);
    failed = [...first.failed, ...second.failed].map((f) => path.basename(f.path));
  }, 240_000);
  afterAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await cleanGraph(h.driver);
    await h.close();
  });

  const doc = async (symbol: string, year?: number) => {
    const { body } = await h.gql<any>(
      'query($s: String!, $y: Int) { document(symbol: $s, year: $y) { id key stub level issuedOn signer province { name } citations { relation ambiguous to { symbol issuedOn } } } }',
      { s: symbol, y: year ?? null },
    );
    expect(body.errors).toBeUndefined();
    return body.data.document;
  };
  const relationTo = (d: any, symbol: string) => d.citations.filter((c: any) => c.to.symbol === symbol).map((c: any) => c.relation);

  it('every directive is ingested but one; the news items that issue nothing may be refused', () => {
    // A miss, kept visible: the Kết luận whose site scrambled its diacritics ("KẾT LỦẬN 127-KL/TW CỦÀ BỘ CHÍNH TRỊ")
    // is refused as "not a directive document"; a reader takes it. Its expected answer is in folder-2/README.md.
    expect(failed.filter((f) => !NEWS.includes(f))).toEqual(['ket-luan-127-scrambled.txt']);
  });

  it('one node per real document: two copies of 03/NQ-CP and of 126/QĐ-BCĐCP are one each; no node named "57" beside 57-NQ/TW', async () => {
    const { records } = await h.driver.executeQuery('MATCH (d:Document) WITH d.symbolKey AS k, collect(d.id) AS ids WHERE k IS NOT NULL AND size(ids) > 1 RETURN k, ids');
    expect(records.map((r) => r.get('k'))).toEqual(['96NQCP']);
    const nq57 = await h.driver.executeQuery("MATCH (d:Document) WHERE d.number = '57' RETURN d.id AS id");
    expect(nq57.records.map((r) => r.get('id')).sort()).toEqual(['57-NQ/TW']);
    expect(await doc('03/NQ-CP')).toMatchObject({ stub: false, level: 'CENTRAL_STATE', province: null, issuedOn: '2025-01-09' });
    expect(await doc('126/QĐ-BCĐCP')).toMatchObject({ stub: false, level: 'CENTRAL_STATE', province: null, issuedOn: '2025-09-11' });
  });

  it('no central document in a province; the provincial ones in theirs, or in none when the text names none', async () => {
    const central = await h.driver.executeQuery("MATCH (d:Document)-[:IN_PROVINCE]->(p) WHERE d.level STARTS WITH 'CENTRAL' RETURN d.id AS id, p.name AS p");
    expect(central.records.map((r) => [r.get('id'), r.get('p')])).toEqual([]);
    expect(await doc('71/NQ-CP')).toMatchObject({ level: 'CENTRAL_STATE', province: null, issuedOn: '2025-04-01', signer: 'Phạm Minh Chính' });
    expect(await doc('97-QĐ/TW')).toMatchObject({ level: 'CENTRAL_PARTY', province: null, issuedOn: '2023-02-07' });
    expect(await doc('186/KH-UBND')).toMatchObject({ level: 'PROVINCIAL_STATE', province: { name: 'Tuyên Quang' } });
    const unnumbered = await h.driver.executeQuery(
      "MATCH (d:Document) WHERE d.id STARTS WITH 'doc:' AND NOT d.stub OPTIONAL MATCH (d)-[:IN_PROVINCE]->(p) RETURN d.kind AS kind, d.level AS level, p.name AS p ORDER BY kind, level, p",
    );
    const rows = unnumbered.records.map((r) => [r.get('kind'), r.get('level'), r.get('p')]);
    expect(rows).toEqual(expect.arrayContaining([['CHUONG_TRINH', 'PROVINCIAL_PARTY', null], ['KE_HOACH', 'PROVINCIAL_STATE', 'Cà Mau']]));
  });

  it('relations: 03/NQ-CP carries out 57-NQ/TW and cites the proposal it answers; 71/NQ-CP amends 03/NQ-CP; 126 rests on its bases', async () => {
    const nq03 = await doc('03/NQ-CP');
    expect(relationTo(nq03, '57-NQ/TW')).toContain('IMPLEMENTS');
    expect(relationTo(nq03, '04/TTr-BKHCN-BTTTT')).toEqual(['CITES']);
    const nq71 = await doc('71/NQ-CP');
    expect(relationTo(nq71, '03/NQ-CP')).toContain('AMENDS');
    expect(relationTo(nq71, '57-NQ/TW').some((r: string) => r === 'BASED_ON' || r === 'IMPLEMENTS')).toBe(true);
    const qd126 = await doc('126/QĐ-BCĐCP');
    for (const s of ['57-NQ/TW', '929/QĐ-TTg', '71/NQ-CP']) expect(relationTo(qd126, s)).toEqual(['BASED_ON']);
    expect(relationTo(await doc('97-QĐ/TW'), '24-QĐ/TW')).toEqual(['BASED_ON']);
  });

  it('one symbol, two documents: 96/NQ-CP of 2025 (the programme for 68-NQ/TW) and of 2022 (the one Tuyên Quang carries out); the programme\'s id still resolves', async () => {
    const [of2025, of2022] = [await doc('96/NQ-CP', 2025), await doc('96/NQ-CP', 2022)];
    expect(of2025).toMatchObject({ stub: false, issuedOn: '2025-06-16' });
    expect(of2022).toMatchObject({ stub: true, issuedOn: '2022-08-01' });
    const plan = await doc('186/KH-UBND');
    expect(plan.citations.filter((c: any) => c.to.symbol === '96/NQ-CP').map((c: any) => [c.relation, c.to.issuedOn, c.ambiguous])).toEqual([['IMPLEMENTS', '2022-08-01', false]]);
    const { body } = await h.gql<any>('query($id: ID!) { node(id: $id) { ... on Document { key issuedOn title } } }', { id: programme96Id });
    expect(body.data.node).toMatchObject({ issuedOn: '2025-06-16' });
    expect(body.data.node.title).toMatch(/68-NQ\/TW/);
  });

  it('the NQ 57 question: the first folder\'s answer, unchanged — no task of the central programme\'s pages, none of Hà Nội', async () => {
    const { body } = await h.gql<any>('{ tasks(filter: {derivesFrom: "57-NQ/TW"}, first: 100) { totalCount edges { node { document { symbol } province { name } leadAgencies { name } } } } }');
    expect(body.errors).toBeUndefined();
    const nodes = body.data.tasks.edges.map((e: any) => e.node);
    expect([...new Set(nodes.map((n: any) => n.document.symbol))].sort()).toEqual(['120/KH-UBND', '15-CTr/TU', '18-KH/ĐĐQH15', '98/KH-UBND']);
    expect([...new Set(nodes.map((n: any) => n.province?.name ?? null))].sort()).toEqual(['Nghệ An', 'Quảng Ninh', 'Tây Ninh', null].sort());
    expect(nodes.filter((n: any) => n.document.symbol === '98/KH-UBND').flatMap((n: any) => n.leadAgencies.map((a: any) => a.name))).toContain('Sở Khoa học và Công nghệ');
  });

  it('taskCounts(groupBy: PROVINCE): the first folder\'s provinces, central tasks under none, never Hà Nội', async () => {
    const { body } = await h.gql<any>('{ all: taskCounts(groupBy: PROVINCE) { groups { key label count } } nq57: taskCounts(filter: {derivesFrom: "57-NQ/TW"}, groupBy: PROVINCE) { groups { label count } } }');
    expect(body.errors).toBeUndefined();
    expect(body.data.all.groups.map((g: any) => g.label).filter(Boolean).sort()).toEqual(['Kiên Giang', 'Nghệ An', 'Quảng Ninh', 'Tây Ninh']);
    expect(body.data.all.groups.find((g: any) => g.key === null).count).toBeGreaterThan(0);
    expect(body.data.nq57.groups.find((g: any) => g.label === 'Tây Ninh').count).toBe(3);
  });

  it('lineage: 57-NQ/TW gains the Tỉnh ủy programme, 68-NQ/TW keeps only its own 96/NQ-CP, 11-NQ/TW reaches Tuyên Quang through 23-CTr/TU, 03/NQ-CP reaches its amendment', async () => {
    const lineage = async (symbol: string, relations: string | null, year: number | null = null) => {
      const { body } = await h.gql<any>(`query($s: String!, $y: Int) { lineage(symbol: $s, year: $y, direction: DOWN, depth: 3${relations ? `, relations: [${relations}]` : ''}) { nodes { label distance document { key kind level } } } }`, { s: symbol, y: year });
      expect(body.errors).toBeUndefined();
      return body.data.lineage.nodes as any[];
    };
    const l57 = await lineage('57-NQ/TW', 'IMPLEMENTS');
    const labels57 = l57.map((n) => `${n.distance} ${n.label}`);
    expect(labels57).toEqual(expect.arrayContaining(['0 57-NQ/TW', '1 03/NQ-CP', '1 120/KH-UBND', '1 15-CTr/TU', '1 18-KH/ĐĐQH15', '1 305-KH/TU', '1 98/KH-UBND']));
    expect(l57.filter((n) => n.distance === 1 && n.document.kind === 'CHUONG_TRINH' && n.document.level === 'PROVINCIAL_PARTY' && n.document.key.startsWith('doc:'))).toHaveLength(1);
    const extra = labels57.filter((l) => !/^(0 57-NQ\/TW|1 03\/NQ-CP|1 120\/KH-UBND|1 15-CTr\/TU|1 18-KH\/ĐĐQH15|1 305-KH\/TU|1 98\/KH-UBND|1 71\/NQ-CP)$/.test(l));
    expect(extra).toHaveLength(1); // the unnumbered Tỉnh ủy programme
    const l68 = await lineage('68-NQ/TW', 'IMPLEMENTS');
    expect(l68.map((n) => [n.distance, n.document.key]).sort()).toEqual([[0, '68-NQ/TW'], [1, (await doc('96/NQ-CP', 2025)).key]].sort());
    const l11 = (await lineage('11-NQ/TW', 'IMPLEMENTS')).map((n) => `${n.distance} ${n.label}`);
    expect(l11).toEqual(expect.arrayContaining(['0 11-NQ/TW', '1 23-CTr/TU', '2 186/KH-UBND']));
    const l03 = (await lineage('03/NQ-CP', null, 2025)).map((n) => `${n.distance} ${n.label}`);
    expect(l03).toContain('1 71/NQ-CP');
  });
});
