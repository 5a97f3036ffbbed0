import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/**
 * A published file in `dir`, as published (`Skills.txt`) or gzipped (`Skills.txt.gz`, as
 * seeds/data ships it); null when neither is there.
 */
export function findDataFile(dir: string, name: string): string | null {
  for (const candidate of [join(dir, name), join(dir, `${name}.gz`)]) if (existsSync(candidate)) return candidate;
  return null;
}

/** The file's bytes, gunzipped when its name ends in .gz. */
export function readDataBytes(path: string): Buffer {
  const bytes = readFileSync(path);
  return path.endsWith('.gz') ? gunzipSync(bytes) : bytes;
}

/** A UTF-8 text file (gunzipped when .gz), without a byte-order mark. */
export function readDataText(path: string): string {
  return readDataBytes(path)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
}

/** The published name of a file found by findDataFile: `Skills.txt.gz` → `Skills.txt`. */
export function publishedName(fileName: string): string {
  return fileName.endsWith('.gz') ? fileName.slice(0, -3) : fileName;
}
