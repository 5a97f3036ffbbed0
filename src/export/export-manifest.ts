import type { Props } from '../model/graph';
import type { GraphCounts, GraphStore } from '../store/graph-store';
import type { CsvManifest } from './csv-schema';

export const EXPORT_FORMATS = ['ndjson', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportedFile {
  /** Relative to the export folder. */
  path: string;
  /** Data rows: a CSV header line is not counted. */
  rows: number;
  bytes: number;
  /** Hex sha256 of the file's bytes. */
  sha256: string;
}

/** What manifest.json says; written last, so its presence means the files beside it are whole. */
export interface ExportManifest {
  format: ExportFormat;
  /** When the export started (ISO 8601). */
  generatedAt: string;
  store: GraphStore['kind'];
  files: { nodes: ExportedFile; edges: ExportedFile };
  counts: GraphCounts;
  /** Every DataSource node: the releases the graph was built from, with their licences. */
  sources: Array<Props & { id: string }>;
  /** CSV only: the dialect, how cells encode values, and every column of each file with its type. */
  csv?: CsvManifest;
  warnings: string[];
}

export interface ExportProgress {
  /** `scan` is the CSV pass that finds the columns; `write` writes the rows. */
  pass: 'scan' | 'write';
  phase: 'nodes' | 'edges';
  done: number;
  total: number;
  /** True once per pass and phase, after its last page. */
  finished: boolean;
}

export interface ExportOptions {
  outDir: string;
  format: ExportFormat;
  /** Rows per store read; memory use grows with this, not with the graph. */
  pageSize?: number;
  onProgress?: (progress: ExportProgress) => void;
  /** Aborting stops at the next page and removes what was written. */
  signal?: AbortSignal;
}

export const DEFAULT_PAGE_SIZE = 2000;
export const MAX_PAGE_SIZE = 10000;
