import type { GraphNode, Props } from '../../model/graph';
import type { ExpandRequest, NeighbourPage } from '../graph-store';
import type { Hop, LeanNeighbour, PageQuery, ProfileQuery, Requirement } from '../recommend-reads';
import type { MemoryGraph } from './memory-graph';

/**
 * The in-memory side of the recommendation reads (src/store/recommend-reads.ts), answered as
 * cypher/read-recommend-profile.cypher and read-recommend-page.cypher answer them.
 */

/** Per hop, the neighbours of `around` (ids and labels only), each with its own over `next`. */
export async function neighbourhood(
  expand: (requests: readonly ExpandRequest[]) => Promise<NeighbourPage[]>, around: ProfileQuery['around'],
): Promise<LeanNeighbour[][]> {
  if (!around) return [];
  const page = (id: string, hop: Hop): ExpandRequest => ({ id, ...hop, after: null, limit: around.limit });
  const first = await expand(around.hops.map((hop) => page(around.id, hop)));
  const nextHops = around.hops.flatMap((hop, h) => (hop.next ? first[h].items.map((n) => page(n.node.id, hop.next as Hop)) : []));
  const next = await expand(nextHops);
  let at = 0;
  return around.hops.map((hop, h) => first[h].items.map((n) => ({
    node: lean(n.node), edge: n.edge, next: hop.next ? next[at++].items.map((x) => ({ node: lean(x.node), edge: x.edge, next: [] })) : [],
  })));
}

const lean = (node: GraphNode): GraphNode => ({ id: node.id, label: node.label, props: {} });

/** A candidate's requirements (cypher/read-recommend-page.cypher says which, and how lean). */
export function requirements(graph: MemoryGraph, candidateId: string, query: PageQuery): Requirement[] {
  const out: Requirement[] = [];
  if (!graph.hasNode(candidateId)) return out;
  const add = (rel: Requirement['rel'], skillId: string, p: Props) => {
    const skill = graph.getNodeAttributes(skillId);
    if (skill.label !== 'Skill') return;
    const { searchText: _text, searchName: _name, ...props } = skill.props;
    out.push({ rel, skill: { id: skillId, label: 'Skill', props }, importance: num(p.importance), level: num(p.level), suppressed: p.suppressed === true });
  };
  graph.forEachOutEdge(candidateId, (_key, a, _source, target) => {
    if (a.type === 'USES_TECHNOLOGY') add('USES_TECHNOLOGY', target, a.props);
    else if (a.type === 'REQUIRES_SKILL' && counts(a.props, query.minImportance)) add('REQUIRES_SKILL', target, a.props);
  });
  graph.forEachInEdge(candidateId, (_key, a, source) => {
    if (a.type === 'LEADS_TO') add('LEADS_TO', source, a.props);
  });
  return out;
}

/** A rating that is not suppressed and not below `min`; or none (a curated requirement). */
function counts(p: Props, min: number): boolean {
  return p.suppressed !== true && (p.importance == null || (typeof p.importance === 'number' && p.importance >= min));
}

const num = (v: unknown) => (typeof v === 'number' ? v : null);
