/** @module Applies the SQL migrations in order, once, safely when several processes start at once. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { Db, Queryable } from '../db/port.js';

/** One migration file: `NNNN-what-it-does.sql`, applied in the order of its number. */
export interface Migration {
  readonly id: string;
  readonly sql: string;
  readonly checksum: string;
}

const NAME = /^(\d{4})-[a-z0-9-]+\.sql$/;

// Any fixed number serves: every Heng process takes the same advisory lock before migrating.
const LOCK_KEY = 4_855_410_271;

/** The folder of Heng's migrations (this one). */
const MIGRATIONS_DIR = fileURLToPath(new URL('.', import.meta.url));

/**
 * Reads the migrations of a folder, in order. A `.sql` file with another name is an error,
 * so that a misnamed migration is not silently skipped.
 *
 * @example
 * loadMigrations().map((m) => m.id) // ['0001-tenants-users-roles', ...]
 */
export function loadMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.sql')).sort();
  const bad = files.filter((f) => !NAME.test(f));
  if (bad.length > 0) throw new Error(`Migration files must be named NNNN-what-it-does.sql: rename ${bad.join(', ')}.`);
  const numbers = files.map((f) => f.slice(0, 4));
  const twice = numbers.filter((n, i) => numbers.indexOf(n) !== i);
  if (twice.length > 0) throw new Error(`Two migrations share the number ${twice.join(', ')}: renumber one.`);
  return files.map((file) => {
    const sql = readFileSync(join(dir, file), 'utf8');
    return { id: file.slice(0, -'.sql'.length), sql, checksum: createHash('sha256').update(sql).digest('hex') };
  });
}

const TABLE = `CREATE TABLE IF NOT EXISTS schema_migrations (
  id text PRIMARY KEY,
  checksum text NOT NULL,
  applied_at timestamptz(3) NOT NULL DEFAULT now()
)`;

async function applied(tx: Queryable): Promise<Map<string, string>> {
  const rows = await tx.query<{ id: string; checksum: string }>('SELECT id, checksum FROM schema_migrations');
  return new Map(rows.map((r) => [r.id, r.checksum]));
}

/**
 * Applies the migrations not applied yet, all in one transaction under an advisory lock: a
 * second process starting at the same time waits, then finds nothing left to do. A failing
 * migration leaves the database as it was. A migration edited after it was applied is an
 * error: add a new migration instead. Returns the ids it applied.
 *
 * @example
 * const db = await openDb(config);
 * await migrate(db);
 */
export async function migrate(db: Db, migrations: readonly Migration[] = loadMigrations()): Promise<string[]> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
    await tx.exec(TABLE);
    const done = await applied(tx);
    const edited = migrations.filter((m) => done.has(m.id) && done.get(m.id) !== m.checksum);
    if (edited.length > 0) {
      throw new Error(`Migration ${edited.map((m) => m.id).join(', ')} changed after it was applied: restore it and add a new migration instead.`);
    }
    const pending = migrations.filter((m) => !done.has(m.id));
    for (const m of pending) {
      await tx.exec(m.sql);
      await tx.query('INSERT INTO schema_migrations (id, checksum) VALUES ($1, $2)', [m.id, m.checksum]);
    }
    return pending.map((m) => m.id);
  });
}

/**
 * The ids of the migrations not applied yet (all of them on an empty database).
 *
 * @example
 * const ready = (await pendingMigrations(db)).length === 0;
 */
export async function pendingMigrations(db: Db, migrations: readonly Migration[] = loadMigrations()): Promise<string[]> {
  const [exists] = await db.query<{ present: boolean }>("SELECT to_regclass('public.schema_migrations') IS NOT NULL AS present");
  if (exists?.present !== true) return migrations.map((m) => m.id);
  const done = await applied(db);
  return migrations.filter((m) => !done.has(m.id)).map((m) => m.id);
}
