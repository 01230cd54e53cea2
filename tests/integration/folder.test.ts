/**
 * "Done means" of issue 7: a folder holding a Politburo resolution, a Government programme implementing it, a
 * central Party body's plan and provincial plans in several forms (official text, Markdown transcription, web
 * copies, a news restatement, a portal's metadata block) is ingested as a user would (`ingestPaths`, the CLI's
 * path), and the NQ 57 question, taskCounts(groupBy: PROVINCE) and lineage answer as a careful reader would.
 * The fixtures are the ones the unit tests of each family use. The file names order the folder so a cited
 * document is ingested after the documents citing it (its stub is filled, not duplicated); the last test
 * ingests the same files in the reverse order and gets the same answers.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ingestPaths } from '../../src/ingest/ingest-files';
import { cleanGraph } from '../support/graph';
import { startHarness, type Harness } from './api/harness';

const FIXTURES = path.join(__dirname, '../fixtures');
const FOLDER: [string, string][] = [
  ['a-chinh-phu-96-web.txt', 'unseen/chinh-phu-nghi-quyet-96-web.txt'], // Government programme implementing 68-NQ/TW (web copy)
  ['b-bo-chinh-tri-68.txt', 'central/bo-chinh-tri-nghi-quyet-68.txt'], // Politburo resolution (Party header)
  ['c-dang-doan-quoc-hoi-57.txt', 'central/dang-doan-quoc-hoi-ke-hoach-57.txt'], // central Party body's plan, signed "Hà Nội, ngày …"
  ['d-quang-ninh-120.md', 'unseen/quang-ninh-ke-hoach-120.md'], // provincial plan, Markdown transcription
  ['e-nghe-an-15.txt', 'unseen/nghe-an-chuong-trinh-15.txt'], // provincial Party programme
  ['f-tay-ninh-news.txt', 'copies/tay-ninh-news-restated-plan.txt'], // news article restating a plan
  ['g-ket-luan-34-news.txt', 'copies/ket-luan-34-news-intro.txt'], // Politburo conclusion behind a news intro
  ['h-lam-dong-853-portal.txt', 'copies/lam-dong-853-metadata-only.txt'], // portal metadata block, no body
  ['i-kien-giang-2426-news.txt', 'copies/kien-giang-2426-news-passive.txt'], // provincial decision in the news, a passive restated task
  ['j-bo-cong-thuong-news.txt', 'copies/held-out-2/bo-cong-thuong-ke-hoach-115-news.txt'], // a ministry's unnumbered plan in the news: central
  // A provincial Party plan implementing 57-NQ/TW as a news site reports it ("… vừa thay mặt Ban Thường vụ Tỉnh ủy
  // Nghệ An ký ban hành Kế hoạch số 305 -KH/TU … thực hiện Nghị quyết số 57 - NQ/TW"): a second Nghệ An document.
  ['k-nghe-an-305-news.txt', 'copies/held-out-4/nghe-an-305-kh-tu-news.txt'],
  // A ministry's letter copied from a portal, signed "Hà Nội, ngày …": central, in no province.
  ['l-bo-nn-4836-web.txt', 'copies/held-out-4/bo-nn-4836-cong-van-web.txt'],
];

/* eslint-disable @typescript-eslint/no-explicit-any */
describe('a folder of directives in several forms, ingested and asked', () => {
  let h: Harness;
  let dir: string;
  let summary: Awaited<ReturnType<typeof ingestPaths>>;
  beforeAll(async () => {
    h = await startHarness({}, { load: false });
    await cleanGraph(h.driver);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'folder-7-'));
    for (const [name, from] of FOLDER) fs.copyFileSync(path.join(FIXTURES, from), path.join(dir, name));
    summary = await ingestPaths(h.driver, [dir]);
  });
  afterAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await cleanGraph(h.driver);
    await h.close();
  });

  it('every file is ingested, copies included; one node per real document; no central document in a province', async () => {
    expect(summary.failed).toEqual([]);
    expect(summary.documents).toBe(FOLDER.length);
    const { records } = await h.driver.executeQuery('MATCH (d:Document) WHERE NOT d.stub RETURN d.id AS id, d.level AS level ORDER BY id');
    const ids = records.map((r) => r.get('id') as string);
    expect(ids.filter((id) => !id.startsWith('doc:'))).toEqual(['120/KH-UBND', '15-CTr/TU', '18-KH/ĐĐQH15', '2426/QĐ-UBND', '305-KH/TU', '34-KL/TW', '4836/BNN-VPĐP', '68-NQ/TW', '853/QĐ-UBND', '96/NQ-CP', '98/KH-UBND']);
    // The ministry's plan the news gives no number: one node, identified by what the text says of it, central.
    expect(records.filter((r) => (r.get('id') as string).startsWith('doc:')).map((r) => r.get('level'))).toEqual(['CENTRAL_STATE']);
    const central = await h.driver.executeQuery("MATCH (d:Document)-[:IN_PROVINCE]->(p) WHERE d.level STARTS WITH 'CENTRAL' RETURN d.id AS id, p.name AS p");
    expect(central.records.map((r) => [r.get('id'), r.get('p')])).toEqual([]);
    const symbols = await h.driver.executeQuery('MATCH (d:Document) WHERE d.symbolKey IS NOT NULL WITH d.symbolKey AS k, count(*) AS n WHERE n > 1 RETURN k');
    expect(symbols.records).toEqual([]);
  });

  it('the NQ 57 question: tasks of Quảng Ninh, Nghệ An, Tây Ninh (the news copy\'s restated tasks) and the Đảng đoàn Quốc hội, none of Hà Nội', async () => {
    const { body } = await h.gql<any>(`{
      tasks(filter: {derivesFrom: "57-NQ/TW"}, first: 100) {
        totalCount
        edges { node { document { symbol } province { name } leadAgencies { name } } }
      }
    }`);
    expect(body.errors).toBeUndefined();
    const nodes = body.data.tasks.edges.map((e: any) => e.node);
    const byDocument = (symbol: string) => nodes.filter((n: any) => n.document.symbol === symbol);
    expect([...new Set(nodes.map((n: any) => n.document.symbol))].sort()).toEqual(['120/KH-UBND', '15-CTr/TU', '18-KH/ĐĐQH15', '98/KH-UBND']);
    expect([...new Set(nodes.map((n: any) => n.province?.name ?? null))].sort()).toEqual(['Nghệ An', 'Quảng Ninh', 'Tây Ninh', null].sort());
    expect(byDocument('98/KH-UBND').map((n: any) => n.leadAgencies.map((a: any) => a.name)).flat()).toContain('Sở Khoa học và Công nghệ');
    expect(byDocument('18-KH/ĐĐQH15').every((n: any) => n.province === null)).toBe(true);
    // Tasks of the programme implementing 68-NQ/TW do not derive from 57-NQ/TW.
    expect(byDocument('96/NQ-CP')).toEqual([]);
    expect(body.data.tasks.totalCount).toBe(nodes.length);
  });

  it('taskCounts(groupBy: PROVINCE): the provinces that took it up, central tasks under no province, never Hà Nội', async () => {
    const { body } = await h.gql<any>('{ all: taskCounts(groupBy: PROVINCE) { groups { key label count } } nq57: taskCounts(filter: {derivesFrom: "57-NQ/TW"}, groupBy: PROVINCE) { groups { label count } } }');
    expect(body.errors).toBeUndefined();
    const labels = body.data.all.groups.map((g: any) => g.label);
    expect(labels).not.toContain('Hà Nội');
    expect(labels.filter(Boolean).sort()).toEqual(['Kiên Giang', 'Nghệ An', 'Quảng Ninh', 'Tây Ninh']);
    const central = body.data.all.groups.find((g: any) => g.key === null);
    expect(central.count).toBeGreaterThan(0); // 68-NQ/TW, 96/NQ-CP, the Đảng đoàn Quốc hội plan, the ministry's plan
    expect(body.data.nq57.groups.find((g: any) => g.label === 'Tây Ninh').count).toBe(3);
  });

  it('lineage of 57-NQ/TW and of 68-NQ/TW: each chain its own, the news copy in its place', async () => {
    const lineage = async (symbol: string) => {
      const { body } = await h.gql<any>('query($s: String!) { lineage(symbol: $s, direction: DOWN, depth: 3, relations: [IMPLEMENTS]) { nodes { label distance } } }', { s: symbol });
      return body.data.lineage.nodes.map((n: any) => `${n.distance} ${n.label}`).sort();
    };
    // 03/NQ-CP (a stub) is there because the Quảng Ninh plan says "Nghị quyết số 03/NQ-CP … ban hành Chương
    // trình hành động … thực hiện Nghị quyết số 57-NQ/TW": the Government's programme, as a reader would draw it.
    expect(await lineage('57-NQ/TW')).toEqual(['0 57-NQ/TW', '1 03/NQ-CP', '1 120/KH-UBND', '1 15-CTr/TU', '1 18-KH/ĐĐQH15', '1 305-KH/TU', '1 98/KH-UBND']);
    expect(await lineage('Nghị quyết 68')).toEqual(['0 68-NQ/TW', '1 96/NQ-CP']);
  });

  it('the news copy of a Party plan: Nghệ An\'s Ban Thường vụ, its date and symbol read from the sentence; the ministry\'s letter is central', async () => {
    const { body } = await h.gql<any>('{ a: document(symbol: "305-KH/TU") { kind issuer level issuedOn province { name } inferred { field } } b: document(symbol: "4836/BNN-VPĐP") { kind level province { name } } }');
    expect(body.data.a).toMatchObject({ kind: 'KE_HOACH', issuer: 'Ban Thường vụ Tỉnh ủy Nghệ An', level: 'PROVINCIAL_PARTY', issuedOn: '2025-02-20', province: { name: 'Nghệ An' } });
    expect(body.data.a.inferred.map((f: any) => f.field)).toEqual(expect.arrayContaining(['symbol', 'issuer', 'issuedOn']));
    expect(body.data.b).toEqual({ kind: 'CONG_VAN', level: 'CENTRAL_STATE', province: null });
  });

  it('the copies say what they inferred and from where', async () => {
    const { body } = await h.gql<any>('{ a: document(symbol: "98/KH-UBND") { province { name } inferred { field how } } b: document(symbol: "853/QĐ-UBND") { signer inferred { field } } }');
    expect(body.data.a.province.name).toBe('Tây Ninh');
    expect(body.data.a.inferred.find((f: any) => f.field === 'symbol').how).toMatch(/^a copy's intro: "Ngày 3-7, UBND tỉnh ban hành Kế hoạch số 98\/KH-UBND/);
    expect(body.data.b.signer).toBe('Đoàn Văn Việt');
    expect(body.data.b.inferred.map((f: any) => f.field)).toContain('signer');
  });

  it('the same answers when the folder is ingested in the reverse order (identity does not depend on it)', async () => {
    const answers = async () => {
      const { body } = await h.gql<any>(`{
        nq57: tasks(filter: {derivesFrom: "57-NQ/TW"}, first: 100) { totalCount edges { node { text document { key } province { name } leadAgencies { name } } } }
        counts: taskCounts(groupBy: PROVINCE) { groups { label count } }
        l57: lineage(symbol: "57-NQ/TW", direction: DOWN, depth: 3) { nodes { label distance } edges { relation ambiguous } }
        l68: lineage(symbol: "68-NQ/TW", direction: DOWN, depth: 3) { nodes { label distance } }
        documents(first: 100) { totalCount edges { node { key stub level province { name } } } }
      }`);
      expect(body.errors).toBeUndefined();
      const d = body.data;
      return {
        nq57: d.nq57.edges.map((e: any) => JSON.stringify([e.node.document.key, e.node.province?.name ?? null, e.node.leadAgencies.map((a: any) => a.name), e.node.text])).sort(),
        counts: d.counts.groups.map((g: any) => `${g.label} ${g.count}`).sort(),
        l57: [...d.l57.nodes.map((n: any) => `${n.distance} ${n.label}`), ...d.l57.edges.map((e: any) => `${e.relation} ${e.ambiguous}`)].sort(),
        l68: d.l68.nodes.map((n: any) => `${n.distance} ${n.label}`).sort(),
        documents: d.documents.edges.map((e: any) => JSON.stringify([e.node.key, e.node.stub, e.node.level, e.node.province?.name ?? null])).sort(),
      };
    };
    const forward = await answers();
    await cleanGraph(h.driver);
    const reversed = await ingestPaths(h.driver, FOLDER.map(([name]) => path.join(dir, name)).reverse());
    expect(reversed.failed).toEqual([]);
    expect(await answers()).toEqual(forward);
  });
});
