/**
 * A plain JSON POST to /graphql is answered without Express (src/api/graphql-post.ts); the same request in
 * a form only Express takes (with a query string) answers
 * the same: status, body and the headers a client or a cache reads.
 */
import { startHarness, type Harness } from './harness';

const DASHBOARD = 'https://dash.example.gov.vn';
const KEPT = ['content-type', 'cache-control', 'access-control-allow-origin', 'access-control-expose-headers', 'vary'];

describe('the JSON POST path answers as the Express path does', () => {
  let h: Harness;
  beforeAll(async () => {
    // Production: no stack traces or timings in the bodies, which would differ between two requests.
    h = await startHarness({ CORS_ORIGINS: DASHBOARD, NODE_ENV: 'production' });
  });
  afterAll(() => h.close());

  const post = async (path: string, body: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${h.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', origin: DASHBOARD, ...headers }, body });
    return { status: res.status, body: await res.text(), headers: Object.fromEntries(KEPT.map((k) => [k, res.headers.get(k)])), etag: res.headers.get('etag') !== null };
  };

  it.each([
    ['a question', JSON.stringify({ query: '{ provinces(first: 2) { totalCount nodes { name } } }' })],
    ['a bad argument', JSON.stringify({ query: '{ tasks(first: -1) { totalCount } }' })],
    ['a syntax error', JSON.stringify({ query: '{ provinces { ' })],
    ['no query', '{}'],
    ['an empty body', ''],
    ['malformed JSON', '{"query": '],
    ['a JSON string', '"{ provinces { totalCount } }"'],
  ])('%s', async (_name, body) => {
    const fast = await post('/graphql', body);
    // A query string sends the same request through Express.
    const express = await post('/graphql?via=express', body);
    // Express's res.send hashes every body into an ETag; the JSON POST path does not (nobody revalidates a POST).
    expect([fast.etag, express.etag]).toEqual([false, true]);
    expect({ ...fast, etag: null }).toEqual({ ...express, etag: null });
    for (const accept of ['application/graphql-response+json', 'application/graphql-response+json, application/json;q=0.9']) {
      expect({ ...(await post('/graphql', body, { accept })), etag: null }).toEqual({ ...(await post('/graphql?via=express', body, { accept })), etag: null });
    }
  });

  it('sends the content length and keeps the connection', async () => {
    const res = await fetch(`${h.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    const text = await res.text();
    expect(res.headers.get('content-length')).toBe(String(Buffer.byteLength(text)));
    expect(res.headers.get('keep-alive')).toMatch(/timeout=65/);
  });
});
