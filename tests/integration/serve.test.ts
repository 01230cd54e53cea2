/**
 * `npm start` as a user runs it, against the test Neo4j (NEO4J_URI): it comes up, reports Neo4j in
 * /health, answers GraphQL, and shuts down cleanly on SIGTERM.
 */
import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');
// As `npm start` runs it: node itself with tsx as a loader, so SIGTERM reaches the server's own handler. (tsx's
// CLI relays a signal to its child and SIGKILLs it, exiting 143, when the child has not acknowledged it within
// 30 ms — a server busy for 30 ms, warming up or under load, was killed mid-drain.)
const SERVE = ['--import', 'tsx', 'src/cli/serve.ts'];

it('starts, reports Neo4j up in /health, answers /graphql, and stops on SIGTERM', async () => {
  const port = String(4600 + Math.floor(Math.random() * 300));
  const child = spawn(process.execPath, SERVE, {
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

it('drains on SIGTERM: a request in flight is answered, a stalled connection is closed after SHUTDOWN_GRACE_MS', async () => {
  const port = 4600 + Math.floor(Math.random() * 300);
  const child = spawn(process.execPath, SERVE, {
    cwd: ROOT,
    detached: true, // its own process group, so a hung server (tsx runs it in a grandchild) can be killed whole
    // production, as deployed: Apollo's own signal handling (off under NODE_ENV=test) must not take over
    env: { ...process.env, NODE_ENV: 'production', PORT: String(port), SHUTDOWN_GRACE_MS: '1500', INGEST_ON_START: 'never', NEO4J_URI: process.env.TEST_NEO4J_URI, NEO4J_USER: process.env.TEST_NEO4J_USER, NEO4J_PASSWORD: process.env.TEST_NEO4J_PASSWORD },
  });
  let log = '';
  child.stderr.on('data', (d) => (log += d));
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  for (let i = 0; i < 60 && !log.includes('server: ready'); i++) await new Promise((r) => setTimeout(r, 500));
  expect(log).toContain('server: ready');

  const body = JSON.stringify({ query: '{ provinces { totalCount } }' });
  const open = () =>
    new Promise<net.Socket>((resolve) => {
      const s = net.connect(port, '127.0.0.1', () => resolve(s));
    });
  const head = `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`;
  const inFlight = await open();
  const stalled = await open();
  let answer = '';
  inFlight.on('data', (d) => (answer += d));
  stalled.on('error', () => undefined);
  inFlight.write(head + body.slice(0, 10));
  stalled.write(head + body.slice(0, 10));
  await new Promise((r) => setTimeout(r, 200));

  child.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 300));
  inFlight.write(body.slice(10));
  const code = await Promise.race([exited, new Promise((r) => setTimeout(() => r('still running'), 15_000))]);
  if (code === 'still running') process.kill(-child.pid!, 'SIGKILL');
  inFlight.destroy();
  stalled.destroy();
  expect(code).toBe(0);
  expect(answer).toMatch(/^HTTP\/1\.1 200/);
  expect(answer).toContain('"totalCount"');
});

it('a SIGTERM during the start-up warm-up stops it: the process exits 0 without ever listening', async () => {
  const port = 4600 + Math.floor(Math.random() * 300);
  const child = spawn(process.execPath, SERVE, {
    cwd: ROOT,
    detached: true,
    env: { ...process.env, PORT: String(port), INGEST_ON_START: 'never', NEO4J_URI: process.env.TEST_NEO4J_URI, NEO4J_USER: process.env.TEST_NEO4J_USER, NEO4J_PASSWORD: process.env.TEST_NEO4J_PASSWORD },
  });
  let log = '';
  let signalled = false;
  child.stderr.on('data', (d) => {
    log += d;
    // At once, while the first question is still on its way to Neo4j.
    if (!signalled && log.includes('server: warming up')) signalled = child.kill('SIGTERM');
  });
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  for (let i = 0; i < 600 && !signalled; i++) await new Promise((r) => setTimeout(r, 50));
  expect(signalled).toBe(true);
  const code = await Promise.race([exited, new Promise((r) => setTimeout(() => r('still running'), 15_000))]);
  if (code === 'still running') process.kill(-child.pid!, 'SIGKILL');
  expect(code).toBe(0);
  expect(log).toContain('server: stopped');
  expect(log).not.toContain('server: ready');
  const warmed = log.split('\n').find((l) => l.includes('server: warmed up'));
  expect(JSON.parse(warmed!)).toMatchObject({ skipped: expect.any(Number) });
  expect(JSON.parse(warmed!).skipped).toBeGreaterThan(0);
});
