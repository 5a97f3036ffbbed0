import type { Config } from './config';
import { loadSeedInto } from './ingest/seed/seed-graph';
import type { GraphStore } from './store/graph-store';
import { MemoryStore } from './store/memory/memory.store';

/**
 * The configured store. The embedded one is loaded from `seeds/` here; Neo4j is loaded by
 * `npm run seed`, and may be down at start: the service then starts not ready (/readyz).
 */
export async function createStore(config: Config, log: (line: string) => void = console.log): Promise<GraphStore> {
  if (config.graphStore === 'neo4j') {
    // Required here, not at the top: the embedded default never loads neo4j-driver.
    const { openCheckedNeo4j } = await import('./store/neo4j/open-checked');
    return openCheckedNeo4j(config.neo4j, (detail) => log(`careergraph: WARNING ${detail}; serving, not ready until it answers`));
  }
  const store = new MemoryStore();
  await loadSeedInto(store, config.seedsDir);
  // The search index is built once the API listens; a search before that builds it itself.
  setImmediate(() => store.warm());
  return store;
}
