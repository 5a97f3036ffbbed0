import type { Neighbour } from './graph-store';

/** The documented neighbour order, shared by the in-memory store and tests. */
export function compareNeighbours(a: Neighbour, b: Neighbour): number {
  const ra = typeof a.edge.rank === 'number' ? a.edge.rank : Number.MAX_SAFE_INTEGER;
  const rb = typeof b.edge.rank === 'number' ? b.edge.rank : Number.MAX_SAFE_INTEGER;
  if (ra !== rb) return ra - rb;
  return a.node.id < b.node.id ? -1 : a.node.id > b.node.id ? 1 : 0;
}
