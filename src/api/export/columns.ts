/**
 * The columns of a task export, in order: an English key (the API's field names, for programs) and a
 * Vietnamese header (for the people who open the file in Excel). Both formats write the Vietnamese headers
 * in the first row and the keys in the second.
 */
import { toGlobalId } from '../ids';

/** One task as tasks.export.cypher returns it. */
export interface TaskExportRecord {
  key: string;
  text: string;
  document: string;
  province: string | null;
  sectionPath: string | null;
  sectionHeading: string | null;
  lead: string[];
  coordinators: string[];
  output: string | null;
  deadlineRaw: string | null;
  deadlineKind: string | null;
  deadlineStart: string | null;
  deadlineEnd: string | null;
  sourcePath: string | null;
  startLine: number | null;
  endLine: number | null;
}

export interface ExportColumn {
  key: string;
  header: string;
  /** Column width in characters in the XLSX sheet. */
  width: number;
  value(r: TaskExportRecord): string;
}

/** Several agencies in one cell, as officials write them. */
export const AGENCY_SEPARATOR = '; ';

function section(r: TaskExportRecord): string {
  return [r.sectionPath, r.sectionHeading].filter(Boolean).join(' ');
}

/** Where the task was read: the source file and its lines (`data/corpus/x.txt:120-124`). */
function provenance(r: TaskExportRecord): string {
  if (!r.sourcePath) return '';
  if (r.startLine == null) return r.sourcePath;
  return `${r.sourcePath}:${r.startLine}${r.endLine != null && r.endLine !== r.startLine ? `-${r.endLine}` : ''}`;
}

export const TASK_COLUMNS: readonly ExportColumn[] = [
  { key: 'id', header: 'Mã nhiệm vụ', width: 14, value: (r) => toGlobalId('Task', r.key) },
  { key: 'text', header: 'Nội dung nhiệm vụ', width: 80, value: (r) => r.text },
  { key: 'document', header: 'Văn bản', width: 18, value: (r) => r.document },
  { key: 'province', header: 'Tỉnh/thành phố', width: 14, value: (r) => r.province ?? '' },
  { key: 'section', header: 'Mục', width: 30, value: section },
  { key: 'lead', header: 'Cơ quan chủ trì', width: 30, value: (r) => r.lead.join(AGENCY_SEPARATOR) },
  { key: 'coordinators', header: 'Cơ quan phối hợp', width: 40, value: (r) => r.coordinators.join(AGENCY_SEPARATOR) },
  { key: 'output', header: 'Kết quả/sản phẩm', width: 30, value: (r) => r.output ?? '' },
  { key: 'deadline', header: 'Thời hạn (nguyên văn)', width: 20, value: (r) => r.deadlineRaw ?? '' },
  { key: 'deadlineKind', header: 'Loại thời hạn', width: 12, value: (r) => r.deadlineKind ?? '' },
  { key: 'deadlineStart', header: 'Thời hạn từ ngày', width: 12, value: (r) => r.deadlineStart ?? '' },
  { key: 'deadlineEnd', header: 'Thời hạn đến ngày', width: 12, value: (r) => r.deadlineEnd ?? '' },
  { key: 'provenance', header: 'Nguồn (tệp:dòng)', width: 40, value: provenance },
];
