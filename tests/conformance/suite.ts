import type { GraphStore } from '../../src/store/graph-store';
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
      const ids = graph.nodes.map((n) => n.id);
      const query = `query($ids: [ID!]!) { ${ids.map((_, i) => `n${i}: node(id: $ids_${i}) { __typename id name }`).join(' ')} }`
        .replace('query($ids: [ID!]!)', `query(${ids.map((_, i) => `$ids_${i}: ID!`).join(', ')})`);
      const res = await postGraphQL(running.app.url, query, Object.fromEntries(ids.map((id, i) => [`ids_${i}`, id])));
      expect(res.errors).toBeUndefined();
      graph.nodes.forEach((n, i) => expect(res.data[`n${i}`]).toEqual({ __typename: n.label, id: n.id, name: n.props.name }));
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
