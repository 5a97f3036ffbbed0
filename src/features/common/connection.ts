import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import type { CursorKey, Scope } from './cursor';
import { lazyConnection } from './lazy-connection';
import { PageInfo } from './page-info.type';

/** Most importers read PageInfo and lazyConnection with the connection types. */
export { PageInfo, lazyConnection };

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
