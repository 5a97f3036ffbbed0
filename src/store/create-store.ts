import type { Config } from '../config';
import type { GraphStore } from './graph-store';
import { MemoryStore } from './memory/memory.store';
import { loadSeedGraph } from './seed-graph';

/** The configured store, ready to serve: the embedded one is loaded from `seeds/` here. */
export async function createStore(config: Config): Promise<GraphStore> {
  if (config.graphStore === 'neo4j') {
    throw new Error('GRAPH_STORE=neo4j is not available yet');
  }
  const store = new MemoryStore();
  await store.load(loadSeedGraph(config.seedsDir));
  return store;
}
