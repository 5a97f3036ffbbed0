import { RowError } from './problems';

/** Cell parsers: each throws a RowError saying which column held what, for the row's file:line. */

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

export function text(column: string, value: string): string {
  if (value === '') throw new RowError('empty', `${column} is empty`);
  return value;
}

export function decimal(column: string, value: string, min: number, max: number): number {
  if (!DECIMAL.test(value)) throw new RowError('not-a-number', `${column} "${value}" is not a number`);
  const n = Number(value);
  if (n < min || n > max) throw new RowError('out-of-range', `${column} ${value} is outside ${min}-${max}`);
  return n;
}

export function integer(column: string, value: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const n = decimal(column, value, min, max);
  if (!Number.isInteger(n)) throw new RowError('not-a-number', `${column} "${value}" is not a whole number`);
  return n;
}

/** A cell that must be one of a few published values; `mapping` gives what each becomes. */
export function oneOf<T>(column: string, value: string, mapping: Readonly<Record<string, T>>): T {
  if (!Object.prototype.hasOwnProperty.call(mapping, value)) {
    const allowed = Object.keys(mapping)
      .map((k) => `"${k}"`)
      .join(', ');
    throw new RowError('unknown-value', `${column} "${value}" is not one of ${allowed}`);
  }
  return mapping[value];
}
