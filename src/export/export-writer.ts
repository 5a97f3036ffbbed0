import { isDeepStrictEqual } from 'node:util';
import type { GraphEdge, GraphNode } from '../model/graph';
import type { GraphCounts, GraphStore } from '../store/graph-store';
import { CsvColumns } from './csv-columns';
import { CsvEncoder } from './csv.encoder';
import { csvColumnSchemas, csvManifest } from './csv-schema';
import { ExportError } from './export-error';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type ExportedFile, type ExportManifest, type ExportOptions } from './export-manifest';
import { scanPhase, writePhase, type Phase } from './export-passes';
import { ExportTarget, MANIFEST_FILE } from './export-target';
import type { WrittenFile } from './file-sink';
import { edgePages, nodePages } from './graph-pages';
import { ndjsonEncoder, sortedProps } from './ndjson.format';
import type { RowEncoder } from './row-encoder';

/**
 * Streams the whole graph into `nodes.<format>`, `edges.<format>` and manifest.json in
 * `outDir`, a page at a time: memory depends on the page size, not on the graph. On any
 * failure nothing new is left in `outDir` and an earlier export there is untouched.
 */
export async function exportGraph(store: GraphStore, options: ExportOptions): Promise<ExportManifest> {
  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    throw new ExportError(`the page size must be a whole number from 1 to ${MAX_PAGE_SIZE}, got ${pageSize}`);
  }
  const { format, signal, onProgress } = options;
  const generatedAt = new Date().toISOString();
  const target = await ExportTarget.prepare(options.outDir);
  try {
    const counts = await store.counts();
    const nodes: Phase<GraphNode> = {
      name: 'nodes',
      pages: () => nodePages(store, pageSize, undefined, signal),
      group: (n) => n.label,
      total: counts.nodes,
      byGroup: counts.byLabel,
    };
    const edges: Phase<GraphEdge> = {
      name: 'edges',
      pages: () => edgePages(store, pageSize, signal),
      group: (e) => e.type,
      total: counts.edges,
      byGroup: counts.byType,
    };
    const sources: ExportManifest['sources'] = [];
    for await (const page of nodePages(store, pageSize, ['DataSource'], signal)) {
      for (const n of page) sources.push({ id: n.id, ...sortedProps(n.props) });
    }

    let encoder: RowEncoder = ndjsonEncoder;
    let csv: ExportManifest['csv'];
    const warnings: string[] = [];
    if (format === 'csv') {
      // The header names every column, so the columns must be known before the first row.
      const nodeColumns = new CsvColumns('nodes');
      const edgeColumns = new CsvColumns('edges');
      await scanPhase(nodes, (n) => nodeColumns.observe(n.id, n.props), onProgress);
      await scanPhase(edges, (e) => edgeColumns.observe(`${e.type} ${e.from} -> ${e.to}`, e.props), onProgress);
      encoder = new CsvEncoder(nodeColumns.columns(), edgeColumns.columns());
      csv = csvManifest(csvColumnSchemas('nodes', nodeColumns.columns()), csvColumnSchemas('edges', edgeColumns.columns()));
      warnings.push(...nodeColumns.warnings(), ...edgeColumns.warnings());
    }

    const nodesFile = `nodes.${format}`;
    const edgesFile = `edges.${format}`;
    const nodesWritten = await writePhase(nodes, await target.open(nodesFile), encoder.nodeHeader, (n) => encoder.node(n), onProgress);
    const edgesWritten = await writePhase(edges, await target.open(edgesFile), encoder.edgeHeader, (e) => encoder.edge(e), onProgress);
    await checkUnchanged(store, counts);

    const manifest: ExportManifest = {
      format,
      generatedAt,
      store: store.kind,
      files: { nodes: fileEntry(nodesFile, nodesWritten), edges: fileEntry(edgesFile, edgesWritten) },
      counts,
      sources,
      ...(csv ? { csv } : {}),
      warnings,
    };
    const sink = await target.open(MANIFEST_FILE);
    await sink.write(`${JSON.stringify(manifest, null, 2)}\n`);
    await sink.close();
    await target.commit();
    return manifest;
  } catch (error) {
    await target.discard();
    throw error;
  }
}

/** A change after a phase was read (a node added while edges are written) passes that phase's check; this catches it. */
async function checkUnchanged(store: GraphStore, before: GraphCounts): Promise<void> {
  const after = await store.counts();
  if (isDeepStrictEqual(after, before)) return;
  throw new ExportError(
    `the graph changed during the export: ${before.nodes} nodes and ${before.edges} edges at the start, ` +
      `${after.nodes} and ${after.edges} at the end; run it again when nothing is loading`,
  );
}

function fileEntry(path: string, written: WrittenFile & { rows: number }): ExportedFile {
  return { path, rows: written.rows, bytes: written.bytes, sha256: written.sha256 };
}
