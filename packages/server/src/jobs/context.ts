/** @module The JobContext a handler runs with: fenced tenant transactions, checkpoints, heartbeats. */
import { json } from '../db/port.js';
import type { Db, Queryable } from '../db/port.js';
import type { Clock } from '../http/clock.js';
import { LeaseLostError } from './errors.js';
import { finishJob, holdsLease, renewLease } from './lease.js';
import type { LeaseToken } from './lease.js';
import type { Checkpoint, Job, JobContext } from './types.js';

/** What {@link createJobContext} needs. */
export interface JobContextOptions<P> {
  readonly db: Db;
  readonly clock: Clock;
  readonly job: Job<P>;
  readonly workerId: string;
  readonly leaseMs: number;
  /** Aborted when the worker stops. */
  readonly stopSignal?: AbortSignal;
}

/** A context and what the worker reads back after the handler returns. */
export interface RunningJob<P> {
  readonly ctx: JobContext<P>;
  readonly token: LeaseToken;
  /** The handler ended the job itself, in its last transaction (`inTenant(fn, { final: true })`). */
  readonly completed: () => boolean;
  /** The lease was found lost (by a heartbeat or a fenced transaction). */
  readonly lost: () => boolean;
  /** Renews the lease; false (and `signal` aborted) once it is lost. */
  renew(): Promise<boolean>;
}

function count(name: string, n: number | undefined): number | null {
  if (n === undefined) return null;
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`Checkpoint ${name} must be a whole number of at least 0 (got ${n}).`);
  return n;
}

/**
 * The context for one claimed attempt of `job`. Every transaction it opens first checks that
 * this worker still holds the job (locking its row), so what a worker that lost its lease
 * does is rolled back rather than done twice.
 *
 * @example
 * const running = createJobContext({ db, clock, job, workerId: 'w1', leaseMs: 60_000 });
 * await handler.run(running.ctx);
 */
export function createJobContext<P>(o: JobContextOptions<P>): RunningJob<P> {
  const token: LeaseToken = { tenantId: o.job.tenantId, jobId: o.job.id, workerId: o.workerId, attempt: o.job.attempts };
  const lostController = new AbortController();
  const signal = o.stopSignal === undefined ? lostController.signal : AbortSignal.any([o.stopSignal, lostController.signal]);
  let completed = false;
  const lose = (): LeaseLostError => {
    const error = new LeaseLostError(o.job.id, o.workerId);
    if (!lostController.signal.aborted) lostController.abort(error);
    return error;
  };
  const renew = async (): Promise<boolean> => {
    if (lostController.signal.aborted) return false;
    if (await renewLease(o.db, token, o.clock.now(), o.leaseMs)) return true;
    lose();
    return false;
  };
  const ctx: JobContext<P> = {
    job: o.job,
    signal,
    now: () => o.clock.now(),
    inTenant: async (fn, options = {}) => {
      const result = await o.db.withTenant(o.job.tenantId, async (tx) => {
        if (!(await holdsLease(tx, token))) throw lose();
        const value = await fn(tx);
        if (options.final === true && !(await finishJob(tx, token, o.clock.now()))) throw lose();
        return value;
      });
      if (options.final === true) completed = true;
      return result;
    },
    checkpoint: async (tx: Queryable, update: Checkpoint<P>) => {
      const done = count('done', update.done);
      const total = count('total', update.total);
      const now = o.clock.now();
      const rows = await tx.query(
        `UPDATE jobs SET payload = COALESCE($5::jsonb, payload), progress_done = COALESCE($6, progress_done),
           progress_total = COALESCE($7, progress_total), lease_until = $8, updated_at = $9
         WHERE tenant_id = $1 AND id = $2 AND locked_by = $3 AND attempts = $4 AND status = 'running' RETURNING id`,
        [token.tenantId, token.jobId, token.workerId, token.attempt, update.payload === undefined ? null : json(update.payload), done, total, new Date(now.getTime() + o.leaseMs), now],
      );
      if (rows.length !== 1) throw lose();
    },
    heartbeat: async () => {
      if (!(await renew())) throw lose();
    },
  };
  return { ctx, token, completed: () => completed, lost: () => lostController.signal.aborted, renew };
}
