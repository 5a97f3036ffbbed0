import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Environment, fetchQuery, Network, RecordSource, Store, type GraphQLTaggedNode } from 'relay-runtime';
import { EXAMPLES_DIR, seededMemoryStore, serveStoreForSuite } from '../helpers/server';
import { PAGED_LISTS } from './connections';
import type { Json } from '../helpers/json';

const ROOT = join(__dirname, '..', '..');

/**
 * Relay, as an app would use it: relay-compiler 21 compiles every example and a fragment with
 * `@connection` on each paged list (against schema/schema.graphql); relay-runtime's store
 * then normalises every example's answer, `graphExport` included, in one environment, and
 * pages each connection through its generated pagination query. Relay keys records by `id`
 * alone, so an id two types share shows as a conflicting record.
 */
describe('Relay', () => {
  const running = serveStoreForSuite(seededMemoryStore);
  let dir: string;
  let compiled: ReturnType<typeof spawnSync>;
  const examples = readdirSync(EXAMPLES_DIR)
    .filter((f) => f.endsWith('.graphql'))
    .sort();

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'careergraph-relay-'));
    mkdirSync(join(dir, 'src', '__generated__'), { recursive: true });
    writeFileSync(
      join(dir, 'relay.config.json'),
      JSON.stringify({
        src: './src',
        schema: join(ROOT, 'schema', 'schema.graphql'),
        language: 'javascript',
        artifactDirectory: './src/__generated__',
        eagerEsModules: false,
      }),
    );
    // Relay wants each operation named after its module: Examples<Name>Query, Examples_<name>.
    const operations = examples.map((f) => readFileSync(join(EXAMPLES_DIR, f), 'utf8').replace(/^query (\w+)/m, 'query Examples$1Query'));
    const fragments = PAGED_LISTS.map(
      (list) => `
      fragment Examples_${list.field} on Query
        @argumentDefinitions(count: { type: "Int", defaultValue: 2 }, cursor: { type: "String" })
        @refetchable(queryName: "Examples${capitalised(list.field)}PaginationQuery") {
        ${list.field}(${list.args}, first: $count, after: $cursor) @connection(key: "Examples_${list.field}") {
          totalCount
          edges { ${list.edge} }
        }
      }`,
    );
    // Comments go: relay-compiler's extractor does not take an escaped backtick inside graphql``.
    const source = [...operations, ...fragments].map((doc) => `graphql\`${doc.replace(/^\s*#.*$/gm, '')}\`;`).join('\n');
    writeFileSync(join(dir, 'src', 'Examples.js'), `const { graphql } = require('relay-runtime');\n${source}\n`);
    compiled = spawnSync(join(ROOT, 'node_modules', '.bin', 'relay-compiler'), [], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
  });
  afterAll(() => {
    if (!process.env.KEEP_RELAY_DIR) rmSync(dir, { recursive: true, force: true });
  });

  // The artifacts are written by relay-compiler while the test runs: no import can name them.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const artifact = (name: string) => require(join(dir, 'src', '__generated__', `${name}.graphql.js`)) as GraphQLTaggedNode;

  it('compiles every example, and a @connection fragment on each paged list', () => {
    // The compiler's own report when it fails: which document, which rule.
    expect(compiled.status === 0 ? '' : `exit ${compiled.status}\n${compiled.stdout}\n${compiled.stderr}`).toBe('');
    const generated = readdirSync(join(dir, 'src', '__generated__'));
    for (const f of examples) expect(generated).toContain(`Examples${operationName(f)}Query.graphql.js`);
    for (const list of PAGED_LISTS) expect(generated).toContain(`Examples${capitalised(list.field)}PaginationQuery.graphql.js`);
  });

  it('normalises every example and graphExport into one store with no conflicting records', async () => {
    const { environment, responses } = relayEnvironment(running.app.url);
    const warnings = captureWarnings();
    try {
      for (const f of examples) await fetchQuery(environment, artifact(`Examples${operationName(f)}Query`), {}).toPromise();
    } finally {
      warnings.restore();
    }
    expect(responses.some((r) => JSON.stringify(r).includes('"graphExport"'))).toBe(true);
    expect(warnings.lines.filter((l) => /globally unique|conflicting|Invalid record/i.test(l))).toEqual([]);
    expect(conflictingIds(responses)).toEqual([]);
  });

  it('finds an id two types share (the check above can fail)', () => {
    expect(conflictingIds([{ a: { id: 'role:x', __typename: 'CareerRole' }, b: [{ id: 'role:x', __typename: 'ExportNode' }] }])).toEqual([
      'role:x: CareerRole, ExportNode',
    ]);
  });

  for (const list of PAGED_LISTS) {
    it(`${list.field}: three pages merge into one connection, in order, without duplicates`, async () => {
      const { environment } = relayEnvironment(running.app.url);
      const query = artifact(`Examples${capitalised(list.field)}PaginationQuery`);
      let cursor: string | null = null;
      for (let page = 0; page < 3; page++) {
        // What usePaginationFragment's loadNext sends: the pagination query with the last cursor.
        await fetchQuery(environment, query, { count: 2, cursor }).toPromise();
        const connection = connectionRecord(environment, list.field);
        cursor = connection.pageInfo.endCursor as string;
        expect(cursor).toEqual(expect.any(String));
      }
      const { edges } = connectionRecord(environment, list.field);
      const cursors = edges.map((e) => e.cursor);
      expect(cursors).toHaveLength(6);
      expect(new Set(cursors).size).toBe(6);
      expect(edges.map((e) => e.rank ?? null)).toEqual(list.field === 'relatedOccupations' ? Array(6).fill(null) : [1, 2, 3, 4, 5, 6]);
    });
  }
});

function relayEnvironment(url: string) {
  const responses: unknown[] = [];
  const network = Network.create(async (params, variables) => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: params.text, variables }) });
    const body = await res.json();
    responses.push(body);
    return body;
  });
  return { environment: new Environment({ network, store: new Store(new RecordSource()) }), responses };
}

/**
 * The connection Relay's ConnectionHandler keeps for the list under the fragment's key (its
 * storage key also holds the list's filters), read from the store's records.
 */
function connectionRecord(environment: Environment, field: string) {
  const source = environment.getStore().getSource();
  const get = (id: string) => source.get(id) as Record<string, Json>;
  const root = get('client:root');
  const key = Object.keys(root).find((k) => k.startsWith(`__Examples_${field}_connection`));
  if (!key) throw new Error(`no connection record for ${field}: root has ${Object.keys(root).join(', ')}`);
  const connection = get(root[key].__ref);
  return {
    pageInfo: get(connection.pageInfo.__ref),
    edges: (connection.edges.__refs as string[]).map(get),
  };
}

/** Ids that come with two different __typenames anywhere in the answers. */
function conflictingIds(responses: unknown[]): string[] {
  const types = new Map<string, Set<string>>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (typeof value !== 'object' || value === null) return;
    const v = value as Record<string, unknown>;
    if (typeof v.id === 'string' && typeof v.__typename === 'string') {
      const seen = types.get(v.id) ?? new Set<string>();
      seen.add(v.__typename);
      types.set(v.id, seen);
    }
    Object.values(v).forEach(walk);
  };
  responses.forEach(walk);
  return [...types].filter(([, t]) => t.size > 1).map(([id, t]) => `${id}: ${[...t].sort().join(', ')}`);
}

function captureWarnings() {
  const lines: string[] = [];
  const spies = (['error', 'warn'] as const).map((level) =>
    jest.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      lines.push(args.map(String).join(' '));
    }),
  );
  return { lines, restore: () => spies.forEach((s) => s.mockRestore()) };
}

function operationName(file: string): string {
  return /^query (\w+)/m.exec(readFileSync(join(EXAMPLES_DIR, file), 'utf8'))?.[1] ?? file;
}

function capitalised(s: string): string {
  return s[0].toUpperCase() + s.slice(1);
}
