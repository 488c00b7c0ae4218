/** @module The server's settings, read from the environment once at start and checked all at once. */
import { resolve } from 'node:path';
import type { LogLevel } from './http/logger.js';

/** Everything the server reads from its environment. */
export interface Config {
  /** PostgreSQL URL (`DATABASE_URL`); without it the embedded PGlite is used. */
  readonly databaseUrl: string | undefined;
  /** PGlite's data folder (`HENG_DATA_DIR`, default `.heng-data` in the working folder). */
  readonly dataDir: string;
  /** Address to listen on (`HOST`, default 127.0.0.1; 0.0.0.0 to serve other machines). */
  readonly host: string;
  /** Port (`PORT`, default 3000; 0 picks a free one). */
  readonly port: number;
  /** Default largest request body in bytes (`HENG_BODY_LIMIT`, default 1 MiB). */
  readonly bodyLimit: number;
  /** Lowest level logged (`HENG_LOG_LEVEL`, default info). */
  readonly logLevel: LogLevel;
}

/** The environment named settings that cannot work; the message lists every one. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';

  constructor(readonly problems: readonly string[]) {
    super(`The server cannot start with these settings:\n- ${problems.join('\n- ')}`);
  }
}

const LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error'];

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number, problems: string[]): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) problems.push(`${name}=${raw} must be a whole number from ${min} to ${max}.`);
  return n;
}

/**
 * Reads and checks the settings.
 *
 * @example
 * const config = loadConfig({ PORT: '8080', DATABASE_URL: 'postgres://heng@db/heng' });
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];
  const databaseUrl = env.DATABASE_URL === undefined || env.DATABASE_URL === '' ? undefined : env.DATABASE_URL;
  if (databaseUrl !== undefined && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push('DATABASE_URL must start with postgres:// or postgresql://.');
  }
  const logLevel = (env.HENG_LOG_LEVEL ?? 'info') as LogLevel;
  if (!LEVELS.includes(logLevel)) problems.push(`HENG_LOG_LEVEL=${logLevel} must be one of ${LEVELS.join(', ')}.`);
  const config: Config = {
    databaseUrl,
    dataDir: resolve(env.HENG_DATA_DIR === undefined || env.HENG_DATA_DIR === '' ? '.heng-data' : env.HENG_DATA_DIR),
    host: env.HOST === undefined || env.HOST === '' ? '127.0.0.1' : env.HOST,
    port: integer(env, 'PORT', 3000, 0, 65535, problems),
    bodyLimit: integer(env, 'HENG_BODY_LIMIT', 1024 * 1024, 1024, 1024 * 1024 * 1024, problems),
    logLevel,
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
