import 'reflect-metadata';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import { execute, parse, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { loadConfig, type Config } from '../src/config';
import type { RequestContext } from '../src/features/common/request-context';
import { GraphService } from '../src/features/graph/graph.service';
import { loadSeedInto } from '../src/ingest/seed/seed-graph';
import { createApollo } from '../src/server/apollo';
import { CompiledOperations } from '../src/server/jit-executor';
import { analyzeOperation } from '../src/server/limits/operation-analysis';
import { createLogger } from '../src/server/observability/logger';
import { createSchema } from '../src/server/schema';
import { Deadline } from '../src/shared/deadline';
import { MemoryStore } from '../src/store/memory/memory.store';
import { scopedStore } from '../src/store/request-scope';

/**
 * Where an operation's time goes without HTTP: the embedded store loaded from seeds/, a
 * context built per execution as the HTTP server builds it, and each example executed
 *  - `execute`: the executor alone (graphql-js `execute`, or graphql-jit's compiled operation),
 *  - `apollo`: through Apollo (executeHTTPGraphQLRequest: its caches, our plugins and error
 *    formatting, the JSON answer), as a request gets it once its body is read,
 * one after another (ms per execution: the median of rounds, with the fastest and slowest
 * round; and the process's CPU time per execution, steadier on a shared machine), then 10 at a
 * time (executions/s).
 *   npm run build && NODE_ENV=production node dist/bench/execution-bench.js
 * Env: BENCH_ONLY (parts of example names, comma-separated; "all" for every example; default
 * the four of RESULTS.md), BENCH_EXECUTORS (graphql-js,jit), BENCH_MODES (execute,apollo),
 * BENCH_ROUNDS (7), BENCH_ROUND_MS (500), BENCH_CONCURRENT_MS (2000; 0 skips it).
 * BENCH_PROFILE=<dir>: a CPU profile of each example's timed rounds (not of the store's load)
 * into that directory; node dist/bench/profile-summary.js <file> sums it up.
 */
const ROOT = join(__dirname, '..', '..');
const EXAMPLES = join(ROOT, 'examples');
const DEFAULT_EXAMPLES = ['full-profile', 'occupation-national', 'recommend', 'similar-occupations'];
const ROUNDS = Number(process.env.BENCH_ROUNDS || 7);
const ROUND_MS = Number(process.env.BENCH_ROUND_MS || 500);
const CONCURRENT_MS = Number(process.env.BENCH_CONCURRENT_MS ?? 2000);
const EXECUTORS = (process.env.BENCH_EXECUTORS || 'graphql-js,jit').split(',') as Array<'graphql-js' | 'jit'>;
const MODES = (process.env.BENCH_MODES || 'execute,apollo').split(',') as Array<'execute' | 'apollo'>;

interface Example {
  name: string;
  query: string;
  document: DocumentNode;
  costly: boolean;
}

type Run = () => Promise<unknown>;

async function main(): Promise<void> {
  if (process.env.NODE_ENV !== 'production') console.warn('NODE_ENV is not production: graphql-js runs its development checks');
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
  const store = new MemoryStore();
  await loadSeedInto(store, config.seedsDir);
  store.warm();
  const schema = await createSchema();
  const examples = selectExamples(schema, config);
  console.log(
    `# ${new Date().toISOString()} — ${cpus().length} × ${cpus()[0]?.model}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, NODE_ENV=${process.env.NODE_ENV}`,
  );
  console.log('\n| example | executor | mode | ms/exec median | fastest–slowest round | CPU ms/exec median | CPU fastest round | c=10 exec/s |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const executor of EXECUTORS) {
    const jit = executor === 'jit';
    const compiled = new CompiledOperations(schema);
    const apollo = MODES.includes('apollo') ? createApollo(schema, { ...config, api: { ...config.api, jit } }, createLogger('silent')) : null;
    await apollo?.start();
    for (const example of examples) {
      for (const mode of MODES) {
        const run =
          mode === 'execute'
            ? () =>
                executeOnce(
                  example,
                  (context) =>
                    jit
                      ? compiled.execute(example.name, example.document, undefined, {}, context)
                      : execute({ schema, document: example.document, contextValue: context, variableValues: {} }),
                  store,
                  config,
                )
            : () => throughApollo(apollo as ApolloServer<RequestContext>, example, store, config);
        await check(run, example, executor, mode);
        const profiling = await startProfile();
        const rounds = await timeRounds(run);
        await profiling?.stop(`${example.name}.${executor}.${mode}`);
        const perSecond = CONCURRENT_MS > 0 ? await concurrently(run, 10, CONCURRENT_MS) : NaN;
        const sorted = [...rounds.wall].sort((a, b) => a - b);
        const cpu = [...rounds.cpu].sort((a, b) => a - b);
        console.log(
          `| ${example.name} | ${executor} | ${mode} | ${median(sorted).toFixed(2)} | ${sorted[0].toFixed(2)}–${sorted[sorted.length - 1].toFixed(2)} | ${median(cpu).toFixed(2)} | ${cpu[0].toFixed(2)} | ${Number.isNaN(perSecond) ? '' : Math.round(perSecond)} |`,
        );
      }
    }
    await apollo?.stop();
  }
}

function selectExamples(schema: GraphQLSchema, config: Config): Example[] {
  const only = process.env.BENCH_ONLY;
  const names = readdirSync(EXAMPLES)
    .filter((f) => f.endsWith('.graphql'))
    .map((f) => f.replace(/\.graphql$/, ''));
  const chosen = only === 'all' ? names : names.filter((n) => (only ? only.split(',') : DEFAULT_EXAMPLES).some((part) => n.includes(part.trim())));
  return chosen.map((name) => {
    const query = readFileSync(join(EXAMPLES, `${name}.graphql`), 'utf8');
    const document = parse(query);
    const operation = document.definitions.find((d) => d.kind === 'OperationDefinition');
    if (operation?.kind !== 'OperationDefinition') throw new Error(`${name} has no operation`);
    // As the operation-limits plugin does: a costly operation's store steps take the costly lane.
    const { cost } = analyzeOperation(schema, document, operation, {});
    return { name, query, document, costly: cost >= config.limits.costlyQueryCost };
  });
}

/** A fresh request context, as the HTTP server builds one (http-server.ts). */
function requestContext(store: MemoryStore, config: Config, costly: boolean): RequestContext {
  const deadline = new Deadline(config.limits.requestDeadlineMs);
  deadline.costly = costly;
  const scope = { deadline, maxConcurrent: config.limits.maxConcurrentStoreCalls };
  return { deadline, graph: new GraphService(scopedStore(store, scope)), admission: {} };
}

async function executeOnce(
  example: Example,
  run: (context: RequestContext) => Promise<ExecutionResult> | ExecutionResult,
  store: MemoryStore,
  config: Config,
): Promise<ExecutionResult> {
  const context = requestContext(store, config, example.costly);
  try {
    return await run(context);
  } finally {
    context.deadline.dispose();
  }
}

async function throughApollo(apollo: ApolloServer<RequestContext>, example: Example, store: MemoryStore, config: Config): Promise<string> {
  // The plugin marks costly operations itself.
  const context = requestContext(store, config, false);
  try {
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers: new HeaderMap([['content-type', 'application/json']]), search: '', body: { query: example.query } },
      context: async () => context,
    });
    if (result.body.kind !== 'complete') throw new Error('expected a complete body');
    return result.body.string;
  } finally {
    context.deadline.dispose();
    context.admission.release?.();
  }
}

/** An example that answers with errors would measure nothing: stop instead. */
async function check(run: Run, example: Example, executor: string, mode: string): Promise<void> {
  const answer = await run();
  const errors = typeof answer === 'string' ? (JSON.parse(answer) as ExecutionResult).errors : (answer as ExecutionResult).errors;
  if (errors?.length) throw new Error(`${example.name} (${executor}, ${mode}) answers with errors: ${JSON.stringify(errors)}`);
}

/**
 * Mean ms per execution in each round, after a warm-up round: elapsed, and this process's CPU
 * time (which other processes on a loaded machine disturb much less).
 */
async function timeRounds(run: Run): Promise<{ wall: number[]; cpu: number[] }> {
  await runFor(run, ROUND_MS);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const started = performance.now();
    const usage = process.cpuUsage();
    const count = await runFor(run, ROUND_MS);
    const used = process.cpuUsage(usage);
    wall.push((performance.now() - started) / count);
    cpu.push((used.user + used.system) / 1000 / count);
  }
  return { wall, cpu };
}

async function runFor(run: Run, ms: number): Promise<number> {
  const until = performance.now() + ms;
  let count = 0;
  do {
    await run();
    count++;
  } while (performance.now() < until);
  return count;
}

async function concurrently(run: Run, workers: number, ms: number): Promise<number> {
  const started = performance.now();
  const counts = await Promise.all(Array.from({ length: workers }, () => runFor(run, ms)));
  return counts.reduce((a, b) => a + b, 0) / ((performance.now() - started) / 1000);
}

/** The V8 profiler over the inspector, when BENCH_PROFILE names a directory. */
async function startProfile(): Promise<{ stop(name: string): Promise<void> } | null> {
  const dir = process.env.BENCH_PROFILE;
  if (!dir) return null;
  const session = new Session();
  session.connect();
  const post = (method: string, params?: object) =>
    new Promise<{ profile?: unknown }>((resolve, reject) => {
      session.post(method, params, (error, result) => (error ? reject(error) : resolve(result as { profile?: unknown })));
    });
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 200 });
  await post('Profiler.start');
  return {
    async stop(name) {
      const { profile } = await post('Profiler.stop');
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
      session.disconnect();
    },
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
