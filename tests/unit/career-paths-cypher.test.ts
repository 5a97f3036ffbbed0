import { MAX_STEPS } from '../../src/features/career-path/career-path.args';
import { PATH_GROUPS, WALKABLE_RELS } from '../../src/store/graph-store';
import { loadStatements } from '../../src/store/neo4j/cypher-statements';

/**
 * cypher/read-career-paths.cypher holds as literals what the code holds as constants (Cypher
 * takes no parameter for a quantifier's bounds or SHORTEST's k): each literal is tied to its
 * constant here, so changing one without the other fails.
 */
describe('cypher/read-career-paths.cypher and the constants it restates', () => {
  const statement = loadStatements()['read-career-paths'];
  const one = (pattern: RegExp): RegExpExecArray => {
    const all = [...statement.matchAll(new RegExp(pattern, 'g'))];
    expect(all).toHaveLength(1);
    return all[0];
  };

  it('keeps the PATH_GROUPS shortest lengths: SHORTEST k GROUPS', () => {
    expect(Number(one(/SHORTEST (\d+) GROUPS/)[1])).toBe(PATH_GROUPS);
  });

  it("walks 1 to MAX_STEPS steps, the most careerPaths accepts (each request's own limit is $maxSteps)", () => {
    const [, min, max] = one(/\)\{(\d+),(\d+)\}/);
    expect([Number(min), Number(max)]).toEqual([1, MAX_STEPS]);
    expect(statement).toContain('size(r) <= $maxSteps');
  });

  it('walks the relationships the in-memory path finder walks (WALKABLE_RELS), HAS_ROLE only into entry roles', () => {
    const types = one(/\[r:([A-Z_|]+)\]/)[1].split('|');
    expect(types).toEqual([...WALKABLE_RELS]);
    expect(statement).toContain("WHERE type(r) <> 'HAS_ROLE' OR r.entry = true");
  });
});
