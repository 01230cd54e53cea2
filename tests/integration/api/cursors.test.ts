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
});
