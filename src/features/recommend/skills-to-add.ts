import { checkFirst, MAX_PAGE_SIZE } from '../common/pagination';
import { toEntity } from '../graph/entity';
import type { Requirement } from '../../store/recommend-reads';
import { requirementWeight, round4 } from './scoring';
import { compareText } from '../../shared/compare';

export interface SkillToAddData {
  skill: object;
  relationship: string;
  importance: number | null;
  level: number | null;
  weight: number;
}

/** A skill asked for two ways keeps its heaviest; on a tie, the first in this order. */
const REL_ORDER: ReadonlyArray<Requirement['rel']> = ['REQUIRES_SKILL', 'USES_TECHNOLOGY', 'LEADS_TO'];

/**
 * A candidate's requirements (read with the page, RecommendService) the profile does not hold,
 * heaviest first, then name and id.
 */
export function skillsToAdd(
  requirements: readonly Requirement[], held: ReadonlySet<string>, first: number,
): SkillToAddData[] {
  checkFirst(first, MAX_PAGE_SIZE);
  const byId = new Map<string, Omit<SkillToAddData, 'skill'> & { requirement: Requirement; name: string; id: string }>();
  for (const rel of REL_ORDER) {
    for (const r of requirements) {
      if (r.rel !== rel) continue;
      const id = r.skill.id;
      const importance = rel !== 'LEADS_TO' ? r.importance : null;
      const weight = requirementWeight({ rel, importance, suppressed: r.suppressed });
      if (weight === null || held.has(id) || (byId.get(id)?.weight ?? -1) >= weight) continue;
      const level = rel !== 'LEADS_TO' ? r.level : null;
      byId.set(id, { requirement: r, relationship: rel, importance, level, weight: round4(weight), name: String(r.skill.props.name ?? ''), id });
    }
  }
  const out = [...byId.values()];
  out.sort((a, b) => b.weight - a.weight || compareText(a.name, b.name) || compareText(a.id, b.id));
  // Only the skills returned become GraphQL entities.
  return out.slice(0, first).map(({ requirement, relationship, importance, level, weight }) => ({
    skill: toEntity(requirement.skill), relationship, importance, level, weight,
  }));
}
