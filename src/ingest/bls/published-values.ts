import { RowError } from '../common/problems';

/**
 * A published figure: a number, a top-coded lower bound (the true value is at or above the
 * release's top code, so it must never be read as the number), or not published.
 */
export type Published = { kind: 'value'; value: number } | { kind: 'top-coded'; atLeast?: number } | { kind: 'missing' };

const MISSING: Published = { kind: 'missing' };
/** 140,886,310 or 28.01: thousands separated by commas, or not at all. */
const AMOUNT = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

function amount(raw: string): number {
  return Number(raw.replace(/,/g, ''));
}

/** An OEWS wage cell: `#` top-coded, `*` not available. */
export function oewsWage(column: string, raw: string): Published {
  if (raw === '#') return { kind: 'top-coded' };
  if (raw === '*') return MISSING;
  if (!AMOUNT.test(raw)) throw new RowError('not-a-number', `${column} "${raw}" is not an amount, # (top-coded) or * (not available)`);
  return { kind: 'value', value: amount(raw) };
}

/** OEWS employment: `**` (no estimate) and `*` are not available; an estimate is never top-coded. */
export function oewsEmployment(column: string, raw: string): number | undefined {
  if (raw === '*' || raw === '**') return undefined;
  if (!AMOUNT.test(raw)) throw new RowError('not-a-number', `${column} "${raw}" is not a number or ** (not available)`);
  return amount(raw);
}

/** Table 1.7 marks an unpublished value with an em dash ("Data is unavailable for values denoted with a —"). */
const UNAVAILABLE = new Set(['—', '–', '-', '']);
/** ">=$239,200": the median is at or above the top of the wage scale. */
const AT_LEAST = /^>=\s*\$?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)$/;

/** Table 1.7's median annual wage: a number, ">=$239,200" (top-coded) or "—". */
export function epWage(column: string, raw: string): Published {
  if (UNAVAILABLE.has(raw)) return MISSING;
  const atLeast = AT_LEAST.exec(raw);
  if (atLeast) return { kind: 'top-coded', atLeast: amount(atLeast[1]) };
  if (!AMOUNT.test(raw)) throw new RowError('not-a-number', `${column} "${raw}" is not an amount, ">=$amount" (top-coded) or — (unavailable)`);
  return { kind: 'value', value: amount(raw) };
}

/** A wording BLS publishes (entry education, training), absent when unavailable. */
export function epText(raw: string): string | undefined {
  return UNAVAILABLE.has(raw) ? undefined : raw;
}
