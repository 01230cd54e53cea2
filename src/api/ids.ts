/**
 * Global ids and cursors. Both are opaque to clients (base64url); both are validated on the way in, so a
 * tampered value is a BAD_USER_INPUT naming the argument rather than an empty answer.
 */
import { badInput } from './errors';

export const NODE_TYPES = ['Document', 'Task', 'Agency', 'Province', 'Indicator', 'Section'] as const;
export type NodeType = (typeof NODE_TYPES)[number];

export function toGlobalId(type: NodeType, key: string): string {
  return Buffer.from(`${type}:${key}`, 'utf8').toString('base64url');
}

export function fromGlobalId(id: string, argument = 'id'): { type: NodeType; key: string } {
  const decoded = /^[A-Za-z0-9_-]+$/.test(id) ? Buffer.from(id, 'base64url').toString('utf8') : '';
  const sep = decoded.indexOf(':');
  const type = decoded.slice(0, sep) as NodeType;
  const key = decoded.slice(sep + 1);
  if (sep <= 0 || !NODE_TYPES.includes(type) || key.length === 0) throw badInput(argument, 'not a global id issued by this API');
  return { type, key };
}

const CURSOR_PREFIX = 'o1:';
export const MAX_OFFSET = 1_000_000;

/** A cursor is the 0-based position of an item in its ordered result. */
export function toCursor(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`, 'utf8').toString('base64url');
}

export function fromCursor(cursor: string, argument = 'after'): number {
  const decoded = /^[A-Za-z0-9_-]+$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  const m = decoded.startsWith(CURSOR_PREFIX) ? /^\d{1,7}$/.exec(decoded.slice(CURSOR_PREFIX.length)) : null;
  const offset = m ? Number(m[0]) : NaN;
  if (!Number.isInteger(offset) || offset > MAX_OFFSET) throw badInput(argument, 'not a cursor issued by this API');
  return offset;
}

/** The graph key of a task's or indicator's document: keys are `<documentId>#<localId>`. */
export function documentIdOf(key: string): string {
  const i = key.lastIndexOf('#');
  return i < 0 ? key : key.slice(0, i);
}
