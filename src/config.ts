import { join } from 'node:path';
import { ConfigError } from './shared/errors';
import { PROJECT_ROOT } from './shared/paths';

export interface Config {
  host: string;
  port: number;
  graphStore: 'memory' | 'neo4j';
  seedsDir: string;
  neo4j: {
    uri: string;
    user: string;
    password: string;
    database: string | undefined;
    transactionTimeoutMs: number;
    connectionTimeoutMs: number;
  };
  maxQueryDepth: number;
}

type Env = Record<string, string | undefined>;

/** Reads the environment once; a bad value fails with the variable's name and what is wrong. */
export function loadConfig(env: Env = process.env): Config {
  return {
    host: env.HOST || '127.0.0.1',
    port: intSetting(env, 'PORT', 4000, 0, 65535),
    graphStore: oneOf(env, 'GRAPH_STORE', ['memory', 'neo4j'] as const, 'memory'),
    seedsDir: env.SEEDS_DIR || join(PROJECT_ROOT, 'seeds'),
    neo4j: {
      uri: uriSetting(env, 'NEO4J_URI', 'bolt://127.0.0.1:7687'),
      user: env.NEO4J_USER || 'neo4j',
      password: env.NEO4J_PASSWORD ?? 'careergraph-local',
      database: env.NEO4J_DATABASE || undefined,
      transactionTimeoutMs: intSetting(env, 'NEO4J_TX_TIMEOUT_MS', 10000, 100, 600000),
      connectionTimeoutMs: intSetting(env, 'NEO4J_CONNECT_TIMEOUT_MS', 3000, 100, 120000),
    },
    maxQueryDepth: intSetting(env, 'MAX_QUERY_DEPTH', 12, 2, 50),
  };
}

function intSetting(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(name, `must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(name, `must be one of ${allowed.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}

const NEO4J_SCHEMES = ['bolt:', 'bolt+s:', 'bolt+ssc:', 'neo4j:', 'neo4j+s:', 'neo4j+ssc:'];

function uriSetting(env: Env, name: string, fallback: string): string {
  const raw = env[name] || fallback;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(name, `is not a URI: "${raw}" (expected e.g. bolt://127.0.0.1:7687 or neo4j://host:7687)`);
  }
  if (!NEO4J_SCHEMES.includes(url.protocol)) {
    throw new ConfigError(name, `scheme must be one of ${NEO4J_SCHEMES.map((s) => s.slice(0, -1)).join(', ')}, got "${url.protocol.slice(0, -1)}"`);
  }
  return raw;
}
