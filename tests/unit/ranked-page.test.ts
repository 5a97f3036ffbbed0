import { cursorScope, encodeCursor } from '../../src/features/common/cursor';
import { compareKeys, keysetPage, rankedPage } from '../../src/features/common/ranked-page';

/** Keyset pages of computed rankings (src/features/common/ranked-page.ts): recommend, similar occupations, career paths. */
describe('ranked pages', () => {
  // Highest score first, then id: b and c tie on 0.9.
  const scored = [
    { id: 'c', score: 0.9 },
    { id: 'b', score: 0.9 },
    { id: 'a', score: 0.5 },
    { id: 'e', score: 0.2 },
    { id: 'd', score: 0.2 },
  ].sort((x, y) => y.score - x.score || (x.id < y.id ? -1 : 1));
  const scope = cursorScope('test-ranking');
  const page = (first: number, after: string | null) =>
    rankedPage(
      scored,
      (s) => s,
      { scope, first, after },
      (s) => ({ id: s.id }),
    );

  it('compares keys part by part, each in its direction, numbers as numbers', () => {
    expect(compareKeys([0.9, 'b'], [0.9, 'c'], ['desc', 'asc'])).toBeLessThan(0);
    expect(compareKeys([0.9, 'c'], [0.5, 'a'], ['desc', 'asc'])).toBeLessThan(0);
    expect(compareKeys([10, 'a'], [9, 'a'], ['asc', 'asc'])).toBeGreaterThan(0);
    expect(compareKeys(['B', 'x'], ['a', 'x'], ['asc', 'asc'])).toBeLessThan(0);
    expect(compareKeys([1, 'a'], [1, 'a'], ['desc', 'asc'])).toBe(0);
  });

  it('gives each item its rank and cursor, the total and page info, page after page', () => {
    const first = page(2, null);
    expect(first.items.map((i) => [i.id, i.rank])).toEqual([
      ['b', 1],
      ['c', 2],
    ]);
    expect([first.totalCount, first.pageInfo.hasNextPage, first.pageInfo.hasPreviousPage]).toEqual([5, true, false]);
    expect(first.pageInfo).toMatchObject({ startCursor: first.items[0].cursor, endCursor: first.items[1].cursor });
    const second = page(2, first.pageInfo.endCursor);
    expect(second.items.map((i) => [i.id, i.rank])).toEqual([
      ['a', 3],
      ['d', 4],
    ]);
    expect([second.pageInfo.hasNextPage, second.pageInfo.hasPreviousPage]).toEqual([true, true]);
    const last = page(2, second.pageInfo.endCursor);
    expect(last.items.map((i) => [i.id, i.rank])).toEqual([['e', 5]]);
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const beyond = page(2, last.pageInfo.endCursor);
    expect(beyond).toEqual({ items: [], totalCount: 5, pageInfo: { hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null } });
  });

  it('continues after a key whose item has left the list, in its place', () => {
    // (0.7, "z") ranks between c (0.9) and a (0.5).
    expect(page(2, encodeCursor(scope, [0.7, 'z'])).items.map((i) => [i.id, i.rank])).toEqual([
      ['a', 3],
      ['d', 4],
    ]);
  });

  it('refuses a cursor of another list, and one of this scope with the wrong number of key parts', () => {
    expect(() => page(2, encodeCursor(cursorScope('other'), [0.9, 'b']))).toThrow(/belongs to a different list/);
    expect(() => page(2, encodeCursor(scope, ['b']))).toThrow('a cursor of scope');
  });

  it('ranks by several keys in turn (career paths: cost, then length, then stops)', () => {
    const paths = [
      { cost: 3, length: 3, stops: 'a x' },
      { cost: 2, length: 2, stops: 'a y' },
      { cost: 2, length: 1, stops: 'a z' },
      { cost: 2, length: 2, stops: 'a b' },
    ];
    const ranking = { key: (p: (typeof paths)[number]) => [p.cost, p.length, p.stops], order: ['asc', 'asc', 'asc'] as const };
    const sorted = [...paths].sort((x, y) => compareKeys(ranking.key(x), ranking.key(y), ranking.order));
    const shown = keysetPage(sorted, ranking, { scope, first: 10, after: encodeCursor(scope, [2, 1, 'a z']) }, (p) => p);
    expect(shown.items.map((p) => [p.stops, p.rank])).toEqual([
      ['a b', 2],
      ['a y', 3],
      ['a x', 4],
    ]);
  });
});
