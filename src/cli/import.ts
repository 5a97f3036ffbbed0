import 'reflect-metadata';
import { loadConfig } from '../config';
import { DATASETS, importInto, type DatasetName } from '../ingest/import-dataset';
import type { GraphStore } from '../store/graph-store';
import { MemoryStore } from '../store/memory/memory.store';
import { openCheckedNeo4j } from '../store/neo4j/open-checked';
import { choiceOption, loadProgressLogger, parseCommandLine, rowsPerSecond, UsageError } from './cli-args';

const USAGE = `usage: npm run import -- <data set> [<path>] [--store memory|neo4j] [--skip-bad-rows] [--release 29.3] [--allow-older]

Data sets:
  onet <folder>           an O*NET release's text files (any layout: 27.0, 29.x), gzipped or not
  bls-oews <file|folder>  BLS OEWS national wages (national_M2021_dl.csv)
  bls-ep <folder>         BLS Employment Projections (occupation.xlsx and the O*NET-SOC crosswalk)
  ai-exposure <folder>    the GPTs-are-GPTs task labels (full_labelset.tsv, occ_level.csv)
  national [<folder>]     all four, as seeds/data holds them (the default folder)
Each file is read and checked before anything is written; a newer release replaces the facts
of the one the store holds. --store defaults to GRAPH_STORE (memory only checks and times it).`;

const log = (line: string) => console.log(`import: ${line}`);

/** `npm run import`: a data set into the configured (or chosen) store; idempotent. */
async function main(): Promise<void> {
  const started = performance.now();
  const { values, positionals } = parseCommandLine(process.argv.slice(2), {
    store: { type: 'string' },
    release: { type: 'string' },
    'skip-bad-rows': { type: 'boolean' },
    'allow-older': { type: 'boolean' },
  });
  if (values.help) return void console.log(USAGE);
  const [dataset, path, ...extra] = positionals;
  if (!dataset) throw new UsageError('name a data set');
  if (!(DATASETS as readonly string[]).includes(dataset)) throw new UsageError(`unknown data set "${dataset}": one of ${DATASETS.join(', ')}`);
  const name = dataset as DatasetName;
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}": give one path`);
  const config = loadConfig();
  const kind = choiceOption('store', values.store as string | undefined, ['memory', 'neo4j'] as const, config.graphStore);
  const store: GraphStore = kind === 'neo4j' ? await openCheckedNeo4j(config.neo4j) : new MemoryStore();
  const target = kind === 'neo4j' ? config.neo4j.uri : 'a new in-memory store';
  try {
    log(`${name}${path ? ` from ${path}` : ''} into ${target}`);
    await importInto(store, {
      dataset: name,
      path,
      release: values.release as string | undefined,
      skipBadRows: values['skip-bad-rows'] === true,
      allowOlder: values['allow-older'] === true,
      onFile: (p) => log(`read ${p.file}: ${p.rows} rows in ${Math.round(p.ms)} ms (${rowsPerSecond(p.rows, p.ms)} rows/s)`),
      onLoad: loadProgressLogger(log),
      log,
    });
    const counts = await store.counts();
    log(`${target} holds ${counts.nodes} nodes, ${counts.edges} edges`);
    log(`total ${Math.round(performance.now() - started)} ms, peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof UsageError) {
    console.error(`import: ${message}\n${USAGE}`);
    process.exit(2);
  }
  // A DataImportError message already lists every problem with file:line.
  console.error(`import: failed: ${message}`);
  process.exit(1);
});
