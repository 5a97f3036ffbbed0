import { checkFirst, MAX_PAGE_SIZE } from '../common/pagination';
import type { GraphService, SlimReads } from '../graph/graph.service';
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

/** What skillsToAdd reads of every requirement: enough to rank them; the chosen few are then read whole. */
const REQUIREMENT_READS: SlimReads = {
  relations: [RELATIONS.occupationSkills, RELATIONS.occupationTechnologies, RELATIONS.roleSkillsLeadingTo],
  props: ['name'],
  edgeProps: ['importance', 'level', 'suppressed'],
};

/** A candidate's requirements the profile does not hold, heaviest first, then name and id. */
export async function skillsToAdd(graph: GraphService, candidateId: string, held: ReadonlySet<string>, first: number): Promise<SkillToAddData[]> {
  checkFirst(first, MAX_PAGE_SIZE);
  const [skills, technologies, leading] = await graph.slim(candidateId, REQUIREMENT_READS);
  const byId = new Map<string, Omit<SkillToAddData, 'skill'> & { name: string; id: string }>();
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
      byId.set(node.id, { relationship: rel, importance, level, weight: round4(weight), name: String(node.props.name ?? ''), id: node.id });
    }
  }
  const out = [...byId.values()];
  out.sort((a, b) => b.weight - a.weight || compareText(a.name, b.name) || compareText(a.id, b.id));
  // Only the skills returned are read whole (with the other node reads of this tick).
  const chosen = out.slice(0, first);
  const nodes = await Promise.all(chosen.map((c) => graph.node(c.id)));
  return chosen.flatMap(({ relationship, importance, level, weight }, i) => {
    const skill = nodes[i];
    return skill ? [{ skill, relationship, importance, level, weight }] : [];
  });
}
