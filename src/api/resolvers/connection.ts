/** Relay connection fields over a `PageRow` (one page at `offset` of `total` items). */
import { toListCursor, type ListKey } from '../ids';
import type { PageRow } from '../rows';

export function connectionResolvers<T>() {
  return {
    totalCount: (p: PageRow<T>) => p.total,
    nodes: (p: PageRow<T>) => p.items,
    edges: (p: PageRow<T>) => p.items.map((node, i) => ({ cursor: cursorAt(p, i), node })),
    pageInfo: (p: PageRow<T>) => ({
      hasNextPage: p.offset + p.items.length < p.total,
      hasPreviousPage: p.offset > 0,
      startCursor: p.items.length ? cursorAt(p, 0) : null,
      endCursor: p.items.length ? cursorAt(p, p.items.length - 1) : null,
    }),
  };
}

/** The item's keyset cursor: from its sort key, which the page query returned or the page can compute. */
function cursorAt<T>(p: PageRow<T>, i: number): string {
  if (p.cursorOf) return p.cursorOf(p.items[i]);
  if (!p.keys || p.list === undefined) throw new Error('a page without sort keys has no cursors');
  return toListCursor(p.list, p.keys[i]);
}

export function emptyPage<T>(): PageRow<T> {
  return { total: 0, offset: 0, items: [] };
}

/** A page query's row (total, offset, items and, for keyset-paged lists, keys) as a connection of `list`. */
export function pageOf<T>(row: Record<string, unknown> | undefined, list?: string): PageRow<T> {
  return { total: Number(row?.total ?? 0), offset: Number(row?.offset ?? 0), items: (row?.items as T[] | undefined) ?? [], keys: (row?.keys as ListKey[] | undefined) ?? [], list };
}
