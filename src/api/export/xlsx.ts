/**
 * XLSX through exceljs's streaming WorkbookWriter: each row is committed (serialised into the zip) as it
 * arrives, so the workbook is never held whole. Row 1 has the Vietnamese headers, row 2 the English keys;
 * both stay frozen while scrolling. exceljs does not wait for the response to drain, so the writer pauses
 * itself whenever the socket's buffer is full.
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { TASK_COLUMNS, type TaskExportRecord } from './columns';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const SHEET_NAME = 'Nhiệm vụ';

/** Resolves when `out` can take more, or throws when it was closed first (the client went away). */
async function drained(out: Writable): Promise<void> {
  await Promise.race([once(out, 'drain'), once(out, 'close')]);
  if (out.destroyed && !out.writableFinished) throw new Error('the client closed the connection');
}

export async function writeXlsx(records: AsyncIterable<TaskExportRecord>, out: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(SHEET_NAME, { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.columns = TASK_COLUMNS.map((c) => ({ key: c.key, width: c.width }));
  const headers = sheet.addRow(TASK_COLUMNS.map((c) => c.header));
  headers.font = { bold: true };
  headers.commit();
  const keys = sheet.addRow(TASK_COLUMNS.map((c) => c.key));
  keys.font = { italic: true, color: { argb: 'FF666666' } };
  keys.commit();
  for await (const r of records) {
    sheet.addRow(TASK_COLUMNS.map((c) => c.value(r))).commit();
    if (out.writableNeedDrain) await drained(out);
  }
  sheet.commit();
  await workbook.commit();
}
