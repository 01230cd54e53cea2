/**
 * The lineage view stays usable at 500 documents: a synthetic resolution implemented by 24 central
 * programmes and 475 provincial plans (each implementing a programme, based on the resolution, citing a
 * neighbour) is drawn whole, as a hierarchy, and a click on a plan still opens its panel. The draw time is
 * printed (the status line), not asserted: speed belongs to the benchmark.
 */
import type { Page } from 'playwright-core';
import { writeExtraction } from '../../../src/graph/write';
import { cleanGraph } from '../../support/graph';
import { describeWithBrowser, launchBrowser, type Browser } from '../../support/browser';
import { agency, extraction } from '../api/fixtures';
import { startHarness, type Harness } from '../api/harness';

/* eslint-disable @typescript-eslint/no-explicit-any */
declare const window: any;
declare const document: any;

const ROOT = '900-NQ/TW';
const PROGRAMMES = 24;
const PLANS = 475;
const PROVINCES = ['Hà Nội', 'Cần Thơ', 'Hà Tĩnh', 'Nghệ An', 'Đà Nẵng', 'Quảng Ninh', 'Lào Cai', 'Bình Định'];

function corpus() {
  const programmes = Array.from({ length: PROGRAMMES }, (_, i) =>
    extraction({
      symbol: `${100 + i}/NQ-CP`, kind: 'NGHI_QUYET', kindVi: 'Nghị quyết', level: 'CENTRAL_STATE', issuer: 'Chính phủ', province: null,
      issuedOn: '2025-05-31', title: `Chương trình hành động số ${i + 1} thực hiện Nghị quyết ${ROOT}`,
      citations: [{ symbol: ROOT, kind: 'NGHI_QUYET', relation: 'IMPLEMENTS' }], tasks: [], agencies: [],
    }),
  );
  const plans = Array.from({ length: PLANS }, (_, i) => {
    const province = PROVINCES[i % PROVINCES.length];
    const lead = agency('Sở Ngoại vụ', province);
    return extraction({
      symbol: `${1000 + i}/KH-UBND`, kind: 'KE_HOACH', kindVi: 'Kế hoạch', level: 'PROVINCIAL_STATE', issuer: `UBND ${province}`, province,
      issuedOn: '2025-08-01', title: `Kế hoạch ${i + 1} triển khai Nghị quyết ${100 + (i % PROGRAMMES)}/NQ-CP`,
      citations: [
        { symbol: `${100 + (i % PROGRAMMES)}/NQ-CP`, kind: 'NGHI_QUYET', relation: 'IMPLEMENTS' },
        { symbol: ROOT, kind: 'NGHI_QUYET', relation: 'BASED_ON' },
        ...(i > 0 ? [{ symbol: `${1000 + i - 1}/KH-UBND`, kind: 'KE_HOACH' as const, relation: 'CITES' as const }] : []),
      ],
      tasks: [{ id: 't1', text: `Triển khai nhiệm vụ hội nhập quốc tế của kế hoạch ${i + 1}`, lead: [lead.name] }],
      agencies: [lead],
    });
  });
  return [...programmes, ...plans];
}

describeWithBrowser('lineage view with 500 documents', () => {
  let h: Harness;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    h = await startHarness({}, { load: false });
    await cleanGraph(h.driver);
    for (const x of corpus()) await writeExtraction(h.driver, x);
    browser = await launchBrowser();
    page = await browser.context.newPage();
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    if (h) {
      await cleanGraph(h.driver);
      await h.close();
    }
  });

  it('draws all 500 documents as a hierarchy and still answers a click', async () => {
    await page.goto(`${h.url}/explorer/lineage?symbol=${encodeURIComponent(ROOT)}&depth=2`);
    await page.waitForSelector('body[data-ready=true]', { timeout: 240_000 }).catch(async (err) => {
      console.log(`500-document lineage, not ready: ${await page.textContent('#status')}`);
      throw err;
    });
    const status = (await page.textContent('#status'))!;
    console.log(`500-document lineage: ${status}`);
    expect(status).toContain(`${1 + PROGRAMMES + PLANS} văn bản`);
    const drawn = await page.evaluate(() => {
      const cy = window.lineageView.cy;
      const y = (id: string) => cy.getElementById(id).position('y');
      const impl = cy.edges('[relation = "IMPLEMENTS"]');
      return {
        nodes: cy.nodes('.doc').length,
        edges: cy.edges().length,
        implements: impl.length,
        upward: impl.filter((e: any) => y(e.data('source')) > y(e.data('target'))).length,
        positions: new Set(cy.nodes().map((n: any) => `${Math.round(n.position('x'))},${Math.round(n.position('y'))}`)).size,
        box: cy.nodes('.doc').boundingBox(),
        screen: { w: cy.width(), h: cy.height() },
        zoom: cy.zoom(),
      };
    });
    if (process.env.LINEAGE_LARGE_SCREENSHOT) await page.screenshot({ path: process.env.LINEAGE_LARGE_SCREENSHOT });
    expect(drawn.nodes).toBe(1 + PROGRAMMES + PLANS);
    expect(drawn.implements).toBe(PROGRAMMES + PLANS);
    expect(drawn.upward).toBe(drawn.implements);
    expect(drawn.positions).toBe(drawn.nodes);
    // The 475 plans dagre puts on one rank are folded into rows: the whole picture keeps roughly the
    // screen's shape instead of a 50,000-pixel line (without folding, the ratio here is above 100).
    console.log(`500-document lineage: ${Math.round(drawn.box.w)} × ${Math.round(drawn.box.h)} px, fitted at zoom ${drawn.zoom.toFixed(2)}`);
    expect(drawn.box.w / drawn.box.h).toBeLessThan((3 * drawn.screen.w) / drawn.screen.h);

    // Zoom onto one plan and click it: the panel opens on it.
    const at = await page.evaluate(() => {
      const cy = window.lineageView.cy;
      const node = cy.nodes('.doc').filter((n: any) => n.data('label') === '1100/KH-UBND')[0];
      cy.zoom({ level: 1.2, position: node.position() });
      cy.center(node);
      const r = node.renderedPosition();
      const box = document.getElementById('graph').getBoundingClientRect();
      return { x: box.left + r.x, y: box.top + r.y };
    });
    await page.mouse.click(at.x, at.y);
    await page.waitForSelector('#panel h2[data-document="1100/KH-UBND"]', { timeout: 30_000 });
    expect(await page.textContent('#panel')).toContain('Nhiệm vụ của văn bản (1)');
  }, 300_000);
});
