/** What went wrong while importing a data set, located by file and line (or sheet and row). */

export type ProblemKind =
  | 'missing-column'
  | 'missing-file'
  | 'missing-sheet'
  | 'unreadable'
  | 'column-count'
  | 'bad-code'
  | 'not-a-number'
  | 'out-of-range'
  | 'unknown-value'
  | 'empty'
  | 'unknown-occupation'
  | 'unknown-reference'
  | 'duplicate';

export interface Problem {
  file: string;
  /** 1-based line in the file; the header is line 1. */
  line: number;
  kind: ProblemKind;
  message: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}: ${p.message}`;
}

/** Thrown by value parsers inside a row; the row loop adds the file and line. */
export class RowError extends Error {
  constructor(
    readonly kind: ProblemKind,
    message: string,
  ) {
    super(message);
    this.name = 'RowError';
  }
}

/** How many problems an error message lists; the rest are counted. */
export const LISTED_PROBLEMS = 50;

/** Raised when an import cannot go ahead; nothing was produced, so nothing can be written. */
export class DataImportError extends Error {
  constructor(
    readonly dir: string,
    readonly problems: readonly Problem[],
  ) {
    const listed = problems.slice(0, LISTED_PROBLEMS).map((p) => `  ${formatProblem(p)}`);
    const more = problems.length - listed.length;
    super(
      `import of ${dir} failed (${problems.length} problem${problems.length === 1 ? '' : 's'}); nothing was produced:\n` +
        listed.join('\n') +
        (more > 0 ? `\n  ... and ${more} more` : ''),
    );
    this.name = 'DataImportError';
  }
}

/** Whether a problem is about a whole file (never skippable) or one row. */
export function isFileProblem(p: Problem): boolean {
  return p.kind === 'missing-column' || p.kind === 'missing-file' || p.kind === 'missing-sheet' || p.kind === 'unreadable';
}
