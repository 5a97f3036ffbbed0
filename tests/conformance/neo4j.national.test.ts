import { describeNeo4j, openNeo4jStore } from '../helpers/neo4j';
import { describeNational } from './national';

describeNeo4j('Neo4j store', () => {
  describeNational('Neo4j', async () => openNeo4jStore());
});
