/**
 * The records of a task export, streamed from Neo4j: one auto-commit read whose records the driver pulls
 * in batches of FETCH_SIZE as the consumer asks for them (the async iterator pauses the stream when its
 * buffer is full), so memory stays flat whatever the number of tasks. The filter is resolved exactly as the
 * `tasks` field resolves it (../filters.ts) and the rows come from the same filter fragment.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { query } from '../cypher';
import { isTerminated, isTransactionTimeout, isUnavailable, terminated, timedOut, unavailable } from '../errors';
import type { TaskQueryParams } from '../filters';
import type { TaskExportRecord } from './columns';

const FETCH_SIZE = 500;

export interface TaskRecordsOptions {
  driver: Driver;
  database?: string;
  params: TaskQueryParams;
  order: string;
  timeoutMs: number;
}

function toNumber(v: unknown): number | null {
  if (v == null) return null;
  return neo4j.isInt(v) ? (v as { toNumber(): number }).toNumber() : Number(v);
}

export async function* taskRecords({ driver, database, params, order, timeoutMs }: TaskRecordsOptions): AsyncGenerator<TaskExportRecord> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ, fetchSize: FETCH_SIZE });
  try {
    const queryParams = { ...params, order };
    const result = session.run(query('tasks.export', queryParams), queryParams, { timeout: timeoutMs });
    for await (const r of result) {
      const o = r.toObject() as Record<string, unknown>;
      yield { ...(o as unknown as TaskExportRecord), startLine: toNumber(o.startLine), endLine: toNumber(o.endLine) };
    }
  } catch (err) {
    if (isTransactionTimeout(err)) throw timedOut(timeoutMs);
    if (isUnavailable(err)) throw unavailable();
    if (isTerminated(err)) throw terminated();
    throw err;
  } finally {
    // Also reached when the client goes away mid-file: closing the session discards the rest of the result.
    await session.close().catch(() => undefined);
  }
}
