import { request } from 'node:http';
import { getIntrospectionQuery } from 'graphql';
import { MAX_PAGE_SIZE } from '../../src/features/common/pagination';
import { playgroundAsset } from '../../src/server/playground/playground';
import type { MemoryStore } from '../../src/store/memory/memory.store';
import { postGraphQL, seededMemoryStore, startTestServer, type TestApp } from '../helpers/server';

/** Bad input over HTTP (#2): clear errors naming the argument, and no request crashes the server. */
describe('bad input', () => {
  let store: MemoryStore;
  let app: TestApp;
  beforeAll(async () => {
    store = await seededMemoryStore();
    app = await startTestServer(store);
  });
  afterAll(() => app.close());

  const expectBadInput = (res: Awaited<ReturnType<typeof postGraphQL>>, argument: string) => {
    expect(res.errors).toHaveLength(1);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: argument });
    expect(res.errors?.[0].message).toContain(`"${argument}"`);
  };

  it.each(['29-201', 'abc', '29-2011.0', "29-2011'); DROP"])('rejects the malformed occupation code %p', async (code) => {
    const res = await postGraphQL(app.url, 'query($c: String!) { occupation(code: $c) { id } }', { c: code });
    expectBadInput(res, 'code');
  });

  it('accepts an O*NET-SOC code for the same occupation', async () => {
    const res = await postGraphQL(app.url, '{ occupation(code: "29-2011.00") { id } }');
    expect(res.data.occupation).toEqual({ id: 'occupation:29-2011' });
  });

  it.each([0, -1, MAX_PAGE_SIZE + 1])('rejects page size %p', async (first) => {
    const res = await postGraphQL(app.url, 'query($f: Int) { occupation(code: "29-2011") { tasks(first: $f) { totalCount } } }', { f: first });
    expectBadInput(res, 'first');
  });

  it('accepts the maximum page size', async () => {
    const res = await postGraphQL(app.url, `{ occupation(code: "29-2011") { tasks(first: ${MAX_PAGE_SIZE}) { totalCount } } }`);
    expect(res.errors).toBeUndefined();
  });

  it.each(['not-a-cursor', '', Buffer.from('cursor:v1:-5').toString('base64url'), Buffer.from('other:3').toString('base64url')])(
    'rejects the cursor %p',
    async (after) => {
      const res = await postGraphQL(app.url, 'query($a: String) { search(text: "lab", after: $a) { totalCount } }', { a: after });
      expectBadInput(res, 'after');
    },
  );

  it('rejects search text with no words, or too long', async () => {
    expectBadInput(await postGraphQL(app.url, '{ search(text: "?!") { totalCount } }'), 'text');
    expectBadInput(await postGraphQL(app.url, `{ search(text: "${'a'.repeat(201)}") { totalCount } }`), 'text');
  });

  it('rejects an unknown search type as a validation error', async () => {
    const res = await postGraphQL(app.url, '{ search(text: "lab", types: [Nope]) { totalCount } }');
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('rejects a query nested deeper than the limit', async () => {
    const deep = 'advancesTo { nodes { '.repeat(7) + 'name' + ' } }'.repeat(7);
    const res = await postGraphQL(app.url, `{ node(id: "role:medical-laboratory-scientist") { ... on CareerRole { ${deep} } } }`);
    expect(res.status).toBe(400);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', limit: 12, setting: 'MAX_QUERY_DEPTH' });
    expect(res.errors?.[0].message).toMatch(/nests fields too deep: \d+ against a limit of 12 \(MAX_QUERY_DEPTH\)/);
  });

  it('answers malformed HTTP requests with 4xx, and keeps serving', async () => {
    const post = (body: string, type = 'application/json') => fetch(app.url, { method: 'POST', headers: { 'content-type': type }, body });
    expect((await post('{"query": ')).status).toBe(400);
    expect((await post('')).status).toBe(400);
    expect((await post('{"query": "{ occupation(code: "}')).status).toBe(400);
    expect((await post(JSON.stringify({ query: 'x'.repeat(2 << 20) }))).status).toBe(413);
    expect((await fetch(app.url.replace('/graphql', '/nowhere'))).status).toBe(404);
    // fetch would normalise `..` away before sending; node:http sends the path as written. The
    // server's URL parsing folds `..` and `%2e%2e` itself; an encoded slash survives it and
    // reaches the playground's asset allow-list, which must refuse it (as it refuses any name
    // it does not list: see the unit check below).
    for (const path of ['/playground/../../package.json', '/playground/%2e%2e/%2e%2e/package.json', '/playground/..%2f..%2fpackage.json']) {
      const { status, body } = await rawGet(app.url, path);
      expect([path, status]).toEqual([path, 404]);
      expect(body).not.toContain('"name": "careergraph"');
    }
    const health = await fetch(app.url.replace('/graphql', '/healthz'));
    expect(health.status).toBe(200);
    const res = await postGraphQL(app.url, '{ occupation(code: "29-2011") { code } }');
    expect(res.data.occupation.code).toBe('29-2011');
  });

  it('serves playground assets only from its allow-list, whatever the name', () => {
    for (const name of ['../../package.json', '..%2f..%2fpackage.json', '/etc/passwd', 'graphiql/../../../package.json']) {
      expect(playgroundAsset(name)).toBeNull();
    }
    expect(playgroundAsset('graphiql.min.css')).not.toBeNull();
  });

  it("exempts the playground's introspection query from the depth limit", async () => {
    const res = await postGraphQL(app.url, getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }));
    expect(res.errors).toBeUndefined();
    expect(res.data.__schema.queryType.name).toBe('Query');
  });

  it('says ready on /readyz for the embedded store', async () => {
    const res = await fetch(app.url.replace('/graphql', '/readyz'));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ready: true, store: 'memory' });
  });

  it('masks unexpected errors and logs them', async () => {
    const original = store.getNodes.bind(store);
    store.getNodes = async () => {
      throw new Error('secret internal detail');
    };
    try {
      const res = await postGraphQL(app.url, '{ node(id: "skill:ai-tools") { id } }');
      expect(res.errors?.[0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      expect(JSON.stringify(res)).not.toContain('secret');
      expect(app.logs.errors()).toEqual([expect.objectContaining({ err: expect.objectContaining({ message: 'secret internal detail' }) })]);
    } finally {
      store.getNodes = original;
    }
  });
});

/** GET `path` exactly as written (no URL normalisation), for path-traversal probes. */
function rawGet(url: string, path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    request({ hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res
        .setEncoding('utf8')
        .on('data', (chunk: string) => (body += chunk))
        .on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    })
      .on('error', reject)
      .end();
  });
}
