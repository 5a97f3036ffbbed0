import { parse, type InfoRecord } from 'csv-parse/sync';
import { readDataText } from './data-file';
import { DataImportError } from './problems';
import { type ProblemLog } from './problem-log';
import type { TsvFile, TsvRow } from './tsv';

/**
 * Reads a comma- or tab-separated file (gunzipped when .gz) into the row shape the column
 * binder shares with the O*NET files. Quoted cells ("140,886,310" in BLS files; pandas quotes
 * a cell holding a quote even in a .tsv: `"Conduct ""head counts"" ..."`) are csv-parse's job. A row with the wrong number of cells is logged at its
 * line and left out; a quote left open makes every later line unreadable, so it fails the file.
 */
export function readDelimited(path: string, name: string, delimiter: string, log: ProblemLog): TsvFile {
  const started = performance.now();
  let records: Array<{ record: string[]; info: InfoRecord }>;
  try {
    records = parse(readDataText(path), { delimiter, info: true, relax_column_count: true, skip_empty_lines: true }) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    throw new DataImportError(path, [{ file: name, line, kind: 'unreadable', message: `cannot be read: ${(error as Error).message}` }]);
  }
  const header = (records[0]?.record ?? []).map((h) => h.trim());
  const rows: TsvRow[] = [];
  for (const { record, info } of records.slice(1)) {
    if (record.length !== header.length) {
      log.add({ file: name, line: info.lines, kind: 'column-count', message: `has ${record.length} columns, the header has ${header.length}` });
      continue;
    }
    rows.push({ line: info.lines, cells: record });
  }
  return { name, header, rows, readMs: performance.now() - started };
}
