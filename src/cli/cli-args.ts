import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A bad command line: the command prints it with its usage and exits 2. */
export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * The command line, parsed by node:util's parseArgs for every command: its errors become
 * UsageErrors naming the option, an empty value (`--out=`) is one too, and `--help` (`-h`) is
 * an option of every command. Positionals are allowed: each command says what it takes.
 */
export function parseCommandLine<O extends Options>(argv: readonly string[], options: O) {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(usageProblem(error as Error & { code?: string }));
  }
  for (const [name, value] of Object.entries(parsed.values)) if (value === '') throw new UsageError(`--${name} needs a value`);
  return parsed;
}

/** parseArgs' message in our words; the option's name is only in its message. */
function usageProblem(error: Error & { code?: string }): string {
  const option = /'(-[^' ]+)/.exec(error.message)?.[1];
  if (option === undefined) return error.message;
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${option}`;
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return error.message.includes('does not take an argument') ? `${option} takes no value` : `${option} needs a value`;
  return error.message;
}

/** A whole number option within bounds, or the fallback when absent. */
export function intOption(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  return value;
}

/** One of a few values, or the fallback when absent. */
export function choiceOption<T extends string>(name: string, raw: string | undefined, allowed: readonly T[], fallback: T): T;
export function choiceOption<T extends string>(name: string, raw: string | undefined, allowed: readonly T[]): T | undefined;
export function choiceOption<T extends string>(name: string, raw: string | undefined, allowed: readonly T[], fallback?: T): T | undefined {
  if (raw === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(raw)) throw new UsageError(`--${name} must be ${allowed.join(' or ')}, got "${raw}"`);
  return raw as T;
}

const perSecond = (count: number, ms: number) => Math.round((count / Math.max(ms, 1)) * 1000).toLocaleString('en-US');

/** Progress lines for a store load: each batch with its rate. */
export function loadProgressLogger(log: (line: string) => void) {
  let previous = { phase: '', done: 0, at: performance.now() };
  return (p: { phase: string; done: number; total: number }) => {
    const now = performance.now();
    const before = p.phase === previous.phase ? previous.done : 0;
    log(`load ${p.phase} ${p.done}/${p.total} (${perSecond(p.done - before, now - previous.at)} ${p.phase}/s)`);
    previous = { phase: p.phase, done: p.done, at: now };
  };
}

export function rowsPerSecond(rows: number, ms: number): string {
  return perSecond(rows, ms);
}
