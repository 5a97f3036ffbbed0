import type { RunningApp } from '../../src/app';
import type { GraphStore } from '../../src/store/graph-store';
import { describeNeo4j, neo4jSettings, openNeo4jStore } from '../helpers/neo4j';
import { EXAMPLES_DIR, postGraphQL, seededMemoryStore, startTestServer } from '../helpers/server';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Both stores give the same answer to every example, byte for byte (#3): same data, same
 * order. Neo4j is asked twice: over bolt:// and over a neo4j:// routing URI (as for a cluster).
 */
describeNeo4j('Neo4j and in-memory answers are identical', () => {
  const stores: GraphStore[] = [];
  const apps: RunningApp[] = [];
  beforeAll(async () => {
    const routing = neo4jSettings().uri.replace(/^bolt/, 'neo4j');
    stores.push(await seededMemoryStore(), openNeo4jStore(), openNeo4jStore({ uri: routing }));
    for (const s of stores) apps.push(await startTestServer(s));
  });
  afterAll(async () => {
    for (const a of apps) await a.close();
    for (const s of stores) await s.close();
  });

  const examples = readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith('.graphql'));
  it.each(examples)('%s', async (file) => {
    const query = readFileSync(join(EXAMPLES_DIR, file), 'utf8');
    const [memory, bolt, routed] = await Promise.all(apps.map((a) => postGraphQL(a.url, query)));
    expect(memory.errors).toBeUndefined();
    expect(JSON.stringify(bolt)).toBe(JSON.stringify(memory));
    expect(JSON.stringify(routed)).toBe(JSON.stringify(memory));
  });
});
