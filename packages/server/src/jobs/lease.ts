/** @module The worker's statements: claim due jobs across tenants, renew a lease, end an attempt. */

// These run as the connecting role, which must bypass row-level security (a superuser, or a
// role with BYPASSRLS, as main.ts checks at start): one worker serves every tenant. Each
// statement that ends or extends an attempt is fenced by a LeaseToken.
import type { Queryable } from '../db/port.js';
import { jobFromRow } from './queue.js';
import type { JobRow } from './queue.js';
import type { Job } from './types.js';

/** Who holds which attempt of a job. A statement fenced by it changes nothing once another worker took the job. */
export interface LeaseToken {
  readonly tenantId: string;
  readonly jobId: string;
  readonly workerId: string;
  /** The attempt number the claim gave; a later claim gives a higher one. */
  readonly attempt: number;
}

/** The token of a job this worker just claimed. */
export function tokenOf(job: Job, workerId: string): LeaseToken {
  return { tenantId: job.tenantId, jobId: job.id, workerId, attempt: job.attempts };
}

const FENCE = "tenant_id = $1 AND id = $2 AND locked_by = $3 AND attempts = $4 AND status = 'running'";
const fence = (t: LeaseToken): [string, string, string, number] => [t.tenantId, t.jobId, t.workerId, t.attempt];

/** Options of {@link claimJobs}. */
export interface ClaimOptions {
  readonly workerId: string;
  /** Only jobs of these kinds: the ones this worker has handlers for. */
  readonly kinds: readonly string[];
  readonly now: Date;
  readonly leaseMs: number;
  readonly limit: number;
}

// SKIP LOCKED: two workers claiming at once each take different rows, never wait on each
// other. Two ordered scans, each reading only as far as the limit needs: jobs whose lease ran
// out first (their worker died), then due jobs in priority order, straight off jobs_due_idx.
const CLAIM = `
  WITH expired AS (
    SELECT tenant_id, id FROM jobs
    WHERE status = 'running' AND lease_until <= $1 AND attempts < max_attempts AND kind = ANY($2::text[])
    ORDER BY lease_until LIMIT $3 FOR UPDATE SKIP LOCKED
  ), due AS (
    SELECT tenant_id, id FROM jobs
    WHERE status IN ('queued', 'failed') AND run_at <= $1 AND kind = ANY($2::text[])
    ORDER BY priority DESC, run_at LIMIT $3 FOR UPDATE SKIP LOCKED
  ), next AS (
    (SELECT tenant_id, id FROM expired) UNION ALL (SELECT tenant_id, id FROM due) LIMIT $3
  )
  UPDATE jobs j SET status = 'running', attempts = j.attempts + 1, lease_until = $4, locked_by = $5, updated_at = $1, finished_at = NULL
  FROM next WHERE j.tenant_id = next.tenant_id AND j.id = next.id
  RETURNING j.*`;

/**
 * Claims up to `limit` jobs: running ones whose lease ran out first (their worker died: they
 * resume from their last checkpoint), then queued ones and failed ones whose retry time came,
 * the highest priority and longest due first. Each claim is a new attempt.
 *
 * @example
 * const jobs = await claimJobs(db, { workerId, kinds: ['notification.email'], now: clock.now(), leaseMs: 60_000, limit: 4 });
 */
export async function claimJobs(q: Queryable, o: ClaimOptions): Promise<Job[]> {
  if (o.limit < 1 || o.kinds.length === 0) return [];
  const lease = new Date(o.now.getTime() + o.leaseMs);
  const rows = await q.query<JobRow>(CLAIM, [o.now, [...o.kinds], o.limit, lease, o.workerId]);
  return rows.map((r) => jobFromRow(r)).sort((a, b) => b.priority - a.priority || a.runAt.localeCompare(b.runAt));
}

/**
 * Sends to the dead letters the running jobs whose lease ran out on their last attempt: their
 * worker died each time, and claiming them again would exceed their attempts.
 */
export async function reapExpiredJobs(q: Queryable, now: Date): Promise<number> {
  const rows = await q.query(
    `UPDATE jobs SET status = 'dead', lease_until = NULL, updated_at = $1, finished_at = $1,
       last_error = 'Attempt ' || attempts || ' of ' || max_attempts || ' never finished: its worker stopped and its lease ran out.'
     WHERE status = 'running' AND lease_until <= $1 AND attempts >= max_attempts
     RETURNING id`,
    [now],
  );
  return rows.length;
}

/** Extends the lease to `now + leaseMs`; false when the worker no longer holds the job. */
export async function renewLease(q: Queryable, token: LeaseToken, now: Date, leaseMs: number): Promise<boolean> {
  const rows = await q.query(`UPDATE jobs SET lease_until = $5, updated_at = $6 WHERE ${FENCE} RETURNING id`, [...fence(token), new Date(now.getTime() + leaseMs), now]);
  return rows.length === 1;
}

/** Marks the attempt succeeded; false when the worker no longer held the job. */
export async function finishJob(q: Queryable, token: LeaseToken, now: Date): Promise<boolean> {
  const rows = await q.query(
    `UPDATE jobs SET status = 'succeeded', lease_until = NULL, updated_at = $5, finished_at = $5 WHERE ${FENCE} RETURNING id`,
    [...fence(token), now],
  );
  return rows.length === 1;
}

/**
 * Ends a failed attempt: `failed` with its next run at `retryAt`, or `dead` when `retryAt` is
 * null. Returns the status written, or undefined when the worker no longer held the job.
 */
export async function failAttempt(q: Queryable, token: LeaseToken, now: Date, error: string, retryAt: Date | null): Promise<'failed' | 'dead' | undefined> {
  const status = retryAt === null ? 'dead' : 'failed';
  const rows = await q.query(
    `UPDATE jobs SET status = $5, lease_until = NULL, last_error = $6, updated_at = $7,
       run_at = COALESCE($8, run_at), finished_at = CASE WHEN $5 = 'dead' THEN $7::timestamptz(3) END
     WHERE ${FENCE} RETURNING id`,
    [...fence(token), status, error.slice(0, 4000), now, retryAt],
  );
  return rows.length === 1 ? status : undefined;
}

/**
 * Puts a job interrupted by the worker stopping back in the queue, due at once; the attempt
 * it was on is not counted against it.
 */
export async function releaseJob(q: Queryable, token: LeaseToken, now: Date): Promise<boolean> {
  const rows = await q.query(
    `UPDATE jobs SET status = 'queued', lease_until = NULL, attempts = attempts - 1, run_at = $5, updated_at = $5 WHERE ${FENCE} RETURNING id`,
    [...fence(token), now],
  );
  return rows.length === 1;
}

/**
 * Inside a tenant transaction: locks the job row and says whether this worker still holds it.
 * Run first in every transaction a handler makes, so a worker that lost its lease commits nothing.
 */
export async function holdsLease(tx: Queryable, token: LeaseToken): Promise<boolean> {
  const rows = await tx.query(`SELECT id FROM jobs WHERE ${FENCE} FOR UPDATE`, fence(token));
  return rows.length === 1;
}
