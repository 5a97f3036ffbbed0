import type { Entity } from '../graph/entity';
import type { GraphService } from '../graph/graph.service';
import { checkNodeRef, nodeRefId, resolveNodeRef } from '../common/node-ref';
import { MIN_IMPORTANCE } from '../recommend/scoring';
import type { CareerPath } from './career-path.type';
import { cursorScope } from '../common/cursor';
import { keysetPage, rankedConnection, type ConnectionOf, type RankedPage } from '../common/ranked-page';
import { PATH_RANKING, rankPaths, type CostedPath } from './career-path.cost';

/** Candidate paths read for ranking (the two shortest lengths): at most this many. */
const MAX_CANDIDATES = 200;

/** A path's end as the client named it, and the node id that names. */
interface End {
  ref: string;
  id: string;
}

/**
 * Ranks the store's candidate paths by cost (career-path.cost.ts). Two round trips at most
 * (#13): the search with every stop's needs as ids, then the nodes the page shows.
 */
export class CareerPathService {
  constructor(private readonly graph: GraphService) {}

  async paths(fromRef: string, toRef: string, maxSteps: number, page: { first: number; after: string | null }): Promise<ConnectionOf<CareerPath>> {
    const [fromId, toId] = [nodeRefId(fromRef), nodeRefId(toRef)];
    const ranked = await this.ranked({ ref: fromRef, id: fromId }, { ref: toRef, id: toId }, maxSteps);
    const scope = cursorScope('careerPaths', fromId, toId, maxSteps);
    const shown = keysetPage(ranked, PATH_RANKING, { scope, ...page }, (path) => path);
    return rankedConnection(await this.withNodes(shown));
  }

  /** Every candidate path, cheapest first (PATH_RANKING); the ends are checked as resolveNodeRef does. */
  private async ranked(from: End, to: End, maxSteps: number): Promise<CostedPath[]> {
    if (from.id === to.id) {
      // One node read (the page finds it in the request's cache).
      await Promise.all([resolveNodeRef(this.graph, 'from', from.ref), resolveNodeRef(this.graph, 'to', to.ref)]);
      return [{ cost: 0, length: 0, nodes: [from.id], steps: [] }];
    }
    const search = await this.graph.findPaths({
      from: from.id,
      to: to.id,
      maxSteps,
      maxPaths: MAX_CANDIDATES,
      minImportance: MIN_IMPORTANCE,
    });
    checkNodeRef('from', from.ref, search.fromLabel);
    checkNodeRef('to', to.ref, search.toLabel);
    return rankPaths(search);
  }

  /** The page's paths with their nodes, read in one batch (which leaves them in the request's node cache). */
  private async withNodes(shown: RankedPage<CostedPath>): Promise<RankedPage<{ node: CareerPath }>> {
    const ids = [...new Set(shown.items.flatMap((p) => [...p.nodes, ...p.steps.flatMap((s) => [...s.missingSkills, ...s.requiredCertifications])]))];
    const nodes = await Promise.all(ids.map((id) => this.graph.node(id)));
    const byId = new Map(ids.map((id, i) => [id, nodes[i] as Entity]));
    const node = (id: string) => byId.get(id) as Entity;
    const items = shown.items.map(({ rank, cursor, ...path }) => ({
      rank,
      cursor,
      node: {
        cost: path.cost,
        length: path.length,
        nodes: path.nodes.map(node),
        steps: path.steps.map((s) => ({
          ...s,
          from: node(s.from),
          to: node(s.to),
          missingSkills: s.missingSkills.map(node),
          requiredCertifications: s.requiredCertifications.map(node),
        })),
      },
    }));
    return { ...shown, items };
  }
}
