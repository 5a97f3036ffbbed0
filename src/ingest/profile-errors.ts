/** One problem in a profile file, located by file, line and JSON path. */
export interface ProfileIssue {
  file: string;
  line: number;
  column: number;
  path: string;
  reason: string;
}

export function formatIssue(issue: ProfileIssue): string {
  return `${issue.file}:${issue.line}:${issue.column} at ${issue.path || '(root)'}: ${issue.reason}`;
}

/** Raised when any profile is invalid; nothing is loaded. */
export class ProfileLoadError extends Error {
  constructor(readonly issues: ProfileIssue[]) {
    super(
      `Invalid occupation profile (${issues.length} problem${issues.length === 1 ? '' : 's'}); nothing was loaded:\n` +
        issues.map((i) => `  ${formatIssue(i)}`).join('\n'),
    );
    this.name = 'ProfileLoadError';
  }
}
