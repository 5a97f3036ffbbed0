import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/** Starts the built server (dist/) in its own process on `store` and waits for `/readyz`. */
export async function startServer(store: string, port: number, env: NodeJS.ProcessEnv = {}): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'src', 'main.js')], {
    // As `npm start` runs it: graphql-js skips its development-mode checks in production.
    // Warnings only: a log line per request on a shared terminal would be measured too.
    env: { NODE_ENV: 'production', LOG_LEVEL: 'warn', ...process.env, ...env, GRAPH_STORE: store, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  for (let i = 0; i < 600; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/readyz`);
      if (res.ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error(`server on ${store} did not become ready`);
}
