import type { PageInfo } from './connection';
import { decodeCursor, encodeCursor } from './cursor';
import { compareText } from '../../shared/compare';

export interface RankedPage<T> {
  items: Array<T & { rank: number; cursor: string }>;
  totalCount: number;
  pageInfo: PageInfo;
}

/**
 * One keyset page of a computed ranking, sorted by score descending then id: the items after
 * the cursor's (score, id), each given its rank and cursor. `detail` turns a listed item into
 * what the page shows (rankings score every item, but explain only those they return).
 */
export function rankedPage<T, R>(
  sorted: readonly T[],
  key: (item: T) => { score: number; id: string },
  page: { scope: string; first: number; after: string | null },
  detail: (item: T) => R,
): RankedPage<R> {
  let start = 0;
  if (page.after) {
    const [score, id] = decodeCursor(page.after, page.scope);
    start = sorted.findIndex((item) => {
      const k = key(item);
      return k.score < Number(score) || (k.score === Number(score) && compareText(k.id, String(id)) > 0);
    });
    if (start < 0) start = sorted.length;
  }
  const items = sorted.slice(start, start + page.first).map((item, i) => {
    const k = key(item);
    return { ...detail(item), rank: start + i + 1, cursor: encodeCursor(page.scope, [k.score, k.id]) };
  });
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
