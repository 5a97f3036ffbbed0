import { execute, parse, type GraphQLSchema } from 'graphql';
import { GraphService, type RelatedConnection } from '../../src/features/graph/graph.service';
import { RELATIONSHIP_FIELDS } from '../../src/features/graph/relationship-fields';
import { RELATIONS } from '../../src/features/graph/relations';
import { createSchema } from '../../src/server/schema';
import { Deadline } from '../../src/shared/deadline';
import type { MemoryStore } from '../../src/store/memory/memory.store';
import { seededMemoryStore } from '../helpers/server';

/**
 * Pages a plan read are answered at once, not as promises (#13): graphql-js then completes a
 * prefetched selection without a promise per field. A page read for a projected step (only
 * some properties) serves its own field, never another reader that may need every property.
 */
describe('GraphService after a prefetch', () => {
  let store: MemoryStore;
  beforeAll(async () => {
    store = await seededMemoryStore();
  }, 60_000);

  const ROOT = 'occupation:29-2011';

  it('answers planned fields synchronously and others as before', async () => {
    const graph = new GraphService(store);
    void graph.prefetch(ROOT, [{ spec: RELATIONSHIP_FIELDS['Occupation.tasks'], args: { first: 3 }, children: [], props: ['text'], total: true }]);
    expect(await graph.node(ROOT)).toMatchObject({ id: ROOT });
    const planned = graph.field('Occupation.tasks', ROOT, { first: 3 });
    expect(planned).not.toBeInstanceOf(Promise);
    expect((planned as RelatedConnection).nodes).toHaveLength(3);
    expect((planned as RelatedConnection).totalCount).toBeGreaterThan(3);
    const other = graph.field('Occupation.tasks', ROOT, { first: 4 });
    expect(other).toBeInstanceOf(Promise);
    expect((await other)?.nodes).toHaveLength(4);
  });

  it('keeps a projected page from readers other than its field', async () => {
    const graph = new GraphService(store);
    const spy = jest.spyOn(store, 'expand');
    try {
      void graph.prefetch(ROOT, [{ spec: RELATIONSHIP_FIELDS['Occupation.aiExposure'], args: {}, children: [], props: ['overall'] }]);
      await graph.node(ROOT);
      spy.mockClear();
      expect(graph.field('Occupation.aiExposure', ROOT)).not.toBeInstanceOf(Promise);
      expect(spy).not.toHaveBeenCalled();
      // A service's read of the same page reads it whole.
      const whole = graph.one(ROOT, RELATIONS.occupationAiExposure);
      expect(whole).toBeInstanceOf(Promise);
      expect(await whole).toMatchObject({ __label: 'AIExposureScore' });
      expect(spy).toHaveBeenCalledTimes(1);
    } finally {
      spy.mockRestore();
    }
  });

  // recommend's relatedness walk (#13): the neighbours as ids, one store call, read by the walk
  // without another; a reader of the same neighbours that shows them reads them whole.
  it('reads a traversal as ids, for the walk only', async () => {
    const graph = new GraphService(store);
    const plan = jest.spyOn(store, 'expandPlan');
    const expand = jest.spyOn(store, 'expand');
    try {
      graph.prefetchTraversal(ROOT, [{ relation: RELATIONS.occupationRoles, children: [{ relation: RELATIONS.roleAdvancesTo }] }]);
      await graph.node(ROOT);
      expect(plan).toHaveBeenCalledTimes(1);
      const steps = plan.mock.calls[0][1];
      expect(steps.map((s) => [s.props, s.children[0]?.props])).toEqual([[[], []]]);
      expand.mockClear(); // the memory store walks a plan with expand
      const roles = await graph.traversed(ROOT, RELATIONS.occupationRoles);
      expect(roles.length).toBeGreaterThan(1);
      await Promise.all(roles.map((r) => graph.traversed(r.node.id, RELATIONS.roleAdvancesTo)));
      expect(expand).not.toHaveBeenCalled();
      const whole = await graph.all(ROOT, RELATIONS.occupationRoles);
      expect(expand).toHaveBeenCalledTimes(1);
      expect(whole.map((r) => r.node.id)).toEqual(roles.map((r) => r.node.id));
      expect(whole[0].node.name).toEqual(expect.any(String));
    } finally {
      plan.mockRestore();
      expand.mockRestore();
    }
  });

  it('lets a page read with every property serve any reader', async () => {
    const graph = new GraphService(store);
    void graph.prefetch(ROOT, [{ spec: RELATIONSHIP_FIELDS['Occupation.aiExposure'], args: {}, children: [], total: true }]);
    await graph.node(ROOT);
    expect(graph.one(ROOT, RELATIONS.occupationAiExposure)).not.toBeInstanceOf(Promise);
  });
});

/**
 * Plans are made once per query (read-plan.ts, graph.service.ts): the same document and
 * variables meet the same plan and the same steps; other variables, or a cursor on a top field,
 * make their own.
 */
describe('plans kept per query', () => {
  let store: MemoryStore;
  let schema: GraphQLSchema;
  beforeAll(async () => {
    store = await seededMemoryStore();
    schema = await createSchema();
  }, 60_000);

  const QUERY = parse('query($n: Int) { occupation(code: "29-2011") { tasks(first: $n) { nodes { text skills(first: 2) { nodes { name } } } } } }');

  /** The planned fields and the steps each execution's prefetch made, in order. */
  async function plansOf(runs: Array<Record<string, unknown>>) {
    const fields: unknown[] = [];
    const steps: unknown[] = [];
    const prefetch = jest.spyOn(GraphService.prototype, 'prefetch');
    const expandPlan = jest.spyOn(store, 'expandPlan');
    try {
      for (const variableValues of runs) {
        const deadline = new Deadline(10_000);
        const result = await execute({ schema, document: QUERY, variableValues, contextValue: { graph: new GraphService(store), deadline, admission: {} } });
        deadline.dispose();
        expect(result.errors).toBeUndefined();
      }
      fields.push(...prefetch.mock.calls.map((c) => c[1]));
      steps.push(...expandPlan.mock.calls.map((c) => c[1]));
    } finally {
      prefetch.mockRestore();
      expandPlan.mockRestore();
    }
    return { fields, steps };
  }

  it('gives the same query with the same variables the same plan and steps, and other variables their own', async () => {
    const { fields, steps } = await plansOf([{ n: 3 }, { n: 3 }, { n: 4 }]);
    expect(fields).toHaveLength(3);
    expect(fields[1]).toBe(fields[0]);
    expect(steps[1]).toBe(steps[0]);
    expect(fields[2]).not.toBe(fields[0]);
    expect(steps[2]).not.toBe(steps[0]);
    expect((steps[2] as Array<{ limit: number }>)[0].limit).toBe(4);
    expect((steps[0] as Array<{ limit: number }>)[0].limit).toBe(3);
  });
});
