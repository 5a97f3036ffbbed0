import type { GraphEdge, GraphNode, NodeLabel } from '../model/graph';
import type { GraphStore } from '../store/graph-store';
import { ExportError } from './export-error';
import { compareText } from '../shared/compare';

/**
 * The store's nodes, one keyset page at a time: only the current page is held. A page out of
 * order would make the cursor skip or repeat rows, so it fails instead.
 */
export async function* nodePages(store: GraphStore, pageSize: number, labels?: readonly NodeLabel[], signal?: AbortSignal): AsyncGenerator<GraphNode[]> {
  let after: string | null = null;
  for (;;) {
    signal?.throwIfAborted();
    const page = await store.exportNodes({ labels, after, limit: pageSize });
    checkPage(
      page,
      pageSize,
      'nodes',
      after,
      (n) => n.id,
      compareText,
      (id) => id,
    );
    if (page.length > 0) yield page;
    if (page.length < pageSize) return;
    after = page[page.length - 1].id;
  }
}

/** The store's edges in (from, type, to) order, like nodePages. */
export async function* edgePages(store: GraphStore, pageSize: number, signal?: AbortSignal): AsyncGenerator<GraphEdge[]> {
  let after: EdgeCursor | null = null;
  for (;;) {
    signal?.throwIfAborted();
    const page = await store.exportEdges({ after, limit: pageSize });
    checkPage<GraphEdge, EdgeCursor>(
      page,
      pageSize,
      'edges',
      after,
      (e) => e,
      compareEdges,
      (e) => `${e.type} ${e.from} -> ${e.to}`,
    );
    if (page.length > 0) yield page;
    if (page.length < pageSize) return;
    const last = page[page.length - 1];
    after = { from: last.from, type: last.type, to: last.to };
  }
}

function checkPage<T, K>(
  page: readonly T[],
  pageSize: number,
  what: string,
  after: K | null,
  key: (row: T) => K,
  compare: (a: K, b: K) => number,
  name: (key: K) => string,
): void {
  if (page.length > pageSize) throw new ExportError(`the store returned ${page.length} ${what} for a page of ${pageSize}`);
  let previous = after;
  for (const row of page) {
    const current = key(row);
    if (previous !== null && compare(previous, current) >= 0) {
      throw new ExportError(`the store returned ${what} out of order at ${name(current)}; the export would skip or repeat rows`);
    }
    previous = current;
  }
}

type EdgeCursor = Pick<GraphEdge, 'from' | 'type' | 'to'>;

function compareEdges(a: EdgeCursor, b: EdgeCursor): number {
  return compareText(a.from, b.from) || compareText(a.type, b.type) || compareText(a.to, b.to);
}
