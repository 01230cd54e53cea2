/** Relay connection fields over a `PageRow` (one page at `offset` of `total` items). */
import { toCursor } from '../ids';
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

/** The item's keyset cursor when the page has them (tasks), else its position. */
function cursorAt<T>(p: PageRow<T>, i: number): string {
  return p.cursorOf ? p.cursorOf(p.items[i]) : toCursor(p.offset + i);
}

export function emptyPage<T>(): PageRow<T> {
  return { total: 0, offset: 0, items: [] };
}

export function pageOf<T>(row: Record<string, unknown> | undefined, offset: number): PageRow<T> {
  return { total: Number(row?.total ?? 0), offset, items: (row?.items as T[] | undefined) ?? [] };
}
