import type { GraphStore } from '../../src/store/graph-store';
import { searchRank, searchWords } from '../../src/model/search-text';
import { compareText } from '../../src/shared/compare';
import { profileToGraph } from '../../src/ingest/profile-to-graph';
import { loadSeedGraph } from '../../src/ingest/seed/seed-graph';
import { expectFullProfile } from '../helpers/expect-profile';
import { tasksOf } from '../helpers/graph-data';
import { seedProfile } from '../helpers/seed-profile';
import { example, postGraphQL, SEEDS_DIR, seedGraph, serveStoreForSuite } from '../helpers/server';
import type { Json } from '../helpers/json';

/**
 * A ranked or paged list of the API (a Relay connection), walked page by page the same way on
 * every store: what to ask for, and what tells its edges apart.
 */
interface PagedList {
  /** The root field and its arguments other than `first` and `after`. */
  field: string;
  args: string;
  /** Variables the arguments use: their definitions and values. */
  variableDefs?: string;
  variables?: Record<string, unknown>;
  /** The selection of an edge's node, and the edge's other fields (besides `cursor`). */
  node: string;
  edge: string;
  /** The page size to walk with, and the largest `first` the field takes (the "one big page"). */
  first: number;
  maxFirst: number;
  /** What names an edge uniquely in this list, besides its cursor (the node's id where nodes do not repeat). */
  key: (edge: Json) => string;
  /** Edges have `rank` (1 for the first). */
  ranked: boolean;
  /** Checks the list's documented order, where `rank` does not say it all. */
  order?: (edges: Json[]) => void;
}

const TIER_ORDER = ['PRIMARY_SHORT', 'PRIMARY_LONG', 'SUPPLEMENTAL'];

/** Each ranked list of the API, with inputs that give at least three pages on the seed graph. */
const PAGED_LISTS: PagedList[] = [
  {
    field: 'recommend',
    args: 'profile: $profile',
    variableDefs: '$profile: CareerProfileInput!',
    variables: {
      profile: {
        occupation: '29-2011',
        skills: [{ skill: 'skill:ai-tools' }, { skill: 'skill:mass-spectrometry' }, { skill: 'Critical Thinking', level: 4 }],
        yearsOfExperience: 5,
        // The seed's eleven roles, several with the same score: four pages of 3.
        kinds: ['CAREER_ROLE'],
      },
    },
    node: '__typename id',
    edge: 'rank score',
    first: 3,
    maxFirst: 50,
    key: (e) => e.node.id,
    ranked: true,
  },
  {
    field: 'similarOccupations',
    args: 'code: "29-2011"',
    node: 'id code',
    edge: 'rank similarity',
    first: 3,
    maxFirst: 50,
    key: (e) => e.node.id,
    ranked: true,
  },
  {
    field: 'relatedOccupations',
    args: 'code: "29-2011"',
    node: 'id code',
    edge: 'tier index weight',
    first: 3,
    maxFirst: 100,
    key: (e) => e.node.id,
    ranked: false,
    // Best tier first, then O*NET's index.
    order: (edges) => {
      const keys = edges.map((e) => [TIER_ORDER.indexOf(e.tier), e.index] as const);
      for (const [tier] of keys) expect(tier).toBeGreaterThanOrEqual(0);
      expect(keys).toEqual([...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
    },
  },
  {
    field: 'careerPaths',
    // Some 40 paths on the seed graph, several of the same cost and length.
    args: 'from: "29-2011", to: "11-9111", maxSteps: 4',
    node: 'cost length nodes { id }',
    edge: 'rank',
    first: 3,
    maxFirst: 10,
    // A path is its stops.
    key: (e) => e.node.nodes.map((n: Json) => n.id).join(' '),
    ranked: true,
    // Cheapest first, then fewer steps, then by the stops' ids (space-joined, as text).
    order: (edges) => {
      const keys = edges.map((e) => [e.node.cost, e.node.length, e.node.nodes.map((n: Json) => n.id).join(' ')] as const);
      expect(keys).toEqual([...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1] || compareText(a[2], b[2])));
    },
  },
  {
    field: 'upskillingPaths',
    args: 'occupation: "29-2011", haveSkills: ["skill:ai-tools"]',
    node: '__typename id',
    edge: 'rank score path { id }',
    first: 3,
    maxFirst: 50,
    // Two curated paths could lead to one target; on the seed graph each target is listed once.
    key: (e) => e.node.id,
    ranked: true,
  },
  {
    field: 'skillLeverage',
    args: 'occupation: "29-2011"',
    node: '__typename ... on Skill { id } ... on Certification { id }',
    edge: 'rank opensCount',
    first: 3,
    maxFirst: 50,
    key: (e) => e.node.id,
    ranked: true,
  },
];

/** A page of `list` after `$after`, `$first` long, as `list`. */
function pageQuery(list: PagedList): string {
  const defs = ['$first: Int', '$after: String', ...(list.variableDefs ? [list.variableDefs] : [])].join(', ');
  return `query(${defs}) { list: ${list.field}(${list.args}, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor ${list.edge} node { ${list.node} } }
    nodes { ${list.node} }
  } }`;
}

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
      expect(res.data.node.partOf.nodes.map((n: Json) => n.id)).toEqual([`skill:${skill?.partOf}`]);
      expect(res.data.node.leadsTo.nodes.map((n: Json) => n.id)).toEqual(path?.targets.map((t) => `role:${t}`));
      expect(res.data.node.occupations.nodes.map((n: Json) => n.id)).toEqual(['occupation:29-2011']);
    });

    it('filters tasks by automation level and pages through them with cursors', async () => {
      // The curated tasks first (their levels are the seed's), then O*NET's (levels from the AI-exposure rule, #10).
      const human = tasksOf(seedGraph(), 'occupation:29-2011')
        .filter((t) => t.props.automationLevel === 'HUMAN_CORE')
        .map((t) => t.props.text);
      expect(human.slice(0, 4)).toEqual(profile.tasks.filter((t) => t.automationLevel === 'HUMAN_CORE').map((t) => t.text));
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 20; page++) {
        const res: Json = await postGraphQL(
          running.app.url,
          `query($after: String) { occupation(code: "29-2011") { tasks(automationLevel: [HUMAN_CORE], first: 3, after: $after) {
            totalCount pageInfo { hasNextPage hasPreviousPage endCursor } nodes { text automationLevel } } } }`,
          { after },
        );
        const tasks = res.data.occupation.tasks;
        expect(tasks.totalCount).toBe(human.length);
        expect(tasks.pageInfo.hasPreviousPage).toBe(after !== null);
        seen.push(...tasks.nodes.map((t: Json) => t.text));
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
      const res = await postGraphQL(
        running.app.url,
        '{ search(text: "laboratory", types: [CareerRole, Occupation], first: 50) { totalCount nodes { __typename name } } }',
      );
      const nodes = res.data.search.nodes as Array<{ __typename: string; name: string }>;
      expect(nodes.length).toBeGreaterThan(2);
      for (const n of nodes) expect(['CareerRole', 'Occupation']).toContain(n.__typename);
      const prefix = nodes.map((n) => n.name.toLowerCase().startsWith('laboratory'));
      expect(prefix).toEqual([...prefix].sort((a, b) => Number(b) - Number(a)));
    });

    it('pages a one-letter search in the documented order: exact, prefix, other; then name, then id', async () => {
      // Expected from the seed graph itself: every Skill with a searchText word starting "r".
      const expected = seedGraph()
        .nodes.filter(
          (n) =>
            n.label === 'Skill' &&
            String(n.props.searchText)
              .split(' ')
              .some((w) => w.startsWith('r')),
        )
        .map((n) => ({ id: n.id, key: [searchRank(String(n.props.searchName), ['r']), String(n.props.name ?? ''), n.id] as const }))
        .sort((a, b) => a.key[0] - b.key[0] || compareText(a.key[1], b.key[1]) || compareText(a.key[2], b.key[2]))
        .map((n) => n.id);
      expect(expected.length).toBeGreaterThan(300);
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 3; page++) {
        const res: Json = await postGraphQL(
          running.app.url,
          'query($a: String) { search(text: "r", types: [Skill], first: 100, after: $a) { totalCount pageInfo { endCursor } nodes { id } } }',
          { a: after },
        );
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
      const expected = names.map((name) =>
        seedGraph()
          .nodes.filter((n) => n.label === 'Skill' && n.props.searchName === searchWords(name).join(' '))
          .map((n) => n.id)
          .sort(compareText),
      );
      expect(found.map((nodes) => nodes.map((n) => n.id))).toEqual(expected);
      expect(expected[0].length).toBeGreaterThan(0);
      expect(expected[1]).toEqual(expected[0]);
      expect(expected[3]).toEqual([]);
      expect(found[0][0].props.name).toBe('Critical Thinking');
    });

    /** Every page of `list`, `first` at a time, following each page's endCursor. */
    async function allPages(list: PagedList, first: number): Promise<Json[]> {
      const pages: Json[] = [];
      let after: string | null = null;
      for (let i = 0; i < 100; i++) {
        const res: Json = await postGraphQL(running.app.url, pageQuery(list), { ...list.variables, first, after });
        expect(res.errors).toBeUndefined();
        const page = res.data.list;
        pages.push(page);
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      return pages;
    }

    it.each(PAGED_LISTS.map((list) => [list.field, list] as const))(
      'pages %s with after: endCursor, in the order of one big page',
      async (_field, list) => {
        const pages = await allPages(list, list.first);
        const edges = pages.flatMap((p) => p.edges);
        expect(pages.length).toBeGreaterThanOrEqual(3);
        // hasNextPage is false on the last page only; every page but the last is full.
        expect(pages.map((p) => p.pageInfo.hasNextPage)).toEqual(pages.map((_, i) => i < pages.length - 1));
        pages.forEach((p, i) => {
          if (i < pages.length - 1) expect(p.edges.length).toBe(list.first);
          expect(p.edges.length).toBeGreaterThan(0);
          expect(p.edges.length).toBeLessThanOrEqual(list.first);
          expect(p.nodes).toEqual(p.edges.map((e: Json) => e.node));
          expect(p.totalCount).toBe(edges.length);
          expect(p.pageInfo.hasPreviousPage).toBe(i > 0);
          expect(p.pageInfo.startCursor).toBe(p.edges[0].cursor);
          expect(p.pageInfo.endCursor).toBe(p.edges[p.edges.length - 1].cursor);
        });
        expect(new Set(edges.map((e) => e.cursor)).size).toBe(edges.length);
        expect(new Set(edges.map(list.key)).size).toBe(edges.length);
        if (list.ranked) expect(edges.map((e) => e.rank)).toEqual(edges.map((_, i) => i + 1));
        list.order?.(edges);
        // The same list in pages as large as the field allows (one page where the list fits in one).
        const big = await allPages(list, list.maxFirst);
        expect(big).toHaveLength(Math.ceil(edges.length / list.maxFirst));
        expect(big.flatMap((p) => p.edges)).toEqual(edges);
        expect(big.flatMap((p) => p.nodes)).toEqual(edges.map((e) => e.node));
      },
      120000,
    );

    it('refuses a cursor of one ranked list given to another, naming `after`', async () => {
      const cursors = await Promise.all(
        PAGED_LISTS.map(async (list) => {
          const res = await postGraphQL(running.app.url, pageQuery(list), { ...list.variables, first: 1 });
          expect(res.errors).toBeUndefined();
          return res.data.list.pageInfo.endCursor as string;
        }),
      );
      for (const [i, list] of PAGED_LISTS.entries()) {
        for (const [j, other] of PAGED_LISTS.entries()) {
          if (i === j) continue;
          const res = await postGraphQL(running.app.url, pageQuery(list), { ...list.variables, first: 1, after: cursors[j] });
          // Which list's cursor went where, so that a failure says so.
          expect({
            list: list.field,
            cursorOf: other.field,
            error: res.errors?.[0].extensions,
            message: res.errors?.[0].message,
            data: res.data?.list ?? null,
          }).toEqual({
            list: list.field,
            cursorOf: other.field,
            error: expect.objectContaining({ code: 'BAD_USER_INPUT', argumentName: 'after' }),
            message: expect.stringMatching(/different list/),
            data: null,
          });
        }
      }
    }, 120000);

    it('keeps the same node and edge counts when the seed is loaded again', async () => {
      const before = await running.store.counts();
      await running.store.load(loadSeedGraph(SEEDS_DIR));
      const after = await running.store.counts();
      expect(after).toEqual(before);
      const graph = seedGraph();
      expect(after.nodes).toBe(graph.nodes.length);
      expect(after.edges).toBe(graph.edges.length);
      // Reloading the national graph into Neo4j takes 15-20 s alone, over 30 s on a busy machine.
    }, 120000);
  });
}
