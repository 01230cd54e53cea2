/**
 * The lineage view in a real headless Chromium, against the API serving the bundled corpus: it draws the
 * lineage of Nghị quyết 59-NQ/TW as a hierarchy, a click on the Cần Thơ plan shows its metadata, task counts
 * per lead agency and tasks, and a click on a task draws its derivation path up to 59-NQ/TW. Everything on
 * the page is compared with what the public API answers, and the page may load nothing but this server.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ingestPaths } from '../../../src/ingest/ingest-files';
import { cleanGraph } from '../../support/graph';
import { describeWithBrowser, launchBrowser, type Browser } from '../../support/browser';
import { startHarness, type Harness } from '../api/harness';

/* eslint-disable @typescript-eslint/no-explicit-any */
// The page's globals, inside page.evaluate callbacks (this project compiles without the DOM library).
declare const window: any;
declare const document: any;
const CORPUS = path.resolve(__dirname, '..', '..', '..', 'data', 'corpus');
const PLAN = '35/KH-UBND'; // Cần Thơ's plan: implements 153/NQ-CP and 59-NQ/TW

describeWithBrowser('lineage view (/explorer/lineage) in headless Chromium', () => {
  let h: Harness;
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    h = await startHarness({}, { load: false });
    await cleanGraph(h.driver);
    const summary = await ingestPaths(h.driver, [CORPUS]);
    expect(summary.failed).toEqual([]);
    browser = await launchBrowser();
    // Every request the page makes is recorded; anything not for this server is refused.
    await browser.context.route('**/*', (route) => {
      const url = route.request().url();
      requests.push(url);
      return url.startsWith(`${h.url}/`) ? route.continue() : route.abort();
    });
    page = await browser.context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    if (h) {
      await cleanGraph(h.driver);
      await h.close();
    }
  });

  /** Clicks a drawn document by its label, at its position on the canvas. */
  async function clickNode(label: string): Promise<void> {
    const at = await page.evaluate((l) => {
      const cy = (window as any).lineageView.cy;
      const node = cy.nodes('.doc').filter((n: any) => n.data('label') === l)[0];
      if (!node) return null;
      const r = node.renderedPosition();
      const box = document.getElementById('graph')!.getBoundingClientRect();
      return { x: box.left + r.x, y: box.top + r.y };
    }, label);
    expect(at).not.toBeNull();
    await page.mouse.click(at!.x, at!.y);
  }

  it('draws the lineage of 59-NQ/TW from ?symbol=, as the API returns it, laid out as a hierarchy', async () => {
    await page.goto(`${h.url}/explorer/lineage?symbol=59-NQ/TW`);
    await page.waitForSelector('body[data-ready=true]', { timeout: 60_000 });
    const { body } = await h.gql<any>(`{
      lineage(symbol: "59-NQ/TW", direction: DOWN, depth: 3) { nodes { id label stub } edges { id relation source target } }
      __type(name: "CitationRelation") { enumValues { name } }
    }`);
    const api = body.data.lineage;
    expect(api.nodes.length).toBeGreaterThanOrEqual(5);

    expect(await page.textContent('#status')).toContain(`59-NQ/TW: ${api.nodes.length} văn bản, ${api.edges.length} quan hệ`);
    const drawn = await page.evaluate(() => {
      const cy = (window as any).lineageView.cy;
      return {
        nodes: cy.nodes('.doc').map((n: any) => ({ id: n.id(), label: n.data('label'), stub: n.data('stub'), y: n.position('y'), x: n.position('x') })),
        edges: cy.edges().map((e: any) => e.id()),
      };
    });
    expect(drawn.nodes.map((n: any) => n.label).sort()).toEqual(api.nodes.map((n: any) => n.label).sort());
    expect(drawn.edges.sort()).toEqual(api.edges.map((e: any) => e.id).sort());
    expect(drawn.nodes.filter((n: any) => n.stub).map((n: any) => n.label)).toContain('59-NQ/TW');

    // A hierarchy: every implementing document sits below what it implements; no two documents overlap.
    const y = new Map<string, number>(drawn.nodes.map((n: any) => [n.id, n.y]));
    const implementsEdges = api.edges.filter((e: any) => e.relation === 'IMPLEMENTS');
    expect(implementsEdges.length).toBeGreaterThan(2);
    for (const e of implementsEdges) expect(y.get(e.source)!).toBeGreaterThan(y.get(e.target)!);
    expect(new Set(drawn.nodes.map((n: any) => `${Math.round(n.x)},${Math.round(n.y)}`)).size).toBe(drawn.nodes.length);

    // The relation filters come from the schema's CitationRelation enum.
    const boxes = await page.$$eval('#relations input[name=relation]', (els) => els.map((e) => (e as any).value));
    expect(boxes).toEqual(body.data.__type.enumValues.map((v: any) => v.name));
    // The export of everything deriving from the root is linked.
    expect(await page.getAttribute('#root-links a[data-export=xlsx]', 'href')).toBe(`/export/tasks.xlsx?filter=${encodeURIComponent('{"derivesFrom":"59-NQ/TW"}')}`);
  });

  it('a click on a document shows its metadata, task count per lead agency and its tasks', async () => {
    await clickNode(PLAN);
    await page.waitForSelector(`#panel h2[data-document="${PLAN}"]`);
    await page.waitForSelector('#document-tasks button.task');
    const { body } = await h.gql<any>(`{
      document(symbol: "${PLAN}") { title issuer province { name } signer }
      taskCounts(filter: { documentSymbol: "${PLAN}" }, groupBy: LEAD_AGENCY) { total groups { label count } }
      tasks(filter: { documentSymbol: "${PLAN}" }, first: 25) { totalCount nodes { id text } }
    }`);
    const panel = await page.textContent('#panel');
    expect(panel).toContain('Kế hoạch 35/KH-UBND');
    for (const v of [body.data.document.issuer, body.data.document.province.name, body.data.document.signer, '2025-08-20']) expect(panel).toContain(v);

    const rows = await page.$$eval('#panel table.counts tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())));
    expect(rows).toEqual(body.data.taskCounts.groups.map((g: any) => [g.label ?? 'Chưa rõ', String(g.count)]));
    expect(panel).toContain(`Nhiệm vụ của văn bản (${body.data.tasks.totalCount})`);
    const listed = await page.$$eval('#document-tasks button.task', (bs) => bs.map((b) => b.getAttribute('data-task-id')));
    expect(listed).toEqual(body.data.tasks.nodes.map((t: any) => t.id));
    expect(await page.getAttribute('#document-tasks a[data-export=csv]', 'href')).toContain(encodeURIComponent(`"documentSymbol":"${PLAN}"`));
  });

  it('a click on a task draws its derivation path up to the root and explains it', async () => {
    // A task that derives through the implementation chain (others cite 59-NQ/TW in their own text).
    const { body: listed } = await h.gql<any>(`{ tasks(filter: { documentSymbol: "${PLAN}" }, first: 25) { nodes { id derivation(from: "59-NQ/TW") { kind } } } }`);
    const taskId = listed.data.tasks.nodes.find((t: any) => t.derivation?.kind === 'IMPLEMENTATION_CHAIN').id as string;
    await page.click(`#document-tasks button.task[data-task-id="${taskId}"]`);
    await page.waitForSelector('#derivation');
    const { body } = await h.gql<any>(`query($id: ID!) { node(id: $id) { ... on Task { derivation(from: "59-NQ/TW") { kind explanation chain { id } edges { id } } } } }`, { id: taskId });
    const d = body.data.node.derivation;
    expect(d.kind).toBe('IMPLEMENTATION_CHAIN');
    expect(await page.textContent('#derivation .explanation')).toBe(d.explanation);
    expect(await page.$$eval('#derivation ol.chain li', (lis) => lis.map((li) => li.getAttribute('data-document-id')))).toEqual(d.chain.map((c: any) => c.id));
    const highlighted = await page.evaluate(() => {
      const cy = (window as any).lineageView.cy;
      return { edges: cy.edges('.path').map((e: any) => e.id()), nodes: cy.nodes('.path').map((n: any) => n.id()), task: cy.nodes('.task').length, faded: cy.elements('.faded').length };
    });
    expect(highlighted.task).toBe(1);
    expect(highlighted.edges).toEqual(expect.arrayContaining(d.edges.map((e: any) => e.id)));
    expect(highlighted.nodes).toEqual(expect.arrayContaining(d.chain.map((c: any) => c.id)));
    expect(highlighted.faded).toBeGreaterThan(0);

    const shot = process.env.LINEAGE_SCREENSHOT ?? path.join(os.tmpdir(), 'lineage-view.png');
    fs.writeFileSync(shot, await page.screenshot({ type: 'png' }));
  });

  it('the explorer links to the lineage view and to the exports, and its link to the lineage view opens it', async () => {
    await page.goto(`${h.url}/explorer`);
    await page.waitForSelector('.graphiql-container', { timeout: 60_000 });
    const links = await page.$$eval('#links a', (as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(expect.arrayContaining(['/explorer/lineage', '/export/tasks.csv', '/export/tasks.xlsx']));
    await page.click('#links a[href="/explorer/lineage"]');
    await page.waitForSelector('body[data-ready=true]', { timeout: 60_000 });
    expect(await page.textContent('#status')).toContain('59-NQ/TW');
  });

  it('made no request outside the server, and raised no script error', () => {
    expect(requests.length).toBeGreaterThan(5);
    expect(requests.filter((u) => !u.startsWith(`${h.url}/`))).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
