import type { Props } from '../../src/model/graph';
import type { PlanPage, PlanStep } from '../../src/store/graph-store';
import type { MemoryStore } from '../../src/store/memory/memory.store';
import { loadStatements } from '../../src/store/neo4j/cypher-statements';
import type { Neo4jStore } from '../../src/store/neo4j/neo4j.store';
import { compilePlan } from '../../src/store/neo4j/plan-statement';
import { toPlain } from '../../src/store/neo4j/values';
import { stepRequest } from '../../src/store/plan-walk';
import { describeNeo4j, openNeo4jStore } from '../helpers/neo4j';
import { example, postGraphQL, seededMemoryStore, startTestServer, type TestApp } from '../helpers/server';

/** The examples whose root fields read a nested selection through a plan (#13). */
const NESTED = ['full-profile', 'node', 'tasks-by-automation', 'occupation-national', 'occupation-not-rated'];

/** The plan each nested example makes, captured from the in-memory store. */
async function capturePlans(): Promise<Map<string, { rootIds: readonly string[]; steps: readonly PlanStep[] }>> {
  const store: MemoryStore = await seededMemoryStore();
  const spy = jest.spyOn(store, 'expandPlan');
  const app: TestApp = await startTestServer(store);
  const plans = new Map<string, { rootIds: readonly string[]; steps: readonly PlanStep[] }>();
  try {
    for (const name of NESTED) {
      spy.mockClear();
      const res = await postGraphQL(app.url, example(name));
      expect(res.errors).toBeUndefined();
      expect(spy).toHaveBeenCalledTimes(1);
      const [rootIds, steps] = spy.mock.calls[0];
      plans.set(name, { rootIds, steps });
    }
  } finally {
    await app.close();
  }
  return plans;
}

/** The typed Cypher each nested example sends, and its parameters (#13): a change to either shows here. */
describe('the read-plan statement of each nested example', () => {
  let plans: Awaited<ReturnType<typeof capturePlans>>;
  beforeAll(async () => {
    plans = await capturePlans();
  }, 60_000);

  it.each(NESTED)('%s', (name) => {
    const { rootIds, steps } = plans.get(name)!;
    const { text, params } = compilePlan(loadStatements(), rootIds, steps);
    expect({ statement: text, params: toPlain(params) }).toMatchSnapshot();
  });
});

/** expandPlan answers every page exactly as expand does (#13). */
describeNeo4j('Neo4j expandPlan equals expand, page by page', () => {
  let store: Neo4jStore;
  let plans: Awaited<ReturnType<typeof capturePlans>>;
  beforeAll(async () => {
    // Equality, not speed: a cold plan of the deepest statement takes seconds on a busy machine.
    store = openNeo4jStore({ transactionTimeoutMs: 60_000 });
    plans = await capturePlans();
  }, 60_000);
  afterAll(() => store.close());

  // A shape is answered by the generic statement until its typed one is planned, in the
  // background after its second sighting; then the typed one answers. Both must equal expand.
  const expectSameAsExpand = async (rootIds: readonly string[], steps: readonly PlanStep[]) => {
    const generic = await store.expandPlan(rootIds, steps);
    await store.expandPlan(rootIds, steps);
    await store.typedPlans.settled();
    const ready = jest.spyOn(store.typedPlans, 'isReady');
    const result = await store.expandPlan(rootIds, steps);
    expect(ready.mock.results.map((r) => r.value)).toEqual([true]);
    ready.mockRestore();
    // The generic statement reads every property; the typed one only a step's `props`.
    expect(result).toEqual({ ...generic, pages: generic.pages.map(projected) });
    expect(result.roots.map((r) => r?.id ?? null)).toEqual(rootIds.map((id) => (id.startsWith('nope') ? null : id)));
    const [root] = await store.getNodes(rootIds.slice(0, 1));
    expect(result.roots[0]).toEqual(root);
    const expected = await store.expand(result.pages.map((p) => stepRequest(p.step, p.parentId)));
    expect(result.pages.map((p) => p.page)).toEqual(expected.map((page, i) => projected({ ...result.pages[i], page }).page));
    return result;
  };
  /** A plan page as a statement that reads only the step's properties (and counts only when asked) returns it. */
  const projected = (planned: PlanPage): PlanPage => {
    // Undefined keys: every property.
    const pick = (props: Props, only: readonly string[] | undefined) =>
      only ? Object.fromEntries(Object.entries(props).filter(([key]) => only.includes(key))) : props;
    const total = planned.step.total === false ? -1 : planned.page.total;
    const items = planned.page.items.map((n) => ({
      ...n,
      node: { ...n.node, props: pick(n.node.props, planned.step.props) },
      edge: pick(n.edge, planned.step.edgeProps),
    }));
    return { ...planned, page: { ...planned.page, total, items } };
  };

  it.each(NESTED)(
    'for the plan of %s',
    async (name) => {
      const { rootIds, steps } = plans.get(name)!;
      const result = await expectSameAsExpand(rootIds, steps);
      expect(result.pages.length).toBeGreaterThan(0);
    },
    120_000,
  );

  it('with filters, labels, a keyset start, empty pages and a missing root', async () => {
    const step = (s: Partial<PlanStep> & Pick<PlanStep, 'rel' | 'direction'>): PlanStep => ({ labels: [], after: null, limit: 3, children: [], ...s });
    const steps: PlanStep[] = [
      step({
        rel: 'HAS_TASK',
        direction: 'OUT',
        where: { key: 'automationLevel', values: ['HUMAN_CORE'] },
        after: { rank: 0, id: 'task:' },
        children: [
          step({
            rel: 'USES_SKILL',
            direction: 'OUT',
            limit: 1,
            children: [step({ rel: 'REQUIRES_SKILL', direction: 'IN', labels: ['Occupation'], limit: 2 })],
          }),
          step({ rel: 'AUTOMATES', direction: 'IN' }),
        ],
      }),
      step({
        rel: 'HAS_ROLE',
        direction: 'OUT',
        limit: 100,
        props: ['name'],
        children: [step({ rel: 'ADVANCES_TO', direction: 'OUT', limit: 1, props: [], total: false, edgeProps: [] })],
      }),
      step({ rel: 'ISSUED_BY', direction: 'OUT' }),
    ];
    const result = await expectSameAsExpand(['occupation:29-2011', 'nope:none'], steps);
    expect(result.pages.some((p) => p.page.hasMore)).toBe(true);
    expect(result.pages.some((p) => p.page.total === 0)).toBe(true);
    // Projected steps hold their properties and no other; an empty list reads none.
    const roles = result.pages.filter((p) => p.step.rel === 'HAS_ROLE').flatMap((p) => p.page.items);
    expect(roles.length).toBeGreaterThan(0);
    for (const role of roles) expect(Object.keys(role.node.props)).toEqual(['name']);
    const advances = result.pages.filter((p) => p.step.rel === 'ADVANCES_TO').flatMap((p) => p.page.items);
    expect(advances.length).toBeGreaterThan(0);
    for (const next of advances) expect(next.node.props).toEqual({});
    for (const next of advances) expect(next.edge).toEqual({});
    // Pages whose total is not asked for are not counted.
    const uncounted = result.pages.filter((p) => p.step.rel === 'ADVANCES_TO');
    expect(uncounted.map((p) => p.page.total)).toEqual(uncounted.map(() => -1));
  }, 120_000);
});

/**
 * A skill's parents read twice, under different selections: the two PART_OF steps (one under
 * each alias) ask for the same pages, primed under the same cache keys, so each must read what
 * either selection reads (#13).
 */
const TWICE = `{
  occupation(code: "29-2011") {
    a: skills(first: 30) { edges { emerging } nodes { id partOf { nodes { name } } } }
    b: skills(first: 30) { nodes { name partOf { nodes { description category } } } }
    tasks(first: 30) { nodes { text skills(first: 5) { nodes { name } } } }
    outlooks { nodes { id } }
  }
}`;
/** A computed field (Task.aiExposure reads several properties) under a plain one. */
const COMPUTED = `{
  occupation(code: "15-1252") {
    tasks(first: 5) { totalCount nodes { text aiExposure { beta gpt4Exposure } } }
    certifications { nodes { __typename id } }
  }
}`;
/** What each query's answer must hold for its comparison to mean anything. */
const HOLDS: Record<string, RegExp[]> = {
  [TWICE]: [/"partOf":\{"nodes":\[\{"name":"[^"]+"\}/, /"partOf":\{"nodes":\[\{"description":"[^"]+","category":"[^"]+"\}/],
  [COMPUTED]: [/"aiExposure":\{"beta":[0-9.]+,"gpt4Exposure":"E[0-2]"\}/],
};

describe('the properties a plan step reads', () => {
  let store: MemoryStore;
  let app: TestApp;
  beforeAll(async () => {
    store = await seededMemoryStore();
    app = await startTestServer(store);
  }, 60_000);
  afterAll(() => app.close());

  const planOf = async (query: string): Promise<readonly PlanStep[]> => {
    const spy = jest.spyOn(store, 'expandPlan');
    try {
      const res = await postGraphQL(app.url, query);
      expect(res.errors).toBeUndefined();
      expect(spy).toHaveBeenCalledTimes(1);
      return spy.mock.calls[0][1];
    } finally {
      spy.mockRestore();
    }
  };
  const all = (steps: readonly PlanStep[]): PlanStep[] => steps.flatMap((s) => [s, ...all(s.children)]);

  it('are the fields selected, the same for every step of the same request', async () => {
    const steps = all(await planOf(TWICE));
    const partOf = steps.filter((s) => s.rel === 'PART_OF');
    expect(partOf).toHaveLength(2);
    for (const step of partOf) expect(step.props).toEqual(['category', 'description', 'name']);
    // The two aliases of `skills` ask for one page: one step, reading what both select.
    expect(steps.filter((s) => s.rel === 'REQUIRES_SKILL').map((s) => s.props)).toEqual([['id', 'name']]);
    // Relationship properties likewise: those the edges select, none where only nodes are.
    expect(steps.find((s) => s.rel === 'REQUIRES_SKILL')?.edgeProps).toEqual(['emerging']);
    for (const step of partOf) expect(step.edgeProps).toEqual([]);
    expect(steps.find((s) => s.rel === 'HAS_TASK')?.props).toEqual(['text']);
    expect(steps.find((s) => s.rel === 'USES_SKILL')?.props).toEqual(['name']);
    expect(steps.find((s) => s.rel === 'HAS_OUTLOOK')?.props).toEqual(['id']);
    // No list's totalCount is selected: none is counted.
    expect(steps.map((s) => s.total)).toEqual(steps.map(() => false));
  });

  it('are all of them under a computed field', async () => {
    const steps = all(await planOf(COMPUTED));
    expect(steps.find((s) => s.rel === 'HAS_TASK')).toHaveProperty('props', undefined);
    expect(steps.find((s) => s.rel === 'HAS_TASK')?.total).toBe(true);
    expect(steps.find((s) => s.rel === 'REQUIRES_CERTIFICATION')?.total).toBe(false);
    expect(steps.find((s) => s.rel === 'REQUIRES_CERTIFICATION')?.props).toEqual(['id']);
  });
});

describeNeo4j('Neo4j answers projected plans as the memory store does', () => {
  let neo4j: Neo4jStore;
  let neo4jApp: TestApp;
  let memoryApp: TestApp;
  beforeAll(async () => {
    neo4j = openNeo4jStore({ transactionTimeoutMs: 60_000 });
    neo4jApp = await startTestServer(neo4j);
    memoryApp = await startTestServer(await seededMemoryStore());
  }, 60_000);
  afterAll(async () => {
    await neo4jApp.close();
    await memoryApp.close();
    await neo4j.close();
  });

  it.each([
    ['a node reached twice', TWICE],
    ['a computed field', COMPUTED],
  ])(
    '%s, with the typed statement',
    async (_name, query) => {
      const expected = await postGraphQL(memoryApp.url, query);
      expect(expected.errors).toBeUndefined();
      for (const pattern of HOLDS[query]) expect(JSON.stringify(expected.data)).toMatch(pattern);
      // The second sighting plans the typed statement; once planned, it answers.
      for (let i = 0; i < 2; i += 1) expect(await postGraphQL(neo4jApp.url, query)).toEqual(expected);
      await neo4j.typedPlans.settled();
      const ready = jest.spyOn(neo4j.typedPlans, 'isReady');
      expect(await postGraphQL(neo4jApp.url, query)).toEqual(expected);
      expect(ready.mock.results.map((r) => r.value)).toContain(true);
      ready.mockRestore();
    },
    120_000,
  );
});
