import { describeNeo4j, openNeo4jStore } from '../helpers/neo4j';
import { describeAbuse } from './abuse-suite';

describeNeo4j('Neo4j', () => {
  // The control query waits in Neo4j behind the floods' statements, on the same two cores as
  // the other test workers: 1.4 s at most when measured alone, above 2 s once in a full run.
  // The bound is the deadline (REQUEST_TIMEOUT_MS, 5 s); this is well inside it.
  // The bound tells a served control query from one starved until the 5 s deadline. 3 s was
  // missed by 0.17 s in a full CI run on 2 cores once typed read-plan statements were warmed in
  // the background during the floods (typed-plans.ts: one at a time, once per shape); see the
  // #13 note. Speed is measured by bench:limits, not here.
  describeAbuse('Neo4j', async () => openNeo4jStore(), { controlMs: 4500 });
});
