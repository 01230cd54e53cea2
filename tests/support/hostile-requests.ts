/**
 * Seeded hostile GraphQL requests generated from the schema (issue 8's "fresh hostile-request run with a
 * different seed"). Three kinds, so the limits and the resolvers behind them are both exercised:
 *
 * - `valid` (about three in four): operations that pass validation but push every edge a client can reach —
 *   deep (up to MAX_QUERY_DEPTH) and wide selections, lists inside lists sized to land near the cost limit
 *   (some past it), aliases up to the alias limit, named fragments spread several times and reused across the
 *   tree, inline fragments on interfaces, `first` of 0, 1, the page cap, past it and negative, cursors that are
 *   garbage or well-formed but forged (keys of another list, wrong types, huge numbers), ids of unknown types,
 *   filters with Cypher and JSON fragments, long, decomposed (NFD), zero-width, right-to-left and lone-surrogate
 *   Unicode, impossible dates;
 * - `broken`: the same with mistakes validation must catch — values of the wrong type, unknown enum values
 *   and input fields, variables declared with another type, selections past the depth limit;
 * - `malformed`: bodies that are not GraphQL-over-HTTP requests at all.
 *
 * Each request says nothing of what to expect: the suite holds every answer to the same rules (a status the
 * spec allows, a JSON body, never INTERNAL_SERVER_ERROR).
 */
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { prng } from './prng';

type Rng = ReturnType<typeof prng>;

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64url');

const UNICODE = [
  'Hà Nội'.normalize('NFD'), // decomposed diacritics
  '\u200b59-NQ/TW', // zero-width space
  '\u202eWT/QN-95', // right-to-left override
  'a' + '\u0301'.repeat(400), // a mark stacked 400 times
  '５９－ＮＱ／ＴＷ', // full-width
  '🇻🇳📄 kế hoạch',
  '\ud800', // a lone surrogate
  '\u0000',
  'ĐẢNG CỘNG SẢN VIỆT NAM',
  'đ'.repeat(300),
];
const HOSTILE_STRINGS = [
  '', ' ', '%', '*', '.*', '(?i)', '\\', '${x}', 'null',
  "') MATCH (n) DETACH DELETE n //", '" OR 1=1 //', '`) CALL db.clearQueryCaches() //', '{"$gt": ""}', '<script>alert(1)</script>',
  'x'.repeat(5000), ...UNICODE,
];
const REAL_STRINGS = ['59-NQ/TW', '57-NQ/TW', '153/NQ-CP', 'Hà Nội', 'ha noi', 'central', 'chuyen doi so', 'chuyển đổi số', 'Sở Tài chính', 'DEPARTMENT', 'Bắc Ninh', 'can tho'];
const DATES = ['2025-12-31', '2026-06-30', '2030-12-31'];
const BAD_DATES = ['2025-02-30', '2025-13-01', '0000-01-01', '9999-12-31', '2025-1-1', 'yesterday', ''];
/** Cursors: garbage, and well-formed ones this API could have issued but did not (forged keys). */
const CURSORS = [
  '', 'x', '====', 'Y3Vyc29y', '\u0000', 'đ', 'a'.repeat(4000),
  b64('k1:[]'),
  b64('k1:["DOCUMENT_ORDER","a","b",1,"c"]'),
  b64(`k1:${JSON.stringify(['DEADLINE', 'z'.repeat(2000), 'd', 1e20, 't'])}`),
  b64('k1:["DOCUMENT_ORDER",{"$gt":""},"d",0.5,"t"]'),
  b64('k2:["documents:SYMBOL",["59-NQ/TW"]]'),
  b64('k2:["documents:SYMBOL",[{"$gt":""}]]'),
  b64(`k2:${JSON.stringify(['provinces:NAME', ['Hà Nội', 'x']])}`),
  b64('k2:["Document.tasks",[9007199254740993]]'),
  b64(`k2:${JSON.stringify(['agencies:NAME', ["') DETACH DELETE n //", 'x']])}`),
  b64(`k2:${JSON.stringify(['documents:SYMBOL', Array(5).fill('a')])}`),
  b64('k2:['),
];
/** Ids: well-formed ones of things that may not exist, and ones this API never issues. */
const IDS = {
  plausible: [b64('Document:59-NQ/TW'), b64('Document:doc:0000000000000000'), b64('Province:ha-noi'), b64('Agency:central:bo tai chinh'), b64('Task:doc:0000000000000000:1')],
  hostile: [b64(`Task:${'x'.repeat(1000)}`), b64('Nope:1'), b64(':'), b64('Document:'), 'not-an-id', '', '\ud800', b64("Document:') DETACH DELETE n //")],
};
// Plausible values, and hostile ones: a request draws from the hostile pool with its own probability.
const PAGE_SIZES = { plausible: [1, 2, 5, 20, 50, 100], hostile: [0, 101, 1000, -1, 2147483647] };
const NESTED_PAGE_SIZES = { plausible: [1, 2, 3, 5], hostile: [0, -1, 101] };
const INTS = { plausible: [2017, 2022, 2025, 1, 2, 3], hostile: [0, -1, 1929, 10000, 2147483647, -2147483648] };
const FLOATS = { plausible: [0.45, 0.5, 0.8], hostile: [0, -1, 1.5, 1e308, -1e308, 1e-9] };
// `broken` requests only: numbers no GraphQL Int holds, and values of the wrong type.
const BAD_INTS = [2147483648, 1e15, 0.5, NaN];
const WRONG = [null, 'wrong', 42, [], {}, true];

interface Built {
  schema: GraphQLSchema;
  broken: boolean;
  variables: Record<string, unknown>;
  declarations: string[];
  /** Probability that a value is drawn from the hostile pool rather than the plausible one. */
  hostility: number;
  /** name → type and text of each fragment, and the aliases one spread of it adds (at its own level). */
  fragments: Map<string, { type: string; text: string; aliases: number }>;
  /** Aliases as graphql-armor counts them: every spread of a fragment counts the fragment's aliases again. */
  aliases: number;
  /** How many times the selection being built is counted: the product of the enclosing fragments' spreads. */
  spreadFactor: number;
  /** Numbers for alias and variable names, unique in the request. */
  aliasNames: number;
  variableCount: number;
}

/** graphql-armor's alias limit is 30 (src/api/plugins/index.ts); valid requests stay a little under it. */
const MAX_ALIASES = 28;

function valueFor(type: GraphQLInputType, r: Rng, b: Built, argName: string, nested: boolean, depth = 0): unknown {
  if (b.broken && r.next() < 0.08) return r.pick<unknown>(WRONG);
  const hostile = b.broken || r.next() < b.hostility;
  const pool = <T>(p: { plausible: T[]; hostile: T[] }): T => r.pick(hostile ? p.hostile : p.plausible);
  const nullable = getNullableType(type);
  if (isListType(nullable)) return Array.from({ length: r.pick(hostile ? [0, 20] : [1, 2, 3]) }, () => valueFor(nullable.ofType, r, b, argName, nested, depth + 1));
  if (isEnumType(nullable)) return b.broken && r.next() < 0.2 ? 'NOT_A_VALUE' : r.pick(nullable.getValues()).value;
  if (isInputObjectType(nullable)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(nullable.getFields())) if (isNonNullType(f.type) || (depth < 3 && r.next() < (hostile ? 0.6 : 0.3))) out[f.name] = valueFor(f.type, r, b, f.name, nested, depth + 1);
    if (b.broken && r.next() < 0.1) out.notAField = 1;
    return out;
  }
  if (isScalarType(nullable)) {
    switch (nullable.name) {
      case 'Int':
        if (b.broken && r.next() < 0.2) return r.pick(BAD_INTS);
        return pool(/^(first|last)$/.test(argName) ? (nested ? NESTED_PAGE_SIZES : PAGE_SIZES) : INTS);
      case 'Float':
        return pool(FLOATS);
      case 'Boolean':
        return r.next() < 0.5;
      case 'ID':
        return pool(IDS);
      case 'Date':
        return r.pick(hostile ? BAD_DATES : DATES);
      default:
        if (/^(after|before)$/.test(argName)) return r.pick(CURSORS);
        if (/date|due/i.test(argName)) return r.pick(hostile ? BAD_DATES : DATES);
        return r.pick(hostile ? HOSTILE_STRINGS : REAL_STRINGS);
    }
  }
  return null;
}

/** A GraphQL literal for a JSON value (strings escaped as JSON, which GraphQL string syntax accepts). */
function literal(v: unknown, type: GraphQLInputType): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return `[${v.map((x) => literal(x, isListType(getNullableType(type)) ? (getNullableType(type) as { ofType: GraphQLInputType }).ofType : type)).join(', ')}]`;
  if (typeof v === 'object') {
    const named = getNamedType(type);
    return `{ ${Object.entries(v as Record<string, unknown>)
      .map(([k, x]) => `${k}: ${literal(x, isInputObjectType(named) ? (named.getFields()[k]?.type ?? named) : named)}`)
      .join(', ')} }`;
  }
  if (typeof v === 'string' && isEnumType(getNamedType(type)) && /^[A-Z_]+$/.test(v)) return v;
  if (typeof v === 'number' && !Number.isFinite(v)) return '0';
  return JSON.stringify(v);
}

/** GraphQL string syntax has no escape for a lone surrogate: such a value can only travel as a variable. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const hasLoneSurrogate = (v: unknown): boolean =>
  typeof v === 'string' ? LONE_SURROGATE.test(v) : v !== null && typeof v === 'object' && Object.values(v).some(hasLoneSurrogate);

/**
 * Arguments for a field, as literals or variables; `first` is returned too, for the cost walk, and `drop`
 * takes back the variables declared for them when the field is not used after all (an unused variable is
 * a validation error).
 */
function args(field: GraphQLField<unknown, unknown>, r: Rng, b: Built, nested: boolean): { text: string; first?: number; drop: () => void } {
  // A cursor this run could be given is always forged (the generator has seen no answer), so it is sent only
  // as often as the request is hostile.
  const chosen = field.args.filter((a: GraphQLArgument) => isNonNullType(a.type) || r.next() < (/^(after|before)$/.test(a.name) ? b.hostility : 0.6));
  let first: number | undefined;
  const declared: string[] = [];
  const text = chosen.map((a) => {
    const v = valueFor(a.type, r, b, a.name, nested);
    if (a.name === 'first' && typeof v === 'number') first = v;
    if (r.next() < 0.35 || hasLoneSurrogate(v)) {
      const name = `v${b.variableCount++}`;
      // A broken request sometimes declares a type that does not match the argument's.
      const type = b.broken && r.next() < 0.15 ? r.pick(['Int', 'String!', '[ID!]', 'Boolean']) : String(a.type);
      b.declarations.push(`$${name}: ${type}`);
      b.variables[name] = v;
      declared.push(name);
      return `${a.name}: $${name}`;
    }
    return `${a.name}: ${literal(v, a.type)}`;
  });
  const drop = () => {
    for (const name of declared) {
      delete b.variables[name];
      b.declarations = b.declarations.filter((d) => !d.startsWith(`$${name}:`));
    }
  };
  return { text: chosen.length ? `(${text.join(', ')})` : '', first, drop };
}

/** The most values a list field multiplies its subtree by, as the cost limit counts it (roughly). */
function listFactor(field: GraphQLField<unknown, unknown>, parent: GraphQLObjectType, first: number | undefined): number {
  const defaultFirst = field.args.find((a) => a.name === 'first')?.defaultValue;
  if (field.args.some((a) => a.name === 'first')) return Math.min(Math.max(first ?? Number(defaultFirst ?? 20), 1), 100);
  if (!isListType(getNullableType(field.type))) return 1;
  if (parent.name.endsWith('Connection') && (field.name === 'nodes' || field.name === 'edges')) return 1;
  const directive = field.astNode?.directives?.find((d) => d.name.value === 'listSize');
  const size = directive?.arguments?.find((a) => a.name.value === 'assumedSize')?.value;
  return size?.kind === 'IntValue' ? Number(size.value) : 100;
}

/**
 * A selection set on `type`. `mult` is the product of the list bounds above it and `budget` the most it may
 * reach (a valid request skips a list field that would pass it; its budget is sometimes above the server's
 * cost limit, so some requests are refused as too costly, as a careless client's would be).
 */
function selection(type: GraphQLObjectType, r: Rng, b: Built, depth: number, maxDepth: number, mult: number, budget: number): string {
  const fields = Object.values(type.getFields());
  const wide = r.next() < 0.1;
  const count = wide ? Math.min(fields.length, 15) : 1 + r.int(Math.min(6, fields.length));
  const parts: string[] = [];
  const used = new Set<string>();
  for (let k = 0; k < count; k++) {
    const field = wide ? fields[k] : r.pick(fields);
    const named = getNamedType(field.type);
    const composite = isObjectType(named) || isAbstractType(named);
    if (composite && depth >= maxDepth) continue;
    const a = args(field, r, b, mult > 1);
    const factor = composite ? listFactor(field, type, a.first) : 1;
    // Every spread of the fragments around this selection counts it again.
    if (!b.broken && composite && mult * factor * b.spreadFactor > budget) {
      a.drop();
      continue;
    }
    // A field asked twice in one selection set needs an alias (two `tasks(first: …)` with different
    // arguments would not merge); so does any alias the request chooses to add.
    const wantsAlias = used.has(field.name) || r.next() < 0.12;
    if (wantsAlias && !b.broken && b.aliases + b.spreadFactor > MAX_ALIASES) {
      a.drop();
      continue;
    }
    let alias = '';
    if (wantsAlias) {
      b.aliases += b.spreadFactor;
      alias = `${field.name}_${++b.aliasNames}: `;
    }
    used.add(field.name);
    const head = `${alias}${field.name}${a.text}`;
    const inner = (t: GraphQLObjectType) => selection(t, r, b, depth + 1, maxDepth, mult * factor, budget) || '__typename';
    if (isAbstractType(named)) {
      // an interface or union: its type name and the fields of one of its types (two types' fields of one
      // name could differ in nullability, which validation refuses)
      const on = r.pick(b.schema.getPossibleTypes(named));
      parts.push(`${head} { __typename ... on ${on.name} { ${inner(on)} } }`);
    } else if (isObjectType(named)) {
      parts.push(`${head} { ${fragmentOr(named, r, b, inner)} }`);
    } else parts.push(head);
  }
  if (r.next() < 0.05 && (b.broken || b.aliases + b.spreadFactor <= MAX_ALIASES)) {
    b.aliases += b.spreadFactor;
    parts.push(`t${++b.aliasNames}: __typename`);
  }
  return parts.join(' ');
}

/**
 * The selection of an object field: often named fragments — a new one spread up to three times, or one
 * already written for this type reused here — otherwise the selection itself.
 */
function fragmentOr(type: GraphQLObjectType, r: Rng, b: Built, inner: (t: GraphQLObjectType) => string): string {
  const roll = r.next();
  // Only finished fragments are reused (one still being written may be an ancestor: a spread cycle), and in a
  // valid request only while the aliases they bring fit under the limit.
  const reusable = [...b.fragments.entries()].filter(([, f]) => f.type === type.name && f.text !== '' && (b.broken || b.aliases + f.aliases * b.spreadFactor <= MAX_ALIASES));
  // Reused alone: a field beside it could share a name with one of the fragment's and not merge.
  if (roll < 0.12 && reusable.length) {
    const [name, f] = r.pick(reusable);
    b.aliases += f.aliases * b.spreadFactor;
    return `...${name}`;
  }
  if (roll < 0.35) {
    const name = `F${b.fragments.size}`;
    const spreads = 1 + r.int(3);
    b.fragments.set(name, { type: type.name, text: '', aliases: 0 }); // the name is taken before the fragment's own selection is built
    const outer = b.spreadFactor;
    const before = b.aliases;
    b.spreadFactor = outer * spreads;
    const text = inner(type);
    b.spreadFactor = outer;
    b.fragments.set(name, { type: type.name, text: `fragment ${name} on ${type.name} { ${text} }`, aliases: (b.aliases - before) / (outer * spreads) });
    return Array.from({ length: spreads }, () => `...${name}`).join(' ');
  }
  return inner(type);
}

export interface HostileRequest {
  body: string;
  /** What the generator made (for a failure message and the suite's breakdown). */
  kind: 'valid' | 'broken' | 'malformed';
}

export function hostileRequests(typeDefs: string, seed: number, count: number): HostileRequest[] {
  const schema: GraphQLSchema = buildSchema(typeDefs);
  const query = schema.getQueryType()!;
  const r = prng(seed);
  const out: HostileRequest[] = [];
  for (let n = 0; n < count; n++) {
    const roll = r.next();
    if (roll < 0.08) {
      out.push({
        kind: 'malformed',
        body: r.pick([
          '{"query": "{ provinces',
          '{"query": 42}',
          '{"query": null, "variables": "x"}',
          '[]',
          '{"query": "{ __typename }", "variables": [1]}',
          `{"query": "${'{ a '.repeat(3000)}"}`,
          '{"query": "query Q { provinces { totalCount } }", "operationName": "Nope"}',
          '{"query": "subscription { x }"}',
          '{"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "00"}}}',
          '\u0000\u0001',
        ]),
      });
      continue;
    }
    const broken = roll < 0.25;
    const b: Built = { schema, broken, hostility: r.pick([0.05, 0.2, 0.5]), variables: {}, declarations: [], fragments: new Map(), aliases: 0, spreadFactor: 1, aliasNames: 0, variableCount: 0 };
    // MAX_QUERY_DEPTH is 12; a broken request may go past it.
    const maxDepth = broken ? 2 + r.int(16) : 2 + r.int(9);
    const budget = r.pick([1e3, 1e4, 1e4, 1e5, 1e5, 5e6]);
    const sel = selection(query, r, b, 1, maxDepth, 1, budget);
    const decl = b.declarations.length ? `(${b.declarations.join(', ')})` : '';
    const text = `query Q${decl} { ${sel || '__typename'} }\n${[...b.fragments.values()].map((f) => f.text).join('\n')}`;
    out.push({ kind: broken ? 'broken' : 'valid', body: JSON.stringify({ query: text, variables: b.variables }) });
  }
  return out;
}
