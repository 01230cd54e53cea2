/**
 * Applies cypher/migrations/*.cypher in name order. Every statement is idempotent (IF NOT EXISTS), and each
 * applied file is recorded as (:Migration {name, checksum, appliedAt}) so start-up says what it applied.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { logger } from '../logger';

const MIGRATIONS = path.resolve(__dirname, '..', '..', 'cypher', 'migrations');

/** Splits a .cypher file into statements: `;` at line end, `//` comment lines dropped. */
export function statementsOf(source: string): string[] {
  return source
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export async function migrate(driver: Driver, database?: string): Promise<string[]> {
  const files = fs.readdirSync(MIGRATIONS).filter((f) => f.endsWith('.cypher')).sort();
  const applied: string[] = [];
  for (const file of files) {
    const source = fs.readFileSync(path.join(MIGRATIONS, file), 'utf8');
    const checksum = crypto.createHash('sha256').update(source).digest('hex');
    const { records } = await driver.executeQuery('MATCH (m:Migration {name: $name}) RETURN m.checksum AS checksum', { name: file }, { database });
    if (records[0]?.get('checksum') === checksum) continue;
    // Schema statements cannot share a transaction with writes, so each runs on its own.
    for (const statement of statementsOf(source)) await driver.executeQuery(statement, {}, { database });
    await driver.executeQuery('MERGE (m:Migration {name: $name}) SET m.checksum = $checksum, m.appliedAt = datetime()', { name: file, checksum }, { database });
    applied.push(file);
  }
  await driver.executeQuery('CALL db.awaitIndexes(300)', {}, { database });
  logger.info({ applied, total: files.length }, 'schema: migrations checked');
  return applied;
}
