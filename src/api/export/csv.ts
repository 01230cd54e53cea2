/**
 * CSV: UTF-8 with a byte-order mark, so Excel opens Vietnamese text correctly instead of guessing a legacy
 * code page; CRLF line ends (RFC 4180). csv-stringify quotes fields and honours backpressure.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import type { Writable } from 'node:stream';
import { TASK_COLUMNS, type TaskExportRecord } from './columns';

export const CSV_TYPE = 'text/csv; charset=utf-8';

export async function writeCsv(records: AsyncIterable<TaskExportRecord>, out: Writable): Promise<void> {
  async function* rows() {
    yield TASK_COLUMNS.map((c) => c.header);
    yield TASK_COLUMNS.map((c) => c.key);
    for await (const r of records) yield TASK_COLUMNS.map((c) => c.value(r));
  }
  await pipeline(Readable.from(rows()), stringify({ bom: true, record_delimiter: 'windows' }), out);
}
