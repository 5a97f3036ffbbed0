import type { GraphData } from '../../src/model/graph';
import { MemoryStore } from '../../src/store/memory/memory.store';

/** How the embedded store merges what it loads (GraphStore.load). */
describe('MemoryStore.load', () => {
  const graph = (): GraphData => ({
    nodes: [
      { id: 'occupation:a', label: 'Occupation', props: { name: 'A', code: 'a', keep: 'yes' } },
      { id: 'occupation:b', label: 'Occupation', props: { name: 'B', code: 'b' } },
    ],
    edges: [
      { type: 'RELATED_TO', from: 'occupation:a', to: 'occupation:b', props: { rank: 0, tier: 'PRIMARY_SHORT' } },
      { type: 'SIMILAR_TO', from: 'occupation:a', to: 'occupation:b', props: { rank: 3, similarity: 0.5 } },
      { type: 'SIMILAR_TO', from: 'occupation:b', to: 'occupation:a', props: { rank: 1, similarity: 0.5 } },
    ],
  });

  it('keeps one edge per (type, from, to): two types between a pair, and the pair both ways, stay apart (#10)', async () => {
    const store = new MemoryStore();
    await store.load(graph(), undefined, { owned: true });
    await store.load(graph());
    const counts = await store.counts();
    expect(counts.byType).toEqual({ RELATED_TO: 1, SIMILAR_TO: 2 });
    const [related, similar, back] = await store.expand([
      { id: 'occupation:a', rel: 'RELATED_TO', direction: 'OUT', after: null, limit: 10 },
      { id: 'occupation:a', rel: 'SIMILAR_TO', direction: 'OUT', after: null, limit: 10 },
      { id: 'occupation:b', rel: 'SIMILAR_TO', direction: 'OUT', after: null, limit: 10 },
    ]);
    expect(related.items.map((i) => i.edge)).toEqual([{ rank: 0, tier: 'PRIMARY_SHORT' }]);
    expect(similar.items.map((i) => i.edge)).toEqual([{ rank: 3, similarity: 0.5 }]);
    expect(back.items.map((i) => i.edge)).toEqual([{ rank: 1, similarity: 0.5 }]);
  });

  it("merges a node's properties, a null removing one, and replaces a restated edge's", async () => {
    const store = new MemoryStore();
    await store.load(graph());
    await store.load({
      nodes: [{ id: 'occupation:a', label: 'Occupation', props: { name: 'A2', keep: null } }],
      edges: [{ type: 'RELATED_TO', from: 'occupation:a', to: 'occupation:b', props: { rank: 1 } }],
    });
    const [a] = await store.getNodes(['occupation:a']);
    expect(a?.props).toEqual({ name: 'A2', code: 'a' });
    const [related] = await store.expand([{ id: 'occupation:a', rel: 'RELATED_TO', direction: 'OUT', after: null, limit: 10 }]);
    expect(related.items.map((i) => i.edge)).toEqual([{ rank: 1 }]);
  });

  it('does not change what it was given unless told it owns it', async () => {
    const given = graph();
    given.nodes[0].props.gone = null;
    const store = new MemoryStore();
    await store.load(given);
    expect(given.nodes[0].props).toHaveProperty('gone', null);
    // Owned: a new node keeps the very object given, nulls dropped.
    await new MemoryStore().load(given, undefined, { owned: true });
    expect(given.nodes[0].props).not.toHaveProperty('gone');
  });
});
