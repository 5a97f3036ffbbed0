import { Neo4jError, Session } from 'neo4j-driver';
import type { Neo4jStore } from '../../src/store/neo4j/neo4j.store';
import { describeNeo4j, openNeo4jStore } from '../helpers/neo4j';

/**
 * The reads of a request (read-plan, node and neighbour lookups, searches, path searches,
 * recommendation candidates and export pages) run as auto-commit statements (one message
 * exchange, no BEGIN and COMMIT), and a transient error sends one again as a read transaction,
 * which the driver retries; any other error is the caller's at once. Other reads (counts, the
 * loader's) stay in read transactions (neo4j.store.ts, AUTO_COMMIT_READS).
 */
describeNeo4j('Neo4j reads', () => {
  let store: Neo4jStore;
  beforeAll(() => {
    store = openNeo4jStore();
  });
  afterAll(() => store.close());
  afterEach(() => jest.restoreAllMocks());

  const ROOT = 'occupation:29-2011';

  it('run a plan auto-commit, without a transaction', async () => {
    const run = jest.spyOn(Session.prototype, 'run');
    const executeRead = jest.spyOn(Session.prototype, 'executeRead');
    const { roots } = await store.expandPlan([ROOT], []);
    expect(roots[0]?.id).toBe(ROOT);
    expect(run).toHaveBeenCalledTimes(1);
    expect(run.mock.calls[0][2]).toMatchObject({ metadata: { app: 'careergraph', query: 'read-plan' } });
    expect(executeRead).not.toHaveBeenCalled();
  });

  it('run node lookups and export pages auto-commit too, and other reads in read transactions', async () => {
    const run = jest.spyOn(Session.prototype, 'run');
    const executeRead = jest.spyOn(Session.prototype, 'executeRead');
    const queries = () => run.mock.calls.map((call) => (call[2]?.metadata as { query?: string } | undefined)?.query);
    const [node] = await store.getNodes([ROOT]);
    expect(node?.id).toBe(ROOT);
    const [first] = await store.exportNodes({ after: null, limit: 1 });
    expect(first?.id).toBeDefined();
    expect(await store.exportEdges({ after: null, limit: 1 })).toHaveLength(1);
    expect(queries()).toEqual(['read-nodes', 'read-export-nodes', 'read-export-edges']);
    expect(executeRead).not.toHaveBeenCalled();
    run.mockClear();
    expect((await store.counts()).nodes).toBeGreaterThan(0);
    expect(run).not.toHaveBeenCalled();
    expect(executeRead).toHaveBeenCalled();
  });

  it('run a plan again in a read transaction after a transient error', async () => {
    const transient = new Neo4jError('leader switch', 'Neo.TransientError.Cluster.NotALeader', '', '');
    const run = jest.spyOn(Session.prototype, 'run').mockImplementationOnce(() => {
      throw transient;
    });
    const executeRead = jest.spyOn(Session.prototype, 'executeRead');
    const { roots } = await store.expandPlan([ROOT], []);
    expect(roots[0]?.id).toBe(ROOT);
    expect(run).toHaveBeenCalled();
    // (Other read transactions may run meanwhile: the background planning of typed statements.)
    expect(executeRead.mock.calls.filter((call) => (call[1]?.metadata as { query?: string } | undefined)?.query === 'read-plan')).toHaveLength(1);
  });

  it('fail at once on any other error', async () => {
    const syntax = new Neo4jError('bad statement', 'Neo.ClientError.Statement.SyntaxError', '', '');
    jest.spyOn(Session.prototype, 'run').mockImplementationOnce(() => {
      throw syntax;
    });
    const executeRead = jest.spyOn(Session.prototype, 'executeRead');
    await expect(store.expandPlan([ROOT], [])).rejects.toThrow();
    expect(executeRead.mock.calls.filter((call) => (call[1]?.metadata as { query?: string } | undefined)?.query === 'read-plan')).toHaveLength(0);
  });
});
