/**
 * Named Cypher: every query the project runs lives in cypher/<folder>/<name>.cypher, read once and cached,
 * so queries can be read, reviewed and profiled on their own. A query may splice a fragment of its folder
 * with `{{_fragment:var}}` (the fragment's `VAR` becomes `var`) or `{{_fragment}}`; fragments are files
 * whose name starts with `_`. Splicing is static text from disk: values only ever travel as parameters.
 *
 * Sections (mustache's): `{{#p}}…{{/p}}` is kept when the parameter `p` is given (neither null nor false;
 * `p.k` names a key of a map parameter), `{{^p}}…{{/p}}` when it is not; `{{#p=VALUE}}…{{/p}}` /
 * `{{^p=VALUE}}…{{/p}}` when it is (is not) that string. They may nest. So a filter's conditions are in the
 * text only when asked: Neo4j plans each shape on its own (its plan cache keys on the text) instead of testing
 * `$p IS NULL OR …` on every candidate row, which cost a quarter of a filtered page's time, and the text the
 * driver sends holds only what the request reads. The text still comes from disk, a finite set of shapes;
 * values stay parameters.
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

/**
 * The text as sent: comments dropped and each run of whitespace one space, outside string literals and
 * backquoted names. The driver writes a query in 1,400-byte chunks, one socket write each, so the text's
 * length is round-trip time: the task page's 10 KB (indentation, comments, spliced fragments) took 8 writes.
 */
export function compact(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === '\\' && c !== '`' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
    } else if (/\s/.test(c)) {
      while (i < text.length && /\s/.test(text[i])) i++;
      if (out && !out.endsWith(' ')) out += ' ';
    } else {
      out += c;
      i++;
    }
  }
  return out.trim();
}

/** The text of cypher/<name>.cypher, fragments spliced in and compacted (sections unresolved). */
function template(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    const folder = path.dirname(name);
    text = compact(expand(folder, readRaw(folder, path.basename(name)))).replace(/;$/, '');
    cache.set(name, text);
  }
  return text;
}

/** A section holding no other section: innermost first, so sections nest. */
const SECTION = /\{\{([#^])([\w.]+)(?:=(\w+))?\}\}((?:(?!\{\{[#^/]\w)[\s\S])*?)\{\{\/\2\}\}/g;
const CONDITION = /\{\{[#^]([\w.]+)(?:=(\w+))?\}\}/g;

type Params = Record<string, unknown>;

/** The parameter a section names: `p`, or a key of a map parameter, `prefetch.lead`. */
function valueOf(params: Params, name: string): unknown {
  let v: unknown = params;
  for (const k of name.split('.')) v = v !== null && typeof v === 'object' ? (v as Params)[k] : undefined;
  return v;
}

/** A section is kept for a parameter given (not null, not false) or, with `=VALUE`, equal to that string. */
function holds(params: Params, name: string, value: string | undefined): boolean {
  const v = valueOf(params, name);
  return value === undefined ? v != null && v !== false : v === value;
}

/** `text` with its sections resolved for `params` (see the module comment). */
export function resolveSections(text: string, params: Params): string {
  let out = text;
  for (let before = ''; before !== out; ) {
    before = out;
    out = out.replace(SECTION, (_m, sign: string, name: string, value: string | undefined, body: string) => ((sign === '#') === holds(params, name, value) ? body : ''));
  }
  if (/\{\{[#^/]\w/.test(out)) throw new Error('unbalanced section in a named query');
  return out;
}

/** The conditions of a template's sections, in order of first appearance ("p", "p=VALUE"). */
const conditionsCache = new Map<string, [string, string | undefined][]>();
function conditionsOf(name: string, text: string): [string, string | undefined][] {
  let conditions = conditionsCache.get(name);
  if (!conditions) {
    const seen = new Map<string, [string, string | undefined]>();
    for (const m of text.matchAll(CONDITION)) seen.set(`${m[1]}=${m[2] ?? ''}`, [m[1], m[2]]);
    conditionsCache.set(name, (conditions = [...seen.values()]));
  }
  return conditions;
}

const shapes = new Map<string, string>();

/**
 * `cypher('write/upsert-document')` → the text of cypher/write/upsert-document.cypher, fragments spliced in
 * and its sections resolved for `params` (a query without sections is the same text whatever the params).
 */
export function cypher(name: string, params: Params = {}): string {
  const text = template(name);
  const conditions = conditionsOf(name, text);
  if (conditions.length === 0) return text;
  const key = `${name}|${conditions.map(([p, v]) => (holds(params, p, v) ? 1 : 0)).join('')}`;
  let shaped = shapes.get(key);
  if (shaped === undefined) shapes.set(key, (shaped = resolveSections(text, params)));
  return shaped;
}

/** Every named (non-fragment) query of a folder. */
export function cypherNames(folder: string): string[] {
  return fs
    .readdirSync(path.join(CYPHER_DIR, folder))
    .filter((f) => f.endsWith('.cypher') && !f.startsWith('_'))
    .map((f) => f.replace(/\.cypher$/, ''))
    .sort();
}
