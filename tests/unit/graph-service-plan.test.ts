import { GraphService, type RelatedConnection } from '../../src/features/graph/graph.service';
import { RELATIONSHIP_FIELDS } from '../../src/features/graph/relationship-fields';
import { RELATIONS } from '../../src/features/graph/relations';
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
    graph.prefetch(ROOT, [{ spec: RELATIONSHIP_FIELDS['Occupation.tasks'], args: { first: 3 }, children: [], props: ['text'], total: true }]);
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
      graph.prefetch(ROOT, [{ spec: RELATIONSHIP_FIELDS['Occupation.aiExposure'], args: {}, children: [], props: ['overall'] }]);
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

  it('lets a page read with every property serve any reader', async () => {
    const graph = new GraphService(store);
    graph.prefetch(ROOT, [{ spec: RELATIONSHIP_FIELDS['Occupation.aiExposure'], args: {}, children: [], total: true }]);
    await graph.node(ROOT);
    expect(graph.one(ROOT, RELATIONS.occupationAiExposure)).not.toBeInstanceOf(Promise);
  });
});
