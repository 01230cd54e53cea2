/**
 * Per-request bounds on execution, after the static cost limit (./cost.ts) let a query in: the response may
 * hold at most `maxBytes` of values, and resolving must finish within `deadlineMs` of the request's start.
 *
 * Every resolved field (the default resolvers too: Apollo wraps them all once a plugin hooks fields) adds its
 * key and, for strings, its UTF-8 length to a running count and checks the clock. Past either bound the
 * fields not yet resolved fail at once (no further Cypher, no further values), and the response is replaced
 * by one error: 413 RESPONSE_TOO_LARGE or 503 REQUEST_TIMEOUT. Serialisation is then bounded too, since
 * Apollo only serialises what stayed under `maxBytes`. Cost per field: one clock read and one addition.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { ApiContext } from '../context';

export interface ResponseLimits {
  maxBytes: number;
  deadlineMs: number;
}

type Exceeded = 'RESPONSE_TOO_LARGE' | 'REQUEST_TIMEOUT';

export function responseLimitsPlugin(limits: ResponseLimits): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      const deadline = Date.now() + limits.deadlineMs;
      let bytes = 0;
      let exceeded: Exceeded | null = null;
      const stop = () => new GraphQLError('request stopped: over its limits', { extensions: { code: exceeded } });
      return {
        async executionDidStart() {
          return {
            willResolveField({ info }) {
              if (exceeded) throw stop();
              if (Date.now() > deadline) {
                exceeded = 'REQUEST_TIMEOUT';
                throw stop();
              }
              bytes += typeof info.path.key === 'string' ? info.path.key.length + 4 : 1;
              return (_err, result) => {
                if (typeof result === 'string') bytes += Buffer.byteLength(result) + 2;
                else if (result !== null && typeof result !== 'object') bytes += 8;
                if (bytes > limits.maxBytes && !exceeded) exceeded = 'RESPONSE_TOO_LARGE';
              };
            },
          };
        },
        async willSendResponse({ response }) {
          if (!exceeded || response.body.kind !== 'single') return;
          const tooLarge = exceeded === 'RESPONSE_TOO_LARGE';
          const message = tooLarge
            ? `The response would exceed ${limits.maxBytes} bytes (MAX_RESPONSE_BYTES); ask for smaller pages or fewer fields.`
            : `The request did not finish within ${limits.deadlineMs} ms (REQUEST_TIMEOUT_MS); ask for less, or try again later.`;
          response.body.singleResult = { errors: [{ message, extensions: { code: exceeded } }] };
          response.http.status = tooLarge ? 413 : 503;
          if (!tooLarge) response.http.headers.set('retry-after', '5');
        },
      };
    },
  };
}
