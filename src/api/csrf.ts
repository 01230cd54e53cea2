/**
 * CSRF prevention for POST. A browser can send a cross-site POST without a CORS preflight only with a
 * "simple" content type (text/plain, application/x-www-form-urlencoded, multipart/form-data) or none; such
 * requests are refused unless they carry a header no simple request can set (`x-apollo-operation-name`,
 * `apollo-require-preflight`, `graphql-preflight`). GET stays open so services can cache queries: the API
 * has no mutations, and Apollo refuses mutations over GET anyway.
 */
import type { NextFunction, Request, Response } from 'express';

const SIMPLE_TYPES = new Set(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']);
const PREFLIGHT_HEADERS = ['x-apollo-operation-name', 'apollo-require-preflight', 'graphql-preflight'];

export function csrfPrevention(req: Request, res: Response, next: NextFunction): void {
  if (req.method !== 'POST') return next();
  const raw = req.headers['content-type'];
  const mediaType = raw ? raw.split(';')[0].trim().toLowerCase() : '';
  const simple = mediaType === '' || SIMPLE_TYPES.has(mediaType);
  if (!simple || PREFLIGHT_HEADERS.some((h) => req.headers[h] !== undefined)) return next();
  res.status(400).json({
    errors: [
      {
        message:
          'This request has been blocked as a potential Cross-Site Request Forgery (CSRF). Send it with ' +
          '"Content-Type: application/json", or add a non-empty "apollo-require-preflight" header.',
        extensions: { code: 'BAD_REQUEST' },
      },
    ],
  });
}
