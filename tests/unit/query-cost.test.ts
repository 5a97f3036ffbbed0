import { buildSchema, Kind, parse, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { loadConfig, type QueryLimits } from '../../src/config';
import { analysisOf, parsedOnce } from '../../src/server/limits/analysis-cache';
import { limitExceeded } from '../../src/server/limits/limit-exceeded';
import { analyzeOperation } from '../../src/server/limits/operation-analysis';
import { LruMap } from '../../src/shared/lru';

/**
 * The query cost limiter's rules (src/server/limits): depth and cost worked out by hand on a
 * small schema whose field coordinates are those cost-model.ts weighs (Query.careerPaths 400,
 * its page 3 by default and 10 at most, CareerPath.steps a list of 6; other object fields 1,
 * other lists 10, other pages 20 by default).
 */
const schema = buildSchema(`
  type Query {
    occupation(code: String!): Occupation
    careerPaths(from: ID!, to: ID!, first: Int): CareerPathConnection!
    search(text: String!): [Occupation!]!
  }
  type Occupation { id: ID! title: String related: [Occupation!]! tasks(first: Int): TaskConnection! }
  type TaskConnection { edges: [TaskEdge!]! totalCount: Int! }
  type TaskEdge { node: Task! }
  type Task { id: ID! text: String }
  type CareerPathConnection { edges: [CareerPathEdge!]! totalCount: Int! }
  type CareerPathEdge { node: CareerPath! }
  type CareerPath { cost: Float! steps: [CareerStep!]! }
  type CareerStep { via: String! to: Occupation! }
`);

function analyze(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  return analyzeOperation(schema, document, operation, variables);
}

/** `{ occupation { related { related ... { id } } } }`: depth 1 + levels. */
const nested = (levels: number) => `{ occupation(code: "x") { ${'related { '.repeat(levels)}id${' }'.repeat(levels)} } }`;
/** One career-path page: careerPaths 400 + first × (edges 1 + node 1 + steps (1 + 6 × to 1)) = 400 + first × 9. */
const paths = (first?: number, alias = '') =>
  `${alias}careerPaths(from: "a", to: "b"${first === undefined ? '' : `, first: ${first}`}) { totalCount edges { node { cost steps { via to { id } } } } }`;

describe('query cost limiter', () => {
  const limits = (overrides: Partial<QueryLimits>): QueryLimits => ({ ...loadConfig({}).limits, ...overrides });
  const refusal = (query: string, l: QueryLimits) => limitExceeded(analyze(query), l)?.extensions ?? null;

  it('counts depth by nested selections, through fragments, and refuses one level over the limit', () => {
    expect(analyze(nested(0)).depth).toBe(1);
    expect(analyze(nested(11)).depth).toBe(12);
    expect(analyze('{ occupation(code: "x") { ...F } } fragment F on Occupation { ... on Occupation { related { id } } }').depth).toBe(2);
    // (Cost aside: ten levels of lists of ten are far over any budget.)
    const l = limits({ maxDepth: 12, maxCost: Number.MAX_SAFE_INTEGER });
    expect(refusal(nested(11), l)).toBeNull();
    expect(refusal(nested(12), l)).toMatchObject({ code: 'QUERY_TOO_DEEP', found: 13, limit: 12, setting: 'MAX_QUERY_DEPTH' });
  });

  it('refuses nesting beyond any walk without counting it', () => {
    const l = limits({ maxDepth: 50 });
    expect(refusal(nested(70), l)).toMatchObject({ code: 'QUERY_TOO_DEEP', found: -1 });
  });

  it('costs a field its weight plus its list size times its selection', () => {
    expect(analyze('{ occupation(code: "x") { id title } }').cost).toBe(1);
    // related: 1 + 10 × (related 1) = 11, under occupation: 1 + 11.
    expect(analyze(nested(2)).cost).toBe(12);
    // tasks(first: 5): 1 + 5 × (edges 1 + node 1); a connection's edges are the page itself.
    expect(analyze('{ occupation(code: "x") { tasks(first: 5) { edges { node { id } } } } }').cost).toBe(1 + 1 + 5 * 2);
    expect(analyze('{ occupation(code: "x") { tasks { edges { node { id } } } } }').cost).toBe(1 + 1 + 20 * 2);
    expect(analyze(`{ ${paths(2)} }`).cost).toBe(400 + 2 * 9);
    // No `first`: the default page (3); over the maximum (10): the maximum; from a variable.
    expect(analyze(`{ ${paths()} }`).cost).toBe(400 + 3 * 9);
    expect(analyze(`{ ${paths(50)} }`).cost).toBe(400 + 10 * 9);
    expect(analyze('query($n: Int) { careerPaths(from: "a", to: "b", first: $n) { edges { node { cost steps { via to { id } } } } } }', { n: 7 }).cost).toBe(
      400 + 7 * 9,
    );
  });

  it('weighs a search by its shortest word', () => {
    expect(analyze('{ search(text: "nursing care") { id } }').cost).toBe(20);
    expect(analyze('{ search(text: "nursing of") { id } }').cost).toBe(100);
    expect(analyze('{ search(text: "a nurse") { id } }').cost).toBe(500);
  });

  it('multiplies cost by aliases, and refuses one alias over the budget', () => {
    const one = analyze(`{ ${paths(2)} }`).cost;
    const twice = `{ ${paths(2, 'a: ')} ${paths(2, 'b: ')} }`;
    expect(analyze(twice)).toMatchObject({ cost: 2 * one, aliases: 2, rootFields: 2 });
    // A fragment spread twice costs twice.
    expect(
      analyze(`{ a: careerPaths(from: "a", to: "b", first: 2) { ...P } b: careerPaths(from: "a", to: "c", first: 2) { ...P } }
      fragment P on CareerPathConnection { edges { node { cost steps { via to { id } } } } }`).cost,
    ).toBe(2 * one);
    expect(refusal(twice, limits({ maxCost: 2 * one }))).toBeNull();
    expect(refusal(twice, limits({ maxCost: 2 * one - 1 }))).toMatchObject({
      code: 'QUERY_TOO_COSTLY',
      found: 2 * one,
      limit: 2 * one - 1,
      setting: 'MAX_QUERY_COST',
    });
  });

  it('refuses more aliases or root fields than allowed, at the limit plus one', () => {
    const aliased = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `o${i}: occupation(code: "x") { id }`).join(' ')} }`;
    const l = limits({ maxAliases: 3, maxRootFields: 10, maxCost: 1000 });
    expect(refusal(aliased(3), l)).toBeNull();
    expect(refusal(aliased(4), l)).toMatchObject({ code: 'TOO_MANY_ALIASES', found: 4, limit: 3 });
    expect(refusal(aliased(4), limits({ maxAliases: 30, maxRootFields: 3 }))).toMatchObject({ code: 'TOO_MANY_ROOT_FIELDS', found: 4, limit: 3 });
  });
});

describe('analyses kept per query text, operation and variables', () => {
  const operationOf = (document: DocumentNode, name?: string) =>
    document.definitions.find(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && (!name || d.name?.value === name),
    ) as OperationDefinitionNode;
  const text = `query Few($n: Int) { careerPaths(from: "a", to: "b", first: $n) { totalCount edges { node { cost steps { via to { id } } } } } } query Many { ${paths(10)} }`;

  it('gives what analyzeOperation gives, for each operation and each set of variables, across parses of the same text', () => {
    for (const variables of [{ n: 1 }, { n: 10 }, {}]) {
      for (const name of ['Few', 'Many']) {
        const first = parse(text);
        const expected = analyzeOperation(schema, first, operationOf(first, name), variables);
        expect(analysisOf(schema, text, first, operationOf(first, name), variables)).toEqual(expected);
        // A second parse (as preflight and Apollo each make) meets the kept analysis, which is the same.
        const second = parse(text);
        expect(analysisOf(schema, text, second, operationOf(second, name), variables)).toEqual(expected);
      }
    }
    // The variables make the difference: 400 + 1 × 9 against 400 + 10 × 9.
    const document = parse(text);
    expect(analysisOf(schema, text, document, operationOf(document, 'Few'), { n: 1 }).cost).toBe(409);
    expect(analysisOf(schema, text, document, operationOf(document, 'Few'), { n: 10 }).cost).toBe(490);
  });

  it('parses a text once per token limit, and still refuses it over a smaller limit', () => {
    const once = parsedOnce(schema, text, 10_000);
    expect(parsedOnce(schema, text, 10_000)).toBe(once);
    expect(() => parsedOnce(schema, text, 5)).toThrow(/more th(?:an|at) 5 tokens/);
  });
});

describe('LruMap', () => {
  it('keeps the most recently used entries, up to its size', () => {
    const lru = new LruMap<string, number>(2);
    lru.set('a', 1);
    lru.set('b', 2);
    expect(lru.get('a')).toBe(1); // a is now the most recently used
    lru.set('c', 3);
    expect([lru.get('a'), lru.get('b'), lru.get('c'), lru.size]).toEqual([1, undefined, 3, 2]);
  });
});
