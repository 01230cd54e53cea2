/**
 * Named Cypher: every query the project runs lives in cypher/<name>.cypher, read once and cached, so the
 * queries can be read, reviewed and profiled on their own. Values always travel as parameters.
 */
import fs from 'node:fs';
import path from 'node:path';

const CYPHER_DIR = path.resolve(__dirname, '..', '..', 'cypher');
const cache = new Map<string, string>();

/** `cypher('write/upsert-document')` → the text of cypher/write/upsert-document.cypher. */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = fs.readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), 'utf8').trim().replace(/;$/, '');
    cache.set(name, text);
  }
  return text;
}
