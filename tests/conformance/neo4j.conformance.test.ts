import { describeNeo4j, openNeo4jStore } from '../helpers/neo4j';
import { describeConformance } from './suite';
import { describeTraversals } from './traversals';

describeNeo4j('Neo4j store', () => {
  describeConformance('Neo4j', async () => openNeo4jStore());
  describeTraversals('Neo4j', async () => openNeo4jStore());
});
