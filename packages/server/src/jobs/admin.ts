/** @module What an admin does with a tenant's jobs: list them (the dead letters first of all), retry a dead one. */
import type { Queryable } from '../db/port.js';
import { AppError, notFound } from '../http/app-error.js';
import { pageOf } from './paging.js';
import type { Cursor, Page } from './paging.js';
import { getJob, jobFromRow } from './queue.js';
import type { JobRow } from './queue.js';
import type { Job, JobStatus } from './types.js';

/** Options of {@link listJobs}. */
export interface JobListOptions {
  readonly status: JobStatus;
  readonly limit: number;
  readonly cursor?: Cursor | undefined;
}

/**
 * A tenant's jobs in one status, the most recently changed first, a page at a time. Run it in
 * the tenant's transaction.
 *
 * @example
 * const dead = await db.withTenant(tenantId, (tx) => listJobs(tx, tenantId, { status: 'dead', limit: 50 }));
 */
export async function listJobs(q: Queryable, tenantId: string, o: JobListOptions): Promise<Page<Job>> {
  const rows = await q.query<JobRow>(
    `SELECT * FROM jobs WHERE tenant_id = $1 AND status = $2
       AND ($3::timestamptz IS NULL OR (updated_at, id) < ($3::timestamptz, $4::text))
     ORDER BY updated_at DESC, id DESC LIMIT $5`,
    [tenantId, o.status, o.cursor?.at ?? null, o.cursor?.id ?? null, o.limit + 1],
  );
  return pageOf(rows.map((r) => jobFromRow(r)), o.limit, (job) => ({ at: job.updatedAt, id: job.id }));
}

/**
 * Puts a dead job back in the queue with its attempts reset, due at `now`; its last error is
 * kept until it runs. A job that is not dead is a 409; an unknown one a 404.
 *
 * @example
 * const job = await db.withTenant(tenantId, (tx) => retryDeadJob(tx, tenantId, jobId, clock.now()));
 */
export async function retryDeadJob(q: Queryable, tenantId: string, id: string, now: Date): Promise<Job> {
  const [row] = await q.query<JobRow>(
    `UPDATE jobs SET status = 'queued', attempts = 0, run_at = $3, updated_at = $3, finished_at = NULL, locked_by = NULL
     WHERE tenant_id = $1 AND id = $2 AND status = 'dead' RETURNING *`,
    [tenantId, id, now],
  );
  if (row !== undefined) return jobFromRow(row);
  const job = await getJob(q, tenantId, id);
  if (job === undefined) throw notFound('job', id);
  throw new AppError('job_not_dead', 409, `Job "${id}" is ${job.status}, not dead: only dead jobs can be retried.`, {
    messageZh: `任务 "${id}" 的状态是 ${job.status}，不是 dead：只有失败终止的任务可以重试。`,
  });
}
