/**
 * Neo4j killed (SIGKILL) in the middle of `npm run ingest`: the ingest ends with its summary and a non-zero
 * exit, and after a restart every document in the graph is whole (one transaction per document: its tasks and
 * sections all there, or the document absent); re-running the ingest converges to the clean result.
 * Runs only against the locally provisioned test instance (it must be killed and restarted), and only with
 * NEO4J_FAULT_TEST=true (see below).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { instanceOptions, runningPid, start } from '../../scripts/neo4j-server';
import { expandPaths } from '../../src/ingest/ingest-files';
import { extractFile } from '../../src/ingest/pipeline';
import type { Extraction } from '../../src/ingest/model';
import { cleanGraph, testDriver } from '../support/graph';
import { testConfig } from '../support/test-target';

const ROOT = path.resolve(__dirname, '..', '..');
// Three corpus documents (the smaller ones) keep the test short.
const CORPUS = fs.mkdtempSync(path.join(os.tmpdir(), 'fault-'));
for (const f of ['002_6c287b3e803201b8.txt', '004_69d632b598cfaa69.txt', '001_51b8acb16028c0b2.txt']) fs.copyFileSync(path.join(ROOT, 'data', 'corpus', f), path.join(CORPUS, f));
// Killing and restarting Neo4j takes minutes on a loaded 2-core machine (the driver's 30 s write retry, the
// JVM's restart), more than CI's budget for this suite: it runs when NEO4J_FAULT_TEST=true.
const local = !process.env.NEO4J_TEST_URI && process.env.NEO4J_FAULT_TEST === 'true';

function ingest(): { done: Promise<{ code: number | null; log: string }>; onLog: (f: (log: string) => void) => void } {
  const child = spawn(process.execPath, [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'src/cli/ingest.ts', CORPUS], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'info', NEO4J_URI: process.env.TEST_NEO4J_URI, NEO4J_USER: process.env.TEST_NEO4J_USER, NEO4J_PASSWORD: process.env.TEST_NEO4J_PASSWORD },
  });
  let log = '';
  const listeners: ((log: string) => void)[] = [];
  child.stderr.on('data', (d) => {
    log += d;
    for (const f of listeners) f(log);
  });
  return { done: new Promise((resolve) => child.on('close', (code) => resolve({ code, log }))), onLog: (f) => listeners.push(f) };
}

async function stored(driver: Driver): Promise<Map<string, { tasks: number; sections: number }>> {
  const { records } = await driver.executeQuery(
    'MATCH (d:Document) WHERE NOT coalesce(d.stub, false) RETURN d.id AS id, COUNT { (d)-[:HAS_TASK|HAS_RESTATEMENT]->() } AS tasks, COUNT { (d)-[:HAS_SECTION]->() } AS sections',
  );
  return new Map(records.map((r) => [r.get('id') as string, { tasks: Number(r.get('tasks')), sections: Number(r.get('sections')) }]));
}

(local ? describe : describe.skip)('Neo4j killed mid-ingest', () => {
  let driver: Driver;
  let expected: Map<string, Extraction>;

  beforeAll(async () => {
    driver = testDriver();
    await cleanGraph(driver);
    expected = new Map();
    for (const f of expandPaths([CORPUS])) {
      const x = await extractFile(f);
      expected.set(x.documentId, x);
    }
  });

  afterAll(async () => {
    await cleanGraph(driver).catch(() => undefined);
    await driver.close();
    fs.rmSync(CORPUS, { recursive: true, force: true });
  });

  it('leaves every document whole, and a re-run converges', async () => {
    const opts = instanceOptions(testConfig());
    const run = ingest();
    // Kill Neo4j once the first document is written: the others are then in flight or not started.
    const killed = new Promise<void>((resolve) =>
      run.onLog((log) => {
        if (!log.includes('"msg":"ingest: document"')) return;
        const pid = runningPid(opts.name);
        if (pid !== null) process.kill(pid, 'SIGKILL');
        resolve();
      }),
    );
    await killed;
    const first = await run.done;
    expect(first.code).not.toBe(0);
    expect(first.log).toContain('ingest: summary');

    await start(opts);
    const after = await stored(driver);
    expect(after.size).toBeGreaterThan(0);
    expect(after.size).toBeLessThan(expected.size);
    for (const [id, counts] of after) {
      const x = expected.get(id)!;
      expect({ id, ...counts }).toEqual({ id, tasks: x.tasks.length, sections: x.sections.length });
    }

    const second = await ingest().done;
    expect(second.code).toBe(0);
    const whole = await stored(driver);
    expect([...whole.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [id, counts] of whole) expect({ id, ...counts }).toEqual({ id, tasks: expected.get(id)!.tasks.length, sections: expected.get(id)!.sections.length });
  }, 240_000);
});
