/** @module The job queue's types: a job as code sees it, its statuses, and what a handler is. */
import type { Queryable } from '../db/port.js';

/** A job's status; mirrored by the CHECK on `jobs.status` (a test compares the two). */
export const JOB_STATUSES = ['queued', 'running', 'succeeded', 'failed', 'dead'] as const;
/**
 * `queued`: waiting for its run time. `running`: a worker holds its lease. `succeeded`: done.
 * `failed`: an attempt failed and a retry waits for `runAt`. `dead`: out of attempts, or failed
 * in a way retrying cannot fix; an admin may retry it.
 */
export type JobStatus = (typeof JOB_STATUSES)[number];

/** How far a long job has come; `total` is null until the job knows it. */
export interface JobProgress {
  readonly done: number;
  readonly total: number | null;
}

/** One job, with its payload typed `P`. Times are ISO strings in UTC. */
export interface Job<P = unknown> {
  readonly tenantId: string;
  readonly id: string;
  readonly kind: string;
  readonly payload: P;
  readonly status: JobStatus;
  readonly priority: number;
  /** When it may run (next): its due time, or the time of its next retry. */
  readonly runAt: string;
  /** Attempts started, the running one included. */
  readonly attempts: number;
  readonly maxAttempts: number;
  readonly leaseUntil: string | null;
  readonly lockedBy: string | null;
  readonly lastError: string | null;
  readonly progress: JobProgress;
  readonly dedupeKey: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly finishedAt: string | null;
}

/** What a checkpoint saves: a new payload (the point to resume from) and/or progress. */
export interface Checkpoint<P> {
  readonly payload?: P;
  readonly done?: number;
  readonly total?: number;
}

/** Options of {@link JobContext.inTenant}. */
export interface InTenantOptions {
  /** Mark the job succeeded in this same transaction: its work then happens exactly once. */
  readonly final?: boolean;
}

/**
 * What a handler gets. A handler must be resumable: the job may run again after a crash
 * (its lease expires and another worker takes it), so it saves where it got to with
 * `checkpoint` and starts from `job.payload` / `job.progress`.
 */
export interface JobContext<P> {
  /** The job as claimed, with the payload and progress of its last checkpoint. */
  readonly job: Job<P>;
  /** Aborted when the worker stops or loses the lease: stop early, the job runs again later. */
  readonly signal: AbortSignal;
  /** The injected clock's time. */
  now(): Date;
  /**
   * Runs `fn` in a transaction of the job's tenant (row-level security applies) that first
   * checks this worker still holds the job, so work done by a worker that lost its lease is
   * rolled back (throws `LeaseLostError`).
   */
  inTenant<T>(fn: (tx: Queryable) => Promise<T>, options?: InTenantOptions): Promise<T>;
  /** Inside `inTenant`: saves a payload and/or progress with the work, and renews the lease. */
  checkpoint(tx: Queryable, update: Checkpoint<P>): Promise<void>;
  /** Outside a transaction: renews the lease (the worker also does so on a timer). */
  heartbeat(): Promise<void>;
}

/** How one kind of job runs. Throw to fail the attempt; `PermanentJobError` skips the retries. */
export interface JobHandler<P> {
  run(ctx: JobContext<P>): Promise<void>;
  /** Wait before retry number `attempt` (1 after the first failure); `retryDelayMs` unless given. */
  retryDelayMs?(attempt: number): number;
}

/** Handlers by kind, as a worker takes them (the typed registry is `JobHandlers`). */
export type HandlerMap = Readonly<Record<string, JobHandler<unknown>>>;
