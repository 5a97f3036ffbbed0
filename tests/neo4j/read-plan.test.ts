import type { PlanStep } from '../../src/store/graph-store';
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
    expect(result).toEqual(generic);
    expect(result.roots.map((r) => r?.id ?? null)).toEqual(rootIds.map((id) => (id.startsWith('nope') ? null : id)));
    const [root] = await store.getNodes(rootIds.slice(0, 1));
    expect(result.roots[0]).toEqual(root);
    const expected = await store.expand(result.pages.map((p) => stepRequest(p.step, p.parentId)));
    expect(result.pages.map((p) => p.page)).toEqual(expected);
    return result;
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
      step({ rel: 'HAS_ROLE', direction: 'OUT', limit: 100, children: [step({ rel: 'ADVANCES_TO', direction: 'OUT', limit: 1 })] }),
      step({ rel: 'ISSUED_BY', direction: 'OUT' }),
    ];
    const result = await expectSameAsExpand(['occupation:29-2011', 'nope:none'], steps);
    expect(result.pages.some((p) => p.page.hasMore)).toBe(true);
    expect(result.pages.some((p) => p.page.total === 0)).toBe(true);
  }, 120_000);
});
