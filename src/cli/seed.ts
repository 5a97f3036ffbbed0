import 'reflect-metadata';
import { loadConfig } from '../config';
import { Neo4jStore } from '../store/neo4j/neo4j.store';
import { loadSeedGraph } from '../store/seed-graph';

/** `npm run seed`: loads seeds/ into the configured Neo4j (idempotent: run it as often as you like). */
async function main(): Promise<void> {
  const config = loadConfig();
  const graph = loadSeedGraph(config.seedsDir);
  console.log(`seed: ${graph.nodes.length} nodes, ${graph.edges.length} edges from ${config.seedsDir} -> ${config.neo4j.uri}`);
  const store = Neo4jStore.create(config.neo4j);
  try {
    const health = await store.checkSettings();
    if (!health.ready) throw new Error(health.detail);
    const started = Date.now();
    await store.load(graph, (p) => console.log(`seed: ${p.phase} ${p.done}/${p.total}`));
    const counts = await store.counts();
    console.log(`seed: done in ${Date.now() - started} ms; the database holds ${counts.nodes} nodes, ${counts.edges} edges`);
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  console.error(`seed: failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
