/** @module The PGlite adapter: embedded PostgreSQL, the zero-setup default, one process per folder. */
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { Transaction } from '@electric-sql/pglite';
import { dbFromDriver } from './driver.js';
import type { RawQueryable } from './driver.js';
import { lockFolder } from './folder-lock.js';
import type { FolderLock } from './folder-lock.js';
import type { Db, Row } from './port.js';
import { parsers, serializers } from './values.js';

/** Where PGlite keeps its files inside the data folder (the lock file sits beside it). */
export const PGDATA = 'pgdata';

/** Options of {@link openPglite}. */
export interface PgliteOptions {
  /** The data folder, created if missing and locked against a second process; omitted: in memory. */
  readonly folder?: string;
  /** Start from a copy of this database's files (a tarball from `dumpDataDir`), for tests. */
  readonly loadDataDir?: Blob | File;
}

// Session settings fixed so text the server prints (dates, timestamps) reads the same everywhere.
const SESSION = "SET TimeZone = 'UTC'; SET DateStyle = 'ISO, MDY'; SET IntervalStyle = 'iso_8601';";

function raw(pg: PGlite | Transaction): RawQueryable {
  return {
    query: async (sql, params) => (await pg.query<Row>(sql, params)).rows,
    exec: async (script) => {
      await pg.exec(script);
    },
  };
}

/**
 * Opens an embedded PGlite database. PGlite has one connection: its transactions run one
 * after another (PGlite queues them), which is what a single local process needs.
 *
 * @example
 * const db = await openPglite({ folder: '.heng-data' });
 * await migrate(db);
 */
export async function openPglite(options: PgliteOptions = {}): Promise<Db> {
  const lock: FolderLock | undefined = options.folder === undefined ? undefined : lockFolder(options.folder);
  let pg: PGlite;
  try {
    pg = await PGlite.create({
      ...(options.folder === undefined ? {} : { dataDir: join(options.folder, PGDATA) }),
      ...(options.loadDataDir === undefined ? {} : { loadDataDir: options.loadDataDir }),
      parsers,
      serializers,
    });
    await pg.exec(SESSION);
  } catch (error) {
    lock?.release();
    throw error;
  }
  return pgliteDb(pg, lock);
}

const instances = new WeakMap<Db, PGlite>();

/** The Db over an open PGlite; closing it closes PGlite and then releases the lock. */
function pgliteDb(pg: PGlite, lock: FolderLock | undefined): Db {
  const db = dbFromDriver({
    kind: 'pglite',
    ...raw(pg),
    begin: (fn) => pg.transaction((tx) => fn(raw(tx))),
    close: async () => {
      try {
        if (!pg.closed) await pg.close();
      } finally {
        lock?.release();
      }
    },
  });
  instances.set(db, pg);
  return db;
}

/**
 * The files of an in-memory or folder database as a tarball, to open copies from
 * (`openPglite({ loadDataDir })`): tests migrate one template and copy it per test.
 */
export async function dumpPglite(db: Db): Promise<Blob | File> {
  const pg = instances.get(db);
  if (pg === undefined) throw new Error('dumpPglite needs a Db opened by openPglite.');
  return pg.dumpDataDir('none');
}
