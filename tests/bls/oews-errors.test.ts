import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importOews } from '../../src/ingest/bls/import-oews';
import { DataImportError } from '../../src/ingest/common/problems';
import { EP_DIR } from './occupations';

const HEADER = [
  'OCC_CODE',
  'OCC_TITLE',
  'O_GROUP',
  'TOT_EMP',
  'H_MEAN',
  'A_MEAN',
  'H_PCT10',
  'H_PCT25',
  'H_MEDIAN',
  'H_PCT75',
  'H_PCT90',
  'A_PCT10',
  'A_PCT25',
  'A_MEDIAN',
  'A_PCT75',
  'A_PCT90',
  'ANNUAL',
  'HOURLY',
];
const GOOD = [
  '15-1251',
  'Computer Programmers',
  'detailed',
  '"147,140"',
  '46.46',
  '"96,650"',
  '22.57',
  '30.81',
  '44.53',
  '58.83',
  '#',
  '"46,950"',
  '"64,090"',
  '"93,000"',
  '"122,370"',
  '#',
  '',
  '',
];
const OCCUPATIONS = [
  { id: 'occupation:15-1251', onetCode: '15-1251.00' },
  { id: 'occupation:29-2011', onetCode: '29-2011.00' },
];

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'careergraph-bls-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A small national file: the header, then rows (lines 2, 3, ...). */
function writeCsv(name: string, header: string[], rows: string[][]): string {
  const path = join(dir, name);
  writeFileSync(path, [header, ...rows].map((r) => r.join(',')).join('\n') + '\n');
  return path;
}

async function failure(run: Promise<unknown>): Promise<DataImportError> {
  const error = await run.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DataImportError);
  return error as DataImportError;
}

/** Lines 3 and 4 are bad; 2 and 5 are fine (5 is 29-2010, published for 29-2011). */
function badFile(): string {
  return writeCsv('bad.csv', HEADER, [
    GOOD,
    [
      '11-1011',
      'Chief Executives',
      'detailed',
      '"200,480"',
      '102.41',
      '"213,020"',
      '28.99',
      '53.40',
      '86.31',
      '#',
      '#',
      '"60,300"',
      '12x',
      '"179,520"',
      '#',
      '#',
      '',
      '',
    ],
    ['29-201', 'Clinical Laboratory Technologists', 'detailed', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '1', '', ''],
    [
      '29-2010',
      'Clinical Laboratory Technologists and Technicians',
      'detailed',
      '"318,780"',
      '27.36',
      '"56,910"',
      '14.56',
      '18.26',
      '27.79',
      '35.83',
      '38.15',
      '"30,280"',
      '"37,990"',
      '"57,800"',
      '"74,530"',
      '"79,340"',
      '',
      '',
    ],
  ]);
}

describe('OEWS import errors', () => {
  it('names the file and column when a required column is missing', async () => {
    const path = writeCsv(
      'no-p90.csv',
      HEADER.filter((h) => h !== 'H_PCT90'),
      [GOOD.filter((_, i) => HEADER[i] !== 'H_PCT90')],
    );
    const error = await failure(importOews(path, OCCUPATIONS));
    expect(error.message).toContain('no-p90.csv:1: required column "H_PCT90" is missing');
    expect(error.problems).toHaveLength(1);
  });

  it('reports every bad row as file:line and produces nothing', async () => {
    const error = await failure(importOews(badFile(), OCCUPATIONS));
    expect(error.problems.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([
      'bad.csv:3: A_PCT25 "12x" is not an amount, # (top-coded) or * (not available)',
      'bad.csv:4: OCC_CODE "29-201" is not a SOC code (dd-dddd)',
    ]);
    expect(error.message).toContain('nothing was produced');
  });

  it('with skipBadRows leaves the bad rows out and counts them for the file', async () => {
    const { graph, report } = await importOews(badFile(), OCCUPATIONS, { skipBadRows: true });
    expect(report.skipped['bad.csv']).toMatchObject({ count: 2, byKind: { 'not-a-number': 1, 'bad-code': 1 } });
    expect(report.files.find((f) => f.file === 'bad.csv')).toMatchObject({ rows: 4, skipped: 2 });
    expect(
      graph.nodes
        .filter((n) => n.label === 'WageStatistic')
        .map((n) => n.id)
        .sort(),
    ).toEqual(['wage:15-1251:oews-2021', 'wage:29-2011:oews-2021']);
  });

  it('reports a row with the wrong number of cells at its line', async () => {
    const path = writeCsv('short.csv', HEADER, [GOOD, GOOD.slice(0, 10)]);
    const error = await failure(importOews(path, OCCUPATIONS));
    expect(error.message).toContain('short.csv:3: has 10 columns, the header has 18');
  });

  it('tells which file is missing', async () => {
    const error = await failure(importOews(join(dir, 'none.csv'), OCCUPATIONS));
    expect(error.message).toContain(`none.csv:1: ${join(dir, 'none.csv')} does not exist`);
  });

  it('names the workbook and column when the crosswalk lacks its columns (the projections workbook given instead)', async () => {
    const progress: string[] = [];
    const error = await failure(importOews(badFile(), OCCUPATIONS, { crosswalk: join(EP_DIR, 'occupation.xlsx'), onFile: (p) => progress.push(p.file) }));
    expect(error.message).toContain('occupation.xlsx (any sheet):1: required column "O*NET-SOC Code" is missing');
    expect(progress).toEqual(['bad.csv', 'occupation.xlsx']);
  });
});
