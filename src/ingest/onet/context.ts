import type { Columns } from './columns';
import type { OnetGraphBuilder } from './graph-builder';
import type { OccupationIndex } from './occupations';
import { RowError, type ProblemLog } from './problems';
import type { TsvFile, TsvRow } from './tsv';

/** What every mapper shares while one folder is imported. */
export interface ImportContext {
  release: string;
  /** The `source` property of every O*NET edge, e.g. "O*NET 27.0". */
  source: string;
  sourceId: string;
  graph: OnetGraphBuilder;
  log: ProblemLog;
  occupations: OccupationIndex;
  reference: Reference;
  warnings: string[];
}

/** Lookups the reference files provide to the data files. */
export interface Reference {
  /** Content Model element id → description (Skills and Knowledge descriptions). */
  elementDescriptions: Map<string, string>;
  /** RL category number → EducationLevel node id; undefined when the Categories file is absent. */
  educationLevels?: Map<number, string>;
  /** Zones defined by Job Zone Reference; undefined when that file is absent. */
  jobZones?: Set<number>;
}

/** A mapper reads one bound file into the context. */
export type Mapper = (file: TsvFile, cols: Columns, ctx: ImportContext) => void;

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
