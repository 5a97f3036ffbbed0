import 'reflect-metadata';
import { cpus, totalmem } from 'node:os';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { loadConfig } from '../src/config';
import { createSchema } from '../src/server/schema';
import { analyzeOperation } from '../src/server/limits/operation-analysis';
import { preflight } from '../src/server/limits/preflight';
import { aliasFlood, ATTACK_VARIABLES, CONTROL_QUERY, EXPENSIVE_FIELDS, nestedFanOut } from './attacks';
import { startServer } from './server-process';

/**
 * Issue #11's numbers, on the built server (dist/) in production mode, embedded store:
 *  1. the overhead of the limits on the full profile and on a small query: the time of the
 *     checks one request gets (preflight: parse up to MAX_TOKENS, analysis; then the plugin's
 *     analysis), measured in process over many runs, against the request's own latency (the
 *     median of requests sent one after another);
 *  2. a control query's latency while an attack runs at c=10: an over-budget one (refused)
 *     and the largest admissible floods (answered).
 *   npm run bench:limits            (BENCH_SECONDS, default 10)
 */
const SECONDS = Number(process.env.BENCH_SECONDS || 10);
const ROOT = join(__dirname, '..', '..');
const LIMITS = loadConfig({}).limits;

async function main(): Promise<void> {
  console.log(`# ${new Date().toISOString()} — ${cpus().length} × ${cpus()[0]?.model}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
  const port = 4900 + Math.floor(Math.random() * 90);
  const server = await startServer('memory', port);
  const url = `http://127.0.0.1:${port}/graphql`;
  try {
    await overhead(url);
    await underAttack(url);
  } finally {
    server.kill('SIGTERM');
  }
}

async function overhead(url: string): Promise<void> {
  const schema = await createSchema();
  const cases = [
    { name: 'full profile (examples/full-profile.graphql)', query: readFileSync(join(ROOT, 'examples', 'full-profile.graphql'), 'utf8') },
    { name: "small query (one occupation's code and title)", query: CONTROL_QUERY },
  ];
  console.log('\n| operation | checks per request µs | request p50 ms (sequential) | overhead |');
  console.log('|---|---|---|---|');
  for (const c of cases) {
    const request = { query: c.query, variables: {} };
    const checks = () => {
      preflight(schema, request, LIMITS);
      // The plugin's pass, on the document Apollo has parsed (and caches).
      const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
      analyzeOperation(schema, document, operation, {});
    };
    const document = parse(c.query);
    for (let i = 0; i < 2000; i++) checks();
    const runs = 20000;
    const started = process.hrtime.bigint();
    for (let i = 0; i < runs; i++) checks();
    const micros = Number(process.hrtime.bigint() - started) / 1000 / runs;
    const p50 = await sequentialP50(url, c.query, SECONDS * 1000);
    console.log(`| ${c.name} | ${micros.toFixed(1)} | ${p50.toFixed(2)} | ${((micros / 1000 / p50) * 100).toFixed(2)}% |`);
  }
}

async function underAttack(url: string): Promise<void> {
  const floods = [
    { name: 'none', query: null as string | null },
    { name: 'over budget: the nested fan-out (refused, 400)', query: nestedFanOut(5) },
    { name: 'largest admissible recommend flood', query: await largestFlood(url, EXPENSIVE_FIELDS.recommend) },
    { name: 'largest admissible graphExport flood', query: await largestFlood(url, EXPENSIVE_FIELDS.graphExport) },
    { name: 'largest admissible search "a" flood', query: await largestFlood(url, EXPENSIVE_FIELDS.search) },
  ];
  console.log(`\n| attack at c=10 | attack req/s | attack answers | control p50 ms | control p99 ms | control max ms | control errors |`);
  console.log('|---|---|---|---|---|---|---|');
  for (const f of floods) {
    const attack = f.query ? load(url, f.query, ATTACK_VARIABLES, 10, SECONDS) : null;
    const control = await load(url, CONTROL_QUERY, {}, 1, SECONDS);
    const a = await attack;
    const answers = a
      ? Object.entries(a.statusCodeStats ?? {})
          .map(([code, s]) => `${s.count}×${code}`)
          .join(', ')
      : '';
    console.log(
      `| ${f.name} | ${a ? Math.round(a.requests.average) : ''} | ${answers} | ${control.latency.p50} | ${control.latency.p99} | ${control.latency.max} | ${control.errors + control.non2xx} |`,
    );
  }
}

/** The median latency (ms, to the µs) of the query sent one after another for `forMs`. */
async function sequentialP50(url: string, query: string, forMs: number): Promise<number> {
  const body = JSON.stringify({ query, variables: {} });
  const times: number[] = [];
  const until = performance.now() + forMs;
  while (performance.now() < until) {
    const started = performance.now();
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    await res.arrayBuffer();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** As many aliases of a field as the limits admit (its cost read from `extensions.cost`). */
async function largestFlood(url: string, selection: string): Promise<string> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: aliasFlood(selection, 1), variables: ATTACK_VARIABLES }),
  });
  const body = (await res.json()) as { extensions: { cost: { estimated: number } } };
  return aliasFlood(selection, Math.min(LIMITS.maxRootFields, Math.floor(LIMITS.maxCost / body.extensions.cost.estimated)));
}

function load(url: string, query: string, variables: object, connections: number, duration: number): Promise<autocannon.Result> {
  return autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
    connections,
    duration,
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
