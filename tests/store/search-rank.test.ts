import { GraphBuilder } from '../../src/model/graph-builder';
import type { GraphData } from '../../src/model/graph';
import type { GraphStore } from '../../src/store/graph-store';
import { MemoryStore } from '../../src/store/memory/memory.store';
import { describeNeo4j, openNeo4jStore, removeNodesByPrefix } from '../helpers/neo4j';

/**
 * The search rank rule (0 exact name, 1 name starts with the query, 2 any other match) is
 * stated once per store: src/store/memory (searchRank) and cypher/read-search.cypher. Each
 * store returns a hit's rank with it (SearchHit.key), and cursors are built from that; this
 * holds both to the same ranks, worked out by hand.
 *
 * On Neo4j the fixture sits beside the seed graph under PREFIX (after every seed id, before the
 * store contract's `zz-contract:`), and is removed by it before and after. Some query words
 * (wom, keeper, warden, ech) begin words of the seed too: only the fixture's hits are compared.
 */
const PREFIX = 'zy-search-rank:';

const NODES: Array<[key: string, name: string, extra?: string]> = [
  ['w1', 'Wombat Keeper'],
  ['w2', 'WOMBAT: keeper'],
  ['w3', 'Wombat Keeper Trainee'],
  ['w4', 'Wombatology'],
  ['w5', 'Senior Wombat Keeper'],
  ['w6', 'Bilby Ranger', 'Wombat Warden'],
  ['w7', 'Échidna Guide'],
];

/** Query words, and the rank of each hit by fixture key. */
const CASES: Array<[kind: string, words: string[], ranks: Record<string, number>]> = [
  ['exact name (any case, punctuation), prefix and other', ['wombat', 'keeper'], { w1: 0, w2: 0, w3: 1, w5: 2 }],
  ['exact name, accents folded', ['echidna', 'guide'], { w7: 0 }],
  ['exact name of one word', ['wombatology'], { w4: 0 }],
  ['exact name, found by extra words too', ['bilby', 'ranger'], { w6: 0 }],
  ['name prefix of whole words, and a longer word', ['wombat'], { w1: 1, w2: 1, w3: 1, w4: 1, w5: 2, w6: 2 }],
  ['name prefix ending inside a word', ['wom'], { w1: 1, w2: 1, w3: 1, w4: 1, w5: 2, w6: 2 }],
  ['name prefix of two words, the last partial', ['wombat', 'keep'], { w1: 1, w2: 1, w3: 1, w5: 2 }],
  ['name prefix, accents folded', ['ech'], { w7: 1 }],
  ['word prefix inside the name', ['keeper'], { w1: 2, w2: 2, w3: 2, w5: 2 }],
  ['name words out of order', ['keeper', 'wombat'], { w1: 2, w2: 2, w3: 2, w5: 2 }],
  ['other: only in the extra search words', ['warden'], { w6: 2 }],
];

function fixture(): GraphData {
  const g = new GraphBuilder();
  for (const [key, name, extra] of NODES) g.node(`${PREFIX}${key}`, 'Skill', { name }, [extra]);
  return g.build();
}

/** The rank of each of the fixture's hits, by fixture key; every hit's key has the node's name and id. */
async function ranks(store: GraphStore, words: string[]): Promise<Record<string, number>> {
  const page = await store.search({ words, after: null, limit: 1000 });
  expect(page.hasMore).toBe(false);
  const out: Record<string, number> = {};
  for (const { node, key } of page.items) {
    expect(key).toEqual({ rank: expect.any(Number), name: node.props.name ?? '', id: node.id });
    if (node.id.startsWith(PREFIX)) out[node.id.slice(PREFIX.length)] = key.rank;
  }
  return out;
}

function describeRanks(open: () => Promise<GraphStore>, close: (store: GraphStore) => Promise<void>): void {
  let store: GraphStore;
  beforeAll(async () => {
    store = await open();
    await store.load(fixture());
  }, 120_000);
  afterAll(async () => {
    if (store) await close(store);
  }, 120_000);

  it.each(CASES)('%s: %j', async (_kind, words, expected) => {
    expect(await ranks(store, words)).toEqual(expected);
  });
}

describe('search rank: in-memory store', () => {
  describeRanks(
    async () => new MemoryStore(),
    (store) => store.close(),
  );
});

const removeFixture = () => removeNodesByPrefix(PREFIX);

describeNeo4j('search rank: Neo4j store', () => {
  describeRanks(
    async () => {
      await removeFixture();
      return openNeo4jStore();
    },
    async (store) => {
      await removeFixture();
      await store.close();
    },
  );
});
