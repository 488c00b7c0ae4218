import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freshPglite } from '../test-support/databases.js';
import { loadMigrations, migrate, pendingMigrations } from './runner.js';

describe('migrations', () => {
  const dirs: string[] = [];
  const folder = (files: Record<string, string>): string => {
    const dir = mkdtempSync(join(tmpdir(), 'heng-migrations-'));
    dirs.push(dir);
    for (const [name, sql] of Object.entries(files)) writeFileSync(join(dir, name), sql);
    return dir;
  };
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('reads Heng’s own migrations in order, starting with tenants, users and roles', () => {
    const ids = loadMigrations().map((m) => m.id);
    expect(ids[0]).toBe('0001-tenants-users-roles');
    expect(ids).toEqual([...ids].sort());
  });

  it('orders by number and refuses misnamed or doubly numbered files', () => {
    expect(loadMigrations(folder({ '0002-b.sql': 'SELECT 2', '0001-a.sql': 'SELECT 1', 'notes.txt': '' })).map((m) => m.id)).toEqual(['0001-a', '0002-b']);
    expect(() => loadMigrations(folder({ '1-a.sql': '' }))).toThrow(/rename 1-a\.sql/);
    expect(() => loadMigrations(folder({ '0001-a.sql': '', '0001-b.sql': '' }))).toThrow(/share the number 0001/);
  });

  it('leaves the database as it was when a migration fails', async () => {
    const db = await freshPglite({ migrate: false });
    try {
      const migrations = loadMigrations(folder({ '0001-ok.sql': 'CREATE TABLE first (n int);', '0002-bad.sql': 'CREATE TABLE second (n int); SELEKT;' }));
      await expect(migrate(db, migrations)).rejects.toThrow();
      expect(await db.query("SELECT to_regclass('first') IS NULL AS gone, to_regclass('schema_migrations') IS NULL AS untracked")).toEqual([{ gone: true, untracked: true }]);
      expect(await pendingMigrations(db, migrations)).toEqual(['0001-ok', '0002-bad']);
    } finally {
      await db.close();
    }
  });

  it('refuses to go on when an applied migration was edited', async () => {
    const db = await freshPglite({ migrate: false });
    try {
      const before = loadMigrations(folder({ '0001-a.sql': 'CREATE TABLE a (n int);' }));
      expect(await migrate(db, before)).toEqual(['0001-a']);
      const after = loadMigrations(folder({ '0001-a.sql': 'CREATE TABLE a (n bigint);', '0002-b.sql': 'CREATE TABLE b (n int);' }));
      await expect(migrate(db, after)).rejects.toThrow(/0001-a changed after it was applied/);
      expect(await pendingMigrations(db, after)).toEqual(['0002-b']);
    } finally {
      await db.close();
    }
  });
});
