/**
 * The cost limit: a bound on how many values a response can hold, computed before any database work.
 *
 * graphql-query-complexity walks the operation with its variables and schema defaults applied; our estimator
 * counts every field (scalars and `__typename` included, so aliases cost like any field) and multiplies a
 * list's subtree by its real bound: `first` (capped by MAX_PAGE_SIZE, which the resolvers enforce), the number
 * of `ids`, or the list's declared `@listSize(assumedSize:)`, which `boundLists` makes true by cutting longer
 * lists. A cut list is never silent: the response says which field was cut, where, and to what bound, in
 * `extensions.truncated` (`truncationPlugin`). `edges` / `nodes` of a connection are sized by the
 * connection's `first`, counted once there.
 * Fragments are re-walked per spread, so the walk is bounded by `MAX_COST_NODES` expanded selections: a
 * fragment bomb stops there in milliseconds (linear in that bound) as QUERY_TOO_COSTLY.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import {
  buildASTSchema,
  defaultFieldResolver,
  getNullableType,
  GraphQLError,
  type GraphQLResolveInfo,
  isListType,
  isObjectType,
  parse,
  responsePathAsArray,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLNamedType,
  type GraphQLSchema,
  type GraphQLType,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';

/** Selections the cost walk visits at most (fragments expanded); past it the query is refused. */
export const MAX_COST_NODES = 5_000;

/** Assumed size of a list that declares none (a test requires every list field to declare one). */
export const UNDECLARED_LIST_SIZE = 100;

/** The `@listSize(assumedSize:)` a field declares in the SDL, if any. */
export function declaredListSize(field: { astNode?: GraphQLField<unknown, unknown>['astNode'] }): number | undefined {
  const directive = field.astNode?.directives?.find((d) => d.name.value === 'listSize');
  const arg = directive?.arguments?.find((a) => a.name.value === 'assumedSize');
  return arg && arg.value.kind === 'IntValue' ? Number(arg.value.value) : undefined;
}

const isList = (type: GraphQLType) => isListType(getNullableType(type));

function estimator(maxPageSize: number): ComplexityEstimator {
  return ({ field, args, childComplexity, type }) => {
    const own = 1 + childComplexity;
    if (typeof args.first === 'number') return 1 + Math.min(Math.max(args.first, 1), maxPageSize) * childComplexity;
    if (!isList(field.type)) return own;
    if (Array.isArray(args.ids)) return args.ids.length * own;
    // A connection's page: already multiplied by the connection field's `first`.
    if ((type as GraphQLNamedType).name.endsWith('Connection') && (field.name === 'edges' || field.name === 'nodes')) return own;
    return (declaredListSize(field) ?? UNDECLARED_LIST_SIZE) * own;
  };
}

export function tooCostly(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COSTLY', ...extensions, http: { status: 400 } } });
}

export function queryCost(
  schema: GraphQLSchema,
  document: Parameters<typeof getComplexity>[0]['query'],
  variables: Record<string, unknown>,
  operationName: string | undefined,
  maxPageSize: number,
): number {
  return getComplexity({ schema, query: document, variables, operationName, estimators: [estimator(maxPageSize)], maxQueryNodes: MAX_COST_NODES });
}

/** Costs remembered per parsed operation, by operation name and variables: at most this many per operation, keys this long. */
const COSTS_PER_DOCUMENT = 64;
const COST_KEY_CHARS = 2048;

export function costLimitPlugin(maxCost: number, maxPageSize: number): ApolloServerPlugin {
  // Apollo keeps one parsed DocumentNode per query text (its document store), so a dashboard asking the same
  // question again finds its cost here instead of walking the operation again; a document dropped from
  // Apollo's store is dropped from this map with it.
  const costs = new WeakMap<object, Map<string, number>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const key = JSON.stringify([operation.name?.value ?? null, request.variables ?? {}]);
          let known = costs.get(document);
          let cost = known?.get(key);
          if (cost === undefined) {
            try {
              cost = queryCost(schema, document, request.variables ?? {}, operation.name?.value, maxPageSize);
            } catch (err) {
              // Besides the expanded-size bound, the walk only throws for variables that do not coerce: execution
              // refuses those (BAD_USER_INPUT naming the variable) before any resolver runs, so no cost is spent.
              const message = err instanceof Error ? err.message : String(err);
              if (!/maximum allowed number of nodes/.test(message)) return;
              throw tooCostly(`The query expands to more than ${MAX_COST_NODES} fields (fragments counted once per spread); simplify it.`, { maxCost });
            }
            if (key.length <= COST_KEY_CHARS) {
              if (!known) costs.set(document, (known = new Map()));
              if (known.size >= COSTS_PER_DOCUMENT) known.clear();
              known.set(key, cost);
            }
          }
          if (cost > maxCost) {
            throw tooCostly(`Query cost ${Math.round(cost)} exceeds the limit of ${maxCost} (MAX_QUERY_COST): it could return that many values. Ask for smaller pages or fewer nested lists.`, {
              cost: Math.round(cost),
              maxCost,
            });
          }
        },
      };
    },
  };
}

type ResolverMap = Record<string, Record<string, unknown>>;

/** Lists cut to their declared size in one response, by field. */
export interface Truncation {
  /** "Document.citedBy" */
  field: string;
  /** The declared `@listSize`: each of these lists holds that many items of a longer list. */
  bound: number;
  /** How many lists of that field were cut. */
  count: number;
  /** Response paths of the first PATHS_PER_FIELD of them ("documents", "nodes", 0, "citedBy"). */
  paths: (string | number)[][];
}

const PATHS_PER_FIELD = 10;
/** Per request (its context object): the lists cut so far. */
const truncations = new WeakMap<object, Map<string, Truncation>>();

function noteTruncation(context: unknown, field: string, bound: number, info: Partial<GraphQLResolveInfo> | undefined): void {
  if (typeof context !== 'object' || context === null) return;
  let byField = truncations.get(context);
  if (!byField) truncations.set(context, (byField = new Map()));
  let t = byField.get(field);
  if (!t) byField.set(field, (t = { field, bound, count: 0, paths: [] }));
  t.count++;
  if (info?.path && t.paths.length < PATHS_PER_FIELD) t.paths.push(responsePathAsArray(info.path));
}

/** The lists `boundLists` cut while resolving the request with this context. */
export function truncatedLists(context: object): Truncation[] {
  return [...(truncations.get(context)?.values() ?? [])];
}

/**
 * Says in the response which lists were cut to their declared size (`extensions.truncated`), so a client
 * never takes a cut list for the whole: `[{ field: "Document.citedBy", bound: 500, count: 1, paths: [[…]] }]`.
 */
export function truncationPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const cut = contextValue ? truncatedLists(contextValue) : [];
          if (cut.length === 0 || response.body.kind !== 'single') return;
          response.body.singleResult.extensions = { ...response.body.singleResult.extensions, truncated: cut };
        },
      };
    },
  };
}

/**
 * Makes each `@listSize(assumedSize: n)` true: the field's resolver (or the default one) returns at most n
 * items, so the cost above is a real bound; each cut is noted for `truncationPlugin`. Returns a new resolver
 * map; the given one is not changed.
 */
export function boundLists(typeDefs: string, resolvers: ResolverMap): ResolverMap {
  const schema = buildASTSchema(parse(typeDefs), { assumeValidSDL: true });
  const out: ResolverMap = { ...resolvers };
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const max = declaredListSize(field);
      if (max === undefined) continue;
      const typeResolvers = { ...(out[type.name] ?? {}) };
      const original = (typeResolvers[field.name] as GraphQLFieldResolver<unknown, unknown> | undefined) ?? defaultFieldResolver;
      const name = `${type.name}.${field.name}`;
      const cut = (v: unknown, ctx: unknown, info: GraphQLResolveInfo) => {
        if (!Array.isArray(v) || v.length <= max) return v;
        noteTruncation(ctx, name, max, info);
        return v.slice(0, max);
      };
      // No closure per call unless the value is a promise: under tsx every closure created also pays a
      // `__name` (esbuild's keepNames), which cost 0.4 ms of a page of 100 tasks with their relations.
      typeResolvers[field.name] = (source: unknown, args: unknown, ctx: unknown, info: GraphQLResolveInfo) => {
        const result = original(source, args as Record<string, unknown>, ctx, info);
        return result instanceof Promise ? result.then((v: unknown) => cut(v, ctx, info)) : cut(result, ctx, info);
      };
      out[type.name] = typeResolvers;
    }
  }
  return out;
}
