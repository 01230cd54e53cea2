/**
 * /explorer: GraphiQL 3 served entirely from this service (React 18 UMD, GraphiQL UMD and CSS from
 * node_modules), so it works with no internet access. It opens on the example queries; a bar above it links
 * the lineage view (./lineage) and the task exports.
 */
import express from 'express';
import path from 'node:path';
import { examples } from './examples';
import { lineageRouter } from './lineage';

const modules = path.resolve(__dirname, '..', '..', '..', 'node_modules');

/** Asset name → file. Only these files are served. */
export const ASSETS: Record<string, { file: string; type: string }> = {
  'react.production.min.js': { file: path.join(modules, 'react', 'umd', 'react.production.min.js'), type: 'text/javascript' },
  'react-dom.production.min.js': { file: path.join(modules, 'react-dom', 'umd', 'react-dom.production.min.js'), type: 'text/javascript' },
  'graphiql.min.js': { file: path.join(modules, 'graphiql', 'graphiql.min.js'), type: 'text/javascript' },
  'graphiql.min.css': { file: path.join(modules, 'graphiql', 'graphiql.min.css'), type: 'text/css' },
  'explorer.js': { file: path.join(__dirname, 'assets', 'explorer.js'), type: 'text/javascript' },
};

const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Directives graph explorer</title>
  <link rel="stylesheet" href="/explorer/assets/graphiql.min.css">
  <style>
    html, body { height: 100%; margin: 0; }
    body { display: flex; flex-direction: column; }
    #links { padding: 4px 12px; font: 13px system-ui, sans-serif; background: #263238; color: #eceff1; }
    #links a { color: #80cbc4; }
    #graphiql { flex: 1; min-height: 0; }
  </style>
</head>
<body>
  <nav id="links">
    <a href="/explorer/lineage">Lineage view (phả hệ văn bản)</a> ·
    Export tasks: <a href="/export/tasks.csv">CSV</a> / <a href="/export/tasks.xlsx">XLSX</a>
    (<code>?filter=</code> takes a TaskFilter as JSON, e.g.
    <a href="/export/tasks.xlsx?filter=%7B%22derivesFrom%22%3A%2259-NQ%2FTW%22%7D">{"derivesFrom":"59-NQ/TW"}</a>)
  </nav>
  <div id="graphiql">Loading the explorer…</div>
  <script src="/explorer/assets/react.production.min.js"></script>
  <script src="/explorer/assets/react-dom.production.min.js"></script>
  <script src="/explorer/assets/graphiql.min.js"></script>
  <script src="/explorer/examples.js"></script>
  <script src="/explorer/assets/explorer.js"></script>
</body>
</html>
`;

export function explorerRouter(): express.Router {
  const router = express.Router();
  router.use('/lineage', lineageRouter());
  router.get('/', (_req, res) => {
    res.type('html').set('Cache-Control', 'no-cache').send(PAGE);
  });
  router.get('/examples.js', (_req, res) => {
    const body = `window.EXPLORER_EXAMPLES = ${JSON.stringify(examples()).replace(/</g, '\\u003c')};\n`;
    res.type('text/javascript').set('Cache-Control', 'no-cache').send(body);
  });
  router.get('/assets/:name', (req, res) => {
    const asset = ASSETS[req.params.name];
    if (!asset) {
      res.status(404).json({ error: 'no such asset' });
      return;
    }
    res.type(asset.type).set('Cache-Control', 'public, max-age=86400').sendFile(asset.file);
  });
  return router;
}
