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
  PlanStep,
} from '../../store/graph-store';
import { toConnection, type ConnectionData } from '../common/connection';
import { lazyScope } from '../common/cursor';
import { pageRequest, type PageArgs } from '../common/pagination';
import { edgeFields, toEntity, type Entity } from './entity';
import type { PlannedField } from './read-plan';
import type { RelationSpec } from './relations';
import { RELATIONSHIP_FIELDS, type FieldArgs, type RelationshipField, type RelationshipFieldName } from './relationship-fields';

/** Most neighbours a traversal reads from one node over one relationship. */
export const TRAVERSAL_LIMIT = 1000;

export type RelatedConnection = ConnectionData<Entity, Record<string, unknown>>;

/**
 * Per-request access to the graph, and the only way from the features to the store. Loads
 * made in the same tick are batched, so a nested query costs one store round trip per level
 * of nesting, however many items it lists.
 */
export class GraphService {
  private readonly nodeLoader: DataLoader<string, Entity | null>;
  private readonly pageLoader: DataLoader<ExpandRequest, NeighbourPage, string>;

  constructor(private readonly store: GraphStore) {
    this.nodeLoader = new DataLoader(async (ids) => {
      const nodes = await store.getNodes(ids);
      return nodes.map((n) => (n ? toEntity(n) : null));
    });
    this.pageLoader = new DataLoader((requests) => store.expand(requests), {
      cacheKeyFn: pageKey,
    });
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

  async related(parentId: string, relation: RelationSpec, args: PageArgs, where?: ExpandRequest['where']): Promise<RelatedConnection> {
    const { scope, request, expand } = relatedRequest(parentId, relation, args, where);
    const page = await this.pageLoader.load(expand);
    // Cursors name the key the store sorted by: the order's rule is the store's alone.
    const items = page.items.map((n) => ({ node: toEntity(n.node), edge: edgeFields(n.edge), key: [n.key.rank, n.key.id] }));
    return toConnection(items, { total: page.total, hasMore: page.hasMore, after: request.after, scope });
  }

  /**
   * Every neighbour over a relationship, for traversals (not paged to the client): capped at
   * TRAVERSAL_LIMIT, far above any real node's degree for these relationships.
   */
  async all(parentId: string, relation: RelationSpec): Promise<Array<{ node: Entity; edge: Record<string, unknown> }>> {
    return (await this.allStored(parentId, relation)).map((n) => ({ node: toEntity(n.node), edge: edgeFields(n.edge) }));
  }

  /** Like `all`, as the store holds them: for callers that keep few of many (toEntity copies each). */
  async allStored(parentId: string, relation: RelationSpec): Promise<Neighbour[]> {
    return (await this.pageLoader.load({ id: parentId, ...relation, after: null, limit: TRAVERSAL_LIMIT })).items;
  }

  /** How many neighbours over a relationship (filtered), read with the page loads of the same tick. */
  async count(parentId: string, relation: RelationSpec, where?: ExpandRequest['where']): Promise<number> {
    const page = await this.pageLoader.load({ id: parentId, ...relation, where, after: null, limit: 1 });
    return page.total;
  }

  /** The first neighbour over a relationship that holds at most one (a certification's issuer). */
  async one(parentId: string, relation: RelationSpec): Promise<Entity | null> {
    const page = await this.pageLoader.load(oneRequest(parentId, relation));
    return page.items[0] ? toEntity(page.items[0].node) : null;
  }

  /** A relationship field (RELATIONSHIP_FIELDS) of the node `parentId`, as its resolver answers it. */
  field(name: RelationshipFieldName, parentId: string, args: FieldArgs = {}): Promise<RelatedConnection | Entity | null> {
    const spec: RelationshipField = RELATIONSHIP_FIELDS[name];
    return spec.one ? this.one(parentId, spec.relation) : this.related(parentId, spec.relation, args, spec.where?.(args));
  }

  /**
   * Reads the roots and a planned nested selection under them (read-plan.ts) in one store call,
   * and puts every node and page into this request's caches, where the field resolvers find
   * them: `node(id)` of a root waits for it instead of reading on its own, and fails as it did
   * (a second read would only wait for the same unavailable store again).
   */
  prefetch(rootId: string, fields: readonly PlannedField[]): void {
    const steps = planSteps(fields, rootId);
    const done = this.store.expandPlan([rootId], steps).then(({ roots, pages }) => {
      this.nodeLoader.prime(rootId, roots[0] ? toEntity(roots[0]) : null);
      for (const { step, parentId, page } of pages) this.pageLoader.prime({ ...step, id: parentId }, page);
    });
    done.catch(() => undefined); // reported by node(rootId), which awaits it
    this.prefetching.set(rootId, done);
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
    const items = page.items.map((h) => ({ node: toEntity(h.node), edge: {}, key: [h.key.rank, h.key.name, h.key.id] }));
    return toConnection(items, { total: page.total, hasMore: page.hasMore, after: request.after, scope });
  }
}

/**
 * A page request's cache key. Made for every page a request loads or a plan primes (hundreds
 * in a full profile), so a plain string rather than JSON of the request; no part holds a NUL
 * except inside the JSON of filter values.
 */
function pageKey(r: ExpandRequest): string {
  const where = r.where ? `${r.where.key}=${JSON.stringify(r.where.values)}` : '';
  const after = r.after ? `${r.after.rank}\0${r.after.id}` : '';
  return `${r.id}\0${r.rel}\0${r.direction}\0${(r.labels ?? []).join('|')}\0${where}\0${after}\0${r.limit}`;
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
function planSteps(fields: readonly PlannedField[], rootId: string | null): PlanStep[] {
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
    const key = JSON.stringify([rest.rel, rest.direction, rest.labels, rest.where, rest.after, rest.limit]);
    const children = planSteps(field.children, null);
    const same = steps.get(key);
    if (same) same.children.push(...children);
    else steps.set(key, { ...rest, children });
  }
  return [...steps.values()];
}
