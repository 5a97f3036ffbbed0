import type { RunningApp } from '../../src/app';
import type { Neo4jStore } from '../../src/store/neo4j/neo4j.store';
import { FrozenProxy } from '../helpers/frozen-proxy';
import { describeNeo4j, neo4jSettings, openNeo4jStore } from '../helpers/neo4j';
import { postGraphQL, startTestServer, type GraphQLResponse } from '../helpers/server';
import { CONTROL_QUERY } from '../../bench/attacks';

const DEADLINE_MS = 2000;
const POOL = 2;
const CONNECT_MS = 1000;
/** Slack for answering once a deadline passes. */
const SLACK_MS = 700;

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

const code = (res: GraphQLResponse) => res.errors?.[0]?.extensions?.code;

/**
 * Neo4j stops answering: its Bolt connections go through a proxy process the test freezes
 * with SIGSTOP (to the driver exactly a frozen Neo4j: sockets open, no bytes back), so the
 * Neo4j the other suites share keeps running. A 2 s deadline, a pool of 2.
 */
describeNeo4j('Neo4j frozen (SIGSTOP) and a full pool', () => {
  const proxy = new FrozenProxy(Number(new URL(neo4jSettings().uri).port || 7687));
  let store: Neo4jStore;
  let app: RunningApp;
  const readyz = () =>
    timed(async () => {
      const res = await fetch(app.url.replace('/graphql', '/readyz'));
      return { status: res.status, body: await res.text() };
    });

  beforeAll(async () => {
    await proxy.start();
    store = openNeo4jStore({ uri: `bolt://127.0.0.1:${proxy.port}`, maxPoolSize: POOL, connectionTimeoutMs: CONNECT_MS });
    app = await startTestServer(store, { limits: { requestDeadlineMs: DEADLINE_MS } });
  });
  afterAll(async () => {
    proxy.thaw();
    await app?.close();
    await store?.close();
    await proxy.stop();
  });
  afterEach(() => proxy.thaw());

  async function recovered(): Promise<void> {
    let res = await postGraphQL(app.url, CONTROL_QUERY);
    for (let i = 0; i < 40 && res.errors; i++) {
      await new Promise((r) => setTimeout(r, 250));
      res = await postGraphQL(app.url, CONTROL_QUERY);
    }
    expect(res.errors).toBeUndefined();
    expect(res.data.occupation.code).toBe('29-2011');
  }

  it('answers before freezing', async () => {
    await recovered();
    expect((await readyz()).value.status).toBe(200);
  });

  it('fails requests with DEADLINE_EXCEEDED at their deadline while Neo4j is frozen, and /readyz within a second', async () => {
    proxy.freeze();
    const { value: res, ms } = await timed(() => postGraphQL(app.url, CONTROL_QUERY));
    expect(code(res)).toBe('DEADLINE_EXCEEDED');
    expect(res.errors?.[0].message).toMatch(/ran past its 2000 ms budget|read-/);
    expect(ms).toBeGreaterThanOrEqual(DEADLINE_MS - 50);
    expect(ms).toBeLessThan(DEADLINE_MS + SLACK_MS);

    const ready = await readyz();
    expect(ready.ms).toBeLessThan(1000 + SLACK_MS);
    expect(ready.value.status).toBe(503);
    expect(JSON.parse(ready.value.body)).toMatchObject({
      ready: false,
      store: 'neo4j',
      detail: expect.stringMatching(/^Neo4j \(NEO4J_URI\) (does not answer within 1000 ms|cannot be reached)/),
    });
    expect(ready.value.body).not.toMatch(/bolt|127\.0\.0\.1|:\d{4,5}/);
  });

  it('recovers without a restart once Neo4j answers again', async () => {
    proxy.thaw();
    await recovered();
    expect((await readyz()).value.status).toBe(200);
  });

  it('answers SERVICE_UNAVAILABLE, not an internal error, when every connection is taken', async () => {
    await recovered();
    proxy.freeze();
    // Two requests take both connections and hang on the frozen Neo4j ...
    const hanging = Array.from({ length: POOL }, () => timed(() => postGraphQL(app.url, CONTROL_QUERY)));
    await new Promise((r) => setTimeout(r, 200));
    // ... so a third waits for one up to NEO4J_CONNECT_TIMEOUT_MS, then is told to retry.
    const { value: third, ms } = await timed(() => postGraphQL(app.url, CONTROL_QUERY));
    expect(code(third)).toBe('SERVICE_UNAVAILABLE');
    expect(third.errors?.[0].message).toMatch(/all 2 Neo4j connections are busy \(NEO4J_MAX_POOL_SIZE\); retry shortly/);
    expect(ms).toBeGreaterThanOrEqual(CONNECT_MS - 50);
    expect(ms).toBeLessThan(CONNECT_MS + SLACK_MS);
    for (const { value, ms: took } of await Promise.all(hanging)) {
      expect(code(value)).toBe('DEADLINE_EXCEEDED');
      expect(took).toBeLessThan(DEADLINE_MS + SLACK_MS);
    }
    proxy.thaw();
    await recovered();
  });
});
