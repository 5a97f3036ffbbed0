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
  /** Career-path candidates: every simple path in the shortest `groups` lengths (see PathQuery). */
  findPaths(query: PathQuery): Promise<FoundPath[]>;
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

/**
 * Paths walk these relationships, forwards: role to role, occupation to its entry roles,
 * occupation to related occupation, role to the occupation it maps to.
 */
export const WALKABLE_RELS = ['ADVANCES_TO', 'HAS_ROLE', 'RELATED_TO', 'MAPS_TO'] as const;

/**
 * Simple paths (no node twice) from `from` to `to` of 1..maxSteps steps over WALKABLE_RELS,
 * HAS_ROLE only into entry roles; of those, the paths whose length is among the PATH_GROUPS
 * smallest lengths (Cypher's SHORTEST 2 GROUPS), ordered by length then node ids, at most
 * `maxPaths` of them.
 */
export interface PathQuery {
  from: string;
  to: string;
  maxSteps: number;
  maxPaths: number;
}

/** Cypher takes SHORTEST k only as a literal: cypher/read-career-paths.cypher says 2 too. */
export const PATH_GROUPS = 2;

export interface FoundPath {
  nodes: string[];
  rels: Array<{ type: RelType; props: Props }>;
}

/** Property keys a neighbour filter may name. */
export const FILTERABLE_KEYS = ['automationLevel', 'seniority', 'requirement'] as const;
