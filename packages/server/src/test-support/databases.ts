/** @module Fresh databases for tests: one PostgreSQL database per suite, one PGlite per test. */
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { inject } from 'vitest';
import { dumpPglite, openPglite } from '../db/pglite.js';
import type { Db } from '../db/port.js';
import { openPostgres } from '../db/postgres.js';
import { loadMigrations, migrate } from '../migrations/runner.js';

/** A database made for one suite, dropped by `drop()`. */
export interface TestDatabase {
  readonly db: Db;
  /** Connects to this database as the cluster's superuser (for a second pool, say). */
  readonly url: string;
  drop(): Promise<void>;
}

/** Options of the helpers below. */
export interface FreshOptions {
  /** Apply Heng's migrations (the default) or leave the database empty. */
  readonly migrate?: boolean;
}

/** The URL of the shared test cluster, from the global setup (or HENG_TEST_DATABASE_URL). */
export function postgresUrl(): string {
  const url = inject('postgresUrl');
  if (typeof url !== 'string' || url === '') {
    throw new Error('No test PostgreSQL: add packages/server/src/test-support/global-setup.ts to globalSetup in vitest.config.ts.');
  }
  return url;
}

/**
 * A new, empty-or-migrated database on the shared test cluster, so suites running at the same
 * time never see each other's rows. Call in `beforeAll`, `drop()` in `afterAll`.
 *
 * @example
 * let t: TestDatabase;
 * beforeAll(async () => { t = await createTestPostgres(); });
 * afterAll(() => t.drop());
 */
export async function createTestPostgres(options: FreshOptions = {}): Promise<TestDatabase> {
  const admin = postgres(postgresUrl(), { max: 1, onnotice: () => {} });
  const name = `heng_test_${randomUUID().replaceAll('-', '')}`;
  try {
    await admin.unsafe(`CREATE DATABASE ${name}`);
  } catch (error) {
    await admin.end();
    throw error;
  }
  const url = new URL(postgresUrl());
  url.pathname = `/${name}`;
  const db = await openPostgres({ url: url.toString() });
  if (options.migrate !== false) await migrate(db);
  return {
    db,
    url: url.toString(),
    drop: async () => {
      try {
        await db.close();
        await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await admin.end();
      }
    },
  };
}

const templates = new Map<boolean, Promise<Blob>>();

/**
 * The files of a new PGlite, migrated or not, kept in the temp folder between test files and
 * runs: making one takes seconds (initdb, then migrations), loading one a fraction of that.
 * The key covers PGlite's install path (so its version) and every migration's checksum.
 */
async function template(migrated: boolean): Promise<Blob> {
  const pglite = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const migrations = migrated ? loadMigrations().map((m) => m.checksum) : [];
  const key = createHash('sha256').update([pglite, ...migrations].join('\n')).digest('hex').slice(0, 16);
  const file = join(tmpdir(), `heng-pglite-template-${key}.tar`);
  if (existsSync(file)) return new Blob([readFileSync(file)]);
  const db = await openPglite();
  try {
    if (migrated) await migrate(db);
    const blob = await dumpPglite(db);
    const draft = `${file}.${randomUUID()}`;
    writeFileSync(draft, Buffer.from(await blob.arrayBuffer()));
    renameSync(draft, file);
    return blob;
  } finally {
    await db.close();
  }
}

/**
 * A new in-memory PGlite, migrated unless told not to, opened from a cached template.
 * Close it after the test (`afterEach(() => db.close())`).
 *
 * @example
 * const db = await freshPglite();
 */
export async function freshPglite(options: FreshOptions = {}): Promise<Db> {
  const migrated = options.migrate !== false;
  const made = templates.get(migrated) ?? template(migrated);
  templates.set(migrated, made);
  return openPglite({ loadDataDir: await made });
}

/**
 * PGlite and PostgreSQL with no migration applied, for the test of a migration on both:
 * `describe.each(unmigrated)('migration 0020 on $name', ({ open }) => …)`; drop what `open` gives.
 *
 * @example
 * const t = await unmigrated[0].open(); await migrate(t.db, loadMigrations().filter((m) => m.id < '0020')); await t.drop();
 */
export const unmigrated: readonly { readonly name: 'PGlite' | 'PostgreSQL'; open(): Promise<{ readonly db: Db; drop(): Promise<void> }> }[] = [
  {
    name: 'PGlite',
    open: async () => {
      const db = await freshPglite({ migrate: false });
      return { db, drop: () => db.close() };
    },
  },
  { name: 'PostgreSQL', open: () => createTestPostgres({ migrate: false }) },
];
