import { createHash } from 'node:crypto';
import { createApp } from '../../../src/api';
import { createDriver } from '../../../src/graph/connection';
import { examples } from '../../../src/api/explorer/examples';
import { apiConfig, startHarness, type Harness } from './harness';
import { toGlobalId } from '../../../src/api/ids';

/* eslint-disable @typescript-eslint/no-explicit-any */
const PAGE_QUERY = `query Page($first: Int!) {
  tasks(filter: {province: "da nang"}, first: $first) {
    totalCount
    nodes { text document { symbol title } province { name } leadAgencies { name province { name } } coordinatingAgencies { name } section { path } }
  }
}`;

describe('API qualities', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ MAX_PAGE_SIZE: '100', QUERY_TIMEOUT_MS: '10000' });
  });
  afterAll(async () => {
    await h.close();
  });

  describe('no N+1: round trips do not grow with the page size', () => {
    it('100 tasks with document, province, lead and coordinating agencies cost the same round trips as 10', async () => {
      const small = await h.gql<any>(PAGE_QUERY, { first: 10 });
      const large = await h.gql<any>(PAGE_QUERY, { first: 100 });
      expect(small.body.errors).toBeUndefined();
      expect(large.body.data.tasks.nodes).toHaveLength(100);
      expect(large.body.data.tasks.nodes[99].coordinatingAgencies).toHaveLength(2);
      expect(large.body.extensions!.roundTrips).toBe(small.body.extensions!.roundTrips);
      // The page query reads the tasks' documents, provinces, lead and coordinating agencies and sections with
      // the page (src/api/prefetch.ts); only the agencies' provinces (one level further down) take a loader.
      expect(large.body.extensions!.roundTrips).toBe(2);
      expect(large.body.extensions!.queries).toEqual(['tasks.page.byDocument', 'agency.province']);
      const last = h.stats[h.stats.length - 1];
      expect(last.operationName).toBe('Page');
      expect(last.roundTrips).toBe(2);
    });

    it('derivation for a page of tasks: the symbol, the page and the derivations in one query', async () => {
      const { body } = await h.gql<any>('{ tasks(filter: {derivesFrom: "59-NQ/TW"}, first: 100) { nodes { derivation(from: "59-NQ/TW") { kind chain { symbol } source { symbol } } } } }');
      expect(body.errors).toBeUndefined();
      expect(body.extensions!.queries).toEqual(['tasks.page.byDocument']);
    });

    it('relations read with the page equal those its loaders read (the same tasks asked by id)', async () => {
      const fields =
        'key text deadline { kind end } provenance { text span { startLine } } document { symbol title issuedOn stub inferred { field } province { name } } province { name } ' +
        'leadAgencies { key name aliases isGroup province { name } } coordinatingAgencies { key name } section { path heading } ' +
        'derivation(from: "59-NQ/TW") { kind hops chain { key symbol } edges { relation source target } explanation }';
      for (const filter of ['{derivesFrom: "59-NQ/TW"}', '{derivesFrom: "59-NQ/TW", deadlineKind: "DATE"}', '{province: "da nang"}']) {
        const page = await h.gql<any>(`{ tasks(filter: ${filter}, first: 100) { nodes { id ${fields} } } }`);
        expect(page.body.errors).toBeUndefined();
        const nodes = page.body.data.tasks.nodes as any[];
        expect(nodes.length).toBeGreaterThan(0);
        const byId = await h.gql<any>(`query($ids: [ID!]!) { nodes(ids: $ids) { ... on Task { id ${fields} } } }`, { ids: nodes.map((n) => n.id) });
        expect(byId.body.errors).toBeUndefined();
        expect(byId.body.extensions!.queries).toContain('task.leadAgencies');
        expect(nodes).toEqual(byId.body.data.nodes);
      }
    });
  });

  describe('nested pages of tasks read their relations with the page', () => {
    const fields = 'key text document { symbol title } province { name } leadAgencies { key name province { name } } coordinatingAgencies { name } section { path heading }';
    const nested: [string, string, string, string][] = [
      ['Document.tasks', `{ documents(filter: {province: "da nang"}, first: 5) { nodes { tasks(first: 30) { totalCount nodes { ${fields} } } } } }`, 'documents.page', 'document.tasks'],
      ['Province.tasks', `{ provinces(first: 3) { nodes { tasks(first: 30) { totalCount nodes { ${fields} } } } } }`, 'provinces.page', 'province.tasks'],
      ['Agency.tasks', `{ agencies(first: 8) { nodes { tasks(first: 30) { totalCount nodes { ${fields} } } } } }`, 'agencies.page', 'agency.tasks'],
    ];
    it.each(nested)('%s: the parents, their pages with the relations, then only what lies further down (the agencies\' provinces)', async (_name, query, parents, pages) => {
      const { body } = await h.gql<any>(query);
      expect(body.errors).toBeUndefined();
      expect(body.extensions!.queries).toEqual([parents, pages, 'agency.province']);
      const tasks = (Object.values(body.data)[0] as any).nodes.flatMap((n: any) => n.tasks.nodes);
      expect(tasks.length).toBeGreaterThan(10);
      expect(tasks.some((t: any) => t.coordinatingAgencies.length > 0)).toBe(true);
      // The same tasks asked by id, every relation through its loader: the same answers.
      const byId = await h.gql<any>(`query($ids: [ID!]!) { nodes(ids: $ids) { ... on Task { ${fields} } } }`, { ids: tasks.slice(0, 100).map((t: any) => toGlobalId('Task', t.key)) });
      expect(byId.body.errors).toBeUndefined();
      expect(byId.body.extensions!.queries).toContain('task.leadAgencies');
      expect(tasks.slice(0, 100)).toEqual(byId.body.data.nodes);
    });

    it('a nested page selecting no relation reads none', async () => {
      const { body } = await h.gql<any>('{ documents(first: 3) { nodes { tasks(first: 5) { nodes { key text } } } } }');
      expect(body.errors).toBeUndefined();
      expect(body.extensions!.queries).toEqual(['documents.page', 'document.tasks']);
    });
  });

  describe('input validation → BAD_USER_INPUT naming the argument', () => {
    const cases: [string, string, RegExp][] = [
      ['first over the cap', '{ tasks(first: 1000) { totalCount } }', /"first".*at most 100/],
      ['negative first', '{ documents(first: -1) { totalCount } }', /"first"/],
      ['bad cursor', '{ tasks(after: "bm90LWEtY3Vyc29y") { totalCount } }', /"after".*not a cursor/],
      ['cursor that is not base64', '{ tasks(after: "%%%") { totalCount } }', /"after"/],
      ['unknown deadline kind', '{ tasks(filter: {deadlineKind: "SOMEDAY"}) { totalCount } }', /"filter\.deadlineKind".*one of DATE/],
      ['malformed date', '{ tasks(filter: {deadlineFrom: "31/12/2025"}) { totalCount } }', /"filter\.deadlineFrom".*YYYY-MM-DD/],
      ['impossible date', '{ tasks(filter: {deadlineTo: "2025-02-30"}) { totalCount } }', /"filter\.deadlineTo".*calendar/],
      ['unknown document kind', '{ documents(filter: {kind: "POEM"}) { totalCount } }', /"filter\.kind"/],
      ['lineage depth', '{ lineage(symbol: "59-NQ/TW", depth: 40) { depth } }', /"depth".*at most 6/],
      ['foreign global id', '{ node(id: "xyz") { id } }', /"id"/],
      ['empty search', '{ search(text: "   ") { score } }', /"text"/],
    ];
    it.each(cases)('%s', async (_name, query, message) => {
      const { body } = await h.gql<any>(query);
      expect(body.errors).toHaveLength(1);
      expect(body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      expect(body.errors![0].message).toMatch(message);
    });

    it('a variable of the wrong enum value is BAD_USER_INPUT too', async () => {
      const { body } = await h.gql<any>('query($d: LineageDirection) { lineage(symbol: "59-NQ/TW", direction: $d) { depth } }', { d: 'SIDEWAYS' });
      expect(body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      expect(body.errors![0].message).toMatch(/\$d/);
    });
  });

  describe('abuse limits', () => {
    it('rejects a query deeper than MAX_QUERY_DEPTH', async () => {
      const deep = '{ tasks { nodes { document { tasks { nodes { document { tasks { nodes { document { tasks { nodes { document { symbol } } } } } } } } } } } } }';
      const { status, body } = await h.gql<any>(deep);
      expect(status).toBe(400);
      expect(body.errors![0].message).toMatch(/depth/i);
    });

    it('rejects a query costlier than MAX_QUERY_COST, counting page sizes (variables included)', async () => {
      const server = await startHarness({ MAX_QUERY_COST: '5000' }, { load: false });
      try {
        const nested = 'query($n: Int!) { documents(first: $n) { nodes { tasks(first: $n) { nodes { leadAgencies { name } } } } } }';
        const small = await server.gql<any>(nested, { n: 5 });
        expect(small.body.errors).toBeUndefined();
        const { status, body } = await server.gql<any>(nested, { n: 100 });
        expect(status).toBe(400);
        expect(body.errors![0].extensions!.code).toBe('QUERY_TOO_COSTLY');
        expect(body.errors![0].message).toMatch(/exceeds the limit of 5000/);
        expect(server.stats[server.stats.length - 1]?.roundTrips ?? 0).toBe(0);
      } finally {
        await server.close();
      }
    });

    it('stops a request at QUERY_TIMEOUT_MS', async () => {
      const server = await startHarness({ QUERY_TIMEOUT_MS: '1' }, { load: false });
      try {
        const { body } = await server.gql<any>('{ a: tasks(first: 100) { totalCount } b: lineage(symbol: "59-NQ/TW", depth: 6) { depth } }');
        expect(body.errors!.map((e: any) => e.extensions.code)).toContain('QUERY_TIMEOUT');
      } finally {
        await server.close();
      }
    });
  });

  describe('GraphQL over HTTP', () => {
    it('keeps idle connections 65 s and says so, so clients close them first (no reset under a reused connection)', async () => {
      const { headers } = await h.gql('{ __typename }');
      expect(headers.get('keep-alive')).toBe('timeout=65');
    });

    it('POST with a non-JSON content type is blocked by CSRF prevention', async () => {
      const res = await fetch(`${h.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: '{ provinces { totalCount } }' }) });
      expect(res.status).toBe(400);
      expect(JSON.stringify(await res.json())).toMatch(/Cross-Site Request Forgery/);
    });

    it('GET queries work and lineage answers carry Cache-Control', async () => {
      const q = encodeURIComponent('{ lineage(symbol: "59-NQ/TW") { nodes { label } } }');
      const res = await fetch(`${h.url}/graphql?query=${q}`, { headers: { accept: 'application/graphql-response+json' } });
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('max-age=60, public');
      const body = (await res.json()) as any;
      expect(body.data.lineage.nodes.length).toBe(5);
    });

    it('GET refuses nothing but mutations; errors are not cacheable', async () => {
      const res = await fetch(`${h.url}/graphql?query=${encodeURIComponent('{ tasks(first: 1000) { totalCount } }')}`);
      expect(res.headers.get('cache-control')).toBe('no-store');
    });

    it('persisted queries: the explorer examples are pre-registered and callable by hash over GET', async () => {
      const lineage = examples().find((e) => e.name === 'Lineage')!;
      const hash = createHash('sha256').update(lineage.query).digest('hex');
      const ext = encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }));
      const vars = encodeURIComponent(JSON.stringify(lineage.variables));
      const res = await fetch(`${h.url}/graphql?extensions=${ext}&variables=${vars}`);
      const body = (await res.json()) as any;
      expect(body.errors).toBeUndefined();
      expect(body.data.lineage.root.symbol).toBe('59-NQ/TW');
      expect(res.headers.get('cache-control')).toMatch(/max-age=\d+, public/);
    });

    it('automatic persisted queries: register once by POST, then GET by hash', async () => {
      const query = '{ provinces { totalCount } }';
      const sha256Hash = createHash('sha256').update(query).digest('hex');
      const ext = encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash } }));
      const miss = (await (await fetch(`${h.url}/graphql?extensions=${ext}`)).json()) as any;
      expect(miss.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
      await fetch(`${h.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, extensions: { persistedQuery: { version: 1, sha256Hash } } }) });
      const hit = (await (await fetch(`${h.url}/graphql?extensions=${ext}`)).json()) as any;
      expect(hit.data.provinces.totalCount).toBe(4);
    });

    it('status codes follow the response media type: request errors are 400 for graphql-response+json, 200 for json', async () => {
      const post = (accept: string, body: unknown) =>
        fetch(`${h.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', accept }, body: JSON.stringify(body) });
      for (const query of ['{', '{ noSuchField }', '{ tasks(first: "x") { totalCount } }']) {
        const modern = await post('application/graphql-response+json', { query });
        expect(modern.status).toBe(400);
        expect(modern.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
        expect(await modern.json()).not.toHaveProperty('data');
        const legacy = await post('application/json', { query });
        expect(legacy.status).toBe(200);
        expect(legacy.headers.get('content-type')).toMatch(/^application\/json/);
        expect(legacy.headers.get('cache-control')).toBe('no-store');
      }
      // An invalid argument is a field error: data is present (null field), 200 for both media types.
      for (const accept of ['application/graphql-response+json', 'application/json']) {
        const res = await post(accept, { query: '{ tasks(first: 1000) { totalCount } }' });
        expect(res.status).toBe(200);
        expect(((await res.json()) as any).errors[0].extensions.code).toBe('BAD_USER_INPUT');
      }
      expect((await post('text/html', { query: '{ __typename }' })).status).toBe(406);
    });

    it('malformed requests get JSON errors with a 4xx; unknown paths a JSON 404; other methods 405', async () => {
      const bad = await fetch(`${h.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":' });
      expect(bad.status).toBe(400);
      expect(((await bad.json()) as any).errors[0].extensions.code).toBe('BAD_REQUEST');
      const missing = await fetch(`${h.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"variables":{}}' });
      expect(missing.status).toBe(400);
      const put = await fetch(`${h.url}/graphql`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
      expect(put.status).toBe(405);
      expect(put.headers.get('allow')).toMatch(/GET, POST/);
      const notFound = await fetch(`${h.url}/nowhere`);
      expect(notFound.status).toBe(404);
      expect(await notFound.json()).toMatchObject({ error: 'not found' });
    });

    it('/health reports Neo4j connectivity', async () => {
      const res = await fetch(`${h.url}/health`);
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ status: 'ok', neo4j: { connected: true } });
    });
  });

  describe('offline explorer', () => {
    it('serves GraphiQL from local assets only, opening on the example queries', async () => {
      const res = await fetch(`${h.url}/explorer`);
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).not.toMatch(/https?:\/\//);
      const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
      expect(assets).toEqual(expect.arrayContaining(['/explorer/assets/graphiql.min.js', '/explorer/assets/graphiql.min.css', '/explorer/assets/react.production.min.js']));
      for (const a of assets) {
        const r = await fetch(`${h.url}${a}`);
        expect(r.status).toBe(200);
        expect((await r.arrayBuffer()).byteLength).toBeGreaterThan(100);
      }
      const ex = await (await fetch(`${h.url}/explorer/examples.js`)).text();
      for (const name of ['Nq57Tasks', 'Lineage', 'ProvincesPerTask', 'OverdueTasks', 'AgencyWorkload']) expect(ex).toContain(name);
    });

    it('every example query runs without errors', async () => {
      for (const e of examples()) {
        const { body } = await h.gql<any>(e.query, e.variables);
        expect({ name: e.name, errors: body.errors }).toEqual({ name: e.name, errors: undefined });
      }
    });

    it('a browser opening /graphql is sent to the explorer', async () => {
      const res = await fetch(`${h.url}/graphql`, { headers: { accept: 'text/html' }, redirect: 'manual' });
      expect(res.status).toBe(302);
      expect(res.headers.get('location')).toBe('/explorer');
    });
  });
});

describe('when Neo4j is unreachable', () => {
  it('GraphQL answers SERVICE_UNAVAILABLE quickly and /health is 503 with JSON; production hides stack traces', async () => {
    const driver = createDriver({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'whatever-password' });
    const server = await createApp(apiConfig({ NODE_ENV: 'production' }), driver);
    const url = await server.listen(0, '127.0.0.1');
    try {
      const started = Date.now();
      const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ tasks { totalCount } }' }) });
      const body = (await res.json()) as any;
      expect(Date.now() - started).toBeLessThan(5000);
      expect(body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
      // The whole request failed for want of the database: 503 with Retry-After, not a 200 or a 500.
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('5');
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(JSON.stringify(body)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
      const health = await fetch(`${url}/health`);
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({ status: 'unavailable', neo4j: { connected: false } });
    } finally {
      await server.close();
    }
  });
});
