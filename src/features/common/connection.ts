import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { encodeCursor, type CursorKey, type Scope } from './cursor';
import { PageInfo } from './page-info.type';

/** Most importers read PageInfo with the connection types. */
export { PageInfo };

/**
 * Base of every edge type: its cursor and node, after the relationship's own properties
 * (`fields`, see connection-of.ts). `nodeType` is a thunk, so types that refer to each other
 * can be declared in any order.
 */
export function EdgeType<TNode extends object>(nodeType: () => ClassType<TNode> | object, fields: ClassType<object> = class {}) {
  @ObjectType({ simpleResolvers: true })
  abstract class Edge extends fields {
    @Field(() => String, { description: 'Opaque cursor of this edge, for `after`.' })
    cursor!: string;

    @Field(() => nodeType() as ClassType<TNode>)
    node!: TNode;
  }
  return Edge;
}

/** Base of every Relay connection type. */
export function ConnectionType<TEdge extends object, TNode extends object>(edgeType: ClassType<TEdge>, nodeType: () => ClassType<TNode> | object) {
  @ObjectType({ simpleResolvers: true })
  abstract class Connection {
    @Field(() => [edgeType])
    edges!: TEdge[];

    @Field(() => [nodeType() as ClassType<TNode>], { description: "The edges' nodes, for clients that need no edge data." })
    nodes!: TNode[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Items in the whole list, across all pages.' })
    totalCount!: number;
  }
  return Connection;
}

export interface ConnectionData<TNode, TEdgeProps> {
  edges: Array<TEdgeProps & { cursor: string; node: TNode }>;
  nodes: TNode[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A keyset page's facts, as a connection states them. */
export interface PageFacts {
  total: number;
  hasMore: boolean;
  after: CursorKey | null;
  scope: Scope;
}

/**
 * Builds a connection from one keyset page: each item's edge properties sit on its edge, and
 * its cursor names its sort key (`key`) within the list `scope`.
 */
export function toConnection<TNode, TEdgeProps extends object>(
  items: Array<{ node: TNode; edge: TEdgeProps; key: CursorKey }>,
  page: PageFacts,
): ConnectionData<TNode, TEdgeProps> {
  return lazyConnection(
    items.map((i) => i.node),
    (i) => items[i].edge,
    (i) => items[i].key,
    page,
  );
}

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
  const cursorOf = (i: number) => (i >= 0 && i < nodes.length ? encodeCursor(page.scope, keyOf(i)) : null);
  let edges: ConnectionData<TNode, TEdgeProps>['edges'] | undefined;
  return {
    get edges() {
      edges ??= nodes.map((node, i) => ({
        ...edgeOf(i),
        node,
        get cursor(): string {
          return cursorOf(i) as string;
        },
      }));
      return edges;
    },
    nodes,
    totalCount: page.total,
    pageInfo: {
      hasNextPage: page.hasMore,
      // Keyset paging cannot count what lies before a cursor cheaply; a cursor names an item
      // of the list, so a page after one has one before it.
      hasPreviousPage: page.after !== null,
      get startCursor() {
        return cursorOf(0);
      },
      get endCursor() {
        return cursorOf(nodes.length - 1);
      },
    },
  };
}
