import { stop } from '../../scripts/neo4j-server';

export default async function globalTeardown(): Promise<void> {
  const started = process.env.TEST_NEO4J_STARTED;
  if (started && process.env.NEO4J_TEST_KEEP !== 'true') await stop(started);
}
