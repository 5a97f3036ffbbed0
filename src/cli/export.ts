import 'reflect-metadata';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { loadConfig, type Config } from '../config';
import { exportGraph } from '../export/export-writer';
import { DEFAULT_PAGE_SIZE, EXPORT_FORMATS, MAX_PAGE_SIZE, type ExportFormat, type ExportProgress } from '../export/export-manifest';
import { createStore } from '../create-store';
import type { GraphStore } from '../store/graph-store';
import { Neo4jStore } from '../store/neo4j/neo4j.store';

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

/** A bad command line: exit 2, naming the argument. */
class UsageError extends Error {}
class Interrupted extends Error {}

function parseArgs(argv: readonly string[]): Args | 'help' {
  const rest = [...argv];
  const args: Partial<Args> = {};
  while (rest.length > 0) {
    const given = rest.shift() as string;
    if (given === '--help' || given === '-h') return 'help';
    const [arg, inline] = given.startsWith('--') && given.includes('=') ? [given.slice(0, given.indexOf('=')), given.slice(given.indexOf('=') + 1)] : [given, undefined];
    const value = () => {
      const v = inline ?? rest.shift();
      if (v === undefined || v === '' || (inline === undefined && v.startsWith('--'))) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    if (arg === '--out') args.out = value();
    else if (arg === '--format') {
      const format = value();
      if (!(EXPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be ${EXPORT_FORMATS.join(' or ')}, got "${format}"`);
      args.format = format as ExportFormat;
    } else if (arg === '--page-size') {
      const raw = value();
      const size = Number(raw);
      if (!/^\d+$/.test(raw) || size < 1 || size > MAX_PAGE_SIZE) throw new UsageError(`--page-size must be a whole number from 1 to ${MAX_PAGE_SIZE}, got "${raw}"`);
      args.pageSize = size;
    } else if (arg.startsWith('-')) throw new UsageError(`unknown option ${arg}`);
    else throw new UsageError(`unexpected argument "${arg}" (the folder goes after --out)`);
  }
  if (args.out === undefined) throw new UsageError('--out <dir> is required');
  return { out: args.out, format: args.format ?? 'ndjson', pageSize: args.pageSize ?? DEFAULT_PAGE_SIZE };
}

/** Refused before the store is opened, which can take seconds. */
async function checkOut(out: string): Promise<void> {
  const found = await stat(out).catch(() => null);
  if (found && !found.isDirectory()) throw new UsageError(`--out ${out} exists and is not a folder`);
}

/** Neo4j is checked up front, so a wrong setting fails naming it rather than at the first page. */
async function openStore(config: Config): Promise<GraphStore> {
  if (config.graphStore !== 'neo4j') return createStore(config);
  const store = Neo4jStore.create(config.neo4j);
  try {
    const health = await store.checkSettings();
    if (!health.ready) throw new Error(health.detail);
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
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
  const args = parseArgs(process.argv.slice(2));
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
      outDir: args.out, format: args.format, pageSize: args.pageSize, onProgress: progressPrinter(), signal: abort.signal,
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
