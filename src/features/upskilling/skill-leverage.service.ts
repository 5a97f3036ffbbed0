import { resolveOccupation } from '../common/node-ref';
import { cursorScope, type CursorKey } from '../common/cursor';
import { compareKeys, keysetPage, rankedConnection, type ConnectionOf } from '../common/ranked-page';
import type { Entity } from '../graph/entity';
import type { GraphService } from '../graph/graph.service';
import { UpskillingService } from './upskilling.service';

export interface Leverage {
  qualification: Entity;
  opensCount: number;
  opens: Entity[];
}

/** Opens the most first, then by name and id. */
const LEVERAGE_RANKING = {
  key: (e: Leverage): CursorKey => [e.opensCount, String(e.qualification.name ?? ''), e.qualification.id],
  order: ['desc', 'asc', 'asc'] as const,
};

/**
 * The skill view of upskilling: over the same candidate targets, which single skill or
 * certification is needed by the most of them. Ranked by that count, then name, then id.
 */
export class SkillLeverageService {
  constructor(private readonly graph: GraphService) {}

  async leverage(code: string, page: { first: number; after: string | null }): Promise<ConnectionOf<Entity, Leverage>> {
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
    const ranked = [...byQualification.values()]
      .map((e) => ({ qualification: e.qualification, opens: [...e.opens.values()], opensCount: e.opens.size }))
      .sort((a, b) => compareKeys(LEVERAGE_RANKING.key(a), LEVERAGE_RANKING.key(b), LEVERAGE_RANKING.order));
    const scope = cursorScope('skillLeverage', occupation.id);
    return rankedConnection(keysetPage(ranked, LEVERAGE_RANKING, { scope, ...page }, (e) => ({ ...e, node: e.qualification })));
  }
}
