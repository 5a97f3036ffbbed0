import { describeNeo4j, openNeo4jStore } from '../helpers/neo4j';
import { describeRecommendAndExport } from './recommend-export';

describeNeo4j('Neo4j store', () => {
  describeRecommendAndExport('Neo4j', async () => openNeo4jStore());
});
