import { existsSync } from 'node:fs';
import { Columns, type FileSpec } from '../common/columns';
import { tally, type DataSetRelease, type DatasetReport } from '../common/dataset';
import { DataImportError } from '../common/problems';
import { ProblemLog } from '../common/problem-log';
import type { GraphData } from '../../model/graph';
import type { TsvFile } from '../common/tsv';
import { readDelimited } from '../common/delimited';
import type { BlsImportOptions } from './options';
import { readWorkbook, sheetTable, type SheetSpec } from './sheet-table';

export interface Table {
  file: TsvFile;
  cols: Columns;
}

/**
 * One import's bookkeeping: reads files (timing them, telling onFile), collects problems and
 * decides when they stop the import, then writes the report. As with O*NET, every header is
 * checked before any row is mapped, so all layout problems show at once.
 */
export class ImportRun {
  readonly log = new ProblemLog();
  readonly warnings: string[] = [];
  readonly notes: string[] = [];
  private readonly files: DatasetReport['files'] = [];
  private readonly started = performance.now();

  constructor(
    /** Named in the error: the file or folder imported. */
    private readonly source: string,
    private readonly options: BlsImportOptions,
  ) {}

  csv(path: string, spec: FileSpec): Table | null {
    if (!this.exists(path, spec.file)) return null;
    const file = readDelimited(path, spec.file, ',', this.log);
    this.read(spec.file, file.rows.length, file.readMs);
    const cols = Columns.bind(file, spec, this.log);
    return cols ? { file, cols } : null;
  }

  /** The named tables of one workbook; a missing one is null, its problems logged. */
  async workbook<K extends string>(path: string, name: string, specs: Record<K, SheetSpec>): Promise<Record<K, Table | null>> {
    const tables = {} as Record<K, Table | null>;
    if (!this.exists(path, name)) {
      for (const key of Object.keys(specs) as K[]) tables[key] = null;
      return tables;
    }
    const book = await readWorkbook(path, name);
    let rows = 0;
    const started = performance.now();
    for (const key of Object.keys(specs) as K[]) {
      tables[key] = sheetTable(book, specs[key], this.log);
      rows += tables[key]?.file.rows.length ?? 0;
    }
    this.read(name, rows, book.readMs + performance.now() - started);
    return tables;
  }

  /** Layout problems (a missing file, sheet or column) always stop the import; past them every table is there. */
  ready<T extends Record<string, Table | null>>(tables: T): { [K in keyof T]: Table } {
    if (this.log.fileProblems.length > 0) throw new DataImportError(this.source, this.log.problems);
    for (const [key, table] of Object.entries(tables)) {
      // A table is null only when a file problem was logged for it.
      if (!table) throw new Error(`BLS import bug: ${key} was not read, yet no problem was logged`);
    }
    return tables as { [K in keyof T]: Table };
  }

  /** Bad rows stop it too, unless they are to be skipped. */
  failOnRowProblems(): void {
    if (this.log.problems.length > 0 && (!this.options.skipBadRows || this.log.fileProblems.length > 0)) {
      throw new DataImportError(this.source, this.log.problems);
    }
  }

  report(release: DataSetRelease, graph: GraphData): DatasetReport {
    const skipped = this.log.skippedByFile();
    for (const f of this.files) {
      f.skipped = Object.entries(skipped)
        .filter(([file]) => file === f.file || file.startsWith(`${f.file} [`))
        .reduce((sum, [, s]) => sum + s.count, 0);
    }
    return {
      dataset: release.dataset,
      release: release.release,
      files: this.files,
      skipped,
      warnings: this.warnings,
      notes: this.notes,
      ...tally(graph),
      ms: performance.now() - this.started,
    };
  }

  private exists(path: string, name: string): boolean {
    if (existsSync(path)) return true;
    this.log.add({ file: name, line: 1, kind: 'missing-file', message: `${path} does not exist` });
    return false;
  }

  private read(file: string, rows: number, ms: number): void {
    this.files.push({ file, rows, ms, skipped: 0 });
    this.options.onFile?.({ file, rows, ms });
  }
}
