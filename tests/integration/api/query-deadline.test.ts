/**
 * A query cut by its deadline while its rows are still streaming must leave its pooled connection clean.
 * With one connection in the pool the next query is bound to get the same one, so a connection left with a
 * stray DISCARD (sent after the session's RESET when the session was closed mid-stream) shows at once: the
 * next query fails with "Message of type DiscardMessage cannot be handled by a session in the READY state"
 * or hangs on the connection that failure destroys. Under load this was a 500 (or a 504 / 503 for a
 * healthy database) for someone else's request.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { readRows } from '../../../src/api/graph';

// Streams in PULL batches of 1,000 rows for seconds: the 150 ms deadline always falls mid-stream.
const LONG_STREAM = 'UNWIND range(1, 3000000) AS i RETURN i';

describe('a query cut by its deadline mid-stream', () => {
  let driver: Driver;
  beforeAll(() => {
    driver = neo4j.driver(process.env.TEST_NEO4J_URI!, neo4j.auth.basic(process.env.TEST_NEO4J_USER!, process.env.TEST_NEO4J_PASSWORD!), {
      maxConnectionPoolSize: 1,
      connectionAcquisitionTimeout: 20000,
      disableLosslessIntegers: true,
    });
  });
  afterAll(() => driver.close());

  it('answers QUERY_TIMEOUT near its deadline, and the next query on the same connection answers', async () => {
    for (let round = 0; round < 5; round++) {
      const started = Date.now();
      await expect(readRows(driver, LONG_STREAM, {}, { timeoutMs: 150 })).rejects.toMatchObject({ extensions: { code: 'QUERY_TIMEOUT' } });
      // The caller is not kept waiting for the stream to end: the local timer answers 250 ms after the deadline.
      expect(Date.now() - started).toBeLessThan(3000);
      // The one connection is handed on once the server has ended the first transaction (its timeout).
      await expect(readRows(driver, 'RETURN $round AS round', { round }, { timeoutMs: 15000 })).resolves.toEqual([{ round }]);
    }
  });
});
