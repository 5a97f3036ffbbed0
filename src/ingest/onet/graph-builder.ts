import { edgeKey, type GraphData, type GraphEdge, type GraphNode, type NodeLabel, type Props, type RelType } from '../../model/graph';
import { searchTextOf, searchWords } from '../../model/search-text';

type LooseProps = Record<string, Props[string] | undefined>;

/**
 * Nodes and edges keyed like the stores key them, with the search fields every node needs
 * computed exactly as the profile ingest does (name + extra words; name as search words).
 */
export class OnetGraphBuilder {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly edges = new Map<string, GraphEdge>();

  hasNode(id: string): boolean {
    return this.nodes.has(id);
  }

  node(id: string, label: NodeLabel, props: LooseProps, extraSearch: Array<string | undefined> = []): void {
    const clean = withoutEmpty(props);
    const name = String(clean.name);
    clean.searchText = searchTextOf([name, ...extraSearch]);
    clean.searchName = searchWords(name).join(' ');
    this.nodes.set(id, { id, label, props: clean });
  }

  edge(type: RelType, from: string, to: string, props: LooseProps): void {
    const edge = { type, from, to, props: withoutEmpty(props) };
    this.edges.set(edgeKey(edge), edge);
  }

  /** Mappers only link nodes they know exist; a dangling edge here is a bug, not bad data. */
  build(): GraphData {
    for (const e of this.edges.values()) {
      for (const end of [e.from, e.to]) {
        if (!this.nodes.has(end)) throw new Error(`O*NET import bug: edge ${edgeKey(e)} points at missing node ${end}`);
      }
    }
    return { nodes: [...this.nodes.values()], edges: [...this.edges.values()] };
  }
}

/** Neo4j stores no nulls, so neither store keeps them: an absent property reads as null. */
function withoutEmpty(props: LooseProps): Props {
  const out: Props = {};
  for (const [k, v] of Object.entries(props)) if (v !== undefined && v !== null) out[k] = v;
  return out;
}
