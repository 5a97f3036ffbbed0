import { SOC_CODE_PATTERN } from '../../model/ids';
import { RowError } from '../common/problems';
import { type ProblemLog } from '../common/problem-log';
import { oneOf, text } from '../common/values';
import { eachRow } from '../common/rows';
import type { Table } from './import-run';
import { oewsEmployment, oewsWage, type Published } from './published-values';

/** Wage node keys and the OEWS columns they come from, hourly then annual. */
export const WAGE_COLUMNS = [
  ['hourlyMean', 'H_MEAN'],
  ['hourlyP10', 'H_PCT10'],
  ['hourlyP25', 'H_PCT25'],
  ['hourlyMedian', 'H_MEDIAN'],
  ['hourlyP75', 'H_PCT75'],
  ['hourlyP90', 'H_PCT90'],
  ['annualMean', 'A_MEAN'],
  ['annualP10', 'A_PCT10'],
  ['annualP25', 'A_PCT25'],
  ['annualMedian', 'A_MEDIAN'],
  ['annualP75', 'A_PCT75'],
  ['annualP90', 'A_PCT90'],
] as const;
export type WageKey = (typeof WAGE_COLUMNS)[number][0];

/** The columns read, by header name (OEWS layouts move columns between years). */
export const OEWS_COLUMNS: readonly string[] = ['OCC_CODE', 'OCC_TITLE', 'O_GROUP', 'TOT_EMP', 'ANNUAL', 'HOURLY', ...WAGE_COLUMNS.map(([, column]) => column)];

const GROUPS = { total: 'total', major: 'major', minor: 'minor', broad: 'broad', detailed: 'detailed' } as const;
type Group = keyof typeof GROUPS;
const FLAG = { '': false, TRUE: true, FALSE: false } as const;

/** One published OEWS row. */
export interface OewsRow {
  code: string;
  title: string;
  group: Group;
  line: number;
  employment?: number;
  wages: Record<WageKey, Published>;
  hourlyOnly: boolean;
  annualOnly: boolean;
}

/**
 * OEWS rows by SOC code. A code may be published twice, as a broad group and as the detailed
 * occupation standing for it (29-2010, with the same figures): the detailed row is the one kept.
 */
export function mapOewsRows({ file, cols }: Table, log: ProblemLog): Map<string, OewsRow> {
  const byCode = new Map<string, OewsRow>();
  eachRow(file, log, (row) => {
    const code = cols.get(row, 'OCC_CODE');
    if (!SOC_CODE_PATTERN.test(code)) throw new RowError('bad-code', `OCC_CODE "${code}" is not a SOC code (dd-dddd)`);
    const wages = {} as Record<WageKey, Published>;
    for (const [key, column] of WAGE_COLUMNS) wages[key] = oewsWage(column, cols.get(row, column));
    const parsed: OewsRow = {
      code,
      title: text('OCC_TITLE', cols.get(row, 'OCC_TITLE')),
      group: oneOf('O_GROUP', cols.get(row, 'O_GROUP'), GROUPS),
      line: row.line,
      employment: oewsEmployment('TOT_EMP', cols.get(row, 'TOT_EMP')),
      wages,
      hourlyOnly: oneOf('HOURLY', cols.get(row, 'HOURLY'), FLAG),
      annualOnly: oneOf('ANNUAL', cols.get(row, 'ANNUAL'), FLAG),
    };
    const before = byCode.get(code);
    if (before && (before.group === 'detailed') === (parsed.group === 'detailed')) {
      throw new RowError('duplicate', `OCC_CODE ${code} (${parsed.group}) is listed twice (also at line ${before.line})`);
    }
    if (!before || parsed.group === 'detailed') byCode.set(code, parsed);
  });
  return byCode;
}
