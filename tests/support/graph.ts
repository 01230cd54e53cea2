/** Per-suite access to the test Neo4j started by global-setup. */
import type { Driver } from 'neo4j-driver';
import { createDriver } from '../../src/graph/connection';

export function testDriver(): Driver {
  const uri = process.env.TEST_NEO4J_URI;
  if (!uri) throw new Error('TEST_NEO4J_URI is not set: integration tests need jest globalSetup (tests/support/global-setup.ts)');
  return createDriver({ uri, user: process.env.TEST_NEO4J_USER ?? 'neo4j', password: process.env.TEST_NEO4J_PASSWORD ?? '' });
}

/** Removes every fact but the migration records, so each suite starts from an empty graph. */
export async function cleanGraph(driver: Driver): Promise<void> {
  await driver.executeQuery('MATCH (n) WHERE NOT n:Migration DETACH DELETE n');
}

/**
 * For a describe block that writes: one driver for the block, an empty graph before each test and after the
 * block. Returns a getter because the driver exists only once beforeAll has run.
 */
export function useEmptyGraph(): () => Driver {
  let driver: Driver;
  beforeAll(() => {
    driver = testDriver();
  });
  beforeEach(() => cleanGraph(driver));
  afterAll(async () => {
    await cleanGraph(driver);
    await driver.close();
  });
  return () => driver;
}
