/**
 * The response-size cap and the request deadline, on a tiny schema (no database): a response over the cap is
 * replaced by one RESPONSE_TOO_LARGE error with 413; resolvers still running past the deadline stop, 503.
 */
import { ApolloServer } from '@apollo/server';
import { limitFields, responseLimitsPlugin } from '../../../src/api/plugins/response-limits';

const typeDefs = 'type Item { text: String! next: Item } type Query { items(n: Int!): [Item!]! }';
let nextCalls = 0;
const resolvers = {
  Query: { items: (_: unknown, { n }: { n: number }) => Array.from({ length: n }, (_x, i) => ({ i })) },
  Item: {
    text: ({ i }: { i: number }) => `item ${i} `.padEnd(100, 'x'),
    next: ({ i }: { i: number }) => {
      nextCalls++;
      return new Promise((r) => setTimeout(() => r({ i: i + 1 }), 30));
    },
  },
};

async function run(query: string, limits: { maxBytes: number; deadlineMs: number }) {
  const server = new ApolloServer({ typeDefs, resolvers: limitFields(typeDefs, resolvers as never) as never, plugins: [responseLimitsPlugin(limits) as never] });
  await server.start();
  try {
    const res = await server.executeOperation({ query });
    let resolved = 0;
    if (res.body.kind === 'single') resolved = JSON.stringify(res.body.singleResult).length;
    return { status: res.http.status ?? 200, body: res.body.kind === 'single' ? res.body.singleResult : null, size: resolved };
  } finally {
    await server.stop();
  }
}

describe('response limits', () => {
  it('answers a response under the cap as usual', async () => {
    const r = await run('{ items(n: 10) { text } }', { maxBytes: 10_000, deadlineMs: 5000 });
    expect(r.status).toBe(200);
    expect(r.body?.errors).toBeUndefined();
  });

  it('replaces a response over the cap by one 413 RESPONSE_TOO_LARGE error', async () => {
    const r = await run('{ items(n: 10000) { text } }', { maxBytes: 10_000, deadlineMs: 5000 });
    expect(r.status).toBe(413);
    expect(r.body?.errors).toHaveLength(1);
    expect(r.body?.errors?.[0].extensions?.code).toBe('RESPONSE_TOO_LARGE');
    expect(r.body?.errors?.[0].message).toMatch(/MAX_RESPONSE_BYTES/);
    expect(r.size).toBeLessThan(1000);
  });

  it('stops resolvers past the deadline with 503 REQUEST_TIMEOUT', async () => {
    nextCalls = 0;
    // Each wave of `next` takes 30 ms: the third starts past the 40 ms deadline.
    const r = await run('{ items(n: 50) { next { next { next { next { text } } } } } }', { maxBytes: 10_000_000, deadlineMs: 40 });
    expect(r.status).toBe(503);
    expect(r.body?.errors?.[0].extensions?.code).toBe('REQUEST_TIMEOUT');
    // Waves 1 and 2 started within the deadline (50 calls each); later waves never ran.
    expect(nextCalls).toBeLessThanOrEqual(100);
  });
});
