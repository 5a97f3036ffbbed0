import { describeNeo4j, openNeo4jStore, removeNodesByPrefix } from '../helpers/neo4j';
import { describeStoreContract } from './contract';
import { PREFIX } from './contract-fixture';

/**
 * The store contract on the test database, which other suites read as global setup left it
 * (the seed graph): the fixture is loaded beside the seed, never instead of it (Community
 * edition has one database), and removed by its id prefix afterwards, and before, should an
 * earlier run have stopped half way. No seed id has the prefix (see contract-fixture.ts).
 */
const removeFixture = () => removeNodesByPrefix(PREFIX);

describeNeo4j('Neo4j store', () => {
  describeStoreContract('Neo4j', {
    open: async () => {
      await removeFixture();
      return openNeo4jStore();
    },
    close: async (store) => {
      await removeFixture();
      await store.close();
    },
  });
});
