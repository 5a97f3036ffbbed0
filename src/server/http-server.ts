import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import type { AppConfig } from '../app';
import type { RequestContext } from '../features/common/request-context';
import { GraphService } from '../features/graph/graph.service';
import { Deadline } from '../shared/deadline';
import type { GraphStore } from '../store/graph-store';
import { scopedStore } from '../store/request-scope';
import { answerPreflight, applyCors } from './cors';
import { preflight } from './limits/preflight';
import type { Observability } from './observability/observability';
import { errorCodes } from './observability/observability.plugin';
import { requestId } from './observability/request-id';
import { attachObservation, type RequestObservation } from './observability/request-observation';
import { PERSISTED_QUERY_HASH_MISMATCH, persistedQueryMismatch } from './persisted-query';
import { playgroundAsset, playgroundAssetHeaders, playgroundHtml, playgroundHtmlHeaders, PLAYGROUND_CSP } from './playground/playground';

const GRAPHQL_PATH = '/graphql';
const MAX_BODY_BYTES = 1 << 20;

/** Sent with every response: no sniffing, no framing, no referrer; JSON loads nothing. */
const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
};

/**
 * Batching is off: each operation of an array would be measured against the limits on its
 * own, so one request could ask for many times what MAX_QUERY_COST allows it.
 */
const BATCHING_OFF =
  'Batching is off: send one operation per request, as a JSON object {"query": ...}, not an array. ' +
  'To ask for several things at once, put several root fields (with aliases) in one query; it is measured against the limits as a whole.';

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code = 'BAD_REQUEST',
  ) {
    super(message);
  }
}

/** The body stopped arriving: Node cut a slow body (requestTimeout) or the client left. */
class ClientGone extends Error {}

/** What the routes serve. */
export interface HttpServerParts {
  apollo: ApolloServer<RequestContext>;
  schema: GraphQLSchema;
  store: GraphStore;
  config: AppConfig;
  observability: Observability;
}

/** One HTTP request and what is known of it so far. */
interface Exchange {
  req: IncomingMessage;
  res: ServerResponse;
  /** Our x-request-id: the client's if sane, else a fresh one; in logs and sent back. */
  id: string;
  /** Set once the request is a GraphQL request (it then has a log line and metrics). */
  observation?: RequestObservation;
}

/** GraphQL over HTTP's parameters, from a POST body or GET's query string. */
interface GraphQLParams {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
  extensions?: unknown;
}

/** Routes: /graphql (API, and the playground for browsers), /playground/*, /healthz, /readyz, /metrics. */
export function createHttpServer(parts: HttpServerParts): Server {
  const server = createServer(
    {
      // A request must arrive whole in time: a body sent a byte at a time is cut off with 408.
      headersTimeout: parts.config.http.headersTimeoutMs,
      requestTimeout: parts.config.http.requestTimeoutMs,
      keepAliveTimeout: parts.config.http.keepAliveTimeoutMs,
      // Those timeouts are checked this often (Node's default, 30 s, would let a slow body linger).
      connectionsCheckingInterval: 1000,
    },
    (req, res) => {
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
      const exchange: Exchange = { req, res, id: requestId(req.headers['x-request-id']) };
      res.setHeader('X-Request-Id', exchange.id);
      route(exchange, parts).catch((error: unknown) => fail(exchange, error, parts.observability));
    },
  );
  server.maxConnections = parts.config.http.maxConnections;
  return server;
}

function fail({ req, res, id, observation }: Exchange, error: unknown, observability: Observability): void {
  if (error instanceof ClientGone) return;
  const status = error instanceof HttpError ? error.status : 500;
  if (status === 500) observability.logger.error({ reqId: id, err: error, path: req.url }, 'Unhandled HTTP error');
  const message = error instanceof HttpError ? error.message : 'Internal server error';
  // The rest of an over-long body is drained and the connection closed, so the client reads our answer.
  if (status === 413) {
    res.shouldKeepAlive = false;
    req.resume();
  }
  const code = error instanceof HttpError ? error.code : 'INTERNAL_SERVER_ERROR';
  if (observation) observation.errorCodes = [code];
  if (!res.headersSent) sendJson(res, status, { errors: [{ message, extensions: { code } }] });
  else res.end();
}

async function route(exchange: Exchange, parts: HttpServerParts): Promise<void> {
  const { req, res } = exchange;
  const url = new URL(req.url ?? '/', 'http://localhost');
  const path = url.pathname;
  if (path === '/healthz') return sendJson(res, 200, { status: 'ok' });
  if (path === '/readyz') {
    // The store answers within a second (Neo4j's probe has its own deadline) and says what
    // fails, never where it is.
    const health = await parts.store.health();
    return sendJson(res, health.ready ? 200 : 503, { ready: health.ready, store: parts.store.kind, detail: health.detail });
  }
  const metrics = parts.observability.metrics;
  if (path === '/metrics' && metrics) {
    // For the scraper, not for pages: no CORS headers, so no other origin's page can read it.
    res.writeHead(200, { 'Content-Type': metrics.contentType, 'Cache-Control': 'no-store' }).end(await metrics.render());
    return;
  }
  if (path === '/') {
    res.writeHead(302, { Location: GRAPHQL_PATH }).end();
    return;
  }
  if (path.startsWith('/playground/') && req.method === 'GET') {
    const asset = playgroundAsset(path.slice('/playground/'.length));
    if (!asset) throw new HttpError(404, `No playground asset at ${path}`, 'NOT_FOUND');
    res.writeHead(200, { ...playgroundAssetHeaders, 'Content-Type': asset.contentType }).end(asset.body);
    return;
  }
  if (path !== GRAPHQL_PATH) throw new HttpError(404, `Nothing at ${path}; the API is at ${GRAPHQL_PATH}`, 'NOT_FOUND');
  const allowed = applyCors(req, res, parts.config.http.corsOrigins);
  if (req.method === 'OPTIONS') return answerPreflight(req, res, allowed);
  if (req.method === 'GET' && !url.search && (req.headers.accept ?? '').includes('text/html')) {
    res.writeHead(200, { ...playgroundHtmlHeaders, 'Content-Security-Policy': PLAYGROUND_CSP }).end(playgroundHtml(GRAPHQL_PATH, '/playground'));
    return;
  }
  exchange.observation = parts.observability.begin(exchange.id, req.method ?? 'GET', res);
  await executeGraphQL(exchange, exchange.observation, url, parts);
}

async function executeGraphQL(
  { req, res }: Exchange,
  observation: RequestObservation,
  url: URL,
  { apollo, schema, store, config, observability }: HttpServerParts,
) {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const body = req.method === 'POST' ? parseBody(await readBody(req), headers.get('content-type')) : undefined;
  if (Array.isArray(body)) throw new HttpError(400, BATCHING_OFF, 'BATCHING_NOT_SUPPORTED');
  const params = graphQLParams(body, url);
  if (typeof params.operationName === 'string') observation.operationName = params.operationName;
  observability.logQuery(observation, params.query);
  const mismatch = persistedQueryMismatch(params);
  if (mismatch) return refuse(res, observation, 400, { message: mismatch, extensions: { code: PERSISTED_QUERY_HASH_MISMATCH } });
  // Size and cost are checked before Apollo validates anything (limits/preflight.ts).
  const refused = preflight(schema, params, config.limits);
  if (refused) return refuse(res, observation, 400, { message: refused.message, extensions: withoutHttp(refused.extensions) });

  const deadline = new Deadline(config.limits.requestDeadlineMs);
  // A client that leaves stops its request's work, as the deadline does.
  res.once('close', () => {
    if (!res.writableFinished) deadline.abort('the client disconnected');
  });
  const scope = { deadline, maxConcurrent: config.limits.maxConcurrentStoreCalls, ...observability.storeObservers(observation) };
  const context: RequestContext = { deadline, graph: new GraphService(scopedStore(store, scope)), admission: {} };
  attachObservation(context, observation);
  try {
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: async () => context,
    });
    for (const [key, value] of result.headers) {
      // Keep our `Vary: Origin` (CORS) if Apollo varies its answer too.
      const vary = key === 'vary' ? res.getHeader('vary') : undefined;
      res.setHeader(key, vary ? `${String(vary)}, ${value}` : value);
    }
    // Answers are per request and never cached (no field has a cache hint; Apollo's cache-control plugin is off).
    if (!res.hasHeader('cache-control')) res.setHeader('Cache-Control', 'no-store');
    res.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      // Apollo answered before its plugins ran (CSRF prevention, a malformed request): the codes are in the body.
      if (!observation.seenByApollo) observation.errorCodes = codesInBody(result.body.string);
      res.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  } finally {
    deadline.dispose();
    context.admission.release?.();
  }
}

function graphQLParams(body: unknown, url: URL): GraphQLParams {
  if (body !== undefined) return typeof body === 'object' && body !== null ? (body as GraphQLParams) : {};
  const params = url.searchParams;
  return {
    query: params.get('query') ?? undefined,
    operationName: params.get('operationName') ?? undefined,
    variables: jsonParam(params.get('variables')),
    extensions: jsonParam(params.get('extensions')),
  };
}

/** A GET parameter's JSON; undefined when absent or not JSON (Apollo then says what is wrong). */
function jsonParam(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function refuse(res: ServerResponse, observation: RequestObservation, status: number, error: { message: string; extensions: Record<string, unknown> }): void {
  observation.errorCodes = [String(error.extensions.code)];
  sendJson(res, status, { errors: [error] });
}

function codesInBody(text: string): string[] {
  try {
    return errorCodes((JSON.parse(text) as { errors?: [] }).errors);
  } catch {
    return [];
  }
}

function withoutHttp(extensions: Record<string, unknown>): Record<string, unknown> {
  const { http: _http, ...rest } = extensions;
  return rest;
}

/**
 * The body as text, at most MAX_BODY_BYTES. By events rather than `for await`: the stream's
 * async iterator cost 0.2 ms of CPU per request here (a small body), as much as a whole
 * title lookup's statement. Over the limit it stops collecting (`fail` answers 413, drains the
 * rest and closes the connection); a client that goes away before the end is ClientGone.
 */
function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const settle = (error: Error | null) => {
      req.off('data', onData).off('end', onEnd).off('error', onGone).off('close', onClose);
      if (error) reject(error);
      else resolve(chunks.length === 1 ? chunks[0].toString('utf8') : Buffer.concat(chunks).toString('utf8'));
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) return void chunks.push(chunk);
      settle(new HttpError(413, `Request body is over ${MAX_BODY_BYTES} bytes`, 'PAYLOAD_TOO_LARGE'));
    };
    const onEnd = () => settle(null);
    const onGone = () => settle(new ClientGone());
    const onClose = () => {
      if (!req.complete) onGone();
    };
    req.on('data', onData).on('end', onEnd).on('error', onGone).on('close', onClose);
  });
}

function parseBody(text: string, contentType: string | undefined): unknown {
  if (!contentType?.includes('application/json')) return text;
  if (text.trim() === '') throw new HttpError(400, 'POST body is empty; send {"query": "..."} as JSON');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new HttpError(400, `POST body is not valid JSON: ${(error as Error).message}`);
  }
}

function sendJson(res: ServerResponse, status: number, payload: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' }).end(JSON.stringify(payload));
}
