import type { Config } from '../../config';
import { Neo4jStore } from './neo4j.store';

/**
 * A Neo4j store whose credentials, database and reachability were checked: a command fails at
 * once naming the setting to fix, rather than at its first statement.
 */
export async function openCheckedNeo4j(settings: Config['neo4j']): Promise<Neo4jStore> {
  const store = Neo4jStore.create(settings);
  try {
    const health = await store.checkSettings();
    if (!health.ready) throw new Error(health.detail);
    return store;
  } catch (error) {
    await store.close();
    throw error;
  }
}
