import pino, { type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from '../../config';

export type { Logger };

/**
 * The server's JSON logger (pino): one object per line, ISO time, the level by name. It writes
 * to stdout unless given a destination (tests pass one they can read).
 */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  };
  return destination ? pino(options, destination) : pino(options);
}
