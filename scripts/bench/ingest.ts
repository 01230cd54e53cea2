/**
 * Ingest throughput for the benchmark: how fast the extractor parses (MB of source text per second, the
 * corpus files read and extracted repeatedly) and how fast the writer stores tasks (synthetic plans, one
 * transaction per document, as `npm run ingest` writes them), and how both grow from 100 to 1,000 documents.
 */
import fs from 'node:fs';
import type { Driver } from 'neo4j-driver';
import { writeExtraction } from '../../src/graph/write';
import type { Extraction } from '../../src/ingest/model';
import { extract } from '../../src/ingest/pipeline';
import { readSource, type SourceText } from '../../src/ingest/read-source';
import { synthesize } from './synthetic';

export interface ParseFigures {
  files: number;
  bytes: number;
  seconds: number;
  parseMBps: number;
}

/** Extracts each source `rounds` times; reading from disk is excluded (it is the same for any extractor). */
export async function measureParse(files: string[], rounds: number): Promise<ParseFigures> {
  const sources: SourceText[] = await Promise.all(files.map((f) => readSource(f)));
  const bytes = sources.reduce((s, x) => s + Buffer.byteLength(x.text, 'utf8'), 0) * rounds;
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const s of sources) extract(s);
  const seconds = (performance.now() - t0) / 1000;
  return { files: files.length * rounds, bytes, seconds, parseMBps: bytes / 1e6 / seconds };
}

export interface WriteFigures {
  documents: number;
  tasks: number;
  seconds: number;
  tasksPerSecond: number;
  documentsPerSecond: number;
}

/**
 * Writes `count` synthetic plans (symbols from `offset`, so runs do not collide), `parallel` documents at a
 * time, each in its own transaction.
 */
export async function measureWrite(driver: Driver, templates: Extraction[], count: number, opts: { database?: string; offset?: number; parallel?: number } = {}): Promise<WriteFigures> {
  const docs = synthesize(templates, count, opts.offset ?? 0);
  const parallel = opts.parallel ?? Number(process.env.P ?? 4);
  const tasks = docs.reduce((s, d) => s + d.tasks.length, 0);
  const t0 = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < docs.length) await writeExtraction(driver, docs[next++], { database: opts.database });
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  return { documents: count, tasks, seconds, tasksPerSecond: tasks / seconds, documentsPerSecond: count / seconds };
}

export function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /\.(txt|md)$/i.test(f) && !/^readme/i.test(f))
    .map((f) => `${dir}/${f}`);
}
