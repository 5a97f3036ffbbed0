import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportGraph } from '../../src/export/export-writer';
import type { ExportManifest, ExportOptions } from '../../src/export/export-manifest';
import { edgeKey, type GraphData, type GraphNode } from '../../src/model/graph';
import { DERIVED_NODE_PROPS, type GraphCounts, type GraphStore } from '../../src/store/graph-store';
import { MemoryStore } from '../../src/store/memory/memory.store';
import { loadSeedGraph } from '../../src/ingest/seed/seed-graph';
import { parseCsv, type CsvField } from './csv-parse';

const ROOT = join(__dirname, '..', '..');
// The same folder as tests/helpers/server.ts names; importing that would compile the whole API.
const SEEDS_DIR = join(ROOT, 'seeds');
let graph: GraphData;
let store: MemoryStore;
let counts: GraphCounts;
const dirs: string[] = [];

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'careergraph-export-'));
  dirs.push(dir);
  return dir;
}

beforeAll(async () => {
  graph = loadSeedGraph(SEEDS_DIR);
  store = new MemoryStore();
  await store.load(graph);
  counts = await store.counts();
}, 60000);

afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const readManifest = (dir: string): ExportManifest => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const lines = (path: string) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l !== '');
const exportTo = (dir: string, options: Partial<ExportOptions> = {}, from: GraphStore = store) =>
  exportGraph(from, { outDir: dir, format: 'ndjson', ...options });

/** The store with some methods replaced. */
function withOverrides(base: GraphStore, overrides: Partial<GraphStore>): GraphStore {
  return new Proxy(base, {
    get(target, key, receiver) {
      if (key in overrides) return overrides[key as keyof GraphStore];
      const value = Reflect.get(target, key, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

describe('NDJSON export of the seed graph', () => {
  let dir: string;
  let manifest: ExportManifest;
  let nodeLines: string[];
  let edgeLines: string[];

  beforeAll(async () => {
    dir = tempDir();
    manifest = await exportTo(dir);
    nodeLines = lines(join(dir, 'nodes.ndjson'));
    edgeLines = lines(join(dir, 'edges.ndjson'));
  });

  it('writes as many rows as the store counts, and says so in the manifest', () => {
    expect(counts.nodes).toBeGreaterThan(20000);
    expect(nodeLines).toHaveLength(counts.nodes);
    expect(edgeLines).toHaveLength(counts.edges);
    expect(manifest.files.nodes.rows).toBe(counts.nodes);
    expect(manifest.files.edges.rows).toBe(counts.edges);
    expect(readManifest(dir)).toEqual(manifest);
    expect(manifest.counts).toEqual(counts);
    expect(manifest).toMatchObject({ format: 'ndjson', store: 'memory', warnings: [] });
    expect(Date.parse(manifest.generatedAt)).not.toBeNaN();
    expect(manifest.csv).toBeUndefined();
  });

  it('holds every node of the loaded graph exactly once, in id order', () => {
    const ids = nodeLines.map((l) => JSON.parse(l).id as string);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids)).toEqual(new Set(graph.nodes.map((n) => n.id)));
    const sorted = [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(ids).toEqual(sorted);
  });

  it('holds every edge once under its edgeKey id, in (from, type, to) order', () => {
    const edges = edgeLines.map((l) => JSON.parse(l));
    const ids = edges.map((e) => e.id as string);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids)).toEqual(new Set(graph.edges.map(edgeKey)));
    expect(edges.filter((e) => e.id !== `${e.type}|${e.from}|${e.to}`)).toEqual([]);
    const key = (e: { from: string; type: string; to: string }) => [e.from, e.type, e.to];
    for (let i = 1; i < edges.length; i++) {
      const [a, b] = [key(edges[i - 1]), key(edges[i])];
      const order = a[0] !== b[0] ? a[0] < b[0] : a[1] !== b[1] ? a[1] < b[1] : a[2] < b[2];
      if (!order) throw new Error(`edges out of order at line ${i + 1}: ${ids[i - 1]} then ${ids[i]}`);
    }
  });

  it('round-trips a node: occupation:29-2011 parses back to what the store holds, less the search fields', async () => {
    const line = nodeLines.find((l) => l.startsWith('{"id":"occupation:29-2011",'));
    expect(line).toBeDefined();
    const [stored] = (await store.getNodes(['occupation:29-2011'])) as GraphNode[];
    const expected = { ...stored.props };
    DERIVED_NODE_PROPS.forEach((key) => delete expected[key]);
    expect(Object.keys(expected).length).toBeGreaterThan(3);
    expect(JSON.parse(line as string)).toEqual({ id: stored.id, label: stored.label, properties: expected });
    expect(line).not.toMatch(/searchText|searchName/);
  });

  it('writes property keys sorted, so the same graph gives the same bytes', async () => {
    for (const l of [...nodeLines.slice(0, 500), ...edgeLines.slice(0, 500)]) {
      const keys = Object.keys(JSON.parse(l).properties);
      expect(keys).toEqual([...keys].sort());
    }
    const again = await exportTo(tempDir());
    expect(again.files.nodes.sha256).toBe(manifest.files.nodes.sha256);
    expect(again.files.edges.sha256).toBe(manifest.files.edges.sha256);
  });

  it('records sha256 and size of the bytes on disk', () => {
    for (const file of [manifest.files.nodes, manifest.files.edges]) {
      expect(file.sha256).toBe(sha256(join(dir, file.path)));
      expect(file.bytes).toBe(statSync(join(dir, file.path)).size);
    }
  });

  it('lists every DataSource with its release details, and leaves no partial file', () => {
    expect(manifest.sources).toHaveLength(counts.byLabel.DataSource);
    expect(manifest.sources.length).toBeGreaterThan(0);
    const onet = graph.nodes.find((n) => n.label === 'DataSource' && n.props.release !== undefined) as GraphNode;
    const props = { ...onet.props };
    DERIVED_NODE_PROPS.forEach((key) => delete props[key]);
    expect(manifest.sources).toContainEqual({ id: onet.id, ...props });
    expect(onet.props).toHaveProperty('license');
    expect(readdirSync(dir).sort()).toEqual(['edges.ndjson', 'manifest.json', 'nodes.ndjson']);
  });
});

describe('CSV export of the seed graph', () => {
  let dir: string;
  let manifest: ExportManifest;
  let nodeRows: CsvField[][];
  let edgeRows: CsvField[][];
  /** Row of a node by id, as header name -> field. */
  let nodeById: (id: string) => Map<string, CsvField>;

  beforeAll(async () => {
    dir = tempDir();
    manifest = await exportTo(dir, { format: 'csv' });
    nodeRows = parseCsv(readFileSync(join(dir, 'nodes.csv'), 'utf8'));
    edgeRows = parseCsv(readFileSync(join(dir, 'edges.csv'), 'utf8'));
    const header = nodeRows[0].map((f) => f.text);
    nodeById = (id) => {
      const row = nodeRows.find((r) => r[0].text === id);
      if (!row) throw new Error(`no row for ${id}`);
      return new Map(row.map((f, i) => [header[i], f]));
    };
  });

  it('follows neo4j-admin header conventions, typed by what the values hold', () => {
    const nodeHeader = nodeRows[0].map((f) => f.text);
    const edgeHeader = edgeRows[0].map((f) => f.text);
    expect(nodeHeader.slice(0, 2)).toEqual(['id:ID', ':LABEL']);
    expect(edgeHeader.slice(0, 3)).toEqual([':START_ID', ':TYPE', ':END_ID']);
    expect(nodeHeader).toEqual(expect.arrayContaining(['alternateTitles:string[]', 'jobZone:long', 'name:string', 'rating:double', 'emerging:boolean']));
    expect(edgeHeader).toEqual(expect.arrayContaining(['importance:double', 'level:double', 'hotTechnology:boolean', 'rank:long']));
    const keys = nodeHeader.slice(2, -1).map((h) => h.split(':')[0]);
    expect(keys).toEqual([...keys].sort());
    expect(nodeHeader).not.toContain('searchText:string');
    // Each row's set-but-empty properties, in a column neo4j-admin ignores (#12).
    expect(nodeHeader[nodeHeader.length - 1]).toBe('emptyValues:IGNORE');
    expect(edgeHeader[edgeHeader.length - 1]).toBe('emptyValues:IGNORE');
    expect(manifest.csv?.nodes.columns.map((c) => c.header)).toEqual(nodeHeader);
    expect(manifest.csv?.edges.columns.map((c) => c.header)).toEqual(edgeHeader);
    expect(manifest.csv).toMatchObject({ delimiter: ',', quote: '"', arrayDelimiter: ';', emptyValuesColumn: 'emptyValues:IGNORE' });
  });

  it('gives every column in manifest.json the type and nullability of all its rows (#12)', () => {
    const rows = { nodes: graph.nodes, edges: graph.edges };
    for (const what of ['nodes', 'edges'] as const) {
      for (const column of manifest.csv![what].columns.filter((c) => c.role === 'property')) {
        const values = rows[what].map((r) => r.props[column.name]).filter((v) => v !== null && v !== undefined);
        const kinds = new Set(
          values.flatMap((v) => (Array.isArray(v) ? v : [v])).map((v) => (typeof v !== 'number' ? typeof v : Number.isInteger(v) ? 'long' : 'double')),
        );
        const element = kinds.size === 1 ? [...kinds][0] : kinds.size === 2 && kinds.has('long') && kinds.has('double') ? 'double' : 'string';
        const expected = values.every((v) => Array.isArray(v)) ? `${element}[]` : element;
        expect([what, column.name, column.type, column.nullable]).toEqual([what, column.name, expected, values.length < rows[what].length]);
        expect(column.header).toBe(`${column.name}:${column.type}`);
      }
    }
    const nodeColumns = new Map(manifest.csv!.nodes.columns.map((c) => [c.name, c]));
    expect(nodeColumns.get('release')).toMatchObject({ type: 'string', nullable: true });
    expect(nodeColumns.get('id')).toMatchObject({ header: 'id:ID', role: 'id', type: 'string', nullable: false });
    expect(nodeColumns.get('labels')).toMatchObject({ header: ':LABEL', role: 'labels', type: 'string[]', nullable: false });
    expect(manifest.csv!.edges.columns.find((c) => c.name === 'importance')).toMatchObject({ type: 'double' });
  });

  it('tells an empty array from a missing one: "" and listed in emptyValues, or an empty field (#12)', () => {
    const wages = graph.nodes.filter((n) => n.label === 'WageStatistic');
    const empty = wages.find((n) => Array.isArray(n.props.topCoded) && n.props.topCoded.length === 0) as GraphNode;
    const full = wages.find((n) => Array.isArray(n.props.topCoded) && n.props.topCoded.length > 0) as GraphNode;
    expect(nodeById(empty.id).get('topCoded:string[]')).toEqual({ text: '', quoted: true });
    expect(nodeById(empty.id).get('emptyValues:IGNORE')?.text.split(';')).toContain('topCoded');
    expect(nodeById(full.id).get('topCoded:string[]')?.text).toBe((full.props.topCoded as string[]).join(';'));
    expect(nodeById(full.id).get('emptyValues:IGNORE')?.text.split(';')).not.toContain('topCoded');
    expect(nodeById('occupation:29-2011').get('topCoded:string[]')).toEqual({ text: '', quoted: false });
    expect(nodeById('occupation:29-2011').get('emptyValues:IGNORE')).toEqual({ text: '', quoted: false });
  });

  it('writes one row per node and edge, each as wide as its header', () => {
    expect(nodeRows).toHaveLength(counts.nodes + 1);
    expect(edgeRows).toHaveLength(counts.edges + 1);
    expect(manifest.files.nodes.rows).toBe(counts.nodes);
    expect(nodeRows.filter((r) => r.length !== nodeRows[0].length)).toEqual([]);
    expect(edgeRows.filter((r) => r.length !== edgeRows[0].length)).toEqual([]);
    expect(new Set(nodeRows.slice(1).map((r) => r[0].text)).size).toBe(counts.nodes);
    expect(manifest.files.edges.sha256).toBe(sha256(join(dir, 'edges.csv')));
    expect(manifest.files.nodes.sha256).toBe(sha256(join(dir, 'nodes.csv')));
  });

  it('labels every node Node;<Label>, as the Neo4j store does', () => {
    expect(nodeById('occupation:29-2011').get(':LABEL')?.text).toBe('Node;Occupation');
    const labels = new Set(nodeRows.slice(1).map((r) => r[1].text));
    expect(labels).toEqual(new Set(Object.keys(counts.byLabel).map((l) => `Node;${l}`)));
  });

  it('round-trips values: quotes and commas, arrays, numbers, missing properties', () => {
    const quoted = graph.nodes.find((n) => typeof n.props.name === 'string' && n.props.name.includes('"') && n.props.name.includes(',')) as GraphNode;
    expect(quoted).toBeDefined();
    expect(nodeById(quoted.id).get('name:string')).toEqual({ text: quoted.props.name, quoted: true });

    const occupation = graph.nodes.find((n) => n.id === 'occupation:29-2011') as GraphNode;
    const row = nodeById(occupation.id);
    const titles = occupation.props.alternateTitles as string[];
    expect(titles.length).toBeGreaterThan(1);
    expect(row.get('alternateTitles:string[]')?.text.split(';')).toEqual(titles);
    expect(Number(row.get('jobZone:long')?.text)).toBe(occupation.props.jobZone);
    const missing = [...row.keys()].slice(2, -1).filter((h) => !(h.split(':')[0] in occupation.props));
    expect(missing.length).toBeGreaterThan(0);
    missing.forEach((h) => expect(row.get(h)).toEqual({ text: '', quoted: false }));

    const rated = graph.edges.find((e) => typeof e.props.importance === 'number' && !Number.isInteger(e.props.importance));
    expect(rated).toBeDefined();
    const header = edgeRows[0].map((f) => f.text);
    const edgeRow = edgeRows.find((r) => r[0].text === rated?.from && r[1].text === rated?.type && r[2].text === rated?.to) as CsvField[];
    expect(Number(edgeRow[header.indexOf('importance:double')].text)).toBe(rated?.props.importance);
  });
});

describe('CSV typing', () => {
  const small: GraphData = {
    nodes: [
      { id: 'skill:a', label: 'Skill', props: { name: 'Alpha', code: '15', tags: ['x', 'semi;colon'], note: 'line one\nline "two"', blank: '' } },
      { id: 'skill:b', label: 'Skill', props: { name: 'Beta', code: 15, tags: [], score: 2 } },
      { id: 'skill:c', label: 'Skill', props: { name: 'Gamma', score: 2.5, tags: ['y'], aliases: [''], labels: 'x' } },
    ],
    edges: [
      { type: 'PART_OF', from: 'skill:a', to: 'skill:b', props: { weight: 1, mixed: [1, 2] } },
      { type: 'PART_OF', from: 'skill:c', to: 'skill:b', props: { mixed: 'one' } },
    ],
  };

  it('types mixed kinds as string with a warning, warns of the array delimiter, line breaks and ambiguous values', async () => {
    const tiny = new MemoryStore();
    await tiny.load(small);
    const dir = tempDir();
    const manifest = await exportTo(dir, { format: 'csv' }, tiny);
    expect(manifest.csv?.nodes.columns.map((c) => c.header)).toEqual([
      'id:ID',
      ':LABEL',
      'aliases:string[]',
      'blank:string',
      'code:string',
      'labels:string',
      'name:string',
      'note:string',
      'score:double',
      'tags:string[]',
      'emptyValues:IGNORE',
    ]);
    expect(manifest.csv?.nodes.columns.map((c) => c.nullable)).toEqual([false, false, true, true, true, true, false, true, true, false, true]);
    expect(manifest.csv?.edges.columns.map((c) => c.header)).toEqual([':START_ID', ':TYPE', ':END_ID', 'mixed:string', 'weight:long', 'emptyValues:IGNORE']);
    expect(manifest.warnings).toEqual([
      'nodes property "aliases": 1 arrays hold only an empty string (first in skill:c), written "", which neo4j-admin and pandas read as no value',
      'nodes property "code" holds long and string values; the CSV types it string',
      'nodes property "labels" has the name manifest.json gives another column; a reader naming columns by it gets two',
      'nodes property "tags": 1 array elements contain ";", the array delimiter (first in skill:a); neo4j-admin will split them',
      '1 nodes property values contain line breaks (quoted); neo4j-admin needs --multiline-fields=true',
      'edges property "mixed" holds long[] and string values; the CSV types it string',
    ]);
    const rows = parseCsv(readFileSync(join(dir, 'nodes.csv'), 'utf8'));
    // An empty string or array is "" and named in emptyValues; a missing value is an empty field.
    expect(rows.slice(1).map((r) => r.map((f) => (f.quoted ? `"${f.text}"` : f.text)))).toEqual([
      ['skill:a', 'Node;Skill', '', '""', '15', '', 'Alpha', '"line one\nline "two""', '', 'x;semi;colon', 'blank'],
      ['skill:b', 'Node;Skill', '', '', '15', '', 'Beta', '', '2', '""', 'tags'],
      ['skill:c', 'Node;Skill', '""', '', '', 'x', 'Gamma', '', '2.5', 'y', ''],
    ]);
    const edges = parseCsv(readFileSync(join(dir, 'edges.csv'), 'utf8'));
    expect(edges[1].map((f) => f.text)).toEqual(['skill:a', 'PART_OF', 'skill:b', '[1,2]', '1', '']);
    await tiny.close();
  });
});

describe('export failures leave nothing half-written', () => {
  const partials = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.partial'));

  it('keeps the previous export when reading edges fails midway, and removes the partial files', async () => {
    const dir = tempDir();
    const before = await exportTo(dir, { pageSize: 5000 });
    const snapshot = readdirSync(dir).map((f) => [f, sha256(join(dir, f))]);
    let pages = 0;
    const failing = withOverrides(store, {
      exportEdges: async (query) => {
        if (++pages === 3) throw new Error('connection reset');
        return store.exportEdges(query);
      },
    });
    await expect(exportTo(dir, { pageSize: 5000, format: 'csv' }, failing)).rejects.toThrow('connection reset');
    expect(pages).toBe(3);
    expect(partials(dir)).toEqual([]);
    expect(readdirSync(dir).map((f) => [f, sha256(join(dir, f))])).toEqual(snapshot);
    expect(readManifest(dir)).toEqual(before);
  });

  it('leaves a new folder empty when the write pass fails', async () => {
    const dir = tempDir();
    let pages = 0;
    const failing = withOverrides(store, {
      exportEdges: async (query) => {
        if (++pages === 2) throw new Error('store went away');
        return store.exportEdges(query);
      },
    });
    await expect(exportTo(dir, { pageSize: 10000 }, failing)).rejects.toThrow('store went away');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('fails, naming the cause, when the graph changes during the export', async () => {
    const dir = tempDir();
    let calls = 0;
    const growing = withOverrides(store, {
      counts: async () => {
        const now = await store.counts();
        return ++calls === 1 ? now : { ...now, nodes: now.nodes + 1, byLabel: { ...now.byLabel, Skill: now.byLabel.Skill + 1 } };
      },
    });
    await expect(exportTo(dir, {}, growing)).rejects.toThrow(/graph changed during the export/);
    expect(readdirSync(dir)).toEqual([]);

    const dropping = withOverrides(store, {
      exportNodes: async (query) => (await store.exportNodes(query)).filter((n) => n.id !== 'occupation:29-2011'),
    });
    await expect(exportTo(dir, {}, dropping)).rejects.toThrow(
      new RegExp(
        `the store counted ${counts.nodes} nodes at the start but \\d+ were read \\(.*Occupation: counted ${counts.byLabel.Occupation}, read ${counts.byLabel.Occupation - 1}`,
      ),
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('stops at the next page when aborted (Ctrl-C in the CLI)', async () => {
    const dir = tempDir();
    const abort = new AbortController();
    const onProgress = (p: { phase: string }) => p.phase === 'edges' && abort.abort(new Error('interrupted'));
    await expect(exportTo(dir, { signal: abort.signal, onProgress }, store)).rejects.toThrow('interrupted');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses an output path that is a file, and a page size past the limit', async () => {
    const file = join(tempDir(), 'not-a-folder');
    writeFileSync(file, 'keep me');
    await expect(exportTo(file)).rejects.toThrow(`${file} exists and is not a folder`);
    expect(readFileSync(file, 'utf8')).toBe('keep me');
    await expect(exportTo(tempDir(), { pageSize: 10001 })).rejects.toThrow(/page size must be a whole number from 1 to 10000/);
  });
});

describe('paging', () => {
  it('never asks the store for more rows than the page size, in either pass', async () => {
    const limits: number[] = [];
    const recording = withOverrides(store, {
      exportNodes: (query) => (limits.push(query.limit), store.exportNodes(query)),
      exportEdges: (query) => (limits.push(query.limit), store.exportEdges(query)),
    });
    const progress: number[] = [];
    await exportTo(tempDir(), { pageSize: 3000, format: 'csv', onProgress: (p) => progress.push(p.done) }, recording);
    expect(new Set(limits)).toEqual(new Set([3000]));
    // Two passes over nodes and edges, plus the DataSource read.
    const pagesPerPass = Math.ceil(counts.nodes / 3000) + Math.ceil(counts.edges / 3000);
    expect(limits.length).toBeGreaterThanOrEqual(2 * pagesPerPass);
    expect(limits.length).toBeLessThanOrEqual(2 * pagesPerPass + 6);
    expect(progress.length).toBeGreaterThanOrEqual(2 * pagesPerPass);
  });
});
