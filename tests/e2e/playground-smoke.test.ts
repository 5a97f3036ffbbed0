import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildSchema, graphql } from 'graphql';
import type { Browser } from 'playwright-core';
import { playgroundAsset, playgroundHtml } from '../../src/server/playground/playground';
import { launchBrowser, runQueryInPlayground, watchPage } from './browser';

/**
 * Self-contained proof that the playground works offline: a throwaway node:http server with
 * a one-field schema, so this test does not depend on the real server or database.
 */
const schema = buildSchema('type Query { hello: String }');
const rootValue = { hello: 'world' };

function startServer(): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method === 'GET' && url.pathname === '/graphql' && (req.headers.accept ?? '').includes('text/html')) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(playgroundHtml('/graphql', '/playground', '# default query, replaced by the test\n{ __typename }'));
      return;
    }
    if (req.method === 'GET' && url.pathname.startsWith('/playground/')) {
      const asset = playgroundAsset(url.pathname.slice('/playground/'.length));
      if (!asset) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'Content-Type': asset.contentType }).end(asset.body);
      return;
    }
    if (req.method === 'POST' && url.pathname === '/graphql') {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (body += chunk));
      req.on('end', async () => {
        const { query, variables, operationName } = JSON.parse(body) as {
          query: string;
          variables?: Record<string, unknown>;
          operationName?: string;
        };
        const result = await graphql({ schema, source: query, rootValue, variableValues: variables, operationName });
        res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(result));
      });
      return;
    }
    res.writeHead(404).end();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('playground assets', () => {
  it('serves only the allow-listed files', () => {
    expect(playgroundAsset('graphiql.min.js')?.contentType).toMatch(/javascript/);
    expect(playgroundAsset('graphiql.min.css')?.contentType).toMatch(/css/);
    for (const bad of ['../package.json', '..%2Fpackage.json', '/etc/passwd', 'graphiql.min.js.map', '__proto__', 'constructor', '']) {
      expect(playgroundAsset(bad)).toBeNull();
    }
  });

  it('cannot be broken out of by interpolated values', () => {
    const html = playgroundHtml('/graphql"</script><script>alert(1)</script>', '/p"><x', '# </script>\u2028');
    expect(html.match(/<\/script>/g)).toHaveLength(4); // only the page's own four script tags
    expect(html).not.toContain('"><x');
    expect(html).not.toMatch(/https?:\/\//);
  });
});

describe('playground in a browser', () => {
  let server: Server;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('runs a query entirely from the local server', async () => {
    const { port } = server.address() as AddressInfo;
    const page = await browser.newPage();
    const log = watchPage(page);

    const started = Date.now();
    const result = await runQueryInPlayground(page, `http://127.0.0.1:${port}/graphql`, '{ hello }');
    console.log(`playground query round-trip: ${Date.now() - started} ms`);
    await page.screenshot({ path: '/tmp/playground.png' });

    expect(JSON.parse(result)).toEqual({ data: { hello: 'world' } });
    expect(log.externalRequests).toEqual([]);
    expect(log.failedRequests).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
    expect(log.pageErrors).toEqual([]);
  });
});
