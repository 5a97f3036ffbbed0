import type { GraphEdge, GraphNode, Props } from '../../model/graph';
import { DERIVED_NODE_PROPS, type ExportEdgesQuery, type ExportNodesQuery } from '../graph-store';
import { firstAbove } from '../neighbour-order';
import { compareText } from '../../shared/compare';
import type { MemoryGraph } from './memory-graph';

/** Most filtered orderings kept at once (a filter is a set of labels or types). */
const MAX_FILTERS = 16;

/**
 * Sorted views of the graph for keyset export: nodes by id, edges by (from, type, to). A page
 * is a binary search for the cursor and a slice, whatever its position. Built on first use
 * and dropped with the store's other caches on load.
 */
export class ExportIndex {
  private readonly nodes = new Map<string, string[]>();
  private readonly edges = new Map<string, GraphEdge[]>();

  constructor(private readonly graph: MemoryGraph) {}

  nodePage(query: ExportNodesQuery): GraphNode[] {
    const labels = [...(query.labels ?? [])].sort();
    const ids = cached(this.nodes, labels.join(','), () => {
      const list: string[] = [];
      this.graph.forEachNode((id, a) => {
        if (labels.length === 0 || labels.includes(a.label)) list.push(id);
      });
      return list.sort(compareText);
    });
    const after = query.after;
    const start = after === null ? 0 : firstAbove(ids, (id) => compareText(id, after) > 0);
    return ids.slice(start, start + query.limit).map((id) => {
      const a = this.graph.getNodeAttributes(id);
      return { id, label: a.label, props: exportProps(a.props) };
    });
  }

  edgePage(query: ExportEdgesQuery): GraphEdge[] {
    const types = [...(query.types ?? [])].sort();
    const edges = cached(this.edges, types.join(','), () => {
      const list: GraphEdge[] = [];
      this.graph.forEachEdge((_key, a, from, to) => {
        if (types.length === 0 || types.includes(a.type)) list.push({ type: a.type, from, to, props: a.props });
      });
      return list.sort(compareEdges);
    });
    const after = query.after;
    const start = after === null ? 0 : firstAbove(edges, (e) => compareEdges(e, after) > 0);
    return edges.slice(start, start + query.limit);
  }
}

/** The documented export order of edges: from id, then type, then to id. */
export function compareEdges(a: Pick<GraphEdge, 'from' | 'type' | 'to'>, b: Pick<GraphEdge, 'from' | 'type' | 'to'>): number {
  return compareText(a.from, b.from) || compareText(a.type, b.type) || compareText(a.to, b.to);
}

export function exportProps(props: Props): Props {
  const out: Props = {};
  for (const [key, value] of Object.entries(props)) {
    if (!(DERIVED_NODE_PROPS as readonly string[]).includes(key)) out[key] = value;
  }
  return out;
}

function cached<T>(map: Map<string, T[]>, key: string, build: () => T[]): T[] {
  const hit = map.get(key);
  if (hit) return hit;
  if (map.size >= MAX_FILTERS) map.delete(map.keys().next().value as string);
  const list = build();
  map.set(key, list);
  return list;
}
