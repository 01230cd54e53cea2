/**
 * The task queries have two plans for the same answer: by document (filters on documents only, document
 * order: counts from degrees, tasks read only for the page window) and by task (any filter). These tests
 * hold the two to the same answers on the fixture corpus, page by page, and check which plan was used.
 */
import { startHarness, type Harness } from './harness';

/* eslint-disable @typescript-eslint/no-explicit-any */
const PAGE = `query($f: TaskFilter, $order: TaskOrder, $first: Int, $after: String) {
  tasks(filter: $f, orderBy: $order, first: $first, after: $after) {
    totalCount
    nodes { key }
    pageInfo { hasNextPage endCursor }
  }
}`;

const FILTERS: Record<string, unknown>[] = [
  { derivesFrom: '59-NQ/TW' },
  { derivesFrom: '57-NQ/TW' },
  { derivesFrom: '57-NQ/TW', direct: true },
  { derivesFrom: '59-NQ/TW', province: 'can tho' },
  { province: 'ha tinh' },
  { documentSymbol: '35/KH-UBND' },
  {},
];

describe('task queries: the by-document plan answers as the by-task plan does', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ MAX_PAGE_SIZE: '100' });
  });
  afterAll(async () => {
    await h.close();
  });

  const page = async (f: Record<string, unknown>, first: number, after?: string, order?: string) => {
    const { body } = await h.gql<any>(PAGE, { f, first, after, order });
    expect(body.errors).toBeUndefined();
    return { ...body.data.tasks, queries: body.extensions!.queries as string[] };
  };

  it.each(FILTERS)('filter %j: same tasks, same totals, pages that tile the whole list', async (f) => {
    const whole = await page(f, 100);
    expect(whole.queries).toContain('tasks.page.byDocument');
    // DEADLINE_ASC forces the by-task plan; compare as sets (the order differs).
    const byTask = await page(f, 100, undefined, 'DEADLINE_ASC');
    expect(byTask.queries).toContain('tasks.page');
    expect(byTask.totalCount).toBe(whole.totalCount);
    if (whole.totalCount <= 100) expect(byTask.nodes.map((n: any) => n.key).sort()).toEqual(whole.nodes.map((n: any) => n.key).sort());
    // Pages of 3 with cursors concatenate to the single page, in the same order.
    const keys: string[] = [];
    let after: string | undefined;
    while (keys.length < whole.nodes.length) {
      const p = await page(f, 3, after);
      expect(p.totalCount).toBe(whole.totalCount);
      keys.push(...p.nodes.map((n: any) => n.key));
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    expect(keys.slice(0, whole.nodes.length)).toEqual(whole.nodes.map((n: any) => n.key));
  });

  it.each(FILTERS)('filter %j: counts by province (by document) agree with counts by deadline kind (by task)', async (f) => {
    const q = 'query($f: TaskFilter, $g: TaskGroupBy!) { taskCounts(filter: $f, groupBy: $g) { total groups { key count } } }';
    const byProvince = await h.gql<any>(q, { f, g: 'PROVINCE' });
    const byKind = await h.gql<any>(q, { f, g: 'DEADLINE_KIND' });
    expect(byProvince.body.extensions!.queries).toContain('tasks.counts.byDocument');
    expect(byKind.body.extensions!.queries).toContain('tasks.counts');
    const { total, groups } = byProvince.body.data.taskCounts;
    expect(total).toBe(byKind.body.data.taskCounts.total);
    expect(groups.reduce((s: number, g: any) => s + g.count, 0)).toBe(total);
    const tasks = await page(f, 100);
    expect(total).toBe(tasks.totalCount);
  });

  it('a filter on tasks (deadline, agency, text) uses the by-task plan', async () => {
    const p = await page({ derivesFrom: '59-NQ/TW', deadlineKind: 'DATE' }, 10);
    expect(p.queries).toContain('tasks.page');
    expect(p.queries).not.toContain('tasks.page.byDocument');
  });

  it('a derivation from a document nobody implements or cites is an empty page, not an error', async () => {
    const p = await page({ derivesFrom: '35/KH-UBND', province: 'ha noi' }, 10);
    expect(p.totalCount).toBe(0);
    expect(p.nodes).toEqual([]);
  });
});
