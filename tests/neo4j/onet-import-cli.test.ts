import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { importOnet } from '../../src/ingest/onet/import-onet';
import { MemoryStore } from '../../src/store/memory/memory.store';
import { describeNeo4j, openNeo4jStore } from '../helpers/neo4j';
import { sharedDataDir } from '../onet/fixtures';

const ROOT = join(__dirname, '..', '..');

/**
 * `npm run import:onet` loads the whole onet-27.0 folder into Neo4j (#5): the test database
 * already holds the seeds (which include what this import derives), so the import must leave
 * its counts unchanged, and the same import into memory gives the importer's own counts.
 */
describeNeo4j('O*NET import into both stores', () => {
  const dir = join(sharedDataDir(), 'onet-27.0');

  it('into memory: every node and edge the importer derives', async () => {
    const { graph } = importOnet(dir);
    const memory = new MemoryStore();
    await memory.load(graph);
    const counts = await memory.counts();
    expect(counts.nodes).toBe(graph.nodes.length);
    expect(counts.edges).toBe(graph.edges.length);
    expect(counts.byLabel.Occupation).toBe(1016);
  });

  it('into Neo4j through the command: progress per file and batch, and the same counts as before', async () => {
    const store = openNeo4jStore();
    try {
      const before = await store.counts();
      const run = spawnSync(join(ROOT, 'node_modules', '.bin', 'ts-node'), ['--transpile-only', join(ROOT, 'src', 'cli', 'import-onet.ts'), dir, '--store', 'neo4j'], {
        env: process.env, encoding: 'utf8', timeout: 240000,
      });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/read Occupation Data\.txt: 1016 rows in \d+ ms \([\d,]+ rows\/s\)/);
      expect(run.stdout).toMatch(/load edges \d+\/\d+ \([\d,]+ edges\/s\)/);
      expect(await store.counts()).toEqual(before);
    } finally {
      await store.close();
    }
  }, 300000);
});
