import type { GraphData } from '../../model/graph';
import type { GraphBuilder } from '../../model/graph-builder';
import { sourceIdOf, type Provenance, type Supersession } from '../../model/provenance';
import type { SkippedRows } from './problem-log';

/** A published data set's release, as its DataSource node describes it. */
export interface DataSetRelease {
  /** Stable key of the data set across releases: `onet`, `bls-oews`, `bls-ep`, `gpts-are-gpts`. */
  dataset: string;
  /** `29.3`, `2021`, `2022-32`. */
  release: string;
  /** Shown on every fact: "O*NET 29.3", "BLS OEWS May 2021". */
  label: string;
  name: string;
  publisher: string;
  license: string;
  url: string;
  /** The attribution the licence requires wherever the data is served. */
  attribution: string;
  /** Where the files were taken from, when not straight from the publisher. */
  origin?: string;
}

/** Reported as each file has been read, for progress lines. */
export interface FileProgress {
  file: string;
  rows: number;
  ms: number;
}

/** What every importer returns: the facts, what they replace, and a report for people. */
export interface DatasetImport {
  graph: GraphData;
  supersession: Supersession;
  report: DatasetReport;
}

export interface DatasetReport {
  dataset: string;
  release: string;
  /** The files read, with their rows and how long each took. */
  files: Array<{ file: string; rows: number; ms: number; skipped: number }>;
  /** Only with skipBadRows: rows left out, per file, with why and the first few. */
  skipped: Record<string, SkippedRows>;
  warnings: string[];
  /** Anything else worth a line: matched and unmatched counts, and so on. */
  notes: string[];
  nodes: number;
  edges: number;
  byLabel: Record<string, number>;
  byType: Record<string, number>;
  ms: number;
}

/** The provenance every fact of one facet of a release carries. */
export function provenance(release: DataSetRelease, facet: string): Provenance {
  return { source: release.label, sourceId: sourceIdOf(release.dataset, release.release), facet };
}

/** Writes the release's DataSource node; `covers` lists the facets this import holds. */
export function writeDataSource(graph: GraphBuilder, release: DataSetRelease, covers: readonly string[]): string {
  const id = sourceIdOf(release.dataset, release.release);
  graph.node(
    id,
    'DataSource',
    {
      name: release.name,
      publisher: release.publisher,
      dataset: release.dataset,
      release: release.release,
      covers: [...covers],
      license: release.license,
      url: release.url,
      attribution: release.attribution,
      origin: release.origin,
    },
    [release.dataset, release.publisher],
  );
  return id;
}

export function supersessionOf(release: DataSetRelease, facets: readonly string[], propertyGroups?: Supersession['propertyGroups']): Supersession {
  return { dataset: release.dataset, release: release.release, sourceId: sourceIdOf(release.dataset, release.release), facets: [...facets], propertyGroups };
}

export function tally(graph: GraphData): Pick<DatasetReport, 'nodes' | 'edges' | 'byLabel' | 'byType'> {
  const byLabel: Record<string, number> = {};
  const byType: Record<string, number> = {};
  for (const n of graph.nodes) byLabel[n.label] = (byLabel[n.label] ?? 0) + 1;
  for (const e of graph.edges) byType[e.type] = (byType[e.type] ?? 0) + 1;
  return { nodes: graph.nodes.length, edges: graph.edges.length, byLabel, byType };
}
