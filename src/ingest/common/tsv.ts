import { readFileSync } from 'node:fs';
import type { ProblemLog } from './problems';

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
 * Reads an O*NET tab-delimited file whole: the largest are ~3.5 MB, so one read and split
 * beats a line stream. O*NET text has no quoting, so a tab always separates cells. Rows with
 * the wrong number of cells are logged here and left out, so mappers see only whole rows.
 */
export function readTsv(path: string, name: string, log: ProblemLog): TsvFile {
  const started = performance.now();
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
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
    rows.push({ line, cells });
  }
  return { name, header, rows, readMs: performance.now() - started };
}
