/**
 * Per-request state: the counted Neo4j access, the DataLoaders built on it, and the request's limits.
 */
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config';
import { RequestGraph } from './graph';
import { createLoaders, type Loaders } from './loaders';
import type { ResponseMediaType } from './plugins/http-status';

export interface ApiContext {
  graph: RequestGraph;
  loaders: Loaders;
  maxPageSize: number;
  /** The response media type negotiated from `Accept` (undefined: none acceptable, Apollo answers 406). */
  responseMediaType?: ResponseMediaType;
}

export interface ContextOptions {
  driver: Driver;
  config: Pick<Config, 'QUERY_TIMEOUT_MS' | 'MAX_PAGE_SIZE' | 'NEO4J_DATABASE'>;
  /** Keep each query's parameters in the request stats (bench replay). */
  recordParams?: boolean;
  responseMediaType?: ResponseMediaType;
}

export function createContext({ driver, config, recordParams, responseMediaType }: ContextOptions): ApiContext {
  const graph = new RequestGraph(driver, config.QUERY_TIMEOUT_MS, config.NEO4J_DATABASE, recordParams);
  return { graph, loaders: createLoaders(graph), maxPageSize: config.MAX_PAGE_SIZE, responseMediaType };
}
