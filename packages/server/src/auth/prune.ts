/** @module Housekeeping: deletes sessions and login counters that can no longer matter. */
import type { Db } from '../db/port.js';

/** How long ended sessions are kept (for a user's "recent sign-ins"), then deleted. */
const KEEP_ENDED_SESSIONS_MS = 30 * 24 * 3600_000;

/**
 * Deletes sessions ended more than 30 days ago and login counters whose window closed
 * more than a day ago, across tenants (run as the connecting role, from a scheduled job).
 * Returns how many rows went.
 *
 * @example
 * await pruneAuthRecords(db, clock.now());
 */
export async function pruneAuthRecords(db: Db, now: Date): Promise<{ sessions: number; counters: number }> {
  const keepSince = new Date(now.getTime() - KEEP_ENDED_SESSIONS_MS);
  const sessions = await db.query('DELETE FROM sessions WHERE expires_at <= $1 OR revoked_at <= $1 RETURNING id', [keepSince]);
  // Windows are at most a day long in any sane setting; an older counter is spent.
  const counters = await db.query('DELETE FROM login_throttle WHERE window_start <= $1 RETURNING key_hash', [new Date(now.getTime() - 24 * 3600_000)]);
  return { sessions: sessions.length, counters: counters.length };
}
