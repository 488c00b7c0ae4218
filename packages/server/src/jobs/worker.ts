/** @module The Worker: claims due jobs of every tenant, runs their handlers, retries, dead-letters. */
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Db } from '../db/port.js';
import type { Clock } from '../http/clock.js';
import { errorFields } from '../http/logger.js';
import type { Logger } from '../http/logger.js';
import { retryDelayMs } from './backoff.js';
import { createJobContext } from './context.js';
import type { RunningJob } from './context.js';
import { LeaseLostError, PermanentJobError } from './errors.js';
import { claimJobs, failAttempt, finishJob, reapExpiredJobs, releaseJob } from './lease.js';
import { PURGE_BATCH, purgeFinishedJobs } from './purge.js';
import { upkeepEmbedded } from '../db/maintenance.js';

/** How often the worker deletes old finished jobs (see {@link purgeFinishedJobs}). */
const PURGE_EVERY_MS = 3_600_000;
/**
 * The upkeep of an embedded database (see {@link upkeepEmbedded}): first five minutes after the
 * worker starts (not in its first seconds, which a restart or a test spends), then hourly; it
 * vacuums at the first one and then once a day, and analyzes at the others.
 */
const FIRST_UPKEEP_MS = 300_000;
const UPKEEP_EVERY_MS = 3_600_000;
const VACUUM_EVERY_MS = 86_400_000;
import { realTimers } from './timers.js';
import type { Timers } from './timers.js';
import type { HandlerMap, Job } from './types.js';

/** What a Worker is built from. */
export interface WorkerOptions {
  readonly db: Db;
  readonly clock: Clock;
  readonly handlers: HandlerMap;
  readonly logger?: Logger;
  /** Names this worker in `jobs.locked_by`; host, pid and a random part unless given. */
  readonly id?: string;
  /** Jobs run at once; 4 unless given. */
  readonly concurrency?: number;
  /** How long a claim holds a job without a heartbeat; 60 s unless given. Heartbeats come every third of it. */
  readonly leaseMs?: number;
  /** How long `start()` waits when no job is due; 1 s unless given. */
  readonly pollMs?: number;
  readonly timers?: Timers;
}

/** How one attempt ended. `lost`: another worker took the job over; `released`: put back as the worker stopped. */
export type AttemptResult = 'succeeded' | 'failed' | 'dead' | 'lost' | 'released';

/** One attempt a worker ran. */
export interface AttemptOutcome {
  readonly jobId: string;
  readonly tenantId: string;
  readonly kind: string;
  readonly attempt: number;
  readonly result: AttemptResult;
}

const errorText = (error: unknown): string => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));

/**
 * Runs jobs. Several workers, in one process or many, share the queue safely: a claim takes
 * rows no other claim holds (`FOR UPDATE SKIP LOCKED`) under a lease the worker renews while
 * the handler runs. A worker that dies leaves its lease to run out; the job is then claimed
 * again and resumes from its last checkpoint.
 *
 * @example
 * const worker = new Worker({ db, clock: systemClock, handlers: createJobHandlers(deps), logger });
 * worker.start();
 * // on shutdown:
 * await worker.stop();
 */
export class Worker {
  readonly id: string;
  readonly #o: Required<Omit<WorkerOptions, 'id' | 'logger'>> & { readonly logger: Logger | undefined };
  #purgedAt = Number.NEGATIVE_INFINITY;
  #upkeepDue: number;
  #vacuumedAt = Number.NEGATIVE_INFINITY;
  readonly #kinds: readonly string[];
  #stop = new AbortController();
  #loop: Promise<void> | undefined;
  #wake: (() => void) | undefined;

  constructor(options: WorkerOptions) {
    this.id = options.id ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
    this.#o = { concurrency: 4, leaseMs: 60_000, pollMs: 1_000, timers: realTimers, ...options, logger: options.logger };
    this.#kinds = Object.keys(options.handlers);
    this.#upkeepDue = options.clock.now().getTime() + FIRST_UPKEEP_MS;
  }

  /**
   * Claims up to `concurrency` due jobs, runs them to their end and says how each attempt
   * ended. For tests (move the clock, call it, look) and for one-shot commands.
   */
  async runOnce(): Promise<AttemptOutcome[]> {
    const jobs = await this.#claim(this.#o.concurrency);
    return Promise.all(jobs.map((job) => this.#execute(job)));
  }

  /** Polls for due jobs until {@link stop}, keeping up to `concurrency` running. */
  start(): void {
    if (this.#loop !== undefined) return;
    if (this.#stop.signal.aborted) this.#stop = new AbortController();
    this.#loop = this.#poll();
  }

  /** Stops claiming; running handlers see their `signal` aborted. Resolves when every attempt has ended. */
  async stop(): Promise<void> {
    this.#stop.abort();
    this.#wake?.();
    await this.#loop;
    this.#loop = undefined;
  }

  async #poll(): Promise<void> {
    const running = new Set<Promise<unknown>>();
    const stop = this.#stop.signal;
    while (!stop.aborted) {
      const free = this.#o.concurrency - running.size;
      let claimed = 0;
      if (free > 0) {
        try {
          const jobs = await this.#claim(free);
          claimed = jobs.length;
          for (const job of jobs) {
            const attempt: Promise<unknown> = this.#execute(job).finally(() => {
              running.delete(attempt);
              this.#wake?.();
            });
            running.add(attempt);
          }
        } catch (error) {
          this.#o.logger?.log('error', 'job claim failed', { worker: this.id, ...errorFields(error) });
        }
      }
      if (claimed === 0 || running.size >= this.#o.concurrency) await this.#nap();
    }
    await Promise.all(running);
  }

  /** Waits `pollMs`, or less when an attempt ends or the worker stops. */
  #nap(): Promise<void> {
    return new Promise((resolve) => {
      const stop = this.#stop.signal;
      const done = (): void => {
        this.#o.timers.clearTimeout(handle);
        stop.removeEventListener('abort', done);
        this.#wake = undefined;
        resolve();
      };
      const handle = this.#o.timers.setTimeout(done, this.#o.pollMs);
      this.#wake = done;
      stop.addEventListener('abort', done, { once: true });
    });
  }

  async #claim(limit: number): Promise<Job[]> {
    const now = this.#o.clock.now();
    const reaped = await reapExpiredJobs(this.#o.db, now);
    if (reaped > 0) this.#o.logger?.log('warn', 'jobs dead after their last lease ran out', { worker: this.id, count: reaped });
    if (now.getTime() - this.#purgedAt >= PURGE_EVERY_MS) {
      this.#purgedAt = now.getTime();
      // Batch after batch while they come full, so a busy queue does not outgrow the hourly purge.
      let purged = 0;
      for (let batch = PURGE_BATCH; batch === PURGE_BATCH; purged += batch) batch = await purgeFinishedJobs(this.#o.db, now);
      if (purged > 0) this.#o.logger?.log('info', 'old finished jobs deleted', { worker: this.id, count: purged });
    }
    if (now.getTime() >= this.#upkeepDue) {
      const vacuum = now.getTime() - this.#vacuumedAt >= VACUUM_EVERY_MS;
      this.#upkeepDue = now.getTime() + UPKEEP_EVERY_MS;
      if (vacuum) this.#vacuumedAt = now.getTime();
      if ((await upkeepEmbedded(this.#o.db, vacuum ? 'vacuum' : 'analyze')) && vacuum) this.#o.logger?.log('info', 'embedded database vacuumed', { worker: this.id });
    }
    return claimJobs(this.#o.db, { workerId: this.id, kinds: this.#kinds, now, leaseMs: this.#o.leaseMs, limit });
  }

  async #execute(job: Job): Promise<AttemptOutcome> {
    const running = createJobContext({ db: this.#o.db, clock: this.#o.clock, job, workerId: this.id, leaseMs: this.#o.leaseMs, stopSignal: this.#stop.signal });
    const outcome = (result: AttemptResult): AttemptOutcome => ({ jobId: job.id, tenantId: job.tenantId, kind: job.kind, attempt: job.attempts, result });
    const stopBeating = this.#heartbeat(running);
    try {
      if (this.#stop.signal.aborted) return outcome(await this.#release(running));
      const handler = this.#o.handlers[job.kind];
      // Claims name only this worker's kinds, so this is a handler map changed after start.
      if (handler === undefined) return outcome(await this.#failed(running, new PermanentJobError(`No handler for jobs of kind "${job.kind}".`), retryDelayMs));
      try {
        await handler.run(running.ctx);
      } catch (error) {
        return outcome(await this.#failed(running, error, handler.retryDelayMs?.bind(handler) ?? retryDelayMs));
      }
      if (running.completed() || (await finishJob(this.#o.db, running.token, this.#o.clock.now()))) return outcome('succeeded');
      return outcome(this.#lost(job));
    } catch (error) {
      // The database failed while ending the attempt: the lease runs out and the job is claimed again.
      this.#o.logger?.log('error', 'job attempt could not be recorded', { worker: this.id, jobId: job.id, tenantId: job.tenantId, ...errorFields(error) });
      return outcome('lost');
    } finally {
      stopBeating();
    }
  }

  async #failed(running: RunningJob<unknown>, error: unknown, delay: (attempt: number) => number): Promise<AttemptResult> {
    const { job } = running.ctx;
    if (running.lost() || error instanceof LeaseLostError) return this.#lost(job);
    if (this.#stop.signal.aborted) return this.#release(running);
    const now = this.#o.clock.now();
    const final = error instanceof PermanentJobError || job.attempts >= job.maxAttempts;
    const retryAt = final ? null : new Date(now.getTime() + delay(job.attempts));
    const status = await failAttempt(this.#o.db, running.token, now, errorText(error), retryAt);
    if (status === undefined) return this.#lost(job);
    this.#o.logger?.log(status === 'dead' ? 'error' : 'warn', status === 'dead' ? 'job dead' : 'job attempt failed', {
      worker: this.id, jobId: job.id, tenantId: job.tenantId, kind: job.kind, attempt: job.attempts, maxAttempts: job.maxAttempts,
      ...(retryAt === null ? {} : { retryAt: retryAt.toISOString() }), ...errorFields(error),
    });
    return status;
  }

  async #release(running: RunningJob<unknown>): Promise<AttemptResult> {
    return (await releaseJob(this.#o.db, running.token, this.#o.clock.now())) ? 'released' : this.#lost(running.ctx.job);
  }

  #lost(job: Job): AttemptResult {
    this.#o.logger?.log('warn', 'job lease lost', { worker: this.id, jobId: job.id, tenantId: job.tenantId, kind: job.kind, attempt: job.attempts });
    return 'lost';
  }

  /** Renews the lease every third of it while the handler runs; returns the function that stops it. */
  #heartbeat(running: RunningJob<unknown>): () => void {
    let stopped = false;
    let handle: unknown;
    const beat = (): void => {
      // The callback returns its promise so a test's fake timers can wait for the renewal.
      handle = this.#o.timers.setTimeout(
        () =>
          running.renew().then(
            (held) => {
              if (held && !stopped) beat();
            },
            (error: unknown) => {
              this.#o.logger?.log('warn', 'job heartbeat failed', { worker: this.id, jobId: running.ctx.job.id, ...errorFields(error) });
              if (!stopped) beat();
            },
          ),
        Math.max(1, Math.floor(this.#o.leaseMs / 3)),
      );
    };
    beat();
    return () => {
      stopped = true;
      this.#o.timers.clearTimeout(handle);
    };
  }
}
