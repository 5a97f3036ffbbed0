import { importOnet } from '../../src/ingest/onet/import-onet';
import { DataImportError } from '../../src/ingest/common/problems';
import { OCCUPATIONS, README, removeFixtures, SKILLS_27, SKILLS_29, validFiles, writeFolder } from './fixtures';

afterAll(removeFixtures);

describe('O*NET file layouts', () => {
  it('reads columns by header name: a 29.x Skills file (extra Title, moved columns) maps like a 27.x one', () => {
    const old = importOnet(writeFolder({ ...validFiles(), 'Skills.txt': SKILLS_27 })).graph;
    const neu = importOnet(writeFolder({ ...validFiles(), 'Skills.txt': SKILLS_29 })).graph;
    const skillEdges = (g: typeof old) => g.edges.filter((e) => e.type === 'REQUIRES_SKILL');
    expect(skillEdges(old)).toHaveLength(2);
    expect(skillEdges(neu)).toEqual(skillEdges(old));
    expect(neu.nodes.filter((n) => n.label === 'Skill')).toEqual(old.nodes.filter((n) => n.label === 'Skill'));
  });

  it('reads Related Occupations with its columns in another order', () => {
    const files = validFiles();
    const reordered = [
      ['Index', 'Relatedness Tier', 'Related O*NET-SOC Code', 'O*NET-SOC Code'],
      ['1', 'Primary-Short', '29-2011.01', '29-2011.00'],
    ];
    const { graph } = importOnet(writeFolder({ ...files, 'Related Occupations.txt': reordered }));
    expect(graph.edges.find((e) => e.type === 'RELATED_TO')).toMatchObject({
      from: 'occupation:29-2011',
      to: 'occupation:29-2011.01',
      props: { tier: 'PRIMARY_SHORT', index: 1 },
    });
  });

  it('rejects a file missing a required column, naming the file and the column, for every such file', () => {
    const files = validFiles();
    const dir = writeFolder({
      ...files,
      'Task Statements.txt': [
        ['O*NET-SOC Code', 'Task ID', 'Task'],
        ['29-2011.00', '1', 'Do things.'],
      ],
      'Job Zones.txt': [
        ['O*NET-SOC Code', 'Zone'],
        ['29-2011.00', '4'],
      ],
    });
    const error = catchImport(dir);
    expect(error.message).toContain('Task Statements.txt:1: required column "Task Type" is missing');
    expect(error.message).toContain('Job Zones.txt:1: required column "Job Zone" is missing');
    expect(error.message).toContain('nothing was produced');
  });

  it('still rejects a missing column with skipBadRows: a layout problem is not a bad row', () => {
    const dir = writeFolder({
      ...validFiles(),
      'Occupation Data.txt': [
        ['O*NET-SOC Code', 'Title'],
        ['29-2011.00', 'X'],
      ],
    });
    expect(() => importOnet(dir, { skipBadRows: true })).toThrow('Occupation Data.txt:1: required column "Description" is missing');
  });

  it('takes the release from Read Me.txt, else from the option, and refuses a contradiction', () => {
    expect(importOnet(writeFolder(validFiles())).report.release).toBe('27.0');
    const bare = writeFolder({ 'Occupation Data.txt': OCCUPATIONS });
    expect(() => importOnet(bare)).toThrow(/no Read Me\.txt .*--release/);
    const { report, graph } = importOnet(bare, { release: '29.3' });
    expect(report.sourceId).toBe('source:onet-29-3');
    expect(graph.edges.every((e) => e.props.source === 'O*NET 29.3')).toBe(true);
    expect(() => importOnet(writeFolder({ 'Read Me.txt': README, 'Occupation Data.txt': OCCUPATIONS }), { release: '29.3' })).toThrow(
      /--release 29\.3 contradicts .*Read Me\.txt:1, which says O\*NET 27\.0/,
    );
  });

  it('without Occupation Data, takes occupations from a Title column (a lone 29.x Skills file)', () => {
    const { graph, report } = importOnet(writeFolder({ 'Skills.txt': SKILLS_29 }), { release: '29.3' });
    const occupation = graph.nodes.find((n) => n.id === 'occupation:29-2011');
    expect(occupation?.props).toMatchObject({ title: 'Medical and Clinical Laboratory Technologists', onetCode: '29-2011.00' });
    // Props it cannot know are absent, so loading it does not blank what a full import stored.
    expect(occupation?.props).not.toHaveProperty('alternateTitles');
    expect(occupation?.props).not.toHaveProperty('onetRelease');
    expect(report.warnings.join()).toContain('occupations taken from Title columns');
  });
});

function catchImport(dir: string): DataImportError {
  try {
    importOnet(dir);
  } catch (error) {
    if (error instanceof DataImportError) return error;
    throw error;
  }
  throw new Error('the import was expected to fail');
}
