import { connect, type Socket } from 'node:net';
import type { RunningApp } from '../../src/app';
import type { MemoryStore } from '../../src/store/memory/memory.store';
import { postGraphQL, seededMemoryStore, startTestServer } from '../helpers/server';
import { CONTROL_QUERY } from '../../bench/attacks';

/** The HTTP layer's limits (#11), on the embedded server with short timeouts and a small connection cap. */
describe('HTTP hygiene', () => {
  const HEADERS_MS = 1500;
  const REQUEST_MS = 2000;
  const MAX_CONNECTIONS = 8;
  /** Node checks its timeouts every second (connectionsCheckingInterval). */
  const CHECK_MS = 1000;
  let store: MemoryStore;
  let app: RunningApp;
  let port: number;
  beforeAll(async () => {
    store = await seededMemoryStore();
    app = await startTestServer(store, { http: { headersTimeoutMs: HEADERS_MS, requestTimeoutMs: REQUEST_MS, maxConnections: MAX_CONNECTIONS } });
    port = Number(new URL(app.url).port);
  });
  afterAll(() => app?.close());

  /** A raw connection: what it receives, and when it closes. */
  function rawConnection(): { socket: Socket; received: () => string; closed: Promise<number> } {
    const started = performance.now();
    const socket = connect(port, '127.0.0.1');
    let text = '';
    socket.on('data', (chunk) => (text += chunk.toString()));
    socket.on('error', () => undefined);
    const closed = new Promise<number>((resolve) => socket.on('close', () => resolve(performance.now() - started)));
    return { socket, received: () => text, closed };
  }

  it('cuts off a body sent a byte at a time with 408 once HTTP_REQUEST_TIMEOUT_MS passes, and keeps serving', async () => {
    const { socket, received, closed } = rawConnection();
    const body = JSON.stringify({ query: CONTROL_QUERY });
    socket.write(`POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`);
    let sent = 0;
    const drip = setInterval(() => {
      if (sent < body.length - 1 && !socket.destroyed) socket.write(body[sent++]);
    }, 200);
    const ms = await closed;
    clearInterval(drip);
    expect(received()).toMatch(/^HTTP\/1\.1 408/);
    expect(ms).toBeGreaterThanOrEqual(REQUEST_MS - 50);
    expect(ms).toBeLessThan(REQUEST_MS + CHECK_MS + 500);
    expect((await postGraphQL(app.url, CONTROL_QUERY)).data.occupation.code).toBe('29-2011');
  });

  it('closes a connection whose headers never finish once HTTP_HEADERS_TIMEOUT_MS passes', async () => {
    const { socket, received, closed } = rawConnection();
    socket.write('GET /healthz HTTP/1.1\r\nHost: x\r\n');
    const drip = setInterval(() => !socket.destroyed && socket.write('X-Slow: 1\r\n'), 200);
    const ms = await closed;
    clearInterval(drip);
    expect(received()).toMatch(/^HTTP\/1\.1 408/);
    expect(ms).toBeLessThan(HEADERS_MS + CHECK_MS + 500);
  });

  it('holds at most HTTP_MAX_CONNECTIONS connections and serves again once they go', async () => {
    const open = Array.from({ length: MAX_CONNECTIONS }, () => rawConnection());
    await Promise.all(open.map((c) => new Promise((r) => c.socket.once('connect', r))));
    // Node accepts and at once closes a connection over the cap.
    const extra = rawConnection();
    const ms = await extra.closed;
    expect(extra.received()).toBe('');
    expect(ms).toBeLessThan(1000);
    for (const c of open) c.socket.destroy();
    await Promise.all(open.map((c) => c.closed));
    await new Promise((r) => setTimeout(r, 50));
    expect((await postGraphQL(app.url, CONTROL_QUERY)).data.occupation.code).toBe('29-2011');
  });

  it('sends nosniff, no referrer, no framing and a CSP that loads nothing with every answer', async () => {
    for (const path of ['/graphql?query={__typename}', '/healthz', '/readyz', '/nowhere']) {
      const res = await fetch(app.url.replace('/graphql', path));
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    }
  });

  it('serves the playground under a CSP that allows only its own files: no inline script or style', async () => {
    const res = await fetch(app.url, { headers: { accept: 'text/html' } });
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/);
    const html = await res.text();
    // Every script and stylesheet is a file under /playground/, which the server serves.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style|\sstyle=/);
    // (An empty data: favicon stops the browser asking for /favicon.ico.)
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]).filter((a) => a !== 'data:,');
    expect(assets.length).toBeGreaterThanOrEqual(3);
    for (const asset of assets) {
      expect(asset).toMatch(/^\/playground\//);
      expect((await fetch(app.url.replace('/graphql', asset))).status).toBe(200);
    }
  });
});

describe('API switches for production', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startTestServer(await seededMemoryStore(), { api: { fieldSuggestions: false, introspection: false } });
  });
  afterAll(() => app?.close());

  it('gives no field suggestions when FIELD_SUGGESTIONS is off', async () => {
    const res = await postGraphQL(app.url, '{ occupation(code: "29-2011") { titl } }');
    expect(res.status).toBe(400);
    expect(res.errors?.[0].message).toBe('Cannot query field "titl" on type "Occupation".');
  });

  it('refuses introspection when INTROSPECTION is off, and still answers queries', async () => {
    const res = await postGraphQL(app.url, '{ __schema { queryType { name } } }');
    expect(res.status).toBe(400);
    expect(res.errors?.[0].message).toMatch(/introspection is not allowed/i);
    expect((await postGraphQL(app.url, CONTROL_QUERY)).data.occupation.code).toBe('29-2011');
  });

  it('suggests fields by default outside production', async () => {
    const dev = await startTestServer(await seededMemoryStore());
    try {
      const res = await postGraphQL(dev.url, '{ occupation(code: "29-2011") { titl } }');
      expect(res.errors?.[0].message).toMatch(/Did you mean "title"/);
    } finally {
      await dev.close();
    }
  });
});
