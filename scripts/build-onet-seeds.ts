import 'reflect-metadata';
import { join } from 'node:path';
import { writeCompactGraph } from '../src/ingest/compact-graph';
import { deriveOnetSeed, ONET_SEED_FILE, ONET_SEED_SOURCES } from '../src/ingest/onet/onet-seed';

/**
 * `npm run seeds:onet [-- <data dir>]`: derives seeds/onet/onet.graph.json.gz from the O*NET
 * files (default ../shared/data). Run it after changing the importer; a test checks the file
 * is what the importer derives.
 */
const dataDir = process.argv[2] ?? join(__dirname, '..', '..', 'shared', 'data');
const started = Date.now();
const graph = deriveOnetSeed(dataDir, (line) => console.log(`seeds:onet: ${line}`));
writeCompactGraph(ONET_SEED_FILE, graph, ONET_SEED_SOURCES);
console.log(`seeds:onet: wrote ${ONET_SEED_FILE}: ${graph.nodes.length} nodes, ${graph.edges.length} edges in ${Date.now() - started} ms`);
