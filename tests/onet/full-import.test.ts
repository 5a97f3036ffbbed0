import { join } from 'node:path';
import { importOnet } from '../../src/ingest/onet/import-onet';
import type { OnetImportResult } from '../../src/ingest/onet/report';
import { keepStoredSearchWords } from '../../src/ingest/onet/stored-search';
import { MemoryStore } from '../../src/store/memory/memory.store';
import { loadSeedGraph } from '../../src/store/seed-graph';
import { sharedDataDir } from './fixtures';

jest.setTimeout(120000);

let onet27: OnetImportResult;
let skills293: OnetImportResult;
beforeAll(() => {
  const data = sharedDataDir();
  onet27 = importOnet(join(data, 'onet-27.0'));
  skills293 = importOnet(join(data, 'onet-29.3-skills-sample'), { release: '29.3' });
});

const expandOut = (store: MemoryStore, id: string, rel: 'RELATED_TO' | 'REQUIRES_SKILL' | 'HAS_TASK') =>
  store.expand([{ id, rel, direction: 'OUT', after: null, limit: 100 }]).then(([page]) => page);

describe('the O*NET 27.0 files', () => {
  it('load into a MemoryStore as exactly the GraphData produced, and again without change', async () => {
    const { graph, report } = onet27;
    expect(report.skippedTotal).toBe(0);
    const store = new MemoryStore();
    await store.load(graph);
    const counts = await store.counts();
    expect(counts).toEqual({ nodes: graph.nodes.length, edges: graph.edges.length, byLabel: report.byLabel, byType: report.byType });
    expect(counts.byLabel.Occupation).toBe(1016);

    await store.load(importOnet(join(sharedDataDir(), 'onet-27.0')).graph);
    expect(await store.counts()).toEqual(counts);
  });

  it('hold the facts the source files state', async () => {
    const store = new MemoryStore();
    await store.load(onet27.graph);
    const [mlt, managers] = await store.getNodes(['occupation:29-2011', 'occupation:11-9111']);
    expect(managers?.props.title).toBe('Medical and Health Services Managers');
    expect(mlt?.props).toMatchObject({ jobZone: 4, onetCode: '29-2011.00' });
    expect(mlt?.props.alternateTitles).toContain('Histotechnologist');
    expect(String(mlt?.props.searchText).split(' ')).toContain('histotechnologist');
    const related = await expandOut(store, 'occupation:29-2011', 'RELATED_TO');
    expect(related.total).toBe(20);
    expect(related.items[0]).toMatchObject({ node: { id: 'occupation:29-2011.04' }, edge: { tier: 'PRIMARY_SHORT', rank: 0 } });
    const search = await store.search({ words: ['histotechnologist'], labels: ['Occupation'], after: null, limit: 10 });
    expect(search.items.map((n) => n.id)).toContain('occupation:29-2011');
  });

  it('merge with the seed: one 29-2011 keeping its summary, one bachelor\'s degree at rank 6', async () => {
    const store = new MemoryStore();
    const seed = loadSeedGraph(join(__dirname, '..', '..', 'seeds'));
    await store.load(seed);
    await keepStoredSearchWords(onet27.graph, store);
    await store.load(onet27.graph);
    const [mlt, bachelors] = await store.getNodes(['occupation:29-2011', 'education-level:bachelors-degree']);
    expect(mlt?.props.summary).toEqual(seed.nodes.find((n) => n.id === 'occupation:29-2011')?.props.summary);
    expect(mlt?.props.codeSystem).toBe('SOC');
    expect(bachelors?.props).toMatchObject({ name: "Bachelor's degree", rank: 6 });
    expect((await store.counts()).byLabel.Occupation).toBe(1016);
  });
});

describe('the O*NET 29.3 Skills sample as a second import', () => {
  it('adds skill ratings without losing what 27.0 made searchable', async () => {
    const store = new MemoryStore();
    await store.load(onet27.graph);
    const before = await store.counts();
    await keepStoredSearchWords(skills293.graph, store);
    await store.load(skills293.graph);
    const after = await store.counts();

    expect(skills293.report.byType.REQUIRES_SKILL).toBe(2800);
    expect(after.byType.REQUIRES_SKILL).toBe(2800);
    expect(after.byLabel.Occupation).toBe(before.byLabel.Occupation);
    expect(after.byLabel.DataSource).toBe(2);
    const skills = await expandOut(store, 'occupation:29-2011', 'REQUIRES_SKILL');
    expect(skills.total).toBe(35);
    expect(skills.items[0].edge).toMatchObject({ rank: 1000, source: 'O*NET 29.3' });
    const [mlt] = await store.getNodes(['occupation:29-2011']);
    expect(mlt?.props).toMatchObject({ onetRelease: '27.0', onetDescription: expect.any(String) });
    expect(mlt?.props.alternateTitles).toContain('Histotechnologist');
    expect(String(mlt?.props.searchText).split(' ')).toContain('histotechnologist');
  });
});
