import { createApp } from '../../src/api';
import { loadConfig } from '../../src/config';
import { createDriver } from '../../src/graph/connection';
async function main() {
  const config = loadConfig({ ...process.env, NEO4J_INSTANCE: 'api', NEO4J_BOLT_PORT: '7717', LOG_LEVEL: 'warn', NODE_ENV: 'production', CSRF_PREVENTION: 'true' });
  const driver = createDriver({ uri: 'bolt://127.0.0.1:7717', user: 'neo4j', password: process.env.PW ?? '' });
  const s = await createApp(config, driver);
  console.log(await s.listen(4199, '127.0.0.1'));
}
void main();
