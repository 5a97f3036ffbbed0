import type { GraphData, GraphNode } from '../../src/model/graph';

/** An occupation's tasks in the documented order (HAS_TASK rank, then id), read from graph data. */
export function tasksOf(graph: GraphData, occupationId: string): GraphNode[] {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  return graph.edges
    .filter((e) => e.type === 'HAS_TASK' && e.from === occupationId)
    .sort((a, b) => Number(a.props.rank ?? Infinity) - Number(b.props.rank ?? Infinity) || (a.to < b.to ? -1 : a.to > b.to ? 1 : 0))
    .map((e) => byId.get(e.to) as GraphNode);
}
