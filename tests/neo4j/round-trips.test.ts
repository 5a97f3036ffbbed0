import type { RunningApp } from '../../src/app';
import type { Neo4jStore } from '../../src/store/neo4j/neo4j.store';
import { describeNeo4j, openNeo4jStore } from '../helpers/neo4j';
import { example, postGraphQL, startTestServer } from '../helpers/server';

/** No N+1 (#3): the full profile costs a fixed number of round trips, whatever the list sizes. */
describeNeo4j('Cypher round trips per request', () => {
  let store: Neo4jStore;
  let app: RunningApp;
  beforeAll(async () => {
    store = openNeo4jStore();
    app = await startTestServer(store);
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  const roundTrips = async (query: string) => {
    store.sent.clear();
    const res = await postGraphQL(app.url, query);
    expect(res.errors).toBeUndefined();
    return [...store.sent.values()].reduce((a, b) => a + b, 0);
  };

  it('is one per level of nesting for the full-profile example, not one per item', async () => {
    const full = example('full-profile');
    const all = await roundTrips(full);
    // The same shape with every list cut to one item sends exactly as many queries.
    const one = await roundTrips(full.replace(/first: \d+/g, 'first: 1').replace(/(\w+) \{ (nodes|edges)/g, '$1(first: 1) { $2'));
    expect(all).toBe(one);
    // occupation → lists → their nested lists → deeper lists: at most a handful of levels.
    expect(all).toBeLessThanOrEqual(6);
  });
});
