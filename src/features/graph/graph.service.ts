import DataLoader from 'dataloader';
import type { GraphEdge, GraphNode, NodeLabel } from '../../model/graph';
import type {
  Candidate,
  CandidateQuery,
  ExpandRequest,
  ExportEdgesQuery,
  ExportNodesQuery,
  GraphCounts,
  GraphStore,
  NameQuery,
  Neighbour,
  NeighbourPage,
  PathQuery,
  PathSearch,
  PlanPage,
  PlanStep,
} from '../../store/graph-store';
import { lazyConnection, toConnection, type ConnectionData } from '../common/connection';
import { lazyScope } from '../common/cursor';
import { pageRequest, type PageArgs } from '../common/pagination';
import { edgeFields, sharedEntity, toEntity, type Entity } from './entity';
import type { PlannedField } from './read-plan';
import type { RelationSpec } from './relations';
import { RELATIONSHIP_FIELDS, type FieldArgs, type RelationshipField, type RelationshipFieldName } from './relationship-fields';

/** Most neighbours a traversal reads from one node over one relationship. */
export const TRAVERSAL_LIMIT = 1000;

/**
 * Relationships read from a node with only the node and link properties a caller names: for a
 * caller that keeps few of many neighbours, and reads those whole afterwards (GraphService.slim).
 */
export interface SlimReads {
  relations: readonly RelationSpec[];
  props: readonly string[];
  edgeProps: readonly string[];
}

/** A relationship a traversal walks from a node, and those it walks from the nodes it reaches. */
export interface TraversalRead {
  relation: RelationSpec;
  children?: readonly TraversalRead[];
}

export type RelatedConnection = ConnectionData<Entity, Record<string, unknown>>;

/**
 * Per-request access to the graph, and the only way from the features to the store. Loads
 * made in the same tick are batched, so a nested query costs one store round trip per level
 * of nesting, however many items it lists.
 */
export class GraphService {
  private readonly nodeLoader: DataLoader<string, Entity | null>;
  private readonly pageLoader: DataLoader<ExpandRequest, NeighbourPage, string>;

  /** A node as GraphQL types see it: made once per node when the store's nodes are shared. */
  private readonly entity: (node: GraphNode) => Entity;

  constructor(private readonly store: GraphStore) {
    this.entity = store.sharedNodes ? sharedEntity : toEntity;
    this.nodeLoader = new DataLoader(async (ids) => {
      const nodes = await store.getNodes(ids);
      return nodes.map((n) => (n ? this.entity(n) : null));
    });
    this.pageLoader = new DataLoader((requests) => store.expand(requests), {
      cacheKeyFn: (r) => pageKey(r, r.id),
    });
    this.slimLoader = new DataLoader((requests) => this.readSlim(requests), { cacheKeyFn: (r) => `${r.parentId}\0${slimKey(r.reads)}` });
  }

  private readonly slimLoader: DataLoader<{ parentId: string; reads: SlimReads }, Neighbour[][], string>;

  /**
   * For each of `reads.relations`, every neighbour of `parentId` (up to TRAVERSAL_LIMIT, in the
   * documented order) with only the properties `reads` names; the slim reads of one tick, for
   * any parents, are one store call (a plan over them all). The nodes are not cached as whole.
   */
  slim(parentId: string, reads: SlimReads): Promise<Neighbour[][]> {
    return this.slimLoader.load({ parentId, reads });
  }

  private async readSlim(requests: ReadonlyArray<{ parentId: string; reads: SlimReads }>): Promise<Neighbour[][][]> {
    const out: Neighbour[][][] = [];
    const groups = new Map<string, number[]>();
    requests.forEach((r, i) => {
      const key = slimKey(r.reads);
      const group = groups.get(key);
      if (group) group.push(i);
      else groups.set(key, [i]);
    });
    for (const indexes of groups.values()) {
      const { relations, props, edgeProps } = requests[indexes[0]].reads;
      const steps: PlanStep[] = relations.map((relation) => ({
        ...relation,
        after: null,
        limit: TRAVERSAL_LIMIT,
        total: false,
        props,
        edgeProps,
        children: [],
      }));
      // The parents themselves: their ids only.
      const { pages } = await this.store.expandPlan([...new Set(indexes.map((i) => requests[i].parentId))], steps, []);
      const found = new Map(pages.map((p) => [pageKey(p.step, p.parentId), p.page.items]));
      for (const i of indexes) out[i] = steps.map((step) => found.get(pageKey(step, requests[i].parentId)) ?? []);
    }
    return out;
  }

  private countsOnce: Promise<GraphCounts> | null = null;

  /** The store's counts, read at most once per request. */
  counts(): Promise<GraphCounts> {
    this.countsOnce ??= this.store.counts();
    return this.countsOnce;
  }

  async node(id: string): Promise<Entity | null> {
    const pending = this.prefetching.get(id);
    if (pending) await pending;
    return this.nodeLoader.load(id);
  }

  /**
   * A page of neighbours as a connection: at once (not a promise) when a plan read it already,
   * so graphql-js completes a prefetched selection without a promise per field.
   */
  related(
    parentId: string,
    relation: RelationSpec,
    args: PageArgs,
    where?: ExpandRequest['where'],
    fromPlan = false,
  ): RelatedConnection | Promise<RelatedConnection> {
    const { scope, request, expand } = relatedRequest(parentId, relation, args, where);
    const connect = ({ items, total, hasMore }: NeighbourPage): RelatedConnection =>
      lazyConnection(
        items.map((n) => this.entity(n.node)),
        (i) => edgeFields(items[i].edge),
        // Cursors name the key the store sorted by: the order's rule is the store's alone.
        (i) => [items[i].key.rank, items[i].key.id],
        { total, hasMore, after: request.after, scope },
      );
    const page = this.page(expand, fromPlan);
    return page instanceof Promise ? page.then(connect) : connect(page);
  }

  /**
   * A page as a plan primed it, else loaded with the other loads of this tick. A plan's page may
   * hold only the properties its selection reads (PlanStep.props), and no total when it reads
   * none: it serves the relationship field it was planned for (`fromPlan`), and other readers
   * only when it holds everything.
   */
  private page(request: ExpandRequest, fromPlan = false): NeighbourPage | Promise<NeighbourPage> {
    const primed = this.primed.get(pageKey(request, request.id));
    if (primed && (fromPlan || isWhole(primed.step))) return primed.page;
    return this.pageLoader.load(request);
  }

  /** Pages a plan read (prefetch), by pageKey: read synchronously by their fields' resolvers. */
  private readonly primed = new Map<string, PlanPage>();

  /**
   * Every neighbour over a relationship, for traversals (not paged to the client): capped at
   * TRAVERSAL_LIMIT, far above any real node's degree for these relationships.
   */
  async all(parentId: string, relation: RelationSpec): Promise<Array<{ node: Entity; edge: Record<string, unknown> }>> {
    return (await this.allStored(parentId, relation)).map((n) => ({ node: this.entity(n.node), edge: edgeFields(n.edge) }));
  }

  /** Like `all`, as the store holds them: for callers that keep few of many (toEntity copies each). */
  async allStored(parentId: string, relation: RelationSpec): Promise<Neighbour[]> {
    return (await this.page({ id: parentId, ...relation, after: null, limit: TRAVERSAL_LIMIT })).items;
  }

  /** How many neighbours over a relationship (filtered), read with the page loads of the same tick. */
  async count(parentId: string, relation: RelationSpec, where?: ExpandRequest['where']): Promise<number> {
    const page = await this.page({ id: parentId, ...relation, where, after: null, limit: 1 });
    return page.total;
  }

  /** The first neighbour over a relationship that holds at most one (a certification's issuer). */
  one(parentId: string, relation: RelationSpec, fromPlan = false): Entity | null | Promise<Entity | null> {
    const first = (page: NeighbourPage) => (page.items[0] ? this.entity(page.items[0].node) : null);
    const page = this.page(oneRequest(parentId, relation), fromPlan);
    return page instanceof Promise ? page.then(first) : first(page);
  }

  /** A relationship field (RELATIONSHIP_FIELDS) of the node `parentId`, as its resolver answers it. */
  field(name: RelationshipFieldName, parentId: string, args: FieldArgs = {}): RelatedConnection | Entity | null | Promise<RelatedConnection | Entity | null> {
    const spec: RelationshipField = RELATIONSHIP_FIELDS[name];
    return spec.one ? this.one(parentId, spec.relation, true) : this.related(parentId, spec.relation, args, spec.where?.(args), true);
  }

  /**
   * Reads the roots and a planned nested selection under them (read-plan.ts) in one store call,
   * and puts every page into this request's caches, where the field resolvers find them;
   * `node(id)` of a root waits for it instead of reading on its own, and fails as it did (a
   * second read would only wait for the same unavailable store again). Resolves to the root as
   * read: with `rootProps`, only those of its properties (and only for the field that planned
   * it: other readers of the node read it whole), else whole, and kept for every reader.
   */
  prefetch(rootId: string, fields: readonly PlannedField[], rootProps?: readonly string[]): Promise<Entity | null> {
    return this.prefetchSteps(rootId, planSteps(fields, rootId), rootProps);
  }

  /**
   * Reads the root (whole) and a traversal's relationships under it in one store call, as
   * `prefetch` does for a selection: `node(rootId)` waits for it, and once it has answered,
   * `traversed` over those relationships finds the pages read. The neighbours are read as ids
   * (their edges whole): a traversal walks them; whoever shows one reads it with `node`.
   */
  prefetchTraversal(rootId: string, reads: readonly TraversalRead[]): void {
    const steps = (list: readonly TraversalRead[]): PlanStep[] =>
      list.map((r) => ({ ...r.relation, after: null, limit: TRAVERSAL_LIMIT, total: false, props: [], children: steps(r.children ?? []) }));
    void this.prefetchSteps(rootId, steps(reads));
  }

  /**
   * Every neighbour over a relationship, as `all` gives them but as stored, and holding only
   * their ids where `prefetchTraversal` read them (else whole): for a traversal's walk.
   */
  async traversed(parentId: string, relation: RelationSpec): Promise<Neighbour[]> {
    return (await this.page({ id: parentId, ...relation, after: null, limit: TRAVERSAL_LIMIT }, true)).items;
  }

  private prefetchSteps(rootId: string, steps: readonly PlanStep[], rootProps?: readonly string[]): Promise<Entity | null> {
    const read = this.store.expandPlan([rootId], steps, rootProps).then(({ roots, pages }) => {
      const root = roots[0] ? this.entity(roots[0]) : null;
      if (rootProps === undefined || root === null) this.nodeLoader.prime(rootId, root);
      for (const planned of pages) this.primed.set(pageKey(planned.step, planned.parentId), planned);
      return root;
    });
    const done = read.then(() => undefined);
    // Reported by node(rootId), which awaits it, and to the caller.
    read.catch(() => undefined);
    done.catch(() => undefined);
    this.prefetching.set(rootId, done);
    return read;
  }

  private readonly prefetching = new Map<string, Promise<void>>();

  /** Career-path candidates and what their stops need (GraphStore.findPaths): one read, not cached. */
  findPaths(query: PathQuery): Promise<PathSearch> {
    return this.store.findPaths(query);
  }

  /** Recommendation and similarity candidates with their matches (GraphStore.candidates). */
  candidates(query: CandidateQuery): Promise<Candidate[]> {
    return this.store.candidates(query);
  }

  /** For each name (as search words), the nodes with exactly those words (GraphStore.findByNames). */
  nodesByName(query: NameQuery): Promise<GraphNode[][]> {
    return this.store.findByNames(query);
  }

  /** A keyset page of the whole graph's nodes, as stored (GraphStore.exportNodes). */
  exportNodes(query: ExportNodesQuery): Promise<GraphNode[]> {
    return this.store.exportNodes(query);
  }

  /** A keyset page of the whole graph's relationships, as stored (GraphStore.exportEdges). */
  exportEdges(query: ExportEdgesQuery): Promise<GraphEdge[]> {
    return this.store.exportEdges(query);
  }

  async search(words: string[], labels: NodeLabel[] | undefined, args: PageArgs): Promise<RelatedConnection> {
    const scope = lazyScope('search', words, [...(labels ?? [])].sort());
    const request = pageRequest(args, scope);
    const after = request.after === null ? null : { rank: Number(request.after[0]), name: String(request.after[1]), id: String(request.after[2]) };
    const page = await this.store.search({ words, labels, after, limit: request.limit });
    const items = page.items.map((h) => ({ node: this.entity(h.node), edge: {}, key: [h.key.rank, h.key.name, h.key.id] }));
    return toConnection(items, { total: page.total, hasMore: page.hasMore, after: request.after, scope });
  }
}

/**
 * A page request's cache key. Made for every page a request loads or a plan primes (hundreds
 * in a full profile), so a plain string rather than JSON of the request; no part holds a NUL
 * except inside the JSON of filter values.
 */
function pageKey(r: Omit<ExpandRequest, 'id'>, id: string): string {
  const where = r.where ? `${r.where.key}=${JSON.stringify(r.where.values)}` : '';
  const after = r.after ? `${r.after.rank}\0${r.after.id}` : '';
  return `${id}\0${r.rel}\0${r.direction}\0${(r.labels ?? []).join('|')}\0${where}\0${after}\0${r.limit}`;
}

/** The page request `related` makes: the cursor decoded in its list's scope (which names the parent). */
export function relatedRequest(parentId: string, relation: RelationSpec, args: PageArgs, where?: ExpandRequest['where']) {
  const scope = lazyScope('related', parentId, relation.rel, relation.direction, relation.labels ?? [], where ?? null);
  const request = pageRequest(args, scope);
  const after = request.after === null ? null : { rank: Number(request.after[0]), id: String(request.after[1]) };
  const expand: ExpandRequest = { id: parentId, ...relation, where, after, limit: request.limit };
  return { scope, request, expand };
}

function oneRequest(parentId: string, relation: RelationSpec): ExpandRequest {
  return { id: parentId, ...relation, after: null, limit: 1 };
}

/**
 * The store's plan for planned fields: each field's request exactly as its resolver will make
 * it, so the pages land on the cache keys the resolvers load. A cursor is scoped to its parent,
 * so only a field of the root (whose id is known now) may carry `after`; a deeper one with
 * `after`, or with arguments its resolver will refuse, is left to its resolver with what is
 * under it. Fields asking for the same page share one step.
 */
function planSteps(fields: readonly PlannedField[], rootId: string): readonly PlanStep[] {
  // Only a cursor (`after`, scoped to its parent) ties a plan's steps to its root.
  const rootFree = fields.every((f) => f.args.after === undefined || f.args.after === null);
  const kept = rootFree ? stepsOf.get(fields) : undefined;
  if (kept) return kept;
  const steps = planLevel(fields, rootId);
  shareProps(steps);
  if (rootFree) stepsOf.set(fields, steps);
  return steps;
}

/** Steps of plans (read-plan.ts keeps plans per query), made once; never changed once made. */
const stepsOf = new WeakMap<readonly PlannedField[], readonly PlanStep[]>();

function planLevel(fields: readonly PlannedField[], rootId: string | null): PlanStep[] {
  const steps = new Map<string, PlanStep>();
  for (const field of fields) {
    let request: ExpandRequest;
    if (field.spec.one) request = oneRequest(rootId ?? '', field.spec.relation);
    else {
      if (rootId === null && field.args.after !== undefined && field.args.after !== null) continue;
      try {
        request = relatedRequest(rootId ?? '', field.spec.relation, field.args, field.spec.where?.(field.args)).expand;
      } catch {
        continue; // its resolver meets the same arguments and says what is wrong with them
      }
    }
    const { id: _id, ...rest } = request;
    const key = stepKey(rest);
    const children = planLevel(field.children, null);
    const same = steps.get(key);
    if (same) {
      same.children.push(...children);
      same.props = unionProps(same.props, field.props);
      same.total = same.total === true || field.total === true;
      same.edgeProps = unionProps(same.edgeProps, field.edgeProps);
    } else steps.set(key, { ...rest, children, props: field.props, total: field.total === true, edgeProps: field.edgeProps });
  }
  return [...steps.values()];
}

function slimKey(reads: SlimReads): string {
  return JSON.stringify([reads.relations, reads.props, reads.edgeProps]);
}

function stepKey(step: Omit<ExpandRequest, 'id'>): string {
  return JSON.stringify([step.rel, step.direction, step.labels, step.where, step.after, step.limit]);
}

/** Whether a plan step's pages hold what any reader may need: every node and edge property, and the total. */
function isWhole(step: PlanStep): boolean {
  return step.props === undefined && step.edgeProps === undefined && step.total !== false;
}

/**
 * Gives every step of the same request the union of their properties (and the total, if any asks). A node reached twice
 * (a skill under two tasks) has the page of each step primed under one cache key, so each
 * must hold what either selection reads.
 */
function shareProps(top: readonly PlanStep[]): void {
  const byKey = new Map<string, PlanStep[]>();
  const visit = (step: PlanStep) => {
    const key = stepKey(step);
    byKey.set(key, [...(byKey.get(key) ?? []), step]);
    step.children.forEach(visit);
  };
  top.forEach(visit);
  for (const steps of byKey.values()) {
    if (steps.length < 2) continue;
    const union = (of: (step: PlanStep) => readonly string[] | undefined) =>
      steps.reduce<readonly string[] | undefined>((all, step, i) => (i === 0 ? of(step) : unionProps(all, of(step))), undefined);
    const props = union((step) => step.props);
    const edgeProps = union((step) => step.edgeProps);
    const total = steps.some((step) => step.total !== false);
    for (const step of steps) {
      step.props = props;
      step.edgeProps = edgeProps;
      step.total = total;
    }
  }
}

/** Properties either reads (undefined: all). */
function unionProps(a: readonly string[] | undefined, b: readonly string[] | undefined): readonly string[] | undefined {
  return a && b ? [...new Set([...a, ...b])].sort() : undefined;
}
