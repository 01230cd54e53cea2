/**
 * Per-request bounds on execution, after the static cost limit (./cost.ts) let a query in: the response may
 * hold at most `maxBytes` of values, and resolving must finish within `deadlineMs` of the request's start.
 *
 * Every resolved field (the default resolvers too: `limitFields` wraps every field of the schema's resolver
 * map) adds its key and, for strings, its UTF-8 length to a running count and checks the clock. Past either
 * bound the fields not yet resolved fail at once (no further Cypher, no further values), and the response is
 * replaced by one error: 413 RESPONSE_TOO_LARGE or 503 REQUEST_TIMEOUT. Serialisation is then bounded too,
 * since Apollo only serialises what stayed under `maxBytes`. Cost per field: one clock read and one addition
 * (a wrapper of our own rather than Apollo's willResolveField hook, which costs a dispatch over every plugin
 * and a closure per field: close to half of the execution of a page of 100 tasks with their relations).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { buildASTSchema, defaultFieldResolver, GraphQLError, isObjectType, parse, type GraphQLFieldResolver, type GraphQLResolveInfo } from 'graphql';
import type { ApiContext } from '../context';

export interface ResponseLimits {
  maxBytes: number;
  deadlineMs: number;
}

type Exceeded = 'RESPONSE_TOO_LARGE' | 'REQUEST_TIMEOUT';

interface RequestLimits {
  maxBytes: number;
  deadline: number;
  bytes: number;
  exceeded: Exceeded | null;
}

/** Per request (its context object): what it has used of its limits. */
const requests = new WeakMap<object, RequestLimits>();

const stop = (r: RequestLimits) => new GraphQLError('request stopped: over its limits', { extensions: { code: r.exceeded } });

function counted(r: RequestLimits, result: unknown): void {
  if (typeof result === 'string') r.bytes += Buffer.byteLength(result) + 2;
  else if (result !== null && typeof result !== 'object') r.bytes += 8;
  if (r.bytes > r.maxBytes && !r.exceeded) r.exceeded = 'RESPONSE_TOO_LARGE';
}

type ResolverMap = Record<string, Record<string, unknown>>;

/**
 * Wraps every object field's resolver (or the default one) so that resolving it counts against its request's
 * limits (`responseLimitsPlugin`). Returns a new resolver map; the given one is not changed. A request the
 * plugin does not know (no plugin installed) is not limited.
 */
export function limitFields(typeDefs: string, resolvers: ResolverMap): ResolverMap {
  const schema = buildASTSchema(parse(typeDefs), { assumeValidSDL: true });
  const out: ResolverMap = { ...resolvers };
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const typeResolvers = { ...(out[type.name] ?? {}) };
    for (const field of Object.values(type.getFields())) {
      const original = (typeResolvers[field.name] as GraphQLFieldResolver<unknown, unknown> | undefined) ?? defaultFieldResolver;
      typeResolvers[field.name] = (source: unknown, args: Record<string, unknown>, ctx: object, info: GraphQLResolveInfo) => {
        const r = requests.get(ctx);
        if (!r) return original(source, args, ctx, info);
        if (r.exceeded) throw stop(r);
        if (Date.now() > r.deadline) {
          r.exceeded = 'REQUEST_TIMEOUT';
          throw stop(r);
        }
        r.bytes += typeof info.path.key === 'string' ? info.path.key.length + 4 : 1;
        const result = original(source, args, ctx, info);
        if (result instanceof Promise) {
          return result.then((v: unknown) => {
            counted(r, v);
            return v;
          });
        }
        counted(r, result);
        return result;
      };
    }
    out[type.name] = typeResolvers;
  }
  return out;
}

export function responseLimitsPlugin(limits: ResponseLimits): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart({ contextValue }) {
      const r: RequestLimits = { maxBytes: limits.maxBytes, deadline: Date.now() + limits.deadlineMs, bytes: 0, exceeded: null };
      if (contextValue) requests.set(contextValue, r);
      return {
        async willSendResponse({ response }) {
          if (!r.exceeded || response.body.kind !== 'single') return;
          const tooLarge = r.exceeded === 'RESPONSE_TOO_LARGE';
          const message = tooLarge
            ? `The response would exceed ${limits.maxBytes} bytes (MAX_RESPONSE_BYTES); ask for smaller pages or fewer fields.`
            : `The request did not finish within ${limits.deadlineMs} ms (REQUEST_TIMEOUT_MS); ask for less, or try again later.`;
          response.body.singleResult = { errors: [{ message, extensions: { code: r.exceeded } }] };
          response.http.status = tooLarge ? 413 : 503;
          if (!tooLarge) response.http.headers.set('retry-after', '5');
        },
      };
    },
  };
}
