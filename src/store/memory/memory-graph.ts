import type Graph from 'graphology';
import type { NodeLabel, Props, RelType } from '../../model/graph';

/** The in-memory store's graph: a graphology multigraph of labelled nodes and typed edges. */
export interface NodeAttributes {
  label: NodeLabel;
  props: Props;
}

export interface EdgeAttributes {
  type: RelType;
  props: Props;
}

export type MemoryGraph = Graph<NodeAttributes, EdgeAttributes>;
