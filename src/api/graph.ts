/**
 * Per-request access to Neo4j. Every round trip goes through `run(name, params)`: it names the query (from
 * `cypher/queries/`), counts the round trip (exposed as `extensions.roundTrips` and to tests), and enforces
 * the request's time budget both in Neo4j (transaction timeout) and locally (a timer), so a slow or
 * unreachable database yields an error instead of a hang.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { query } from './cypher';
import { isTransactionTimeout, isUnavailable, timedOut, unavailable } from './errors';

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
    let timer: NodeJS.Timeout | undefined;
    const local = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(timedOut(this.timeoutMs)), remaining + 250);
    });
    try {
      // An auto-commit read: unlike executeQuery it does not retry for 30 s when the server is down, so an
      // unreachable Neo4j surfaces at once as SERVICE_UNAVAILABLE.
      const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
      try {
        const result = await Promise.race([session.run(query(name), params, { timeout: Math.max(1, remaining) }), local]);
        stat.rows = result.records.length;
        return result.records.map((r) => r.toObject() as Row);
      } finally {
        void session.close().catch(() => undefined);
      }
    } catch (err) {
      // Past the request's deadline the query was cut by our budget, whatever the driver reports for it (a
      // session closed at the local timer while the server times the transaction out can fail with a protocol
      // complaint). Not the whole story: under load `npm run soak` also saw "Message of type DiscardMessage
      // cannot be handled by a session in the READY state" within the budget (an internal error, open; see
      // the notes).
      if (isTransactionTimeout(err) || Date.now() >= this.deadline) throw timedOut(this.timeoutMs);
      if (isUnavailable(err)) throw unavailable();
      throw err;
    } finally {
      clearTimeout(timer);
      stat.ms = performance.now() - started;
    }
  }
}
