import { readCompactGraph } from '../../src/ingest/compact-graph';
import { deriveOnetSeed, ONET_SEED_FILE } from '../../src/ingest/onet/onet-seed';
import { sharedDataDir } from './fixtures';

/** seeds/onet/onet.graph.json.gz is exactly what the importer derives today (#5): it cannot go stale. */
describe('the shipped O*NET seed', () => {
  it('equals a fresh import of the O*NET folders (rebuild with npm run seeds:onet)', () => {
    const shipped = readCompactGraph(ONET_SEED_FILE);
    const fresh = deriveOnetSeed(sharedDataDir());
    expect(shipped.nodes.length).toBe(fresh.nodes.length);
    expect(shipped.edges.length).toBe(fresh.edges.length);
    expect(shipped).toEqual(fresh);
  }, 60000);
});
