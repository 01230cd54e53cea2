import { ensureNeo4j, instanceOptions, runningPid } from '../../scripts/neo4j-server';
import { createDriver } from '../../src/graph/connection';
import { migrate } from '../../src/graph/migrate';
import { testConfig } from './test-target';

export default async function globalSetup(): Promise<void> {
  const config = testConfig();
  const wasRunning = !config.NEO4J_URI && runningPid(instanceOptions(config).name) !== null;
  const target = await ensureNeo4j(config);
  // Workers read the target from the environment; teardown stops only what this run started.
  process.env.TEST_NEO4J_URI = target.uri;
  process.env.TEST_NEO4J_USER = target.user;
  process.env.TEST_NEO4J_PASSWORD = target.password;
  process.env.TEST_NEO4J_STARTED = target.provisioned && !wasRunning ? instanceOptions(config).name : '';
  const driver = createDriver(target);
  try {
    await migrate(driver, target.database);
  } finally {
    await driver.close();
  }
}
