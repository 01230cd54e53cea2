/**
 * Named Cypher: every query the project runs lives in cypher/<folder>/<name>.cypher, read once and cached,
 * so queries can be read, reviewed and profiled on their own. A query may splice a fragment of its folder
 * with `{{_fragment:var}}` (the fragment's `VAR` becomes `var`) or `{{_fragment}}`; fragments are files
 * whose name starts with `_`. Splicing is static text from disk: values only ever travel as parameters.
 */
import fs from 'node:fs';
import path from 'node:path';

export const CYPHER_DIR = path.resolve(__dirname, '..', '..', 'cypher');

const cache = new Map<string, string>();

function readRaw(folder: string, name: string): string {
  const file = path.join(CYPHER_DIR, folder, `${name}.cypher`);
  if (!fs.existsSync(file)) throw new Error(`No named query ${folder}/${name} (${file})`);
  return fs.readFileSync(file, 'utf8');
}

function stripComments(source: string): string {
  return source
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
}

function expand(folder: string, source: string, depth = 0): string {
  if (depth > 5) throw new Error('cypher fragments nest too deeply');
  return source.replace(/\{\{(_[\w.-]+)(?::(\w+))?\}\}/g, (_m, fragment: string, variable?: string) => {
    const body = stripComments(readRaw(folder, fragment)).trim();
    return expand(folder, variable ? body.replace(/\bVAR\b/g, variable) : body, depth + 1);
  });
}

/** `cypher('write/upsert-document')` → the text of cypher/write/upsert-document.cypher, fragments spliced in. */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    const folder = path.dirname(name);
    text = expand(folder, readRaw(folder, path.basename(name))).trim().replace(/;$/, '');
    cache.set(name, text);
  }
  return text;
}

/** Every named (non-fragment) query of a folder. */
export function cypherNames(folder: string): string[] {
  return fs
    .readdirSync(path.join(CYPHER_DIR, folder))
    .filter((f) => f.endsWith('.cypher') && !f.startsWith('_'))
    .map((f) => f.replace(/\.cypher$/, ''))
    .sort();
}
