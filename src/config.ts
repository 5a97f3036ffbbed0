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
    /** Connections the driver may open; the store lets no more statements run at once. */
    maxPoolSize: number;
  };
  /** What one request may ask (README "Errors and limits"): checked before anything runs. */
  limits: QueryLimits;
  http: {
    /** Time to receive a request's headers. */
    headersTimeoutMs: number;
    /** Time to receive a whole request, body included: a slow body is cut off with 408. */
    requestTimeoutMs: number;
    keepAliveTimeoutMs: number;
    maxConnections: number;
    /**
     * Origins whose browser pages may call /graphql (CORS): exact origins as browsers send
     * them, or '*' for any. Empty: only pages of the API's own origin.
     */
    corsOrigins: CorsOrigins;
  };
  observability: {
    /** pino level of the JSON logs (one line per GraphQL request at info). */
    logLevel: LogLevel;
    /** Serve Prometheus metrics on /metrics. */
    metricsEnabled: boolean;
  };
  api: {
    /** Schema introspection (the playground needs it). */
    introspection: boolean;
    /** "Did you mean ...?" in error messages: off in production unless asked for. */
    fieldSuggestions: boolean;
    /** Signs cursors (HMAC): set it to the same value on every replica. */
    cursorSecret: string;
    /** Whether cursorSecret is the development default (a warning at start in production). */
    cursorSecretIsDefault: boolean;
    /** Execute operations with graphql-jit (compiled, cached per operation) instead of graphql-js. */
    jit: boolean;
    /** With jit: executions of an operation (graphql-js's) before it is compiled. */
    jitAfter: number;
  };
}

export interface QueryLimits {
  /** Every request's time budget, store work included; past it the request fails with DEADLINE_EXCEEDED. */
  requestDeadlineMs: number;
  maxDepth: number;
  /** Type lists (`fields`, `interfaces` ...) nested in one introspection path. */
  maxIntrospectionDepth: number;
  maxCost: number;
  maxAliases: number;
  maxRootFields: number;
  maxDirectives: number;
  /** Fields in the operation once fragments are expanded. */
  maxFields: number;
  /** Lexical tokens in the document (the parser stops past it). */
  maxTokens: number;
  /** Store calls one request may have running at once. */
  maxConcurrentStoreCalls: number;
  /** Operations estimated to cost this much or more share the in-flight budget below. */
  costlyQueryCost: number;
  /** Estimated cost of the costly operations running at once in this process; more wait their turn (up to half their deadline). */
  maxCostInFlight: number;
}

export type CorsOrigins = '*' | readonly string[];

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Signs cursors when CURSOR_SECRET is not set: fine on one machine, not for a deployment. */
export const DEVELOPMENT_CURSOR_SECRET = 'careergraph-development-cursor-secret';

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
      maxPoolSize: intSetting(env, 'NEO4J_MAX_POOL_SIZE', 100, 1, 10000),
    },
    limits: {
      requestDeadlineMs: intSetting(env, 'REQUEST_TIMEOUT_MS', 5000, 100, 600000),
      maxDepth: intSetting(env, 'MAX_QUERY_DEPTH', 12, 2, 50),
      maxIntrospectionDepth: intSetting(env, 'MAX_INTROSPECTION_DEPTH', 1, 1, 10),
      maxCost: intSetting(env, 'MAX_QUERY_COST', 50000, 1, 100000000),
      maxAliases: intSetting(env, 'MAX_ALIASES', 30, 0, 10000),
      maxRootFields: intSetting(env, 'MAX_ROOT_FIELDS', 10, 1, 1000),
      maxDirectives: intSetting(env, 'MAX_DIRECTIVES', 20, 0, 10000),
      maxFields: intSetting(env, 'MAX_FIELDS', 1000, 1, 1000000),
      maxTokens: intSetting(env, 'MAX_TOKENS', 1500, 50, 1000000),
      maxConcurrentStoreCalls: intSetting(env, 'MAX_CONCURRENT_STORE_CALLS', 4, 1, 1000),
      costlyQueryCost: intSetting(env, 'COSTLY_QUERY_COST', 1000, 1, 100000000),
      maxCostInFlight: intSetting(env, 'MAX_COST_IN_FLIGHT', 100000, 1, 1000000000),
    },
    http: {
      headersTimeoutMs: intSetting(env, 'HTTP_HEADERS_TIMEOUT_MS', 10000, 100, 600000),
      requestTimeoutMs: intSetting(env, 'HTTP_REQUEST_TIMEOUT_MS', 30000, 100, 600000),
      keepAliveTimeoutMs: intSetting(env, 'HTTP_KEEP_ALIVE_TIMEOUT_MS', 65000, 0, 600000),
      maxConnections: intSetting(env, 'HTTP_MAX_CONNECTIONS', 1000, 1, 1000000),
      corsOrigins: originsSetting(env, 'CORS_ORIGINS'),
    },
    observability: {
      logLevel: oneOf(env, 'LOG_LEVEL', LOG_LEVELS, 'info'),
      metricsEnabled: boolSetting(env, 'METRICS_ENABLED', true),
    },
    api: {
      introspection: boolSetting(env, 'INTROSPECTION', true),
      fieldSuggestions: boolSetting(env, 'FIELD_SUGGESTIONS', env.NODE_ENV !== 'production'),
      cursorSecret: env.CURSOR_SECRET || DEVELOPMENT_CURSOR_SECRET,
      cursorSecretIsDefault: !env.CURSOR_SECRET,
      jit: boolSetting(env, 'GRAPHQL_JIT', true),
      jitAfter: intSetting(env, 'GRAPHQL_JIT_AFTER', 2, 1, 1000000),
    },
  };
}

function boolSetting(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
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

/**
 * A comma-separated allow-list of origins, each exactly as a browser sends it in `Origin`
 * (scheme, host, and port unless it is the scheme's default; no path): anything else would
 * silently never match. `*` (any origin) must stand alone, so that it is never set by accident.
 */
function originsSetting(env: Env, name: string): CorsOrigins {
  const entries = (env[name] ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  if (entries.includes('*')) {
    if (entries.length > 1) throw new ConfigError(name, `"*" allows every origin: list no other origin with it, got "${env[name]}"`);
    return '*';
  }
  return [...new Set(entries.map((entry) => checkOrigin(name, entry)))];
}

function checkOrigin(name: string, entry: string): string {
  const expected = 'an origin like http://localhost:5173 (scheme, host and port only, as a browser sends it)';
  let url: URL;
  try {
    url = new URL(entry);
  } catch {
    throw new ConfigError(name, `"${entry}" is not ${expected}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError(name, `"${entry}" is not ${expected}: the scheme must be http or https`);
  }
  if (url.origin !== entry) {
    throw new ConfigError(name, `"${entry}" is not ${expected}; a browser would send "${url.origin}"`);
  }
  return entry;
}
