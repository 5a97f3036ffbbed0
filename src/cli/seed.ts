import 'reflect-metadata';
import { loadConfig } from '../config';
import { loadDerivedInto, loadSeedGraph } from '../ingest/seed/seed-graph';
import { openCheckedNeo4j } from '../store/neo4j/open-checked';

/**
 * `npm run seed`: loads seeds/ into the configured Neo4j, replacing what older releases of its
 * data sets said there (idempotent: run it as often as you like).
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const graph = loadSeedGraph(config.seedsDir);
  console.log(`seed: ${graph.nodes.length} nodes, ${graph.edges.length} edges from ${config.seedsDir} -> ${config.neo4j.uri}`);
  const store = await openCheckedNeo4j(config.neo4j);
  try {
    const started = Date.now();
    const reports = await loadDerivedInto(store, graph, (p) => console.log(`seed: ${p.phase} ${p.done}/${p.total}`));
    for (const [i, r] of reports.entries()) {
      if (r.replaced.length > 0) {
        console.log(
          `seed: ${graph.supersessions[i].dataset} ${graph.supersessions[i].release} replaced release ${r.replaced.join(', ')} ` +
            `(${r.edgesDeleted} relationships, ${r.nodesDeleted} nodes deleted)`,
        );
      }
    }
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
