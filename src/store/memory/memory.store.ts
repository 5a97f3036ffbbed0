import Graph from 'graphology';
import { edgeKey, type GraphData, type GraphEdge, type GraphNode, type RelType } from '../../model/graph';
import type {
  Candidate,
  CandidateFacts,
  CandidateQuery,
  Direction,
  LoadOptions,
  ExpandRequest,
  ExportEdgesQuery,
  ExportNodesQuery,
  NameQuery,
  PathQuery,
  PathSearch,
  GraphCounts,
  GraphStore,
  LoadProgress,
  Neighbour,
  NeighbourPage,
  PlanResult,
  PlanStep,
  SearchKey,
  SearchPage,
  SearchQuery,
  StoreHealth,
} from '../graph-store';
import { compareSearchKeys, isNeededSkill, isRequiredCertification } from '../graph-store';
import { checkFilterKey, checkPlanFilterKeys } from '../filter-keys';
import { compareNeighbourKeys, compareNeighbours, firstAbove, neighbourKey } from '../neighbour-order';
import { candidateFacts, candidates, skillLinks, type SkillLink } from './candidate-facts';
import { ExportIndex } from './export-index';
import { findPaths, WalkableSteps } from './path-finder';
import { SearchIndex, type RankedEntry } from './search-index';
import type { EdgeAttributes, NodeAttributes } from './memory-graph';
import { supersedeInMemory } from './supersede';
import { StringPool } from './string-pool';
import type { Deadline } from '../../shared/deadline';
import { nextTurn } from '../../shared/turns';
import { walkPlan } from '../plan-walk';
import { compareText } from '../../shared/compare';

/** Neighbour requests answered between two turns of the event loop. */
const EXPAND_STEP = 500;
import type { SupersedeReport, Supersession } from '../../model/provenance';

/** The embedded store: a graphology multigraph held in this process. */
export class MemoryStore implements GraphStore {
  readonly kind = 'memory' as const;
  /** Neighbour lists are kept (adjacency) and their nodes handed out as they are. */
  readonly sharedNodes = true;
  private readonly graph = new Graph<NodeAttributes, EdgeAttributes>({ type: 'directed', multi: true });
  /** Sorted neighbour lists by (node, rel, direction), built on first use and dropped on load. */
  private readonly adjacency = new Map<string, Neighbour[]>();
  /**
   * Indexes built on first use and dropped on load, like the adjacency lists. Held in one
   * object, so that a request's view (forRequest) builds them for the store, not for itself.
   */
  private readonly built: { search: SearchIndex | null; steps: WalkableSteps | null; export: ExportIndex | null } = { search: null, steps: null, export: null };
  /** Candidate facts by id, like the adjacency lists: built on use, dropped on load. */
  private readonly facts = new Map<string, CandidateFacts | null>();
  private readonly skillLinks = new Map<string, SkillLink[]>();
  private readonly strings = new StringPool();
  /** Edge keys are a counter: graphology's generated keys cost a random string per edge. */
  private nextEdgeKey = 0;

  async getNodes(ids: readonly string[]): Promise<Array<GraphNode | null>> {
    await this.turn();
    return ids.map((id) => this.node(id));
  }

  /**
   * The store for one request: the same graph, whose long batches stop between steps once the
   * request is stopped, and give other requests a turn meanwhile.
   */
  forRequest(deadline: Deadline): MemoryStore {
    const view: MemoryStore = Object.create(this);
    view.deadline = deadline;
    return view;
  }

  private deadline: Deadline | null = null;

  /**
   * On a request's view, every call first gives the event loop a turn (the store's work is
   * synchronous, so a request would otherwise run from start to end without letting any
   * other request in), then stops if the request has been. Costly operations' steps share one
   * lane, one step a turn (shared/turns.ts).
   */
  private async turn(): Promise<void> {
    if (!this.deadline) return;
    await nextTurn(this.deadline.costly);
    this.deadline.check();
  }

  async expand(requests: readonly ExpandRequest[]): Promise<NeighbourPage[]> {
    for (const req of requests) checkFilterKey(req.where);
    // A big batch (a wide nested query) is answered in steps, with a turn before each.
    const pages: NeighbourPage[] = [];
    for (let i = 0; i < requests.length; i += EXPAND_STEP) {
      await this.turn();
      pages.push(...this.expandNow(requests.slice(i, i + EXPAND_STEP)));
    }
    return pages;
  }

  async expandPlan(rootIds: readonly string[], steps: readonly PlanStep[]): Promise<PlanResult> {
    // The walk reaches only steps under nodes it finds: the whole plan is checked first.
    checkPlanFilterKeys(steps);
    return walkPlan(this, rootIds, steps);
  }

  private expandNow(requests: readonly ExpandRequest[]): NeighbourPage[] {
    return requests.map((req) => {
      let items = this.neighbours(req.id, req.rel, req.direction);
      const labels = req.labels;
      if (labels && labels.length > 0) items = items.filter((n) => labels.includes(n.node.label));
      const where = req.where;
      // A node without the property never matches (as in Cypher, where toString(null) is null).
      if (where) items = items.filter((n) => n.node.props[where.key] != null && where.values.includes(String(n.node.props[where.key])));
      const after = req.after;
      const start = after === null ? 0 : firstAbove(items, (n) => compareNeighbourKeys(n.key, after) > 0);
      return { total: items.length, items: items.slice(start, start + req.limit), hasMore: start + req.limit < items.length };
    });
  }

  async search(query: SearchQuery): Promise<SearchPage> {
    await this.turn();
    const labels = query.labels && query.labels.length > 0 ? query.labels : null;
    const hits = this.searchIndex().search(query.words, labels);
    const keyOf = (h: RankedEntry): SearchKey => ({ rank: h.rank, name: h.entry.name, id: h.entry.id });
    const after = query.after;
    const start = after === null ? 0 : firstAbove(hits, (h) => compareSearchKeys(keyOf(h), after) > 0);
    const page = hits.slice(start, start + query.limit);
    return {
      total: hits.length,
      items: page.map((h) => ({ node: this.node(h.entry.id) as GraphNode, key: keyOf(h) })),
      hasMore: start + query.limit < hits.length,
    };
  }

  async findByNames(query: NameQuery): Promise<GraphNode[][]> {
    await this.turn();
    const labels = query.labels && query.labels.length > 0 ? query.labels : null;
    // The index keeps entries in (name, id) order; the contract is id order (names that differ only in case or punctuation share a searchName).
    return query.names.map((words) =>
      this.searchIndex()
        .named(words.join(' '), labels)
        .map((e) => this.node(e.id) as GraphNode)
        .sort((a, b) => compareText(a.id, b.id)),
    );
  }

  async findPaths(query: PathQuery): Promise<PathSearch> {
    await this.turn();
    this.built.steps ??= new WalkableSteps(this.graph);
    const paths = findPaths(this.graph, this.built.steps, query);
    const stops = [...new Set(paths.flatMap((p) => p.nodes))].map((id) => ({
      id,
      skills: this.neighbours(id, 'REQUIRES_SKILL', 'OUT')
        .filter((n) => isNeededSkill(n.edge, query.minImportance))
        .map((n) => n.node.id),
      certifications: this.neighbours(id, 'REQUIRES_CERTIFICATION', 'OUT')
        .filter((n) => isRequiredCertification(n.edge))
        .map((n) => n.node.id),
    }));
    return { fromLabel: this.node(query.from)?.label ?? null, toLabel: this.node(query.to)?.label ?? null, paths, stops };
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
    this.built.search = null;
    this.built.steps = null;
    this.built.export = null;
    this.facts.clear();
    this.skillLinks.clear();
  }

  /** Builds the search index now rather than on the first search, which would pay for it. */
  warm(): void {
    this.searchIndex();
  }

  async exportNodes(query: ExportNodesQuery): Promise<GraphNode[]> {
    await this.turn();
    this.built.export ??= new ExportIndex(this.graph);
    return this.built.export.nodePage(query);
  }

  async exportEdges(query: ExportEdgesQuery): Promise<GraphEdge[]> {
    await this.turn();
    this.built.export ??= new ExportIndex(this.graph);
    return this.built.export.edgePage(query);
  }

  async candidates(query: CandidateQuery): Promise<Candidate[]> {
    await this.turn();
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
    await this.turn();
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
    if (this.built.search) return this.built.search;
    const entries: ConstructorParameters<typeof SearchIndex>[0] = [];
    this.graph.forEachNode((id, attrs) => {
      const p = attrs.props;
      entries.push({ id, label: attrs.label, name: String(p.name ?? ''), searchName: String(p.searchName ?? ''), searchText: String(p.searchText ?? '') });
    });
    this.built.search = new SearchIndex(entries);
    return this.built.search;
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
        const neighbour = { node: this.node(other) as GraphNode, edge: attrs.props };
        list.push({ ...neighbour, key: neighbourKey(neighbour) });
      };
      if (direction === 'OUT') this.graph.forEachOutEdge(id, visit);
      else this.graph.forEachInEdge(id, visit);
    }
    list.sort(compareNeighbours);
    this.adjacency.set(cacheKey, list);
    return list;
  }
}
