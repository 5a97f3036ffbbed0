import type { PageInfo } from './connection';
import { decodeCursor, encodeCursor, type CursorKey } from './cursor';
import { compareText } from '../../shared/compare';

/** One page of a computed ranking: its items (each with rank and cursor), count and page info. */
export interface RankedPage<T> {
  items: Array<T & { rank: number; cursor: string }>;
  totalCount: number;
  pageInfo: PageInfo;
}

/** Sort directions of a ranking's key parts: numbers compare as numbers, text as compareText. */
export type KeyOrder = ReadonlyArray<'asc' | 'desc'>;

/** Compares two keys of one ranking part by part, in `order`'s directions. */
export function compareKeys(a: CursorKey, b: CursorKey, order: KeyOrder): number {
  for (let i = 0; i < order.length; i++) {
    const x = a[i];
    const y = b[i];
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : compareText(String(x), String(y));
    if (c !== 0) return order[i] === 'desc' ? -c : c;
  }
  return 0;
}

/**
 * One keyset page of a computed ranking, `sorted` in `order` by `key`: the items after the
 * cursor's key, each given its rank and a cursor naming its key. The key holds every part the
 * ranking sorts by, ending with something unique (an id), so a cursor finds its place even if
 * the item it names has left the list. `detail` turns a listed item into what the page shows
 * (rankings score every item, but explain only those they return).
 */
export function keysetPage<T, R>(
  sorted: readonly T[],
  ranking: { key: (item: T) => CursorKey; order: KeyOrder },
  page: { scope: string; first: number; after: string | null },
  detail: (item: T) => R,
): RankedPage<R> {
  let start = 0;
  if (page.after) {
    const after = decodeCursor(page.after, page.scope);
    if (after.length !== ranking.order.length) {
      throw new Error(`a cursor of scope ${page.scope} holds ${after.length} key parts, not ${ranking.order.length}`);
    }
    start = sorted.findIndex((item) => compareKeys(ranking.key(item), after, ranking.order) > 0);
    if (start < 0) start = sorted.length;
  }
  const items = sorted.slice(start, start + page.first).map((item, i) => ({
    ...detail(item),
    rank: start + i + 1,
    cursor: encodeCursor(page.scope, ranking.key(item)),
  }));
  return {
    items,
    totalCount: sorted.length,
    pageInfo: {
      hasNextPage: start + items.length < sorted.length,
      hasPreviousPage: start > 0,
      startCursor: items[0]?.cursor ?? null,
      endCursor: items[items.length - 1]?.cursor ?? null,
    },
  };
}

/** A ranking by score (highest first), then id: recommendations and similar occupations. */
export function rankedPage<T, R>(
  sorted: readonly T[],
  key: (item: T) => { score: number; id: string },
  page: { scope: string; first: number; after: string | null },
  detail: (item: T) => R,
): RankedPage<R> {
  return keysetPage(
    sorted,
    {
      key: (item) => {
        const k = key(item);
        return [k.score, k.id];
      },
      order: ['desc', 'asc'],
    },
    page,
    detail,
  );
}

/** A Relay connection of a ranking: each edge has its node, rank and cursor, and what else ranks it. */
export interface ConnectionOf<TNode, TEdge = object> {
  edges: Array<TEdge & { node: TNode; rank: number; cursor: string }>;
  nodes: TNode[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A ranked page as a Relay connection: `node` is what each edge is about, the rest edge data. */
export function rankedConnection<TNode, TEdge extends { node: TNode }>(page: RankedPage<TEdge>): ConnectionOf<TNode, TEdge> {
  return { edges: page.items, nodes: page.items.map((i) => i.node), pageInfo: page.pageInfo, totalCount: page.totalCount };
}
