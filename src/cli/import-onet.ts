import 'reflect-metadata';
import { loadConfig } from '../config';
import { importOnet } from '../ingest/onet/import-onet';
import { formatReport } from '../ingest/onet/report';
import { keepStoredSearchWords } from '../ingest/onet/stored-search';
import type { GraphStore, LoadProgress } from '../store/graph-store';
import { MemoryStore } from '../store/memory/memory.store';
import { Neo4jStore } from '../store/neo4j/neo4j.store';

const USAGE = 'usage: npm run import:onet -- <dir> [--skip-bad-rows] [--release 29.3] [--store memory|neo4j]';

interface Args {
  dir: string;
  skipBadRows: boolean;
  release?: string;
  store?: 'memory' | 'neo4j';
}

function parseArgs(argv: readonly string[]): Args {
  const rest = [...argv];
  const args: Partial<Args> & { skipBadRows: boolean } = { skipBadRows: false };
  while (rest.length > 0) {
    const arg = rest.shift() as string;
    const value = () => {
      const v = rest.shift();
      if (v === undefined || v.startsWith('--')) throw new Error(`${arg} needs a value\n${USAGE}`);
      return v;
    };
    if (arg === '--skip-bad-rows') args.skipBadRows = true;
    else if (arg === '--release') args.release = value();
    else if (arg === '--store') {
      const store = value();
      if (store !== 'memory' && store !== 'neo4j') throw new Error(`--store must be memory or neo4j, got "${store}"\n${USAGE}`);
      args.store = store;
    } else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}\n${USAGE}`);
    else if (args.dir === undefined) args.dir = arg;
    else throw new Error(`unexpected argument "${arg}": give one folder\n${USAGE}`);
  }
  if (args.dir === undefined) throw new Error(`no O*NET folder given\n${USAGE}`);
  return args as Args;
}

const log = (line: string) => console.log(`import-onet: ${line}`);
const perSecond = (count: number, ms: number) => Math.round((count / Math.max(ms, 1)) * 1000).toLocaleString('en-US');

/** `npm run import:onet -- <dir>`: O*NET text files into the configured (or chosen) store; idempotent. */
async function main(): Promise<void> {
  const started = performance.now();
  const args = parseArgs(process.argv.slice(2));
  const config = loadConfig();
  const { graph, report } = importOnet(args.dir, {
    release: args.release,
    skipBadRows: args.skipBadRows,
    onFile: (p) => log(`read ${p.file}: ${p.rows} rows in ${Math.round(p.ms)} ms (${perSecond(p.rows, p.ms)} rows/s)`),
  });
  formatReport(report).forEach(log);

  const kind = args.store ?? config.graphStore;
  const store: GraphStore = kind === 'neo4j' ? Neo4jStore.create(config.neo4j) : new MemoryStore();
  try {
    if (store instanceof Neo4jStore) {
      const health = await store.checkSettings();
      if (!health.ready) throw new Error(health.detail);
    }
    const widened = await keepStoredSearchWords(graph, store);
    if (widened > 0) log(`kept stored search words of ${widened} occupations`);
    const target = kind === 'neo4j' ? config.neo4j.uri : 'memory';
    log(`loading ${graph.nodes.length} nodes, ${graph.edges.length} edges into ${target}`);
    const loadStarted = performance.now();
    // The rate is of the last batch: progress arrives once per batch, after it is written.
    let previous = { phase: 'nodes' as LoadProgress['phase'], done: 0, at: loadStarted };
    await store.load(graph, (p) => {
      const now = performance.now();
      const before = p.phase === previous.phase ? previous.done : 0;
      log(`load ${p.phase} ${p.done}/${p.total} (${perSecond(p.done - before, now - previous.at)} ${p.phase}/s)`);
      previous = { phase: p.phase, done: p.done, at: now };
    });
    const loadMs = performance.now() - loadStarted;
    const counts = await store.counts();
    log(`loaded in ${Math.round(loadMs)} ms; ${target} holds ${counts.nodes} nodes, ${counts.edges} edges`);
    log(`  nodes: ${JSON.stringify(counts.byLabel)}`);
    log(`  edges: ${JSON.stringify(counts.byType)}`);
    log(`total ${Math.round(performance.now() - started)} ms, peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  // An OnetImportError message already lists every problem with file:line.
  const message = error instanceof Error ? error.message : String(error);
  console.error(`import-onet: failed: ${message}`);
  process.exit(1);
});
