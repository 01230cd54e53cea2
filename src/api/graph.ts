/**
 * Per-request access to Neo4j. Every round trip goes through `run(name, params)`: it names the query (from
 * `cypher/queries/`), counts the round trip (exposed as `extensions.roundTrips` and to tests), and enforces
 * the request's time budget both in Neo4j (transaction timeout) and locally (a timer), so a slow or
 * unreachable database yields an error instead of a hang.
 */
import { GraphQLError } from 'graphql';
import neo4j, { type Driver } from 'neo4j-driver';
import { query } from './cypher';
import { isTerminated, isTransactionTimeout, isUnavailable, terminated, timedOut, unavailable } from './errors';

export interface QueryStat {
  name: string;
  ms: number;
  rows: number;
  /** Milliseconds since the request's first query started (for replaying waves of parallel queries). */
  startedAt: number;
  /** The parameters, only when the graph records them (bench replay). */
  params?: Record<string, unknown>;
}

export type Row = Record<string, unknown>;

export class RequestGraph {
  readonly stats: QueryStat[] = [];
  private readonly deadline: number;

  constructor(
    private readonly driver: Driver,
    private readonly timeoutMs: number,
    private readonly database?: string,
    private readonly recordParams = false,
  ) {
    this.deadline = Date.now() + timeoutMs;
    this.origin = performance.now();
  }

  private readonly origin: number;

  get roundTrips(): number {
    return this.stats.length;
  }

  async run(name: string, params: Record<string, unknown>): Promise<Row[]> {
    const remaining = this.deadline - Date.now();
    if (remaining <= 0) throw timedOut(this.timeoutMs);
    const started = performance.now();
    const stat: QueryStat = { name, ms: 0, rows: 0, startedAt: started - this.origin, ...(this.recordParams ? { params } : {}) };
    this.stats.push(stat);
    try {
      const rows = await readRows(this.driver, query(name, params), params, { timeoutMs: remaining, database: this.database });
      stat.rows = rows.length;
      return rows;
    } catch (err) {
      // Past the request's deadline the query was cut by our budget, whatever the driver reports for it.
      if (Date.now() >= this.deadline || (err instanceof GraphQLError && err.extensions.code === 'QUERY_TIMEOUT')) throw timedOut(this.timeoutMs);
      throw err;
    } finally {
      stat.ms = performance.now() - started;
    }
  }
}

/** How long past the server's timeout the caller waits for the run before answering QUERY_TIMEOUT itself. */
const LOCAL_GRACE_MS = 250;

/**
 * One auto-commit read of every row, bounded by `timeoutMs`: the transaction timeout ends it in Neo4j, and a
 * local timer rejects the caller LOCAL_GRACE_MS later if the answer has not come (a hung or unreachable
 * server, or rows still streaming to a busy process). Either is QUERY_TIMEOUT; a server that cannot be
 * reached is SERVICE_UNAVAILABLE; any other error is the driver's.
 *
 * The session is closed only once its run has settled, never at the local timer. Closing a session whose
 * result is still streaming makes neo4j-driver 6 send RESET while a PULL is in flight; the PULL's
 * `has_more` then arrives and the cancelled stream sends DISCARD after the RESET, which the server, READY
 * again, fails ("Message of type DiscardMessage cannot be handled by a session in the READY state") —
 * after the RESET's SUCCESS has already put the connection back in the pool. The next query on that
 * connection then fails with that error or hangs on the connection the failure destroys
 * (tests/integration/api/query-deadline.test.ts). Left to settle, the run ends by itself: with its rows,
 * with the server's transaction timeout, or, for a server that stopped answering, when the driver's receive
 * timeout (the server's `connection.recv_timeout_seconds` hint, 120 s by default) breaks the connection;
 * until then the session keeps its connection, so at most the pool's size of them wait.
 */
export async function readRows(
  driver: Driver,
  cypherText: string,
  params: Record<string, unknown>,
  { timeoutMs, database }: { timeoutMs: number; database?: string },
): Promise<Row[]> {
  // An auto-commit read: unlike executeQuery it does not retry for 30 s when the server is down, so an
  // unreachable Neo4j surfaces at once as SERVICE_UNAVAILABLE.
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  // The driver captures and formats a stack trace for every query (to point a failed query's error at its
  // caller); under source maps (tsx) formatting its frames cost about as much as decoding a small answer.
  // None is captured here: a failed query is reported with its GraphQL path (formatError) instead.
  const stackTraceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  let result: ReturnType<typeof session.run>;
  try {
    result = session.run(cypherText, params, { timeout: Math.max(1, Math.ceil(timeoutMs)) });
  } finally {
    Error.stackTraceLimit = stackTraceLimit;
  }
  void result
    .then(
      () => undefined,
      () => undefined,
    )
    .then(() => session.close())
    .catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  const local = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(timedOut(timeoutMs)), timeoutMs + LOCAL_GRACE_MS);
  });
  try {
    const { records } = await Promise.race([result, local]);
    return records.map((r) => r.toObject() as Row);
  } catch (err) {
    if (isTransactionTimeout(err)) throw timedOut(timeoutMs);
    if (isUnavailable(err)) throw unavailable();
    if (isTerminated(err)) throw terminated();
    throw err;
  } finally {
    clearTimeout(timer);
  }
}