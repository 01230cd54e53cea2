/**
 * Named read queries from `cypher/queries/<name>.cypher`, loaded once. A query may splice a fragment with
 * `{{_fragment:var}}` (the fragment's `VAR` becomes `var`) or `{{_fragment}}`; fragments are files whose
 * name starts with `_`. Splicing is static text from disk: user input only ever travels as parameters.
 */
import fs from 'node:fs';
import path from 'node:path';

export const QUERIES_DIR = path.resolve(__dirname, '..', '..', 'cypher', 'queries');

const cache = new Map<string, string>();

function readRaw(name: string): string {
  const file = path.join(QUERIES_DIR, `${name}.cypher`);
  if (!fs.existsSync(file)) throw new Error(`No named query ${name} (${file})`);
  return fs.readFileSync(file, 'utf8');
}

function expand(source: string, depth = 0): string {
  if (depth > 5) throw new Error('cypher fragments nest too deeply');
  return source.replace(/\{\{(_[\w.-]+)(?::(\w+))?\}\}/g, (_m, fragment: string, variable?: string) => {
    const body = stripComments(readRaw(fragment)).trim();
    const bound = variable ? body.replace(/\bVAR\b/g, variable) : body;
    return expand(bound, depth + 1);
  });
}

function stripComments(source: string): string {
  return source
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
}

/** The Cypher text of a named query, fragments spliced in. */
export function query(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = expand(readRaw(name));
    cache.set(name, text);
  }
  return text;
}

/** Every named (non-fragment) query, for tests and warm-up. */
export function queryNames(): string[] {
  return fs
    .readdirSync(QUERIES_DIR)
    .filter((f) => f.endsWith('.cypher') && !f.startsWith('_'))
    .map((f) => f.replace(/\.cypher$/, ''))
    .sort();
}
