import { describeNeo4j, openNeo4jStore } from '../helpers/neo4j';
import { describeAbuse } from './abuse-suite';

describeNeo4j('Neo4j', () => {
  // The control query waits in Neo4j behind the floods' statements, on the same two cores as
  // the other test workers: 1.4 s at most when measured alone, above 2 s once in a full run.
  // The bound is the deadline (REQUEST_TIMEOUT_MS, 5 s); this is well inside it.
  describeAbuse('Neo4j', async () => openNeo4jStore(), { controlMs: 3000 });
});
