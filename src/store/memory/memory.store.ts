import Graph from 'graphology';
import { edgeKey, type GraphData, type GraphEdge, type GraphNode, type RelType } from '../../model/graph';
import { searchRank } from '../../model/search-text';
import type {
  Candidate, CandidateFacts, CandidateQuery, Direction, LoadOptions, ExpandRequest, ExportEdgesQuery, ExportNodesQuery, SearchKey, FoundPath, PathQuery, GraphCounts, GraphStore, LoadProgress, Neighbour, NeighbourPage, SearchPage, SearchQuery, StoreHealth,
} from '../graph-store';
import { compareNeighbourKeys, compareNeighbours, firstAbove, neighbourKey } from '../neighbour-order';
import { candidateFacts, candidates, skillLinks, type SkillLink } from './candidate-facts';
import { ExportIndex } from './export-index';
import { findPaths, WalkableSteps } from './path-finder';
import { SearchIndex } from './search-index';
import { compareText } from '../../shared/compare';
import type { EdgeAttributes, NodeAttributes } from './memory-graph';
import { supersedeInMemory } from './supersede';
import { StringPool } from './string-pool';
import type { SupersedeReport, Supersession } from '../../model/provenance';
import type { Props } from '../../model/graph';

/** The embedded store: a graphology multigraph held in this process. */
export class MemoryStore implements GraphStore {
  readonly kind = 'memory' as const;
  private readonly graph = new Graph<NodeAttributes, EdgeAttributes>({ type: 'directed', multi: true });
  /** Sorted neighbour lists by (node, rel, direction), built on first use and dropped on load. */
  private readonly adjacency = new Map<string, Neighbour[]>();
  /** Built on first search and dropped on load, like the adjacency lists. */
  private index: SearchIndex | null = null;
  private steps: WalkableSteps | null = null;
  private exportIndex: ExportIndex | null = null;
  /** Candidate facts by id, like the adjacency lists: built on use, dropped on load. */
  private readonly facts = new Map<string, CandidateFacts | null>();
  private readonly skillLinks = new Map<string, SkillLink[]>();
  private readonly strings = new StringPool();
  /** Edge keys are a counter: graphology's generated keys cost a random string per edge. */
  private nextEdgeKey = 0;

  async getNodes(ids: readonly string[]): Promise<Array<GraphNode | null>> {
    return ids.map((id) => this.node(id));
  }

  async expand(requests: readonly ExpandRequest[]): Promise<NeighbourPage[]> {
    return requests.map((req) => {
      let items = this.neighbours(req.id, req.rel, req.direction);
      const labels = req.labels;
      if (labels && labels.length > 0) items = items.filter((n) => labels.includes(n.node.label));
      const where = req.where;
      if (where) items = items.filter((n) => where.values.includes(String(n.node.props[where.key])));
      const after = req.after;
      const start = after === null ? 0 : firstAbove(items, (n) => compareNeighbourKeys(neighbourKey(n), after) > 0);
      return { total: items.length, items: items.slice(start, start + req.limit), hasMore: start + req.limit < items.length };
    });
  }

  async search(query: SearchQuery): Promise<SearchPage> {
    const labels = query.labels && query.labels.length > 0 ? query.labels : null;
    const hits = this.searchIndex()
      .match(query.words, labels)
      .map((e) => ({ ...e, rank: searchRank(e.searchName, query.words) }));
    const order = (a: SearchKey, b: SearchKey) => a.rank - b.rank || compareText(a.name, b.name) || compareText(a.id, b.id);
    hits.sort(order);
    const after = query.after;
    const start = after === null ? 0 : firstAbove(hits, (h) => order(h, after) > 0);
    const page = hits.slice(start, start + query.limit);
    return { total: hits.length, items: page.map((h) => this.node(h.id) as GraphNode), hasMore: start + query.limit < hits.length };
  }

  async findPaths(query: PathQuery): Promise<FoundPath[]> {
    this.steps ??= new WalkableSteps(this.graph);
    return findPaths(this.graph, this.steps, query);
  }

  async load(data: GraphData, onProgress?: (progress: LoadProgress) => void, options: LoadOptions = {}): Promise<void> {
    const fresh = (props: GraphData['nodes'][number]['props']) => (options.owned ? this.strings.adopt(props) : this.strings.merged(undefined, props));
    const known = new Set(data.nodes.map((n) => n.id));
    for (const e of data.edges) {
      if (!known.has(e.from) && !this.graph.hasNode(e.from)) throw new Error(`edge ${edgeKey(e)}: node ${e.from} does not exist`);
      if (!known.has(e.to) && !this.graph.hasNode(e.to)) throw new Error(`edge ${edgeKey(e)}: node ${e.to} does not exist`);
    }
    data.nodes.forEach((n, i) => {
      if (this.graph.hasNode(n.id)) {
        const attrs = this.graph.getNodeAttributes(n.id);
        this.graph.replaceNodeAttributes(n.id, { label: n.label, props: this.strings.merged(attrs.props, n.props) });
      } else {
        this.graph.addNode(n.id, { label: n.label, props: fresh(n.props) });
      }
      if ((i + 1) % 10000 === 0) onProgress?.({ phase: 'nodes', done: i + 1, total: data.nodes.length });
    });
    onProgress?.({ phase: 'nodes', done: data.nodes.length, total: data.nodes.length });
    data.edges.forEach((e, i) => {
      // A relationship is one source's fact: restating it replaces its properties, as in Neo4j.
      // Unique per (type, from, to): found among the few edges from `from` to `to`, so no key
      // string is kept per edge.
      const attrs = { type: e.type, props: fresh(e.props) };
      // outEdges(from, to), not directedEdges(from, to), which also lists edges from `to` to `from`.
      const existing = this.graph.hasDirectedEdge(e.from, e.to)
        ? this.graph.outEdges(e.from, e.to).find((key) => this.graph.getEdgeAttribute(key, 'type') === e.type)
        : undefined;
      if (existing !== undefined) this.graph.replaceEdgeAttributes(existing, attrs);
      else this.graph.addDirectedEdgeWithKey(this.nextEdgeKey++, e.from, e.to, attrs);
      if ((i + 1) % 10000 === 0) onProgress?.({ phase: 'edges', done: i + 1, total: data.edges.length });
    });
    onProgress?.({ phase: 'edges', done: data.edges.length, total: data.edges.length });
    this.changed();
  }

  async supersede(supersession: Supersession): Promise<SupersedeReport> {
    const report = supersedeInMemory(this.graph, supersession);
    this.changed();
    return report;
  }

  /** Drops every structure derived from the graph; each is rebuilt on first use. */
  private changed(): void {
    this.adjacency.clear();
    this.steps = null;
    this.exportIndex = null;
    this.facts.clear();
    this.skillLinks.clear();
    this.index = null;
  }

  /** Builds the search index now rather than on the first search, which would pay for it. */
  warm(): void {
    this.searchIndex();
  }

  async exportNodes(query: ExportNodesQuery): Promise<GraphNode[]> {
    this.exportIndex ??= new ExportIndex(this.graph);
    return this.exportIndex.nodePage(query);
  }

  async exportEdges(query: ExportEdgesQuery): Promise<GraphEdge[]> {
    this.exportIndex ??= new ExportIndex(this.graph);
    return this.exportIndex.edgePage(query);
  }

  async candidates(query: CandidateQuery): Promise<Candidate[]> {
    const links = (skillId: string) => {
      let list = this.skillLinks.get(skillId);
      if (!list) this.skillLinks.set(skillId, (list = skillLinks(this.graph, skillId)));
      return list;
    };
    return candidates(query, links, (id) => {
      if (!this.facts.has(id)) this.facts.set(id, candidateFacts(this.graph, id));
      return this.facts.get(id) ?? null;
    });
  }

  async counts(): Promise<GraphCounts> {
    const byLabel: Record<string, number> = {};
    const byType: Record<string, number> = {};
    this.graph.forEachNode((_, a) => void (byLabel[a.label] = (byLabel[a.label] ?? 0) + 1));
    this.graph.forEachEdge((_, a) => void (byType[a.type] = (byType[a.type] ?? 0) + 1));
    return { nodes: this.graph.order, edges: this.graph.size, byLabel, byType };
  }

  async health(): Promise<StoreHealth> {
    return { ready: true, detail: `in-memory graph: ${this.graph.order} nodes, ${this.graph.size} edges` };
  }

  async close(): Promise<void> {}

  private searchIndex(): SearchIndex {
    if (this.index) return this.index;
    const entries: ConstructorParameters<typeof SearchIndex>[0] = [];
    const texts: string[] = [];
    this.graph.forEachNode((id, attrs) => {
      entries.push({ id, label: attrs.label, name: String(attrs.props.name ?? ''), searchName: String(attrs.props.searchName ?? '') });
      texts.push(String(attrs.props.searchText ?? ''));
    });
    this.index = new SearchIndex(entries, texts);
    return this.index;
  }

  private node(id: string): GraphNode | null {
    if (!this.graph.hasNode(id)) return null;
    const attrs = this.graph.getNodeAttributes(id);
    return { id, label: attrs.label, props: attrs.props };
  }

  private neighbours(id: string, rel: RelType, direction: Direction): Neighbour[] {
    const cacheKey = `${id}|${rel}|${direction}`;
    const cached = this.adjacency.get(cacheKey);
    if (cached) return cached;
    const list: Neighbour[] = [];
    if (this.graph.hasNode(id)) {
      const visit = (_edge: string, attrs: EdgeAttributes, source: string, target: string) => {
        if (attrs.type !== rel) return;
        const other = direction === 'OUT' ? target : source;
        list.push({ node: this.node(other) as GraphNode, edge: attrs.props });
      };
      if (direction === 'OUT') this.graph.forEachOutEdge(id, visit);
      else this.graph.forEachInEdge(id, visit);
    }
    list.sort(compareNeighbours);
    this.adjacency.set(cacheKey, list);
    return list;
  }
}
