import type { MemoryStore } from '../../src/store/memory/memory.store';
import { seededMemoryStore, startTestServer, type TestApp } from '../helpers/server';
import type { Json } from '../helpers/json';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const SECRET = 'person-42-private-skill';

async function post(app: TestApp, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: res.status, id: res.headers.get('x-request-id') ?? '', body: (await res.json()) as { data?: Json; errors?: Json[] } };
}

/** JSON request logs (#12): one line per GraphQL request, tied to the x-request-id the client gets; no query or variables. */
describe('request logs', () => {
  let store: MemoryStore;
  let app: TestApp;
  beforeAll(async () => {
    store = await seededMemoryStore();
    app = await startTestServer(store);
  });
  afterAll(() => app.close());

  it('writes exactly one line per request, with its id, operation, status, time, error codes and cost, and no variables', async () => {
    const query = 'query Lookup($q: String!) { search(text: $q, first: 2) { totalCount } }';
    const res = await post(app, { query, variables: { q: SECRET }, operationName: 'Lookup' });
    expect(res.status).toBe(200);
    expect(res.id).toMatch(UUID);
    const lines = app.logs.lines.filter((line) => line.includes(res.id));
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0])).toEqual({
      level: 'info',
      time: expect.any(String),
      pid: process.pid,
      hostname: expect.any(String),
      msg: 'graphql request',
      reqId: res.id,
      method: 'POST',
      operation: 'Lookup',
      status: 200,
      durationMs: expect.any(Number),
      outcome: 'ok',
      errors: [],
      cost: expect.any(Number),
      storeCalls: 1,
    });
    expect(lines[0]).not.toContain(SECRET);
    expect(lines[0]).not.toContain('search(');
  });

  it('honours a sane incoming x-request-id and replaces one that is not', async () => {
    const kept = await post(app, { query: '{ __typename }' }, { 'x-request-id': 'trace-7f3a:span/01' });
    expect(kept.id).toBe('trace-7f3a:span/01');
    expect(app.logs.requests('trace-7f3a:span/01')).toHaveLength(1);
    for (const bad of ['x'.repeat(129), 'has space', 'tab\there']) {
      const replaced = await post(app, { query: '{ __typename }' }, { 'x-request-id': bad });
      expect(replaced.id).toMatch(UUID);
      expect(app.logs.requests(replaced.id)).toHaveLength(1);
    }
  });

  it('logs the error codes of a failed request, and refusals answered before Apollo', async () => {
    const invalid = await post(app, { query: '{ nope }' });
    expect(app.logs.requests(invalid.id)).toEqual([
      expect.objectContaining({ status: 400, outcome: 'error', errors: ['GRAPHQL_VALIDATION_FAILED'], cost: null }),
    ]);
    const batch = await post(app, [{ query: '{ __typename }' }]);
    expect(app.logs.requests(batch.id)).toEqual([expect.objectContaining({ status: 400, errors: ['BATCHING_NOT_SUPPORTED'] })]);
    const deep = await post(app, { query: '{ __schema { types { fields { type { fields { name } } } } } }' });
    expect(app.logs.requests(deep.id)).toEqual([expect.objectContaining({ status: 400, errors: ['INTROSPECTION_TOO_DEEP'] })]);
    const csrf = await fetch(`${app.url}?query=${encodeURIComponent('{ __typename }')}`);
    expect(csrf.status).toBe(400);
    expect(app.logs.requests(csrf.headers.get('x-request-id') ?? '')).toEqual([
      expect.objectContaining({ method: 'GET', status: 400, errors: ['BAD_REQUEST'] }),
    ]);
    expect(app.logs.errors()).toEqual([]);
  });

  it("logs an unexpected error once, in full, with the request's id, while the client gets it masked", async () => {
    const original = store.getNodes.bind(store);
    store.getNodes = async () => {
      throw new Error('secret internal detail');
    };
    try {
      const res = await post(app, { query: '{ node(id: "skill:ai-tools") { id } }' });
      expect(res.body.errors?.[0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      expect(JSON.stringify(res.body)).not.toContain('secret');
      const logged = app.logs.errors().filter((e) => e.reqId === res.id);
      expect(logged).toEqual([
        expect.objectContaining({
          msg: 'Unexpected error while executing a GraphQL request',
          err: expect.objectContaining({ message: 'secret internal detail', stack: expect.any(String) }),
        }),
      ]);
      expect(app.logs.requests(res.id)).toEqual([expect.objectContaining({ errors: ['INTERNAL_SERVER_ERROR'], outcome: 'error' })]);
    } finally {
      store.getNodes = original;
    }
  });

  it('writes no request line for the preflight, the playground or the probes', async () => {
    const before = app.logs.requests().length;
    await fetch(app.url, { method: 'OPTIONS' });
    await fetch(app.url, { headers: { accept: 'text/html' } });
    await fetch(app.url.replace('/graphql', '/healthz'));
    await fetch(app.url.replace('/graphql', '/metrics'));
    expect(app.logs.requests()).toHaveLength(before);
  });

  it('adds the query text at debug level, still without variables', async () => {
    const debug = await startTestServer(store, { observability: { logLevel: 'debug' } });
    try {
      const query = 'query($q: String!) { search(text: $q, first: 1) { totalCount } }';
      const res = await post(debug, { query, variables: { q: SECRET } });
      const [line] = debug.logs.requests(res.id);
      expect(line).toMatchObject({ query, operation: null });
      expect(JSON.stringify(line)).not.toContain(SECRET);
    } finally {
      await debug.close();
    }
  });

  it('writes nothing at LOG_LEVEL=silent', async () => {
    const silent = await startTestServer(store, { observability: { logLevel: 'silent' } });
    try {
      await post(silent, { query: '{ __typename }' });
      expect(silent.logs.lines).toEqual([]);
    } finally {
      await silent.close();
    }
  });
});
