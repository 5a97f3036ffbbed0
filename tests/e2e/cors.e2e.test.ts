import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { seededMemoryStore, startTestServer, type TestApp } from '../helpers/server';
import { launchBrowser } from './browser';

/**
 * A page of another origin that calls the API as a browser app would: a POST with a JSON body
 * (preflighted), and a GET with Apollo's CSRF-prevention header (preflighted too). Each
 * outcome lands in window.__results: the answer's data and x-request-id, or the error fetch
 * rejected with.
 */
const PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>another origin</title></head><body><script>
const api = new URLSearchParams(location.search).get('api');
const query = '{ occupation(code: "29-2011") { title } }';
const call = (request) => request
  .then(async (res) => ({ status: res.status, requestId: res.headers.get('x-request-id'), body: await res.json() }))
  .catch((error) => ({ error: error.name + ': ' + error.message }));
Promise.all([
  call(fetch(api, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })),
  call(fetch(api + '?query=' + encodeURIComponent(query), { headers: { 'apollo-require-preflight': 'true' } })),
]).then(([post, get]) => { window.__results = { post, get }; });
</script></body></html>`;

interface CallResult {
  status?: number;
  requestId?: string | null;
  body?: { data?: { occupation: { title: string } } };
  error?: string;
}

async function servePage(): Promise<{ server: Server; origin: string }> {
  const server = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(PAGE));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** CORS in a real browser (#12): a page of a listed origin reads the API's answers; any other page is refused by its browser. */
describe('CORS in headless Chromium', () => {
  let browser: Browser;
  let api: TestApp;
  let allowedPage: { server: Server; origin: string };
  let otherPage: { server: Server; origin: string };
  beforeAll(async () => {
    [allowedPage, otherPage] = await Promise.all([servePage(), servePage()]);
    api = await startTestServer(await seededMemoryStore(), { http: { corsOrigins: [allowedPage.origin] } });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await api?.close();
    for (const page of [allowedPage, otherPage]) await new Promise((resolve) => page?.server.close(resolve));
  });

  async function callFrom(origin: string): Promise<{ post: CallResult; get: CallResult }> {
    // A context of its own: no preflight answer cached from another test.
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${origin}/?api=${encodeURIComponent(api.url)}`);
      const results = await page.waitForFunction(() => (window as unknown as { __results?: unknown }).__results, undefined, { timeout: 15000 });
      return (await results.jsonValue()) as { post: CallResult; get: CallResult };
    } finally {
      await context.close();
    }
  }

  it('gives a page of an origin in CORS_ORIGINS the data and the x-request-id', async () => {
    const { post, get } = await callFrom(allowedPage.origin);
    for (const result of [post, get]) {
      expect(result.error).toBeUndefined();
      expect(result.status).toBe(200);
      expect(result.body?.data?.occupation.title).toMatch(/Laboratory/);
      expect(result.requestId).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(api.logs.requests(post.requestId ?? '')).toHaveLength(1);
  }, 60000);

  it('leaves a page of any other origin with a TypeError from fetch', async () => {
    const before = api.logs.requests().length;
    const { post, get } = await callFrom(otherPage.origin);
    expect(post).toEqual({ error: expect.stringMatching(/^TypeError: /) });
    expect(get).toEqual({ error: expect.stringMatching(/^TypeError: /) });
    // Refused at the preflight: the requests themselves were never sent.
    expect(api.logs.requests()).toHaveLength(before);
  }, 60000);
});
