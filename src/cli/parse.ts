/** npm run --silent parse -- <file>: print the extraction of one file as JSON; Neo4j is not touched. */
import { extractFile } from '../ingest/pipeline';
import { logger } from '../logger';

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file || process.argv.length > 3) throw new Error('usage: npm run --silent parse -- <file>');
  const extraction = await extractFile(file);
  process.stdout.write(`${JSON.stringify(extraction, null, 2)}\n`);
}

main().catch((err: Error) => {
  logger.error({ err: err.message }, 'parse: failed');
  process.exitCode = 1;
});
