import { cpus, totalmem } from 'node:os';
import autocannon from 'autocannon';
import { SCENARIOS, type Scenario } from './scenarios';
import { startServer } from './server-process';

/**
 * Starts the built server (dist/) in its own process on each store, loads it with autocannon
 * over loopback, and prints a Markdown table for bench/RESULTS.md.
 *   npm run bench                    # memory and neo4j (NEO4J_URI, default the local Neo4j)
 *   npm run bench -- memory          # one store
 * Env: BENCH_SECONDS (default 10), BENCH_ONLY (comma-separated parts of scenario names).
 */
const SECONDS = Number(process.env.BENCH_SECONDS || 10);

async function main(): Promise<void> {
  const stores = process.argv.slice(2).length ? process.argv.slice(2) : ['memory', 'neo4j'];
  const only = process.env.BENCH_ONLY;
  const scenarios = SCENARIOS.filter((s) => !only || only.split(',').some((part) => s.name.includes(part.trim())));
  console.log(`# ${new Date().toISOString()} — ${cpus().length} × ${cpus()[0]?.model}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
  console.log('\n| store | scenario | c=1 p50 ms | c=1 p99 ms | c=10 req/s | c=10 p50 ms | errors | server RSS MB |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const store of stores) {
    const port = 4600 + Math.floor(Math.random() * 300);
    const server = await startServer(store, port);
    try {
      for (const s of scenarios) {
        await checkAnswers(port, s);
        await run(port, s, 1, 2); // warm-up
        const one = await run(port, s, 1, SECONDS);
        const ten = await run(port, s, 10, SECONDS);
        const rss = await rssMb(server.pid as number);
        const errors = one.errors + one.non2xx + ten.errors + ten.non2xx;
        console.log(
          `| ${store} | ${s.name} | ${one.latency.p50} | ${one.latency.p99} | ${Math.round(ten.requests.average)} | ${ten.latency.p50} | ${errors} | ${rss} |`,
        );
      }
    } finally {
      server.kill('SIGTERM');
    }
  }
}

function run(port: number, s: Scenario, connections: number, duration: number): Promise<autocannon.Result> {
  return autocannon({
    url: `http://127.0.0.1:${port}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: s.query, variables: s.variables }),
    connections,
    duration,
  });
}

/** A scenario that answers with GraphQL errors would measure nothing: stop instead. */
async function checkAnswers(port: number, s: Scenario): Promise<void> {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: s.query, variables: s.variables }),
  });
  const body = (await res.json()) as { errors?: Array<{ message: string }> };
  if (!res.ok || body.errors) throw new Error(`scenario "${s.name}" fails: ${res.status} ${JSON.stringify(body.errors)}`);
}

async function rssMb(pid: number): Promise<number> {
  const { readFileSync } = await import('node:fs');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  return Math.round(kb / 1024);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
