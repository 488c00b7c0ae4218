/** @module The server's settings, read from the environment once at start and checked all at once. */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LogLevel } from './http/logger.js';

/** Everything the server reads from its environment. */
export interface Config {
  /** PostgreSQL URL (`DATABASE_URL`); without it the embedded PGlite is used. */
  readonly databaseUrl: string | undefined;
  /** PGlite's data folder (`HENG_DATA_DIR`, default `.heng-data` in the working folder). */
  readonly dataDir: string;
  /** PostgreSQL connections the server keeps open at most (`HENG_DB_POOL`, 1–200, default 10). */
  readonly dbPool: number;
  /** Address to listen on (`HOST`, default 127.0.0.1; 0.0.0.0 to serve other machines). */
  readonly host: string;
  /** Port (`PORT`, default 3000; 0 picks a free one). */
  readonly port: number;
  /** Default largest request body in bytes (`HENG_BODY_LIMIT`, default 1 MiB). */
  readonly bodyLimit: number;
  /** Lowest level logged (`HENG_LOG_LEVEL`, default info). */
  readonly logLevel: LogLevel;
  /** Reverse proxies in front of the server (`HENG_PROXY_HOPS`, 0–10, default 0). */
  readonly proxyHops: number;
  /** Origins allowed besides the server's own for browser writes (`HENG_ALLOWED_ORIGINS`, comma list). */
  readonly allowedOrigins: readonly string[];
  /** Needed by POST /api/setup when set (`HENG_SETUP_TOKEN`, at least 16 characters). */
  readonly setupToken: string | undefined;
  /** The template gallery's folder (`HENG_TEMPLATES_DIR`, default the repository's `examples`). */
  readonly templatesDir: string;
}

/** The templates shipped in the repository. */
const EXAMPLES = fileURLToPath(new URL('../../../examples/', import.meta.url));

/** The environment named settings that cannot work; the message lists every one. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';

  constructor(readonly problems: readonly string[]) {
    super(`The server cannot start with these settings:\n- ${problems.join('\n- ')}`);
  }
}

const LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error'];

/** The PostgreSQL pool size unless set. */
const DEFAULT_DB_POOL = 10;

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
    dbPool: integer(env, 'HENG_DB_POOL', DEFAULT_DB_POOL, 1, 200, problems),
    host: env.HOST === undefined || env.HOST === '' ? '127.0.0.1' : env.HOST,
    port: integer(env, 'PORT', 3000, 0, 65535, problems),
    bodyLimit: integer(env, 'HENG_BODY_LIMIT', 1024 * 1024, 1024, 1024 * 1024 * 1024, problems),
    logLevel,
    proxyHops: integer(env, 'HENG_PROXY_HOPS', 0, 0, 10, problems),
    allowedOrigins: (env.HENG_ALLOWED_ORIGINS ?? '').split(',').map((o) => o.trim()).filter((o) => o !== ''),
    setupToken: env.HENG_SETUP_TOKEN === undefined || env.HENG_SETUP_TOKEN === '' ? undefined : env.HENG_SETUP_TOKEN,
    templatesDir: resolve(env.HENG_TEMPLATES_DIR === undefined || env.HENG_TEMPLATES_DIR === '' ? EXAMPLES : env.HENG_TEMPLATES_DIR),
  };
  for (const origin of config.allowedOrigins) if (!/^https?:\/\/[^/]+$/.test(origin)) problems.push(`HENG_ALLOWED_ORIGINS: ${origin} must be an origin such as http://127.0.0.1:5173 (scheme and host, no path).`);
  if (config.setupToken !== undefined && config.setupToken.length < 16) problems.push('HENG_SETUP_TOKEN must have at least 16 characters.');
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
