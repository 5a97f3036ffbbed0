import { readDataText } from './data-file';
import type { ProblemLog } from './problem-log';

/** One data row: its 1-based line number in the file and its cells in header order. */
export interface TsvRow {
  line: number;
  cells: string[];
}

export interface TsvFile {
  /** The file name as published (e.g. "Task Statements.txt"): every problem names it. */
  name: string;
  header: string[];
  rows: TsvRow[];
  readMs: number;
}

/**
 * Reads a tab-delimited file whole (gunzipped when .gz): the largest are ~8 MB, so one read
 * and split beats a line stream. O*NET's own text files do not quote, so a tab always
 * separates cells; a cell holding a tab cannot occur. Rows with the wrong number of cells are
 * logged here and left out, so mappers see only whole rows.
 */
export function readTsv(path: string, name: string, log: ProblemLog): TsvFile {
  const started = performance.now();
  const text = readDataText(path);
  const lines = text.split(/\r?\n/);
  const header = (lines[0] ?? '').split('\t').map((h) => h.trim());
  const rows: TsvRow[] = [];
  for (let i = 1; i < lines.length; i++) {
    const raw = lines[i];
    // Blank lines (the final newline, stray gaps) hold no row.
    if (raw.trim() === '') continue;
    const cells = raw.split('\t');
    const line = i + 1;
    if (cells.length !== header.length) {
      log.add({ file: name, line, kind: 'column-count', message: `has ${cells.length} columns, the header has ${header.length}` });
      continue;
    }
    rows.push({ line, cells: cells.map(unquote) });
  }
  return { name, header, rows, readMs: performance.now() - started };
}

/**
 * Copies saved by a spreadsheet tool quote a cell that holds a quote, CSV-style (the 29.3
 * Task Statements here: `"Conduct ""head counts"" ..."`, where O*NET's file has
 * `Conduct "head counts" ...`). A cell wholly in quotes with every inner quote doubled is
 * read back; any other quote is the text's own.
 */
const QUOTED = /^"((?:[^"]|"")*)"$/;
function unquote(cell: string): string {
  const m = QUOTED.exec(cell);
  return m ? m[1].replace(/""/g, '"') : cell;
}
