import type { GraphService, TraversalRead } from '../graph/graph.service';
import { RELATIONS } from '../graph/relations';
import type { ExplanationPath, Relatedness } from './recommend.model';

const ADVANCES_TO = RELATIONS.roleAdvancesTo;

/**
 * What relatedTo walks from the current occupation, in its order: a caller that prefetches
 * these with the occupation (GraphService.prefetchTraversal) reads them all in one store call.
 */
export const RELATEDNESS_READS: readonly TraversalRead[] = [
  { relation: RELATIONS.relatedOccupations },
  { relation: { rel: 'SPECIALISES', direction: 'IN' } },
  { relation: { rel: 'SPECIALISES', direction: 'OUT' } },
  { relation: RELATIONS.occupationRoles, children: [{ relation: ADVANCES_TO }] },
];

/**
 * Candidates related to the current occupation, best link kept: an O*NET related occupation
 * (its tier weight: 1, 0.75, 0.5), a specialty or its parent (1), one of its career roles
 * (1), or a role one of those advances to (0.75).
 */
export async function relatedTo(graph: GraphService, current: string): Promise<Map<string, Relatedness>> {
  const out = new Map<string, Relatedness>();
  const offer = (id: string, value: number, path: ExplanationPath) => {
    const known = out.get(id);
    if (!known || value > known.value) out.set(id, { value, path });
  };
  const [relatedOccupations, specialties, parents, roles] = await Promise.all(RELATEDNESS_READS.map((r) => graph.traversed(current, r.relation)));
  for (const r of relatedOccupations) {
    const weight = typeof r.edge.weight === 'number' ? r.edge.weight : 0;
    offer(r.node.id, weight, {
      component: 'RELATEDNESS',
      nodeIds: [current, r.node.id],
      relationships: ['RELATED_TO'],
      reason: `O*NET relates it to your occupation (${String(r.edge.tier)}, weight ${weight})`,
    });
  }
  for (const r of [...specialties, ...parents]) {
    offer(r.node.id, 1, {
      component: 'RELATEDNESS',
      nodeIds: [current, r.node.id],
      relationships: ['SPECIALISES'],
      reason: 'a specialty of your occupation, or the occupation yours specialises',
    });
  }
  for (const r of roles) {
    offer(r.node.id, 1, { component: 'RELATEDNESS', nodeIds: [current, r.node.id], relationships: ['HAS_ROLE'], reason: 'a career role of your occupation' });
  }
  const next = await Promise.all(roles.map((r) => graph.traversed(r.node.id, ADVANCES_TO)));
  next.forEach((list, i) => {
    for (const r of list) {
      offer(r.node.id, 0.75, {
        component: 'RELATEDNESS',
        nodeIds: [current, roles[i].node.id, r.node.id],
        relationships: ['HAS_ROLE', 'ADVANCES_TO'],
        reason: 'one move on from a career role of your occupation',
      });
    }
  });
  return out;
}
