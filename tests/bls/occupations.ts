import { join } from 'node:path';
import { nodeId, occupationKey } from '../../src/model/ids';
import { findDataFile } from '../../src/ingest/common/data-file';
import { ProblemLog } from '../../src/ingest/common/problem-log';
import { readTsv } from '../../src/ingest/common/tsv';
import type { OccupationRef } from '../../src/ingest/bls/options';

export const DATA = join(__dirname, '..', '..', 'seeds', 'data');
export const OEWS_CSV = join(DATA, 'bls-oews-2021', 'national_M2021_dl.csv.gz');
export const EP_DIR = join(DATA, 'bls-ep-2022-32');

/** The 1,016 occupations of O*NET 29.3, as the nodes the O*NET importer writes for them. */
export function onetOccupations(): OccupationRef[] {
  const dir = join(DATA, 'onet-29.3');
  const file = readTsv(findDataFile(dir, 'Occupation Data.txt') as string, 'Occupation Data.txt', new ProblemLog());
  const at = file.header.indexOf('O*NET-SOC Code');
  return file.rows.map((r) => ({ id: nodeId.occupation(occupationKey(r.cells[at])), onetCode: r.cells[at] }));
}
