import type { GraphData } from '../../model/graph';
import type { Supersession } from '../../model/provenance';
import type { SkippedRows } from '../common/problem-log';

export type { FileProgress } from '../common/dataset';

export interface FileReport {
  file: string;
  /** Data rows read (the header and blank lines excluded). */
  rows: number;
  readMs: number;
  mapMs: number;
  skipped: number;
}

export interface OnetImportReport {
  dir: string;
  release: string;
  sourceId: string;
  files: FileReport[];
  /** Files in the folder this importer does not read (Read Me, Scales Reference, ...). */
  ignored: string[];
  /** Only with skipBadRows: rows left out, per file, with why and the first few. */
  skipped: Record<string, SkippedRows>;
  skippedTotal: number;
  warnings: string[];
  nodes: number;
  edges: number;
  byLabel: Record<string, number>;
  byType: Record<string, number>;
  ms: number;
}

export interface OnetImportResult {
  graph: GraphData;
  supersession: Supersession;
  report: OnetImportReport;
}

export function tally(graph: GraphData): Pick<OnetImportReport, 'nodes' | 'edges' | 'byLabel' | 'byType'> {
  const byLabel: Record<string, number> = {};
  const byType: Record<string, number> = {};
  for (const n of graph.nodes) byLabel[n.label] = (byLabel[n.label] ?? 0) + 1;
  for (const e of graph.edges) byType[e.type] = (byType[e.type] ?? 0) + 1;
  return { nodes: graph.nodes.length, edges: graph.edges.length, byLabel, byType };
}

/** Human-readable lines for the CLI. */
export function formatReport(r: OnetImportReport): string[] {
  const lines = [
    `O*NET ${r.release} from ${r.dir}: ${r.nodes} nodes, ${r.edges} edges in ${Math.round(r.ms)} ms`,
    `  nodes: ${formatCounts(r.byLabel)}`,
    `  edges: ${formatCounts(r.byType)}`,
  ];
  if (r.ignored.length > 0) lines.push(`  not read: ${r.ignored.join(', ')}`);
  for (const w of r.warnings) lines.push(`  warning: ${w}`);
  for (const [file, s] of Object.entries(r.skipped)) {
    const why = Object.entries(s.byKind)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ');
    lines.push(`  skipped ${s.count} bad row${s.count === 1 ? '' : 's'} of ${file} (${why}), e.g.:`);
    for (const e of s.examples) lines.push(`    ${e}`);
  }
  return lines;
}

function formatCounts(counts: Record<string, number>): string {
  return Object.entries(counts)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
}
