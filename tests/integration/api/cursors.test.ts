/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are read as untyped JSON */
import { writeExtraction } from '../../../src/graph/write';
import type { Extraction } from '../../../src/ingest/model';
import { CORPUS } from './fixtures';
import { startHarness, type Harness } from './harness';

/**
 * Keyset cursors: a page starts after the last task seen, by its sort value and graph key, not at a position,
 * so a document re-ingested between two pages (a task dropped or added before the cursor) neither repeats
 * nor skips a task. With offset cursors each of these cases fails: a dropped task shifts the rest back (one
 * is skipped), an added one shifts them on (one is repeated).
 */
describe('paging tasks while a document is re-ingested', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    // Put the fixture corpus back as it was for the other suites.
    for (const x of CORPUS) await writeExtraction(h.driver, x);
    await h.close();
  });

  const page = async (filter: string, orderBy: string, after: string | null) => {
    const { body } = await h.gql<any>(`query($a: String) { tasks(filter: ${filter}, orderBy: ${orderBy}, first: 2, after: $a) { totalCount pageInfo { hasNextPage endCursor } nodes { key } } }`, { a: after });
    expect(body.errors).toBeUndefined();
    return body.data.tasks as { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: { key: string }[] };
  };

  /** The fixture document holding `taskKey`, re-ingested without that task or with one more before it. */
  function reingested(taskKey: string, change: 'dropped' | 'added'): Extraction {
    const [docId, local] = [taskKey.slice(0, taskKey.lastIndexOf('#')), taskKey.slice(taskKey.lastIndexOf('#') + 1)];
    const x = structuredClone(CORPUS.find((d) => d.documentId === docId)!);
    const at = x.tasks.findIndex((t) => t.id === local);
    if (change === 'dropped') x.tasks.splice(at, 1);
    else {
      const before = x.tasks[at];
      const added = { ...structuredClone(before), id: 'tAdded', text: 'Bổ sung nhiệm vụ rà soát văn bản', span: { ...before.span, startOffset: before.span.startOffset - 1 } };
      if (added.deadline) added.deadline = { ...added.deadline, start: '2000-01-01', end: '2000-01-01' };
      x.tasks.splice(at, 0, added);
    }
    return x;
  }

  const cases: [string, string, 'dropped' | 'added'][] = [
    ['{derivesFrom: "59-NQ/TW"}', 'DOCUMENT_ORDER', 'dropped'],
    ['{derivesFrom: "59-NQ/TW"}', 'DOCUMENT_ORDER', 'added'],
    ['{province: "ha noi"}', 'DEADLINE_ASC', 'dropped'],
    ['{province: "ha noi"}', 'DEADLINE_ASC', 'added'],
  ];
  it.each(cases)('tasks(filter: %s, orderBy: %s): a task %s before the cursor between pages', async (filter, orderBy, change) => {
    for (const x of CORPUS) await writeExtraction(h.driver, x);
    const first = await page(filter, orderBy, null);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const seen = first.nodes.map((n) => n.key);
    await writeExtraction(h.driver, reingested(seen[0], change));
    // The whole answer after the re-ingest, for reference: what the later pages must cover exactly once.
    const { body } = await h.gql<any>(`{ tasks(filter: ${filter}, orderBy: ${orderBy}, first: 100) { nodes { key } } }`);
    const after = (body.data.tasks.nodes as { key: string }[]).map((n) => n.key);
    const expected = after.slice(after.indexOf(seen[seen.length - 1]) + 1);
    const rest: string[] = [];
    let cursor: string | null = first.pageInfo.endCursor;
    while (cursor) {
      const p = await page(filter, orderBy, cursor);
      rest.push(...p.nodes.map((n) => n.key));
      cursor = p.pageInfo.hasNextPage ? p.pageInfo.endCursor : null;
    }
    expect(rest).toEqual(expected);
    expect(rest.filter((k) => seen.includes(k))).toEqual([]);
    expect(rest.length).toBeGreaterThan(0);
  });

  it('refuses a cursor issued for another order, naming the argument', async () => {
    const first = await page('{province: "ha noi"}', 'DEADLINE_ASC', null);
    const { body } = await h.gql<any>('query($a: String) { tasks(orderBy: DOCUMENT_ORDER, first: 2, after: $a) { totalCount } }', { a: first.pageInfo.endCursor });
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0].message).toMatch(/after/);
  });

  /**
   * The lists below a node page by keyset too (the task's sort key in its list): Document.tasks in reading
   * order, Province.tasks in document reading order, Agency.tasks by task key. Pages of one or two tasks, a
   * task dropped or added before the cursor in between.
   */
  const nested: [string, string, 'dropped' | 'added'][] = [
    ['document(symbol: "12/KH-UBND")', '2', 'dropped'],
    ['document(symbol: "12/KH-UBND")', '2', 'added'],
    ['province(name: "Hà Nội")', '2', 'dropped'],
    ['province(name: "Hà Nội")', '2', 'added'],
    ['agency(name: "Sở Ngoại vụ", province: "Hà Nội")', '1', 'dropped'],
  ];
  it.each(nested)('%s { tasks(first: %s) }: a task %s before the cursor between pages', async (parent, first, change) => {
    for (const x of CORPUS) await writeExtraction(h.driver, x);
    const field = parent.slice(0, parent.indexOf('('));
    const list = async (size: number, after: string | null) => {
      const { body } = await h.gql<any>(`query($a: String) { ${parent} { tasks(first: ${size}, after: $a) { pageInfo { hasNextPage endCursor } nodes { key } } } }`, { a: after });
      expect(body.errors).toBeUndefined();
      return body.data[field].tasks as { pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: { key: string }[] };
    };
    const firstPage = await list(Number(first), null);
    expect(firstPage.pageInfo.hasNextPage).toBe(true);
    const seen = firstPage.nodes.map((n) => n.key);
    await writeExtraction(h.driver, reingested(seen[0], change));
    const whole = (await list(100, null)).nodes.map((n) => n.key);
    const expected = whole.slice(whole.indexOf(seen[seen.length - 1]) + 1);
    const rest: string[] = [];
    let cursor: string | null = firstPage.pageInfo.endCursor;
    while (cursor) {
      const p = await list(Number(first), cursor);
      rest.push(...p.nodes.map((n) => n.key));
      cursor = p.pageInfo.hasNextPage ? p.pageInfo.endCursor : null;
    }
    expect(rest.length).toBeGreaterThan(0);
    expect(rest).toEqual(expected);
  });

  it('root lists (documents, agencies, provinces) page by keyset: pages of one tile the whole list', async () => {
    for (const x of CORPUS) await writeExtraction(h.driver, x);
    for (const [field, args, key] of [
      ['documents', 'orderBy: ISSUED_ON_DESC', 'key'],
      ['documents', 'orderBy: SYMBOL', 'key'],
      ['agencies', 'filter: {province: "Hà Nội"}', 'key'],
      ['provinces', '', 'key'],
    ] as const) {
      const q = (size: number) => `query($a: String) { ${field}(${args} first: ${size}, after: $a) { totalCount pageInfo { hasNextPage endCursor } nodes { ${key} } } }`;
      const whole = (await h.gql<any>(q(100), { a: null })).body.data[field];
      const keys: string[] = [];
      let after: string | null = null;
      do {
        const { body } = (await h.gql<any>(q(1), { a: after })) as { body: any };
        expect(body.errors).toBeUndefined();
        keys.push(...body.data[field].nodes.map((n: any) => n[key]));
        after = body.data[field].pageInfo.hasNextPage ? body.data[field].pageInfo.endCursor : null;
      } while (after && keys.length <= whole.totalCount);
      expect(keys).toEqual(whole.nodes.map((n: any) => n[key]));
    }
    // A cursor of one list is refused by another.
    const docs = (await h.gql<any>('{ documents(first: 1) { pageInfo { endCursor } } }')).body.data.documents;
    const { body } = await h.gql<any>('query($a: String) { agencies(first: 1, after: $a) { totalCount } }', { a: docs.pageInfo.endCursor });
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
