import { edgeKey, type GraphData, type GraphEdge, type GraphNode, type NodeLabel, type Props, type RelType } from './graph';
import { searchTextOf, searchWords } from './search-text';

export type LooseProps = Record<string, Props[string] | undefined>;

/**
 * Collects nodes and edges keyed as the stores key them (one node per id, one edge per type,
 * from and to), computing the search fields every node carries: `searchText` (its name and
 * any extra words) and `searchName` (its name as search words).
 */
export class GraphBuilder {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly edges = new Map<string, GraphEdge>();

  hasNode(id: string): boolean {
    return this.nodes.has(id);
  }

  /**
   * A node with its search fields. Absent (undefined) properties are left out; with
   * `removeNulls`, a null property is kept as null, which tells a store to remove it: a
   * release that no longer states a fact (an occupation's job zone) clears what an older
   * release stored.
   */
  node(id: string, label: NodeLabel, props: LooseProps, extraSearch: Array<string | undefined> = [], removeNulls = false): void {
    const clean = withoutEmpty(props, removeNulls);
    const name = String(clean.name);
    clean.searchText = searchTextOf([name, ...extraSearch]);
    clean.searchName = searchWords(name).join(' ');
    this.nodes.set(id, { id, label, props: clean });
  }

  /**
   * Properties for a node another source owns (labels an importer adds to O*NET tasks): only
   * these keys change, search fields included; nulls remove. Merged into what the builder holds.
   */
  patch(id: string, label: NodeLabel, props: LooseProps): void {
    const before = this.nodes.get(id);
    this.nodes.set(id, { id, label, props: { ...before?.props, ...withoutEmpty(props, true) } });
  }

  edge(type: RelType, from: string, to: string, props: LooseProps): void {
    const edge = { type, from, to, props: withoutEmpty(props) };
    this.edges.set(edgeKey(edge), edge);
  }

  build(): GraphData {
    return { nodes: [...this.nodes.values()], edges: [...this.edges.values()] };
  }
}

/**
 * Merges graphs: a node seen twice keeps one copy, later properties winning, except that its
 * search words are the union (so a node stays findable by every name any source gave it).
 */
export function mergeGraphs(graphs: GraphData[]): GraphData {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  for (const g of graphs) {
    for (const n of g.nodes) {
      const before = nodes.get(n.id);
      const props = { ...before?.props, ...n.props };
      if (before) props.searchText = searchTextOf([String(before.props.searchText ?? ''), String(n.props.searchText ?? '')]);
      nodes.set(n.id, { ...n, props });
    }
    for (const e of g.edges) edges.set(edgeKey(e), e);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

/**
 * Neo4j stores no nulls, so neither store keeps them: an absent property reads as null. A
 * null kept here (keepNulls) is an instruction to the store to remove the property.
 */
function withoutEmpty(props: LooseProps, keepNulls = false): Props {
  const out: Props = {};
  for (const [k, v] of Object.entries(props)) if (v !== undefined && (keepNulls || v !== null)) out[k] = v;
  return out;
}
