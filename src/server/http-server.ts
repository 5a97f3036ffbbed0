import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import type { AppConfig } from '../app';
import type { RequestContext } from '../features/common/request-context';
import { GraphService } from '../features/graph/graph.service';
import { Deadline } from '../shared/deadline';
import type { GraphStore } from '../store/graph-store';
import { scopedStore } from '../store/request-scope';
import { preflight, type PreflightRequest } from './limits/preflight';
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

class HttpError extends Error {
  constructor(readonly status: number, message: string, readonly code = 'BAD_REQUEST') {
    super(message);
  }
}

/** The body stopped arriving: Node cut a slow body (requestTimeout) or the client left. */
class ClientGone extends Error {}

/** Routes: /graphql (API, and the playground for browsers), /playground/*, /healthz, /readyz. */
export function createHttpServer(apollo: ApolloServer<RequestContext>, schema: GraphQLSchema, store: GraphStore, config: AppConfig): Server {
  const server = createServer({
    // A request must arrive whole in time: a body sent a byte at a time is cut off with 408.
    headersTimeout: config.http.headersTimeoutMs,
    requestTimeout: config.http.requestTimeoutMs,
    keepAliveTimeout: config.http.keepAliveTimeoutMs,
    // Those timeouts are checked this often (Node's default, 30 s, would let a slow body linger).
    connectionsCheckingInterval: 1000,
  }, (req, res) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    route(req, res, apollo, schema, store, config).catch((error: unknown) => {
      if (error instanceof ClientGone) return;
      const status = error instanceof HttpError ? error.status : 500;
      if (status === 500) console.error('Unhandled HTTP error:', error);
      const message = error instanceof HttpError ? error.message : 'Internal server error';
      // The rest of an over-long body is drained and the connection closed, so the client reads our answer.
      if (status === 413) {
        res.shouldKeepAlive = false;
        req.resume();
      }
      const code = error instanceof HttpError ? error.code : 'INTERNAL_SERVER_ERROR';
      if (!res.headersSent) sendJson(res, status, { errors: [{ message, extensions: { code } }] });
      else res.end();
    });
  });
  server.maxConnections = config.http.maxConnections;
  return server;
}

async function route(req: IncomingMessage, res: ServerResponse, apollo: ApolloServer<RequestContext>, schema: GraphQLSchema, store: GraphStore, config: AppConfig) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const path = url.pathname;
  if (path === '/healthz') return sendJson(res, 200, { status: 'ok' });
  if (path === '/readyz') {
    // The store answers within a second (Neo4j's probe has its own deadline) and says what
    // fails, never where it is.
    const health = await store.health();
    return sendJson(res, health.ready ? 200 : 503, { ready: health.ready, store: store.kind, detail: health.detail });
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
  if (req.method === 'GET' && !url.search && (req.headers.accept ?? '').includes('text/html')) {
    res.writeHead(200, { ...playgroundHtmlHeaders, 'Content-Security-Policy': PLAYGROUND_CSP }).end(playgroundHtml(GRAPHQL_PATH, '/playground'));
    return;
  }
  await executeGraphQL(req, res, url, apollo, schema, store, config);
}

async function executeGraphQL(
  req: IncomingMessage, res: ServerResponse, url: URL, apollo: ApolloServer<RequestContext>, schema: GraphQLSchema, store: GraphStore, config: AppConfig,
) {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const body = req.method === 'POST' ? parseBody(await readBody(req), headers.get('content-type')) : undefined;
  // Size and cost are checked before Apollo validates anything (limits/preflight.ts).
  const refused = preflight(schema, preflightRequest(body, url), config.limits);
  if (refused) return sendJson(res, 400, { errors: [{ message: refused.message, extensions: withoutHttp(refused.extensions) }] });

  const deadline = new Deadline(config.limits.requestDeadlineMs);
  // A client that leaves stops its request's work, as the deadline does.
  res.once('close', () => {
    if (!res.writableFinished) deadline.abort('the client disconnected');
  });
  const context: RequestContext = {
    deadline,
    graph: new GraphService(scopedStore(store, { deadline, maxConcurrent: config.limits.maxConcurrentStoreCalls })),
  };
  try {
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: async () => context,
    });
    for (const [key, value] of result.headers) res.setHeader(key, value);
    res.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      res.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  } finally {
    deadline.dispose();
    context.release?.();
  }
}

/** What preflight reads, from a POST body or the GET parameters. */
function preflightRequest(body: unknown, url: URL): PreflightRequest {
  if (body !== undefined) return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as PreflightRequest) : {};
  let variables: unknown;
  try {
    variables = JSON.parse(url.searchParams.get('variables') ?? 'null');
  } catch {
    variables = undefined;
  }
  return { query: url.searchParams.get('query') ?? undefined, operationName: url.searchParams.get('operationName') ?? undefined, variables };
}

function withoutHttp(extensions: Record<string, unknown>): Record<string, unknown> {
  const { http: _http, ...rest } = extensions;
  return rest;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > MAX_BODY_BYTES) throw new HttpError(413, `Request body is over ${MAX_BODY_BYTES} bytes`, 'PAYLOAD_TOO_LARGE');
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    if (error instanceof HttpError) throw error;
    throw new ClientGone();
  }
  return Buffer.concat(chunks).toString('utf8');
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
