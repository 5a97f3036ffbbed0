import { formatProblem, isFileProblem, type Problem, type ProblemKind } from './problems';

export interface SkippedRows {
  count: number;
  byKind: Partial<Record<ProblemKind, number>>;
  /** The first few, formatted as file:line: message. */
  examples: string[];
}

const EXAMPLES_PER_FILE = 5;

/** Collects problems; with skipBadRows the row ones only count as skipped rows per file. */
export class ProblemLog {
  readonly problems: Problem[] = [];

  add(problem: Problem): void {
    this.problems.push(problem);
  }

  get fileProblems(): Problem[] {
    return this.problems.filter(isFileProblem);
  }

  skippedByFile(): Record<string, SkippedRows> {
    const out: Record<string, SkippedRows> = {};
    for (const p of this.problems) {
      if (isFileProblem(p)) continue;
      const s = (out[p.file] ??= { count: 0, byKind: {}, examples: [] });
      s.count += 1;
      s.byKind[p.kind] = (s.byKind[p.kind] ?? 0) + 1;
      if (s.examples.length < EXAMPLES_PER_FILE) s.examples.push(formatProblem(p));
    }
    return out;
  }
}
