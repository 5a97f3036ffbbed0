import { LabelCap } from '../../src/server/observability/label-cap';
import type { Neo4jStore } from '../../src/store/neo4j/neo4j.store';
import { describeNeo4j, openNeo4jStore } from '../helpers/neo4j';
import { postGraphQL, seededMemoryStore, startTestServer, type TestApp } from '../helpers/server';

/** One sample of the exposition: `name{label="value",...}` exactly as written (labels in any order). */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const have = match[2] ? match[2].split(/,(?=[a-zA-Z_]+=")/) : [];
    if (wanted.length === have.length && wanted.every((w) => have.includes(w))) return Number(match[3]);
  }
  return 0;
}

async function scrape(app: TestApp): Promise<string> {
  const res = await fetch(app.url.replace('/graphql', '/metrics'));
  expect(res.status).toBe(200);
  return res.text();
}

const named = (name: string, body: string) => `query ${name} ${body}`;

/** Prometheus metrics on /metrics (#12): requests, errors, cost and store calls move as requests are served. */
describe('/metrics', () => {
  let app: TestApp;
  let other: TestApp;
  beforeAll(async () => {
    const store = await seededMemoryStore();
    [app, other] = await Promise.all([startTestServer(store), startTestServer(store)]);
  });
  afterAll(async () => {
    await Promise.all([app?.close(), other?.close()]);
  });

  it('serves the Prometheus text format, process metrics included', async () => {
    const res = await fetch(app.url.replace('/graphql', '/metrics'));
    expect(res.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
    const text = await res.text();
    expect(text).toMatch(/^# HELP process_cpu_user_seconds_total /m);
    expect(text).toMatch(/^nodejs_heap_size_used_bytes \d/m);
    expect(text).toMatch(/^# TYPE careergraph_graphql_request_duration_seconds histogram$/m);
  });

  it('counts a request and its latency by operation name and outcome, and its estimated cost', async () => {
    const op = { operation: 'OccupationTitle', outcome: 'ok' };
    const before = await scrape(app);
    const res = await postGraphQL(app.url, named('OccupationTitle', '{ occupation(code: "29-2011") { title } }'));
    expect(res.errors).toBeUndefined();
    const after = await scrape(app);
    expect(sample(after, 'careergraph_graphql_request_duration_seconds_count', op)).toBe(
      sample(before, 'careergraph_graphql_request_duration_seconds_count', op) + 1,
    );
    expect(sample(after, 'careergraph_graphql_request_duration_seconds_sum', op)).toBeGreaterThan(
      sample(before, 'careergraph_graphql_request_duration_seconds_sum', op),
    );
    expect(sample(after, 'careergraph_graphql_request_duration_seconds_bucket', { ...op, le: '+Inf' })).toBe(
      sample(after, 'careergraph_graphql_request_duration_seconds_count', op),
    );
    const cost = { operation: 'OccupationTitle' };
    expect(sample(after, 'careergraph_graphql_operation_cost_count', cost)).toBe(sample(before, 'careergraph_graphql_operation_cost_count', cost) + 1);
    const { data } = await postGraphQL(app.url, '{ __typename }');
    expect(data).toEqual({ __typename: 'Query' });
    expect(sample(await scrape(app), 'careergraph_graphql_requests_in_flight')).toBe(0);
  });

  it('times store calls by method for the embedded store', async () => {
    const search = { store: 'memory', method: 'search', outcome: 'ok' };
    const before = sample(await scrape(app), 'careergraph_store_call_duration_seconds_count', search);
    const res = await postGraphQL(app.url, named('Search', '{ search(text: "mass spec", first: 3) { totalCount } }'));
    expect(res.errors).toBeUndefined();
    const after = await scrape(app);
    expect(sample(after, 'careergraph_store_call_duration_seconds_count', search)).toBe(before + 1);
    expect(sample(after, 'careergraph_store_call_duration_seconds_sum', search)).toBeGreaterThan(0);
    expect(after).not.toMatch(/careergraph_neo4j_/);
  });

  it('counts errors by code, and the request as an error', async () => {
    const before = await scrape(app);
    const invalid = await postGraphQL(app.url, '{ occupation(code: "29-2011") { noSuchField } }');
    expect(invalid.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    // Refused by the HTTP layer's preflight, before Apollo: counted all the same.
    const tooDeep = await postGraphQL(app.url, '{ __schema { types { fields { type { fields { name } } } } } }');
    expect(tooDeep.errors?.[0].extensions?.code).toBe('INTROSPECTION_TOO_DEEP');
    const after = await scrape(app);
    for (const code of ['GRAPHQL_VALIDATION_FAILED', 'INTROSPECTION_TOO_DEEP']) {
      expect(sample(after, 'careergraph_graphql_errors_total', { code })).toBe(sample(before, 'careergraph_graphql_errors_total', { code }) + 1);
    }
    const anonymousErrors = { operation: 'anonymous', outcome: 'error' };
    expect(sample(after, 'careergraph_graphql_request_duration_seconds_count', anonymousErrors)).toBe(
      sample(before, 'careergraph_graphql_request_duration_seconds_count', anonymousErrors) + 2,
    );
  });

  it('labels operation names that are not GraphQL names as "other"', async () => {
    const before = sample(await scrape(app), 'careergraph_graphql_request_duration_seconds_count', { operation: 'other', outcome: 'error' });
    const res = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }', operationName: 'no such "name"' }),
    });
    expect(res.status).toBe(400);
    const after = await scrape(app);
    expect(sample(after, 'careergraph_graphql_request_duration_seconds_count', { operation: 'other', outcome: 'error' })).toBe(before + 1);
    expect(after).not.toContain('no such');
  });

  it("keeps each server's metrics apart (a registry of its own)", async () => {
    const op = { operation: 'OnlyOnOne', outcome: 'ok' };
    await postGraphQL(app.url, named('OnlyOnOne', '{ __typename }'));
    expect(sample(await scrape(app), 'careergraph_graphql_request_duration_seconds_count', op)).toBe(1);
    expect(sample(await scrape(other), 'careergraph_graphql_request_duration_seconds_count', op)).toBe(0);
  });

  it('is not served when METRICS_ENABLED=false', async () => {
    const off = await startTestServer(await seededMemoryStore(), { observability: { metricsEnabled: false } });
    try {
      const res = await fetch(off.url.replace('/graphql', '/metrics'));
      expect(res.status).toBe(404);
      expect((await postGraphQL(off.url, '{ __typename }')).data).toEqual({ __typename: 'Query' });
    } finally {
      await off.close();
    }
  });
});

describe('operation-name labels', () => {
  it('admits the first N distinct GraphQL names, then counts the rest as "other"; anonymous stays apart', () => {
    const cap = new LabelCap(3);
    expect(['A', 'B', 'C', 'D', 'A', 'C'].map((n) => cap.label(n))).toEqual(['A', 'B', 'C', 'other', 'A', 'C']);
    expect(cap.label(undefined)).toBe('anonymous');
    expect(cap.label(null)).toBe('anonymous');
    expect(new LabelCap(10).label('x'.repeat(65))).toBe('other');
    expect(new LabelCap(10).label('x'.repeat(64))).toBe('x'.repeat(64));
    expect(new LabelCap(10).label('1abc')).toBe('other');
  });
});

describeNeo4j('/metrics on Neo4j', () => {
  let store: Neo4jStore;
  let app: TestApp;
  beforeAll(async () => {
    store = openNeo4jStore();
    app = await startTestServer(store);
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });

  it('times statements by their cypher/ name and shows the connection pool', async () => {
    const statement = { statement: 'read-search', outcome: 'ok' };
    const before = sample(await scrape(app), 'careergraph_neo4j_statement_duration_seconds_count', statement);
    const res = await postGraphQL(app.url, '{ search(text: "mass spec", first: 3) { totalCount } }');
    expect(res.errors).toBeUndefined();
    const after = await scrape(app);
    expect(sample(after, 'careergraph_neo4j_statement_duration_seconds_count', statement)).toBe(before + 1);
    expect(sample(after, 'careergraph_store_call_duration_seconds_count', { store: 'neo4j', method: 'search', outcome: 'ok' })).toBeGreaterThanOrEqual(1);
    expect(sample(after, 'careergraph_neo4j_connections_in_use')).toBe(0);
    expect(sample(after, 'careergraph_neo4j_connections_max')).toBe(store.connections.max);
  });
});
