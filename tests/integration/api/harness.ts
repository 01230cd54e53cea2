/** Starts the API on a free port against the test Neo4j, loaded with the fixture corpus. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../../../src/config';
import { createApp, type ApiServer, type RequestStats } from '../../../src/api';
import { writeExtraction } from '../../../src/graph/write';
import { cleanGraph, testDriver } from '../../support/graph';
import { CORPUS } from './fixtures';

export interface Harness {
  url: string;
  driver: Driver;
  server: ApiServer;
  stats: RequestStats[];
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<{ status: number; body: GqlBody<T>; headers: Headers }>;
  close(): Promise<void>;
}

export interface GqlBody<T> {
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  extensions?: Record<string, unknown>;
}

export function apiConfig(env: Record<string, string> = {}) {
  return loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...env });
}

/**
 * Loads the fixture corpus once per graph: suites of this folder may run in parallel workers, so the
 * first one to take the lock (a file next to the Neo4j instance) cleans and writes; the others find it
 * loaded and leave it alone.
 */
export async function loadCorpus(driver: Driver): Promise<void> {
  const lock = path.join(os.tmpdir(), `api-fixtures-${(process.env.TEST_NEO4J_URI ?? '').replace(/\W+/g, '_')}.lock`);
  const wanted = CORPUS.map((x) => x.documentId).sort();
  for (let attempt = 0; ; attempt++) {
    let fd: number | null = null;
    try {
      fd = fs.openSync(lock, 'wx');
    } catch {
      // A stale lock (a crashed run) is broken after 60 s.
      if (attempt > 600 || Date.now() - fs.statSync(lock, { throwIfNoEntry: false })!.mtimeMs > 60_000) fs.rmSync(lock, { force: true });
      await new Promise((r) => setTimeout(r, 100));
      continue;
    }
    try {
      const { records } = await driver.executeQuery('MATCH (d:Document) WHERE NOT coalesce(d.stub, false) RETURN d.id AS id, d.sha256 AS sha ORDER BY id');
      const have = records.map((r) => r.get('id') as string);
      const shas = new Set(records.map((r) => r.get('sha') as string));
      const current = JSON.stringify(have) === JSON.stringify(wanted) && CORPUS.every((x) => shas.has(x.source.sha256));
      if (!current) {
        await cleanGraph(driver);
        for (const x of CORPUS) await writeExtraction(driver, x);
      }
      return;
    } finally {
      fs.closeSync(fd);
      fs.rmSync(lock, { force: true });
    }
  }
}

export async function startHarness(env: Record<string, string> = {}, opts: { load?: boolean } = {}): Promise<Harness> {
  const driver = testDriver();
  if (opts.load !== false) await loadCorpus(driver);
  const stats: RequestStats[] = [];
  const server = await createApp(apiConfig(env), driver, { onRequestStats: (s) => stats.push(s), closeDriver: true });
  const url = await server.listen(0, '127.0.0.1');
  return {
    url,
    driver,
    server,
    stats,
    async gql(query, variables) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, body: (await res.json()) as GqlBody<never>, headers: res.headers };
    },
    close: () => server.close(),
  };
}
