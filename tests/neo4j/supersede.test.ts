import { join } from 'node:path';
import { importOnet } from '../../src/ingest/onet/import-onet';
import type { OnetImportResult } from '../../src/ingest/onet/report';
import { loadDerivedInto, loadSeedGraph } from '../../src/ingest/seed/seed-graph';
import type { GraphData } from '../../src/model/graph';
import type { GraphStore } from '../../src/store/graph-store';
import { MemoryStore } from '../../src/store/memory/memory.store';
import type { Neo4jStore } from '../../src/store/neo4j/neo4j.store';
import { DATA_DIR } from '../helpers/raw-data';
import { describeNeo4j, openNeo4jStore } from '../helpers/neo4j';
import { SEEDS_DIR } from '../helpers/server';

/** The healthcare occupations (29-) of an import and what hangs off them: a small, real release. */
function healthcare(result: OnetImportResult): OnetImportResult {
  const keep = (id: string) => !id.startsWith('occupation:') || id.startsWith('occupation:29-');
  const edges = result.graph.edges.filter((e) => keep(e.from) && keep(e.to));
  const linked = new Set(edges.flatMap((e) => [e.from, e.to]));
  const graph: GraphData = { nodes: result.graph.nodes.filter((n) => linked.has(n.id) || n.label === 'DataSource'), edges };
  return { ...result, graph };
}

/** Both stores' contents as canonical strings by id: they agree when the maps are equal. */
async function contents(store: GraphStore): Promise<Map<string, string>> {
  const canon = (o: unknown) =>
    JSON.stringify(o, (_k, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort()) : v));
  const out = new Map<string, string>();
  for (const n of await store.exportNodes({ after: null, limit: 100000 })) out.set(n.id, canon(n));
  for (const e of await store.exportEdges({ after: null, limit: 100000 })) out.set(`${e.type}|${e.from}|${e.to}`, canon(e));
  return out;
}

/**
 * A newer release replaces an older one's facts on Neo4j exactly as in memory (#10): the
 * same loads and supersessions leave both stores with the same graph. The test database is
 * emptied for it and given back its seed afterwards.
 */
describeNeo4j('supersession on Neo4j', () => {
  let neo4j: Neo4jStore;
  beforeAll(async () => {
    neo4j = openNeo4jStore();
    await neo4j.clear();
  }, 120000);
  afterAll(async () => {
    await neo4j.clear();
    await loadDerivedInto(neo4j, loadSeedGraph(SEEDS_DIR));
    await neo4j.close();
  }, 300000);

  it('27.0 then 29.3 gives the graph memory gives, with the same reports, and re-running changes nothing', async () => {
    const old = healthcare(importOnet(join(DATA_DIR, 'onet-27.0')));
    const current = healthcare(importOnet(join(DATA_DIR, 'onet-29.3')));
    const memory = new MemoryStore();
    const reports: Record<string, unknown[]> = { memory: [], neo4j: [] };
    for (const [name, store] of [
      ['memory', memory],
      ['neo4j', neo4j],
    ] as const) {
      for (const release of [old, current, current]) {
        await store.load(release.graph);
        reports[name].push(await store.supersede(release.supersession));
      }
    }
    expect(reports.neo4j).toEqual(reports.memory);
    expect((reports.memory[1] as { replaced: string[] }).replaced).toEqual(['27.0']);
    expect((reports.memory[1] as { nodesDeleted: number }).nodesDeleted).toBeGreaterThan(0);
    const [a, b] = [await contents(neo4j), await contents(memory)];
    const differing = [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k));
    expect(differing.slice(0, 10)).toEqual([]);
    expect([...a.keys()].some((k) => k.includes('source:onet-27-0'))).toBe(false);
  }, 300000);

  it('clears a property group a superseded release wrote on nodes it does not own', async () => {
    const tagged: GraphData = {
      nodes: [
        { id: 'source:test-1', label: 'DataSource', props: { name: 'T1', dataset: 'test', release: '1', covers: ['labels'] } },
        { id: 'source:test-2', label: 'DataSource', props: { name: 'T2', dataset: 'test', release: '2', covers: ['labels'] } },
        {
          id: 'occupation:29-2011',
          label: 'Occupation',
          props: { title: 'Medical and Clinical Laboratory Technologists', testLabel: 'old', testTag: 'source:test-1' },
        },
      ],
      edges: [],
    };
    for (const store of [neo4j, new MemoryStore()]) {
      await store.load(tagged);
      const report = await store.supersede({
        dataset: 'test',
        release: '2',
        sourceId: 'source:test-2',
        facets: ['labels'],
        propertyGroups: [{ tag: 'testTag', keys: ['testLabel'] }],
      });
      expect(report).toMatchObject({ replaced: ['1'], propertyGroupsCleared: 1, sourcesDeleted: 1 });
      const [node] = await store.getNodes(['occupation:29-2011']);
      expect(node?.props).not.toHaveProperty('testLabel');
      expect(node?.props).not.toHaveProperty('testTag');
      expect(node?.props.title).toBeDefined();
    }
  }, 120000);
});
