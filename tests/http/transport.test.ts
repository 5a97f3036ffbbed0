import { createHash } from 'node:crypto';
import { seededMemoryStore, startTestServer, type TestApp } from '../helpers/server';
import type { Json } from '../helpers/json';

const QUERY = 'query Title { occupation(code: "29-2011") { title } }';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const postJson = async (url: string, body: unknown) => {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as { data?: Json; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } };
};

/** Persisted queries and batching over HTTP (#12): the client's mistakes are 400s with their own codes, never internal errors. */
describe('persisted queries and batching', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestServer(await seededMemoryStore());
  });
  afterAll(() => app.close());

  const persisted = (sha256Hash: string, version = 1) => ({ extensions: { persistedQuery: { version, sha256Hash } } });

  it("answers a hash that is not the query's with 400 PERSISTED_QUERY_HASH_MISMATCH, logging nothing unexpected", async () => {
    const res = await postJson(app.url, { query: QUERY, ...persisted(sha256('{ __typename }')) });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      { message: expect.stringContaining('sha256Hash is not the SHA-256 of the query sent'), extensions: { code: 'PERSISTED_QUERY_HASH_MISMATCH' } },
    ]);
    expect(res.body.data).toBeUndefined();
    expect(app.logs.errors()).toEqual([]);
  });

  it('refuses the same mismatch sent by GET', async () => {
    const params = new URLSearchParams({ query: QUERY, extensions: JSON.stringify(persisted('0'.repeat(64)).extensions) });
    const res = await fetch(`${app.url}?${params}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0].extensions.code).toBe('PERSISTED_QUERY_HASH_MISMATCH');
  });

  it('still registers a query under its right hash and answers the hash alone afterwards', async () => {
    const query = '{ occupation(code: "29-2011") { id } }';
    const unknown = await postJson(app.url, persisted(sha256(query)));
    expect(unknown.body.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const registered = await postJson(app.url, { query, ...persisted(sha256(query)) });
    expect(registered.body.data).toEqual({ occupation: { id: 'occupation:29-2011' } });
    const byHash = await postJson(app.url, persisted(sha256(query)));
    expect(byHash.status).toBe(200);
    expect(byHash.body.data).toEqual({ occupation: { id: 'occupation:29-2011' } });
  });

  it("answers an unsupported persisted-query version as the client's BAD_REQUEST, not an internal error", async () => {
    const res = await postJson(app.url, { query: QUERY, ...persisted(sha256(QUERY), 2) });
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]).toMatchObject({ message: 'Unsupported persisted query version', extensions: { code: 'BAD_REQUEST' } });
    expect(app.logs.errors()).toEqual([]);
  });

  it('refuses a batch (a JSON array) with 400 BATCHING_NOT_SUPPORTED saying what to send instead', async () => {
    const res = await postJson(app.url, [{ query: QUERY }, { query: QUERY }]);
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors?.[0].extensions).toEqual({ code: 'BATCHING_NOT_SUPPORTED' });
    expect(res.body.errors?.[0].message).toMatch(/^Batching is off: send one operation per request.*several root fields/);
  });

  it("answers the README's GET (with apollo-require-preflight) and POST", async () => {
    const get = await fetch(`${app.url}?query=${encodeURIComponent('{ occupation(code: "29-2011") { title } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(get.status).toBe(200);
    const post = await postJson(app.url, { query: QUERY, operationName: 'Title' });
    expect(post.status).toBe(200);
    expect((await get.json()).data).toEqual(post.body.data);
  });

  it("marks every GraphQL answer, data or error, Cache-Control: no-store (set by us: Apollo's cache-control plugin is off)", async () => {
    const ok = await fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY }) });
    const bad = await fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ nope }' }) });
    const get = await fetch(`${app.url}?query=${encodeURIComponent(QUERY)}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect([ok.status, bad.status, get.status]).toEqual([200, 400, 200]);
    for (const res of [ok, bad, get]) expect(res.headers.get('cache-control')).toBe('no-store');
  });
});
