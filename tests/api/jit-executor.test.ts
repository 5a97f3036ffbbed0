import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getIntrospectionQuery, parse } from 'graphql';
import { GraphService } from '../../src/features/graph/graph.service';
import { CompiledOperations } from '../../src/server/jit-executor';
import { createSchema } from '../../src/server/schema';
import { Deadline } from '../../src/shared/deadline';
import type { MemoryStore } from '../../src/store/memory/memory.store';
import { EXAMPLES_DIR, postGraphQL, seededMemoryStore, startTestServer, type TestApp } from '../helpers/server';

/**
 * graphql-jit (GRAPHQL_JIT=true) answers exactly as graphql-js does (#13): every example, and
 * errors with their codes, paths and extensions, through the same Apollo plugins (cost in
 * `extensions`, limits) and error formatting.
 */
describe('graphql-jit and graphql-js give the same answers', () => {
  let store: MemoryStore;
  let js: TestApp;
  let jit: TestApp;
  beforeAll(async () => {
    store = await seededMemoryStore();
    js = await startTestServer(store, { api: { jit: false } });
    // Compiled from the first execution on (the server's default waits for a second one).
    jit = await startTestServer(store, { api: { jit: true, jitAfter: 1 } });
  });
  afterAll(async () => {
    await js.close();
    await jit.close();
  });

  /** Both answers, sent twice to each (the second from graphql-jit's cache of compiled operations). */
  async function both(query: string, variables?: Record<string, unknown>) {
    const [a, b] = await Promise.all([postGraphQL(js.url, query, variables), postGraphQL(jit.url, query, variables)]);
    const [a2, b2] = await Promise.all([postGraphQL(js.url, query, variables), postGraphQL(jit.url, query, variables)]);
    expect(b2).toEqual(b);
    expect(a2).toEqual(a);
    return { js: a, jit: b };
  }

  const examples = readdirSync(EXAMPLES_DIR).filter((f) => f.endsWith('.graphql'));
  it.each(examples)('%s', async (file) => {
    const answers = await both(readFileSync(join(EXAMPLES_DIR, file), 'utf8'));
    expect(answers.js.errors).toBeUndefined();
    expect(answers.js.data).toBeTruthy();
    expect(answers.jit).toEqual(answers.js);
    // Field order too: clients see the same bytes.
    expect(JSON.stringify(answers.jit)).toBe(JSON.stringify(answers.js));
  });

  it("answers the playground's introspection query alike", async () => {
    const answers = await both(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }));
    expect(answers.js.errors).toBeUndefined();
    expect(answers.jit).toEqual(answers.js);
  });

  it.each([
    [
      'BAD_USER_INPUT from a nested resolver',
      'query($f: Int) { occupation(code: "29-2011") { id tasks(first: $f) { totalCount } } }',
      { f: 101 },
      'BAD_USER_INPUT',
    ],
    ['BAD_USER_INPUT for a cursor', 'query($a: String) { search(text: "lab", after: $a) { totalCount } }', { a: 'not-a-cursor' }, 'BAD_USER_INPUT'],
    ['class-validator on a root argument', `{ search(text: "${'a'.repeat(201)}") { totalCount } }`, undefined, 'BAD_USER_INPUT'],
    ['NOT_FOUND', '{ skillGap(from: "role:nope", to: "role:laboratory-automation-project-manager") { coverage } }', undefined, 'NOT_FOUND'],
    ['a variable of the wrong type', 'query($f: Int) { occupation(code: "29-2011") { tasks(first: $f) { totalCount } } }', { f: 'ten' }, 'BAD_USER_INPUT'],
    [
      'a limit (the plugin refuses)',
      `{ ${Array.from({ length: 11 }, (_, i) => `a${i}: occupation(code: "29-2011") { id }`).join(' ')} }`,
      undefined,
      'TOO_MANY_ROOT_FIELDS',
    ],
    [
      'a partial answer: an error beside data',
      '{ occupation(code: "29-2011") { id } skillGap(from: "role:nope", to: "role:laboratory-automation-project-manager") { coverage } }',
      undefined,
      'NOT_FOUND',
    ],
  ])('keeps errors alike: %s', async (_name, query, variables, code) => {
    const answers = await both(query, variables as Record<string, unknown> | undefined);
    expect(answers.js.errors?.[0]?.extensions?.code).toBe(code);
    expect(answers.jit).toEqual(answers.js);
  });

  it('masks unexpected errors alike, with their path, and logs them', async () => {
    const original = store.getNodes.bind(store);
    store.getNodes = async () => {
      throw new Error('secret internal detail');
    };
    try {
      const answers = await both('{ node(id: "skill:ai-tools") { id } }');
      expect(answers.js.errors?.[0]).toMatchObject({ message: 'Internal server error', path: ['node'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      expect(answers.jit).toEqual(answers.js);
      expect(jit.logs.errors()).toEqual(
        js.logs.errors().map(() => expect.objectContaining({ err: expect.objectContaining({ message: 'secret internal detail' }) })),
      );
    } finally {
      store.getNodes = original;
    }
  });
});

describe('operations compiled once they repeat (GRAPHQL_JIT_AFTER)', () => {
  it('runs an operation with graphql-js until its third execution, then compiled, with the same answer', async () => {
    const store = await seededMemoryStore();
    const schema = await createSchema();
    const operations = new CompiledOperations(schema, 10, 3);
    const document = parse(readFileSync(join(EXAMPLES_DIR, 'full-profile.graphql'), 'utf8'));
    const run = () => {
      const graph = new GraphService(store);
      const deadline = new Deadline(10_000);
      return operations.execute('full-profile', document, undefined, {}, { graph, deadline, admission: {} }).finally(() => deadline.dispose());
    };
    const answers = [];
    const compiled = [];
    for (let i = 0; i < 4; i++) {
      answers.push(JSON.stringify(await run()));
      compiled.push(operations.size);
    }
    expect(compiled).toEqual([0, 0, 1, 1]);
    expect(JSON.parse(answers[0]).errors).toBeUndefined();
    expect(new Set(answers).size).toBe(1);
  });
});
