import { checkFirst, MAX_PAGE_SIZE } from '../common/pagination';
import type { GraphService } from '../graph/graph.service';
import { RELATIONS } from '../graph/relations';
import { requirementWeight, round4 } from './scoring';
import { compareText } from '../../shared/compare';

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
    graph.all(candidateId, RELATIONS.occupationSkills),
    graph.all(candidateId, RELATIONS.occupationTechnologies),
    graph.all(candidateId, RELATIONS.roleSkillsLeadingTo),
  ]);
  const byId = new Map<string, SkillToAddData & { name: string; id: string }>();
  const lists = [['REQUIRES_SKILL', skills], ['USES_TECHNOLOGY', technologies], ['LEADS_TO', leading]] as const;
  for (const [rel, list] of lists) {
    for (const { node, edge } of list) {
      const importance = rel !== 'LEADS_TO' && typeof edge.importance === 'number' ? edge.importance : null;
      const weight = requirementWeight({ rel, importance, suppressed: edge.suppressed === true });
      if (weight === null || held.has(node.id) || node.__label !== 'Skill' || (byId.get(node.id)?.weight ?? -1) >= weight) continue;
      const level = rel !== 'LEADS_TO' && typeof edge.level === 'number' ? edge.level : null;
      byId.set(node.id, { skill: node, relationship: rel, importance, level, weight: round4(weight), name: String(node.name ?? ''), id: node.id });
    }
  }
  const out = [...byId.values()];
  out.sort((a, b) => b.weight - a.weight || compareText(a.name, b.name) || compareText(a.id, b.id));
  return out.slice(0, first);
}
