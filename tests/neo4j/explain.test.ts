import { readdirSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import { CYPHER_DIR, FRAGMENTS, loadStatements, planStatement, STATEMENTS } from '../../src/store/neo4j/cypher-statements';
import { describeNeo4j, neo4jSettings } from '../helpers/neo4j';

/** Every statement in cypher/ is valid Cypher for the server we run (#3). */
describeNeo4j('cypher/ statements', () => {
  const settings = neo4jSettings();
  const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password));
  afterAll(() => driver.close());
  const statements = loadStatements();

  it('are exactly the files in cypher/, each named by the code', () => {
    const files = readdirSync(CYPHER_DIR).filter((f) => f.endsWith('.cypher')).map((f) => f.replace(/\.cypher$/, '')).sort();
    expect(files).toEqual([...STATEMENTS, ...FRAGMENTS].sort());
  });

  // read-plan-level.cypher is not a statement on its own: it is explained nested (#13).
  it.each([1, 2, 3, 4, 6])('EXPLAIN read-plan nested %i levels deep', async (depth) => {
    const result = await driver.executeQuery(`EXPLAIN ${planStatement(statements, depth)}`, {}, { database: settings.database });
    expect(result.summary.plan).toBeTruthy();
  });

  it.each(STATEMENTS)('EXPLAIN %s', async (name) => {
    const result = await driver.executeQuery(`EXPLAIN ${statements[name]}`, {}, { database: settings.database });
    expect(result.summary.plan).toBeTruthy();
  });

  // Schema commands run at every load, so they must be idempotent.
  it.each(STATEMENTS.filter((s) => s.startsWith('schema-') && s !== 'schema-await-indexes'))('runs %s idempotently', async (name) => {
    await driver.executeQuery(statements[name], {}, { database: settings.database });
    await driver.executeQuery(statements[name], {}, { database: settings.database });
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
  const operators = (plan: { operatorType: string; children: any[] }): string[] => [
    plan.operatorType.replace(/@.*$/, ''),
    ...plan.children.flatMap(operators),
  ];

  it.each([
    ['read-export-nodes', { after: 'occupation:29-2011', labels: [], limit: neo4j.int(100) }],
    ['read-export-edges', { afterFrom: 'occupation:29-2011', afterType: 'HAS_TASK', afterTo: 'task:', types: [], limit: neo4j.int(100) }],
  ] as const)('%s seeks the id index in order and neither sorts everything nor skips', async (name, params) => {
    const result = await driver.executeQuery(`EXPLAIN ${statements[name]}`, params, { database: settings.database });
    const ops = operators(result.summary.plan as any);
    expect(ops).toContain('NodeUniqueIndexSeekByRange');
    expect(ops.filter((o) => ['Sort', 'Top', 'Skip', 'NodeByLabelScan', 'AllNodesScan'].includes(o))).toEqual([]);
    expect(ops.some((o) => o === 'Limit' || o === 'PartialTop')).toBe(true);
  });
});
