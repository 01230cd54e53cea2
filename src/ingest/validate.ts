/**
 * The last gate before the graph: an extraction that does not satisfy this schema is reported with the
 * reason and nothing of it is written. It mirrors src/ingest/model.ts; the `satisfies` check below keeps
 * the two from drifting apart.
 * Complexity: linear in the extraction (one zod pass).
 */
import { z } from 'zod';
import type { Extraction } from './model';

/** "2025-02-30" has the shape of a date but is none: Neo4j's date() would refuse it mid-transaction. */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

const isoDate = z.string().refine(isCalendarDate, 'must be an ISO date YYYY-MM-DD that the calendar has');
const nullableText = z.string().nullable();

const PageBoxSchema = z.object({ x: z.number().nonnegative(), y: z.number().nonnegative(), width: z.number().nonnegative(), height: z.number().nonnegative() });

const SourcePageSchema = z.object({
  page: z.number().int().positive(),
  method: z.enum(['TEXT_LAYER', 'OCR']),
  startLine: z.number().int().positive(),
  endLine: z.number().int().nonnegative(),
  confidence: z.number().min(0).max(100).nullable(),
  reason: nullableText,
  engine: nullableText,
  dpi: z.number().int().positive().nullable(),
});

const SpanSchema = z
  .object({
    startLine: z.number().int().positive(),
    endLine: z.number().int().positive(),
    startOffset: z.number().int().nonnegative(),
    endOffset: z.number().int().nonnegative(),
    page: z.number().int().positive().optional(),
    box: PageBoxSchema.optional(),
  })
  .refine((s) => s.endLine >= s.startLine && s.endOffset >= s.startOffset, 'span must not end before it starts');

const DocumentKindSchema = z.enum(['NGHI_QUYET', 'KE_HOACH', 'CHUONG_TRINH', 'QUYET_DINH', 'CHI_THI', 'KET_LUAN', 'NGHI_DINH', 'THONG_TU', 'CONG_VAN', 'LUAT', 'QUY_DINH', 'DE_AN', 'HUONG_DAN', 'THONG_BAO', 'OTHER']);

const DeadlineSchema = z.object({
  raw: z.string(),
  kind: z.enum(['DATE', 'PERIOD', 'RECURRING', 'ONGOING', 'CONDITIONAL', 'UNSPECIFIED']),
  start: isoDate.nullable(),
  end: isoDate.nullable(),
  recurrence: nullableText,
  condition: nullableText,
});

export const ExtractionSchema = z.object({
  source: z.object({ path: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/), format: z.enum(['TEXT', 'MARKDOWN', 'HTML_TEXT', 'DOCX', 'PDF', 'IMAGE']), pages: z.array(SourcePageSchema).optional() }),
  documentId: z.string().min(1),
  document: z.object({
    kind: DocumentKindSchema.nullable(),
    kindVi: nullableText,
    symbol: nullableText,
    number: nullableText,
    issuer: nullableText,
    level: z.enum(['CENTRAL_PARTY', 'CENTRAL_STATE', 'PROVINCIAL_PARTY', 'PROVINCIAL_STATE']).nullable(),
    province: nullableText,
    issuedOn: isoDate.nullable(),
    issuedYear: z.number().int().min(1930).max(2100).optional(),
    title: nullableText,
    signer: nullableText,
    missing: z.array(z.string()),
    spans: z.record(z.string(), SpanSchema),
    inferred: z.record(z.string(), z.string()).optional(),
  }),
  citations: z.array(
    z.object({
      symbol: nullableText,
      kind: DocumentKindSchema.nullable(),
      issuedOn: isoDate.nullable(),
      issuer: nullableText,
      relation: z.enum(['IMPLEMENTS', 'BASED_ON', 'CITES', 'REPLACES', 'AMENDS']),
      raw: z.string(),
      section: nullableText,
      span: SpanSchema,
    }),
  ),
  citedLinks: z.array(z.object({ from: z.string().min(1), to: z.string().min(1), relation: z.literal('IMPLEMENTS'), raw: z.string(), span: SpanSchema })),
  sections: z.array(z.object({ path: z.string().min(1), number: z.string(), heading: z.string(), depth: z.number().int().nonnegative(), span: SpanSchema })),
  tasks: z.array(
    z.object({
      id: z.string().min(1),
      section: nullableText,
      ordinal: nullableText,
      text: z.string().min(1, 'a task needs its text'),
      lead: z.array(z.string().min(1)),
      coordinators: z.array(z.string().min(1)),
      output: nullableText,
      deadline: DeadlineSchema.nullable(),
      cites: z.array(z.string().min(1)),
      source: z.enum(['TABLE', 'BODY']),
      sameAs: nullableText,
      span: SpanSchema,
      leadFrom: z.object({ how: z.string().min(1), text: z.string().min(1), span: SpanSchema }).optional(),
    }),
  ),
  agencies: z.array(
    z.object({
      key: z.string().min(1),
      name: z.string().min(1),
      aliases: z.array(z.string()),
      type: z.enum(['DEPARTMENT', 'PEOPLES_COMMITTEE', 'PEOPLES_COUNCIL', 'POLICE', 'MILITARY', 'PARTY_BODY', 'MINISTRY', 'GOVERNMENT', 'MASS_ORGANISATION', 'OFFICE', 'PUBLIC_SERVICE_UNIT', 'ENTERPRISE', 'GROUP', 'OTHER']),
      province: nullableText,
      isGroup: z.boolean(),
    }),
  ),
  indicators: z.array(
    z.object({
      id: z.string().min(1),
      ordinal: nullableText,
      name: z.string().min(1, 'an indicator needs its name'),
      unit: nullableText,
      target: nullableText,
      value: z.number().finite().nullable(),
      valueMin: z.number().finite().nullable(),
      valueMax: z.number().finite().nullable(),
      comparator: z.enum(['≥', '≤', '<', '>', '=']).nullable(),
      period: nullableText,
      agency: nullableText,
      group: nullableText,
      span: SpanSchema,
    }),
  ),
  warnings: z.array(z.object({ code: z.string(), message: z.string(), span: SpanSchema.nullable() })),
}).superRefine((x, ctx) => {
  // Cross-references must resolve, or the graph would silently lose an edge.
  const agencyNames = new Set(x.agencies.map((a) => a.name));
  const taskIds = new Set(x.tasks.map((t) => t.id));
  if (taskIds.size !== x.tasks.length) ctx.addIssue({ code: 'custom', path: ['tasks'], message: 'task ids must be unique' });
  x.tasks.forEach((t, i) => {
    for (const name of [...t.lead, ...t.coordinators]) {
      if (!agencyNames.has(name)) ctx.addIssue({ code: 'custom', path: ['tasks', i], message: `agency "${name}" is not in agencies[]` });
    }
    if (t.sameAs !== null && !taskIds.has(t.sameAs)) ctx.addIssue({ code: 'custom', path: ['tasks', i, 'sameAs'], message: `unknown task "${t.sameAs}"` });
  });
  x.indicators.forEach((ind, i) => {
    if (ind.agency !== null && !agencyNames.has(ind.agency)) ctx.addIssue({ code: 'custom', path: ['indicators', i, 'agency'], message: `agency "${ind.agency}" is not in agencies[]` });
  });
});

// Compile-time guard: the schema's output type must be assignable to the contract.
export type ValidExtraction = z.infer<typeof ExtractionSchema>;
const _contract: (x: ValidExtraction) => Extraction = (x) => x;
void _contract;

export class InvalidExtractionError extends Error {
  constructor(
    readonly path: string,
    readonly issues: string[],
  ) {
    super(`${path}: rejected, nothing written:\n  ${issues.join('\n  ')}`);
    this.name = 'InvalidExtractionError';
  }
}

export function validateExtraction(x: unknown, path = '<extraction>'): Extraction {
  const parsed = ExtractionSchema.safeParse(x);
  if (!parsed.success) throw new InvalidExtractionError(path, parsed.error.issues.slice(0, 20).map((i) => `${i.path.join('.')}: ${i.message}`));
  return parsed.data;
}
