import { edgeKey, REL_TYPES, type GraphEdge, type GraphNode, type NodeLabel, type RelType } from '../../model/graph';
import { BadUserInputError } from '../../shared/errors';
import { toConnection, type ConnectionData } from '../common/connection';
import { cursorScope } from '../common/cursor';
import { pageRequest } from '../common/pagination';
import type { GraphService } from '../graph/graph.service';
import type { ExportEdge } from './export-edge.type';
import type { ExportNode } from './export-node.type';
import { EXPORT_DEFAULT_PAGE, EXPORT_MAX_PAGE, type ExportPageArgs } from './export-page.args';
import type { GraphCountsType } from './graph-counts.type';

/** An export page, with its filter kept for `totalCount` (computed only when asked for). */
export type FilteredConnection<T> = ConnectionData<T, object> & { filter: readonly string[] };

/**
 * `graphExport`: the whole graph as stored, in keyset pages, for consumers that mirror it
 * (README "Export"). Each page reads one more than asked, which tells whether another follows.
 */
export class GraphExportService {
  constructor(private readonly graph: GraphService) {}

  async nodes(args: ExportPageArgs, labels: readonly NodeLabel[] | undefined): Promise<FilteredConnection<ExportNode>> {
    const filter = [...new Set(labels ?? [])].sort();
    const scope = cursorScope('graphExport.nodes', filter);
    const request = pageRequest(args, scope, EXPORT_MAX_PAGE, EXPORT_DEFAULT_PAGE);
    const after = request.after === null ? null : String(request.after[0]);
    const rows = await this.graph.exportNodes({ labels: filter, after, limit: request.limit + 1 });
    const page = rows.slice(0, request.limit).map((n) => ({ node: exportNode(n), edge: {}, key: [n.id] }));
    return Object.assign(toConnection(page, { total: 0, hasMore: rows.length > request.limit, after: request.after, scope }), { filter });
  }

  async edges(args: ExportPageArgs, types: readonly RelType[] | undefined): Promise<FilteredConnection<ExportEdge>> {
    const filter = [...new Set(types ?? [])].sort();
    const scope = cursorScope('graphExport.edges', filter);
    const request = pageRequest(args, scope, EXPORT_MAX_PAGE, EXPORT_DEFAULT_PAGE);
    let after: { from: string; type: RelType; to: string } | null = null;
    if (request.after !== null) {
      const [from, type, to] = request.after.map(String);
      if (!(REL_TYPES as readonly string[]).includes(type)) throw new BadUserInputError('after', 'is not a cursor returned by this API');
      after = { from, type: type as RelType, to };
    }
    const rows = await this.graph.exportEdges({ types: filter, after, limit: request.limit + 1 });
    const page = rows.slice(0, request.limit).map((e) => ({ node: exportEdge(e), edge: {}, key: [e.from, e.type, e.to] }));
    return Object.assign(toConnection(page, { total: 0, hasMore: rows.length > request.limit, after: request.after, scope }), { filter });
  }

  /** The store's counts, each list by key. */
  async counts(): Promise<GraphCountsType> {
    const c = await this.graph.counts();
    const list = (o: Record<string, number>) =>
      Object.keys(o)
        .sort()
        .map((key) => ({ key, count: o[key] }));
    return { nodes: c.nodes, edges: c.edges, byLabel: list(c.byLabel), byType: list(c.byType) };
  }

  /** Nodes with one of the labels in `filter` (all when empty), from the store's counts. */
  async nodeCount(filter: readonly string[]): Promise<number> {
    return filteredCount((await this.graph.counts()).byLabel, filter);
  }

  /** Relationships of one of the types in `filter` (all when empty), from the store's counts. */
  async edgeCount(filter: readonly string[]): Promise<number> {
    return filteredCount((await this.graph.counts()).byType, filter);
  }
}

function filteredCount(counts: Record<string, number>, filter: readonly string[]): number {
  const keys = filter.length > 0 ? filter : Object.keys(counts);
  return keys.reduce((sum, k) => sum + (counts[k] ?? 0), 0);
}

function exportNode(n: GraphNode): ExportNode {
  return { id: `node|${n.id}`, nodeId: n.id, label: n.label, properties: n.props };
}

function exportEdge(e: GraphEdge): ExportEdge {
  return { id: edgeKey(e), type: e.type, from: e.from, to: e.to, properties: e.props };
}
