import type { RunningApp } from '../../src/app';
import type { GraphStore } from '../../src/store/graph-store';
import { describeNeo4j, openNeo4jStore } from '../helpers/neo4j';
import { EXAMPLES_DIR, postGraphQL, seededMemoryStore, startTestServer } from '../helpers/server';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Both stores give the same answer to every example, byte for byte (#3): same data, same order. */
describeNeo4j('Neo4j and in-memory answers are identical', () => {
  const stores: GraphStore[] = [];
  const apps: RunningApp[] = [];
  beforeAll(async () => {
    stores.push(await seededMemoryStore(), openNeo4jStore());
    for (const s of stores) apps.push(await startTestServer(s));
  });
  afterAll(async () => {
    for (const a of apps) await a.close();
    for (const s of stores) await s.close();
  });

  const examples = readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith('.graphql'));
  it.each(examples)('%s', async (file) => {
    const query = readFileSync(join(EXAMPLES_DIR, file), 'utf8');
    const [memory, neo4j] = await Promise.all(apps.map((a) => postGraphQL(a.url, query)));
    expect(memory.errors).toBeUndefined();
    expect(JSON.stringify(neo4j)).toBe(JSON.stringify(memory));
  });
});
