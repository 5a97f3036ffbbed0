import type { RunningApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { ConfigError } from '../../src/shared/errors';
import { createStore } from '../../src/create-store';
import type { GraphStore } from '../../src/store/graph-store';
import { describeNeo4j, neo4jSettings } from '../helpers/neo4j';
import { postGraphQL, startTestServer } from '../helpers/server';
import { TcpProxy } from '../helpers/tcp-proxy';

const QUERY = '{ occupation(code: "29-2011") { title } }';

/** Neo4j down at start, back later, and bad settings (#3). */
describeNeo4j('Neo4j faults and bad settings', () => {
  const target = Number(new URL(neo4jSettings().uri).port || 7687);
  const configFor = (env: Record<string, string>) => loadConfig({ ...process.env, GRAPH_STORE: 'neo4j', NEO4J_CONNECT_TIMEOUT_MS: '1000', ...env });

  describe('when Neo4j is down at start and comes back', () => {
    const proxy = new TcpProxy(target);
    let store: GraphStore;
    let app: RunningApp;
    const warnings: string[] = [];
    beforeAll(async () => {
      await proxy.up();
      const port = proxy.port;
      await proxy.down();
      store = await createStore(configFor({ NEO4J_URI: `bolt://127.0.0.1:${port}` }), (line) => warnings.push(line));
      app = await startTestServer(store);
    });
    afterAll(async () => {
      await app.close();
      await store.close();
      await proxy.down();
    });

    it('starts anyway, says why, and is not ready', async () => {
      // Refused at once, or (on a loaded machine) past the probe's 1 s: either way it names the
      // setting, never the address (/readyz shows the detail to anyone).
      expect(warnings.join('\n')).toMatch(/NEO4J_URI\) (cannot be reached|does not answer)/);
      const ready = await fetch(app.url.replace('/graphql', '/readyz'));
      expect(ready.status).toBe(503);
      const body = (await ready.json()) as { detail: string };
      expect(body).toMatchObject({ ready: false, store: 'neo4j', detail: expect.stringContaining('NEO4J_URI') });
      expect(body.detail).not.toContain('127.0.0.1');
      expect((await fetch(app.url.replace('/graphql', '/healthz'))).status).toBe(200);
    });

    it('fails queries fast with SERVICE_UNAVAILABLE instead of hanging', async () => {
      const started = Date.now();
      const res = await postGraphQL(app.url, QUERY);
      expect(res.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
      // Behaviour, not a speed target: the driver must not retry for its default 30 s.
      expect(Date.now() - started).toBeLessThan(10000);
    });

    it('recovers without a restart once Neo4j answers again', async () => {
      await proxy.up();
      let res = await postGraphQL(app.url, QUERY);
      for (let i = 0; i < 20 && res.errors; i++) {
        await new Promise((r) => setTimeout(r, 250));
        res = await postGraphQL(app.url, QUERY);
      }
      expect(res.errors).toBeUndefined();
      expect(res.data.occupation.title).toBe('Medical and Clinical Laboratory Technologists');
      expect((await fetch(app.url.replace('/graphql', '/readyz'))).status).toBe(200);
    });
  });

  it('refuses to start with wrong credentials, naming the settings', async () => {
    // Another user name, so Neo4j's lock-out after failed logins spares the real one.
    const config = configFor({ NEO4J_USER: 'careergraph-wrong-user', NEO4J_PASSWORD: 'wrong' });
    await expect(createStore(config, () => undefined)).rejects.toThrow(ConfigError);
    await expect(createStore(config, () => undefined)).rejects.toThrow(/NEO4J_USER\/NEO4J_PASSWORD/);
  });

  it('refuses to start with a database that does not exist, naming NEO4J_DATABASE', async () => {
    await expect(createStore(configFor({ NEO4J_DATABASE: 'nosuchdb' }), () => undefined)).rejects.toThrow(/NEO4J_DATABASE/);
  });
});
