/**
 * Central documents in the graph: a Politburo resolution and a Đảng đoàn Quốc hội plan (both signed "Hà Nội,
 * ngày …") next to a Hà Nội city plan. The central ones belong to no province, so their tasks never count as Hà
 * Nội's; the resolution's inline targets are served with their bounds.
 */
import path from 'node:path';
import { extractFile } from '../../src/ingest/pipeline';
import { writeExtraction } from '../../src/graph/write';
import { cleanGraph } from '../support/graph';
import { startHarness, type Harness } from './api/harness';

const fixture = (name: string) => path.join(__dirname, '../fixtures/central', name);

/* eslint-disable @typescript-eslint/no-explicit-any */
describe('central documents are not Hà Nội', () => {
  let h: Harness;
  let hanoiTasks = 0;
  beforeAll(async () => {
    h = await startHarness({}, { load: false });
    await cleanGraph(h.driver);
    const hanoi = await extractFile(path.join(__dirname, '../../data/corpus/004_69d632b598cfaa69.txt'));
    hanoiTasks = hanoi.tasks.filter((t) => !t.sameAs || t.source === 'TABLE').length;
    for (const x of [hanoi, await extractFile(fixture('bo-chinh-tri-nghi-quyet-68.txt')), await extractFile(fixture('dang-doan-quoc-hoi-ke-hoach-57.txt'))]) await writeExtraction(h.driver, x);
  });
  afterAll(async () => {
    await cleanGraph(h.driver);
    await h.close();
  });

  it('taskCounts(groupBy: PROVINCE): the central documents\' tasks sit under no province, Hà Nội keeps only its own', async () => {
    const { body } = await h.gql<any>(`{
      all: taskCounts(groupBy: PROVINCE) { total groups { key label count } }
      central: taskCounts(filter: {documentSymbol: "68-NQ/TW"}, groupBy: PROVINCE) { total groups { key count } }
    }`);
    expect(body.errors).toBeUndefined();
    const hanoi = body.data.all.groups.find((g: any) => g.label === 'Hà Nội');
    expect(hanoi.count).toBe(hanoiTasks);
    expect(body.data.central.groups).toEqual([{ key: null, count: 13 }]);
  });

  it('the resolution and the Đảng đoàn Quốc hội plan are CENTRAL_PARTY documents without a province', async () => {
    const { body } = await h.gql<any>(`{
      nq: document(symbol: "68-NQ/TW") { level issuer province { name } stub }
      kh: document(symbol: "18-KH/ĐĐQH15") { level issuer province { name } }
      hn: documents(filter: {province: "ha noi"}) { totalCount }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.nq).toEqual({ level: 'CENTRAL_PARTY', issuer: 'Bộ Chính trị', province: null, stub: false });
    expect(body.data.kh).toEqual({ level: 'CENTRAL_PARTY', issuer: 'Đảng đoàn Quốc hội', province: null });
    expect(body.data.hn.totalCount).toBe(1);
  });

  it('a bullet led by its unit\'s heading says where its lead was read (leadProvenance); a task naming its own lead says nothing', async () => {
    const { body } = await h.gql<any>(`{ tasks(filter: {documentSymbol: "18-KH/ĐĐQH15"}, first: 50) { nodes { text leadAgencies { name } leadProvenance { how text span { startLine endLine } } } } }`);
    expect(body.errors).toBeUndefined();
    const nodes = body.data.tasks.nodes as any[];
    const underHeading = nodes.filter((t) => t.leadProvenance);
    expect(underHeading.length).toBeGreaterThan(0);
    for (const t of underHeading) {
      expect(t.leadProvenance.how).toBe("the heading of the unit's block");
      // The heading names the lead the task is given.
      expect(t.leadProvenance.text).toContain(t.leadAgencies[0].name.replace(/ của Quốc hội$/u, ''));
      expect(t.leadProvenance.span.startLine).toBe(t.leadProvenance.span.endLine);
    }
    expect(nodes.find((t) => t.leadAgencies[0]?.name === 'Ban Công tác đại biểu')?.leadProvenance).toBeNull();
  });

  it('inline targets are indicators with their bounds and year: "khoảng 10 - 12%/năm" is 10…12 by 2030', async () => {
    const { body } = await h.gql<any>(`{ indicators(filter: {documentSymbol: "68-NQ/TW"}, first: 50) { totalCount nodes { name unit target value valueMin valueMax comparator period } } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.indicators.totalCount).toBe(12);
    expect(body.data.indicators.nodes).toContainEqual({
      name: 'Tốc độ tăng trưởng bình quân của kinh tế tư nhân', unit: '%/năm', target: 'khoảng 10 - 12%/năm', value: null, valueMin: 10, valueMax: 12, comparator: null, period: '2030',
    });
  });
});
