import { byText } from '../automation/automation.service';
import { resolveOccupation } from '../common/node-ref';
import type { Entity } from '../graph/entity';
import type { GraphService } from '../graph/graph.service';
import { UpskillingService } from './upskilling.service';

export interface Leverage {
  rank: number;
  qualification: Entity;
  opensCount: number;
  opens: Entity[];
}

/**
 * The skill view of upskilling: over the same candidate targets, which single skill or
 * certification is needed by the most of them. Ranked by that count, then name, then id.
 */
export class SkillLeverageService {
  constructor(private readonly graph: GraphService) {}

  async leverage(code: string, first: number): Promise<Leverage[]> {
    const occupation = await resolveOccupation(this.graph, 'occupation', code);
    const candidates = await new UpskillingService(this.graph).candidates(occupation);
    const byQualification = new Map<string, { qualification: Entity; opens: Map<string, Entity> }>();
    for (const c of candidates) {
      for (const q of [...c.skills.map((s) => s.skill), ...c.certifications]) {
        const entry = byQualification.get(q.id) ?? { qualification: q, opens: new Map() };
        entry.opens.set(c.target.id, c.target);
        byQualification.set(q.id, entry);
      }
    }
    return [...byQualification.values()]
      .map((e) => ({ qualification: e.qualification, opens: [...e.opens.values()], opensCount: e.opens.size }))
      .sort((a, b) => b.opensCount - a.opensCount || byText(a.qualification.name, b.qualification.name) || byText(a.qualification.id, b.qualification.id))
      .slice(0, first)
      .map((e, i) => ({ ...e, rank: i + 1 }));
  }
}
