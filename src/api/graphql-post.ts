/**
 * The hot path of `/graphql`: a POST of a JSON body, handed to Apollo without Express. Express's router,
 * body parser (content-type and charset parsing, iconv decoding, raw-body) and `res.send` (ETag hashing of
 * the whole body) cost about 0.2 ms of CPU per request, two thirds of an Apollo request's HTTP handling and as
 * much as a small question's whole Cypher round trip (scripts/bench: the empty request).
 *
 * Only the plain case is taken here: `POST /graphql` exactly (no query string), `Content-Type:
 * application/json` (charset utf-8 or none), no `Content-Encoding`, a `Content-Length` within the body limit,
 * and an `Accept` that Express's negotiator resolves (the same function, so the media type is the one the
 * Express path would pick). Anything else (GET, preflights, other types or encodings, chunked or oversized
 * bodies) goes to Express unchanged, so CSRF prevention (a JSON POST is never a simple request), body
 * errors and limits keep their one implementation there. CORS is the same middleware on both paths.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import express from 'express';
import { APPLICATION_JSON, GRAPHQL_RESPONSE_JSON, type ResponseMediaType } from './plugins/http-status';

type Handler = (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void;

export interface GraphqlPostOptions<C extends BaseContext> {
  apollo: ApolloServer<C>;
  context: (media: ResponseMediaType | undefined) => Promise<C>;
  /** The CORS middleware of /graphql (./cors.ts), run as on the Express path. */
  cors: Handler[];
  /** The most bytes a body may have (Express's limit for the other path). */
  maxBodyBytes: number;
}

const MEDIA_TYPES = [APPLICATION_JSON, GRAPHQL_RESPONSE_JSON];
const negotiate = express.request.accepts as unknown as (this: IncomingMessage, types: string[]) => string | false;

function jsonContent(type: string | undefined): boolean {
  if (!type) return false;
  const [media, ...params] = type.toLowerCase().split(';').map((s) => s.trim());
  return media === APPLICATION_JSON && params.every((p) => p === 'charset=utf-8' || p === 'charset="utf-8"');
}

/** The response media type Express would negotiate; `*\/*` and no Accept are application/json, as there. */
function mediaTypeOf(req: IncomingMessage): ResponseMediaType | undefined {
  const accept = req.headers.accept;
  if (accept === undefined || accept === '*/*' || accept === APPLICATION_JSON) return APPLICATION_JSON;
  return (negotiate.call(req, MEDIA_TYPES) || undefined) as ResponseMediaType | undefined;
}

function fail(res: ServerResponse, status: number, message: string, code = 'BAD_REQUEST'): void {
  const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'content-length': Buffer.byteLength(body) }).end(body);
}

function runAll(handlers: Handler[], req: IncomingMessage, res: ServerResponse, done: () => void): void {
  let i = 0;
  const next = (err?: unknown) => {
    if (err) return fail(res, 500, 'Internal server error.', 'INTERNAL_SERVER_ERROR');
    if (i < handlers.length) return handlers[i++](req, res, next);
    done();
  };
  next();
}

/** Returns a handler that answers the plain JSON POST and returns true, or returns false to leave it to Express. */
export function graphqlPost<C extends BaseContext>(o: GraphqlPostOptions<C>): (req: IncomingMessage, res: ServerResponse) => boolean {
  return (req, res) => {
    const length = Number(req.headers['content-length']);
    if (req.method !== 'POST' || req.url !== '/graphql' || !jsonContent(req.headers['content-type'])) return false;
    if (req.headers['content-encoding'] !== undefined && req.headers['content-encoding'] !== 'identity') return false;
    if (!Number.isInteger(length) || length > o.maxBodyBytes || req.headers['transfer-encoding'] !== undefined) return false;
    runAll(o.cors, req, res, () => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('error', () => res.destroy());
      req.on('end', () => void answer(o, req, res, Buffer.concat(chunks).toString('utf8')));
    });
    return true;
  };
}

async function answer<C extends BaseContext>(o: GraphqlPostOptions<C>, req: IncomingMessage, res: ServerResponse, text: string): Promise<void> {
  // As Express's json parser (strict): an empty body is {}, anything but an object or array is refused.
  let body: unknown = {};
  const first = text.trimStart()[0];
  if (first !== undefined) {
    if (first !== '{' && first !== '[') return fail(res, 400, 'The request body is not valid JSON.');
    try {
      body = JSON.parse(text);
    } catch {
      return fail(res, 400, 'The request body is not valid JSON.');
    }
  }
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  const media = mediaTypeOf(req);
  try {
    const r = await o.apollo.executeHTTPGraphQLRequest({ httpGraphQLRequest: { method: 'POST', headers, search: '', body }, context: () => o.context(media) });
    for (const [key, value] of r.headers) res.setHeader(key, value);
    res.statusCode = r.status ?? 200;
    if (r.body.kind === 'complete') {
      // Encoded once: Buffer.byteLength and then res.end(string) each walked the whole body (76 KB for NQ 57).
      const body = Buffer.from(r.body.string);
      res.setHeader('content-length', body.length);
      res.end(body);
      return;
    }
    for await (const chunk of r.body.asyncIterator) res.write(chunk);
    res.end();
  } catch {
    if (!res.headersSent) fail(res, 500, 'Internal server error.', 'INTERNAL_SERVER_ERROR');
    else res.destroy();
  }
}
