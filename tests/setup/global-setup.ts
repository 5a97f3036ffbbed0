import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { loadConfig } from '../../src/config';
import { Neo4jStore } from '../../src/store/neo4j/neo4j.store';
import { loadDerivedInto, loadSeedGraph } from '../../src/ingest/seed/seed-graph';
import { SEEDS_DIR } from '../helpers/server';

/**
 * Gives the Neo4j half of the suite a database holding exactly seeds/: NEO4J_URI when set,
 * otherwise the local Neo4j (started here when Java is present and none answers yet).
 * Workers learn the outcome through the environment: NEO4J_URI, or CAREERGRAPH_NEO4J_UNAVAILABLE.
 */
export default async function globalSetup(): Promise<void> {
  const ci = process.env.CI === 'true';
  // For a quick run of tests that need no database (`CAREERGRAPH_TESTS_NO_NEO4J=1 npx jest tests/onet`).
  if (process.env.CAREERGRAPH_TESTS_NO_NEO4J === '1') return unavailable('CAREERGRAPH_TESTS_NO_NEO4J=1', ci);
  if (!process.env.NEO4J_URI) {
    const port = process.env.NEO4J_LOCAL_PORT || '7687';
    process.env.NEO4J_URI = `bolt://127.0.0.1:${port}`;
    if (!(await answers())) {
      const java = spawnSync('java', ['-version'], { stdio: 'ignore' });
      if (java.status !== 0) return unavailable('NEO4J_URI is not set and there is no Java to start the local Neo4j', ci);
      console.log(`\n[tests] starting the local Neo4j on port ${port} (scripts/neo4j-start.sh)`);
      const start = spawnSync('bash', [join(__dirname, '..', '..', 'scripts', 'neo4j-start.sh')], { stdio: 'inherit', env: process.env });
      if (start.status !== 0) return unavailable('scripts/neo4j-start.sh failed (output above)', ci);
      process.env.CAREERGRAPH_TESTS_STARTED_NEO4J = '1';
    }
  }
  const store = Neo4jStore.create(loadConfig().neo4j);
  try {
    const health = await store.checkSettings();
    if (!health.ready) return unavailable(health.detail, ci);
    await store.clear();
    await loadDerivedInto(store, loadSeedGraph(SEEDS_DIR));
    console.log(`[tests] Neo4j at ${process.env.NEO4J_URI} holds the seed graph`);
  } catch (error) {
    return unavailable(`Neo4j at ${process.env.NEO4J_URI}: ${(error as Error).message}`, ci);
  } finally {
    await store.close();
  }
}

async function answers(): Promise<boolean> {
  const store = Neo4jStore.create({ ...loadConfig().neo4j, connectionTimeoutMs: 1000 });
  try {
    return (await store.health()).ready;
  } finally {
    await store.close();
  }
}

function unavailable(reason: string, ci: boolean): void {
  if (ci) throw new Error(`Neo4j is required under CI=true and is unavailable: ${reason}`);
  process.env.CAREERGRAPH_NEO4J_UNAVAILABLE = reason;
  console.warn(`\n[tests] *** Neo4j unavailable: ${reason}. The Neo4j half of the suite will be SKIPPED. ***\n`);
}
