import type { Props, RelType } from '../../model/graph';
import { PATH_GROUPS, WALKABLE_RELS, type FoundPath, type PathQuery } from '../graph-store';
import type { EdgeAttributes, MemoryGraph } from './memory-graph';

const walkable = (a: EdgeAttributes) => (WALKABLE_RELS as readonly string[]).includes(a.type) && (a.type !== 'HAS_ROLE' || a.props.entry === true);

interface Step {
  next: string;
  type: RelType;
  props: Props;
}

/**
 * Walkable steps out of (or into) each node, computed once per node: occupations have many
 * more task, skill and technology edges than walkable ones, so the searches skip those.
 */
export class WalkableSteps {
  private readonly out = new Map<string, Step[]>();
  private readonly into = new Map<string, Step[]>();

  constructor(private readonly graph: MemoryGraph) {}

  from(node: string): Step[] {
    return this.cached(this.out, node, (visit) => this.graph.forEachOutEdge(node, (_e, a, _s, t) => visit(a, t)));
  }

  to(node: string): Step[] {
    return this.cached(this.into, node, (visit) => this.graph.forEachInEdge(node, (_e, a, s) => visit(a, s)));
  }

  private cached(cache: Map<string, Step[]>, node: string, each: (visit: (a: EdgeAttributes, other: string) => void) => void): Step[] {
    let steps = cache.get(node);
    if (!steps) {
      const found: Step[] = [];
      each((a, other) => {
        if (walkable(a)) found.push({ next: other, type: a.type, props: a.props });
      });
      steps = found;
      cache.set(node, steps);
    }
    return steps;
  }
}

/**
 * The in-memory side of PathQuery: breadth-first distances to the target bound a depth-first
 * enumeration of simple paths, one length at a time, until PATH_GROUPS lengths have paths.
 */
export function findPaths(graph: MemoryGraph, steps: WalkableSteps, q: PathQuery): FoundPath[] {
  if (!graph.hasNode(q.from) || !graph.hasNode(q.to)) return [];
  const distance = distancesTo(steps, q.to, q.maxSteps);
  const found: FoundPath[] = [];
  let groups = 0;
  for (let length = Math.max(1, distance.get(q.from) ?? Infinity); length <= q.maxSteps && groups < PATH_GROUPS; length++) {
    const group = pathsOfLength(steps, q, length, distance);
    if (group.length > 0) {
      groups++;
      found.push(...group);
    }
  }
  return found.sort(comparePaths).slice(0, q.maxPaths);
}

function distancesTo(steps: WalkableSteps, target: string, maxSteps: number): Map<string, number> {
  const distance = new Map([[target, 0]]);
  let frontier = [target];
  for (let d = 1; d <= maxSteps && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const step of steps.to(node)) {
        if (!distance.has(step.next)) {
          distance.set(step.next, d);
          next.push(step.next);
        }
      }
    }
    frontier = next;
  }
  return distance;
}

function pathsOfLength(steps: WalkableSteps, q: PathQuery, length: number, distance: Map<string, number>): FoundPath[] {
  const out: FoundPath[] = [];
  const nodes = [q.from];
  const rels: FoundPath['rels'] = [];
  const onPath = new Set(nodes);
  const walk = (node: string) => {
    if (rels.length === length) {
      if (node === q.to) out.push({ nodes: [...nodes], rels: [...rels] });
      return;
    }
    for (const { next, type, props } of steps.from(node)) {
      const remaining = length - rels.length - 1;
      if (onPath.has(next) || (distance.get(next) ?? Infinity) > remaining) continue;
      if (next === q.to && remaining > 0) continue;
      nodes.push(next);
      rels.push({ type, props });
      onPath.add(next);
      walk(next);
      onPath.delete(next);
      rels.pop();
      nodes.pop();
    }
  };
  walk(q.from);
  return out;
}

/** Cypher's ORDER BY size(nodes), nodes: by length, then node ids element by element. */
function comparePaths(a: FoundPath, b: FoundPath): number {
  if (a.nodes.length !== b.nodes.length) return a.nodes.length - b.nodes.length;
  for (let i = 0; i < a.nodes.length; i++) {
    if (a.nodes[i] !== b.nodes[i]) return a.nodes[i] < b.nodes[i] ? -1 : 1;
  }
  return 0;
}
