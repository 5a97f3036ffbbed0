import type Graph from 'graphology';
import type { Props, RelType } from '../../model/graph';
import { PATH_GROUPS, WALKABLE_RELS, type FoundPath, type PathQuery } from '../graph-store';

interface Attrs {
  type: RelType;
  props: Props;
}

const walkable = (a: Attrs) => (WALKABLE_RELS as readonly string[]).includes(a.type) && (a.type !== 'HAS_ROLE' || a.props.entry === true);

/**
 * The in-memory side of PathQuery: breadth-first distances to the target bound a depth-first
 * enumeration of simple paths, one length at a time, until PATH_GROUPS lengths have paths.
 */
export function findPaths(graph: Graph<any, Attrs>, q: PathQuery): FoundPath[] {
  if (!graph.hasNode(q.from) || !graph.hasNode(q.to)) return [];
  const distance = distancesTo(graph, q.to, q.maxSteps);
  const found: FoundPath[] = [];
  let groups = 0;
  for (let length = Math.max(1, distance.get(q.from) ?? Infinity); length <= q.maxSteps && groups < PATH_GROUPS; length++) {
    const group = pathsOfLength(graph, q, length, distance);
    if (group.length > 0) {
      groups++;
      found.push(...group);
    }
  }
  return found.sort(comparePaths).slice(0, q.maxPaths);
}

function distancesTo(graph: Graph<any, Attrs>, target: string, maxSteps: number): Map<string, number> {
  const distance = new Map([[target, 0]]);
  let frontier = [target];
  for (let d = 1; d <= maxSteps && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachInEdge(node, (_e, attrs, source) => {
        if (walkable(attrs) && !distance.has(source)) {
          distance.set(source, d);
          next.push(source);
        }
      });
    }
    frontier = next;
  }
  return distance;
}

function pathsOfLength(graph: Graph<any, Attrs>, q: PathQuery, length: number, distance: Map<string, number>): FoundPath[] {
  const out: FoundPath[] = [];
  const nodes = [q.from];
  const rels: FoundPath['rels'] = [];
  const onPath = new Set(nodes);
  const walk = (node: string) => {
    if (rels.length === length) {
      if (node === q.to) out.push({ nodes: [...nodes], rels: [...rels] });
      return;
    }
    graph.forEachOutEdge(node, (_e, attrs, _s, next) => {
      const remaining = length - rels.length - 1;
      if (!walkable(attrs) || onPath.has(next) || (distance.get(next) ?? Infinity) > remaining) return;
      if (next === q.to && remaining > 0) return;
      nodes.push(next);
      rels.push({ type: attrs.type, props: attrs.props });
      onPath.add(next);
      walk(next);
      onPath.delete(next);
      rels.pop();
      nodes.pop();
    });
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
