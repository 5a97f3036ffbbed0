import { encodeCursor, type CursorKey } from './cursor';
import type { ConnectionData, PageFacts } from './connection';
import type { PageInfo } from './page-info.type';

/**
 * A connection of `nodes` whose edges (with the edge properties `edgeOf` gives) are made only
 * when read, as are cursors (a checksum each, of the key `keyOf` gives): most nested lists are
 * read through `nodes` only, and most queries never ask for a cursor.
 */
export function lazyConnection<TNode, TEdgeProps extends object>(
  nodes: TNode[],
  edgeOf: (i: number) => TEdgeProps,
  keyOf: (i: number) => CursorKey,
  page: PageFacts,
): ConnectionData<TNode, TEdgeProps> {
  return new LazyConnection(nodes, edgeOf, keyOf, page);
}

/**
 * Made for every page of a nested read (hundreds per full profile), so its lazy parts are
 * getters of a class: getters of an object literal are defined one by one at run time, which
 * made building connections a tenth of a full profile's execution (bench/RESULTS.md). It is
 * its own page info too, which saves an object per page.
 */
class LazyConnection<TNode, TEdgeProps extends object> implements ConnectionData<TNode, TEdgeProps>, PageInfo {
  readonly totalCount: number;
  readonly hasNextPage: boolean;
  readonly hasPreviousPage: boolean;
  readonly #edgeOf: (i: number) => TEdgeProps;
  readonly #keyOf: (i: number) => CursorKey;
  readonly #page: PageFacts;
  #edges: ConnectionData<TNode, TEdgeProps>['edges'] | undefined;

  constructor(
    readonly nodes: TNode[],
    edgeOf: (i: number) => TEdgeProps,
    keyOf: (i: number) => CursorKey,
    page: PageFacts,
  ) {
    this.#edgeOf = edgeOf;
    this.#keyOf = keyOf;
    this.#page = page;
    this.totalCount = page.total;
    this.hasNextPage = page.hasMore;
    // Keyset paging cannot count what lies before a cursor cheaply; a cursor names an item
    // of the list, so a page after one has one before it.
    this.hasPreviousPage = page.after !== null;
  }

  get edges(): ConnectionData<TNode, TEdgeProps>['edges'] {
    this.#edges ??= this.nodes.map((node, i) => Object.assign(new LazyEdge(node, this, i), this.#edgeOf(i)) as LazyEdge<TNode> & TEdgeProps);
    return this.#edges;
  }

  get pageInfo(): PageInfo {
    return this;
  }

  get startCursor(): string | null {
    return this.cursorOf(0);
  }

  get endCursor(): string | null {
    return this.cursorOf(this.nodes.length - 1);
  }

  cursorOf(i: number): string | null {
    return i >= 0 && i < this.nodes.length ? encodeCursor(this.#page.scope, this.#keyOf(i)) : null;
  }
}

/**
 * An edge: its own fields are the relationship's properties (any name but `node` and `cursor`,
 * which the edge types' own fields take), so what it needs for its cursor is private.
 */
class LazyEdge<TNode> {
  readonly #connection: LazyConnection<TNode, object>;
  readonly #index: number;

  constructor(
    readonly node: TNode,
    connection: LazyConnection<TNode, object>,
    index: number,
  ) {
    this.#connection = connection;
    this.#index = index;
  }

  get cursor(): string {
    return this.#connection.cursorOf(this.#index) as string;
  }
}
