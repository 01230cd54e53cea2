/**
 * Integration tests run against their own Neo4j: NEO4J_TEST_URI when given, otherwise a local instance
 * ("test" on port 7697 unless NEO4J_TEST_INSTANCE / NEO4J_TEST_BOLT_PORT say otherwise), never the one
 * `npm start` serves.
 */
import { loadConfig, type Config } from '../../src/config';

export function testConfig(): Config {
  return loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    NEO4J_URI: process.env.NEO4J_TEST_URI,
    NEO4J_USER: process.env.NEO4J_TEST_USER ?? 'neo4j',
    NEO4J_PASSWORD: process.env.NEO4J_TEST_PASSWORD ?? 'directives-test',
    NEO4J_INSTANCE: process.env.NEO4J_TEST_INSTANCE ?? 'test',
    NEO4J_BOLT_PORT: process.env.NEO4J_TEST_BOLT_PORT ?? '7697',
    NEO4J_HEAP: process.env.NEO4J_TEST_HEAP ?? '512m',
    NEO4J_PAGECACHE: process.env.NEO4J_TEST_PAGECACHE ?? '128m',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  });
}
