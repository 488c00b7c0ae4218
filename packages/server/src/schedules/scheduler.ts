/** @module The Scheduler: each tick queues the job of every due schedule of every tenant, exactly once. */
import { json } from '../db/port.js';
import type { Db, Queryable } from '../db/port.js';
import type { Clock } from '../http/clock.js';
import { errorFields } from '../http/logger.js';
import type { Logger } from '../http/logger.js';
import { insertJobs } from '../jobs/queue.js';
import { realTimers } from '../jobs/timers.js';
import type { Timers } from '../jobs/timers.js';
import { nextRunAfter } from './cron.js';
import type { ScheduleRow } from './store.js';

/** One schedule a tick fired. */
export interface FiredSchedule {
  readonly tenantId: string;
  readonly scheduleId: string;
  /** The run time it fired for; the job's `runAt`. */
  readonly dueAt: string;
  /** The job queued; null when a job for this run already existed. */
  readonly jobId: string | null;
  readonly nextRunAt: string;
}

/** The key that makes a schedule's run one job, however often it is fired. */
export const runKey = (scheduleId: string, dueAt: string): string => `schedule:${scheduleId}@${dueAt}`;

function nextOf(r: ScheduleRow, now: Date): Date | undefined {
  try {
    // Runs missed while no scheduler ran are made up by this one run, not one per missed time.
    return nextRunAfter(r.cron, r.timezone, now, `${r.tenant_id}/${r.id}`);
  } catch {
    return undefined;
  }
}

async function fire(tx: Queryable, due: readonly ScheduleRow[], now: Date, logger: Logger | undefined): Promise<FiredSchedule[]> {
  const nexts = new Map(due.map((r) => [r, nextOf(r, now)]));
  // Checked when registered, a schedule can still break (a time zone this runtime lacks): it is
  // disabled rather than left to fail every tick, and says so in the log.
  const broken = due.filter((r) => nexts.get(r) === undefined);
  for (const r of broken) {
    await tx.query('UPDATE schedules SET enabled = false, updated_at = $3 WHERE tenant_id = $1 AND id = $2', [r.tenant_id, r.id, now]);
    logger?.log('error', 'schedule disabled: its next run cannot be computed', { tenantId: r.tenant_id, scheduleId: r.id, cron: r.cron, timezone: r.timezone });
  }
  const rows = due.filter((r) => nexts.get(r) !== undefined);
  const jobs = await insertJobs(
    tx,
    rows.map((r) => ({ tenantId: r.tenant_id, kind: r.job_kind, payload: r.payload as object, runAt: new Date(r.next_run_at), dedupeKey: runKey(r.id, r.next_run_at) })),
    now,
  );
  const byKey = new Map(jobs.map((j) => [`${j.tenantId}/${j.dedupeKey ?? ''}`, j.id]));
  const fired = rows.map((r) => ({
    tenantId: r.tenant_id,
    scheduleId: r.id,
    dueAt: r.next_run_at,
    jobId: byKey.get(`${r.tenant_id}/${runKey(r.id, r.next_run_at)}`) ?? null,
    nextRunAt: nexts.get(r)!.toISOString(),
  }));
  if (fired.length === 0) return fired;
  await tx.query(
    `UPDATE schedules s SET next_run_at = x.next_run_at, last_run_at = x.due_at, last_job_id = COALESCE(x.job_id, s.last_job_id), updated_at = $2
     FROM jsonb_to_recordset($1::jsonb) AS x(tenant_id text, id text, next_run_at timestamptz, due_at timestamptz, job_id text)
     WHERE s.tenant_id = x.tenant_id AND s.id = x.id`,
    [json(fired.map((f) => ({ tenant_id: f.tenantId, id: f.scheduleId, next_run_at: f.nextRunAt, due_at: f.dueAt, job_id: f.jobId }))), now],
  );
  return fired;
}

/** Options of {@link fireDueSchedules}. */
export interface FireOptions {
  /** Schedules fired per transaction; 100 unless given. */
  readonly limit?: number;
  readonly logger?: Logger;
}

/**
 * Fires up to `limit` due schedules of every tenant in one transaction: each gets its job
 * queued for the time it was due and its next run moved past `now`. Rows are claimed with
 * `FOR UPDATE SKIP LOCKED` and the job carries a dedupe key, so schedulers in several
 * processes ticking at once fire each run once. Runs as the connecting role (all tenants).
 * Returns what it fired and how many rows it claimed; fewer than `limit` means none is left due.
 *
 * @example
 * const { fired } = await fireDueSchedules(db, clock.now());
 */
export async function fireDueSchedules(db: Db, now: Date, options: FireOptions = {}): Promise<{ fired: FiredSchedule[]; claimed: number }> {
  return db.transaction(async (tx) => {
    const rows = await tx.query<ScheduleRow>(
      'SELECT * FROM schedules WHERE enabled AND next_run_at <= $1 ORDER BY next_run_at, tenant_id, id LIMIT $2 FOR UPDATE SKIP LOCKED',
      [now, options.limit ?? 100],
    );
    return { fired: rows.length === 0 ? [] : await fire(tx, rows, now, options.logger), claimed: rows.length };
  });
}

/** What a Scheduler is built from. */
export interface SchedulerOptions {
  readonly db: Db;
  readonly clock: Clock;
  readonly logger?: Logger;
  /** Time between ticks; 30 s unless given (a schedule fires at most this late). */
  readonly intervalMs?: number;
  /** Schedules fired per transaction; 100 unless given. */
  readonly batch?: number;
  readonly timers?: Timers;
}

/**
 * Ticks on a timer, firing due schedules. Any number of processes may run one.
 *
 * @example
 * const scheduler = new Scheduler({ db, clock: systemClock, logger });
 * scheduler.start();
 * await scheduler.stop();
 */
export class Scheduler {
  readonly #o: SchedulerOptions;
  #running: Promise<void> | undefined;
  #stopped = false;
  #handle: unknown;
  #wake: (() => void) | undefined;

  constructor(options: SchedulerOptions) {
    this.#o = options;
  }

  /** Fires every due schedule, a batch per transaction, and returns what it fired. */
  async tick(): Promise<FiredSchedule[]> {
    const batch = this.#o.batch ?? 100;
    const all: FiredSchedule[] = [];
    for (;;) {
      const { fired, claimed } = await fireDueSchedules(this.#o.db, this.#o.clock.now(), { limit: batch, ...(this.#o.logger === undefined ? {} : { logger: this.#o.logger }) });
      all.push(...fired);
      if (claimed < batch) return all;
    }
  }

  /** Ticks now and then every `intervalMs` until {@link stop}. */
  start(): void {
    if (this.#running !== undefined) return;
    this.#stopped = false;
    this.#running = this.#loop();
  }

  /** Stops ticking; resolves once a tick under way has ended. */
  async stop(): Promise<void> {
    this.#stopped = true;
    this.#wake?.();
    await this.#running;
    this.#running = undefined;
  }

  async #loop(): Promise<void> {
    const timers = this.#o.timers ?? realTimers;
    while (!this.#stopped) {
      try {
        const fired = await this.tick();
        if (fired.length > 0) this.#o.logger?.log('info', 'schedules fired', { count: fired.length });
      } catch (error) {
        this.#o.logger?.log('error', 'schedule tick failed', errorFields(error));
      }
      if (this.#stopped) break;
      await new Promise<void>((resolve) => {
        this.#wake = () => {
          timers.clearTimeout(this.#handle);
          this.#wake = undefined;
          resolve();
        };
        this.#handle = timers.setTimeout(() => this.#wake?.(), this.#o.intervalMs ?? 30_000);
      });
    }
  }
}
