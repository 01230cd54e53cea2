/**
 * Cross-cutting behaviour, composed in one place (Envelop style): abuse limits (depth, cost, aliases,
 * tokens, field suggestions; response size and deadline in ./response-limits.ts), cache headers (./cache-headers.ts), status codes per response media type
 * (./http-status.ts), round-trip reporting, and the landing page switched off (the offline explorer lives at
 * /explorer). Depth and aliases come from graphql-armor; the token limit is graphql's own parser
 * (`MAX_TOKENS`, passed as Apollo's parseOptions in createApp); the cost limit is ./cost.ts. Error masking is
 * `formatError` in ./errors.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ValidationRule } from 'graphql';
import type { ApiContext } from '../context';
import { cacheHeadersPlugin } from './cache-headers';
import { costLimitPlugin, truncationPlugin } from './cost';
import { httpStatusPlugin } from './http-status';
import { queryOnlyPlugin } from './operations';
import { responseLimitsPlugin } from './response-limits';
import { roundTripsPlugin, type RequestStats } from './round-trips';

export interface PluginOptions {
  maxDepth: number;
  maxCost: number;
  maxPageSize: number;
  maxResponseBytes: number;
  requestTimeoutMs: number;
  cacheMaxAgeS: number;
  production: boolean;
  debugExtensions: boolean;
  onRequestStats?: (s: RequestStats) => void;
}

/** The most tokens a query may have (graphql's parser stops there with a syntax error: 400, not a crash). */
export const MAX_TOKENS = 5000;

export function composePlugins(o: PluginOptions): { plugins: ApolloServerPlugin<ApiContext>[]; validationRules: ValidationRule[] } {
  const armor = new ApolloArmor({
    maxDepth: { n: o.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    // ./cost.ts multiplies by real list bounds (variables, defaults, @listSize), which armor's cost cannot.
    costLimit: { enabled: false },
    // Aliases of __typename count like any alias (armor allows them by default).
    maxAliases: { n: 30, allowList: [] },
    maxDirectives: { n: 30 },
    // Not armor's token limit: its plugin parses in parsingDidStart and throws, which Apollo turns into a 500
    // for any syntax error. graphql's own parser enforces the limit instead (ApolloServer parseOptions).
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: o.production },
  });
  const protection = armor.protect();
  return {
    plugins: [
      ...(protection.plugins as ApolloServerPlugin<ApiContext>[]),
      queryOnlyPlugin() as ApolloServerPlugin<ApiContext>,
      costLimitPlugin(o.maxCost, o.maxPageSize) as ApolloServerPlugin<ApiContext>,
      truncationPlugin() as ApolloServerPlugin<ApiContext>,
      // First among the willSendResponse hooks: the headers and status below see its replacement body.
      responseLimitsPlugin({ maxBytes: o.maxResponseBytes, deadlineMs: o.requestTimeoutMs }),
      // Apollo's cache-control plugin (installed unless disabled) hooks every resolved field; ./cache-headers
      // gives the same headers for this schema (no @cacheControl hints) once per response.
      ApolloServerPluginCacheControlDisabled(),
      cacheHeadersPlugin(o.cacheMaxAgeS) as ApolloServerPlugin<ApiContext>,
      ApolloServerPluginLandingPageDisabled(),
      httpStatusPlugin(),
      roundTripsPlugin({ exposeInExtensions: o.debugExtensions, onRequestStats: o.onRequestStats }),
    ],
    validationRules: protection.validationRules,
  };
}

export type { RequestStats };
