import type { SupersedeReport, Supersession } from '../../model/provenance';
import type { MemoryGraph } from './memory-graph';

/** The in-memory side of GraphStore.supersede, in the order the Neo4j store runs it. */
export function supersedeInMemory(graph: MemoryGraph, s: Supersession): SupersedeReport {
  const report: SupersedeReport = { replaced: [], edgesDeleted: 0, nodesDeleted: 0, propertyGroupsCleared: 0, sourcesDeleted: 0 };
  const stale = new Map<string, { release: string; covers: string[] }>();
  graph.forEachNode((id, a) => {
    if (a.label === 'DataSource' && a.props.dataset === s.dataset && a.props.release !== s.release) {
      stale.set(id, { release: String(a.props.release), covers: Array.isArray(a.props.covers) ? (a.props.covers as string[]) : [] });
    }
  });
  if (stale.size === 0) return report;
  report.replaced = [...stale.values()].map((v) => v.release).sort();
  const facets = new Set(s.facets);
  const isStale = (props: Record<string, unknown>) => stale.has(props.sourceId as string) && facets.has(props.facet as string);

  const edges: string[] = [];
  graph.forEachEdge((key, a) => void (isStale(a.props) && edges.push(key)));
  for (const key of edges) graph.dropEdge(key);
  report.edgesDeleted = edges.length;

  const nodes: string[] = [];
  graph.forEachNode((id, a) => void (isStale(a.props) && nodes.push(id)));
  for (const id of nodes) {
    report.edgesDeleted += graph.degree(id);
    graph.dropNode(id);
  }
  report.nodesDeleted = nodes.length;

  for (const group of s.propertyGroups ?? []) {
    graph.forEachNode((_id, a) => {
      if (!stale.has(a.props[group.tag] as string)) return;
      for (const key of [...group.keys, group.tag]) delete a.props[key];
      report.propertyGroupsCleared++;
    });
  }

  for (const [id, source] of stale) {
    const covers = source.covers.filter((c) => !facets.has(c));
    if (covers.length > 0) {
      graph.getNodeAttributes(id).props.covers = covers;
      continue;
    }
    // Its CITES and SOURCED_FROM links go with it (not counted in edgesDeleted, as in Neo4j).
    graph.dropNode(id);
    report.sourcesDeleted++;
  }
  return report;
}
