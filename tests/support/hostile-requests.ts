/**
 * Seeded hostile GraphQL requests generated from the schema (issue 8's "fresh hostile-request run with a
 * different seed"): random operations over the real SDL — nested selections up to past the depth limit, lists
 * inside lists, aliases, fragments spread several times, arguments of every type with hostile values (huge,
 * negative and fractional numbers, Cypher and JSON fragments in strings, long and odd Unicode, wrong types,
 * unknown enum values), variables that do not match their declarations — plus malformed bodies. Each request
 * says nothing of what to expect: the suite holds every answer to the same rules (a status the spec allows,
 * a JSON body, never INTERNAL_SERVER_ERROR).
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

const STRINGS = [
  '', ' ', '59-NQ/TW', '57-NQ/TW', 'Hà Nội', 'ha noi', 'chuyen doi so', 'Sở Tài chính', '2025-02-30', '2025-12-31', '9999-99-99',
  "') MATCH (n) DETACH DELETE n //", '" OR 1=1 //', '`) CALL db.clearQueryCaches() //', '${x}', '{"$gt": ""}', '\\', '\u0000', '\ud800', '\u202e',
  'x'.repeat(5000), 'đ'.repeat(300), '%', '*', '.*', '(?i)', '<script>alert(1)</script>', 'doc:0000000000000000', 'Q1NWX2NvcnNvcg==', 'null',
];
const INTS = [0, 1, -1, 2, 5, 10, 50, 100, 101, 1000, -2147483648, 2147483647, 2147483648, 1e15, 0.5, NaN];
const FLOATS = [0, 0.5, 1, -1, 1.5, 1e308, -1e308, 1e-9];

function valueFor(type: GraphQLInputType, r: Rng, depth = 0): unknown {
  if (r.next() < 0.04) return r.pick<unknown>([null, 'wrong', 42, [], {}, true]); // the wrong type
  const nullable = getNullableType(type);
  if (isListType(nullable)) return Array.from({ length: r.pick([0, 1, 2, 3, 50]) }, () => valueFor(nullable.ofType, r, depth + 1));
  if (isEnumType(nullable)) return r.next() < 0.1 ? 'NOT_A_VALUE' : r.pick(nullable.getValues()).value;
  if (isInputObjectType(nullable)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(nullable.getFields())) if (isNonNullType(f.type) || (depth < 3 && r.next() < 0.4)) out[f.name] = valueFor(f.type, r, depth + 1);
    if (r.next() < 0.05) out.notAField = 1;
    return out;
  }
  if (isScalarType(nullable)) {
    switch (nullable.name) {
      case 'Int':
        return r.pick(INTS);
      case 'Float':
        return r.pick(FLOATS);
      case 'Boolean':
        return r.next() < 0.5;
      default:
        return r.pick(STRINGS);
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

interface Built {
  schema: GraphQLSchema;
  text: string;
  variables: Record<string, unknown>;
  declarations: string[];
  fragments: Map<string, string>;
}

function args(field: GraphQLField<unknown, unknown>, r: Rng, b: Built): string {
  const chosen = field.args.filter((a: GraphQLArgument) => isNonNullType(a.type) || r.next() < 0.5);
  if (!chosen.length) return '';
  return `(${chosen
    .map((a) => {
      const v = valueFor(a.type, r);
      if (r.next() < 0.3) {
        const name = `v${b.declarations.length}`;
        // Sometimes declared with a type that does not match the argument's.
        const declared = r.next() < 0.1 ? r.pick(['Int', 'String!', '[ID!]', 'Boolean']) : String(a.type);
        b.declarations.push(`$${name}: ${declared}`);
        b.variables[name] = v;
        return `${a.name}: $${name}`;
      }
      return `${a.name}: ${literal(v, a.type)}`;
    })
    .join(', ')})`;
}

function selection(type: GraphQLObjectType, r: Rng, b: Built, depth: number, maxDepth: number): string {
  const fields = Object.values(type.getFields());
  const count = 1 + r.int(Math.min(6, fields.length));
  const parts: string[] = [];
  for (let k = 0; k < count; k++) {
    const field = r.pick(fields);
    const named = getNamedType(field.type);
    const composite = isObjectType(named) || isAbstractType(named);
    if (composite && depth >= maxDepth) continue;
    const alias = r.next() < 0.15 ? `a${r.int(1000)}: ` : '';
    const head = `${alias}${field.name}${args(field, r, b)}`;
    if (isAbstractType(named)) {
      // an interface or union: its type name and the fields of one of its types
      const possible = r.pick(b.schema.getPossibleTypes(named));
      parts.push(`${head} { __typename ... on ${possible.name} { ${selection(possible, r, b, depth + 1, maxDepth) || '__typename'} } }`);
    } else if (isObjectType(named)) {
      if (r.next() < 0.1) {
        const name = `F${b.fragments.size}`;
        b.fragments.set(name, ''); // the name is taken before the fragment's own selection is built
        b.fragments.set(name, `fragment ${name} on ${named.name} { ${selection(named, r, b, depth + 1, maxDepth) || '__typename'} }`);
        const spreads = Array.from({ length: 1 + r.int(3) }, () => `...${name}`).join(' ');
        parts.push(`${head} { ${spreads} }`);
      } else parts.push(`${head} { ${selection(named, r, b, depth + 1, maxDepth) || '__typename'} }`);
    } else parts.push(head);
  }
  if (r.next() < 0.05) parts.push(`${r.pick(['t', 'x'])}${r.int(50)}: __typename`);
  return parts.join(' ');
}

export interface HostileRequest {
  body: string;
  /** What the generator made (for a failure message). */
  kind: 'operation' | 'malformed';
}

export function hostileRequests(typeDefs: string, seed: number, count: number): HostileRequest[] {
  const schema: GraphQLSchema = buildSchema(typeDefs);
  const query = schema.getQueryType()!;
  const r = prng(seed);
  const out: HostileRequest[] = [];
  for (let n = 0; n < count; n++) {
    if (r.next() < 0.08) {
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
    const b: Built = { schema, text: '', variables: {}, declarations: [], fragments: new Map() };
    const sel = selection(query, r, b, 1, 2 + r.int(14));
    const decl = b.declarations.length ? `(${b.declarations.join(', ')})` : '';
    const text = `query Q${decl} { ${sel || '__typename'} }\n${[...b.fragments.values()].join('\n')}`;
    out.push({ kind: 'operation', body: JSON.stringify({ query: text, variables: b.variables }) });
  }
  return out;
}
