import { RowError } from '../common/problems';
import { oneOf } from '../common/values';

const ONET_SOC_CODE = /^\d{2}-\d{4}\.\d{2}$/;

export function onetCode(column: string, value: string): string {
  if (!ONET_SOC_CODE.test(value)) throw new RowError('bad-code', `${column} "${value}" is not an O*NET-SOC code (dd-dddd.dd)`);
  return value;
}

/** O*NET flags are Y or N; blank and n/a mean "not stated" (IM rows leave Not Relevant blank). */
export function flag(column: string, value: string | undefined): boolean | undefined {
  if (value === undefined) return undefined;
  return oneOf(column, value, { Y: true, N: false, '': undefined, 'n/a': undefined });
}
