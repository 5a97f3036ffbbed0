import { readdirSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import { CYPHER_DIR, loadStatements, STATEMENTS } from '../../src/store/neo4j/cypher-statements';
import { describeNeo4j, neo4jSettings } from '../helpers/neo4j';

/** Every statement in cypher/ is valid Cypher for the server we run (#3). */
describeNeo4j('cypher/ statements', () => {
  const settings = neo4jSettings();
  const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password));
  afterAll(() => driver.close());
  const statements = loadStatements();

  it('are exactly the files in cypher/, each named by the code', () => {
    const files = readdirSync(CYPHER_DIR).filter((f) => f.endsWith('.cypher')).map((f) => f.replace(/\.cypher$/, '')).sort();
    expect(files).toEqual([...STATEMENTS].sort());
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
