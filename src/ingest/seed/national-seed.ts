import { join } from 'node:path';
import type { GraphData } from '../../model/graph';
import { mergeGraphs } from '../../model/graph-builder';
import type { Supersession } from '../../model/provenance';
import { PROJECT_ROOT } from '../../shared/paths';
import { importOews } from '../bls/import-oews';
import { importProjections } from '../bls/import-projections';
import { findDataFile } from '../common/data-file';
import { importAiExposure } from '../exposure/import-ai-exposure';
import { importOnet } from '../onet/import-onet';
import type { DerivedGraph } from './compact-graph';

/** Where the published data sets are committed (scripts/vendor-data.sh puts them there). */
export const DATA_DIR = join(PROJECT_ROOT, 'seeds', 'data');
export const NATIONAL_SEED_FILE = join(PROJECT_ROOT, 'seeds', 'national', 'national.graph.json.gz');

/** The data set folders the national graph is derived from, in import order. */
export const NATIONAL_SOURCES = ['onet-29.3', 'bls-oews-2021', 'bls-ep-2022-32', 'ai-exposure-gpts-are-gpts'];

export interface DerivedPart {
  name: string;
  graph: GraphData;
  supersession: Supersession;
}

/** The occupations and tasks of an O*NET graph, which the other data sets attach their facts to. */
export function attachmentPoints(graph: GraphData) {
  const occupations = graph.nodes.filter((n) => n.label === 'Occupation').map((n) => ({ id: n.id, onetCode: String(n.props.onetCode) }));
  const tasks = graph.nodes.filter((n) => n.label === 'Task' && /:onet-\d+$/.test(n.id));
  return {
    occupations,
    known: {
      taskIds: new Set(tasks.map((t) => t.id)),
      occupationIds: new Set(occupations.map((o) => o.id)),
      taskTexts: new Map(tasks.map((t) => [t.id, String(t.props.text)])),
    },
  };
}

/**
 * Each data set of the national graph, imported from `dataDir`: O*NET first (the occupations
 * and tasks everything else attaches to), then BLS wages and projections, then the AI-exposure
 * labels of O*NET's tasks.
 */
export async function importNationalParts(dataDir: string, log: (line: string) => void = () => undefined): Promise<DerivedPart[]> {
  const timed = async <T extends { graph: GraphData }>(name: string, work: () => T | Promise<T>): Promise<T & { name: string }> => {
    const started = performance.now();
    const result = await work();
    log(`${name}: ${result.graph.nodes.length} nodes, ${result.graph.edges.length} edges in ${Math.round(performance.now() - started)} ms`);
    return { ...result, name };
  };
  const onet = await timed('onet-29.3', () => importOnet(join(dataDir, 'onet-29.3')));
  const { occupations, known } = attachmentPoints(onet.graph);
  const blsDir = join(dataDir, 'bls-ep-2022-32');
  const oewsFile = findDataFile(join(dataDir, 'bls-oews-2021'), 'national_M2021_dl.csv');
  if (!oewsFile) throw new Error(`${dataDir}/bls-oews-2021 holds no national_M2021_dl.csv(.gz)`);
  const wages = await timed('bls-oews-2021', () => importOews(oewsFile, occupations, { crosswalk: join(blsDir, 'nem-onet-to-soc-crosswalk.xlsx') }));
  const outlook = await timed('bls-ep-2022-32', () => importProjections(blsDir, occupations));
  const exposure = await timed('ai-exposure-gpts-are-gpts', () => importAiExposure(join(dataDir, 'ai-exposure-gpts-are-gpts'), known));
  return [onet, wages, outlook, exposure];
}

/** The national graph, merged, with each part's supersession for stores holding older releases. */
export async function deriveNationalSeed(dataDir: string = DATA_DIR, log: (line: string) => void = () => undefined): Promise<DerivedGraph> {
  const parts = await importNationalParts(dataDir, log);
  return { ...mergeGraphs(parts.map((p) => p.graph)), supersessions: parts.map((p) => p.supersession) };
}
