/** @module Putting jobs on the queue, in the caller's transaction, and reading them back. */
import { randomUUID } from 'node:crypto';
import { json } from '../db/port.js';
import type { Queryable } from '../db/port.js';
import type { JobKind, JobPayloads } from './kinds.js';
import type { Job, JobStatus } from './types.js';

/** A `jobs` row as the database returns it. */
export interface JobRow {
  readonly tenant_id: string;
  readonly id: string;
  readonly kind: string;
  readonly payload: unknown;
  readonly status: JobStatus;
  readonly priority: number;
  readonly run_at: string;
  readonly attempts: number;
  readonly max_attempts: number;
  readonly lease_until: string | null;
  readonly locked_by: string | null;
  readonly last_error: string | null;
  readonly progress_done: number | string;
  readonly progress_total: number | string | null;
  readonly dedupe_key: string | null;
  readonly created_at: string;
  readonly updated_at: string;
  readonly finished_at: string | null;
}

/** How a job is queued, beside its kind and payload. */
export interface JobOptions {
  /** The job's id; a new UUID unless given (give one to refer to the job in the same transaction). */
  readonly id?: string;
  /** Not before this time; now unless given. */
  readonly runAt?: Date;
  /** Higher runs first among due jobs; -100 to 100, 0 unless given. */
  readonly priority?: number;
  /** Attempts before the job is dead; 5 unless given. */
  readonly maxAttempts?: number;
  /** A second job of the same kind with the same key in the tenant is not queued. */
  readonly dedupeKey?: string;
}

/** A job to queue in one tenant, of any kind (the typed way in is {@link enqueue}). */
export interface NewJob extends JobOptions {
  readonly tenantId: string;
  readonly kind: string;
  readonly payload: object;
}

/** A job of a registered kind, its payload typed by the kind. */
export type JobOf<K extends JobKind> = JobOptions & { readonly kind: K; readonly payload: JobPayloads[K] };

/** The maximum attempts of a job queued without saying. */
export const DEFAULT_MAX_ATTEMPTS = 5;

/** A row as a Job. */
export function jobFromRow<P = unknown>(row: JobRow): Job<P> {
  return {
    tenantId: row.tenant_id,
    id: row.id,
    kind: row.kind,
    payload: row.payload as P,
    status: row.status,
    priority: row.priority,
    runAt: row.run_at,
    attempts: row.attempts,
    maxAttempts: row.max_attempts,
    leaseUntil: row.lease_until,
    lockedBy: row.locked_by,
    lastError: row.last_error,
    progress: { done: Number(row.progress_done), total: row.progress_total === null ? null : Number(row.progress_total) },
    dedupeKey: row.dedupe_key,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    finishedAt: row.finished_at,
  };
}

const INSERT = `
  INSERT INTO jobs (tenant_id, id, kind, payload, priority, run_at, max_attempts, dedupe_key, created_at, updated_at)
  SELECT x.tenant_id, x.id, x.kind, x.payload, x.priority, x.run_at, x.max_attempts, x.dedupe_key, $2, $2
  FROM jsonb_to_recordset($1::jsonb) AS x(tenant_id text, id text, kind text, payload jsonb, priority int, run_at timestamptz, max_attempts int, dedupe_key text)
  ON CONFLICT (tenant_id, kind, dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING
  RETURNING *`;

/**
 * Queues jobs in one statement, in the transaction given: they exist only if it commits
 * (the outbox pattern). Returns the jobs queued, in the order given; a job whose
 * `dedupeKey` was taken is left out.
 *
 * @example
 * await db.withTenant(tenantId, (tx) => insertJobs(tx, [{ tenantId, kind: 'notification.email', payload }], clock.now()));
 */
export async function insertJobs(q: Queryable, jobs: readonly NewJob[], now: Date): Promise<Job[]> {
  if (jobs.length === 0) return [];
  const rows = jobs.map((j) => ({
    tenant_id: j.tenantId,
    id: j.id ?? randomUUID(),
    kind: j.kind,
    payload: j.payload,
    priority: j.priority ?? 0,
    run_at: (j.runAt ?? now).toISOString(),
    max_attempts: j.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    dedupe_key: j.dedupeKey ?? null,
  }));
  const inserted = await q.query<JobRow>(INSERT, [json(rows), now]);
  const order = new Map(rows.map((r, i) => [r.id, i]));
  return inserted.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0)).map((r) => jobFromRow(r));
}

/**
 * Queues one job of a registered kind in the caller's transaction. With a `dedupeKey`
 * already used, returns the job queued before instead.
 *
 * @example
 * const job = await enqueue(tx, tenantId, { kind: 'notification.webhook', payload: { deliveryId } }, clock.now());
 */
export async function enqueue<K extends JobKind>(q: Queryable, tenantId: string, job: JobOf<K>, now: Date): Promise<Job<JobPayloads[K]>> {
  const [created] = await insertJobs(q, [{ ...job, tenantId }], now);
  if (created !== undefined) return created as Job<JobPayloads[K]>;
  const [existing] = await q.query<JobRow>('SELECT * FROM jobs WHERE tenant_id = $1 AND kind = $2 AND dedupe_key = $3', [tenantId, job.kind, job.dedupeKey ?? null]);
  if (existing === undefined) throw new Error(`Job ${job.kind} was neither queued nor found by its dedupe key.`);
  return jobFromRow(existing);
}

/**
 * One job of a tenant, or undefined.
 *
 * @example
 * const job = await db.withTenant(tenantId, (tx) => getJob(tx, tenantId, jobId));
 */
export async function getJob(q: Queryable, tenantId: string, id: string): Promise<Job | undefined> {
  const [row] = await q.query<JobRow>('SELECT * FROM jobs WHERE tenant_id = $1 AND id = $2', [tenantId, id]);
  return row === undefined ? undefined : jobFromRow(row);
}
