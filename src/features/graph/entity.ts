import type { GraphNode, NodeLabel, Props } from '../../model/graph';

/** A node as GraphQL types see it: its properties as fields, its label for type resolution. */
export type Entity = { id: string; __label: NodeLabel } & Record<string, unknown>;

/** The GraphQL type of a node: its label. Every union and interface of the schema resolves with it. */
export function nodeTypeName(value: unknown): string {
  return (value as Entity).__label;
}

export function toEntity(node: GraphNode): Entity {
  return { ...node.props, id: node.id, __label: node.label };
}

const shared = new WeakMap<GraphNode, Entity>();

/**
 * `toEntity` of a store's own node (GraphStore.sharedNodes), made once and kept as long as the
 * node is: a full profile reads some 600 nodes, which every request copied again (their copies
 * were most of what survived young collections under concurrent requests). Frozen, as it is
 * shared by every request that reads the node.
 */
export function sharedEntity(node: GraphNode): Entity {
  let entity = shared.get(node);
  if (!entity) shared.set(node, (entity = Object.freeze(toEntity(node))));
  return entity;
}

/** Relationship properties shown on an edge; `rank` only orders and stays internal. */
export function edgeFields(props: Props): Record<string, unknown> {
  const { rank: _rank, ...rest } = props;
  return rest;
}
