import Graph from 'graphology';
import type { NodeLabel, Props, RelType } from '../../src/model/graph';
import { PATH_GROUPS, type PathQuery } from '../../src/store/graph-store';
import type { EdgeAttributes, MemoryGraph, NodeAttributes } from '../../src/store/memory/memory-graph';
import { findPaths, WalkableSteps } from '../../src/store/memory/path-finder';

/**
 * careerPaths' candidates in the in-memory store (src/store/memory/path-finder.ts): simple
 * paths over the walkable relationships, of the PATH_GROUPS shortest lengths, by length then ids.
 *
 *   o -HAS_ROLE(entry)-> e -ADVANCES_TO-> x, y;  x -ADVANCES_TO-> y;  x, y -MAPS_TO-> t;  t -RELATED_TO-> o
 *   o -HAS_ROLE(entry: false)-> x, o -HAS_ROLE-> y (no entry flag), o -REQUIRES_SKILL-> t: not walkable.
 */
function graph(): MemoryGraph {
  const g: MemoryGraph = new Graph<NodeAttributes, EdgeAttributes>({ type: 'directed', multi: true });
  const node = (id: string, label: NodeLabel) => g.addNode(id, { label, props: { name: id } });
  const edge = (type: RelType, from: string, to: string, props: Props = {}) => g.addDirectedEdge(from, to, { type, props });
  node('o', 'Occupation');
  node('t', 'Occupation');
  for (const id of ['y', 'x', 'e']) node(id, 'CareerRole');
  // Added in reverse id order: the answer's order must not depend on it.
  edge('MAPS_TO', 'y', 't');
  edge('MAPS_TO', 'x', 't');
  edge('ADVANCES_TO', 'x', 'y');
  edge('ADVANCES_TO', 'e', 'y');
  edge('ADVANCES_TO', 'e', 'x', { rank: 1 });
  edge('HAS_ROLE', 'o', 'y');
  edge('HAS_ROLE', 'o', 'x', { entry: false });
  edge('HAS_ROLE', 'o', 'e', { entry: true });
  edge('REQUIRES_SKILL', 'o', 't');
  edge('RELATED_TO', 't', 'o', { weight: 0.5 });
  return g;
}

describe('in-memory path finding', () => {
  const g = graph();
  const find = (q: Partial<PathQuery> & Pick<PathQuery, 'from' | 'to'>) =>
    findPaths(g, new WalkableSteps(g), { maxSteps: 6, maxPaths: 200, minImportance: 3, ...q }).map((p) => p.nodes.join(''));

  it('keeps the two shortest lengths that have paths, by length then node ids', () => {
    expect(PATH_GROUPS).toBe(2);
    // No path of 1 or 2 steps (o reaches x and y only through the entry role e); 3 and 4 steps.
    expect(find({ from: 'o', to: 't' })).toEqual(['oext', 'oeyt', 'oexyt']);
    // Backwards along RELATED_TO's direction only: t -> o -> e -> ...
    expect(find({ from: 't', to: 'y' })).toEqual(['toey', 'toexy']);
  });

  it('walks HAS_ROLE only into entry roles, and never a relationship that is not walkable', () => {
    expect(find({ from: 'o', to: 'x' })).toEqual(['oex']);
    expect(find({ from: 'o', to: 'e' })).toEqual(['oe']);
  });

  it('gives each path its relationships, in order, with their properties', () => {
    const [path] = findPaths(g, new WalkableSteps(g), { from: 'o', to: 'x', maxSteps: 6, maxPaths: 1, minImportance: 3 });
    expect(path).toEqual({
      nodes: ['o', 'e', 'x'],
      rels: [
        { type: 'HAS_ROLE', props: { entry: true } },
        { type: 'ADVANCES_TO', props: { rank: 1 } },
      ],
    });
  });

  it('keeps within maxSteps and maxPaths', () => {
    expect(find({ from: 'o', to: 't', maxSteps: 3 })).toEqual(['oext', 'oeyt']);
    expect(find({ from: 'o', to: 't', maxSteps: 2 })).toEqual([]);
    expect(find({ from: 'o', to: 't', maxPaths: 1 })).toEqual(['oext']);
  });

  it('visits no node twice: no path back to the start, none round the o -> ... -> t -> o cycle', () => {
    expect(find({ from: 'o', to: 'o' })).toEqual([]);
    // x -> t -> o -> e and x -> y -> t -> o -> e; none passes x again.
    expect(find({ from: 'x', to: 'e' })).toEqual(['xtoe', 'xytoe']);
  });

  it('finds nothing from or to a node that does not exist', () => {
    expect(find({ from: 'nobody', to: 't' })).toEqual([]);
    expect(find({ from: 'o', to: 'nobody' })).toEqual([]);
  });
});
