/**
 * CORS for dashboards on other origins (CORS_ORIGINS): an allowed origin gets its own origin back, no
 * credentials, and a preflight allowing Apollo's CSRF-prevention headers; any other origin gets no CORS
 * header at all; with no allowlist, only the same origin can read the API.
 */
import { startHarness, type Harness } from './harness';

const DASHBOARD = 'https://dash.example.gov.vn';
const OTHER = 'https://evil.example.com';
const QUERY = JSON.stringify({ query: '{ provinces { totalCount } }' });

const corsHeaders = (res: Response) => [...res.headers.keys()].filter((k) => k.startsWith('access-control-'));

function preflight(url: string, origin: string, headers = 'content-type, apollo-require-preflight, x-apollo-operation-name') {
  return fetch(url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': headers } });
}

describe('with CORS_ORIGINS set', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ CORS_ORIGINS: `${DASHBOARD}, http://localhost:5173/` });
  });
  afterAll(() => h.close());

  it('answers an allowed origin’s preflight for /graphql with the CSRF-prevention headers allowed, no credentials', async () => {
    const res = await preflight(`${h.url}/graphql`, DASHBOARD);
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(DASHBOARD);
    expect(res.headers.get('access-control-allow-methods')).toMatch(/POST/);
    const allowed = res.headers.get('access-control-allow-headers')!.split(',').map((s) => s.trim());
    expect(allowed).toEqual(expect.arrayContaining(['content-type', 'apollo-require-preflight', 'x-apollo-operation-name']));
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    expect(res.headers.get('vary')).toMatch(/Origin/);
  });

  it('lets the allowed origin read a POST (and a trailing slash in the setting does not matter)', async () => {
    for (const origin of [DASHBOARD, 'http://localhost:5173']) {
      const res = await fetch(`${h.url}/graphql`, { method: 'POST', headers: { origin, 'content-type': 'application/json', 'apollo-require-preflight': 'true' }, body: QUERY });
      expect(res.status).toBe(200);
      expect(res.headers.get('access-control-allow-origin')).toBe(origin);
      expect(res.headers.get('access-control-allow-credentials')).toBeNull();
      expect(((await res.json()) as { data: unknown }).data).toEqual({ provinces: { totalCount: expect.any(Number) } });
    }
  });

  it('covers the exports: preflight and GET, with Content-Disposition readable by the page', async () => {
    const pre = await preflight(`${h.url}/export/tasks.csv`, DASHBOARD, 'content-type');
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe(DASHBOARD);
    const res = await fetch(`${h.url}/export/tasks.csv?filter=${encodeURIComponent('{"province":"ha noi"}')}`, { headers: { origin: DASHBOARD } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(DASHBOARD);
    expect(res.headers.get('access-control-expose-headers')).toMatch(/content-disposition/);
    await res.arrayBuffer();
  });

  it('gives a disallowed origin no CORS header at all, on preflight, POST, GET and export', async () => {
    const pre = await preflight(`${h.url}/graphql`, OTHER);
    expect(pre.status).toBe(204);
    expect(corsHeaders(pre)).toEqual([]);
    expect(pre.headers.get('vary')).toMatch(/Origin/);
    const post = await fetch(`${h.url}/graphql`, { method: 'POST', headers: { origin: OTHER, 'content-type': 'application/json' }, body: QUERY });
    expect(corsHeaders(post)).toEqual([]);
    const get = await fetch(`${h.url}/graphql?query=${encodeURIComponent('{ provinces { totalCount } }')}`, { headers: { origin: OTHER } });
    expect(get.status).toBe(200);
    expect(corsHeaders(get)).toEqual([]);
    const file = await fetch(`${h.url}/export/tasks.csv`, { headers: { origin: OTHER } });
    expect(corsHeaders(file)).toEqual([]);
    await file.arrayBuffer();
  });

  it('adds no CORS headers to routes outside /graphql and /export', async () => {
    const res = await fetch(`${h.url}/health`, { headers: { origin: DASHBOARD } });
    expect(corsHeaders(res)).toEqual([]);
  });
});

describe('with CORS_ORIGINS empty (the default): same origin only', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  it('sends no CORS header to any origin, and still answers the preflight instead of a 405', async () => {
    const pre = await preflight(`${h.url}/graphql`, DASHBOARD);
    expect(pre.status).toBe(204);
    expect(corsHeaders(pre)).toEqual([]);
    const post = await fetch(`${h.url}/graphql`, { method: 'POST', headers: { origin: DASHBOARD, 'content-type': 'application/json' }, body: QUERY });
    expect(post.status).toBe(200);
    expect(corsHeaders(post)).toEqual([]);
  });
});

describe('CORS_ORIGINS=*', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ CORS_ORIGINS: '*' });
  });
  afterAll(() => h.close());

  it('reflects any origin, still without credentials', async () => {
    const res = await preflight(`${h.url}/graphql`, OTHER);
    expect(res.headers.get('access-control-allow-origin')).toBe(OTHER);
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
  });
});
