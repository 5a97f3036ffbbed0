import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startApp, type AppConfig, type RunningApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/server/observability/logger';
import type { GraphStore } from '../../src/store/graph-store';
import { MemoryStore } from '../../src/store/memory/memory.store';
import { loadSeedGraph, loadSeedInto } from '../../src/ingest/seed/seed-graph';
import type { DerivedGraph } from '../../src/ingest/seed/compact-graph';
import type { Json } from './json';

export const SEEDS_DIR = join(__dirname, '..', '..', 'seeds');
export const EXAMPLES_DIR = join(__dirname, '..', '..', 'examples');

export interface GraphQLResponse<T = Json> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
}

let seed: DerivedGraph | null = null;

/** seeds/ as one graph, read once per test file (it takes seconds): for expectations, never to mutate. */
export function seedGraph(): DerivedGraph {
  seed ??= loadSeedGraph(SEEDS_DIR);
  return seed;
}

export async function seededMemoryStore(): Promise<MemoryStore> {
  const store = new MemoryStore();
  await loadSeedInto(store, SEEDS_DIR);
  return store;
}

/** Settings a test may change: limits, HTTP timeouts (and CORS), API switches, logs and metrics; the rest are defaults. */
export interface ServerOverrides {
  limits?: Partial<AppConfig['limits']>;
  http?: Partial<AppConfig['http']>;
  api?: Partial<AppConfig['api']>;
  observability?: Partial<AppConfig['observability']>;
}

/** What a test server logged: its JSON lines, kept in memory so that tests stay quiet and can read them. */
export class LogCapture {
  readonly lines: string[] = [];

  /** pino writes each line here (synchronously: a line is readable once the response is). */
  write(line: string): void {
    this.lines.push(line);
  }

  entries(): Array<Record<string, Json>> {
    return this.lines.map((line) => JSON.parse(line) as Record<string, Json>);
  }

  /** The per-request lines (observability.ts), optionally only those of one request id. */
  requests(reqId?: string): Array<Record<string, Json>> {
    return this.entries().filter((e) => e.msg === 'graphql request' && (reqId === undefined || e.reqId === reqId));
  }

  /** Lines at level error or above: unexpected errors. */
  errors(): Array<Record<string, Json>> {
    return this.entries().filter((e) => e.level === 'error' || e.level === 'fatal');
  }
}

export interface TestApp extends RunningApp {
  logs: LogCapture;
}

/** The real HTTP server on a free loopback port, with the default settings unless overridden; it logs into `logs`. */
export async function startTestServer(store: GraphStore, overrides: ServerOverrides = {}): Promise<TestApp> {
  const defaults = loadConfig({});
  const observability = { ...defaults.observability, ...overrides.observability };
  const logs = new LogCapture();
  const app = await startApp(
    {
      ...defaults,
      host: '127.0.0.1',
      port: 0,
      limits: { ...defaults.limits, ...overrides.limits },
      http: { ...defaults.http, ...overrides.http },
      api: { ...defaults.api, ...overrides.api },
      observability,
    },
    store,
    { logger: createLogger(observability.logLevel, logs) },
  );
  return Object.assign(app, { logs });
}

export async function postGraphQL<T = Json>(url: string, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: GraphQLResponse['errors'] };
  return { status: res.status, ...body };
}

export function example(name: string): string {
  return readFileSync(join(EXAMPLES_DIR, `${name}.graphql`), 'utf8');
}

/**
 * Opens a store and serves it for the enclosing describe block; the returned object's fields
 * are set in beforeAll and released in afterAll.
 */
export function serveStoreForSuite(openStore: () => Promise<GraphStore>, overrides: ServerOverrides = {}): { store: GraphStore; app: TestApp } {
  const running = {} as { store: GraphStore; app: TestApp };
  beforeAll(async () => {
    running.store = await openStore();
    running.app = await startTestServer(running.store, overrides);
  });
  afterAll(async () => {
    await running.app?.close();
    await running.store?.close();
  });
  return running;
}
