import { edgeKey, type GraphData } from '../../model/graph';
import { GraphBuilder } from '../../model/graph-builder';

/** The shared GraphBuilder, checking on build that no edge dangles (mappers only link nodes they know). */
export class OnetGraphBuilder extends GraphBuilder {
  override build(): GraphData {
    const graph = super.build();
    for (const e of graph.edges) {
      for (const end of [e.from, e.to]) {
        if (!this.hasNode(end)) throw new Error(`O*NET import bug: edge ${edgeKey(e)} points at missing node ${end}`);
      }
    }
    return graph;
  }
}
