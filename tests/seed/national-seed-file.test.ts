import { readCompactGraph } from '../../src/ingest/seed/compact-graph';
import { deriveNationalSeed, NATIONAL_SEED_FILE } from '../../src/ingest/seed/national-seed';

/**
 * seeds/national/national.graph.json.gz is exactly what the importers derive today from the
 * data sets committed under seeds/data (#5, #10): it cannot go stale.
 */
describe('the shipped national seed', () => {
  it('equals a fresh import of seeds/data (rebuild with npm run seeds:national)', async () => {
    const shipped = readCompactGraph(NATIONAL_SEED_FILE);
    const fresh = await deriveNationalSeed();
    expect(shipped.supersessions).toEqual(fresh.supersessions);
    expect(shipped.nodes.length).toBe(fresh.nodes.length);
    expect(shipped.edges.length).toBe(fresh.edges.length);
    expect(shipped).toEqual(fresh);
  }, 120000);
});
