/**
 * Error masking: what a client may see. Our own GraphQLErrors (BAD_USER_INPUT, SERVICE_UNAVAILABLE,
 * QUERY_TIMEOUT, validation) pass through; anything else becomes INTERNAL_SERVER_ERROR with a generic message
 * in production, and is logged with its stack on the server.
 */
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from '../../logger';
import { isUnavailable } from '../errors';

const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'SERVICE_UNAVAILABLE',
  'QUERY_TIMEOUT',
  'QUERY_TOO_COSTLY',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  'RESPONSE_TOO_LARGE',
  'REQUEST_TIMEOUT',
]);

/** Apollo's APQ check raises this without a code; it is a client error, not a server fault. */
const APQ_MISMATCH = 'provided sha does not match query';

export function formatError(production: boolean, logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    if (formatted.message === APQ_MISMATCH) {
      return { message: 'The persisted query hash does not match the query text (extensions.persistedQuery.sha256Hash).', extensions: { code: 'BAD_REQUEST' } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && CLIENT_CODES.has(code)) {
      if (!production) return formatted;
      const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    const original = unwrapResolverError(error);
    if (isUnavailable(original)) {
      return {
        message: 'The graph database is unavailable; try again shortly.',
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      };
    }
    logger.error({ err: original, path: formatted.path }, 'graphql: internal error');
    if (!production) return formatted;
    return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
