import { join } from 'node:path';
import { importOnet } from '../../src/ingest/onet/import-onet';
import type { OnetImportResult } from '../../src/ingest/onet/report';
import type { GraphData } from '../../src/model/graph';
import { MemoryStore } from '../../src/store/memory/memory.store';
import { DATA_DIR, occupationCodeOf, rawTsv, sample } from '../helpers/raw-data';

jest.setTimeout(120000);

let onet29: OnetImportResult;
let onet27: OnetImportResult;
beforeAll(() => {
  onet29 = importOnet(join(DATA_DIR, 'onet-29.3'));
  onet27 = importOnet(join(DATA_DIR, 'onet-27.0'));
});

async function storeWith(...imports: OnetImportResult[]): Promise<MemoryStore> {
  const store = new MemoryStore();
  for (const i of imports) {
    await store.load(i.graph);
    await store.supersede(i.supersession);
  }
  return store;
}

/** Every node and edge a store holds, each as a canonical string keyed by its id. */
async function contents(store: MemoryStore): Promise<Map<string, string>> {
  const canon = (o: unknown): string =>
    JSON.stringify(o, (_k, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort()) : v));
  const out = new Map<string, string>();
  for (const n of await store.exportNodes({ after: null, limit: 1e6 })) out.set(n.id, canon(n));
  for (const e of await store.exportEdges({ after: null, limit: 1e6 })) out.set(`${e.type}|${e.from}|${e.to}`, canon(e));
  return out;
}

/** Keys whose contents differ between two stores (empty when they hold the same graph). */
function differences(a: Map<string, string>, b: Map<string, string>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].filter((k) => a.get(k) !== b.get(k)).slice(0, 20);
}

const edgesOf = (r: OnetImportResult, type: string, from: string) => r.graph.edges.filter((e) => e.type === type && e.from === from);
const num = (cell: string) => Number(cell);

describe('O*NET 29.3, the main release (#10)', () => {
  it('loads into a MemoryStore as exactly the GraphData produced, and again without change', async () => {
    const { graph, report } = onet29;
    expect(report.skippedTotal).toBe(0);
    const store = await storeWith(onet29);
    const counts = await store.counts();
    expect(counts).toEqual({ nodes: graph.nodes.length, edges: graph.edges.length, byLabel: report.byLabel, byType: report.byType });
    expect(counts.byLabel.Occupation).toBe(1016);
    await store.load(importOnet(join(DATA_DIR, 'onet-29.3')).graph);
    expect(await store.counts()).toEqual(counts);
  });

  it('rates skills and knowledge as the source rows do, flags included, for a sample of occupations', () => {
    const rows = [...rawTsv('onet-29.3', 'Skills.txt'), ...rawTsv('onet-29.3', 'Knowledge.txt')];
    const codes = sample([...new Set(rows.map((r) => r['O*NET-SOC Code']))].sort(), 30);
    for (const code of codes) {
      const expected = new Map<string, Record<string, unknown>>();
      for (const r of rows.filter((x) => x['O*NET-SOC Code'] === code)) {
        const id = `skill:onet-${r['Element ID'].toLowerCase().replace(/\./g, '-')}`;
        const e = expected.get(id) ?? {};
        if (r['Scale ID'] === 'IM') Object.assign(e, { importance: num(r['Data Value']), suppressed: r['Recommend Suppress'] === 'Y' });
        else Object.assign(e, { level: num(r['Data Value']), levelSuppressed: r['Recommend Suppress'] === 'Y', notRelevant: r['Not Relevant'] === 'Y' });
        expected.set(id, e);
      }
      const actual = edgesOf(onet29, 'REQUIRES_SKILL', `occupation:${occupationCodeOf(code)}`);
      expect(actual).toHaveLength(expected.size);
      for (const edge of actual) {
        const { importance, level, suppressed, levelSuppressed, notRelevant } = edge.props;
        expect({ importance, level, suppressed: suppressed === true, levelSuppressed: levelSuppressed === true, notRelevant: notRelevant === true }).toEqual(
          expected.get(edge.to),
        );
      }
    }
  });

  it('gives work styles as the traits an occupation suits, interests with the high-point code, and ETE shares, as the source rows do', () => {
    const styles = rawTsv('onet-29.3', 'Work Styles.txt');
    const interests = rawTsv('onet-29.3', 'Interests.txt');
    const ete = rawTsv('onet-29.3', 'Education, Training, and Experience.txt');
    const riasec = ['Realistic', 'Investigative', 'Artistic', 'Social', 'Enterprising', 'Conventional'];
    for (const code of sample([...new Set(styles.map((r) => r['O*NET-SOC Code']))].sort(), 25)) {
      const id = `occupation:${occupationCodeOf(code)}`;
      const suits = edgesOf(onet29, 'SUITS', id);
      const mine = styles.filter((r) => r['O*NET-SOC Code'] === code);
      expect(suits.map((e) => [e.to, e.props.importance]).sort()).toEqual(
        mine.map((r) => [`trait:onet-${r['Element ID'].toLowerCase().replace(/\./g, '-')}`, num(r['Data Value'])]).sort(),
      );
      const scores = interests.filter((r) => r['O*NET-SOC Code'] === code && r['Scale ID'] === 'OI');
      expect(
        edgesOf(onet29, 'HAS_INTEREST', id)
          .map((e) => [e.to, e.props.score])
          .sort(),
      ).toEqual(scores.map((r) => [`interest:${r['Element Name'].toLowerCase()}`, num(r['Data Value'])]).sort());
      const highPoints = interests
        .filter((r) => r['O*NET-SOC Code'] === code && r['Scale ID'] === 'IH')
        .sort((a, b) => (a['Element ID'] < b['Element ID'] ? -1 : 1))
        .map((r) => num(r['Data Value']))
        .filter((n) => n > 0)
        .map((n) => riasec[n - 1][0])
        .join('');
      expect(onet29.graph.nodes.find((n) => n.id === id)?.props.interestCode ?? '').toBe(highPoints);
      const experience = ete.filter((r) => r['O*NET-SOC Code'] === code && r['Scale ID'] === 'RW' && num(r['Data Value']) > 0);
      expect(
        edgesOf(onet29, 'REQUIRES_EXPERIENCE', id)
          .map((e) => [e.to, e.props.percent])
          .sort(),
      ).toEqual(experience.map((r) => [`experience-level:${r.Category}`, num(r['Data Value'])]).sort());
    }
  });

  it('keeps technology flags and emerging tasks as published', () => {
    const tech = rawTsv('onet-29.3', 'Technology Skills.txt');
    for (const code of sample([...new Set(tech.map((r) => r['O*NET-SOC Code']))].sort(), 20)) {
      const rows = tech.filter((r) => r['O*NET-SOC Code'] === code);
      const edges = edgesOf(onet29, 'USES_TECHNOLOGY', `occupation:${occupationCodeOf(code)}`);
      expect(edges).toHaveLength(rows.length);
      expect(edges.filter((e) => e.props.hotTechnology).length).toBe(rows.filter((r) => r['Hot Technology'] === 'Y').length);
      expect(edges.filter((e) => e.props.inDemand).length).toBe(rows.filter((r) => r['In Demand'] === 'Y').length);
    }
    const emerging = rawTsv('onet-29.3', 'Emerging Tasks.txt');
    expect(onet29.report.byType.HAS_EMERGING_TASK).toBe(emerging.length);
    const revisions = emerging.filter((r) => r.Category === 'Revision');
    const revised = onet29.graph.edges.filter((e) => e.type === 'REVISES');
    expect(revised.length).toBeGreaterThan(0);
    expect(revised.length).toBeLessThanOrEqual(revisions.length);
    for (const e of revised) {
      const task = onet29.graph.nodes.find((n) => n.id === e.from);
      expect(e.to).toBe(`task:${task?.props.occupationCode}:onet-${task?.props.originalTaskId}`);
    }
  });

  it('names the work style the seed calls "detail-oriented": Attention to Detail', () => {
    expect(onet29.graph.nodes.find((n) => n.id === 'trait:onet-1-c-5-b')?.props).toMatchObject({ name: 'Attention to Detail', kind: 'WORK_STYLE' });
  });

  it('has no skill ratings for occupations O*NET has not rated (15-1252), and says which facets it covers', () => {
    expect(edgesOf(onet29, 'REQUIRES_SKILL', 'occupation:15-1252')).toEqual([]);
    expect(edgesOf(onet29, 'HAS_TASK', 'occupation:15-1252').length).toBeGreaterThan(0);
    expect(onet29.supersession).toMatchObject({ dataset: 'onet', release: '29.3', sourceId: 'source:onet-29-3' });
    expect(onet29.supersession.facets).toEqual(expect.arrayContaining(['skill', 'knowledge', 'work-style', 'interest', 'emerging-task', 'task']));
  });
});

describe('O*NET 27.0, a different layout', () => {
  it('still imports without a problem', () => {
    expect(onet27.report.skippedTotal).toBe(0);
    expect(onet27.report.byLabel.Occupation).toBe(1016);
    expect(onet27.report.release).toBe('27.0');
    expect(onet27.report.byType.HAS_TASK).toBe(rawTsv('onet-27.0', 'Task Statements.txt').length);
  });
});

describe("a newer release replaces an older one's facts (#10)", () => {
  it('27.0 then 29.3 leaves exactly what 29.3 alone gives: no stale task, related link, job zone or source', async () => {
    const replaced = await storeWith(onet27, onet29);
    const fresh = await storeWith(onet29);
    expect(differences(await contents(replaced), await contents(fresh))).toEqual([]);
    const zones = await replaced.expand([{ id: 'occupation:29-2011', rel: 'IN_JOB_ZONE', direction: 'OUT', after: null, limit: 10 }]);
    expect(zones[0].total).toBe(1);
    expect((await replaced.getNodes(['source:onet-27-0']))[0]).toBeNull();
  });

  it("reports what it replaced, as many facts as the two releases' files differ by", async () => {
    const store = await storeWith(onet27);
    await store.load(onet29.graph);
    const report = await store.supersede(onet29.supersession);
    const key = (r: Record<string, string>) => `${r['O*NET-SOC Code']}|${r['Related O*NET-SOC Code'] ?? r['Task ID'] ?? r['Job Zone']}`;
    const dropped = (file: string) => {
      const now = new Set(rawTsv('onet-29.3', file).map(key));
      return rawTsv('onet-27.0', file).filter((r) => !now.has(key(r))).length;
    };
    const staleTasks = dropped('Task Statements.txt');
    expect(staleTasks).toBeGreaterThan(0);
    expect(report.replaced).toEqual(['27.0']);
    expect(report.nodesDeleted).toBeGreaterThanOrEqual(staleTasks);
    expect(report.edgesDeleted).toBeGreaterThanOrEqual(dropped('Related Occupations.txt') + dropped('Job Zones.txt'));
    expect(report.sourcesDeleted).toBe(1);
  });

  it('leaves curated facts alone, and re-running the same release changes nothing', async () => {
    const curated: GraphData = {
      nodes: [{ id: 'role:x', label: 'CareerRole', props: { name: 'X' } }],
      edges: [
        { type: 'MAPS_TO', from: 'role:x', to: 'occupation:29-2011', props: { curated: true, rank: 0 } },
        { type: 'HAS_ROLE', from: 'occupation:29-2011', to: 'role:x', props: { rank: 0 } },
      ],
    };
    const store = await storeWith(onet27);
    await store.load(curated);
    await store.load(onet29.graph);
    await store.supersede(onet29.supersession);
    const once = await contents(store);
    expect([...once.keys()].filter((k) => k.includes('role:x'))).toEqual(['role:x', 'HAS_ROLE|occupation:29-2011|role:x', 'MAPS_TO|role:x|occupation:29-2011']);
    await store.load(onet29.graph);
    expect(await store.supersede(onet29.supersession)).toEqual({ replaced: [], edgesDeleted: 0, nodesDeleted: 0, propertyGroupsCleared: 0, sourcesDeleted: 0 });
    expect(differences(await contents(store), once)).toEqual([]);
  });

  it("replaces only the facets a partial import covers: a lone Related Occupations file keeps 27.0's tasks", async () => {
    const partial = importOnet(join(DATA_DIR, 'onet-29.3'), {});
    const related = {
      ...partial,
      graph: {
        nodes: partial.graph.nodes.filter((n) => n.label === 'Occupation' || n.label === 'DataSource'),
        edges: partial.graph.edges.filter((e) => e.type === 'RELATED_TO'),
      },
      supersession: { ...partial.supersession, facets: ['related-occupation'] },
    };
    const store = await storeWith(onet27, related);
    const counts = await store.counts();
    expect(counts.byType.HAS_TASK).toBe(onet27.report.byType.HAS_TASK);
    expect(counts.byType.RELATED_TO).toBe(onet29.report.byType.RELATED_TO);
    const [old] = await store.getNodes(['source:onet-27-0']);
    expect(old?.props.covers).not.toContain('related-occupation');
    expect(old?.props.covers).toContain('task');
  });
});
