/**
 * GET /export/tasks.csv and /export/tasks.xlsx: what a planning officer downloads. Each file is parsed back
 * and compared, row by row, with what the `tasks` field answers for the same filter, Vietnamese intact; a bad
 * filter is a 400 naming the argument, as the GraphQL field names it.
 */
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { startHarness, type GqlBody, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const TASK_FIELDS = `id text document { symbol title } province { name } section { path heading }
  leadAgencies { name } coordinatingAgencies { name } output deadline { raw kind start end }
  provenance { sourcePath span { startLine endLine } }`;

interface ApiTask {
  id: string;
  text: string;
  document: { symbol: string | null; title: string | null };
  province: { name: string } | null;
  section: { path: string; heading: string | null } | null;
  leadAgencies: { name: string }[];
  coordinatingAgencies: { name: string }[];
  output: string | null;
  deadline: { raw: string | null; kind: string; start: string | null; end: string | null } | null;
  provenance: { sourcePath: string | null; span: { startLine: number; endLine: number } | null };
}

const KEYS = ['id', 'text', 'document', 'province', 'section', 'lead', 'coordinators', 'output', 'deadline', 'deadlineKind', 'deadlineStart', 'deadlineEnd', 'provenance'];

/** Every task the API lists for the filter, page by page, as the export's row of strings. */
async function apiRows(filter: Record<string, unknown>, orderBy = 'DOCUMENT_ORDER'): Promise<string[][]> {
  const rows: string[][] = [];
  let after: string | null = null;
  for (;;) {
    type Page = { tasks: { edges: { cursor: string; node: ApiTask }[]; pageInfo: { hasNextPage: boolean } } };
    const { body }: { body: GqlBody<Page> } = await h.gql<Page>(
      `query($f: TaskFilter, $o: TaskOrder, $a: String) { tasks(filter: $f, orderBy: $o, first: 50, after: $a) { pageInfo { hasNextPage } edges { cursor node { ${TASK_FIELDS} } } } }`,
      { f: filter, o: orderBy, a: after },
    );
    expect(body.errors).toBeUndefined();
    for (const { node: t } of body.data!.tasks.edges) {
      const span = t.provenance.span;
      rows.push([
        t.id,
        t.text,
        t.document.symbol ?? t.document.title ?? '',
        t.province?.name ?? '',
        [t.section?.path, t.section?.heading].filter(Boolean).join(' '),
        t.leadAgencies.map((a) => a.name).join('; '),
        t.coordinatingAgencies.map((a) => a.name).join('; '),
        t.output ?? '',
        t.deadline?.raw ?? '',
        t.deadline?.kind ?? '',
        t.deadline?.start ?? '',
        t.deadline?.end ?? '',
        t.provenance.sourcePath ? `${t.provenance.sourcePath}${span ? `:${span.startLine}${span.endLine !== span.startLine ? `-${span.endLine}` : ''}` : ''}` : '',
      ]);
    }
    const edges: { cursor: string }[] = body.data!.tasks.edges;
    if (!body.data!.tasks.pageInfo.hasNextPage) return rows;
    after = edges[edges.length - 1].cursor;
  }
}

const exportUrl = (format: string, filter: unknown, extra = '') =>
  `${h.url}/export/tasks.${format}?filter=${encodeURIComponent(typeof filter === 'string' ? filter : JSON.stringify(filter))}${extra}`;

async function xlsxRows(res: Response): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
  const sheet = workbook.getWorksheet('Nhiệm vụ')!;
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    rows.push(KEYS.map((_, i) => {
      const v = row.getCell(i + 1).value;
      return v == null ? '' : String(v);
    }));
  });
  return rows;
}

describe('CSV export', () => {
  it('lists the tasks deriving from 59-NQ/TW exactly as the API does, UTF-8 with BOM, headers in Vietnamese then keys', async () => {
    const filter = { derivesFrom: 'Nghị quyết số 59-NQ/TW' };
    const res = await fetch(exportUrl('csv', filter));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="tasks-\d{4}-\d{2}-\d{2}\.csv"$/);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [headers, keys, ...rows] = parse(bytes, { bom: true, relax_column_count: false }) as string[][];
    expect(headers).toEqual(expect.arrayContaining(['Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn (nguyên văn)']));
    expect(keys).toEqual(KEYS);
    const expected = await apiRows(filter);
    expect(expected.length).toBeGreaterThanOrEqual(7);
    expect(rows).toEqual(expected);
    // Vietnamese survives byte for byte (NFC, not mojibake), including agencies joined in one cell.
    const hn = rows.find((r) => r[1].startsWith('Đẩy mạnh chuyển đổi số'))!;
    expect(hn[1]).toBe('Đẩy mạnh chuyển đổi số và đổi mới sáng tạo theo Nghị quyết số 57-NQ/TW');
    expect(hn.slice(3, 7)).toEqual(['Hà Nội', 'II NHIỆM VỤ, GIẢI PHÁP', 'Sở Khoa học và Công nghệ', 'Sở Tài chính']);
    expect(hn.slice(8, 12)).toEqual(['trước 2025-09-30', 'DATE', '2025-09-30', '2025-09-30']);
  });

  it('follows orderBy like the tasks field, and combines conditions (province + lead agency without diacritics)', async () => {
    const filter = { province: 'ha noi', leadAgency: 'so ngoai vu' };
    const res = await fetch(exportUrl('csv', filter, '&orderBy=deadline_desc'));
    expect(res.status).toBe(200);
    const rows = (parse(Buffer.from(await res.arrayBuffer()), { bom: true }) as string[][]).slice(2);
    expect(rows).toEqual(await apiRows(filter, 'DEADLINE_DESC'));
    expect(rows.map((r) => r[8])).toEqual(['Quý IV/2026', 'Thường xuyên']);
  });

  it('writes only the two header rows when nothing matches (an unknown document is an empty list, not an error)', async () => {
    const res = await fetch(exportUrl('csv', { derivesFrom: '999-NQ/TW' }));
    expect(res.status).toBe(200);
    expect(parse(Buffer.from(await res.arrayBuffer()), { bom: true })).toHaveLength(2);
  });

  it('without a filter exports every task', async () => {
    const res = await fetch(`${h.url}/export/tasks.csv`);
    const rows = (parse(Buffer.from(await res.arrayBuffer()), { bom: true }) as string[][]).slice(2);
    const { body } = await h.gql<{ tasks: { totalCount: number } }>('{ tasks { totalCount } }');
    expect(rows).toHaveLength(body.data!.tasks.totalCount);
  });
});

describe('XLSX export', () => {
  it('holds the same rows as the API in sheet "Nhiệm vụ": Vietnamese headers in row 1, English keys in row 2', async () => {
    const filter = { derivesFrom: '57-NQ/TW' };
    const res = await fetch(exportUrl('xlsx', filter));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers.get('content-disposition')).toMatch(/filename="tasks-\d{4}-\d{2}-\d{2}\.xlsx"/);
    const [headers, keys, ...rows] = await xlsxRows(res);
    expect(headers[0]).toBe('Mã nhiệm vụ');
    expect(headers[5]).toBe('Cơ quan chủ trì');
    expect(keys).toEqual(KEYS);
    const expected = await apiRows(filter);
    expect(expected.map((r) => r[2])).toEqual(expect.arrayContaining(['12/KH-UBND', '42-CTr/TU', '20/KH-UBND']));
    expect(rows).toEqual(expected);
    expect(rows.map((r) => r[1])).toContain('Phát triển khoa học, công nghệ và đổi mới sáng tạo của tỉnh');
  });
});

describe('a bad filter', () => {
  it.each([
    ['a malformed date', { deadlineFrom: '2026-13-01' }, 'filter.deadlineFrom'],
    ['an unknown deadline kind', { deadlineKind: 'SOON' }, 'filter.deadlineKind'],
    ['a wrong type', { direct: 'yes' }, 'filter.direct'],
    ['a range the wrong way round', { deadlineFrom: '2026-12-31', deadlineTo: '2026-01-01' }, 'filter.deadlineTo'],
  ])('is a 400 naming the argument, as the tasks field does: %s', async (_what, filter, argument) => {
    for (const format of ['csv', 'xlsx']) {
      const res = await fetch(exportUrl(format, filter));
      expect(res.status).toBe(400);
      const body = (await res.json()) as { errors: { message: string; extensions: { code: string; argumentName: string } }[] };
      expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: argument });
      const gql = await h.gql('query($f: TaskFilter) { tasks(filter: $f) { totalCount } }', { f: filter });
      if (gql.body.errors?.[0].extensions?.argumentName) expect(body.errors[0].message).toBe(gql.body.errors[0].message);
    }
  });

  it.each([
    ['not JSON', '{derivesFrom: 59}', 'filter'],
    ['not an object', '["59-NQ/TW"]', 'filter'],
    ['an unknown field (GraphQL refuses it too)', '{"derivesfrom":"59-NQ/TW"}', 'filter.derivesfrom'],
  ])('is a 400 naming the argument: %s', async (_what, raw, argument) => {
    const res = await fetch(exportUrl('csv', raw));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: { extensions: unknown }[] }).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: argument });
  });

  it('a bad orderBy is a 400 naming orderBy; an unknown format is a 404', async () => {
    const res = await fetch(exportUrl('csv', {}, '&orderBy=RANDOM'));
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: { extensions: unknown }[] }).errors[0].extensions).toMatchObject({ argumentName: 'orderBy' });
    expect((await fetch(`${h.url}/export/tasks.pdf`)).status).toBe(404);
  });
});
