/** @module A lock file that lets one process at a time use PGlite's data folder. */
import { randomUUID } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The name of the lock file inside the data folder. */
export const LOCK_FILE = 'heng.lock';

interface Owner {
  readonly pid: number;
  readonly token: string;
}

/** Tokens of the locks this process holds, to tell its own live lock from a dead namesake. */
const held = new Set<string>();

/** Another live process holds the folder. */
export class FolderLockedError extends Error {
  override readonly name = 'FolderLockedError';

  constructor(
    readonly folder: string,
    readonly lockFile: string,
    readonly pid: number,
  ) {
    super(`The data folder ${folder} is in use by process ${pid}: stop that process first, or set DATABASE_URL to use PostgreSQL. If no such process runs, delete ${lockFile}.`);
  }
}

/** A held lock. */
export interface FolderLock {
  readonly lockFile: string;
  release(): void;
}

function readOwner(path: string): Owner | undefined {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<Owner>;
    return typeof parsed.pid === 'number' && typeof parsed.token === 'string' ? { pid: parsed.pid, token: parsed.token } : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(owner: Owner): boolean {
  // A container restarts its server with the same pid: only a token we hold proves it is us.
  if (owner.pid === process.pid) return held.has(owner.token);
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function removeIfUnchanged(path: string, stale: Owner | undefined): void {
  // Another starter may have taken the stale lock over meanwhile: remove only what we judged.
  if (readOwner(path)?.token !== stale?.token) return;
  try {
    unlinkSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

/**
 * Takes the folder's lock, creating the folder if needed; a lock left by a dead process is
 * taken over. The lock file is written whole before it appears (a hard link), so a reader
 * never sees it half-written.
 *
 * @example
 * const lock = lockFolder('.heng-data');
 * try { ... } finally { lock.release(); }
 */
export function lockFolder(folder: string): FolderLock {
  mkdirSync(folder, { recursive: true });
  const lockFile = join(folder, LOCK_FILE);
  const token = randomUUID();
  const draft = `${lockFile}.${token}`;
  writeFileSync(draft, JSON.stringify({ pid: process.pid, token }));
  try {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      try {
        linkSync(draft, lockFile);
        held.add(token);
        return { lockFile, release: () => release(lockFile, token) };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const owner = readOwner(lockFile);
      if (owner !== undefined && isAlive(owner)) throw new FolderLockedError(folder, lockFile, owner.pid);
      removeIfUnchanged(lockFile, owner);
    }
    throw new FolderLockedError(folder, lockFile, readOwner(lockFile)?.pid ?? -1);
  } finally {
    unlinkSync(draft);
  }
}

function release(lockFile: string, token: string): void {
  held.delete(token);
  if (readOwner(lockFile)?.token === token) unlinkSync(lockFile);
}
