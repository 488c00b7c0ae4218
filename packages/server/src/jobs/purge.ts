/** @module Housekeeping of the queue: finished jobs are deleted once they are old enough that nobody looks at them. */
import type { Queryable } from '../db/port.js';

/** How long finished jobs are kept, in days, and how many one call deletes at most. */
export interface Retention {
  /** Succeeded jobs: their effects are stored elsewhere (deliveries, scores, audit); 30 unless given. */
  readonly succeededDays?: number;
  /** Dead jobs: kept longer, for an admin to read why they failed and retry them; 90 unless given. */
  readonly deadDays?: number;
  /** Rows deleted by one call, so one call never holds locks long; 1,000 unless given. */
  readonly limit?: number;
}

const DAY_MS = 86_400_000;

/** How many finished jobs one purge deletes at most, unless told. */
export const PURGE_BATCH = 1_000;

/**
 * Deletes succeeded jobs finished more than `succeededDays` before `now`, and dead ones more
 * than `deadDays` before, the oldest first, at most `limit` of them, across every tenant (the
 * worker's own housekeeping, like its reaper). Queued, running and failed-to-retry jobs stay.
 * Without it the queue grows by a job per notification, forever.
 *
 * @example
 * const deleted = await purgeFinishedJobs(db, clock.now());
 */
export async function purgeFinishedJobs(q: Queryable, now: Date, retention: Retention = {}): Promise<number> {
  const { succeededDays = 30, deadDays = 90, limit = PURGE_BATCH } = retention;
  const before = (days: number) => new Date(now.getTime() - days * DAY_MS);
  const rows = await q.query(
    `DELETE FROM jobs WHERE (tenant_id, id) IN (
       SELECT tenant_id, id FROM jobs
       WHERE (status = 'succeeded' AND finished_at < $1) OR (status = 'dead' AND finished_at < $2)
       ORDER BY finished_at LIMIT $3
     ) RETURNING id`,
    [before(succeededDays), before(deadDays), limit],
  );
  return rows.length;
}
