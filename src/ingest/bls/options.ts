import type { FileProgress } from '../common/dataset';

/** An occupation node facts are attached to: `occupation:29-2011` for O*NET-SOC 29-2011.00. */
export interface OccupationRef {
  id: string;
  onetCode: string;
}

export interface BlsImportOptions {
  /** Leave out bad rows (counted in the report) instead of failing the whole import. */
  skipBadRows?: boolean;
  /** Called as each file has been read. */
  onFile?: (progress: FileProgress) => void;
}

const OCCUPATION_PREFIX = 'occupation:';

/** The code in an occupation's id (`29-2011`, `29-2011.01`): fact node ids are keyed by it. */
export function occupationCodeOf(occupation: OccupationRef): string {
  if (!occupation.id.startsWith(OCCUPATION_PREFIX)) throw new Error(`"${occupation.id}" is not an occupation id (occupation:<code>)`);
  return occupation.id.slice(OCCUPATION_PREFIX.length);
}
