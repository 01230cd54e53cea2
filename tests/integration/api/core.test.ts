import { startHarness, type Harness } from './harness';

/* eslint-disable @typescript-eslint/no-explicit-any */
describe('the GraphQL API over the fixture lineage (59-NQ/TW → 153/NQ-CP → provincial plans)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it.each(['57-NQ/TW', '57/NQ-TW', 'Nghị quyết số 57-NQ/TW', 'nghị quyết 57', 'NQ 57'])('document(symbol: %p) finds Nghị quyết 57-NQ/TW, not Kết luận 57-KL/TW', async (symbol) => {
    const { body } = await h.gql<any>('query($s: String) { document(symbol: $s) { symbol stub kind } }', { s: symbol });
    expect(body.errors).toBeUndefined();
    expect(body.data.document).toEqual({ symbol: '57-NQ/TW', stub: true, kind: 'NGHI_QUYET' });
  });

  it('document(id:) and node(id:) round-trip the global id', async () => {
    const { body } = await h.gql<any>('{ document(symbol: "35/KH-UBND") { id symbol province { name } } }');
    const id = body.data.document.id;
    const again = await h.gql<any>('query($id: ID!) { node(id: $id) { id ... on Document { symbol } } byId: document(id: $id) { symbol } }', { id });
    expect(again.body.data.node).toEqual({ id, symbol: '35/KH-UBND' });
    expect(again.body.data.byId.symbol).toBe('35/KH-UBND');
    expect(body.data.document.province.name).toBe('Cần Thơ');
  });

  it('tasks derived from 57-NQ/TW: by citation (Hà Nội) and through 42-CTr/TU (Hà Tĩnh), never 57-KL/TW; derivation explains each', async () => {
    const { body } = await h.gql<any>(`{
      tasks(filter: {derivesFrom: "57-NQ/TW"}, first: 50) {
        totalCount
        nodes { key province { name } derivation(from: "57-NQ/TW") { kind hops chain { symbol } edges { relation raw } explanation } }
      }
    }`);
    expect(body.errors).toBeUndefined();
    const byKey = Object.fromEntries(body.data.tasks.nodes.map((t: any) => [t.key, t]));
    expect(Object.keys(byKey).sort()).toEqual(['12/KH-UBND#t1', '20/KH-UBND#t1', '20/KH-UBND#t2', '42-CTr/TU#t1']);
    expect(body.data.tasks.totalCount).toBe(4);
    expect(byKey['12/KH-UBND#t1'].derivation).toMatchObject({ kind: 'CITATION', hops: 0, chain: [{ symbol: '12/KH-UBND' }] });
    expect(byKey['20/KH-UBND#t1'].derivation).toMatchObject({
      kind: 'IMPLEMENTATION_CHAIN',
      hops: 2,
      chain: [{ symbol: '20/KH-UBND' }, { symbol: '42-CTr/TU' }, { symbol: '57-NQ/TW' }],
    });
    expect(byKey['20/KH-UBND#t1'].derivation.edges.map((e: any) => e.relation)).toEqual(['IMPLEMENTS', 'IMPLEMENTS']);
    expect(byKey['20/KH-UBND#t1'].derivation.explanation).toMatch(/20\/KH-UBND.*42-CTr\/TU.*57-NQ\/TW/);
    expect(byKey['42-CTr/TU#t1'].derivation).toMatchObject({ kind: 'IMPLEMENTATION_CHAIN', hops: 1 });
  });

  it('direct: true keeps citations and one-step implementations only', async () => {
    const { body } = await h.gql<any>('{ tasks(filter: {derivesFrom: "nghị quyết 57", direct: true}) { nodes { key } } }');
    expect(body.data.tasks.nodes.map((t: any) => t.key).sort()).toEqual(['12/KH-UBND#t1', '42-CTr/TU#t1']);
  });

  it('tasks derived from 59-NQ/TW reach the three provincial plans through 153/NQ-CP', async () => {
    const { body } = await h.gql<any>('{ tasks(filter: {derivesFrom: "59-NQ/TW"}, first: 100) { totalCount nodes { document { symbol } } } }');
    const symbols = new Set(body.data.tasks.nodes.map((t: any) => t.document.symbol));
    expect([...symbols].sort()).toEqual(['12/KH-UBND', '153/NQ-CP', '20/KH-UBND', '35/KH-UBND']);
    expect(body.data.tasks.totalCount).toBe(1 + 3 + 2 + 2);
  });

  it('province "ha noi" (no diacritics) finds the Hà Nội tasks', async () => {
    const { body } = await h.gql<any>('{ tasks(filter: {province: "ha noi"}) { totalCount nodes { province { name } } } }');
    expect(body.data.tasks.totalCount).toBe(3);
    expect(body.data.tasks.nodes.every((t: any) => t.province.name === 'Hà Nội')).toBe(true);
  });

  it('filters by lead agency, any agency, deadline window and kind, full text and document', async () => {
    const q = async (filter: string) => (await h.gql<any>(`{ tasks(filter: ${filter}, first: 100) { nodes { key } } }`)).body.data.tasks.nodes.map((t: any) => t.key).sort();
    expect(await q('{leadAgency: "so khoa hoc va cong nghe", province: "Cần Thơ"}')).toEqual(['35/KH-UBND#t1']);
    expect(await q('{agency: "Sở Khoa học và Công nghệ", province: "ha noi"}')).toEqual(['12/KH-UBND#t1', '12/KH-UBND#t2']);
    expect(await q('{deadlineKind: "date", deadlineTo: "2025-10-31"}')).toEqual(['12/KH-UBND#t1', '35/KH-UBND#t2']);
    expect(await q('{deadlineFrom: "2026-01-01"}')).toEqual(['12/KH-UBND#t2', '20/KH-UBND#t1', '35/KH-UBND#t1']);
    expect(await q('{text: "chuyen doi so"}')).toEqual(['12/KH-UBND#t1', '35/KH-UBND#t1']);
    expect(await q('{text: "chuyen doi so", derivesFrom: "57-NQ/TW"}')).toEqual(['12/KH-UBND#t1']);
    expect(await q('{documentSymbol: "35 / KH-UBND"}')).toEqual(['35/KH-UBND#t1', '35/KH-UBND#t2']);
    expect(await q('{derivesFrom: "99-NQ/TW"}')).toEqual([]);
  });

  it('orders by deadline and pages with opaque cursors', async () => {
    const first = await h.gql<any>('{ tasks(filter: {derivesFrom: "59-NQ/TW"}, orderBy: DEADLINE_ASC, first: 3) { totalCount pageInfo { hasNextPage endCursor } nodes { deadline { end } } } }');
    const page = first.body.data.tasks;
    expect(page.totalCount).toBe(8);
    expect(page.nodes.map((t: any) => t.deadline?.end)).toEqual(['2025-09-30', '2025-10-15', '2025-11-30']);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const next = await h.gql<any>('query($a: String) { tasks(filter: {derivesFrom: "59-NQ/TW"}, orderBy: DEADLINE_ASC, first: 3, after: $a) { pageInfo { hasPreviousPage } nodes { deadline { end } } } }', { a: page.pageInfo.endCursor });
    expect(next.body.data.tasks.nodes.map((t: any) => t.deadline?.end)).toEqual(['2025-12-31', '2026-06-30', '2026-12-31']);
    expect(next.body.data.tasks.pageInfo.hasPreviousPage).toBe(true);
  });

  it('lineage of 59-NQ/TW DOWN: 153/NQ-CP and the three provincial plans, with typed edges and their tasks', async () => {
    const { body } = await h.gql<any>(`{
      lineage(symbol: "59-NQ/TW", direction: DOWN, depth: 3) {
        root { symbol stub }
        nodes { id label distance stub document { province { name } tasks(first: 10) { totalCount } } }
        edges { source target relation raw provenance { document { symbol } span { startLine } } }
      }
    }`);
    expect(body.errors).toBeUndefined();
    const l = body.data.lineage;
    expect(l.root).toEqual({ symbol: '59-NQ/TW', stub: true });
    const byLabel = Object.fromEntries(l.nodes.map((n: any) => [n.label, n]));
    expect(Object.keys(byLabel).sort()).toEqual(['12/KH-UBND', '153/NQ-CP', '20/KH-UBND', '35/KH-UBND', '59-NQ/TW']);
    expect(byLabel['59-NQ/TW'].distance).toBe(0);
    expect(byLabel['153/NQ-CP'].distance).toBe(1);
    expect(byLabel['12/KH-UBND'].distance).toBe(1); // BASED_ON 59 directly
    expect(byLabel['35/KH-UBND'].distance).toBe(2);
    expect(byLabel['35/KH-UBND'].document.tasks.totalCount).toBe(2);
    const ids = new Set(l.nodes.map((n: any) => n.id));
    for (const e of l.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    const rels = l.edges.map((e: any) => `${e.relation}`).sort();
    expect(rels).toEqual(['BASED_ON', 'IMPLEMENTS', 'IMPLEMENTS', 'IMPLEMENTS', 'IMPLEMENTS']);
    expect(l.edges[0].provenance.document.symbol).toBeTruthy();
  });

  it('a lineage drawing (ids, labels, relations) gives the same nodes and edges as the full answer, in one query', async () => {
    const drawing = await h.gql<any>('{ lineage(symbol: "59-NQ/TW", direction: BOTH, depth: 3) { nodes { id label distance stub } edges { id source target relation } } }');
    const full = await h.gql<any>('{ lineage(symbol: "59-NQ/TW", direction: BOTH, depth: 3) { nodes { id label distance stub document { title } } edges { id source target relation raw } } }');
    expect(drawing.body.errors).toBeUndefined();
    const strip = (l: any) => ({ nodes: l.nodes.map(({ document: _d, ...n }: any) => n), edges: l.edges.map(({ raw: _r, ...e }: any) => e) });
    expect(drawing.body.data.lineage).toEqual(strip(full.body.data.lineage));
    expect(full.body.data.lineage.edges.some((e: any) => e.raw)).toBe(true);
  });

  it('lineage stops at the requested depth: depth 1 below 59-NQ/TW reaches 153/NQ-CP and 12/KH-UBND, with only their edges', async () => {
    const { body } = await h.gql<any>('{ lineage(symbol: "59-NQ/TW", direction: DOWN, depth: 1) { nodes { label distance } edges { relation } } }');
    expect(body.data.lineage.nodes.map((n: any) => `${n.label}:${n.distance}`).sort()).toEqual(['12/KH-UBND:1', '153/NQ-CP:1', '59-NQ/TW:0']);
    expect(body.data.lineage.edges.map((e: any) => e.relation).sort()).toEqual(['BASED_ON', 'IMPLEMENTS']);
  });

  it('lineage keeps to documents: a task citing 57-NQ/TW (Hà Nội t1) is not a node below it', async () => {
    const { body } = await h.gql<any>('{ lineage(symbol: "57-NQ/TW", direction: DOWN, depth: 2) { nodes { label distance } edges { relation } } }');
    expect(body.errors).toBeUndefined();
    expect(body.data.lineage.nodes.map((n: any) => `${n.label}:${n.distance}`).sort()).toEqual(['12/KH-UBND:1', '20/KH-UBND:2', '42-CTr/TU:1', '57-NQ/TW:0']);
  });

  it('lineage UP from the Hà Tĩnh plan includes stub documents it only cites, and respects relations', async () => {
    const { body } = await h.gql<any>('{ lineage(symbol: "20/KH-UBND", direction: UP, depth: 2, relations: [IMPLEMENTS]) { nodes { label distance stub } } }');
    const nodes = body.data.lineage.nodes;
    expect(nodes.map((n: any) => n.label).sort()).toEqual(['153/NQ-CP', '20/KH-UBND', '42-CTr/TU', '57-NQ/TW', '59-NQ/TW']);
    expect(nodes.find((n: any) => n.label === '57-NQ/TW')).toEqual({ label: '57-NQ/TW', distance: -2, stub: true });
  });

  it('search is ranked and diacritics-insensitive across kinds', async () => {
    const { body } = await h.gql<any>('{ search(text: "chuyen doi so") { score kind node { __typename ... on Task { key } } } }');
    expect(body.errors).toBeUndefined();
    expect(body.data.search.length).toBeGreaterThanOrEqual(2);
    expect(body.data.search.every((x: any) => x.kind === x.node.__typename)).toBe(true);
    const scores = body.data.search.map((x: any) => x.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    const agencies = await h.gql<any>('{ search(text: "so ngoai vu") { kind node { ... on Agency { name } } } }');
    expect(agencies.body.data.search.some((x: any) => x.node.name === 'Sở Ngoại vụ')).toBe(true);
  });

  it('a search hit read with its selected properties only answers every field as node(id:) does, relations and all', async () => {
    const fields = `__typename
      ... on Task { id key text output deadline { raw kind end } provenance { text span { startLine } } document { id symbol } leadAgencies { name } }
      ... on Document { id key symbol title issuedOn stub province { name } }
      ... on Agency { id key name isGroup }
      ... on Indicator { id key name unit provenance { text } }`;
    const hits: any[] = [];
    for (const text of ['chuyen doi so', 'so ngoai vu', 'ty le']) {
      const { body } = await h.gql<any>(`query($text: String!) { search(text: $text, first: 30) { kind node { ${fields} } } }`, { text });
      expect(body.errors).toBeUndefined();
      hits.push(...body.data.search);
    }
    expect([...new Set(hits.map((x) => x.kind))].sort()).toEqual(expect.arrayContaining(['Agency', 'Task']));
    for (const hit of hits) {
      const one = await h.gql<any>(`query($id: ID!) { node(id: $id) { ${fields} } }`, { id: hit.node.id });
      expect(one.body.errors).toBeUndefined();
      expect(hit.node).toEqual(one.body.data.node);
    }
  });

  it('task counts by province, lead agency, deadline year and kind under the same filter', async () => {
    const { body } = await h.gql<any>(`{
      p: taskCounts(filter: {derivesFrom: "59-NQ/TW"}, groupBy: PROVINCE) { total groups { key label count } }
      y: taskCounts(filter: {derivesFrom: "59-NQ/TW"}, groupBy: DEADLINE_YEAR) { total groups { key count } }
      k: taskCounts(filter: {province: "ha noi"}, groupBy: DEADLINE_KIND) { groups { key count } }
      a: taskCounts(filter: {province: "ha noi"}, groupBy: LEAD_AGENCY) { groups { label count } }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.p.total).toBe(8);
    expect(body.data.p.groups).toEqual(
      expect.arrayContaining([
        { key: 'ha-noi', label: 'Hà Nội', count: 3 },
        { key: 'can-tho', label: 'Cần Thơ', count: 2 },
        { key: 'ha-tinh', label: 'Hà Tĩnh', count: 2 },
        { key: null, label: null, count: 1 },
      ]),
    );
    expect(body.data.y.total).toBe(8);
    expect(body.data.y.groups).toEqual(expect.arrayContaining([{ key: '2025', count: 4 }, { key: '2026', count: 3 }, { key: null, count: 1 }]));
    expect(body.data.k.groups).toEqual(expect.arrayContaining([{ key: 'DATE', count: 1 }, { key: 'PERIOD', count: 1 }, { key: 'ONGOING', count: 1 }]));
    expect(body.data.a.groups[0]).toEqual({ label: 'Sở Ngoại vụ', count: 2 });
  });

  it('every task exposes provenance: document, section and source span', async () => {
    const { body } = await h.gql<any>('{ tasks(filter: {documentSymbol: "12/KH-UBND"}, first: 1) { nodes { text provenance { document { symbol sourcePath } section { path heading } sectionPath span { startLine endLine startOffset endOffset } text } } } }');
    const p = body.data.tasks.nodes[0].provenance;
    expect(p.document.symbol).toBe('12/KH-UBND');
    expect(p.document.sourcePath).toMatch(/fixtures\//);
    expect(p.section).toEqual({ path: 'II', heading: 'NHIỆM VỤ, GIẢI PHÁP' });
    expect(p.span.endLine).toBeGreaterThanOrEqual(p.span.startLine);
    expect(p.text).toBe(body.data.tasks.nodes[0].text);
  });

  it('a task read by OCR has the page and the box of its lines in its span; a text file\'s has neither', async () => {
    const q = (symbol: string) => `{ tasks(filter: {documentSymbol: "${symbol}"}, first: 1) { nodes { provenance { document { sourcePath } span { startLine page box { x y width height } } } } } }`;
    const scanned = (await h.gql<any>(q('20/KH-UBND'))).body.data.tasks.nodes[0].provenance;
    expect(scanned.document.sourcePath).toBe('fixtures/20-kh-ubnd.pdf');
    expect(scanned.span).toMatchObject({ page: 2, box: { x: 240, y: 300, width: 2000, height: 180 } });
    const typed = (await h.gql<any>(q('12/KH-UBND'))).body.data.tasks.nodes[0].provenance;
    expect(typed.span).toMatchObject({ page: null, box: null });
  });

  it('documents, agencies and provinces are connections with totals', async () => {
    const { body } = await h.gql<any>(`{
      documents(filter: {stub: false}, first: 2) { totalCount pageInfo { hasNextPage } nodes { symbol } }
      impl: documents(filter: {implements: "59-NQ/TW"}) { totalCount }
      hn: documents(filter: {province: "ha noi"}) { nodes { symbol } }
      agencies(filter: {name: "so khoa hoc"}) { totalCount nodes { name province { name } tasks(role: LEAD) { totalCount } } }
      provinces { totalCount nodes { key name documents { totalCount } tasks { totalCount } } }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.documents.totalCount).toBe(6);
    expect(body.data.documents.pageInfo.hasNextPage).toBe(true);
    expect(body.data.impl.totalCount).toBe(4);
    expect(body.data.hn.nodes).toEqual([{ symbol: '12/KH-UBND' }]);
    expect(body.data.agencies.totalCount).toBe(3);
    expect(body.data.provinces.nodes.map((p: any) => p.key)).toEqual(['can-tho', 'da-nang', 'ha-noi', 'ha-tinh']);
  });
});
