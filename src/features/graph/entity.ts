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

/** Relationship properties shown on an edge; `rank` only orders and stays internal. */
export function edgeFields(props: Props): Record<string, unknown> {
  const { rank: _rank, ...rest } = props;
  return rest;
}
