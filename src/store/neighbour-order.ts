import { compareText } from '../shared/compare';
import type { Neighbour, NeighbourKey, RequirementMatch, SalaryFacts } from './graph-store';

/** A neighbour's sort key: edge rank (none sorts last), then id. The in-memory store's rule (Neo4j's is in its statements). */
export function neighbourKey(n: Pick<Neighbour, 'node' | 'edge'>): NeighbourKey {
  return { rank: typeof n.edge.rank === 'number' ? n.edge.rank : Number.MAX_SAFE_INTEGER, id: n.node.id };
}

export function compareNeighbourKeys(a: NeighbourKey, b: NeighbourKey): number {
  if (a.rank !== b.rank) return a.rank - b.rank;
  return compareText(a.id, b.id);
}

/** The documented neighbour order, shared by the in-memory store and tests. */
export function compareNeighbours(a: Neighbour, b: Neighbour): number {
  return compareNeighbourKeys(a.key, b.key);
}

/** Index of the first element for which `above` holds, in a list where it holds for a suffix. */
export function firstAbove<T>(list: readonly T[], above: (item: T) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (above(list[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** By minYears, then maxAnnual, nulls last; Cypher sorts the same way. */
export function compareBands(a: SalaryFacts, b: SalaryFacts): number {
  return (
    nullLast(a.minYears, b.minYears) ||
    nullLast(a.maxAnnual, b.maxAnnual) ||
    nullLast(a.maxYears, b.maxYears) ||
    nullLast(a.minAnnual, b.minAnnual) ||
    compareText(a.id, b.id)
  );
}

function nullLast(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a - b;
}

/** A candidate's matches: by skill id, then relationship type. */
export function compareMatches(x: RequirementMatch, y: RequirementMatch): number {
  return compareText(x.skillId, y.skillId) || compareText(x.rel, y.rel);
}
