/**
 * Global ids and cursors. Both are opaque to clients (base64url); both are validated on the way in, so a
 * tampered value is a BAD_USER_INPUT naming the argument rather than an empty answer.
 */
import { badInput } from './errors';

export const NODE_TYPES = ['Document', 'Task', 'Agency', 'Province', 'Indicator', 'Section'] as const;
export type NodeType = (typeof NODE_TYPES)[number];

/**
 * Ids encoded lately, at most GLOBAL_IDS_KEPT (then forgotten at once): a lineage drawing names each of its
 * 400 documents on every one of its 1,300 edges, and encoding cost 1.4 µs an id, 4 ms a drawing.
 */
const GLOBAL_IDS_KEPT = 20_000;
const globalIds = new Map<string, string>();

export function toGlobalId(type: NodeType, key: string): string {
  const plain = `${type}:${key}`;
  let id = globalIds.get(plain);
  if (id === undefined) {
    if (globalIds.size >= GLOBAL_IDS_KEPT) globalIds.clear();
    id = Buffer.from(plain, 'utf8').toString('base64url');
    globalIds.set(plain, id);
  }
  return id;
}

export function fromGlobalId(id: string, argument = 'id'): { type: NodeType; key: string } {
  const decoded = /^[A-Za-z0-9_-]+$/.test(id) ? Buffer.from(id, 'base64url').toString('utf8') : '';
  const sep = decoded.indexOf(':');
  const type = decoded.slice(0, sep) as NodeType;
  const key = decoded.slice(sep + 1);
  if (sep <= 0 || !NODE_TYPES.includes(type) || key.length === 0) throw badInput(argument, 'not a global id issued by this API');
  return { type, key };
}

const LIST_KEYSET_PREFIX = 'k2:';

/** A sort key as the page queries build it: strings and integers, the graph key last. */
export type ListKey = (string | number)[];

/**
 * A keyset cursor of a list other than `tasks`: the item's sort key in `list` (the list and its order, e.g.
 * "documents:SYMBOL", "Document.tasks"), so the next page starts after that key, wherever it now is.
 */
export function toListCursor(list: string, key: ListKey): string {
  return Buffer.from(`${LIST_KEYSET_PREFIX}${JSON.stringify([list, key])}`, 'utf8').toString('base64url');
}

/** The JSON a cursor of this prefix holds, or null when the text is not such a cursor. */
function decodeCursor(cursor: string, prefix: string): unknown {
  const decoded = /^[A-Za-z0-9_-]+$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  if (!decoded.startsWith(prefix)) return null;
  try {
    return JSON.parse(decoded.slice(prefix.length)) as unknown;
  } catch {
    return null;
  }
}

/** The sort key a list cursor holds; BAD_USER_INPUT when it is not one, or was issued for another list. */
export function fromListCursor(cursor: string, list: string, argument = 'after'): ListKey {
  const parts = decodeCursor(cursor, LIST_KEYSET_PREFIX);
  const key = Array.isArray(parts) && parts.length === 2 && typeof parts[0] === 'string' ? (parts[1] as unknown) : null;
  const ok = Array.isArray(key) && key.length >= 1 && key.length <= 4 && key.every((v) => typeof v === 'string' || Number.isSafeInteger(v));
  if (!ok) throw badInput(argument, 'not a cursor issued by this API');
  if ((parts as string[])[0] !== list) throw badInput(argument, `a cursor of another list (${(parts as string[])[0]}); page with the field and orderBy it was issued for`);
  return key as ListKey;
}

const KEYSET_PREFIX = 'k1:';

/**
 * A keyset cursor: the place of an item in its order by value (the order's sort value `s`, then the graph
 * keys that break ties), not by position, so items inserted or re-written before it do not shift the next page.
 */
export interface TaskKey {
  order: string;
  s: string;
  d: string;
  o: number;
  t: string;
}

export function toKeysetCursor(key: TaskKey): string {
  return Buffer.from(`${KEYSET_PREFIX}${JSON.stringify([key.order, key.s, key.d, key.o, key.t])}`, 'utf8').toString('base64url');
}

/** The key a keyset cursor holds; BAD_USER_INPUT when it is not one, or was issued for another order. */
export function fromKeysetCursor(cursor: string, order: string, argument = 'after'): TaskKey {
  const parts = decodeCursor(cursor, KEYSET_PREFIX);
  const ok = Array.isArray(parts) && parts.length === 5 && typeof parts[0] === 'string' && typeof parts[1] === 'string' && typeof parts[2] === 'string' && Number.isInteger(parts[3]) && typeof parts[4] === 'string';
  if (!ok) throw badInput(argument, 'not a cursor issued by this API');
  const [o, s, d, off, t] = parts as [string, string, string, number, string];
  if (o !== order) throw badInput(argument, `a cursor of another order (${o}); page with the orderBy it was issued for`);
  return { order: o, s, d, o: off, t };
}

/** The graph key of a task's or indicator's document: keys are `<documentId>#<localId>`. */
export function documentIdOf(key: string): string {
  const i = key.lastIndexOf('#');
  return i < 0 ? key : key.slice(0, i);
}
