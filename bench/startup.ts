import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `npm run bench:startup`: how long the built server takes to serve on the embedded store
 * (from process start to the "playground at" line), and its resident memory once idle, over
 * RUNS starts (default 5).
 */
const ROOT = join(__dirname, '..', '..');
const RUNS = Number(process.env.RUNS ?? 5);
const IDLE_MS = 5000;

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
}

function once(): Promise<{ startMs: number; idleRssMb: number; peakRssMb: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const server = spawn(process.execPath, [join(ROOT, 'dist', 'src', 'main.js')], {
      env: { ...process.env, GRAPH_STORE: 'memory', PORT: '0', NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    server.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!out.includes('playground at')) return;
      const startMs = performance.now() - started;
      out = '';
      setTimeout(() => {
        const idleRssMb = rssMb(server.pid as number);
        const peakRssMb = Math.round(Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024);
        server.kill('SIGTERM');
        resolve({ startMs, idleRssMb, peakRssMb });
      }, IDLE_MS);
    });
    server.on('error', reject);
  });
}

async function main(): Promise<void> {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await once());
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(
    `embedded store start, ${RUNS} runs: start ${runs.map((r) => Math.round(r.startMs)).join(', ')} ms (median ${Math.round(median(runs.map((r) => r.startMs)))}); ` +
      `RSS ${IDLE_MS / 1000} s idle ${runs.map((r) => r.idleRssMb).join(', ')} MB (median ${median(runs.map((r) => r.idleRssMb))}); peak ${median(runs.map((r) => r.peakRssMb))} MB`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
