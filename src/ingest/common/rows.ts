import { RowError } from './problems';
import { type ProblemLog } from './problem-log';
import type { TsvFile, TsvRow } from './tsv';

/** Runs `fn` per row; a RowError becomes a problem at the row's file:line and the row is dropped. */
export function eachRow(file: TsvFile, log: ProblemLog, fn: (row: TsvRow) => void): void {
  for (const row of file.rows) {
    try {
      fn(row);
    } catch (error) {
      if (!(error instanceof RowError)) throw error;
      log.add({ file: file.name, line: row.line, kind: error.kind, message: error.message });
    }
  }
}
