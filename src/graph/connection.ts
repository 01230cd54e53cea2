/**
 * The one Neo4j driver of a process. Connection failures surface fast (short acquisition timeouts) so an
 * unreachable server gives a clear error instead of a hang.
 */
import neo4j, { Driver } from 'neo4j-driver';

export interface GraphTarget {
  uri: string;
  user: string;
  password: string;
  database?: string;
}

export class GraphUnavailableError extends Error {
  constructor(uri: string, cause: unknown) {
    super(`Neo4j at ${uri} is unreachable: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'GraphUnavailableError';
  }
}

/** `retryMs`: how long a transaction whose connection failed is retried (NEO4J_RETRY_MS; the driver's 30 s by default). */
export function createDriver(target: GraphTarget, opts: { retryMs?: number } = {}): Driver {
  return neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password), {
    ...(opts.retryMs !== undefined ? { maxTransactionRetryTime: opts.retryMs } : {}),
    connectionTimeout: 5000,
    connectionAcquisitionTimeout: 10000,
    maxConnectionPoolSize: 50,
    disableLosslessIntegers: true,
  });
}

/** Fails with GraphUnavailableError when the server does not answer. */
export async function verifyGraph(driver: Driver, target: GraphTarget): Promise<void> {
  try {
    await driver.verifyConnectivity({ database: target.database });
  } catch (err) {
    throw new GraphUnavailableError(target.uri, err);
  }
}
