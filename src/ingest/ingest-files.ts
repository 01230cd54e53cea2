/**
 * Loads files and folders into the graph, one transaction per document. A document that cannot be read or
 * fails validation is reported with its reason and the others still load.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { awaitSearchIndex, writeExtraction, type WriteResult } from '../graph/write';
import { linkDocument, needsLinking, type LinkResult } from '../graph/link-counterparts';
import { logger, type Logger } from '../logger';
import { ExtractionPool, extractLimits } from './isolated';
import type { Extraction } from './model';
import { ingestProgress, type IngestProgress } from './progress';

const INGESTIBLE = /\.(txt|md|markdown|docx|pdf|png|jpe?g|tiff?)$/i;

export interface IngestSummary {
  documents: number;
  created: number;
  updated: number;
  unchanged: number;
  failed: { path: string; reason: string }[];
  tasks: number;
  agencies: number;
  indicators: number;
  citations: number;
  warnings: number;
  /** Task lineage links written (COUNTERPART_OF, LOCALISES) by the documents linked in this run. */
  links: { documents: number; counterparts: number; localises: number; failed: number };
}

/** Files under the given paths, in a stable order; README.md and sidecar manifests are not documents. */
export function expandPaths(paths: string[]): string[] {
  const files: string[] = [];
  for (const p of paths) {
    if (!fs.existsSync(p)) throw new Error(`${p}: no such file or folder`);
    if (fs.statSync(p).isDirectory()) {
      for (const entry of fs.readdirSync(p).sort()) {
        const full = path.join(p, entry);
        if (fs.statSync(full).isDirectory()) files.push(...expandPaths([full]));
        else if (INGESTIBLE.test(entry) && !/^readme\.md$/i.test(entry)) files.push(full);
      }
    } else files.push(p);
  }
  return files;
}

/**
 * Task lineage for a document just written, in its own transaction. An unchanged document that was already
 * linked is skipped, so re-ingesting it changes no link; a linking failure is logged and the batch goes on
 * (the document is re-linked on its next ingest).
 */
async function linkAfterWrite(driver: Driver, id: string, summary: IngestSummary, progress: string, opts: { database?: string }, log: Logger): Promise<void> {
  try {
    if (!(await needsLinking(driver, id, opts))) return;
    const started = Date.now();
    const linked: LinkResult = await linkDocument(driver, id, opts);
    summary.links.documents += 1;
    summary.links.counterparts += linked.counterparts;
    summary.links.localises += linked.localises;
    log.info({ progress, ...linked, ms: Date.now() - started }, 'ingest: task lineage linked');
  } catch (err) {
    summary.links.failed += 1;
    log.error({ progress, documentId: id, reason: err instanceof Error ? err.message : String(err) }, 'ingest: task lineage not linked');
  }
}

export async function ingestPaths(driver: Driver, paths: string[], opts: { database?: string } = {}): Promise<IngestSummary> {
  const files = expandPaths(paths);
  const summary: IngestSummary = { documents: 0, created: 0, updated: 0, unchanged: 0, failed: [], tasks: 0, agencies: 0, indicators: 0, citations: 0, warnings: 0, links: { documents: 0, counterparts: 0, localises: 0, failed: 0 } };
  // Each file is read and extracted in a worker under limits (./isolated.ts): a bad file fails alone.
  const limits = extractLimits();
  const pools = Array.from({ length: Math.min(limits.INGEST_WORKERS, Math.max(1, files.length)) }, () => new ExtractionPool(limits));
  const bar = ingestProgress(files.length);
  let stoppedByDatabase = false;
  try {
    // The next files are read and extracted (file i by worker i mod INGEST_WORKERS, so each worker has one
    // file at a time) while this one is written and linked: parsing runs on several cores and overlaps the
    // database's work instead of adding to it; files are still written in order.
    const extract = (i: number) => settled(pools[i % pools.length].extract(files[i]));
    const ahead = new Map<number, Promise<Settled<Extraction>>>();
    for (let i = 0; i < pools.length && i < files.length; i++) ahead.set(i, extract(i));
    for (const [index, file] of files.entries()) {
      const extracted = await ahead.get(index)!;
      ahead.delete(index);
      if (index + pools.length < files.length) ahead.set(index + pools.length, extract(index + pools.length));
      const written = await ingestOne(driver, extracted, file, `${index + 1}/${files.length}`, summary, opts, bar);
      if (written === 'DATABASE_DOWN') {
        stoppedByDatabase = true;
        // The database, not the file, failed (after the driver's retries): the rest are not attempted, each
        // listed with the reason, and the batch ends with its summary instead of waiting on every file.
        for (const rest of files.slice(index + 1)) summary.failed.push({ path: rest, reason: `${rest}: not attempted, Neo4j became unavailable` });
        logger.error({ remaining: files.length - index - 1 }, 'ingest: Neo4j unavailable, batch stopped');
        break;
      }
    }
  } finally {
    bar.stop();
    await Promise.all(pools.map((p) => p.close()));
  }
  // Documents were written without waiting for search to index each (writeExtraction's awaitSearch): once here,
  // unless the database went away (its driver would retry for NEO4J_RETRY_MS first).
  if (summary.created + summary.updated > 0 && !stoppedByDatabase) await awaitSearchIndex(driver, opts).catch((err: unknown) => logger.warn({ reason: err instanceof Error ? err.message : String(err) }, 'ingest: search index not confirmed up to date'));
  logger.info({ ...summary, failed: summary.failed.length }, 'ingest: summary');
  return summary;
}

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };
const settled = <T>(p: Promise<T>): Promise<Settled<T>> => p.then((value) => ({ ok: true as const, value }), (error: unknown) => ({ ok: false as const, error }));

/** A connection-level failure: the server is gone, not the document bad. */
const databaseDown = (err: unknown) => ['ServiceUnavailable', 'SessionExpired'].includes(String((err as { code?: unknown } | null)?.code));

/** One file, once extracted: written, linked; under a progress bar only problems are logged (above the bar). */
async function ingestOne(driver: Driver, extracted: Settled<Extraction>, file: string, progress: string, summary: IngestSummary, opts: { database?: string }, bar: IngestProgress): Promise<'DATABASE_DOWN' | void> {
  const log = bar.logsEachDocument ? logger : logger.child({}, { level: 'warn' });
  let result: WriteResult;
  let warnings = 0;
  try {
    if (!extracted.ok) throw extracted.error;
    const extraction = extracted.value;
    warnings = extraction.warnings.length;
    result = await writeExtraction(driver, extraction, { ...opts, awaitSearch: false });
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    summary.failed.push({ path: file, reason });
    if (bar.logsEachDocument) logger.error({ progress, file, reason }, 'ingest: document rejected, nothing written');
    else bar.note(`rejected, nothing written: ${file}: ${reason}`);
    bar.advance(0);
    return databaseDown(err) ? 'DATABASE_DOWN' : undefined;
  }
  summary.documents += 1;
  summary[result.status] += 1;
  summary.tasks += result.counts.tasks;
  summary.agencies += result.counts.agencies;
  summary.indicators += result.counts.indicators;
  summary.citations += result.counts.citations;
  summary.warnings += warnings;
  log.info({ progress, file, documentId: result.documentId, status: result.status, ...result.counts, warnings }, 'ingest: document');
  await linkAfterWrite(driver, result.documentId, summary, progress, opts, log);
  bar.advance(result.counts.tasks);
}
