import { join } from 'node:path';
import type { GraphData } from '../../model/graph';
import { mergeGraphs } from '../../model/graph-builder';
import { PROJECT_ROOT } from '../../shared/paths';
import { importOnet } from './import-onet';

export const ONET_SEED_FILE = join(PROJECT_ROOT, 'seeds', 'onet', 'onet.graph.json.gz');

/** The O*NET folders the shipped seed is derived from, in load order, with their releases. */
export const ONET_SEED_SOURCES = ['onet-27.0', 'onet-29.3-skills-sample'];
const RELEASES: Record<string, string | undefined> = { 'onet-27.0': undefined, 'onet-29.3-skills-sample': '29.3' };

/** The O*NET part of seeds/: each folder imported, then merged (later releases win where both speak). */
export function deriveOnetSeed(dataDir: string, log: (line: string) => void = () => undefined): GraphData {
  return mergeGraphs(
    ONET_SEED_SOURCES.map((folder) => {
      const { graph } = importOnet(join(dataDir, folder), { release: RELEASES[folder] });
      log(`${folder}: ${graph.nodes.length} nodes, ${graph.edges.length} edges`);
      return graph;
    }),
  );
}
