import type { FoundPath } from '../../store/graph-store';
import type { Entity } from '../graph/entity';
import type { GraphService } from '../graph/graph.service';
import { resolveNodeRef } from '../common/node-ref';
import { minus, RequirementsService } from '../requirements/requirements.service';
import type { CareerPath, CareerStep } from './career-path.type';
import { cursorScope, type CursorKey } from '../common/cursor';
import { compareKeys, keysetPage, rankedConnection, type ConnectionOf } from '../common/ranked-page';

/** Candidate paths read for ranking (the two shortest lengths): at most this many. */
const MAX_CANDIDATES = 200;

/** Cheapest first, then fewer steps, then by the stops' ids: a path's key is unique. */
const PATH_RANKING = {
  key: (p: CareerPath): CursorKey => [p.cost, p.length, p.nodes.map((n) => (n as Entity).id).join(' ')],
  order: ['asc', 'asc', 'asc'] as const,
};

/**
 * Ranks the store's candidate paths by cost: per step 1, plus each skill the next stop needs
 * that the current one does not, plus each certification it newly requires, plus (1 − weight)
 * for a RELATED_TO step. Ties: fewer steps, then node ids.
 */
export class CareerPathService {
  constructor(private readonly graph: GraphService) {}

  async paths(fromRef: string, toRef: string, maxSteps: number, page: { first: number; after: string | null }): Promise<ConnectionOf<CareerPath>> {
    const [from, to] = await Promise.all([
      resolveNodeRef(this.graph, 'from', fromRef),
      resolveNodeRef(this.graph, 'to', toRef),
    ]);
    const ranked = await this.ranked(from, to, maxSteps);
    const scope = cursorScope('careerPaths', from.id, to.id, maxSteps);
    return rankedConnection(keysetPage(ranked, PATH_RANKING, { scope, ...page }, (path) => ({ node: path })));
  }

  /** Every candidate path, cheapest first (PATH_RANKING). */
  private async ranked(from: Entity, to: Entity, maxSteps: number): Promise<CareerPath[]> {
    if (from.id === to.id) return [{ cost: 0, length: 0, nodes: [from], steps: [] }];
    const found = await this.graph.store.findPaths({
      from: from.id, to: to.id, maxSteps, maxPaths: MAX_CANDIDATES,
    });
    const ids = [...new Set(found.flatMap((p) => p.nodes))];
    const [nodes, requirements] = await Promise.all([
      Promise.all(ids.map((id) => this.graph.node(id))),
      new RequirementsService(this.graph).ofMany(ids),
    ]);
    const byId = new Map(nodes.map((n, i) => [ids[i], n as Entity]));
    const ranked = found.map((p) => this.cost(p, byId, requirements));
    return ranked.sort((a, b) => compareKeys(PATH_RANKING.key(a), PATH_RANKING.key(b), PATH_RANKING.order));
  }

  private cost(p: FoundPath, byId: Map<string, Entity>, requirements: Awaited<ReturnType<RequirementsService['ofMany']>>): CareerPath {
    const steps: CareerStep[] = p.rels.map((rel, i) => {
      const here = requirements.get(p.nodes[i]);
      const next = requirements.get(p.nodes[i + 1]);
      const missingSkills = minus(next?.skills.map((s) => s.skill) ?? [], here?.skills.map((s) => s.skill) ?? []);
      const requiredCertifications = minus(next?.certifications ?? [], here?.certifications ?? []);
      const weight = typeof rel.props.weight === 'number' ? rel.props.weight : undefined;
      const cost = 1 + missingSkills.length + requiredCertifications.length + (rel.type === 'RELATED_TO' ? 1 - (weight ?? 0) : 0);
      return {
        from: byId.get(p.nodes[i]) as Entity, to: byId.get(p.nodes[i + 1]) as Entity, via: rel.type,
        move: rel.props.move as CareerStep['move'], weight, missingSkills, requiredCertifications,
        cost: Math.round(cost * 1000) / 1000,
      };
    });
    const cost = Math.round(steps.reduce((sum, s) => sum + s.cost, 0) * 1000) / 1000;
    return { cost, length: steps.length, nodes: p.nodes.map((id) => byId.get(id) as Entity), steps };
  }
}
