import type { ProblemLog } from './problem-log';
import type { TsvFile, TsvRow } from './tsv';

/** A file the importer understands: its published name and the columns it relies on. */
export interface FileSpec {
  file: string;
  required: readonly string[];
  /** Used when present: releases add columns (Title, Hot Technology, In Demand) over time. */
  optional?: readonly string[];
}

/**
 * Cell access by header name. Releases insert columns (29.x added `Title` after the code),
 * so a position is never trusted: every read goes through the header.
 */
export class Columns {
  private constructor(private readonly index: ReadonlyMap<string, number>) {}

  /** Null when a required column is missing; each missing one is logged, naming file and column. */
  static bind(file: TsvFile, spec: FileSpec, log: ProblemLog): Columns | null {
    const index = new Map<string, number>();
    file.header.forEach((name, i) => {
      if (!index.has(name)) index.set(name, i);
    });
    const missing = spec.required.filter((c) => !index.has(c));
    for (const column of missing) {
      log.add({
        file: file.name,
        line: 1,
        kind: 'missing-column',
        message: `required column "${column}" is missing (header: ${file.header.map((h) => `"${h}"`).join(', ')})`,
      });
    }
    return missing.length > 0 ? null : new Columns(index);
  }

  has(column: string): boolean {
    return this.index.has(column);
  }

  get(row: TsvRow, column: string): string {
    const i = this.index.get(column);
    if (i === undefined) throw new Error(`column "${column}" was not bound`);
    return row.cells[i].trim();
  }

  /** Undefined when the release has no such column. */
  opt(row: TsvRow, column: string): string | undefined {
    const i = this.index.get(column);
    return i === undefined ? undefined : row.cells[i].trim();
  }
}
