import type { Entity } from '../graph/entity';
import type { GraphService } from '../graph/graph.service';
import { RELATIONS } from '../graph/relations';
import { isNeededSkill, isRequiredCertification } from '../../store/graph-store';
import { MIN_IMPORTANCE } from '../recommend/scoring';

export interface SkillNeed {
  skill: Entity;
  importance: number | null;
}

export interface Requirements {
  skills: SkillNeed[];
  certifications: Entity[];
}

/**
 * What a role or occupation asks for: important skills and required certifications (careerPaths
 * reads the same as ids, StopNeeds). O*NET rates every skill for every occupation; only those at
 * or above MIN_IMPORTANCE count as needed, and never a rating O*NET suppresses. Skills without a
 * rating (curated profiles) always count.
 */
export class RequirementsService {
  constructor(private readonly graph: GraphService) {}

  async of(nodeId: string): Promise<Requirements> {
    const [skills, certifications] = await Promise.all([
      this.graph.all(nodeId, RELATIONS.occupationSkills),
      this.graph.all(nodeId, RELATIONS.occupationCertifications),
    ]);
    return {
      skills: skills
        .filter((s) => isNeededSkill(s.edge, MIN_IMPORTANCE))
        .map((s) => ({ skill: s.node, importance: typeof s.edge.importance === 'number' ? s.edge.importance : null })),
      certifications: certifications.filter((c) => isRequiredCertification(c.edge)).map((c) => c.node),
    };
  }
}

/** `a` minus `b`, by node id, keeping `a`'s order. */
export function minus<T extends { id: string }>(a: readonly T[], b: readonly { id: string }[]): T[] {
  const drop = new Set(b.map((x) => x.id));
  return a.filter((x) => !drop.has(x.id));
}
