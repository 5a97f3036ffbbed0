#!/usr/bin/env node
/*
 * Wait until the local Neo4j answers on Bolt (driver.verifyConnectivity(), which also authenticates).
 *
 *   node scripts/neo4j-wait.js            # exit 0 when ready, 1 on timeout
 *
 * Env: NEO4J_LOCAL_PORT (7687), NEO4J_LOCAL_AUTH (true), NEO4J_USER (neo4j),
 *      NEO4J_PASSWORD (careergraph-local), NEO4J_WAIT_TIMEOUT seconds (180),
 *      NEO4J_WAIT_URI (default bolt://127.0.0.1:$NEO4J_LOCAL_PORT)
 */
'use strict';
const neo4j = require('neo4j-driver');

const port = process.env.NEO4J_LOCAL_PORT || '7687';
const uri = process.env.NEO4J_WAIT_URI || `bolt://127.0.0.1:${port}`;
const timeoutMs = Number(process.env.NEO4J_WAIT_TIMEOUT || 180) * 1000;
const authEnabled = (process.env.NEO4J_LOCAL_AUTH || 'true').toLowerCase() !== 'false';
const auth = authEnabled
  ? neo4j.auth.basic(process.env.NEO4J_USER || 'neo4j', process.env.NEO4J_PASSWORD || 'careergraph-local')
  : undefined;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

(async () => {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  while (Date.now() < deadline) {
    const driver = neo4j.driver(uri, auth, {
      connectionTimeout: 3000,
      maxConnectionPoolSize: 1,
      logging: { level: 'error', logger: () => {} },
    });
    try {
      await driver.verifyConnectivity();
      const info = await driver.getServerInfo();
      console.log(`[neo4j-wait] ${uri} ready: ${info.agent}`);
      await driver.close();
      process.exit(0);
    } catch (e) {
      lastError = e;
      await driver.close().catch(() => {});
      // Wrong credentials will not fix themselves.
      if (e && e.code === 'Neo.ClientError.Security.Unauthorized') break;
      await sleep(1000);
    }
  }
  console.error(`[neo4j-wait] ${uri} not ready: ${lastError ? `${lastError.code || ''} ${lastError.message}` : 'timeout'}`);
  process.exit(1);
})();
