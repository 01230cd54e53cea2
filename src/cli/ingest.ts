/** npm run ingest -- <files or folders>: load documents into the configured Neo4j. */
import { ensureNeo4j } from '../../scripts/neo4j-server';
import { loadConfig } from '../config';
import { createDriver, verifyGraph } from '../graph/connection';
import { migrate } from '../graph/migrate';
import { ingestPaths } from '../ingest/ingest-files';
import { logger } from '../logger';

async function main(): Promise<void> {
  const paths = process.argv.slice(2);
  if (paths.length === 0) throw new Error('usage: npm run ingest -- <files or folders>');
  const config = loadConfig();
  const target = await ensureNeo4j(config);
  const driver = createDriver(target, { retryMs: config.NEO4J_RETRY_MS });
  try {
    await verifyGraph(driver, target);
    await migrate(driver, target.database);
    const summary = await ingestPaths(driver, paths, { database: target.database });
    if (summary.failed.length > 0) process.exitCode = 2;
  } finally {
    await driver.close();
  }
}

main().catch((err: Error) => {
  logger.error({ err: err.message }, 'ingest: failed');
  process.exitCode = 1;
});
