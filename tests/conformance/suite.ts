import type { GraphStore } from '../../src/store/graph-store';
import { searchRank, searchWords } from '../../src/model/search-text';
import { compareText } from '../../src/shared/compare';
import { profileToGraph } from '../../src/ingest/profile-to-graph';
import { loadSeedGraph } from '../../src/ingest/seed/seed-graph';
import { expectFullProfile } from '../helpers/expect-profile';
import { tasksOf } from '../helpers/graph-data';
import { seedProfile } from '../helpers/seed-profile';
import { example, postGraphQL, SEEDS_DIR, seedGraph, serveStoreForSuite } from '../helpers/server';

/**
 * The conformance suite: the same tests and expectations for every GraphStore. `openStore`
 * returns a store already loaded with seeds/.
 */
export function describeConformance(storeName: string, openStore: () => Promise<GraphStore>): void {
  describe(`conformance: ${storeName} store`, () => {
    const running = serveStoreForSuite(openStore);
    const profile = seedProfile();


    it('answers the full-profile example with every seed fact', async () => {
      const res = await postGraphQL(running.app.url, example('full-profile'));
      expect(res.errors).toBeUndefined();
      expectFullProfile(res.data.occupation, profile);
    });

    it('answers the search example: every hit matches, the exact-prefix match first', async () => {
      const res = await postGraphQL(running.app.url, example('search'));
      expect(res.errors).toBeUndefined();
      const nodes = res.data.search.nodes as Array<{ id: string; name: string }>;
      expect(nodes[0].id).toBe('skill:mass-spectrometry');
      // Each query word begins a word of the hit's name or of another name (an O*NET alternate title).
      const stored = await running.store.getNodes(nodes.map((n) => n.id));
      for (const n of stored) {
        const words = String(n?.props.searchText).split(' ');
        expect(['mass', 'spec'].every((q) => words.some((w) => w.startsWith(q)))).toBe(true);
      }
      expect(res.data.search.totalCount).toBeGreaterThanOrEqual(nodes.length);
    });

    it('answers the node example by id, with its relationships', async () => {
      const res = await postGraphQL(running.app.url, example('node'));
      expect(res.errors).toBeUndefined();
      const skill = profile.skills.find((s) => s.key === 'mass-spectrometry');
      const path = profile.upskillingPaths.find((p) => p.teaches.includes('mass-spectrometry'));
      expect(res.data.node).toMatchObject({ __typename: 'Skill', id: 'skill:mass-spectrometry', name: skill?.name, demandTrend: skill?.demandTrend });
      expect(res.data.node.partOf.nodes.map((n: any) => n.id)).toEqual([`skill:${skill?.partOf}`]);
      expect(res.data.node.leadsTo.nodes.map((n: any) => n.id)).toEqual(path?.targets.map((t) => `role:${t}`));
      expect(res.data.node.occupations.nodes.map((n: any) => n.id)).toEqual(['occupation:29-2011']);
    });

    it('filters tasks by automation level and pages through them with cursors', async () => {
      // The curated tasks first (their levels are the seed's), then O*NET's (levels from the AI-exposure rule, #10).
      const human = tasksOf(seedGraph(), 'occupation:29-2011').filter((t) => t.props.automationLevel === 'HUMAN_CORE').map((t) => t.props.text);
      expect(human.slice(0, 4)).toEqual(profile.tasks.filter((t) => t.automationLevel === 'HUMAN_CORE').map((t) => t.text));
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 20; page++) {
        const res: any = await postGraphQL(
          running.app.url,
          `query($after: String) { occupation(code: "29-2011") { tasks(automationLevel: [HUMAN_CORE], first: 3, after: $after) {
            totalCount pageInfo { hasNextPage hasPreviousPage endCursor } nodes { text automationLevel } } } }`,
          { after },
        );
        const tasks = res.data.occupation.tasks;
        expect(tasks.totalCount).toBe(human.length);
        expect(tasks.pageInfo.hasPreviousPage).toBe(after !== null);
        seen.push(...tasks.nodes.map((t: any) => t.text));
        if (!tasks.pageInfo.hasNextPage) break;
        after = tasks.pageInfo.endCursor;
      }
      expect(seen).toEqual(human);
    });

    it('resolves every node of the seed profile through node(id) as its own GraphQL type', async () => {
      const graph = profileToGraph(profile);
      // Ten aliases a request: MAX_ROOT_FIELDS.
      for (let start = 0; start < graph.nodes.length; start += 10) {
        const nodes = graph.nodes.slice(start, start + 10);
        const query = `query(${nodes.map((_, i) => `$id${i}: ID!`).join(', ')}) { ${nodes.map((_, i) => `n${i}: node(id: $id${i}) { __typename id name }`).join(' ')} }`;
        const res = await postGraphQL(running.app.url, query, Object.fromEntries(nodes.map((n, i) => [`id${i}`, n.id])));
        expect(res.errors).toBeUndefined();
        nodes.forEach((n, i) => expect(res.data[`n${i}`]).toEqual({ __typename: n.label, id: n.id, name: n.props.name }));
      }
    });

    it('gives null for an unknown occupation code and an unknown node id', async () => {
      const res = await postGraphQL(running.app.url, '{ occupation(code: "99-9999") { id } node(id: "skill:no-such-skill") { id } }');
      expect(res.errors).toBeUndefined();
      expect(res.data).toEqual({ occupation: null, node: null });
    });

    it('finds nodes of chosen types only, ordered exact, prefix, then other matches', async () => {
      const res = await postGraphQL(running.app.url, '{ search(text: "laboratory", types: [CareerRole, Occupation], first: 50) { totalCount nodes { __typename name } } }');
      const nodes = res.data.search.nodes as Array<{ __typename: string; name: string }>;
      expect(nodes.length).toBeGreaterThan(2);
      for (const n of nodes) expect(['CareerRole', 'Occupation']).toContain(n.__typename);
      const prefix = nodes.map((n) => n.name.toLowerCase().startsWith('laboratory'));
      expect(prefix).toEqual([...prefix].sort((a, b) => Number(b) - Number(a)));
    });

    it('pages a one-letter search in the documented order: exact, prefix, other; then name, then id', async () => {
      // Expected from the seed graph itself: every Skill with a searchText word starting "r".
      const expected = seedGraph().nodes
        .filter((n) => n.label === 'Skill' && String(n.props.searchText).split(' ').some((w) => w.startsWith('r')))
        .map((n) => ({ id: n.id, key: [searchRank(String(n.props.searchName), ['r']), String(n.props.name ?? ''), n.id] as const }))
        .sort((a, b) => a.key[0] - b.key[0] || compareText(a.key[1], b.key[1]) || compareText(a.key[2], b.key[2]))
        .map((n) => n.id);
      expect(expected.length).toBeGreaterThan(300);
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 3; page++) {
        const res: any = await postGraphQL(running.app.url, 'query($a: String) { search(text: "r", types: [Skill], first: 100, after: $a) { totalCount pageInfo { endCursor } nodes { id } } }', { a: after });
        expect(res.errors).toBeUndefined();
        expect(res.data.search.totalCount).toBe(expected.length);
        seen.push(...res.data.search.nodes.map((n: { id: string }) => n.id));
        after = res.data.search.pageInfo.endCursor;
      }
      expect(seen).toEqual(expected.slice(0, 300));
    });

    it('looks nodes up by exact name, many names in one call', async () => {
      const names = ['Critical Thinking', 'critical-thinking', 'Quality Control Analysis', 'no such skill at all', 'Science'];
      const found = await running.store.findByNames({ names: names.map(searchWords), labels: ['Skill'] });
      const expected = names.map((name) => seedGraph().nodes
        .filter((n) => n.label === 'Skill' && n.props.searchName === searchWords(name).join(' '))
        .map((n) => n.id).sort(compareText));
      expect(found.map((nodes) => nodes.map((n) => n.id))).toEqual(expected);
      expect(expected[0].length).toBeGreaterThan(0);
      expect(expected[1]).toEqual(expected[0]);
      expect(expected[3]).toEqual([]);
      expect(found[0][0].props.name).toBe('Critical Thinking');
    });

    it('keeps the same node and edge counts when the seed is loaded again', async () => {
      const before = await running.store.counts();
      await running.store.load(loadSeedGraph(SEEDS_DIR));
      const after = await running.store.counts();
      expect(after).toEqual(before);
      const graph = seedGraph();
      expect(after.nodes).toBe(graph.nodes.length);
      expect(after.edges).toBe(graph.edges.length);
    });
  });
}
