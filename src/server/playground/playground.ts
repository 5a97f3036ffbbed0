import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Offline GraphiQL playground. Apollo's default landing page pulls its UI from a CDN and
 * renders blank without internet, so the page and its assets come from our own npm packages.
 * graphiql's UMD build inlines its fonts as data: URLs and runs no web workers, so the page
 * makes no request to any other host.
 */

const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

// The packages' "exports" maps hide these files from require.resolve, so we resolve each
// package.json (always exported) and join the path; the allow-list keeps traversal impossible.
const ASSETS: ReadonlyMap<string, { pkg: string; file: string; contentType: string }> = new Map([
  ['react.production.min.js', { pkg: 'react', file: 'umd/react.production.min.js', contentType: JS }],
  ['react-dom.production.min.js', { pkg: 'react-dom', file: 'umd/react-dom.production.min.js', contentType: JS }],
  ['graphiql.min.js', { pkg: 'graphiql', file: 'graphiql.min.js', contentType: JS }],
  ['graphiql.min.css', { pkg: 'graphiql', file: 'graphiql.min.css', contentType: CSS }],
]);

const cache = new Map<string, { body: Buffer; contentType: string }>();

/** Asset URLs are not versioned, so cache long but not `immutable` (a graphiql upgrade must show up). */
export const playgroundAssetHeaders: Readonly<Record<string, string>> = {
  'Cache-Control': 'public, max-age=86400',
};

/** The page is tiny and embeds the endpoint, so never let it go stale. */
export const playgroundHtmlHeaders: Readonly<Record<string, string>> = {
  'Content-Type': 'text/html; charset=utf-8',
  'Cache-Control': 'no-cache',
};

/**
 * Starts GraphiQL on the page: a file of our own rather than an inline script, so the page's
 * Content-Security-Policy can allow scripts from this server only. The endpoint comes from the
 * page's markup.
 */
const START_SCRIPT = `(function () {
  var root = document.getElementById('graphiql');
  var fetcher = GraphiQL.createFetcher({ url: root.getAttribute('data-endpoint') });
  ReactDOM.createRoot(root).render(React.createElement(GraphiQL, { fetcher: fetcher }));
})();
`;
const PAGE_CSS = 'html, body, #graphiql { height: 100%; margin: 0; overflow: hidden; }\n';
const OWN_ASSETS: ReadonlyMap<string, { body: Buffer; contentType: string }> = new Map([
  ['start.js', { body: Buffer.from(START_SCRIPT), contentType: JS }],
  ['page.css', { body: Buffer.from(PAGE_CSS), contentType: CSS }],
]);

export function playgroundAsset(name: string): { body: Buffer; contentType: string } | null {
  const own = OWN_ASSETS.get(name);
  if (own) return own;
  const spec = ASSETS.get(name);
  if (!spec) return null;
  let asset = cache.get(name);
  if (!asset) {
    const root = dirname(require.resolve(`${spec.pkg}/package.json`));
    asset = { body: readFileSync(join(root, spec.file)), contentType: spec.contentType };
    cache.set(name, asset);
  }
  return asset;
}

/**
 * What the page may load: its own scripts, styles and the API; graphiql's inlined fonts and
 * the data: favicon; nothing from another host, no framing.
 */
export const PLAYGROUND_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

function htmlAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function playgroundHtml(endpointPath: string, assetBase: string): string {
  const base = htmlAttr(assetBase.replace(/\/+$/, ''));
  // The data: favicon stops the browser asking for /favicon.ico (a 404 on every open).
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>GraphiQL</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${base}/graphiql.min.css">
<link rel="stylesheet" href="${base}/page.css">
</head>
<body>
<div id="graphiql" data-endpoint="${htmlAttr(endpointPath)}">Loading GraphiQL…</div>
<script src="${base}/react.production.min.js"></script>
<script src="${base}/react-dom.production.min.js"></script>
<script src="${base}/graphiql.min.js"></script>
<script src="${base}/start.js"></script>
</body>
</html>
`;
}
