import type { GraphData } from '../model/graph';
import { searchTextOf } from '../model/search-text';
import type { GraphStore } from '../store/graph-store';

const CHUNK = 1000;

/**
 * A store merges a node's properties by replacing each one, so loading a partial import (a
 * lone Skills file: occupations known only by title) would replace an occupation's
 * searchText and drop the alternate titles an earlier import made searchable. Before
 * loading, each occupation's new searchText is widened with the words the store already
 * holds for it (every node, in fact: a curated profile's occupation keeps the words O*NET gave
 * it). Loading twice still changes nothing: the union is the same.
 */
export async function keepStoredSearchWords(graph: GraphData, store: GraphStore): Promise<number> {
  const occupations = graph.nodes.filter((n) => typeof n.props.searchText === 'string');
  let widened = 0;
  for (let i = 0; i < occupations.length; i += CHUNK) {
    const chunk = occupations.slice(i, i + CHUNK);
    const stored = await store.getNodes(chunk.map((n) => n.id));
    chunk.forEach((node, j) => {
      const before = stored[j]?.props.searchText;
      if (typeof before !== 'string' || before === '') return;
      // The stored words first, as mergeGraphs orders them.
      const merged = searchTextOf([before, String(node.props.searchText ?? '')]);
      if (merged !== node.props.searchText) widened += 1;
      node.props.searchText = merged;
    });
  }
  return widened;
}
