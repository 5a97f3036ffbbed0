import type { MemoryStore } from '../../src/store/memory/memory.store';
import { seededMemoryStore, startTestServer, type TestApp } from '../helpers/server';

const ALLOWED = 'http://localhost:5173';
const QUERY = '{ occupation(code: "29-2011") { title } }';

const preflight = (url: string, origin: string, headers = 'content-type') =>
  fetch(url, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': headers },
  });

const post = (url: string, origin?: string) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(origin ? { origin } : {}) },
    body: JSON.stringify({ query: QUERY }),
  });

/** CORS from CORS_ORIGINS (#12): allowed origins may call /graphql from a page; others are not told they may. */
describe('CORS on /graphql', () => {
  let store: MemoryStore;
  let listed: TestApp;
  let any: TestApp;
  let sameOrigin: TestApp;
  beforeAll(async () => {
    store = await seededMemoryStore();
    [listed, any, sameOrigin] = await Promise.all([
      startTestServer(store, { http: { corsOrigins: [ALLOWED, 'https://app.example.org'] } }),
      startTestServer(store, { http: { corsOrigins: '*' } }),
      startTestServer(store),
    ]);
  });
  afterAll(async () => {
    await Promise.all([listed, any, sameOrigin].map((app) => app?.close()));
  });

  it('answers a preflight from a listed origin with 204 and what it may send', async () => {
    const res = await preflight(listed.url, ALLOWED, 'content-type, apollo-require-preflight, x-apollo-operation-name');
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(res.headers.get('vary')).toBe('Origin');
    expect(res.headers.get('access-control-allow-methods')).toBe('GET, POST, OPTIONS');
    const allowedHeaders = (res.headers.get('access-control-allow-headers') ?? '').split(', ');
    expect(allowedHeaders).toEqual(
      expect.arrayContaining([
        'content-type',
        'apollo-require-preflight',
        'x-apollo-operation-name',
        'apollographql-client-name',
        'apollographql-client-version',
        'x-request-id',
      ]),
    );
    expect(Number(res.headers.get('access-control-max-age'))).toBeGreaterThan(0);
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    expect(await res.text()).toBe('');
  });

  it('answers a preflight from an origin not listed with 403 and no CORS headers', async () => {
    for (const app of [listed, sameOrigin]) {
      const res = await preflight(app.url, 'http://evil.example');
      expect(res.status).toBe(403);
      for (const name of ['access-control-allow-origin', 'access-control-allow-methods', 'access-control-allow-headers']) {
        expect(res.headers.get(name)).toBeNull();
      }
      expect((await res.json()).errors[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringContaining('CORS_ORIGINS') });
    }
  });

  it('no longer sends OPTIONS to Apollo (which answered 400 as a CSRF risk)', async () => {
    const res = await fetch(sameOrigin.url, { method: 'OPTIONS' });
    expect(res.status).toBe(204);
    expect(res.headers.get('allow')).toBe('GET, POST, OPTIONS');
  });

  it('lets a listed origin read the answer and its x-request-id', async () => {
    const res = await post(listed.url, ALLOWED);
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(res.headers.get('vary')).toMatch(/Origin/);
    expect(res.headers.get('access-control-expose-headers')).toBe('x-request-id');
    expect(res.headers.get('x-request-id')).toBeTruthy();
    expect((await res.json()).data.occupation.title).toBeTruthy();
  });

  it('names no origin in answers to one not listed (the browser then hides the answer)', async () => {
    const res = await post(listed.url, 'http://evil.example');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('vary')).toBe('Origin');
  });

  it('sends no CORS headers at all by default (same origin only)', async () => {
    const res = await post(sameOrigin.url, ALLOWED);
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('vary')).toBeNull();
  });

  it('answers * to any origin when CORS_ORIGINS is *', async () => {
    const pre = await preflight(any.url, 'http://anywhere.example');
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('*');
    const res = await post(any.url, 'http://anywhere.example');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('vary')).toBeNull();
  });

  it('carries CORS headers on errors too, so a page can read what was wrong', async () => {
    const res = await fetch(listed.url, { method: 'POST', headers: { 'content-type': 'application/json', origin: ALLOWED }, body: '{"query": ' });
    expect(res.status).toBe(400);
    expect(res.headers.get('access-control-allow-origin')).toBe(ALLOWED);
  });

  it('keeps /metrics and /healthz free of CORS headers', async () => {
    for (const path of ['/metrics', '/healthz']) {
      const res = await fetch(listed.url.replace('/graphql', path), { headers: { origin: ALLOWED } });
      expect(res.status).toBe(200);
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  it("keeps Apollo's CSRF prevention: a GET needs apollo-require-preflight or x-apollo-operation-name", async () => {
    const url = `${listed.url}?query=${encodeURIComponent(QUERY)}`;
    const plain = await fetch(url, { headers: { origin: ALLOWED } });
    expect(plain.status).toBe(400);
    expect(await plain.text()).toMatch(/CSRF/);
    const csrfHeaders: Array<Record<string, string>> = [{ 'apollo-require-preflight': 'true' }, { 'x-apollo-operation-name': 'Title' }];
    for (const header of csrfHeaders) {
      const res = await fetch(url, { headers: { origin: ALLOWED, ...header } });
      expect(res.status).toBe(200);
      expect((await res.json()).data.occupation.title).toBeTruthy();
    }
  });

  it('keeps refusing a simple (non-JSON) POST, which a form could send', async () => {
    const res = await fetch(listed.url, { method: 'POST', headers: { 'content-type': 'text/plain', origin: ALLOWED }, body: JSON.stringify({ query: QUERY }) });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF/);
  });
});
