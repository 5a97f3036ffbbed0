import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CorsOrigins } from '../config';

/** What /graphql answers to: GraphQL over HTTP's GET and POST, and the preflight itself. */
const ALLOWED_METHODS = 'GET, POST, OPTIONS';

/**
 * Headers a page may send: JSON bodies, Apollo's CSRF-prevention headers (which make a GET
 * preflighted, so it cannot be forged from a form or an image), Apollo Client's and Relay's
 * client identification, and a request id to follow the request into our logs.
 */
const ALLOWED_HEADERS = [
  'content-type',
  'accept',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'apollographql-client-name',
  'apollographql-client-version',
  'x-request-id',
  'authorization',
].join(', ');

/** How long a browser may reuse a preflight's answer (Chromium caps it at 2 h); short, so a changed CORS_ORIGINS takes effect soon. */
const MAX_AGE_SECONDS = 600;

/**
 * The CORS headers of an answer from /graphql to a page of another origin: an origin in
 * CORS_ORIGINS is told it may read the answer (and its x-request-id); any other gets no CORS
 * header, so its browser hides the answer from it. No credentials: this API has no cookies.
 * Returns whether the request's origin is allowed.
 */
export function applyCors(req: IncomingMessage, res: ServerResponse, origins: CorsOrigins): boolean {
  // Which origin an answer names depends on the request's: a cache must keep them apart.
  if (origins !== '*' && origins.length > 0) res.setHeader('Vary', 'Origin');
  const origin = req.headers.origin;
  if (!origin || (origins !== '*' && !origins.includes(origin))) return false;
  res.setHeader('Access-Control-Allow-Origin', origins === '*' ? '*' : origin);
  res.setHeader('Access-Control-Expose-Headers', 'x-request-id');
  return true;
}

/**
 * Answers OPTIONS /graphql before Apollo sees it (Apollo would refuse it as a CSRF risk): a
 * preflight from an allowed origin gets 204 with what it may send; from any other origin,
 * 403 with no CORS headers, so the browser does not send the request. An OPTIONS that is
 * not a preflight (no Origin) is told the methods.
 */
export function answerPreflight(req: IncomingMessage, res: ServerResponse, allowed: boolean): void {
  const origin = req.headers.origin;
  if (!origin || !req.headers['access-control-request-method']) {
    res.writeHead(204, { Allow: ALLOWED_METHODS }).end();
    return;
  }
  if (!allowed) {
    const message = `Pages of ${origin} may not call this API: CORS_ORIGINS does not list that origin`;
    res.writeHead(403, { 'Content-Type': 'application/json; charset=utf-8' }).end(JSON.stringify({ errors: [{ message, extensions: { code: 'FORBIDDEN' } }] }));
    return;
  }
  res
    .writeHead(204, {
      'Access-Control-Allow-Methods': ALLOWED_METHODS,
      'Access-Control-Allow-Headers': ALLOWED_HEADERS,
      'Access-Control-Max-Age': String(MAX_AGE_SECONDS),
    })
    .end();
}
