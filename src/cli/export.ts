import 'reflect-metadata';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { loadConfig, type Config } from '../config';
import { exportGraph } from '../export/export-writer';
import { DEFAULT_PAGE_SIZE, EXPORT_FORMATS, MAX_PAGE_SIZE, type ExportFormat, type ExportProgress } from '../export/export-manifest';
import { createStore } from '../create-store';
import type { GraphStore } from '../store/graph-store';
import { openCheckedNeo4j } from '../store/neo4j/open-checked';
import { choiceOption, intOption, parseCommandLine, UsageError } from './cli-args';

const USAGE = `usage: npm run export -- --out <dir> [--format ndjson|csv] [--page-size N]

Writes the configured store's graph (GRAPH_STORE=memory|neo4j) to <dir>/nodes.<format>,
<dir>/edges.<format> and <dir>/manifest.json (written last: row counts, sizes, sha256, sources).
  --out <dir>        the folder, created if missing; an earlier export there is replaced
  --format <f>       ndjson (default) or csv (neo4j-admin import headers; manifest.json gives
                     each column's type: examples/export/read_export.py reads it into pandas)
  --page-size <N>    rows per store read, 1-${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE})`;

interface Args {
  out: string;
  format: ExportFormat;
  pageSize: number;
}

class Interrupted extends Error {}

function parseExportArgs(argv: readonly string[]): Args | 'help' {
  const { values, positionals } = parseCommandLine(argv, { out: { type: 'string' }, format: { type: 'string' }, 'page-size': { type: 'string' } });
  if (values.help) return 'help';
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}" (the folder goes after --out)`);
  const out = values.out as string | undefined;
  if (out === undefined) throw new UsageError('--out <dir> is required');
  return {
    out,
    format: choiceOption('format', values.format as string | undefined, EXPORT_FORMATS, 'ndjson'),
    pageSize: intOption('page-size', values['page-size'] as string | undefined, DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE),
  };
}

/** Refused before the store is opened, which can take seconds. */
async function checkOut(out: string): Promise<void> {
  const found = await stat(out).catch(() => null);
  if (found && !found.isDirectory()) throw new UsageError(`--out ${out} exists and is not a folder`);
}

/** Neo4j is checked up front, so a wrong setting fails naming it rather than at the first page. */
async function openStore(config: Config): Promise<GraphStore> {
  return config.graphStore === 'neo4j' ? openCheckedNeo4j(config.neo4j) : createStore(config);
}

const log = (line: string) => console.error(`export: ${line}`);
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** At most about one line a second, and always the last of each phase. */
function progressPrinter(): (p: ExportProgress) => void {
  let lastAt = 0;
  return (p) => {
    const now = Date.now();
    if (!p.finished && now - lastAt < 1000) return;
    lastAt = now;
    const percent = p.total === 0 ? 100 : Math.floor((p.done / p.total) * 100);
    log(`${p.pass === 'scan' ? 'scan ' : ''}${p.phase} ${p.done}/${p.total} (${percent}%)`);
  };
}

/** `npm run export -- --out <dir>`: the configured store's whole graph to files, streamed. */
async function main(): Promise<void> {
  const args = parseExportArgs(process.argv.slice(2));
  if (args === 'help') {
    console.log(USAGE);
    return;
  }
  await checkOut(args.out);
  const config = loadConfig();
  const store = await openStore(config);
  // Ctrl-C stops at the next page and removes the partial files; a second one exits at once.
  const abort = new AbortController();
  process.once('SIGINT', () => {
    log('interrupted; removing the partial files (Ctrl-C again to quit now)');
    abort.abort(new Interrupted('interrupted; nothing was written'));
    process.once('SIGINT', () => process.exit(130));
  });
  try {
    const target = config.graphStore === 'neo4j' ? config.neo4j.uri : 'memory';
    log(`${target} -> ${resolve(args.out)} (${args.format}, pages of ${args.pageSize})`);
    const started = performance.now();
    const manifest = await exportGraph(store, {
      outDir: args.out,
      format: args.format,
      pageSize: args.pageSize,
      onProgress: progressPrinter(),
      signal: abort.signal,
    });
    manifest.warnings.forEach((w) => log(`warning: ${w}`));
    const { nodes, edges } = manifest.files;
    const ms = performance.now() - started;
    const rate = Math.round(((nodes.rows + edges.rows) / Math.max(ms, 1)) * 1000).toLocaleString('en-US');
    console.log(
      `export: wrote ${nodes.rows} nodes, ${edges.rows} edges (${megabytes(nodes.bytes + edges.bytes)}, ${manifest.sources.length} sources) ` +
        `to ${resolve(args.out)} in ${Math.round(ms)} ms (${rate} rows/s), peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`,
    );
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof UsageError) {
    console.error(`export: ${message}\n${USAGE}`);
    process.exit(2);
  }
  if (error instanceof Interrupted) {
    console.error(`export: ${message}`);
    process.exit(130);
  }
  console.error(`export: failed: ${message}`);
  process.exit(1);
});
