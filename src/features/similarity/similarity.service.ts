import { nodeId, occupationKey } from '../../model/ids';
import type { CandidateFacts } from '../../store/graph-store';
import { BadUserInputError, NotFoundError } from '../../shared/errors';
import { toConnection } from '../common/connection';
import { cursorScope } from '../common/cursor';
import { rankedPage, type RankedPage } from '../common/ranked-page';
import { checkFirst, pageRequest, type PageArgs } from '../common/pagination';
import type { Entity } from '../graph/entity';
import type { GraphService, RelatedConnection } from '../graph/graph.service';
import { RELATIONS } from '../graph/relations';
import { MIN_IMPORTANCE, requirementWeight, round4, totalRequirementWeight } from '../recommend/scoring';
import { compareText } from '../../shared/compare';

export const MAX_SIMILAR = 50;

/** O*NET relatedness tiers, best first (src/ingest/onet/related-occupations.ts). */
export const TIERS = ['PRIMARY_SHORT', 'PRIMARY_LONG', 'SUPPLEMENTAL'] as const;
export type Tier = (typeof TIERS)[number];

export interface SharedSkill {
  skillId: string;
  weightHere: number;
  weightThere: number;
}

export interface SimilarOccupation {
  cursor: string;
  rank: number;
  occupationId: string;
  /** Weighted Jaccard: Σ min(w_a, w_b) / Σ max(w_a, w_b) over both requirement sets. */
  similarity: number;
  sharedWeight: number;
  sharedSkills: SharedSkill[];
}

export type SimilarPage = RankedPage<Omit<SimilarOccupation, 'rank' | 'cursor'>>;

/**
 * Occupations near one another: O*NET's own relatedness lists, and similarity computed from
 * the requirements recommendations score on (src/features/recommend/scoring.ts), so a
 * similarity and a recommendation weigh a skill the same way.
 */
export class SimilarityService {
  constructor(private readonly graph: GraphService) {}

  async related(code: string, tier: Tier | null, args: PageArgs): Promise<RelatedConnection> {
    const occupation = await this.occupation(code);
    const scope = cursorScope('relatedOccupations', occupation.id, tier);
    const request = pageRequest(args, scope);
    const all = (await this.graph.all(occupation.id, RELATIONS.relatedOccupations)).filter((r) => tier === null || r.edge.tier === tier);
    // graph.all keeps the store's order (O*NET's: tier, then index), which `rank` encodes.
    const keyed = all.map((r, position) => ({ node: r.node, edge: r.edge, key: [position, r.node.id] as [number, string] }));
    let start = 0;
    if (request.after) {
      const [, id] = request.after;
      start = keyed.findIndex((k) => k.node.id === id) + 1;
      if (start === 0) throw new BadUserInputError('after', 'names an occupation no longer in this list; start again without `after`');
    }
    const page = keyed.slice(start, start + request.limit);
    return toConnection(page, { total: keyed.length, hasMore: start + page.length < keyed.length, after: request.after, scope });
  }

  async similar(code: string, first: number, after: string | null): Promise<SimilarPage> {
    checkFirst(first, MAX_SIMILAR);
    const occupation = await this.occupation(code);
    const [skills, technologies] = await Promise.all([
      this.graph.all(occupation.id, RELATIONS.occupationSkills),
      this.graph.all(occupation.id, RELATIONS.occupationTechnologies),
    ]);
    const mine = new Map<string, number>();
    for (const [rel, list] of [['REQUIRES_SKILL', skills], ['USES_TECHNOLOGY', technologies]] as const) {
      for (const { node, edge } of list) {
        const weight = requirementWeight({ rel, importance: typeof edge.importance === 'number' ? edge.importance : null });
        if (weight !== null && node.__label === 'Skill') mine.set(node.id, Math.max(weight, mine.get(node.id) ?? 0));
      }
    }
    const candidates = await this.graph.store.candidates({ skillIds: [...mine.keys()].sort(), extraIds: [occupation.id], minImportance: MIN_IMPORTANCE });
    const own = candidates.find((c) => c.facts.id === occupation.id)?.facts as CandidateFacts;
    const mineTotal = totalRequirementWeight(own);

    const scored = candidates.flatMap(({ facts: f, matches }) => {
      if (f.id === occupation.id || f.label !== 'Occupation') return [];
      const shared = new Map<string, SharedSkill>();
      for (const m of matches) {
        const there = requirementWeight(m);
        const here = mine.get(m.skillId);
        if (there === null || here === undefined) continue;
        const previous = shared.get(m.skillId);
        if (!previous || there > previous.weightThere) shared.set(m.skillId, { skillId: m.skillId, weightHere: here, weightThere: there });
      }
      if (shared.size === 0) return [];
      const list = [...shared.values()].sort(
        (a, b) => Math.min(b.weightHere, b.weightThere) - Math.min(a.weightHere, a.weightThere) || compareText(a.skillId, b.skillId),
      );
      let sharedWeight = 0;
      for (const s of list) sharedWeight += Math.min(s.weightHere, s.weightThere);
      const union = mineTotal + totalRequirementWeight(f) - sharedWeight;
      const similarity = union > 0 ? round4(sharedWeight / union) : 0;
      return [{ occupationId: f.id, similarity, sharedWeight: round4(sharedWeight), sharedSkills: list }];
    });
    scored.sort((a, b) => b.similarity - a.similarity || compareText(a.occupationId, b.occupationId));

    return rankedPage(
      scored,
      (s) => ({ score: s.similarity, id: s.occupationId }),
      { scope: cursorScope('similarOccupations', occupation.id), first, after },
      (s) => s,
    );
  }

  private async occupation(code: string): Promise<Entity> {
    const node = await this.graph.node(nodeId.occupation(occupationKey(code)));
    if (node?.__label !== 'Occupation') throw new NotFoundError('Occupation', code);
    return node;
  }
}
