import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { freshPglite } from '../test-support/databases.js';
import { FolderLockedError, LOCK_FILE } from './folder-lock.js';
import { openPglite } from './pglite.js';
import { storeContract } from './store-contract.case.js';

storeContract('PGlite', {
  open: async () => {
    const db = await freshPglite();
    return { db, dispose: () => db.close() };
  },
  openEmpty: async () => {
    const db = await freshPglite({ migrate: false });
    return { db, dispose: () => db.close() };
  },
});

describe('PGlite transactions', () => {
  // Its one connection would wait for itself forever; PostgreSQL does not check (see dbFromDriver).
  it('refuses the Db inside its own transaction', async () => {
    const db = await freshPglite({ migrate: false });
    try {
      await expect(db.transaction(async () => db.query('SELECT 1'))).rejects.toThrow(/transaction handle/);
    } finally {
      await db.close();
    }
  });
});

describe('PGlite data folder', () => {
  const folders: string[] = [];
  const folder = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'heng-pglite-'));
    folders.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('keeps data across a close and a reopen', async () => {
    const dir = folder();
    const first = await openPglite({ folder: dir });
    await first.exec('CREATE TABLE kept (n int); INSERT INTO kept VALUES (7);');
    await first.close();
    const second = await openPglite({ folder: dir });
    expect(await second.query('SELECT n FROM kept')).toEqual([{ n: 7 }]);
    await second.close();
  });

  it('refuses a second open while the first holds the folder, and allows it after close', async () => {
    const dir = folder();
    const first = await openPglite({ folder: dir });
    const error: unknown = await openPglite({ folder: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FolderLockedError);
    expect((error as FolderLockedError).pid).toBe(process.pid);
    await first.close();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    const again = await openPglite({ folder: dir });
    await again.close();
  });

  it('refuses a folder another live process holds', async () => {
    const dir = folder();
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: process.ppid, token: 'parent' }));
    await expect(openPglite({ folder: dir })).rejects.toThrow(new RegExp(`in use by process ${process.ppid}`));
    expect(existsSync(join(dir, LOCK_FILE))).toBe(true);
  });

  it('takes over a lock left by a process that died', async () => {
    const dir = folder();
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: dead, token: 'gone' }));
    const db = await openPglite({ folder: dir });
    expect(await db.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
    await db.close();
  });
});
