/**
 * npm start: make sure Neo4j runs (or use NEO4J_URI), apply the schema, load the bundled corpus when the
 * graph is empty, run the published questions once (the warm-up), then serve GraphQL. SIGINT/SIGTERM stop the
 * warm-up, drain HTTP (in-flight requests finish) and close the driver; the provisioned Neo4j is
 * left running for the next start unless NEO4J_STOP_ON_EXIT=true.
 */
import path from 'node:path';
import { ensureNeo4j, stop as stopNeo4j, ROOT } from '../../scripts/neo4j-server';
import { createApp } from '../api/server';
import { ConfigError, loadConfig } from '../config';
import { createDriver, verifyGraph } from '../graph/connection';
import { migrate } from '../graph/migrate';
import { ingestPaths } from '../ingest/ingest-files';
import { logger } from '../logger';

async function main(): Promise<void> {
  const config = loadConfig();
  const target = await ensureNeo4j(config);
  const driver = createDriver(target);
  await verifyGraph(driver, target);
  await migrate(driver, target.database);

  if (config.INGEST_ON_START !== 'never') {
    const { records } = await driver.executeQuery('MATCH (d:Document) WHERE NOT coalesce(d.stub, false) RETURN count(d) AS n', {}, { database: target.database });
    const documents = records[0].get('n') as number;
    if (config.INGEST_ON_START === 'always' || documents === 0) {
      await ingestPaths(driver, [path.resolve(ROOT, config.CORPUS_DIR)], { database: target.database });
    } else {
      logger.info({ documents }, 'corpus: graph already holds documents; skipping ingest (INGEST_ON_START=always to reload)');
    }
  }

  // Least privilege: where the server has roles (Enterprise, Aura), the API reads as a read-only user.
  const readDriver = config.NEO4J_READ_USER ? createDriver({ ...target, user: config.NEO4J_READ_USER, password: config.NEO4J_READ_PASSWORD ?? '' }) : driver;
  if (readDriver !== driver) await verifyGraph(readDriver, target);
  const api = await createApp(config, readDriver, { database: target.database });

  // From here SIGINT/SIGTERM stop the warm-up, drain in-flight requests and close the driver.
  const stopping = new AbortController();
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'server: shutting down');
    stopping.abort();
    // Stops accepting, lets in-flight requests finish (SHUTDOWN_GRACE_MS at most), then closes the driver.
    await api.close();
    if (readDriver !== driver) await driver.close();
    if (target.provisioned && config.NEO4J_STOP_ON_EXIT) await stopNeo4j(config.NEO4J_INSTANCE);
    logger.info('server: stopped');
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  // The published questions once before listening, so a Neo4j just started has planned them and read their
  // pages before the first users' requests pile onto them (../api/warm-up.ts); WARM_UP_MS at most.
  if (config.WARM_UP_MS > 0) {
    logger.info({ budgetMs: config.WARM_UP_MS }, 'server: warming up');
    logger.info(await api.warmUp({ budgetMs: config.WARM_UP_MS, signal: stopping.signal }), 'server: warmed up');
  }
  if (closing) return;
  // The app's own http server: the one Apollo's drain plugin knows, so SIGTERM lets in-flight requests finish.
  // (listen refuses once shutdown has begun: a signal between the line above and here is no failure.)
  const listened = await api.listen(config.PORT, config.HOST).then(
    () => true,
    (err: Error) => {
      if (closing) return false;
      throw err;
    },
  );
  if (!listened) return;
  logger.info({ url: `http://${config.HOST}:${config.PORT}/graphql`, explorer: `http://${config.HOST}:${config.PORT}/explorer`, health: `http://${config.HOST}:${config.PORT}/health`, neo4j: target.uri }, 'server: ready');
}

main().catch((err: Error) => {
  logger.error({ err: err.message }, err instanceof ConfigError ? 'config: invalid, not starting' : 'server: failed to start');
  process.exitCode = 1;
  // Pending driver timers must not keep a failed start alive.
  setTimeout(() => process.exit(1), 100).unref();
});
