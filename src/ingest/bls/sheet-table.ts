import readXlsxFile, { type Row, type Sheet } from 'read-excel-file/node';
import { Columns } from '../common/columns';
import { readDataBytes } from '../common/data-file';
import { DataImportError } from '../common/problems';
import { ProblemLog } from '../common/problem-log';
import type { TsvFile, TsvRow } from '../common/tsv';

/** Every sheet of one .xlsx file, read once. */
export interface Workbook {
  /** The file name every problem starts with: `occupation.xlsx`. */
  name: string;
  sheets: Sheet[];
  readMs: number;
}

/** Which sheet holds a table (any sheet when not named) and the columns the importer relies on. */
export interface SheetSpec {
  sheet?: string;
  required: readonly string[];
  optional?: readonly string[];
}

export async function readWorkbook(path: string, name: string): Promise<Workbook> {
  const started = performance.now();
  try {
    const sheets = await readXlsxFile(readDataBytes(path));
    return { name, sheets, readMs: performance.now() - started };
  } catch (error) {
    throw new DataImportError(path, [{ file: name, line: 1, kind: 'missing-file', message: `unreadable spreadsheet: ${(error as Error).message}` }]);
  }
}

/** BLS puts titles above the header, so it is looked for among the first rows by its content. */
const HEADER_SEARCH_ROWS = 20;
/** Lines after the data: "Footnotes:", "(1) Data are from ...", "Note: ...", "Source: ...". */
const NOTE = /^(?:Footnotes?|Notes?|(?:Table |Data )?Source)\s*:|^\(\d+\)/;

/**
 * One table of a workbook as rows with their sheet row numbers (`occupation.xlsx [Table 1.2]:57`),
 * cells as text so the shared column binder and cell parsers apply. Null (with the problems
 * logged) when the sheet or a required column is missing.
 */
export function sheetTable(book: Workbook, spec: SheetSpec, log: ProblemLog): { file: TsvFile; cols: Columns } | null {
  const started = performance.now();
  const sheets = spec.sheet === undefined ? book.sheets : book.sheets.filter((s) => s.sheet === spec.sheet);
  if (sheets.length === 0) {
    const names = book.sheets.map((s) => `"${s.sheet}"`).join(', ');
    log.add({ file: `${book.name} [${spec.sheet}]`, line: 1, kind: 'missing-file', message: `${book.name} has no sheet "${spec.sheet}" (sheets: ${names})` });
    return null;
  }
  const found = findHeader(sheets, spec.required);
  if (!found) {
    const where = spec.sheet === undefined ? `${book.name} (any sheet)` : `${book.name} [${spec.sheet}]`;
    for (const column of spec.required) {
      log.add({
        file: where,
        line: 1,
        kind: 'missing-column',
        message: `required column "${column}" is missing: no header row naming it in the first ${HEADER_SEARCH_ROWS} rows`,
      });
    }
    return null;
  }
  const { sheet, at } = found;
  const name = `${book.name} [${sheet.sheet}]`;
  const header = sheet.data[at].map(headerText);
  const rows: TsvRow[] = [];
  sheet.data.forEach((row, i) => {
    if (i <= at || isBlankOrNote(row)) return;
    const cells = header.map((_, c) => cellText(row[c]));
    rows.push({ line: i + 1, cells });
  });
  const file: TsvFile = { name, header, rows, readMs: performance.now() - started };
  // The binder says line 1; in a sheet the header sits lower, so its problems move there.
  const local = new ProblemLog();
  const cols = Columns.bind(file, { file: name, required: spec.required, optional: spec.optional }, local);
  for (const p of local.problems) log.add({ ...p, line: at + 1 });
  return cols ? { file, cols } : null;
}

/** The sheet and row naming the most required columns (the first on a tie); none when no row names any. */
function findHeader(sheets: readonly Sheet[], required: readonly string[]): { sheet: Sheet; at: number } | null {
  let best: { sheet: Sheet; at: number; score: number } | null = null;
  for (const sheet of sheets) {
    for (let at = 0; at < Math.min(HEADER_SEARCH_ROWS, sheet.data.length); at++) {
      const names = new Set(sheet.data[at].map(headerText));
      const score = required.filter((c) => names.has(c)).length;
      if (score > (best?.score ?? 0)) best = { sheet, at, score };
    }
  }
  return best;
}

/** Header cells without footnote marks ("Median annual wage, 2022(1)") and with plain hyphens. */
function headerText(cell: Row[number]): string {
  return cellText(cell)
    .replace(/\(\d+\)$/, '')
    .replace(/[\u2013\u2014]/g, '-')
    .trim();
}

function cellText(cell: Row[number] | undefined): string {
  return cell === null || cell === undefined ? '' : String(cell).trim();
}

function isBlankOrNote(row: Row): boolean {
  const filled = row.map(cellText).filter((c) => c !== '');
  return filled.length === 0 || (filled.length === 1 && cellText(row[0]) !== '' && NOTE.test(cellText(row[0])));
}
