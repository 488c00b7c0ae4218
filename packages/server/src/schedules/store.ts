/** @module A tenant's schedules: register one (idempotently), list, enable or disable, delete. */
import { json } from '../db/port.js';
import type { Queryable } from '../db/port.js';
import { notFound, validationFailed } from '../http/app-error.js';
import type { FieldProblem } from '../http/app-error.js';
import type { JobKind, JobPayloads } from '../jobs/kinds.js';
import { DEFAULT_TIMEZONE, checkCron, nextRunAfter } from './cron.js';

/** A schedule as its owner registers it: which job to queue, when. */
export interface ScheduleSpec<K extends JobKind = JobKind> {
  /** Stable id in the tenant, e.g. `overdue_daily`: registering the same id again updates it. */
  readonly id: string;
  /** Five cron fields (`0 9 * * *`: 09:00 every day) or an alias such as `@daily`. */
  readonly cron: string;
  /** IANA time zone the cron expression is read in; Asia/Shanghai unless given. */
  readonly timezone?: string;
  readonly jobKind: K;
  readonly payload: JobPayloads[K];
  /** true unless given. */
  readonly enabled?: boolean;
}

/** A stored schedule. Times are ISO strings in UTC. */
export interface Schedule {
  readonly tenantId: string;
  readonly id: string;
  readonly cron: string;
  readonly timezone: string;
  readonly jobKind: string;
  readonly payload: unknown;
  readonly enabled: boolean;
  /** When it fires next (kept while disabled, recomputed when enabled again). */
  readonly nextRunAt: string;
  readonly lastRunAt: string | null;
  readonly lastJobId: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** A `schedules` row as the database returns it. */
export interface ScheduleRow {
  readonly tenant_id: string;
  readonly id: string;
  readonly cron: string;
  readonly timezone: string;
  readonly job_kind: string;
  readonly payload: unknown;
  readonly enabled: boolean;
  readonly next_run_at: string;
  readonly last_run_at: string | null;
  readonly last_job_id: string | null;
  readonly created_at: string;
  readonly updated_at: string;
}

/** A row as a Schedule. */
export function scheduleFromRow(r: ScheduleRow): Schedule {
  return {
    tenantId: r.tenant_id, id: r.id, cron: r.cron, timezone: r.timezone, jobKind: r.job_kind, payload: r.payload, enabled: r.enabled,
    nextRunAt: r.next_run_at, lastRunAt: r.last_run_at, lastJobId: r.last_job_id, createdAt: r.created_at, updatedAt: r.updated_at,
  };
}

// A feature that owns a schedule names it `<owner>:<id>` (`ruleset:overdue_check`), apart from the rest.
const ID = /^([a-z][a-z_]{0,15}:)?[A-Za-z][A-Za-z0-9_]{0,63}$/;

function specProblems(spec: ScheduleSpec, timezone: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!ID.test(spec.id)) {
    problems.push({ path: '/id', code: 'schedule.id', message: `"${spec.id}" is not a usable id: start with a letter, then letters, digits or _ (at most 64).`, messageZh: `"${spec.id}" 不是有效 ID：以字母开头，其后为字母、数字或 _（最多 64 个）。` });
  }
  return [...problems, ...checkCron(spec.cron, timezone)];
}

// Registering an unchanged schedule again (as every start-up may) keeps its next run, so no
// run is skipped or doubled; a new cron or time zone, or enabling it again, starts afresh.
const UPSERT = `
  INSERT INTO schedules (tenant_id, id, cron, timezone, job_kind, payload, enabled, next_run_at, created_at, updated_at)
  VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9, $9)
  ON CONFLICT (tenant_id, id) DO UPDATE SET
    cron = EXCLUDED.cron, timezone = EXCLUDED.timezone, job_kind = EXCLUDED.job_kind, payload = EXCLUDED.payload, enabled = EXCLUDED.enabled,
    next_run_at = CASE WHEN schedules.cron = EXCLUDED.cron AND schedules.timezone = EXCLUDED.timezone AND schedules.enabled
                       THEN schedules.next_run_at ELSE EXCLUDED.next_run_at END,
    updated_at = EXCLUDED.updated_at
  RETURNING *`;

/**
 * Creates or updates a tenant's schedule; its first run is the first cron time after `now`.
 * A bad id, cron expression or time zone is a 422 with every problem.
 *
 * @example
 * await db.withTenant(tenantId, (tx) =>
 *   upsertSchedule(tx, tenantId, { id: 'quarterly_review', cron: '0 9 1 1,4,7,10 *', jobKind: 'notification.remind', payload }, clock.now()));
 */
export async function upsertSchedule<K extends JobKind>(q: Queryable, tenantId: string, spec: ScheduleSpec<K>, now: Date): Promise<Schedule> {
  const timezone = spec.timezone ?? DEFAULT_TIMEZONE;
  const problems = specProblems(spec, timezone);
  if (problems.length > 0) throw validationFailed(problems);
  const cron = spec.cron.trim();
  const next = nextRunAfter(cron, timezone, now, `${tenantId}/${spec.id}`);
  const [row] = await q.query<ScheduleRow>(UPSERT, [tenantId, spec.id, cron, timezone, spec.jobKind, json(spec.payload), spec.enabled ?? true, next, now]);
  if (row === undefined) throw new Error('INSERT ... RETURNING gave no row');
  return scheduleFromRow(row);
}

/**
 * A tenant's schedules by id.
 *
 * @example
 * const all = await db.withTenant(tenantId, (tx) => listSchedules(tx, tenantId));
 */
export async function listSchedules(q: Queryable, tenantId: string): Promise<Schedule[]> {
  const rows = await q.query<ScheduleRow>('SELECT * FROM schedules WHERE tenant_id = $1 ORDER BY id', [tenantId]);
  return rows.map(scheduleFromRow);
}

/**
 * Enables or disables a schedule (404 when unknown). Enabling computes its next run from
 * `now`: runs missed while it was off are not made up.
 *
 * @example
 * await db.withTenant(tenantId, (tx) => setScheduleEnabled(tx, tenantId, 'overdue_daily', false, clock.now()));
 */
export async function setScheduleEnabled(q: Queryable, tenantId: string, id: string, enabled: boolean, now: Date): Promise<Schedule> {
  const [current] = await q.query<ScheduleRow>('SELECT * FROM schedules WHERE tenant_id = $1 AND id = $2 FOR UPDATE', [tenantId, id]);
  if (current === undefined) throw notFound('schedule', id);
  if (current.enabled === enabled) return scheduleFromRow(current);
  const next = enabled ? nextRunAfter(current.cron, current.timezone, now, `${tenantId}/${id}`) : new Date(current.next_run_at);
  const [row] = await q.query<ScheduleRow>('UPDATE schedules SET enabled = $3, next_run_at = $4, updated_at = $5 WHERE tenant_id = $1 AND id = $2 RETURNING *', [tenantId, id, enabled, next, now]);
  return scheduleFromRow(row!);
}

/**
 * Deletes a schedule; false when there was none. Jobs it already queued still run.
 *
 * @example
 * await db.withTenant(tenantId, (tx) => deleteSchedule(tx, tenantId, 'overdue_daily'));
 */
export async function deleteSchedule(q: Queryable, tenantId: string, id: string): Promise<boolean> {
  return (await q.query('DELETE FROM schedules WHERE tenant_id = $1 AND id = $2 RETURNING id', [tenantId, id])).length === 1;
}
