import type { Config } from '../../config';
import { Neo4jStore } from './neo4j.store';

/**
 * A Neo4j store whose credentials, database and reachability were checked, the one way every
 * entry point opens Neo4j: a wrong setting fails at once naming the setting to fix, rather
 * than at the first statement. A command fails too while Neo4j does not answer; the server
 * passes `whenNotReady`, which is told why and the store is returned anyway (it may come up
 * later: /readyz).
 */
export async function openCheckedNeo4j(settings: Config['neo4j'], whenNotReady?: (detail: string) => void): Promise<Neo4jStore> {
  const store = Neo4jStore.create(settings);
  try {
    const health = await store.checkSettings();
    if (!health.ready) {
      if (!whenNotReady) throw new Error(health.detail);
      whenNotReady(health.detail);
    }
    return store;
  } catch (error) {
    await store.close();
    throw error;
  }
}
