import neo4j from 'neo4j-driver';
import { loadConfig, type Config } from '../../src/config';
import { Neo4jStore } from '../../src/store/neo4j/neo4j.store';

/**
 * `describe` for tests that need Neo4j. Under CI=true an unavailable Neo4j fails the run;
 * elsewhere the block is skipped with the reason printed loudly.
 */
export function describeNeo4j(name: string, body: () => void): void {
  const reason = process.env.CAREERGRAPH_NEO4J_UNAVAILABLE;
  if (!reason) return describe(name, body);
  if (process.env.CI === 'true') {
    return describe(name, () =>
      it('has Neo4j', () => {
        throw new Error(`Neo4j unavailable: ${reason}`);
      }),
    );
  }
  console.warn(`*** SKIPPED "${name}": Neo4j unavailable (${reason}) ***`);
  describe.skip(name, body);
}

export function neo4jSettings(overrides: Partial<Config['neo4j']> = {}): Config['neo4j'] {
  return { ...loadConfig().neo4j, ...overrides };
}

/** A store on the test database, which global setup filled with seeds/. */
export function openNeo4jStore(overrides: Partial<Config['neo4j']> = {}): Neo4jStore {
  return Neo4jStore.create(neo4jSettings(overrides));
}

/**
 * Removes the nodes whose id starts with `prefix`: a suite that loads its own small graph beside
 * the seed (Community edition has one database) clears it before and after with this.
 */
export async function removeNodesByPrefix(prefix: string): Promise<void> {
  const settings = neo4jSettings();
  const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password));
  try {
    await driver.executeQuery('MATCH (n:Node) WHERE n.id STARTS WITH $prefix DETACH DELETE n', { prefix }, { database: settings.database });
  } finally {
    await driver.close();
  }
}
