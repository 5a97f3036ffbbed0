import { readdirSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import { REL_TYPES } from '../../src/model/graph';
import type { PlanStep } from '../../src/store/graph-store';
import { CYPHER_DIR, FRAGMENTS, loadStatements, STATEMENTS } from '../../src/store/neo4j/cypher-statements';
import { compilePlan } from '../../src/store/neo4j/plan-statement';
import { describeNeo4j, neo4jSettings } from '../helpers/neo4j';
import type { Json } from '../helpers/json';

/** Every statement in cypher/ is valid Cypher for the server we run (#3). */
describeNeo4j('cypher/ statements', () => {
  const settings = neo4jSettings();
  const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password));
  afterAll(() => driver.close());
  const statements = loadStatements();

  it('are exactly the files in cypher/, each named by the code', () => {
    const files = readdirSync(CYPHER_DIR)
      .filter((f) => f.endsWith('.cypher'))
      .map((f) => f.replace(/\.cypher$/, ''))
      .sort();
    expect(files).toEqual([...STATEMENTS, ...FRAGMENTS].sort());
  });

  // read-plan-step.cypher is not a statement on its own: it is explained compiled into plans (#13):
  // every relationship type both ways with each kind of condition, and a chain six levels deep.
  const step = (s: Partial<PlanStep> & Pick<PlanStep, 'rel' | 'direction'>): PlanStep => ({ labels: [], after: null, limit: 3, children: [], ...s });
  const chain = (depth: number): PlanStep[] =>
    depth === 0 ? [] : [step({ rel: 'REQUIRES_SKILL', direction: depth % 2 ? 'OUT' : 'IN', children: chain(depth - 1) })];
  const plans: Array<[string, PlanStep[]]> = [
    ['every type, out, labelled', REL_TYPES.map((rel) => step({ rel, direction: 'OUT', labels: ['Occupation', 'Skill'] }))],
    ['every type, in, from a cursor', REL_TYPES.map((rel) => step({ rel, direction: 'IN', after: { rank: 2, id: 'x' } }))],
    ['a filter', [step({ rel: 'HAS_TASK', direction: 'OUT', where: { key: 'automationLevel', values: ['HUMAN_CORE'] } })]],
    ['a chain six levels deep', chain(6)],
  ];
  it.each(plans)('EXPLAIN read-plan compiled for %s', async (_, steps) => {
    const { text, params } = compilePlan(statements, ['occupation:29-2011'], steps);
    const result = await driver.executeQuery(`EXPLAIN ${text}`, params, { database: settings.database });
    expect(result.summary.plan).toBeTruthy();
  });

  it.each(STATEMENTS)('EXPLAIN %s', async (name) => {
    const result = await driver.executeQuery(`EXPLAIN ${statements[name]}`, {}, { database: settings.database });
    expect(result.summary.plan).toBeTruthy();
  });

  // Schema commands run at every load, so they must be idempotent: run again, one changes nothing.
  const indexes = async () =>
    (
      await driver.executeQuery(
        'SHOW INDEXES YIELD name, type, labelsOrTypes, properties, options RETURN name, type, labelsOrTypes, properties, options ORDER BY name',
        {},
        { database: settings.database },
      )
    ).records.map((r) => r.toObject());
  it.each(STATEMENTS.filter((s) => s.startsWith('schema-') && s !== 'schema-await-indexes'))('runs %s idempotently', async (name) => {
    await driver.executeQuery(statements[name], {}, { database: settings.database });
    const before = await indexes();
    // The index (or the constraint's index) the statement names exists.
    expect(before.map((i) => i.name)).toContain(/(?:INDEX|CONSTRAINT) (\w+)/.exec(statements[name])?.[1]);
    const again = await driver.executeQuery(statements[name], {}, { database: settings.database });
    expect(again.summary.counters.updates()).toMatchObject({ indexesAdded: 0, indexesRemoved: 0, constraintsAdded: 0, constraintsRemoved: 0 });
    expect(await indexes()).toEqual(before);
  });
});

/**
 * Keyset export (#6): each page starts with a range seek on the node id index, which yields
 * ids in order, so no step sorts or skips the rows before the cursor; a page costs the same
 * wherever it starts.
 */
describeNeo4j('export statements page by keyset', () => {
  const settings = neo4jSettings();
  const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password));
  afterAll(() => driver.close());
  const statements = loadStatements();
  const operators = (plan: { operatorType: string; children: Json[] }): string[] => [
    plan.operatorType.replace(/@.*$/, ''),
    ...plan.children.flatMap(operators),
  ];

  it.each([
    ['read-export-nodes', { after: 'occupation:29-2011', labels: [], limit: neo4j.int(100) }],
    ['read-export-edges', { afterFrom: 'occupation:29-2011', afterType: 'HAS_TASK', afterTo: 'task:', types: [], limit: neo4j.int(100) }],
  ] as const)('%s seeks the id index in order and neither sorts everything nor skips', async (name, params) => {
    const result = await driver.executeQuery(`EXPLAIN ${statements[name]}`, params, { database: settings.database });
    const ops = operators(result.summary.plan as Json);
    expect(ops).toContain('NodeUniqueIndexSeekByRange');
    expect(ops.filter((o) => ['Sort', 'Top', 'Skip', 'NodeByLabelScan', 'AllNodesScan'].includes(o))).toEqual([]);
    expect(ops.some((o) => o === 'Limit' || o === 'PartialTop')).toBe(true);
  });
});
