import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** Stops the local Neo4j only if the test run started it. */
export default async function globalTeardown(): Promise<void> {
  if (process.env.CAREERGRAPH_TESTS_STARTED_NEO4J !== '1') return;
  spawnSync('bash', [join(__dirname, '..', '..', 'scripts', 'neo4j-stop.sh')], { stdio: 'inherit', env: process.env });
}
