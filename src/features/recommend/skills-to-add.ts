import type { GraphNode } from '../../model/graph';
import { checkFirst, MAX_PAGE_SIZE } from '../common/pagination';
import { toEntity } from '../graph/entity';
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

/**
 * A candidate's requirements the profile does not hold, heaviest first, then name and id.
 * `reads`: the skill properties the caller reads (undefined: all). When they are among those read
 * to rank (its name), the skills are given as read; otherwise the chosen few are read whole.
 */
export async function skillsToAdd(
  graph: GraphService,
  candidateId: string,
  held: ReadonlySet<string>,
  first: number,
  reads?: readonly string[],
): Promise<SkillToAddData[]> {
  checkFirst(first, MAX_PAGE_SIZE);
  const [skills, technologies, leading] = await graph.slim(candidateId, REQUIREMENT_READS);
  const byId = new Map<string, Omit<SkillToAddData, 'skill'> & { name: string; id: string; node: GraphNode }>();
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
      byId.set(node.id, { relationship: rel, importance, level, weight: round4(weight), name: String(node.props.name ?? ''), id: node.id, node });
    }
  }
  const out = [...byId.values()];
  out.sort((a, b) => b.weight - a.weight || compareText(a.name, b.name) || compareText(a.id, b.id));
  const chosen = out.slice(0, first);
  // The skills as read when the caller reads nothing else of them; otherwise only the skills
  // returned are read whole (with the other node reads of this tick).
  const asRead = reads !== undefined && reads.every((p) => REQUIREMENT_READS.props.includes(p));
  const nodes = asRead ? chosen.map((c) => toEntity(c.node)) : await Promise.all(chosen.map((c) => graph.node(c.id)));
  return chosen.flatMap(({ relationship, importance, level, weight }, i) => {
    const skill = nodes[i];
    return skill ? [{ skill, relationship, importance, level, weight }] : [];
  });
}
