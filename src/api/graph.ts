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
}

export type Row = Record<string, unknown>;

export class RequestGraph {
  readonly stats: QueryStat[] = [];
  private readonly deadline: number;

  constructor(
    private readonly driver: Driver,
    private readonly timeoutMs: number,
    private readonly database?: string,
  ) {
    this.deadline = Date.now() + timeoutMs;
  }

  get roundTrips(): number {
    return this.stats.length;
  }

  async run(name: string, params: Record<string, unknown>): Promise<Row[]> {
    const remaining = this.deadline - Date.now();
    if (remaining <= 0) throw timedOut(this.timeoutMs);
    const started = Date.now();
    const stat: QueryStat = { name, ms: 0, rows: 0 };
    this.stats.push(stat);
    let timer: NodeJS.Timeout | undefined;
    const local = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(timedOut(this.timeoutMs)), remaining + 250);
    });
    try {
      const result = await Promise.race([
        this.driver.executeQuery(query(name), params, {
          database: this.database,
          routing: neo4j.routing.READ,
          transactionConfig: { timeout: Math.max(1, remaining) },
        }),
        local,
      ]);
      stat.rows = result.records.length;
      return result.records.map((r) => r.toObject() as Row);
    } catch (err) {
      if (isTransactionTimeout(err)) throw timedOut(this.timeoutMs);
      if (isUnavailable(err)) throw unavailable();
      throw err;
    } finally {
      clearTimeout(timer);
      stat.ms = Date.now() - started;
    }
  }
}
