import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExportManifest } from '../../src/export/export-manifest';

const ROOT = join(__dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'careergraph-export-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('npm run export (the CLI as a process)', () => {
  const run = (args: string[]) =>
    spawnSync(join(ROOT, 'node_modules', '.bin', 'ts-node'), ['--transpile-only', join(ROOT, 'src', 'cli', 'export.ts'), ...args], {
      env: { ...process.env, GRAPH_STORE: 'memory' },
      encoding: 'utf8',
      timeout: 120000,
    });

  it('exports the memory store with progress on stderr and a summary', () => {
    const out = join(dir, 'fresh', 'out');
    const res = run(['--out', out, '--format', 'ndjson', '--page-size', '5000']);
    expect(res.stderr).toMatch(/export: nodes \d+\/\d+ \(\d+%\)/);
    expect(res.stderr).toMatch(/export: edges (\d+)\/\1 \(100%\)/);
    expect(res.status).toBe(0);
    const manifest: ExportManifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    const { nodes, edges } = manifest.files;
    expect(nodes.rows).toBe(manifest.counts.nodes);
    expect(nodes.rows).toBeGreaterThan(20000);
    expect(res.stdout).toMatch(`export: wrote ${nodes.rows} nodes, ${edges.rows} edges`);
    expect(nodes).toMatchObject({ path: 'nodes.ndjson', sha256: sha256(join(out, 'nodes.ndjson')) });
  }, 120000);

  it.each([
    [['--out', join(dir, 'x'), '--format', 'xml'], /--format must be ndjson or csv, got "xml"/],
    [['--format', 'csv'], /--out <dir> is required/],
    [['--out'], /--out needs a value/],
    [['--out', join(dir, 'x'), '--page-size', '20000'], /--page-size must be a whole number from 1 to 10000, got "20000"/],
    [['--out', join(dir, 'x'), '--verbose'], /unknown option --verbose/],
  ])(
    'exits 2 naming the bad argument: %j',
    (args, message) => {
      const res = run(args);
      expect(res.stderr).toMatch(message);
      expect(res.stderr).toMatch(/usage: npm run export/);
      expect(res.status).toBe(2);
    },
    60000,
  );

  it('exits 2 when --out is an existing file', () => {
    const file = join(dir, 'file.txt');
    writeFileSync(file, 'x');
    const res = run(['--out', file]);
    expect(res.stderr).toMatch(`--out ${file} exists and is not a folder`);
    expect(res.status).toBe(2);
  }, 60000);

  it('prints usage for --help', () => {
    const res = run(['--help']);
    expect(res.status).toBe(0);
    expect(res.stdout).toMatch(/--format <f>/);
  }, 60000);
});
