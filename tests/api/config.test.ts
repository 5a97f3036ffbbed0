import { loadConfig } from '../../src/config';

describe('configuration', () => {
  it('has defaults that serve the embedded store on loopback', () => {
    expect(loadConfig({})).toMatchObject({ host: '127.0.0.1', port: 4000, graphStore: 'memory' });
  });

  it.each([
    ['http://127.0.0.1:7687', /NEO4J_URI: scheme must be one of bolt/],
    ['not a uri', /NEO4J_URI: is not a URI/],
  ])('rejects NEO4J_URI=%p, naming it', (uri, message) => {
    expect(() => loadConfig({ NEO4J_URI: uri })).toThrow(message);
  });

  it('rejects a bad GRAPH_STORE or PORT, naming it', () => {
    expect(() => loadConfig({ GRAPH_STORE: 'postgres' })).toThrow(/GRAPH_STORE: must be one of memory, neo4j/);
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT: must be a whole number/);
  });

  it('names the variable of any bad number', () => {
    expect(() => loadConfig({ NEO4J_TX_TIMEOUT_MS: 'soon' })).toThrow(/NEO4J_TX_TIMEOUT_MS/);
  });
});
