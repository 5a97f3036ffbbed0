import type { Entity } from '../graph/entity';
import type { GraphService } from '../graph/graph.service';
import { RELATIONS } from '../graph/relations';

export interface SkillNeed {
  skill: Entity;
  importance: number | null;
}

export interface Requirements {
  skills: SkillNeed[];
  certifications: Entity[];
}

/**
 * O*NET rates every skill for every occupation; only those at or above this importance
 * (1–5 scale, 3 = "important") count as needed, and never a rating O*NET suppresses. Skills
 * without a rating (curated profiles) always count.
 */
export const IMPORTANT_SKILL = 3;

/** What a role or occupation asks for: important skills and required certifications. */
export class RequirementsService {
  constructor(private readonly graph: GraphService) {}

  async of(nodeId: string): Promise<Requirements> {
    const [skills, certifications] = await Promise.all([
      this.graph.all(nodeId, RELATIONS.occupationSkills),
      this.graph.all(nodeId, RELATIONS.occupationCertifications),
    ]);
    return {
      skills: skills
        .filter((s) => s.edge.suppressed !== true)
        .map((s) => ({ skill: s.node, importance: typeof s.edge.importance === 'number' ? s.edge.importance : null }))
        .filter((s) => s.importance === null || s.importance >= IMPORTANT_SKILL),
      certifications: certifications.filter((c) => c.edge.requirement === 'REQUIRED').map((c) => c.node),
    };
  }

  /** Requirements of many nodes at once; the loads batch into one round trip per relationship. */
  async ofMany(nodeIds: readonly string[]): Promise<Map<string, Requirements>> {
    const unique = [...new Set(nodeIds)];
    const all = await Promise.all(unique.map((id) => this.of(id)));
    return new Map(unique.map((id, i) => [id, all[i]]));
  }
}

/** `a` minus `b`, by node id, keeping `a`'s order. */
export function minus<T extends { id: string }>(a: readonly T[], b: readonly { id: string }[]): T[] {
  const drop = new Set(b.map((x) => x.id));
  return a.filter((x) => !drop.has(x.id));
}
