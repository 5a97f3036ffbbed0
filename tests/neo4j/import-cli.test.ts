import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describeNeo4j, openNeo4jStore } from '../helpers/neo4j';

const ROOT = join(__dirname, '..', '..');
const DATA = join(ROOT, 'seeds', 'data');

function importCommand(args: string[], env: NodeJS.ProcessEnv = process.env) {
  return spawnSync(join(ROOT, 'node_modules', '.bin', 'ts-node'), ['--transpile-only', join(ROOT, 'src', 'cli', 'import.ts'), ...args], {
    env,
    encoding: 'utf8',
    timeout: 240000,
  });
}

/**
 * `npm run import` (#5, #10) into the test database, which global setup filled with seeds/
 * (what these imports derive): the counts must not change, and an older release is refused.
 */
describeNeo4j('npm run import into Neo4j', () => {
  it('loads BLS wages over the seeded database with progress, changing no count (idempotent)', async () => {
    const store = openNeo4jStore();
    try {
      const before = await store.counts();
      const run = importCommand(['bls-oews', join(DATA, 'bls-oews-2021'), '--store', 'neo4j']);
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/read national_M2021_dl\.csv: 1403 rows in \d+ ms/);
      expect(run.stdout).toMatch(/load edges \d+\/\d+ \([\d,]+ edges\/s\)/);
      expect(run.stdout).toMatch(/BLS OEWS: no other release to replace/);
      expect(await store.counts()).toEqual(before);
    } finally {
      await store.close();
    }
  }, 300000);

  it('refuses O*NET 27.0 over the 29.3 the database holds, writing nothing, unless --allow-older', async () => {
    const store = openNeo4jStore();
    try {
      const before = await store.counts();
      const run = importCommand(['onet', join(DATA, 'onet-27.0'), '--store', 'neo4j']);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/holds onet release 29\.3, newer than 27\.0; .*--allow-older.*Nothing was written/);
      expect(await store.counts()).toEqual(before);
    } finally {
      await store.close();
    }
  }, 300000);

  it('names the data set it does not know, with the usage', () => {
    const run = importCommand(['onet2', 'x']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/unknown data set "onet2": one of onet, bls-oews, bls-ep, ai-exposure, national/);
    expect(run.stderr).toMatch(/usage: npm run import/);
  }, 120000);
});
