/**
 * `npm start` as a user runs it, against the test Neo4j (NEO4J_URI): it comes up, reports Neo4j in
 * /health, answers GraphQL, and shuts down cleanly on SIGTERM.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

it('starts, reports Neo4j up in /health, answers /graphql, and stops on SIGTERM', async () => {
  const port = String(4600 + Math.floor(Math.random() * 300));
  const child = spawn(process.execPath, [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'src/cli/serve.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: port, INGEST_ON_START: 'never', NEO4J_URI: process.env.TEST_NEO4J_URI, NEO4J_USER: process.env.TEST_NEO4J_USER, NEO4J_PASSWORD: process.env.TEST_NEO4J_PASSWORD },
  });
  let log = '';
  child.stderr.on('data', (d) => (log += d));
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  try {
    for (let i = 0; i < 60 && !log.includes('server: ready'); i++) await new Promise((r) => setTimeout(r, 500));
    expect(log).toContain('server: ready');

    const health = await fetch(`http://127.0.0.1:${port}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', neo4j: { connected: true } });

    const graphql = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ provinces { totalCount } }' }) });
    expect(graphql.status).toBe(200);
    const body = (await graphql.json()) as { data: { provinces: { totalCount: number } } };
    expect(body.data.provinces.totalCount).toEqual(expect.any(Number));
  } finally {
    child.kill('SIGTERM');
  }
  expect(await exited).toBe(0);
  expect(log).toContain('server: stopped');
});
