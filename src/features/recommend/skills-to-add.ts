import { checkFirst, MAX_PAGE_SIZE } from '../common/pagination';
import type { GraphService } from '../graph/graph.service';
import { RELATIONS } from '../graph/relations';
import { requirementWeight, round4 } from './scoring';
import { compareText } from '../../shared/compare';
import type { GraphNode } from '../../model/graph';
import { toEntity } from '../graph/entity';

export interface SkillToAddData {
  skill: object;
  relationship: string;
  importance: number | null;
  level: number | null;
  weight: number;
}

/** A candidate's requirements the profile does not hold, heaviest first, then name and id. */
export async function skillsToAdd(graph: GraphService, candidateId: string, held: ReadonlySet<string>, first: number): Promise<SkillToAddData[]> {
  checkFirst(first, MAX_PAGE_SIZE);
  const [skills, technologies, leading] = await Promise.all([
    graph.allStored(candidateId, RELATIONS.occupationSkills),
    graph.allStored(candidateId, RELATIONS.occupationTechnologies),
    graph.allStored(candidateId, RELATIONS.roleSkillsLeadingTo),
  ]);
  const byId = new Map<string, Omit<SkillToAddData, 'skill'> & { node: GraphNode; name: string; id: string }>();
  const lists = [
    ['REQUIRES_SKILL', skills],
    ['USES_TECHNOLOGY', technologies],
    ['LEADS_TO', leading],
  ] as const;
  for (const [rel, list] of lists) {
    for (const { node, edge } of list) {
      const importance = rel !== 'LEADS_TO' && typeof edge.importance === 'number' ? edge.importance : null;
      const weight = requirementWeight({ rel, importance, suppressed: edge.suppressed === true });
      if (weight === null || held.has(node.id) || node.label !== 'Skill' || (byId.get(node.id)?.weight ?? -1) >= weight) continue;
      const level = rel !== 'LEADS_TO' && typeof edge.level === 'number' ? edge.level : null;
      byId.set(node.id, { node, relationship: rel, importance, level, weight: round4(weight), name: String(node.props.name ?? ''), id: node.id });
    }
  }
  const out = [...byId.values()];
  out.sort((a, b) => b.weight - a.weight || compareText(a.name, b.name) || compareText(a.id, b.id));
  // Only the skills returned become GraphQL entities.
  return out.slice(0, first).map(({ node, relationship, importance, level, weight }) => ({ skill: toEntity(node), relationship, importance, level, weight }));
}
