/** @module Opens the database the configuration names: PostgreSQL with a URL, else embedded PGlite. */
import { openPglite } from './pglite.js';
import type { Db } from './port.js';
import { openPostgres } from './postgres.js';

/** Where the data is: a PostgreSQL URL, or PGlite's local folder. */
export interface DbConfig {
  readonly databaseUrl?: string | undefined;
  readonly dataDir: string;
  /** PostgreSQL's pool size (10 unless given). */
  readonly dbPool?: number;
}

/**
 * PostgreSQL when `databaseUrl` is set, else PGlite in `dataDir` (locked to this process).
 *
 * @example
 * const db = await openDb({ databaseUrl: process.env.DATABASE_URL, dataDir: '.heng-data' });
 */
export function openDb(config: DbConfig): Promise<Db> {
  return config.databaseUrl === undefined || config.databaseUrl === ''
    ? openPglite({ folder: config.dataDir })
    : openPostgres(config.dbPool === undefined ? { url: config.databaseUrl } : { url: config.databaseUrl, max: config.dbPool });
}
