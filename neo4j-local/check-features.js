#!/usr/bin/env node
/*
 * Smoke test for the local Neo4j: connects with neo4j:// and bolt://, then probes the
 * Cypher features the project relies on. Uses a throw-away label namespace (`_Probe*`)
 * and cleans up after itself.
 *
 *   node neo4j-local/check-features.js            # exit code 1 if any *required* probe fails
 *
 * Env: NEO4J_LOCAL_PORT (7687), NEO4J_LOCAL_AUTH (true), NEO4J_USER (neo4j), NEO4J_PASSWORD (careergraph-local)
 */
'use strict';
const neo4j = require('neo4j-driver');

const port = process.env.NEO4J_LOCAL_PORT || '7687';
const authEnabled = (process.env.NEO4J_LOCAL_AUTH || 'true').toLowerCase() !== 'false';
const auth = authEnabled
  ? neo4j.auth.basic(process.env.NEO4J_USER || 'neo4j', process.env.NEO4J_PASSWORD || 'careergraph-local')
  : undefined;

const probes = [
  ['setup', true, `UNWIND range(1,6) AS i CREATE (:_ProbeNode {id:i, searchText:'node '+i})
    WITH 1 AS one LIMIT 1
    MATCH (a:_ProbeNode),(b:_ProbeNode) WHERE b.id = a.id + 1 CREATE (a)-[:_PROBE_R]->(b)
    WITH 1 AS one LIMIT 1
    MATCH (a:_ProbeNode {id:1}),(b:_ProbeNode {id:4}) CREATE (a)-[:_PROBE_R]->(b)`],
  ['(a) SHORTEST k + quantified path pattern', true,
    `MATCH p = SHORTEST 3 (a:_ProbeNode {id:1})-[:_PROBE_R]-{1,4}(b:_ProbeNode {id:5}) RETURN count(p) AS n`],
  ['(a2) ALL SHORTEST / ANY', false,
    `MATCH p = ANY (a:_ProbeNode {id:1})-[:_PROBE_R]->+(b:_ProbeNode {id:6}) RETURN length(p) AS n`],
  ['(b) dynamic label in SET  SET n:$(expr)', true,
    `CREATE (n:_ProbeNode {id:100}) SET n:$('_ProbeFoo') RETURN labels(n) AS n`],
  ['(c) dynamic label in MERGE  MERGE (n:$(expr) {..})', true,
    `MERGE (n:$('_ProbeFoo') {id:1}) RETURN labels(n) AS n`],
  ['(c2) dynamic rel type in CREATE', false,
    `MATCH (a:_ProbeNode {id:1}),(b:_ProbeNode {id:2}) CREATE (a)-[r:$('_PROBE_DYN')]->(b) RETURN type(r) AS n`],
  ['(d) full-text index ON EACH', true,
    `CREATE FULLTEXT INDEX _probe_ft IF NOT EXISTS FOR (n:_ProbeNode) ON EACH [n.searchText]`],
  ['(d2) full-text query', true,
    `CALL db.awaitIndexes(60) CALL db.index.fulltext.queryNodes('_probe_ft', 'node') YIELD node RETURN count(node) AS n`],
  ['uniqueness constraint', true,
    `CREATE CONSTRAINT _probe_uniq IF NOT EXISTS FOR (n:_ProbeUniq) REQUIRE n.id IS UNIQUE`],
  ['(e) dynamic type in MATCH  -[r:$($t)]->', false,
    `WITH '_PROBE_R' AS t MATCH (a:_ProbeNode)-[r:$(t)]->(b) RETURN count(r) AS n`],
  ['(e2) dynamic label in MATCH  (n:$($l))', false,
    `WITH '_ProbeFoo' AS l MATCH (n:$(l)) RETURN count(n) AS n`],
];

const cleanup = [
  'DROP INDEX _probe_ft IF EXISTS',
  'DROP CONSTRAINT _probe_uniq IF EXISTS',
  'MATCH (n) WHERE n:_ProbeNode OR n:_ProbeFoo DETACH DELETE n',
];

async function connect(uri) {
  const driver = neo4j.driver(uri, auth, { connectionTimeout: 5000 });
  await driver.verifyConnectivity();
  const info = await driver.getServerInfo();
  const { records } = await driver.executeQuery('RETURN 1 AS one', {}, { database: 'neo4j' });
  console.log(`ok   connect ${uri} -> ${info.agent} (protocol ${info.protocolVersion}), RETURN 1 = ${records[0].get('one')}`);
  return driver;
}

(async () => {
  let failedRequired = 0;
  const routed = await connect(`neo4j://127.0.0.1:${port}`);
  await routed.close();
  const driver = await connect(`bolt://127.0.0.1:${port}`);
  try {
    for (const q of cleanup) await driver.executeQuery(q);
    for (const [name, required, cypher] of probes) {
      try {
        const { records } = await driver.executeQuery(cypher);
        const v = records.length ? records[0].get(records[0].keys[0]) : '';
        console.log(`ok   ${name}${v === '' ? '' : ' -> ' + JSON.stringify(neo4j.isInt(v) ? v.toNumber() : v)}`);
      } catch (e) {
        if (required) failedRequired++;
        console.log(`FAIL ${name}${required ? '' : ' (optional)'}: ${e.code || ''} ${String(e.message).split('\n')[0]}`);
      }
    }
  } finally {
    for (const q of cleanup) await driver.executeQuery(q).catch(() => {});
    await driver.close();
  }
  process.exit(failedRequired ? 1 : 0);
})().catch((e) => {
  console.error('check-features failed:', e.code || '', e.message);
  process.exit(2);
});
