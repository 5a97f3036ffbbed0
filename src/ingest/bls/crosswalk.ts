import { join } from 'node:path';
import { SOC_CODE_PATTERN } from '../../model/ids';
import { PROJECT_ROOT } from '../../shared/paths';
import { RowError } from '../common/problems';
import { type ProblemLog } from '../common/problem-log';
import { text } from '../common/values';
import { eachRow } from '../common/rows';
import { onetCode } from '../onet/values';
import type { Table } from './import-run';
import type { SheetSpec } from './sheet-table';

export const CROSSWALK_FILE = 'nem-onet-to-soc-crosswalk.xlsx';

/** The crosswalk seeds/ ships (2023-09-06, SOC 2018 codes, which OEWS May 2021 uses as well). */
export const DEFAULT_CROSSWALK = join(PROJECT_ROOT, 'seeds', 'data', 'bls-ep-2022-32', CROSSWALK_FILE);

const CODE = 'O*NET-SOC Code';
const NEM_CODE = 'NEM Code';
const NEM_TITLE = 'National Employment Matrix Occupational Title';

/** Any sheet: BLS names it "ONET to SOC crosswalk", beside a "Definitions" sheet. */
export const CROSSWALK_SHEET: SheetSpec = { required: [CODE, NEM_CODE, NEM_TITLE] };

/** The National Employment Matrix occupation an O*NET-SOC occupation is counted in. */
export interface NemOccupation {
  code: string;
  title: string;
}

/** O*NET-SOC code → NEM occupation (29-2011.00 → 29-2010, published together). */
export function mapCrosswalk({ file, cols }: Table, log: ProblemLog): Map<string, NemOccupation> {
  const byOnet = new Map<string, NemOccupation>();
  eachRow(file, log, (row) => {
    const onet = onetCode(CODE, cols.get(row, CODE));
    const code = cols.get(row, NEM_CODE);
    if (!SOC_CODE_PATTERN.test(code)) throw new RowError('bad-code', `${NEM_CODE} "${code}" is not a SOC code (dd-dddd)`);
    if (byOnet.has(onet)) throw new RowError('duplicate', `${CODE} ${onet} is listed twice`);
    byOnet.set(onet, { code, title: text(NEM_TITLE, cols.get(row, NEM_TITLE)) });
  });
  return byOnet;
}
