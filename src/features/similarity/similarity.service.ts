import { BadUserInputError, NotFoundError } from '../../shared/errors';
import { toConnection } from '../common/connection';
import { cursorScope } from '../common/cursor';
import { rankedPage, type RankedPage } from '../common/ranked-page';
import { checkFirst, pageRequest, type PageArgs } from '../common/pagination';
import { findOccupation } from '../common/node-ref';
import type { Entity } from '../graph/entity';
import type { GraphService, RelatedConnection } from '../graph/graph.service';
import { RELATIONS } from '../graph/relations';
import { requirementWeight, round4 } from '../recommend/scoring';
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

/** The parts of a similarity (src/ingest/onet/derived/similarity.ts), each 0 to 1, null where one side lacks the facts. */
export const COMPONENTS = ['text', 'skills', 'interests', 'jobZone', 'soc'] as const;

export interface SimilarOccupation {
  cursor: string;
  rank: number;
  occupationId: string;
  similarity: number;
  components: Record<string, unknown>;
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

  /**
   * The occupations most similar to this one, as its O*NET release's import derived them
   * (SIMILAR_TO; src/ingest/onet/derived/similarity.ts has the formula and README the
   * measurements), with the parts of each similarity and, for the page, the important skills
   * both share.
   */
  async similar(code: string, first: number, after: string | null): Promise<SimilarPage> {
    checkFirst(first, MAX_SIMILAR);
    const occupation = await this.occupation(code);
    const list = await this.graph.all(occupation.id, RELATIONS.occupationSimilar);
    const scored = list.map(({ node, edge }) => ({
      occupationId: node.id,
      similarity: Number(edge.similarity),
      components: Object.fromEntries(COMPONENTS.map((c) => [c, typeof edge[`${c}Similarity`] === 'number' ? edge[`${c}Similarity`] : null])),
    }));
    const page = rankedPage(
      scored,
      (s) => ({ score: s.similarity, id: s.occupationId }),
      { scope: cursorScope('similarOccupations', occupation.id), first, after },
      (s) => ({ ...s, sharedWeight: 0, sharedSkills: [] as SharedSkill[] }),
    );
    return this.withSharedSkills(occupation.id, page);
  }

  /** The page's shared important skills: both occupations' ratings are read in one batch. */
  private async withSharedSkills(occupationId: string, page: SimilarPage): Promise<SimilarPage> {
    const lists = await Promise.all([occupationId, ...page.items.map((i) => i.occupationId)].map((id) => this.graph.all(id, RELATIONS.occupationSkills)));
    const weights = lists.map((list) => {
      const out = new Map<string, number>();
      for (const { node, edge } of list) {
        const weight = requirementWeight({
          rel: 'REQUIRES_SKILL',
          importance: typeof edge.importance === 'number' ? edge.importance : null,
          suppressed: edge.suppressed === true,
        });
        if (weight !== null) out.set(node.id, weight);
      }
      return out;
    });
    const [mine, ...theirs] = weights;
    page.items.forEach((item, i) => {
      const shared = [...mine].flatMap(([skillId, weightHere]) => {
        const weightThere = theirs[i].get(skillId);
        return weightThere === undefined ? [] : [{ skillId, weightHere, weightThere }];
      });
      shared.sort((a, b) => Math.min(b.weightHere, b.weightThere) - Math.min(a.weightHere, a.weightThere) || compareText(a.skillId, b.skillId));
      item.sharedSkills = shared;
      item.sharedWeight = round4(shared.reduce((sum, x) => sum + Math.min(x.weightHere, x.weightThere), 0));
    });
    return page;
  }

  private async occupation(code: string): Promise<Entity> {
    const node = await findOccupation(this.graph, code);
    if (!node) throw new NotFoundError('Occupation', code);
    return node;
  }
}
