import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { GraphStore } from '../store/graph-store';
import type { RequestContext } from './context';
import { playgroundAsset, playgroundAssetHeaders, playgroundHtml, playgroundHtmlHeaders } from './playground/playground';
import { GraphService } from '../features/graph/graph.service';

const GRAPHQL_PATH = '/graphql';
const MAX_BODY_BYTES = 1 << 20;

class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/** Routes: /graphql (API, and the playground for browsers), /playground/*, /healthz, /readyz. */
export function createHttpServer(apollo: ApolloServer<RequestContext>, store: GraphStore): Server {
  const server = createServer((req, res) => {
    route(req, res, apollo, store).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      if (status === 500) console.error('Unhandled HTTP error:', error);
      const message = error instanceof HttpError ? error.message : 'Internal server error';
      // The rest of an over-long body is drained and the connection closed, so the client reads our answer.
      if (status === 413) {
        res.shouldKeepAlive = false;
        req.resume();
      }
      if (!res.headersSent) sendJson(res, status, { errors: [{ message, extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' } }] });
      else res.end();
    });
  });
  // An idle keep-alive socket stays open longer than clients and proxies keep theirs (Node's
  // 5 s default makes a client's reuse race the server's close: ECONNRESET).
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  server.headersTimeout = KEEP_ALIVE_TIMEOUT_MS + 1000;
  return server;
}

const KEEP_ALIVE_TIMEOUT_MS = 65_000;

async function route(req: IncomingMessage, res: ServerResponse, apollo: ApolloServer<RequestContext>, store: GraphStore) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const path = url.pathname;
  if (path === '/healthz') return sendJson(res, 200, { status: 'ok' });
  if (path === '/readyz') {
    const health = await store.health();
    return sendJson(res, health.ready ? 200 : 503, { ready: health.ready, store: store.kind, detail: health.detail });
  }
  if (path === '/') {
    res.writeHead(302, { Location: GRAPHQL_PATH }).end();
    return;
  }
  if (path.startsWith('/playground/') && req.method === 'GET') {
    const asset = playgroundAsset(path.slice('/playground/'.length));
    if (!asset) throw new HttpError(404, `No playground asset at ${path}`);
    res.writeHead(200, { ...playgroundAssetHeaders, 'Content-Type': asset.contentType }).end(asset.body);
    return;
  }
  if (path !== GRAPHQL_PATH) throw new HttpError(404, `Nothing at ${path}; the API is at ${GRAPHQL_PATH}`);
  if (req.method === 'GET' && !url.search && (req.headers.accept ?? '').includes('text/html')) {
    res.writeHead(200, playgroundHtmlHeaders).end(playgroundHtml(GRAPHQL_PATH, '/playground'));
    return;
  }
  await executeGraphQL(req, res, url, apollo, store);
}

async function executeGraphQL(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  apollo: ApolloServer<RequestContext>,
  store: GraphStore,
) {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const body = req.method === 'POST' ? parseBody(await readBody(req), headers.get('content-type')) : undefined;
  const result = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
    context: async () => ({ graph: new GraphService(store) }),
  });
  for (const [key, value] of result.headers) res.setHeader(key, value);
  res.statusCode = result.status ?? 200;
  if (result.body.kind === 'complete') {
    res.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) res.write(chunk);
  res.end();
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, `Request body is over ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk as Buffer);
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
