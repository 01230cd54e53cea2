/**
 * A query whose transaction the database terminates (an operator's TERMINATE TRANSACTIONS, or the bench ending a
 * peer's leftovers) is the database saying "not now", not a fault of the API: SERVICE_UNAVAILABLE, never logged
 * as an internal error.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { readRows } from '../../../src/api/graph';

// Runs for many seconds unless stopped; the marker finds it among the server's transactions.
const SLOW = 'UNWIND range(1, 400000000) AS i WITH i WHERE i = -1 RETURN i /* terminate-me */';

describe('a query whose transaction the database terminates', () => {
  let driver: Driver;
  beforeAll(() => {
    driver = neo4j.driver(process.env.TEST_NEO4J_URI!, neo4j.auth.basic(process.env.TEST_NEO4J_USER!, process.env.TEST_NEO4J_PASSWORD!), { disableLosslessIntegers: true });
  });
  afterAll(() => driver.close());

  it('answers SERVICE_UNAVAILABLE', async () => {
    const running = readRows(driver, SLOW, {}, { timeoutMs: 60000 });
    const outcome = running.then(
      () => null,
      (err: unknown) => err,
    );
    // Wait until the server lists it, then end it as an operator would.
    let ids: string[] = [];
    for (let i = 0; i < 100 && !ids.length; i++) {
      const { records } = await driver.executeQuery("SHOW TRANSACTIONS YIELD transactionId, currentQuery WHERE currentQuery CONTAINS 'terminate-me' AND NOT currentQuery CONTAINS 'SHOW' RETURN transactionId");
      ids = records.map((r) => r.get('transactionId') as string);
      if (!ids.length) await new Promise((r) => setTimeout(r, 50));
    }
    expect(ids.length).toBe(1);
    await driver.executeQuery('TERMINATE TRANSACTIONS $ids', { ids });
    expect(await outcome).toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
  });
});
