/**
 * One symbol, two documents, end to end: Nghị quyết 18-NQ/TW of 25/10/2017 (the political system's
 * apparatus) and 18-NQ/TW of 16/6/2022 (land), with provincial plans implementing each, read from text by the
 * pipeline and ingested in an order that makes a stub first.
 */
import crypto from 'node:crypto';
import { extract } from '../../src/ingest/pipeline';
import { writeExtraction } from '../../src/graph/write';
import { resolveIdentity } from '../../src/graph/identity';
import { cleanGraph } from '../support/graph';
import { startHarness, type Harness } from './api/harness';

const source = (name: string, text: string) => ({ path: name, text, sha256: crypto.createHash('sha256').update(text).digest('hex'), format: 'TEXT' as const });
const resolution = (date: string, title: string[]) =>
  ['BAN CHẤP HÀNH TRUNG ƯƠNG\tĐẢNG CỘNG SẢN VIỆT NAM', '*', `Số 18-NQ/TW\tHà Nội, ${date}`, 'NGHỊ QUYẾT', ...title, 'I. TÌNH HÌNH VÀ NGUYÊN NHÂN', '1. Kết quả đạt được.'].join('\n');
const NQ_2017 = resolution('ngày 25 tháng 10 năm 2017', ['HỘI NGHỊ LẦN THỨ SÁU BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHOÁ XII', 'Một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả']);
const NQ_2022 = resolution('ngày 16 tháng 6 năm 2022', ['HỘI NGHỊ LẦN THỨ NĂM BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHOÁ XIII', 'về tiếp tục đổi mới, hoàn thiện thể chế, chính sách, nâng cao hiệu lực, hiệu quả quản lý và sử dụng đất']);
const plan = (symbol: string, date: string, cited: string, ...tasks: string[]) =>
  [
    'TỈNH ỦY NGHỆ AN\tĐẢNG CỘNG SẢN VIỆT NAM',
    `Số ${symbol}\tNghệ An, ${date}`,
    'KẾ HOẠCH',
    `thực hiện ${cited}`,
    'I. MỤC ĐÍCH, YÊU CẦU',
    '1. Quán triệt sâu sắc nội dung Nghị quyết.',
    ...tasks,
  ].join('\n');
const DOCS: Record<string, string> = {
  'plan-2017': plan('12-KH/TU', 'ngày 05 tháng 3 năm 2018', 'Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII'),
  'plan-2022': plan('25-KH/TU', 'ngày 10 tháng 9 năm 2022', 'Nghị quyết số 18-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng khóa XIII về đất đai'),
  'nq-2017': NQ_2017,
  'nq-2022': NQ_2022,
  'plan-bare': plan('30-KH/TU', 'ngày 02 tháng 01 năm 2023', 'Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương', '2. Ban Tuyên giáo Tỉnh ủy chủ trì sơ kết việc thực hiện Nghị quyết số 18-NQ/TW.'),
};

/* eslint-disable @typescript-eslint/no-explicit-any */
describe('18-NQ/TW of 2017 and 18-NQ/TW of 2022 are two documents', () => {
  let h: Harness;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    h = await startHarness({}, { load: false });
    await cleanGraph(h.driver);
    for (const name of ['plan-2017', 'plan-2022', 'nq-2017', 'nq-2022', 'plan-bare']) ids[name] = (await writeExtraction(h.driver, extract(source(`${name}.txt`, DOCS[name])))).documentId;
  });
  afterAll(async () => {
    await cleanGraph(h.driver);
    await h.close();
  });

  it('the first keeps its symbol as id, the second is told apart by its date; no third node', async () => {
    expect(ids['nq-2017']).toBe('18-NQ/TW');
    expect(ids['nq-2022']).toBe('18-NQ/TW@2022');
    const { records } = await h.driver.executeQuery("MATCH (d:Document {symbolKey: '18NQTW'}) RETURN d.id AS id, toString(d.issuedOn) AS on, d.stub AS stub ORDER BY id");
    expect(records.map((r) => [r.get('id'), r.get('on'), r.get('stub')])).toEqual([['18-NQ/TW', '2017-10-25', false], ['18-NQ/TW@2022', '2022-06-16', false]]);
  });

  it('a citation with a date links to the document of that date; a bare one is flagged ambiguous', async () => {
    const { records } = await h.driver.executeQuery("MATCH (p:Document)-[r:IMPLEMENTS]->(d:Document {symbolKey: '18NQTW'}) RETURN p.id AS plan, d.id AS nq, coalesce(r.ambiguous, false) AS ambiguous ORDER BY plan");
    expect(records.map((r) => [r.get('plan'), r.get('nq'), r.get('ambiguous')])).toEqual([
      ['12-KH/TU', '18-NQ/TW', false],
      ['25-KH/TU', '18-NQ/TW@2022', false],
      ['30-KH/TU', '18-NQ/TW', true],
    ]);
  });

  it('document(symbol:, year:) says which; lineage never joins the two chains nor walks the ambiguous edge', async () => {
    const { body } = await h.gql<any>(`{
      a: document(symbol: "18-NQ/TW", year: 2017) { key title }
      b: document(symbol: "Nghị quyết 18-NQ/TW", year: 2022) { key title }
      bad: document(symbol: "18-NQ/TW", year: 17) { key }
    }`);
    expect(body.data.a.key).toBe('18-NQ/TW');
    expect(body.data.b).toMatchObject({ key: '18-NQ/TW@2022' });
    expect(body.data.b.title).toMatch(/quản lý và sử dụng đất/);
    expect(body.errors?.[0]).toMatchObject({ path: ['bad'], extensions: { code: 'BAD_USER_INPUT' } });
    const lineage = async (year: number) => {
      const r = await h.gql<any>('query($y: Int) { lineage(symbol: "18-NQ/TW", year: $y, direction: DOWN) { nodes { document { key } } edges { ambiguous } } }', { y: year });
      return r.body.data.lineage.nodes.map((n: any) => n.document.key).sort();
    };
    expect(await lineage(2017)).toEqual(['12-KH/TU', '18-NQ/TW']);
    expect(await lineage(2022)).toEqual(['18-NQ/TW@2022', '25-KH/TU']);
    // Every document of the symbol, oldest first; a text naming no full symbol is refused.
    const all = await h.gql<any>('{ documents(filter: {symbol: "Nghị quyết số 18-NQ/TW"}, orderBy: ISSUED_ON_ASC) { totalCount edges { node { key issuedOn } } } }');
    expect(all.body.data.documents.edges.map((e: any) => [e.node.key, e.node.issuedOn])).toEqual([['18-NQ/TW', '2017-10-25'], ['18-NQ/TW@2022', '2022-06-16']]);
    const vague = await h.gql<any>('{ documents(filter: {symbol: "nghị quyết"}) { totalCount } }');
    expect(vague.body.errors?.[0]).toMatchObject({ path: ['documents'], extensions: { code: 'BAD_USER_INPUT' } });
    const cites = await h.gql<any>('{ document(symbol: "30-KH/TU") { citations { ambiguous to { key } } } }');
    expect(cites.body.data.document.citations).toEqual([{ ambiguous: true, to: { key: '18-NQ/TW' } }]);
  });

  // Identity must not depend on the order documents arrive in: a bare citation written before the second
  // 18-NQ/TW arrives is settled (flagged ambiguous, task links to it dropped) when it does, and the earliest
  // resolution holds the bare id whichever came first.
  it('the same graph whatever the ingest order: documents, ids, edges and their ambiguity, task citations', async () => {
    const graphAfter = async (order: string[]) => {
      await cleanGraph(h.driver);
      for (const name of order) await writeExtraction(h.driver, extract(source(`${name}.txt`, DOCS[name])));
      const docs = await h.driver.executeQuery("MATCH (d:Document) RETURN d.id + ' ' + toString(d.issuedOn.year) + ' ' + toString(coalesce(d.stub, false)) AS row ORDER BY row");
      const edges = await h.driver.executeQuery(
        "MATCH (a)-[r:IMPLEMENTS|BASED_ON|CITES|REPLACES|AMENDS]->(b:Document) RETURN coalesce(a.id, '') + ' ' + type(r) + ' ' + b.id + ' ' + toString(coalesce(r.ambiguous, false)) AS row ORDER BY row",
      );
      return { documents: docs.records.map((r) => r.get('row')), edges: edges.records.map((r) => r.get('row')) };
    };
    const forward = await graphAfter(['plan-2017', 'plan-2022', 'nq-2017', 'nq-2022', 'plan-bare']);
    expect(forward.documents).toEqual(['12-KH/TU 2018 false', '18-NQ/TW 2017 false', '18-NQ/TW@2022 2022 false', '25-KH/TU 2022 false', '30-KH/TU 2023 false']);
    expect(forward.edges).toEqual(['12-KH/TU IMPLEMENTS 18-NQ/TW false', '25-KH/TU IMPLEMENTS 18-NQ/TW@2022 false', '30-KH/TU IMPLEMENTS 18-NQ/TW true']);
    // The bare plan first (its stub is the only 18-NQ/TW then), the 2022 resolution before the 2017 one.
    expect(await graphAfter(['plan-bare', 'nq-2022', 'plan-2022', 'nq-2017', 'plan-2017'])).toEqual(forward);
    expect(await graphAfter(['nq-2022', 'plan-bare', 'plan-2017', 'plan-2022', 'nq-2017'])).toEqual(forward);
    expect(await graphAfter(['plan-bare', 'plan-2022', 'nq-2022', 'plan-2017', 'nq-2017'])).toEqual(forward);
  });

  it('the earlier resolution arriving second takes the bare id from the later one and is reported created, not updated', async () => {
    await cleanGraph(h.driver);
    const later = await writeExtraction(h.driver, extract(source('nq-2022.txt', DOCS['nq-2022'])));
    const earlier = await writeExtraction(h.driver, extract(source('nq-2017.txt', DOCS['nq-2017'])));
    expect([later.documentId, later.status]).toEqual(['18-NQ/TW', 'created']);
    expect([earlier.documentId, earlier.status]).toEqual(['18-NQ/TW', 'created']);
    expect((await writeExtraction(h.driver, extract(source('nq-2022.txt', DOCS['nq-2022'])))).status).toBe('unchanged');
  });

  // A global id is a client's handle: it must not move to another document when ids are settled again.
  it('a renamed document keeps its global id; the earlier one taking the bare id gets one of its own; unique symbols keep theirs', async () => {
    await cleanGraph(h.driver);
    await writeExtraction(h.driver, extract(source('nq-2022.txt', DOCS['nq-2022'])));
    await writeExtraction(h.driver, extract(source('plan-2022.txt', DOCS['plan-2022'])));
    const before = (await h.gql<any>('{ document(symbol: "18-NQ/TW") { id key } plan: document(symbol: "25-KH/TU") { id } }')).body.data;
    expect(before.document.key).toBe('18-NQ/TW');
    // The plan citing the 2017 resolution by date, then that resolution: the 2022 one moves to "18-NQ/TW@2022".
    await writeExtraction(h.driver, extract(source('plan-2017.txt', DOCS['plan-2017'])));
    await writeExtraction(h.driver, extract(source('nq-2017.txt', DOCS['nq-2017'])));
    const q = 'query($id: ID!) { node(id: $id) { ... on Document { key title } } a: document(symbol: "18-NQ/TW", year: 2017) { id key } b: document(symbol: "18-NQ/TW", year: 2022) { id key } plan: document(symbol: "25-KH/TU") { id } }';
    const after = (await h.gql<any>(q, { id: before.document.id })).body.data;
    expect(after.node.key).toBe('18-NQ/TW@2022');
    expect(after.node.title).toMatch(/sử dụng đất/);
    expect(after.b.id).toBe(before.document.id);
    expect(after.a.id).not.toBe(before.document.id);
    expect((await h.gql<any>(q, { id: after.a.id })).body.data.node.key).toBe('18-NQ/TW');
    // A symbol that names one document: its global id is its symbol's, as before.
    expect(after.plan.id).toBe(before.plan.id);
    expect(Buffer.from(after.plan.id, 'base64url').toString('utf8')).toBe('Document:25-KH/TU');
    // Read again unchanged, nothing moves.
    await writeExtraction(h.driver, extract(source('nq-2022.txt', DOCS['nq-2022'])));
    expect((await h.gql<any>(q, { id: before.document.id })).body.data.node.key).toBe('18-NQ/TW@2022');
  });

  // "Nghị quyết 68/NQ-CP 2024 …": a portal copy that gives its year but not its date is still the 2024 resolution,
  // never written over the 2021 one of the same symbol (either order).
  it('a copy giving only its year ("Nghị quyết 68/NQ-CP 2024 …") is told apart from the same symbol of another year', async () => {
    const nq2021 = ['CHÍNH PHỦ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Số: 68/NQ-CP\tHà Nội, ngày 01 tháng 7 năm 2021', 'NGHỊ QUYẾT', 'VỀ MỘT SỐ CHÍNH SÁCH HỖ TRỢ NGƯỜI LAO ĐỘNG VÀ NGƯỜI SỬ DỤNG LAO ĐỘNG GẶP KHÓ KHĂN DO ĐẠI DỊCH COVID-19', 'CHÍNH PHỦ', 'Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;', 'QUYẾT NGHỊ:', 'I. MỤC TIÊU, NGUYÊN TẮC', '1. Hỗ trợ người lao động.'].join('\n');
    const copy2024 = ['Nghị quyết 68/NQ-CP 2024 Chương trình hành động thực hiện Nghị quyết 42-NQ/TW', 'NGHỊ QUYẾT', 'BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ THỰC HIỆN NGHỊ QUYẾT SỐ 42-NQ/TW NGÀY 24 THÁNG 11 NĂM 2023', 'CHÍNH PHỦ', 'Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;', 'QUYẾT NGHỊ:', 'Điều 1. Ban hành kèm theo Nghị quyết này Chương trình hành động.'].join('\n');
    for (const order of [[['a.txt', nq2021], ['b.txt', copy2024]], [['b.txt', copy2024], ['a.txt', nq2021]]]) {
      await cleanGraph(h.driver);
      for (const [name, text] of order) await writeExtraction(h.driver, extract(source(name, text)));
      const { records } = await h.driver.executeQuery("MATCH (d:Document {symbolKey: '68NQCP'}) RETURN d.id AS id, d.sourcePath AS path ORDER BY id");
      expect(records.map((r) => [r.get('id'), r.get('path')])).toEqual([['68/NQ-CP', 'a.txt'], ['68/NQ-CP@2024', 'b.txt']]);
    }
  });

  // Two plans describe the document they carry out differently ("của UBND tỉnh" / "của Ủy ban nhân dân tỉnh Nghệ An";
  // one names its kind, the other's cited link names only the symbol): the stub says the same whichever came first.
  it('a stub\'s kind, issuer and date do not depend on which citation arrived first', async () => {
    const a = plan('40-KH/TU', 'ngày 05 tháng 8 năm 2025', 'Kế hoạch số 98/KH-UBND ngày 03/7/2025 của UBND tỉnh');
    const b = plan('41-KH/TU', 'ngày 06 tháng 8 năm 2025', 'Chương trình số 07-CTr/TU ngày 01/7/2025 của Tỉnh ủy thực hiện Kế hoạch số 98/KH-UBND; Kế hoạch số 98/KH-UBND ngày 03/7/2025 của Ủy ban nhân dân tỉnh Nghệ An');
    const stubAfter = async (order: string[][]) => {
      await cleanGraph(h.driver);
      for (const [name, text] of order) await writeExtraction(h.driver, extract(source(name, text)));
      const { records } = await h.driver.executeQuery("MATCH (d:Document {id: '98/KH-UBND'}) RETURN d.kind AS kind, d.issuer AS issuer, toString(d.issuedOn) AS on, d.stub AS stub");
      return records.map((r) => [r.get('kind'), r.get('issuer'), r.get('on'), r.get('stub')]);
    };
    const ab = await stubAfter([['a.txt', a], ['b.txt', b]]);
    expect(ab).toEqual([['KE_HOACH', 'Ủy ban nhân dân tỉnh Nghệ An', '2025-07-03', true]]);
    expect(await stubAfter([['b.txt', b], ['a.txt', a]])).toEqual(ab);
  });
  // Settling re-reads every edge into a symbol's documents (every plan cites the same resolutions): it is only
  // needed when a write adds a document of that symbol, not on every write that cites it.
  it('a write settles a symbol only when it adds a document of it', async () => {
    await cleanGraph(h.driver);
    for (const name of ['nq-2017', 'nq-2022']) await writeExtraction(h.driver, extract(source(`${name}.txt`, DOCS[name])));
    const settledBy = async (text: string) => {
      const x = extract(source('p.txt', text));
      const session = h.driver.session();
      try {
        return await session.executeRead(async (tx) => {
          const identity = await resolveIdentity(tx, x);
          for (const c of x.citations) if (c.symbol) identity.target(c.symbol, c.issuedOn);
          return identity.settle().map(([key]) => key);
        });
      } finally {
        await session.close();
      }
    };
    expect(await settledBy(DOCS['plan-bare'])).not.toContain('18NQTW');
    expect(await settledBy(DOCS['plan-2022'])).not.toContain('18NQTW');
    const citingAnotherYear = plan('40-KH/TU', 'ngày 02 tháng 01 năm 2023', 'Nghị quyết số 18-NQ/TW ngày 16/6/2019 của Ban Chấp hành Trung ương');
    expect(await settledBy(citingAnotherYear)).toContain('18NQTW');
  });
});
