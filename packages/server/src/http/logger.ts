/** @module A tiny structured logger: one JSON object per line. */
import type { Clock } from './clock.js';
import { systemClock } from './clock.js';

/** How much a line matters. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/** Where the server writes what happened. Fields must be JSON-serialisable. */
export interface Logger {
  log(level: LogLevel, msg: string, fields?: Readonly<Record<string, unknown>>): void;
}

const rank: Readonly<Record<LogLevel, number>> = { debug: 10, info: 20, warn: 30, error: 40 };

/** Options of {@link jsonLogger}. */
export interface JsonLoggerOptions {
  /** Receives each line without its newline; stdout unless given. */
  readonly write?: (line: string) => void;
  /** Lines below this level are dropped; `info` unless given. */
  readonly level?: LogLevel;
  readonly clock?: Clock;
}

/** An Error as fields a log line can hold. */
export function errorFields(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { error: String(error) };
  return { error: error.message, errorName: error.name, stack: error.stack, ...(error.cause === undefined ? {} : { cause: errorFields(error.cause) }) };
}

/**
 * A logger writing `{"time","level","msg",...fields}` lines.
 *
 * @example
 * const lines: string[] = [];
 * const logger = jsonLogger({ write: (l) => lines.push(l) });
 * logger.log('info', 'request', { method: 'GET', path: '/api/health', status: 200 });
 */
export function jsonLogger(options: JsonLoggerOptions = {}): Logger {
  const write = options.write ?? ((line: string) => process.stdout.write(`${line}\n`));
  const min = rank[options.level ?? 'info'];
  const clock = options.clock ?? systemClock;
  return {
    log: (level, msg, fields = {}) => {
      if (rank[level] < min) return;
      write(JSON.stringify({ time: clock.now().toISOString(), level, msg, ...fields }));
    },
  };
}
