/**
 * Reports what a request cost in Neo4j round trips: to `onRequestStats` (tests, bench) and, when debug
 * extensions are on, in the response as `extensions.roundTrips` / `extensions.queries` / `extensions.durationMs`.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { ApiContext } from '../context';
import type { QueryStat } from '../graph';

export interface RequestStats {
  operationName: string | null;
  roundTrips: number;
  queries: QueryStat[];
  durationMs: number;
}

export function roundTripsPlugin(opts: { exposeInExtensions: boolean; onRequestStats?: (s: RequestStats) => void }): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ contextValue, response, operationName }) {
          const graph = contextValue?.graph;
          if (!graph) return;
          const stats: RequestStats = {
            operationName: operationName ?? null,
            roundTrips: graph.roundTrips,
            queries: graph.stats,
            durationMs: performance.now() - started,
          };
          opts.onRequestStats?.(stats);
          if (opts.exposeInExtensions && response.body.kind === 'single') {
            response.body.singleResult.extensions = {
              ...response.body.singleResult.extensions,
              roundTrips: stats.roundTrips,
              queries: stats.queries.map((q) => q.name),
              durationMs: stats.durationMs,
            };
          }
        },
      };
    },
  };
}
