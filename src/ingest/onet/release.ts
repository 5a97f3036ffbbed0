import { findDataFile, readDataText } from '../common/data-file';

export const README_FILE = 'Read Me.txt';
const FIRST_LINE = /^O\*NET\s+(\d+\.\d+)\s+Database\b/;
const RELEASE = /^\d+\.\d+$/;

/**
 * The release comes from `Read Me.txt` ("O*NET 27.0 Database") when the folder has one, else
 * from the caller. When both exist they must agree: a mismatch means the wrong folder or flag.
 */
export function resolveRelease(dir: string, given?: string): string {
  if (given !== undefined && !RELEASE.test(given)) {
    throw new Error(`--release "${given}" is not a release number like 27.0 or 29.3`);
  }
  const readme = findDataFile(dir, README_FILE);
  if (!readme) {
    if (given === undefined) throw new Error(`${dir} has no ${README_FILE} to tell the O*NET release; pass it with --release (e.g. --release 29.3)`);
    return given;
  }
  const first = readDataText(readme).split(/\r?\n/)[0].trim();
  const found = FIRST_LINE.exec(first)?.[1];
  if (!found) throw new Error(`${readme}:1: expected "O*NET <release> Database", found "${first}"`);
  if (given !== undefined && given !== found) {
    throw new Error(`--release ${given} contradicts ${readme}:1, which says O*NET ${found}`);
  }
  return found;
}
