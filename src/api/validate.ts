/**
 * Argument validation with zod. A failure becomes BAD_USER_INPUT whose message names the argument
 * (`filter.deadlineFrom`, `first`, `after`), so a client can fix the call without reading server logs.
 */
import { z } from 'zod';
import { badInput } from './errors';
import { fromListCursor, type ListKey } from './ids';

export function parseArg<S extends z.ZodType>(schema: S, value: unknown, argument: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = [argument, ...issue.path.map(String)].join('.');
  throw badInput(where, issue.message);
}

const text = (max = 200) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`);

const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'is not a real calendar date');

/** An enum-like string, case-insensitive, normalised to upper case. */
const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .trim()
    .transform((s) => s.toUpperCase())
    .pipe(z.enum(values, { message: `must be one of ${values.join(', ')}` }));

export const DEADLINE_KINDS = ['DATE', 'PERIOD', 'RECURRING', 'ONGOING', 'CONDITIONAL', 'UNSPECIFIED'] as const;
export const DOCUMENT_KINDS = [
  'NGHI_QUYET', 'KE_HOACH', 'CHUONG_TRINH', 'QUYET_DINH', 'CHI_THI', 'KET_LUAN', 'NGHI_DINH', 'THONG_TU',
  'CONG_VAN', 'LUAT', 'QUY_DINH', 'DE_AN', 'HUONG_DAN', 'THONG_BAO', 'OTHER',
] as const;
export const LEVELS = ['CENTRAL_PARTY', 'CENTRAL_STATE', 'PROVINCIAL_PARTY', 'PROVINCIAL_STATE'] as const;
export const AGENCY_TYPES = [
  'DEPARTMENT', 'PEOPLES_COMMITTEE', 'PEOPLES_COUNCIL', 'POLICE', 'MILITARY', 'PARTY_BODY', 'MINISTRY',
  'GOVERNMENT', 'MASS_ORGANISATION', 'OFFICE', 'PUBLIC_SERVICE_UNIT', 'ENTERPRISE', 'GROUP', 'OTHER',
] as const;

export const TaskFilterSchema = z
  .object({
    derivesFrom: text().nullish(),
    direct: z.boolean().nullish(),
    province: text().nullish(),
    leadAgency: text().nullish(),
    agency: text().nullish(),
    deadlineFrom: isoDate.nullish(),
    deadlineTo: isoDate.nullish(),
    deadlineKind: oneOf(DEADLINE_KINDS).nullish(),
    text: text().nullish(),
    documentSymbol: text().nullish(),
  })
  .refine((f) => !f.deadlineFrom || !f.deadlineTo || f.deadlineFrom <= f.deadlineTo, {
    message: 'deadlineFrom must not be after deadlineTo',
    path: ['deadlineTo'],
  })
  .nullish();
export type TaskFilterInput = NonNullable<z.output<typeof TaskFilterSchema>>;

export const DocumentFilterSchema = z
  .object({
    kind: oneOf(DOCUMENT_KINDS).nullish(),
    level: oneOf(LEVELS).nullish(),
    province: text().nullish(),
    implements: text().nullish(),
    symbol: text().nullish(),
    stub: z.boolean().nullish(),
    issuedFrom: isoDate.nullish(),
    issuedTo: isoDate.nullish(),
    text: text().nullish(),
  })
  .nullish();

export const AgencyFilterSchema = z
  .object({ name: text().nullish(), province: text().nullish(), type: oneOf(AGENCY_TYPES).nullish() })
  .nullish();

export const IndicatorFilterSchema = z
  .object({ documentSymbol: text().nullish(), province: text().nullish(), agency: text().nullish(), text: text().nullish() })
  .nullish();

export const SymbolSchema = text(120);
export const SearchTextSchema = text(200);
/** Issue year of a document (năm ban hành). */
export const YearSchema = z.number().int().min(1930, 'must be a year from 1930').max(2100, 'must be a year up to 2100');

export const DepthSchema = z.number().int().min(1, 'must be at least 1').max(6, 'must be at most 6');

/** The schema of `first` per MAX_PAGE_SIZE, built once (a nested page asks it once per parent). */
const firstSchemas = new Map<number, z.ZodNumber>();

/** `first` of a connection, checked against MAX_PAGE_SIZE. */
export function firstArg(args: { first?: number | null }, max: number, defaultFirst = 20): number {
  let schema = firstSchemas.get(max);
  if (!schema) {
    schema = z
      .number()
      .int()
      .min(0, 'must not be negative')
      .max(max, `must be at most ${max} (MAX_PAGE_SIZE)`);
    firstSchemas.set(max, schema);
  }
  return parseArg(schema, args.first ?? defaultFirst, 'first');
}

/** `first` and `after` of a keyset-paged `list` (see toListCursor) → the key to start after and the size. */
export function pageArgs(args: { first?: number | null; after?: string | null }, max: number, list: string, defaultFirst = 20): { after: ListKey | null; limit: number } {
  const limit = firstArg(args, max, defaultFirst);
  return { after: args.after == null ? null : fromListCursor(args.after, list, 'after'), limit };
}
