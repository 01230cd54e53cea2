/** npm run --silent parse -- <file>: print the extraction of one file as JSON; Neo4j is not touched. */
import { ExtractionPool } from '../ingest/isolated';
import { logger } from '../logger';

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file || process.argv.length > 3) throw new Error('usage: npm run --silent parse -- <file>');
  // The same limits and isolation as ingest: a bomb or a corrupt file ends with its reason, exit code 1.
  const pool = new ExtractionPool();
  const extraction = await pool.extract(file).finally(() => pool.close());
  process.stdout.write(`${JSON.stringify(extraction, null, 2)}\n`);
}

main().catch((err: Error) => {
  logger.error({ err: err.message }, 'parse: failed');
  process.exitCode = 1;
});
