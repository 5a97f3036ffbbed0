import type { GraphEdge, GraphNode } from '../model/graph';

/** How one format turns rows into text: each call returns whole lines, ending in "\n". */
export interface RowEncoder {
  nodeHeader: string | null;
  edgeHeader: string | null;
  node(node: GraphNode): string;
  edge(edge: GraphEdge): string;
}
