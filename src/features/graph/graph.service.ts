import DataLoader from 'dataloader';
import type { NodeLabel } from '../../model/graph';
import { searchRank } from '../../model/search-text';
import type { ExpandRequest, GraphCounts, GraphStore, Neighbour, NeighbourPage } from '../../store/graph-store';
import { neighbourKey } from '../../store/neighbour-order';
import { toConnection, type ConnectionData } from '../common/connection';
import { lazyScope } from '../common/cursor';
import { pageRequest, type PageArgs } from '../common/pagination';
import { edgeFields, toEntity, type Entity } from './entity';
import type { RelationSpec } from './relations';

/** Most neighbours a traversal reads from one node over one relationship. */
export const TRAVERSAL_LIMIT = 1000;

export type RelatedConnection = ConnectionData<Entity, Record<string, unknown>>;

/**
 * Per-request access to the graph. Loads made in the same tick are batched, so a nested
 * query costs one store round trip per level of nesting, however many items it lists.
 */
export class GraphService {
  private readonly nodeLoader: DataLoader<string, Entity | null>;
  private readonly pageLoader: DataLoader<ExpandRequest, NeighbourPage, string>;

  constructor(readonly store: GraphStore) {
    this.nodeLoader = new DataLoader(async (ids) => {
      const nodes = await store.getNodes(ids);
      return nodes.map((n) => (n ? toEntity(n) : null));
    });
    this.pageLoader = new DataLoader((requests) => store.expand(requests), {
      cacheKeyFn: (r) => JSON.stringify([r.id, r.rel, r.direction, r.labels, r.where, r.after, r.limit]),
    });
  }

  private countsOnce: Promise<GraphCounts> | null = null;

  /** The store's counts, read at most once per request. */
  counts(): Promise<GraphCounts> {
    this.countsOnce ??= this.store.counts();
    return this.countsOnce;
  }

  node(id: string): Promise<Entity | null> {
    return this.nodeLoader.load(id);
  }

  async related(
    parentId: string,
    relation: RelationSpec,
    args: PageArgs,
    where?: ExpandRequest['where'],
  ): Promise<RelatedConnection> {
    const scope = lazyScope('related', parentId, relation.rel, relation.direction, relation.labels ?? [], where ?? null);
    const request = pageRequest(args, scope);
    const after = request.after === null ? null : { rank: Number(request.after[0]), id: String(request.after[1]) };
    const page = await this.pageLoader.load({ id: parentId, ...relation, where, after, limit: request.limit });
    const items = page.items.map((n) => {
      const key = neighbourKey(n);
      return { node: toEntity(n.node), edge: edgeFields(n.edge), key: [key.rank, key.id] };
    });
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
    const page = await this.pageLoader.load({ id: parentId, ...relation, after: null, limit: 1 });
    return page.items[0] ? toEntity(page.items[0].node) : null;
  }

  async search(words: string[], labels: NodeLabel[] | undefined, args: PageArgs): Promise<RelatedConnection> {
    const scope = lazyScope('search', words, [...(labels ?? [])].sort());
    const request = pageRequest(args, scope);
    const after = request.after === null ? null : { rank: Number(request.after[0]), name: String(request.after[1]), id: String(request.after[2]) };
    const page = await this.store.search({ words, labels, after, limit: request.limit });
    const items = page.items.map((n) => ({
      node: toEntity(n),
      edge: {},
      key: [searchRank(String(n.props.searchName ?? ''), words), String(n.props.name ?? ''), n.id],
    }));
    return toConnection(items, { total: page.total, hasMore: page.hasMore, after: request.after, scope });
  }
}
