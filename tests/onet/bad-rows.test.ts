import { importOnet } from '../../src/ingest/onet/import-onet';
import { LISTED_PROBLEMS, DataImportError } from '../../src/ingest/common/problems';
import { MemoryStore } from '../../src/store/memory/memory.store';
import { OCCUPATIONS, removeFixtures, validFiles, writeFolder, type Table } from './fixtures';

afterAll(removeFixtures);

/** One bad row of each kind, at known lines (the header is line 1). */
function badFolder(): string {
  const files = validFiles();
  return writeFolder({
    ...files,
    'Occupation Data.txt': [...OCCUPATIONS, ['29-2011', 'No O*NET suffix', 'x']], // line 6
    'Related Occupations.txt': [
      ['O*NET-SOC Code', 'Related O*NET-SOC Code', 'Relatedness Tier', 'Index'],
      ['29-2011.00', '11-9111.00', 'Primary-Short', '1'], // line 2: fine
      ['29-2011.00', '29-2011.01', 'Tertiary', '2'], // line 3: unknown tier
      ['29-2011.00', '99-9999.00', 'Primary-Long', '6'], // line 4: not in Occupation Data
      ['29-2011.00', '15-1252.01', 'Primary-Long', 'seven'], // line 5: not a number
    ],
    'Task Statements.txt': [
      ['O*NET-SOC Code', 'Task ID', 'Task', 'Task Type'],
      ['29-2011.00', '1887', 'Conduct chemical analysis.'], // line 2: a cell short
      ['29-2011.00', '1888', 'Report results.', 'Core'], // line 3: fine
    ],
    'Job Zones.txt': [
      ['O*NET-SOC Code', 'Job Zone'],
      ['29-2011.00', '9'],
    ], // line 2: out of range
  });
}

describe('bad rows', () => {
  it('reports every bad row with file and line, and produces nothing', async () => {
    const dir = badFolder();
    const store = new MemoryStore();
    let error: unknown;
    try {
      await store.load(importOnet(dir).graph);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DataImportError);
    const message = (error as DataImportError).message;
    for (const expected of [
      'Occupation Data.txt:6: O*NET-SOC Code "29-2011" is not an O*NET-SOC code (dd-dddd.dd)',
      'Related Occupations.txt:3: Relatedness Tier "Tertiary" is not one of "Primary-Short", "Primary-Long", "Supplemental"',
      'Related Occupations.txt:4: Related O*NET-SOC Code 99-9999.00 is not an occupation of this import (not in Occupation Data.txt)',
      'Related Occupations.txt:5: Index "seven" is not a number',
      'Task Statements.txt:2: has 3 columns, the header has 4',
      'Job Zones.txt:2: Job Zone 9 is outside 1-5',
    ]) {
      expect(message).toContain(expected);
    }
    expect((error as DataImportError).problems).toHaveLength(6);
    expect(await store.counts()).toMatchObject({ nodes: 0, edges: 0 });
  });

  it(`lists the first ${LISTED_PROBLEMS} problems and counts the rest`, () => {
    const rows: Table = [['O*NET-SOC Code', 'Job Zone']];
    for (let i = 0; i < 60; i++) rows.push(['29-2011.00', 'x']);
    const dir = writeFolder({ ...validFiles(), 'Job Zones.txt': rows });
    let error: DataImportError | undefined;
    try {
      importOnet(dir);
    } catch (e) {
      error = e as DataImportError;
    }
    expect(error?.problems).toHaveLength(60);
    expect(error?.message).toContain('failed (60 problems)');
    expect(error?.message.split('\n').filter((l) => l.includes('Job Zones.txt:'))).toHaveLength(LISTED_PROBLEMS);
    expect(error?.message).toContain('... and 10 more');
  });

  it('with skipBadRows leaves bad rows out and says how many per file, why, and which', async () => {
    const { graph, report } = importOnet(badFolder(), { skipBadRows: true });
    expect(report.skippedTotal).toBe(6);
    expect(report.skipped['Related Occupations.txt']).toEqual({
      count: 3,
      byKind: { 'unknown-value': 1, 'unknown-occupation': 1, 'not-a-number': 1 },
      examples: [
        expect.stringMatching(/^Related Occupations\.txt:3: /),
        expect.stringMatching(/^Related Occupations\.txt:4: /),
        expect.stringMatching(/^Related Occupations\.txt:5: /),
      ],
    });
    expect(report.skipped['Occupation Data.txt']).toMatchObject({ count: 1, byKind: { 'bad-code': 1 } });
    expect(report.skipped['Task Statements.txt']).toMatchObject({ count: 1, byKind: { 'column-count': 1 } });
    expect(report.skipped['Job Zones.txt']).toMatchObject({ count: 1, byKind: { 'out-of-range': 1 } });
    expect(report.files.find((f) => f.file === 'Related Occupations.txt')).toMatchObject({ rows: 4, skipped: 3 });

    // Good rows are in; the store accepts the graph (no edge points outside it).
    expect(graph.edges.filter((e) => e.type === 'RELATED_TO')).toHaveLength(1);
    expect(graph.nodes.find((n) => n.id === 'task:29-2011:onet-1888')).toBeDefined();
    expect(graph.nodes.find((n) => n.id === 'task:29-2011:onet-1887')).toBeUndefined();
    const store = new MemoryStore();
    await store.load(graph);
    expect(await store.counts()).toMatchObject({ nodes: graph.nodes.length, edges: graph.edges.length });
  });

  it('skips rows of occupations that are themselves bad rows, so no edge dangles', () => {
    const dir = writeFolder({
      ...validFiles(),
      'Occupation Data.txt': [OCCUPATIONS[0], OCCUPATIONS[1], ['29-2011.01', '', 'untitled']],
    });
    const { graph, report } = importOnet(dir, { skipBadRows: true });
    expect(report.skipped['Occupation Data.txt'].examples).toEqual(['Occupation Data.txt:3: Title is empty']);
    expect(graph.nodes.some((n) => n.id === 'occupation:29-2011.01')).toBe(false);
    expect(report.skipped['Task Statements.txt'].byKind).toEqual({ 'unknown-occupation': 1 });
    const ids = new Set(graph.nodes.map((n) => n.id));
    expect(graph.edges.filter((e) => !ids.has(e.from) || !ids.has(e.to))).toEqual([]);
  });
});
