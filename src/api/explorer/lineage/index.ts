/**
 * /explorer/lineage: the lineage view. Its script (./client, TypeScript) is bundled from node_modules with
 * esbuild the first time it is asked for and kept in memory, so the page needs nothing but this server: no
 * CDN, no build step before `npm start`. The page reads only the public /graphql and /export endpoints.
 */
import path from 'node:path';
import { build } from 'esbuild';
import express from 'express';

const ENTRY = path.join(__dirname, 'client', 'main.ts');

let bundle: Promise<string> | null = null;

/** The client bundle (minified IIFE, cytoscape and dagre inside). Built once per process. */
export function lineageBundle(): Promise<string> {
  bundle ??= build({
    entryPoints: [ENTRY],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
  }).then(
    (r) => r.outputFiles[0].text,
    (err: unknown) => {
      bundle = null; // a failed build is retried on the next request
      throw err;
    },
  );
  return bundle;
}

const STYLE = `
* { box-sizing: border-box; }
html, body { height: 100%; margin: 0; font: 14px/1.4 system-ui, "DejaVu Sans", sans-serif; color: #222; }
body { display: flex; flex-direction: column; }
header { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 14px; padding: 8px 12px; background: #263238; color: #eceff1; }
header h1 { font-size: 16px; margin: 0 8px 0 0; }
header a { color: #80cbc4; }
header label { white-space: nowrap; }
header input[type=text] { width: 180px; padding: 3px 6px; }
header button { padding: 3px 12px; }
#relations { display: flex; flex-wrap: wrap; gap: 2px 10px; }
#relations label { font-size: 12px; background: #eceff1; color: #222; border-radius: 10px; padding: 1px 8px 1px 4px; }
.swatch-line { display: inline-block; width: 22px; margin: 0 4px 3px 2px; vertical-align: middle; }
#statusbar { display: flex; justify-content: space-between; align-items: center; padding: 4px 12px; background: #eceff1; border-bottom: 1px solid #cfd8dc; min-height: 30px; }
#status.error { color: #b71c1c; }
#statusbar .exports { margin: 0; }
main { flex: 1; display: flex; min-height: 0; }
#graph-wrap { flex: 1; min-width: 0; display: flex; flex-direction: column; }
#legend { display: flex; flex-wrap: wrap; align-items: center; gap: 2px 14px; padding: 3px 12px; font-size: 12px; border-bottom: 1px solid #eceff1; }
#legend ul { display: contents; list-style: none; }
#legend li { white-space: nowrap; }
#graph { position: relative; flex: 1; min-height: 0; }
.swatch { display: inline-block; width: 18px; height: 11px; margin-right: 6px; vertical-align: middle; border: 2px solid transparent; }
.swatch.round-rectangle { border-radius: 4px; }
.swatch.ellipse { border-radius: 50%; }
.swatch.stub { background: #fff; border: 2px dashed #555; }
.swatch.root { background: #fff; border: 3px solid #ffb300; }
#panel { width: 420px; overflow-y: auto; border-left: 1px solid #cfd8dc; padding: 10px 14px; background: #fafafa; }
#panel h2 { font-size: 17px; margin: 4px 0 8px; }
#panel h3 { font-size: 14px; margin: 14px 0 6px; }
#panel dl { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 2px 10px; margin: 0; }
#panel dt { color: #607d8b; }
#panel dd { margin: 0; overflow-wrap: anywhere; }
.task-text { max-height: 11em; overflow-y: auto; }
.badge { font-size: 11px; font-weight: normal; background: #eceff1; border: 1px dashed #555; border-radius: 3px; padding: 0 4px; margin-left: 8px; }
.counts { border-collapse: collapse; width: 100%; }
.counts th, .counts td { text-align: left; padding: 2px 4px; border-bottom: 1px solid #eceff1; vertical-align: top; }
.counts td:last-child { white-space: nowrap; width: 110px; }
.bar { display: inline-block; height: 9px; background: #64b5f6; margin-right: 6px; }
.tasks { display: flex; flex-direction: column; gap: 4px; }
button.task { text-align: left; background: #fff; border: 1px solid #cfd8dc; border-radius: 4px; padding: 5px 8px; cursor: pointer; font: inherit; }
button.task:hover { border-color: #ffb300; background: #fffde7; }
button.task small { display: block; color: #607d8b; margin-top: 2px; }
.ordinal { font-weight: bold; color: #37474f; }
button.link { background: none; border: none; color: #00695c; cursor: pointer; padding: 0; font: inherit; text-decoration: underline; }
.hint { color: #607d8b; font-size: 12px; }
.error { color: #b71c1c; }
.explanation { background: #fff8e1; border-left: 4px solid #ffb300; padding: 6px 8px; }
.chain li { margin: 3px 0; }
.task-text { font-weight: 500; }
`;

function page(): string {
  const depth = [1, 2, 3, 4, 5, 6].map((d) => `<option value="${d}"${d === 3 ? ' selected' : ''}>${d}</option>`).join('');
  return `<!doctype html>
<html lang="vi">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Phả hệ văn bản — lineage view</title>
  <link rel="icon" href="data:,">
  <style>${STYLE}</style>
</head>
<body>
  <header>
    <h1>Phả hệ văn bản</h1>
    <form id="controls">
      <label>Ký hiệu <input id="symbol" type="text" name="symbol" placeholder="59-NQ/TW, nghị quyết 57" autocomplete="off"></label>
      <label>Hướng <select id="direction" name="direction">
        <option value="DOWN">Xuống — văn bản triển khai</option>
        <option value="UP">Lên — văn bản cấp trên</option>
        <option value="BOTH">Cả hai chiều</option>
      </select></label>
      <label>Độ sâu <select id="depth" name="depth">${depth}</select></label>
      <button type="submit">Vẽ</button>
    </form>
    <div id="relations" aria-label="Loại quan hệ"></div>
    <nav><a href="/explorer">GraphQL explorer</a> · <a href="/export/tasks.csv">Tất cả nhiệm vụ (CSV)</a> · <a href="/export/tasks.xlsx">(XLSX)</a></nav>
  </header>
  <div id="statusbar"><span id="status">Đang tải…</span><span id="root-links"></span></div>
  <main>
    <div id="graph-wrap"><div id="legend"></div><div id="graph"></div></div>
    <aside id="panel"></aside>
  </main>
  <noscript>Trang này cần JavaScript.</noscript>
  <script src="/explorer/lineage/app.js"></script>
</body>
</html>
`;
}

export function lineageRouter(): express.Router {
  const router = express.Router();
  router.get('/', (_req, res) => {
    res.type('html').set('Cache-Control', 'no-cache').send(page());
  });
  router.get('/app.js', async (_req, res, next) => {
    try {
      res.type('text/javascript').set('Cache-Control', 'no-cache').send(await lineageBundle());
    } catch (err) {
      next(err);
    }
  });
  return router;
}
