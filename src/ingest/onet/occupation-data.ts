import { eachRow } from '../common/rows';
import { type ImportContext, type Mapper } from './context';
import { CODE_COLUMN } from './file-specs';
import { text } from '../common/values';
import { onetCode } from './values';
import type { TsvFile } from '../common/tsv';

/** Occupation Data: the occupations of the import; every other file may only refer to these. */
export const mapOccupationData: Mapper = (file, cols, ctx) => {
  eachRow(file, ctx.log, (row) => {
    const code = onetCode(CODE_COLUMN, cols.get(row, CODE_COLUMN));
    ctx.occupations.add(code, text('Title', cols.get(row, 'Title')), cols.get(row, 'Description') || undefined);
  });
};

/**
 * Without Occupation Data (e.g. a folder holding only a 29.x Skills file), occupations come
 * from the `Title` column newer releases put next to the code. Rows with a bad code or no
 * title are left for the file's own mapper to report.
 */
export function occupationsFromTitles(files: readonly TsvFile[], ctx: ImportContext): void {
  for (const file of files) {
    const codeAt = file.header.indexOf(CODE_COLUMN);
    const titleAt = file.header.indexOf('Title');
    if (codeAt < 0 || titleAt < 0) continue;
    for (const row of file.rows) {
      const code = row.cells[codeAt].trim();
      const title = row.cells[titleAt].trim();
      if (!/^\d{2}-\d{4}\.\d{2}$/.test(code) || title === '' || ctx.occupations.has(code)) continue;
      ctx.occupations.add(code, title);
    }
  }
}
