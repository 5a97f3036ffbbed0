import { join } from 'node:path';
import { loadProfiles } from '../ingest/profile.loader';
import { profileToGraph } from '../ingest/profile-to-graph';
import { mergeGraphs } from '../model/graph-builder';
import type { GraphData } from '../model/graph';

/** Everything `seeds/` holds, as one graph: the occupation profiles, merged. */
export function loadSeedGraph(seedsDir: string): GraphData {
  return mergeGraphs(loadProfiles(join(seedsDir, 'profiles')).map(profileToGraph));
}
