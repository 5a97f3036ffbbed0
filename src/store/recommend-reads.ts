import type { GraphNode, Props, RelType } from '../model/graph';
import type { Direction, ExpandRequest, NameQuery } from './graph-store';

/**
 * The two reads a recommendation makes besides its candidates (#13), each one round trip:
 * what the profile names, before scoring, and what the page shows, after.
 */

/** A relationship walked from a node: like an ExpandRequest without the paging. */
export interface Hop {
  rel: RelType;
  direction: Direction;
  labels?: ExpandRequest['labels'];
}

export interface ProfileQuery {
  /** Nodes read whole (the profile's skill ids and its occupation); missing ones are null. */
  ids: readonly string[];
  /** Exact-name lookups, answered as findByNames answers them. */
  names: NameQuery;
  /**
   * The neighbourhood of one node: its neighbours over each hop, and over `next` those of the
   * neighbours found (one level only). Null: none.
   */
  around: { id: string; hops: ReadonlyArray<Hop & { next?: Hop }>; limit: number } | null;
}

/** A neighbour in a neighbourhood: its id and label, not its properties, and the edge reaching it. */
export interface LeanNeighbour {
  node: GraphNode;
  edge: Props;
  /** Over the hop's `next`: same order and limit. */
  next: LeanNeighbour[];
}

export interface ProfileRead {
  nodes: Array<GraphNode | null>;
  named: GraphNode[][];
  /**
   * Per hop of `around`, the neighbours in the documented order (edge rank, then id), at most
   * `limit`; each node's `props` is empty. Empty lists when `around` is null.
   */
  around: LeanNeighbour[][];
}

export interface PageQuery {
  /** Nodes read whole (what the page shows); missing ones are null. */
  ids: readonly string[];
  /** Candidates whose requirements are read (lean). */
  candidateIds: readonly string[];
  /** REQUIRES_SKILL links rated below this, or whose rating is suppressed, are left out. */
  minImportance: number;
}

/**
 * A skill a candidate asks for: it REQUIRES_SKILL or USES_TECHNOLOGY it, or the skill LEADS_TO
 * the candidate. `skill` has every property but the search fields (searchText, searchName).
 */
export interface Requirement {
  rel: 'REQUIRES_SKILL' | 'USES_TECHNOLOGY' | 'LEADS_TO';
  skill: GraphNode;
  /** The link's own figures as stored (null where absent). */
  importance: number | null;
  level: number | null;
  suppressed: boolean;
}

export interface PageRead {
  nodes: Array<GraphNode | null>;
  /** Per candidate asked, its requirements (Skill nodes only), in no particular order. */
  requirements: Requirement[][];
}
