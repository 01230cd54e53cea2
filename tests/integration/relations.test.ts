/**
 * REPLACES and AMENDS end to end: read from the text by the pipeline, written as typed edges, served by
 * `Document.citations` and walked by `lineage`.
 */
import crypto from 'node:crypto';
import { extract } from '../../src/ingest/pipeline';
import { writeExtraction } from '../../src/graph/write';
import { cleanGraph } from '../support/graph';
import { startHarness, type Harness } from './api/harness';

const source = (name: string, text: string) => ({ path: name, text, sha256: crypto.createHash('sha256').update(text).digest('hex'), format: 'TEXT' as const });

const NEW_PLAN = [
  'ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'TỈNH NGHỆ AN\tĐộc lập - Tự do - Hạnh phúc',
  'Số: 120/KH-UBND\tNghệ An, ngày 14 tháng 3 năm 2025',
  'KẾ HOẠCH',
  'Sửa đổi, bổ sung một số nội dung của Kế hoạch số 45/KH-UBND ngày 10/01/2025 của UBND tỉnh',
  'Căn cứ Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ;',
  'Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:',
  'I. NỘI DUNG',
  '1. Sở Khoa học và Công nghệ chủ trì xây dựng nền tảng dữ liệu, hoàn thành trong năm 2025.',
  'II. TỔ CHỨC THỰC HIỆN',
  'Kế hoạch này thay thế Kế hoạch số 12/KH-UBND ngày 03/3/2021 của UBND tỉnh.',
].join('\n');

/* eslint-disable @typescript-eslint/no-explicit-any */
describe('REPLACES and AMENDS in the graph and the API', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({}, { load: false });
    await cleanGraph(h.driver);
    await writeExtraction(h.driver, extract(source('nghe-an-120.txt', NEW_PLAN)));
  });
  afterAll(async () => {
    await cleanGraph(h.driver);
    await h.close();
  });

  it('the plan AMENDS 45/KH-UBND and REPLACES 12/KH-UBND, as typed edges', async () => {
    const { records } = await h.driver.executeQuery("MATCH (:Document {id: '120/KH-UBND'})-[r]->(t:Document) RETURN type(r) AS rel, t.id AS target ORDER BY target");
    expect(records.map((r) => [r.get('rel'), r.get('target')])).toEqual([['REPLACES', '12/KH-UBND'], ['AMENDS', '45/KH-UBND'], ['BASED_ON', '71/NQ-CP']]);
  });

  it('Document.citations and lineage(relations: [REPLACES, AMENDS]) serve them', async () => {
    const { body } = await h.gql<any>(`{
      document(symbol: "120/KH-UBND") { citations { relation to { symbol } } }
      lineage(symbol: "12/KH-UBND", direction: DOWN, relations: [REPLACES, AMENDS]) { nodes { label } edges { relation } }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.document.citations.map((c: any) => `${c.relation} ${c.to.symbol}`).sort()).toEqual(['AMENDS 45/KH-UBND', 'BASED_ON 71/NQ-CP', 'REPLACES 12/KH-UBND']);
    expect(body.data.lineage.nodes.map((n: any) => n.label).sort()).toEqual(['12/KH-UBND', '120/KH-UBND']);
    expect(body.data.lineage.edges).toEqual([{ relation: 'REPLACES' }]);
  });

  it('laws cited by name are stubs too, one per name and year: "Luật Tổ chức HĐND và UBND" spelt two ways is one node', async () => {
    const plan = (symbol: string, law: string) =>
      ['ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'TỈNH KON TUM\tĐộc lập - Tự do - Hạnh phúc', `Số: ${symbol}\tKon Tum, ngày 09 tháng 10 năm 2013`, 'QUYẾT ĐỊNH', 'Ban hành Quy định chức năng, nhiệm vụ của Ban Dân tộc', `Căn cứ ${law};`, 'QUYẾT ĐỊNH:', 'Điều 1. Ban hành kèm theo Quyết định này Quy định.'].join('\n');
    await writeExtraction(h.driver, extract(source('kt-42.txt', plan('42/2013/QĐ-UBND', 'Luật Tổ chức HĐND và UBND ngày 26/11/2003'))));
    await writeExtraction(h.driver, extract(source('kt-45.txt', plan('45/2013/QĐ-UBND', 'Luật tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003'))));
    const { records } = await h.driver.executeQuery("MATCH (d:Document)-[r:BASED_ON]->(l:Document) WHERE l.id STARTS WITH 'name:' RETURN d.id AS d, l.id AS law, l.stub AS stub, l.kind AS kind, toString(l.issuedOn) AS on ORDER BY d");
    expect(records.map((r) => [r.get('d'), r.get('law'), r.get('stub'), r.get('kind'), r.get('on')])).toEqual([
      ['42/2013/QĐ-UBND', 'name:luat to chuc hoi dong nhan dan va uy ban nhan dan@2003', true, 'LUAT', '2003-11-26'],
      ['45/2013/QĐ-UBND', 'name:luat to chuc hoi dong nhan dan va uy ban nhan dan@2003', true, 'LUAT', '2003-11-26'],
    ]);
    const { body } = await h.gql<any>('{ document(symbol: "42/2013/QĐ-UBND") { citations { relation to { title stub } } } }');
    // Titled by the fullest spelling, whichever decision came first.
    expect(body.data.document.citations).toEqual([{ relation: 'BASED_ON', to: { title: 'Luật tổ chức Hội đồng nhân dân và Ủy ban nhân dân', stub: true } }]);
  });

  it('a law cited by name follows the rule of a symbol: one edge per relation stated ("Triển khai thi hành Luật Đất đai năm 2024" IMPLEMENTS, "Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;" BASED_ON), its mere mention dropped', async () => {
    const plan = ['ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'TỈNH TUYÊN QUANG\tĐộc lập - Tự do - Hạnh phúc', 'Số: 62/KH-UBND\tTuyên Quang, ngày 28 tháng 4 năm 2024', 'KẾ HOẠCH', 'Triển khai thi hành Luật Đất đai năm 2024', 'Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024;', 'Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:', 'I. MỤC ĐÍCH, YÊU CẦU', '1. Sở Tài nguyên và Môi trường chủ trì tuyên truyền Luật Đất đai năm 2024.'].join('\n');
    await writeExtraction(h.driver, extract(source('tq-62.txt', plan)));
    const { records } = await h.driver.executeQuery("MATCH (:Document {id: '62/KH-UBND'})-[r]->(l:Document) RETURN type(r) AS rel, l.id AS law ORDER BY rel");
    expect(records.map((r) => [r.get('rel'), r.get('law')])).toEqual([['BASED_ON', 'name:luat dat dai@2024'], ['IMPLEMENTS', 'name:luat dat dai@2024']]);
    const { body } = await h.gql<any>('{ lineage(symbol: "62/KH-UBND", direction: UP, relations: [BASED_ON]) { nodes { label } } }');
    expect(body.errors).toBeUndefined();
    expect(body.data.lineage.nodes).toHaveLength(2);
  });
});
