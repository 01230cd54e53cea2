/**
 * The cost limit's model: every field counts, lists count by their real bound (page size, ids, declared
 * @listSize), nesting multiplies, fragments are walked within a fixed bound.
 */
import { buildSchema, getNamedType, getNullableType, isListType, isObjectType, parse } from 'graphql';
import { examples } from '../../../src/api/explorer/examples';
import { ApolloServer } from '@apollo/server';
import { boundLists, costLimitPlugin, declaredListSize, MAX_COST_NODES, queryCost, truncationPlugin } from '../../../src/api/plugins/cost';
import { loadTypeDefs } from '../../../src/api/server';

const schema = buildSchema(loadTypeDefs());
const cost = (q: string, variables: Record<string, unknown> = {}) => queryCost(schema, parse(q), variables, undefined, 100);

describe('query cost', () => {
  it('grows with first, from literals, variables and defaults', () => {
    const q = 'query($n: Int) { tasks(first: $n) { nodes { document { symbol } } } }';
    expect(cost(q, { n: 100 })).toBeGreaterThan(cost(q, { n: 10 }) * 9);
    expect(cost('{ tasks { nodes { document { symbol } } } }')).toBe(cost(q, { n: 20 }));
  });

  it('multiplies nested pages', () => {
    expect(cost('{ documents(first: 100) { nodes { tasks(first: 100) { nodes { text } } } } }')).toBeGreaterThan(10000);
  });

  it('counts argument-less lists (citations, citedBy) by their declared maximum, through nesting', () => {
    const one = cost('{ documents(first: 10) { nodes { citedBy { from { title } } } } }');
    expect(one).toBeGreaterThanOrEqual(10 * 500 * 2);
    // The issue's reproducer: inside the depth limit, it must be far over the default cost limit (3,000,000).
    const deep = cost('{ documents(first: 10) { nodes { citedBy { from { citations { to { citedBy { from { citations { to { title } } } } } } } } } } }');
    expect(deep).toBeGreaterThan(1e9);
  });

  it('counts __typename and its aliases like any field', () => {
    const aliases = Array.from({ length: 200 }, (_, i) => `t${i}: __typename`).join(' ');
    expect(cost(`{ ${aliases} }`)).toBeGreaterThanOrEqual(200);
  });

  it('costs a fragment once per spread and stops a fragment bomb within its bound, fast', () => {
    const spread = cost('fragment D on Document { title symbol } { documents(first: 10) { nodes { ...D ...D } } }');
    expect(spread).toBe(cost('{ documents(first: 10) { nodes { title symbol title symbol } } }'));
    // 26 fragments, each spreading the next twice: 2^26 selections once expanded.
    const fragments = Array.from({ length: 26 }, (_, i) => `fragment F${i} on Document { ${i === 25 ? 'title' : `...F${i + 1} ...F${i + 1}`} }`).join('\n');
    const started = Date.now();
    expect(() => cost(`{ documents(first: 1) { nodes { ...F0 } } }\n${fragments}`)).toThrow(/maximum allowed number of nodes/);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(MAX_COST_NODES).toBeLessThanOrEqual(5_000);
  });

  it('every list field is sized: by first, ids, its connection, or a declared @listSize', () => {
    const unsized: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        if (!isListType(getNullableType(field.type))) continue;
        const byArg = field.args.some((a) => a.name === 'first' || a.name === 'ids');
        const page = type.name.endsWith('Connection') && (field.name === 'edges' || field.name === 'nodes');
        if (!byArg && !page && declaredListSize(field) === undefined) unsized.push(`${type.name}.${field.name}: ${String(getNamedType(field.type))}`);
      }
    }
    expect(unsized).toEqual([]);
  });

  it('lets every explorer example through the default limit', () => {
    const over = examples()
      .map((e) => ({ name: e.name, cost: cost(e.query, e.variables ?? {}) }))
      .filter((e) => e.cost >= 3000000);
    expect(over).toEqual([]);
  });
});

describe('boundLists makes the declared maxima true', () => {
  it('cuts a longer list, sync or async, and leaves shorter ones alone', async () => {
    const sdl = 'directive @listSize(assumedSize: Int!) on FIELD_DEFINITION\ntype Query { a: [Int!]! @listSize(assumedSize: 3) b: [Int!]! @listSize(assumedSize: 3) c: [Int!]! }';
    const r = boundLists(sdl, { Query: { b: async () => [1, 2, 3, 4, 5] } }) as { Query: Record<string, (...a: unknown[]) => unknown> };
    expect(r.Query.a({ a: [1, 2, 3, 4] }, {}, {}, { fieldName: 'a' })).toEqual([1, 2, 3]);
    expect(r.Query.a({ a: [1, 2] }, {}, {}, { fieldName: 'a' })).toEqual([1, 2]);
    await expect(r.Query.b({}, {}, {}, { fieldName: 'b' })).resolves.toEqual([1, 2, 3]);
    expect(r.Query.c).toBeUndefined();
  });
});

describe('a cut list is never silent (extensions.truncated)', () => {
  const sdl = `directive @listSize(assumedSize: Int!) on FIELD_DEFINITION
    type Doc { id: Int! citedBy: [Int!]! @listSize(assumedSize: 3) }
    type Query { docs: [Doc!]! @listSize(assumedSize: 10) }`;
  const server = new ApolloServer({
    typeDefs: sdl,
    resolvers: boundLists(sdl, { Query: { docs: () => [{ id: 1, citedBy: [1, 2, 3, 4, 5] }, { id: 2, citedBy: [1] }, { id: 3, citedBy: [1, 2, 3, 4] }] } }) as never,
    plugins: [truncationPlugin()],
  });
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  it('names the field, its bound, how many lists were cut and where', async () => {
    const res = await server.executeOperation({ query: '{ docs { id citedBy } }' }, { contextValue: {} });
    const body = res.body.kind === 'single' ? res.body.singleResult : undefined;
    expect(body?.errors).toBeUndefined();
    expect(body?.data).toEqual({ docs: [{ id: 1, citedBy: [1, 2, 3] }, { id: 2, citedBy: [1] }, { id: 3, citedBy: [1, 2, 3] }] });
    expect(body?.extensions?.truncated).toEqual([{ field: 'Doc.citedBy', bound: 3, count: 2, paths: [['docs', 0, 'citedBy'], ['docs', 2, 'citedBy']] }]);
  });

  it('says nothing when no list was cut', async () => {
    const res = await server.executeOperation({ query: '{ docs { id } }' }, { contextValue: {} });
    const body = res.body.kind === 'single' ? res.body.singleResult : undefined;
    expect(body?.extensions?.truncated).toBeUndefined();
  });
});

describe('the cost limit plugin', () => {
  const server = new ApolloServer({ typeDefs: loadTypeDefs(), plugins: [costLimitPlugin(5000, 100)] });
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  it('remembers costs per operation and variables: one query text is judged by its own variables each time', async () => {
    const query = 'query($n: Int!) { documents(first: $n) { nodes { tasks(first: $n) { nodes { key } } } } }';
    const codes = [];
    for (const n of [5, 100, 5, 100, 100, 5]) {
      const res = await server.executeOperation({ query, variables: { n } });
      codes.push(res.body.kind === 'single' ? (res.body.singleResult.errors?.[0]?.extensions?.code ?? 'ok') : 'incremental');
    }
    expect(codes.map((c) => (c === 'QUERY_TOO_COSTLY' ? c : 'let in'))).toEqual(['let in', 'QUERY_TOO_COSTLY', 'let in', 'QUERY_TOO_COSTLY', 'QUERY_TOO_COSTLY', 'let in']);
  });
});
