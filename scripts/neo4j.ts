/**
 * npm run neo4j:{install,start,stop,status,reset} — manage the locally provisioned Neo4j instance named
 * by NEO4J_INSTANCE (default "dev") on NEO4J_BOLT_PORT.
 */
import { loadConfig } from '../src/config';
import { logger } from '../src/logger';
import { answers, boltUri, install, instanceOptions, reset, runningPid, start, stop } from './neo4j-server';

async function main(): Promise<void> {
  const command = process.argv[2];
  const config = loadConfig();
  const opts = instanceOptions(config);
  switch (command) {
    case 'install':
      return install();
    case 'start':
      return start(opts);
    case 'stop':
      return stop(opts.name);
    case 'reset':
      return reset(opts.name);
    case 'status': {
      const pid = runningPid(opts.name);
      const up = await answers(boltUri(opts), config.NEO4J_USER, config.NEO4J_PASSWORD);
      logger.info({ instance: opts.name, pid, uri: boltUri(opts), answers: up }, 'neo4j: status');
      process.exitCode = up ? 0 : 1;
      return;
    }
    default:
      throw new Error(`Unknown command "${command}". Use install | start | stop | status | reset.`);
  }
}

main().catch((err: Error) => {
  logger.error({ err: err.message }, 'neo4j: failed');
  process.exitCode = 1;
});
