import { importAiExposure } from '../../src/ingest/exposure/import-ai-exposure';
import { DataImportError } from '../../src/ingest/common/problems';
import { LABEL_HEADER, SCORE_HEADER, SCORE_ROW, csv, labelRow, removeFolders, tsv, writeFolder } from './fixtures';

afterAll(removeFolders);

const known = {
  taskIds: new Set(['task:29-2011:onet-1887', 'task:29-2011:onet-1888', 'task:29-2011:onet-1889']),
  occupationIds: new Set(['occupation:29-2011']),
};
const scores = csv([SCORE_HEADER, SCORE_ROW]);

function failure(dir: string): DataImportError {
  try {
    importAiExposure(dir, known);
  } catch (error) {
    if (error instanceof DataImportError) return error;
    throw error;
  }
  throw new Error('the import did not fail');
}

describe('the AI-exposure importer on bad files', () => {
  it('reads a small valid folder, quoted cells and uncompressed files included', () => {
    const quoted = labelRow(1, '1888', { Task: '"Conduct ""head counts"" of samples."' });
    const { graph, report } = importAiExposure(
      writeFolder({
        'full_labelset.tsv': tsv([LABEL_HEADER, labelRow(0, '1887'), quoted, labelRow(2, '9999')]),
        'occ_level.csv': scores,
      }),
      known,
    );
    expect(graph.nodes.find((n) => n.id === 'task:29-2011:onet-1888')?.props).toMatchObject({ aiHumanExposure: 'E2', automationLevel: 'AI_ASSISTED' });
    expect(graph.nodes.find((n) => n.id === 'ai-exposure:29-2011:gpts-are-gpts-2024')?.props).toMatchObject({ gpt4Gamma: 0.8200000000000001 });
    expect(report.notes[0]).toMatch(/^2 of 3 task labels written .*; 1 O\*NET tasks of the graph have no label$/);
    expect(report.notes[1]).toBe(
      "1 labels name a task the graph does not hold (the study labelled O*NET 27.0's tasks), not written, e.g. task:29-2011:onet-9999",
    );
  });

  it('names the file and column of every missing column, and produces nothing', () => {
    const error = failure(
      writeFolder({
        'full_labelset.tsv': tsv([LABEL_HEADER.map((h) => (h === 'gpt4_automation' ? 'gpt4_automation_v2' : h)), labelRow(0, '1887')]),
        'occ_level.csv': csv([SCORE_HEADER.filter((h) => h !== 'human_rating_beta'), SCORE_ROW.slice(0, 6).concat(SCORE_ROW.slice(7))]),
      }),
    );
    expect(error.message).toContain('full_labelset.tsv:1: required column "gpt4_automation" is missing');
    expect(error.message).toContain('occ_level.csv:1: required column "human_rating_beta" is missing');
    expect(error.problems).toHaveLength(2);
  });

  it('names a missing file', () => {
    expect(failure(writeFolder({ 'occ_level.csv': scores })).message).toContain('full_labelset.tsv:1: full_labelset.tsv (or full_labelset.tsv.gz) is not in');
  });

  const badLabels = () =>
    tsv([
      LABEL_HEADER,
      labelRow(0, '1887'), // line 2: fine
      labelRow(1, '1888', { human_exposure_agg: 'E3' }), // line 3
      labelRow(2, '1889', { 'O*NET-SOC Code': '29-2011' }), // line 4
      labelRow(3, '1889', { beta: 'half' }), // line 5
      labelRow(4, '1887', { alpha: '0.0' }), // line 6: 1887 again
      labelRow(5, '1889', { gpt_3_relevant: 'yes' }).slice(0, 12), // line 7: cells missing
    ]);

  it('fails on bad rows with file:line for each, and produces nothing', () => {
    const error = failure(
      writeFolder({ 'full_labelset.tsv': badLabels(), 'occ_level.csv': csv([SCORE_HEADER, SCORE_ROW, ['29-2011.01', 'x', '0.1', '1.5', '1', '0', '0', '0']]) }),
    );
    for (const expected of [
      'full_labelset.tsv:3: human_exposure_agg "E3" is not one of "E0", "E1", "E2"',
      'full_labelset.tsv:4: O*NET-SOC Code "29-2011" is not an O*NET-SOC code (dd-dddd.dd)',
      'full_labelset.tsv:5: beta "half" is not a number',
      'full_labelset.tsv:6: 29-2011.00 labels Task ID 1887 twice',
      'full_labelset.tsv:7: has 12 columns, the header has 16',
      'occ_level.csv:3: dv_rating_beta 1.5 is outside 0-1',
    ])
      expect(error.message).toContain(expected);
    expect(error.problems).toHaveLength(6);
  });

  it('with skipBadRows leaves bad rows out and counts them per file', () => {
    const { graph, report } = importAiExposure(writeFolder({ 'full_labelset.tsv': badLabels(), 'occ_level.csv': scores }), known, { skipBadRows: true });
    expect(report.skipped['full_labelset.tsv']).toMatchObject({
      count: 5,
      byKind: { 'unknown-value': 1, 'bad-code': 1, 'not-a-number': 1, duplicate: 1, 'column-count': 1 },
    });
    expect(report.files).toEqual([
      expect.objectContaining({ file: 'full_labelset.tsv', rows: 5, skipped: 5 }),
      expect.objectContaining({ file: 'occ_level.csv', rows: 1, skipped: 0 }),
    ]);
    expect(graph.nodes.filter((n) => n.label === 'Task').map((n) => n.id)).toEqual(['task:29-2011:onet-1887']);
  });
});
