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

/**
 * Builds a connection from one keyset page: each item's edge properties sit on its edge, and
 * its cursor names its sort key (`key`) within the list `scope`.
 */
export function toConnection<TNode, TEdgeProps extends object>(
  items: Array<{ node: TNode; edge: TEdgeProps; key: CursorKey }>,
  page: { total: number; hasMore: boolean; after: CursorKey | null; scope: Scope },
): ConnectionData<TNode, TEdgeProps> {
  // Cursors are made only when read (a checksum each): most queries never ask for them.
  const cursorOf = (i: number) => (i >= 0 && i < items.length ? encodeCursor(page.scope, items[i].key) : null);
  const edges = items.map((item, i) => ({
    ...item.edge,
    node: item.node,
    get cursor(): string {
      return cursorOf(i) as string;
    },
  }));
  return {
    edges,
    nodes: items.map((i) => i.node),
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
        return cursorOf(items.length - 1);
      },
    },
  };
}
