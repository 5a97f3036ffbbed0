import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportGraph } from '../../src/export/export-writer';
import type { GraphStore } from '../../src/store/graph-store';
import { describeNeo4j, openNeo4jStore } from '../helpers/neo4j';
import { seededMemoryStore } from '../helpers/server';

/**
 * The export (#6) streams the same bytes from Neo4j as from the in-memory store: a mirror
 * built from either verifies against the other's manifest.
 */
describeNeo4j('export from Neo4j', () => {
  const dirs: string[] = [];
  let neo4j: GraphStore;
  let memory: GraphStore;
  beforeAll(async () => {
    neo4j = openNeo4jStore();
    memory = await seededMemoryStore();
  });
  afterAll(async () => {
    await neo4j?.close();
    await memory?.close();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it.each(['ndjson', 'csv'] as const)(
    'writes %s files identical to the in-memory export',
    async (format) => {
      const [a, b] = [mkdtempSync(join(tmpdir(), 'cg-export-neo4j-')), mkdtempSync(join(tmpdir(), 'cg-export-mem-'))];
      dirs.push(a, b);
      const fromNeo4j = await exportGraph(neo4j, { outDir: a, format, pageSize: 5000 });
      const fromMemory = await exportGraph(memory, { outDir: b, format, pageSize: 5000 });
      expect(fromNeo4j.counts).toEqual(fromMemory.counts);
      expect(fromNeo4j.files.nodes.sha256).toBe(fromMemory.files.nodes.sha256);
      expect(fromNeo4j.files.edges.sha256).toBe(fromMemory.files.edges.sha256);
      expect(fromNeo4j.files.edges.rows).toBe(fromMemory.counts.edges);
      // The manifest's checksum is of the file as written.
      expect(
        createHash('sha256')
          .update(readFileSync(join(a, fromNeo4j.files.nodes.path)))
          .digest('hex'),
      ).toBe(fromNeo4j.files.nodes.sha256);
    },
    180000,
  );
});
