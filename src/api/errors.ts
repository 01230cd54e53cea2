/**
 * The errors clients see. Every error carries a stable `extensions.code`; internals (Cypher, stack traces,
 * driver messages) never reach a client in production.
 */
import { GraphQLError } from 'graphql';

export function badInput(argument: string, message: string): GraphQLError {
  return new GraphQLError(`Invalid argument "${argument}": ${message}`, {
    extensions: { code: 'BAD_USER_INPUT', argumentName: argument },
  });
}

// No `extensions.http` on these two: Apollo would apply it even when other fields answered. The status
// (503 / 504 only when the whole request failed) is decided once per response in plugins/http-status.ts.
export function unavailable(): GraphQLError {
  return new GraphQLError('The graph database is unavailable; try again shortly.', {
    extensions: { code: 'SERVICE_UNAVAILABLE' },
  });
}

/** The database stopped the query (an operator's or a load-shedding TERMINATE TRANSACTIONS): no fault of ours, try again. */
export function terminated(): GraphQLError {
  return new GraphQLError('The graph database stopped this query (its transaction was terminated); try again shortly.', {
    extensions: { code: 'SERVICE_UNAVAILABLE' },
  });
}

export function timedOut(ms: number): GraphQLError {
  return new GraphQLError(`The query took longer than the server limit of ${ms} ms.`, {
    extensions: { code: 'QUERY_TIMEOUT' },
  });
}

/** Driver error codes that mean "cannot reach the database", as opposed to a bad query. */
const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.ClientError.Security.Unauthorized']);

export function isUnavailable(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
  const message = err instanceof Error ? err.message : '';
  return /ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|Failed to connect|Could not perform discovery|connection acquisition timed out/i.test(message);
}

export function isTransactionTimeout(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /TransactionTimedOut|Transaction\.TransactionTimedOut/i.test(code);
}

/** "Neo.TransientError.Transaction.Terminated" / "Neo.ClientError.Transaction.Terminated": the server ended the transaction. */
export function isTerminated(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^Neo\.(?:Transient|Client)Error\.Transaction\.(?:Terminated|LockClientStopped)$/u.test(code);
}
