import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { writeCompactGraph } from '../src/ingest/seed/compact-graph';
import { DATA_DIR, deriveNationalSeed, NATIONAL_SEED_FILE, NATIONAL_SOURCES } from '../src/ingest/seed/national-seed';

/**
 * `npm run seeds:national [-- <data dir>]`: derives seeds/national/national.graph.json.gz from
 * the data sets in seeds/data (or the folder given). Run it after changing an importer or the
 * data; a test checks the file is what the importers derive.
 */
async function main(): Promise<void> {
  const dataDir = process.argv[2] ?? DATA_DIR;
  const started = Date.now();
  const graph = await deriveNationalSeed(dataDir, (line) => console.log(`seeds:national: ${line}`));
  mkdirSync(dirname(NATIONAL_SEED_FILE), { recursive: true });
  writeCompactGraph(NATIONAL_SEED_FILE, graph, NATIONAL_SOURCES);
  console.log(`seeds:national: wrote ${NATIONAL_SEED_FILE}: ${graph.nodes.length} nodes, ${graph.edges.length} edges in ${Date.now() - started} ms`);
}

main().catch((error: unknown) => {
  console.error(`seeds:national: failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
