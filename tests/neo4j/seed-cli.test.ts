import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { loadSeedGraph } from '../../src/ingest/seed/seed-graph';
import { describeNeo4j, openNeo4jStore } from '../helpers/neo4j';
import { SEEDS_DIR } from '../helpers/server';

const ROOT = join(__dirname, '..', '..');

/** `npm run seed` is idempotent (#3): twice leaves the same node and relationship counts. */
describeNeo4j('seed command', () => {
  const seed = () =>
    spawnSync(join(ROOT, 'node_modules', '.bin', 'ts-node'), ['--transpile-only', join(ROOT, 'src', 'cli', 'seed.ts')], {
      env: process.env,
      encoding: 'utf8',
      timeout: 120000,
    });

  it('loads seeds/ and, run twice, leaves the same counts', async () => {
    const graph = loadSeedGraph(SEEDS_DIR);
    const store = openNeo4jStore();
    try {
      const first = seed();
      expect(first.status).toBe(0);
      expect(first.stdout).toMatch(/seed: nodes \d+\/\d+/);
      const afterFirst = await store.counts();
      const second = seed();
      expect(second.status).toBe(0);
      expect(await store.counts()).toEqual(afterFirst);
      expect(afterFirst.nodes).toBe(graph.nodes.length);
      expect(afterFirst.edges).toBe(graph.edges.length);
    } finally {
      await store.close();
    }
  }, 240000);

  it('fails with the setting to fix when Neo4j rejects the credentials', () => {
    const res = spawnSync(join(ROOT, 'node_modules', '.bin', 'ts-node'), ['--transpile-only', join(ROOT, 'src', 'cli', 'seed.ts')], {
      env: { ...process.env, NEO4J_USER: 'careergraph-wrong-user', NEO4J_PASSWORD: 'x' },
      encoding: 'utf8',
      timeout: 120000,
    });
    expect(res.status).toBe(1);
    expect(res.stderr).toMatch(/seed: failed: NEO4J_USER\/NEO4J_PASSWORD/);
  }, 120000);
});
