/**
 * CORS for dashboards served from another origin (expressjs/cors). Only origins in CORS_ORIGINS get CORS
 * headers; any other origin gets none (the browser then blocks the response), and an empty list means same
 * origin only. No credentials: the API is public and read-only, so cookies are never needed. Preflights
 * must allow the headers Apollo clients send to pass CSRF prevention (./csrf.ts).
 */
import cors from 'cors';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

export const CORS_ALLOWED_HEADERS = ['content-type', 'apollo-require-preflight', 'x-apollo-operation-name', 'graphql-preflight', 'apollographql-client-name', 'apollographql-client-version'];
/** Response headers a page may read: the export's file name, and caching. */
export const CORS_EXPOSED_HEADERS = ['content-disposition', 'cache-control'];
const PREFLIGHT_MAX_AGE_S = 600;

export function corsMiddleware(allowlist: readonly string[]): RequestHandler[] {
  const any = allowlist.includes('*');
  const allowed = new Set(allowlist.map((o) => o.toLowerCase()));
  const handler = cors({
    origin: (origin, callback) => callback(null, origin !== undefined && (any || allowed.has(origin.toLowerCase())) ? origin : false),
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: CORS_ALLOWED_HEADERS,
    exposedHeaders: CORS_EXPOSED_HEADERS,
    credentials: false,
    maxAge: PREFLIGHT_MAX_AGE_S,
    optionsSuccessStatus: 204,
  });
  // The answer depends on Origin whenever an allowlist is set, also for origins that get no CORS headers
  // (cors skips Vary for those), so a shared cache never serves one origin's answer to another.
  // Plain Node objects (the JSON POST path, ./graphql-post.ts, runs these without Express).
  const vary = (_req: IncomingMessage, res: ServerResponse, next: NextFunction) => {
    if (allowed.size > 0) {
      const v = String(res.getHeader('vary') ?? '');
      if (!/(^|,)\s*(origin|\*)\s*(,|$)/i.test(v)) res.setHeader('vary', v ? `${v}, Origin` : 'Origin');
    }
    next();
  };
  // A preflight from an origin that is not allowed still gets an answer (204, no CORS headers) rather than
  // falling through to GraphQL, which would call OPTIONS a bad method.
  const preflight = (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'OPTIONS') return next();
    res.set('Allow', 'GET, POST, OPTIONS').status(204).end();
  };
  return [vary as unknown as RequestHandler, handler, preflight];
}
