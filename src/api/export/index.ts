/**
 * GET /export/tasks.csv and /export/tasks.xlsx?filter=<TaskFilter as JSON>[&orderBy=DEADLINE_ASC]: any task
 * list the `tasks` field can filter, as a file. The filter is validated exactly as the GraphQL argument (a 400
 * whose JSON names the argument, e.g. `filter.deadlineFrom`), then the rows are streamed from Neo4j into the
 * response. Status and headers are sent only once the first record is in, so a database failure is still a
 * clean 503/504; a failure after that can only cut the file, and is logged.
 */
import express from 'express';
import { GraphQLError } from 'graphql';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../../config';
import type { Logger } from '../../logger';
import { createContext } from '../context';
import { badInput } from '../errors';
import { taskQueryParams, type TaskQueryParams } from '../filters';
import { parseArg, TaskFilterSchema, type TaskFilterInput } from '../validate';
import type { TaskExportRecord } from './columns';
import { CSV_TYPE, writeCsv } from './csv';
import { taskRecords } from './task-records';
import { writeXlsx, XLSX_TYPE } from './xlsx';
import type { Writable } from 'node:stream';

export type ExportConfig = Pick<Config, 'QUERY_TIMEOUT_MS' | 'MAX_PAGE_SIZE' | 'NEO4J_DATABASE' | 'EXPORT_TIMEOUT_S'>;

const TASK_ORDERS = ['DOCUMENT_ORDER', 'DEADLINE_ASC', 'DEADLINE_DESC'];
/** The fields of the GraphQL TaskFilter input: any other key is refused, as GraphQL refuses it. */
const FILTER_FIELDS = new Set(['derivesFrom', 'direct', 'province', 'leadAgency', 'agency', 'deadlineFrom', 'deadlineTo', 'deadlineKind', 'text', 'documentSymbol']);

const FORMATS: Record<string, { type: string; write: (records: AsyncIterable<TaskExportRecord>, out: Writable) => Promise<void> }> = {
  csv: { type: CSV_TYPE, write: writeCsv },
  xlsx: { type: XLSX_TYPE, write: writeXlsx },
};

/** The one query-string value of `name`, or undefined; repeated values are an error. */
function single(query: express.Request['query'], name: string): string | undefined {
  const v = query[name];
  if (v === undefined) return undefined;
  if (typeof v !== 'string') throw badInput(name, 'must be given once, as a string');
  return v;
}

export function parseExportQuery(query: express.Request['query']): { filter: TaskFilterInput | null | undefined; order: string } {
  const raw = single(query, 'filter');
  let filter: unknown = null;
  if (raw !== undefined && raw.trim() !== '') {
    try {
      filter = JSON.parse(raw);
    } catch {
      throw badInput('filter', 'must be a TaskFilter as JSON, e.g. {"derivesFrom":"59-NQ/TW"}');
    }
    if (filter !== null && (typeof filter !== 'object' || Array.isArray(filter))) throw badInput('filter', 'must be a JSON object (a TaskFilter)');
    const unknown = Object.keys(filter ?? {}).find((k) => !FILTER_FIELDS.has(k));
    if (unknown) throw badInput(`filter.${unknown}`, `is not a TaskFilter field (fields: ${[...FILTER_FIELDS].join(', ')})`);
  }
  const order = (single(query, 'orderBy') ?? 'DOCUMENT_ORDER').trim().toUpperCase();
  if (!TASK_ORDERS.includes(order)) throw badInput('orderBy', `must be one of ${TASK_ORDERS.join(', ')}`);
  return { filter: parseArg(TaskFilterSchema, filter, 'filter'), order };
}

const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, SERVICE_UNAVAILABLE: 503, QUERY_TIMEOUT: 504 };

function sendError(res: express.Response, err: GraphQLError): void {
  const code = String(err.extensions.code);
  res.status(STATUS[code] ?? 500).set('Cache-Control', 'no-store').json({ errors: [{ message: err.message, extensions: err.extensions }] });
}

/** Pulls the first record before anything is sent, so errors of the query itself get a status code. */
async function primed<T>(source: AsyncGenerator<T>): Promise<AsyncGenerator<T>> {
  const first = await source.next();
  return (async function* () {
    if (first.done) return;
    try {
      yield first.value;
      yield* source;
    } finally {
      await source.return(undefined);
    }
  })();
}

export function exportRouter(driver: Driver, config: ExportConfig, log: Logger): express.Router {
  const router = express.Router();
  router.get('/tasks.:format', async (req, res) => {
    const format = FORMATS[req.params.format];
    if (!format) {
      res.status(404).json({ error: 'not found', formats: Object.keys(FORMATS).map((f) => `/export/tasks.${f}`) });
      return;
    }
    const started = Date.now();
    let rows = 0;
    try {
      const { filter, order } = parseExportQuery(req.query);
      // Names (symbols, provinces, agencies) resolve to graph keys exactly as for the `tasks` field.
      const params: TaskQueryParams = await taskQueryParams(createContext({ driver, config }), filter);
      const source = taskRecords({ driver, database: config.NEO4J_DATABASE, params, order, timeoutMs: config.EXPORT_TIMEOUT_S * 1000 });
      const records = await primed(source);
      const day = new Date().toISOString().slice(0, 10);
      res
        .status(200)
        .type(format.type)
        .set('Cache-Control', 'no-store')
        .attachment(`tasks-${day}.${req.params.format}`);
      async function* counted() {
        for await (const r of records) {
          rows++;
          yield r;
        }
      }
      await format.write(counted(), res);
      log.info({ format: req.params.format, rows, ms: Date.now() - started }, 'export: tasks written');
    } catch (err) {
      if (!res.headersSent && err instanceof GraphQLError && STATUS[String(err.extensions.code)]) return sendError(res, err);
      if (res.headersSent) log.warn({ err, rows }, 'export: stopped mid-file');
      else log.error({ err, rows }, 'export: failed');
      if (!res.headersSent) res.status(500).set('Cache-Control', 'no-store').json({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else res.destroy();
    }
  });
  return router;
}
