import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { GraphData, GraphEdge } from '../../model/graph';
import { mergeGraphs } from '../../model/graph-builder';
import type { SupersedeReport, Supersession } from '../../model/provenance';
import type { GraphStore, LoadProgress } from '../../store/graph-store';
import { curatedMappings } from '../curated-mappings';
import { loadProfiles } from '../profile.loader';
import { profileToGraph } from '../profile-to-graph';
import { keepStoredSearchWords } from '../stored-search';
import { readCompactGraph, streamCompactGraph, type DerivedGraph } from './compact-graph';

/** The derived graphs seeds/ ships (seeds/national/*.graph.json.gz: O*NET, BLS, AI exposure). */
function derivedFiles(seedsDir: string): string[] {
  const dir = join(seedsDir, 'national');
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.graph.json.gz'))
        .sort()
        .map((f) => join(dir, f))
    : [];
}

/** The curated occupation profiles (seeds/profiles/*.json) as one graph. */
function curatedGraph(seedsDir: string): GraphData {
  return mergeGraphs(loadProfiles(join(seedsDir, 'profiles')).map(profileToGraph));
}

/**
 * Everything `seeds/` holds, as one graph: the derived national graph first, the curated
 * occupation profiles over it (their facts win where both speak), and the curated mappings
 * whose ends are both present. Its supersessions say which releases it replaces in a store
 * that holds older ones. Read whole: for tests and the Neo4j seed; the embedded store streams
 * the same records (loadSeedInto).
 */
export function loadSeedGraph(seedsDir: string): DerivedGraph {
  const derived = derivedFiles(seedsDir).map(readCompactGraph);
  const graph = mergeGraphs([...derived, curatedGraph(seedsDir)]);
  const ids = new Set(graph.nodes.map((n) => n.id));
  graph.edges.push(...curatedMappings(join(seedsDir, 'mappings')).filter((e) => ids.has(e.from) && ids.has(e.to)));
  return { ...graph, supersessions: derived.flatMap((d) => d.supersessions) };
}

const STREAM_BATCH = 5000;

/**
 * Loads `seeds/` into a store, in the order loadSeedGraph merges it, streaming the derived
 * graph in batches so the process never holds it twice (the embedded store starts in about
 * 2 s and stays small), then replaces what older releases said there.
 */
export async function loadSeedInto(store: GraphStore, seedsDir: string, onProgress?: (progress: LoadProgress) => void): Promise<SupersedeReport[]> {
  const supersessions: Supersession[] = [];
  for (const file of derivedFiles(seedsDir)) {
    supersessions.push(...(await streamCompactGraph(file, STREAM_BATCH, (batch) => store.load(batch, onProgress, { owned: true }))));
  }
  const curated = curatedGraph(seedsDir);
  await keepStoredSearchWords(curated, store);
  await store.load(curated, onProgress);
  await store.load({ nodes: [], edges: await present(store, curatedMappings(join(seedsDir, 'mappings'))) }, onProgress);
  return supersedeAll(store, supersessions);
}

/** Loads a derived graph and applies its supersessions (npm run seed, tests). */
export async function loadDerivedInto(store: GraphStore, graph: DerivedGraph, onProgress?: (progress: LoadProgress) => void): Promise<SupersedeReport[]> {
  await store.load(graph, onProgress);
  return supersedeAll(store, graph.supersessions);
}

async function supersedeAll(store: GraphStore, supersessions: readonly Supersession[]): Promise<SupersedeReport[]> {
  const reports: SupersedeReport[] = [];
  for (const s of supersessions) reports.push(await store.supersede(s));
  return reports;
}

/** The edges whose ends the store holds. */
async function present(store: GraphStore, edges: GraphEdge[]): Promise<GraphEdge[]> {
  const ids = [...new Set(edges.flatMap((e) => [e.from, e.to]))];
  const found = new Set((await store.getNodes(ids)).flatMap((n) => (n ? [n.id] : [])));
  return edges.filter((e) => found.has(e.from) && found.has(e.to));
}
