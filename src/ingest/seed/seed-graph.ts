import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readCompactGraph } from '../ingest/compact-graph';
import { loadProfiles } from '../ingest/profile.loader';
import { profileToGraph } from '../ingest/profile-to-graph';
import { roleMappingEdges } from '../ingest/role-mappings';
import type { GraphData } from '../model/graph';
import { mergeGraphs } from '../model/graph-builder';

/**
 * Everything `seeds/` holds, as one graph: the derived O*NET graph (seeds/onet/*.graph.json.gz)
 * first, the curated occupation profiles over it (their facts win where both speak), and the
 * curated role → occupation mappings whose ends are both present.
 */
export function loadSeedGraph(seedsDir: string): GraphData {
  const onetDir = join(seedsDir, 'onet');
  const derived = existsSync(onetDir)
    ? readdirSync(onetDir).filter((f) => f.endsWith('.graph.json.gz')).sort().map((f) => readCompactGraph(join(onetDir, f)))
    : [];
  const profiles = loadProfiles(join(seedsDir, 'profiles')).map(profileToGraph);
  const graph = mergeGraphs([...derived, ...profiles]);
  const mappings = join(seedsDir, 'mappings', 'role-occupations.json');
  if (existsSync(mappings)) graph.edges.push(...roleMappingEdges(mappings, graph));
  return graph;
}
