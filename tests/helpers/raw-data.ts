import { seededSample } from '../../src/shared/seeded-sample';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** The published data sets committed in the repository: tests read expected values from them. */
export const DATA_DIR = join(__dirname, '..', '..', 'seeds', 'data');

/**
 * A tab-separated published file (gzipped as committed) as records keyed by header, read
 * independently of the importers, so a test compares the graph with the source rows.
 */
export function rawTsv(dataSet: string, file: string): Array<Record<string, string>> {
  const text = gunzipSync(readFileSync(join(DATA_DIR, dataSet, `${file}.gz`)))
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  const [header, ...lines] = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const names = header.split('\t');
  return lines.map((line) => Object.fromEntries(line.split('\t').map((cell, i) => [names[i], cell.trim()])));
}

/** A deterministic pseudo-random sample, the same rows every run (src/shared/seeded-sample.ts). */
export function sample<T>(items: readonly T[], size: number, seed = 20261127): T[] {
  return seededSample(items, size, seed);
}

/** `29-2011.00` → `29-2011`; a specialty keeps its suffix (src/model/ids.ts occupationKey, restated). */
export function occupationCodeOf(onetCode: string): string {
  return onetCode.endsWith('.00') ? onetCode.slice(0, 7) : onetCode;
}
