import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importProjections } from '../../src/ingest/bls/import-projections';
import type { Table } from '../../src/ingest/bls/import-run';
import { mapProjections, PROJECTION_SHEETS } from '../../src/ingest/bls/projection-rows';
import { readWorkbook, sheetTable, type Workbook } from '../../src/ingest/bls/sheet-table';
import { Columns } from '../../src/ingest/common/columns';
import { DataImportError } from '../../src/ingest/common/problems';
import { ProblemLog } from '../../src/ingest/common/problem-log';
import type { TsvFile } from '../../src/ingest/common/tsv';
import { EP_DIR } from './occupations';

let book: Workbook;
let dir: string;
beforeAll(async () => {
  book = await readWorkbook(join(EP_DIR, 'occupation.xlsx'), 'occupation.xlsx');
  dir = mkdtempSync(join(tmpdir(), 'careergraph-bls-ep-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('projection workbook errors', () => {
  it('finds the header below the title row and numbers rows as the sheet does', () => {
    const log = new ProblemLog();
    const table = sheetTable(book, PROJECTION_SHEETS.projections, log) as Table;
    expect(log.problems).toEqual([]);
    const total = table.file.rows[0];
    expect(total.line).toBe(3);
    expect(table.cols.get(total, '2022 National Employment Matrix code')).toBe('00-0000');
    // The footnote and source lines after the data are not rows.
    expect(table.file.rows.every((r) => /^\d\d-\d{4}$/.test(table.cols.get(r, '2022 National Employment Matrix code')))).toBe(true);
  });

  it('names the sheet and column a release lacks', () => {
    const log = new ProblemLog();
    const spec = { ...PROJECTION_SHEETS.projections, required: [...PROJECTION_SHEETS.projections.required, 'Employment, 2042'] };
    expect(sheetTable(book, spec, log)).toBeNull();
    expect(log.problems.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([
      expect.stringMatching(
        /^occupation\.xlsx \[Table 1\.2\]:2: required column "Employment, 2042" is missing \(header: "2022 National Employment Matrix title", /,
      ),
    ]);
    expect(sheetTable(book, { sheet: 'Table 9.9', required: ['x'] }, log)).toBeNull();
    expect(log.problems[1].message).toMatch(/^occupation\.xlsx has no sheet "Table 9\.9" \(sheets: "Index", "Table 1\.1", /);
  });

  it('fails the import when the workbooks are swapped, naming sheets and columns, and produces nothing', async () => {
    copyFileSync(join(EP_DIR, 'nem-onet-to-soc-crosswalk.xlsx'), join(dir, 'occupation.xlsx'));
    copyFileSync(join(EP_DIR, 'occupation.xlsx'), join(dir, 'nem-onet-to-soc-crosswalk.xlsx'));
    const error = await importProjections(dir, []).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DataImportError);
    const lines = (error as DataImportError).problems.map((p) => `${p.file}: ${p.message}`);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^occupation\.xlsx \[Table 1\.2\]: occupation\.xlsx has no sheet "Table 1\.2"/),
        expect.stringMatching(/^occupation\.xlsx \[Table 1\.7\]: occupation\.xlsx has no sheet "Table 1\.7"/),
        'nem-onet-to-soc-crosswalk.xlsx (any sheet): required column "O*NET-SOC Code" is missing: no header row naming it in the first 20 rows',
      ]),
    );
  });

  it('reports a bad row of a sheet as file [sheet]:row', () => {
    const header = [...PROJECTION_SHEETS.projections.required];
    const row = (line: number, code: string, percent: string) => ({
      line,
      cells: header.map(
        (h) =>
          (
            ({
              '2022 National Employment Matrix code': code,
              'Employment change, percent, 2022-32': percent,
              'Occupation type': 'Line item',
              '2022 National Employment Matrix title': 'x',
            }) as Record<string, string>
          )[h] ?? '1',
      ),
    });
    const file: TsvFile = {
      name: 'occupation.xlsx [Table 1.2]',
      header,
      rows: [row(3, '00-0000', '2.8'), row(4, '29-2010', 'n/a'), row(5, '29-201', '1')],
      readMs: 0,
    };
    const log = new ProblemLog();
    const rows = mapProjections({ file, cols: Columns.bind(file, { file: file.name, required: header }, log) as Columns }, log);
    expect([...rows.keys()]).toEqual(['00-0000']);
    expect(log.problems.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([
      'occupation.xlsx [Table 1.2]:4: Employment change, percent, 2022-32 "n/a" is not a number',
      'occupation.xlsx [Table 1.2]:5: 2022 National Employment Matrix code "29-201" is not a NEM code (dd-dddd)',
    ]);
  });
});
