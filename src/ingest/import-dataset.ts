import { join } from 'node:path';
import type { GraphData, GraphNode, NodeLabel } from '../model/graph';
import type { SupersedeReport, Supersession } from '../model/provenance';
import type { GraphStore, LoadProgress } from '../store/graph-store';
import { importOews } from './bls/import-oews';
import { importProjections } from './bls/import-projections';
import { findDataFile } from './common/data-file';
import type { FileProgress } from './common/dataset';
import { importAiExposure } from './exposure/import-ai-exposure';
import { importOnet } from './onet/import-onet';
import { formatReport } from './onet/report';
import { attachmentPoints, DATA_DIR, importNationalParts } from './seed/national-seed';
import { keepStoredSearchWords } from './stored-search';

/** What `npm run import` reads: one data set, or all of the national graph at once. */
export const DATASETS = ['onet', 'bls-oews', 'bls-ep', 'ai-exposure', 'national'] as const;
export type DatasetName = (typeof DATASETS)[number];

export interface ImportRequest {
  dataset: DatasetName;
  /** A folder (O*NET, projections, AI exposure, national) or the OEWS file; national defaults to seeds/data. */
  path?: string;
  release?: string;
  skipBadRows?: boolean;
  /** Load a release older than one the store holds (it then replaces the newer one's facts). */
  allowOlder?: boolean;
  onFile?: (progress: FileProgress) => void;
  onLoad?: (progress: LoadProgress) => void;
  log: (line: string) => void;
}

interface Part {
  name: string;
  graph: GraphData;
  supersession: Supersession;
  lines: string[];
}

export interface ImportOutcome {
  name: string;
  nodes: number;
  edges: number;
  supersede: SupersedeReport;
}

/**
 * Imports a data set into a store: every file is read and checked before anything is written
 * (a bad file writes nothing), then the facts are loaded and what other releases of the data
 * set said is replaced. Loading is idempotent: a run that stops half way is completed by
 * running it again.
 */
export async function importInto(store: GraphStore, request: ImportRequest): Promise<ImportOutcome[]> {
  const parts = await readParts(store, request);
  for (const part of parts) await refuseOlder(store, part.supersession, request.allowOlder === true);
  const outcomes: ImportOutcome[] = [];
  for (const part of parts) {
    part.lines.forEach(request.log);
    const widened = await keepStoredSearchWords(part.graph, store);
    if (widened > 0) request.log(`${part.name}: kept the stored search words of ${widened} nodes`);
    request.log(`${part.name}: loading ${part.graph.nodes.length} nodes, ${part.graph.edges.length} edges`);
    await store.load(part.graph, request.onLoad);
    const supersede = await store.supersede(part.supersession);
    request.log(`${part.name}: ${describe(supersede)}`);
    outcomes.push({ name: part.name, nodes: part.graph.nodes.length, edges: part.graph.edges.length, supersede });
  }
  return outcomes;
}

function describe(r: SupersedeReport): string {
  if (r.replaced.length === 0) return 'no other release to replace';
  return (
    `replaced release ${r.replaced.join(', ')}: ${r.edgesDeleted} relationships and ${r.nodesDeleted} nodes deleted, ` +
    `${r.propertyGroupsCleared} property groups cleared, ${r.sourcesDeleted} data sources gone`
  );
}

async function readParts(store: GraphStore, r: ImportRequest): Promise<Part[]> {
  const options = { skipBadRows: r.skipBadRows, onFile: r.onFile };
  const path = r.path ?? (r.dataset === 'national' ? DATA_DIR : undefined);
  if (path === undefined) throw new Error(`give the ${r.dataset} ${r.dataset === 'bls-oews' ? 'file' : 'folder'} to import`);
  switch (r.dataset) {
    case 'onet': {
      const result = importOnet(path, { ...options, release: r.release });
      return [{ name: `O*NET ${result.report.release}`, graph: result.graph, supersession: result.supersession, lines: formatReport(result.report) }];
    }
    case 'bls-oews': {
      const file = findDataFile(path, 'national_M2021_dl.csv') ?? path;
      return [withReport('BLS OEWS', await importOews(file, await occupationsIn(store), options))];
    }
    case 'bls-ep':
      return [withReport('BLS projections', await importProjections(path, await occupationsIn(store), options))];
    case 'ai-exposure':
      return [withReport('AI exposure', importAiExposure(path, attachmentPoints(await nodesIn(store, ['Occupation', 'Task'])).known, options))];
    case 'national':
      return (await importNationalParts(path, r.log)).map((p) => ({ ...p, lines: [] }));
  }
}

function withReport(name: string, result: Awaited<ReturnType<typeof importOews>>): Part {
  const { report } = result;
  const lines = [
    `${name} ${report.release}: ${report.nodes} nodes, ${report.edges} edges in ${Math.round(report.ms)} ms`,
    ...report.notes.map((n) => `  ${n}`),
    ...report.warnings.map((w) => `  warning: ${w}`),
    ...Object.entries(report.skipped).map(([file, s]) => `  skipped ${s.count} bad rows of ${file}: ${s.examples.join('; ')}`),
  ];
  return { name, graph: result.graph, supersession: result.supersession, lines };
}

/** The store's nodes of some labels, read in keyset pages. */
async function nodesIn(store: GraphStore, labels: NodeLabel[]): Promise<GraphData> {
  const nodes: GraphNode[] = [];
  for (let after: string | null = null; ;) {
    const page = await store.exportNodes({ labels, after, limit: 5000 });
    nodes.push(...page);
    if (page.length < 5000) return { nodes, edges: [] };
    after = page[page.length - 1].id;
  }
}

async function occupationsIn(store: GraphStore) {
  const { occupations } = attachmentPoints(await nodesIn(store, ['Occupation']));
  const known = occupations.filter((o) => o.onetCode !== 'undefined');
  if (known.length === 0) throw new Error('the store holds no O*NET occupation to attach these facts to: import O*NET first (npm run import -- onet <folder>)');
  return known;
}

/** Release numbers compared part by part: 29.3 > 27.0, 2022-32 > 2021. */
export function compareReleases(a: string, b: string): number {
  const pa = a.split(/\D+/).filter(Boolean).map(Number);
  const pb = b.split(/\D+/).filter(Boolean).map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Loading an older release over a newer one replaces the newer facts: only on request. */
async function refuseOlder(store: GraphStore, s: Supersession, allowOlder: boolean): Promise<void> {
  const sources = (await nodesIn(store, ['DataSource'])).nodes.filter((n) => n.props.dataset === s.dataset);
  const newer = sources.map((n) => String(n.props.release)).filter((release) => compareReleases(release, s.release) > 0);
  if (newer.length > 0 && !allowOlder) {
    throw new Error(
      `the store holds ${s.dataset} release ${newer.join(', ')}, newer than ${s.release}; loading ${s.release} would replace its facts. ` +
        'Pass --allow-older to do that anyway. Nothing was written.',
    );
  }
}

/** The folder of the national data sets (for the usage line). */
export const NATIONAL_DEFAULT = join('seeds', 'data');
