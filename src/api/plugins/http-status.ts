/**
 * Status codes per the GraphQL-over-HTTP spec, which depend on the response media type:
 *
 * - `application/graphql-response+json`: a request error (parse, validation, variable coercion, cost) is 400
 *   and the body has no `data`; Apollo already does this.
 * - `application/json` (legacy clients): every well-formed request gets 200, request errors included, since
 *   such clients read the status as "the HTTP exchange worked". Apollo answers 400 regardless, so we undo it.
 *
 * And one rule of our own, for both media types: when Neo4j is unreachable for the whole request (every error
 * is SERVICE_UNAVAILABLE and no root field produced data) the answer is 503 with Retry-After, so load
 * balancers and retrying clients see an outage; a whole-request QUERY_TIMEOUT is 504. A partial failure (some
 * fields answered) stays 200: the data is worth having and the errors say what is missing.
 *
 * The media type is negotiated here (the same negotiator Express and Apollo use) and set on the response, so
 * the status and the content type can never disagree.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { ApiContext } from '../context';

export const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json';
export const APPLICATION_JSON = 'application/json';
export type ResponseMediaType = typeof GRAPHQL_RESPONSE_JSON | typeof APPLICATION_JSON;

/** Codes of errors raised before execution that the spec calls request errors (no `data` in the body). */
const REQUEST_ERROR_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'QUERY_TOO_COSTLY', 'OPERATION_RESOLUTION_FAILURE']);

const codeOf = (e: GraphQLFormattedError) => e.extensions?.code;

/** True when no root field (bar `__typename`) produced a value. */
function noData(data: Record<string, unknown> | null | undefined): boolean {
  if (data == null) return true;
  return Object.entries(data).every(([k, v]) => k === '__typename' || v === null);
}

export function httpStatusPlugin(): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const mediaType = contextValue?.responseMediaType;
          if (mediaType) response.http.headers.set('content-type', `${mediaType}; charset=utf-8`);
          if (response.body.kind !== 'single') return;
          const { errors, data } = response.body.singleResult;
          if (!errors?.length) return;

          if (noData(data)) {
            const codes = new Set(errors.map(codeOf));
            if (codes.size === 1 && codes.has('SERVICE_UNAVAILABLE')) {
              response.http.status = 503;
              response.http.headers.set('retry-after', '5');
              return;
            }
            if (codes.size === 1 && codes.has('QUERY_TIMEOUT')) {
              response.http.status = 504;
              return;
            }
          }

          // A request error (the body has no data) for a legacy application/json client: 200, not 400.
          if (
            mediaType === APPLICATION_JSON &&
            response.http.status === 400 &&
            !('data' in response.body.singleResult) &&
            errors.every((e) => REQUEST_ERROR_CODES.has(String(codeOf(e))))
          ) {
            response.http.status = 200;
          }
        },
      };
    },
  };
}
