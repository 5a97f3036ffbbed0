import { Neo4jError, Session } from 'neo4j-driver';
import type { Neo4jStore } from '../../src/store/neo4j/neo4j.store';
import { describeNeo4j, openNeo4jStore } from '../helpers/neo4j';

/**
 * Reads run as auto-commit statements (one message exchange, no BEGIN and COMMIT), and a
 * transient error sends the read again as a read transaction, which the driver retries; any
 * other error is the caller's at once.
 */
describeNeo4j('Neo4j reads', () => {
  let store: Neo4jStore;
  beforeAll(() => {
    store = openNeo4jStore();
  });
  afterAll(() => store.close());
  afterEach(() => jest.restoreAllMocks());

  it('run auto-commit, without a transaction', async () => {
    const run = jest.spyOn(Session.prototype, 'run');
    const executeRead = jest.spyOn(Session.prototype, 'executeRead');
    const [node] = await store.getNodes(['occupation:29-2011']);
    expect(node?.id).toBe('occupation:29-2011');
    expect(run).toHaveBeenCalledTimes(1);
    expect(run.mock.calls[0][2]).toMatchObject({ metadata: { app: 'careergraph', query: 'read-nodes' } });
    expect(executeRead).not.toHaveBeenCalled();
  });

  it('run again in a read transaction after a transient error', async () => {
    const transient = new Neo4jError('leader switch', 'Neo.TransientError.Cluster.NotALeader', '', '');
    const run = jest.spyOn(Session.prototype, 'run').mockImplementationOnce(() => {
      throw transient;
    });
    const executeRead = jest.spyOn(Session.prototype, 'executeRead');
    const [node] = await store.getNodes(['occupation:29-2011']);
    expect(node?.id).toBe('occupation:29-2011');
    expect(run).toHaveBeenCalled();
    expect(executeRead).toHaveBeenCalledTimes(1);
  });

  it('fail at once on any other error', async () => {
    const syntax = new Neo4jError('bad statement', 'Neo.ClientError.Statement.SyntaxError', '', '');
    jest.spyOn(Session.prototype, 'run').mockImplementationOnce(() => {
      throw syntax;
    });
    const executeRead = jest.spyOn(Session.prototype, 'executeRead');
    await expect(store.getNodes(['occupation:29-2011'])).rejects.toThrow();
    expect(executeRead).not.toHaveBeenCalled();
  });
});
