import DataLoader from 'dataloader';
import type { NodeLabel } from '../../model/graph';
import type { ExpandRequest, GraphStore, NeighbourPage } from '../../store/graph-store';
import { toConnection, type ConnectionData } from '../common/connection';
import { pageWindow, type PageArgs } from '../common/pagination';
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
      cacheKeyFn: (r) => JSON.stringify([r.id, r.rel, r.direction, r.labels, r.where, r.offset, r.limit]),
    });
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
    const window = pageWindow(args);
    const page = await this.pageLoader.load({ id: parentId, ...relation, where, ...window });
    const items = page.items.map((n) => ({ node: toEntity(n.node), edge: edgeFields(n.edge) }));
    return toConnection(items, page.total, window);
  }

  /**
   * Every neighbour over a relationship, for traversals (not paged to the client): capped at
   * TRAVERSAL_LIMIT, far above any real node's degree for these relationships.
   */
  async all(parentId: string, relation: RelationSpec): Promise<Array<{ node: Entity; edge: Record<string, unknown> }>> {
    const page = await this.pageLoader.load({ id: parentId, ...relation, offset: 0, limit: TRAVERSAL_LIMIT });
    return page.items.map((n) => ({ node: toEntity(n.node), edge: edgeFields(n.edge) }));
  }

  /** The first neighbour over a relationship that holds at most one (a certification's issuer). */
  async one(parentId: string, relation: RelationSpec): Promise<Entity | null> {
    const page = await this.pageLoader.load({ id: parentId, ...relation, offset: 0, limit: 1 });
    return page.items[0] ? toEntity(page.items[0].node) : null;
  }

  async search(words: string[], labels: NodeLabel[] | undefined, args: PageArgs): Promise<RelatedConnection> {
    const window = pageWindow(args);
    const page = await this.store.search({ words, labels, ...window });
    return toConnection(page.items.map((n) => ({ node: toEntity(n), edge: {} })), page.total, window);
  }
}
