import type { GraphData, GraphNode, NodeLabel, Props, RelType } from '../model/graph';

/**
 * The one interface both stores implement; services cannot tell them apart.
 *
 * Ordering rule (both stores): neighbour lists are ordered by the edge's `rank` ascending
 * (edges without one last), then by the neighbour's id; search results by match rank
 * (exact name, name prefix, other), then name, then id.
 */
export interface GraphStore {
  readonly kind: 'memory' | 'neo4j';
  getNodes(ids: readonly string[]): Promise<Array<GraphNode | null>>;
  /** One page of neighbours per request, answered in one round trip for the whole batch. */
  expand(requests: readonly ExpandRequest[]): Promise<NeighbourPage[]>;
  search(query: SearchQuery): Promise<SearchPage>;
  /** Merges nodes and edges by id and (type, from, to): loading twice changes nothing. */
  load(graph: GraphData, onProgress?: (progress: LoadProgress) => void): Promise<void>;
  counts(): Promise<GraphCounts>;
  health(): Promise<StoreHealth>;
  close(): Promise<void>;
}

export type Direction = 'OUT' | 'IN';

export interface ExpandRequest {
  id: string;
  rel: RelType;
  direction: Direction;
  /** Only neighbours with one of these labels; empty or absent means any. */
  labels?: readonly NodeLabel[];
  /** Only neighbours whose property `key` is one of `values` (key checked against an allow-list). */
  where?: { key: string; values: readonly string[] };
  offset: number;
  limit: number;
}

export interface Neighbour {
  node: GraphNode;
  edge: Props;
}

export interface NeighbourPage {
  total: number;
  items: Neighbour[];
}

export interface SearchQuery {
  words: readonly string[];
  labels?: readonly NodeLabel[];
  offset: number;
  limit: number;
}

export interface SearchPage {
  total: number;
  items: GraphNode[];
}

export interface LoadProgress {
  phase: 'nodes' | 'edges';
  done: number;
  total: number;
}

export interface GraphCounts {
  nodes: number;
  edges: number;
  byLabel: Record<string, number>;
  byType: Record<string, number>;
}

export interface StoreHealth {
  ready: boolean;
  detail: string;
}

/** Property keys a neighbour filter may name. */
export const FILTERABLE_KEYS = ['automationLevel', 'seniority', 'requirement'] as const;
