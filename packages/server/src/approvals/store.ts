/** @module The approvals tables: instances with their snapshots, tasks, and the append-only audit log. */
import type { AuditEntry, FlowSnapshot } from '@heng/engine';
import type { Queryable } from '../db/port.js';
import { json } from '../db/port.js';
import type { StoredInstance } from './types.js';

const INSTANCE_COLUMNS = `id, flow_id AS "flowId", flow_version AS "flowVersion", form_id AS "formId", record_id AS "recordId", status, version, snapshot,
  submitter, subject, started_at AS "startedAt", updated_at AS "updatedAt", finished_at AS "finishedAt"`;

const FINAL = new Set(['approved', 'rejected', 'withdrawn']);

/** The instance and the flow it runs, as a new row needs them. */
export interface NewInstance {
  readonly id: string;
  readonly flowId: string;
  readonly flowVersion: number;
  readonly formId: string;
  readonly recordId: string;
  /** The record's name as submitted (see {@link StoredInstance.subject}). */
  readonly subject: string | null;
  readonly snapshot: FlowSnapshot;
}

/**
 * Stores a just-submitted instance and answers it as it reads back, without reading it back (its
 * snapshot is the one given). A second open instance of the same flow on the record
 * breaks a unique index (SQLSTATE 23505, a 409 `duplicate`); `startFlow` holds the record's
 * lock, so a second start waits and is refused as `running` before it gets here.
 *
 * @example
 * const stored = await insertInstance(tx, tenantId, { id, flowId, flowVersion, formId, recordId, snapshot }, now);
 */
export async function insertInstance(tx: Queryable, tenantId: string, next: NewInstance, now: Date): Promise<StoredInstance> {
  const s = next.snapshot;
  const finishedAt = FINAL.has(s.status) ? now : null;
  await tx.query(
    `INSERT INTO approval_instances (tenant_id, id, flow_id, flow_version, form_id, record_id, status, version, snapshot, submitter, subject, started_at, updated_at, finished_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10, $11, $12, $12, $13)`,
    [tenantId, next.id, next.flowId, next.flowVersion, next.formId, next.recordId, s.status, s.version, json(s), s.submitter, next.subject, now, finishedAt],
  );
  const at = now.toISOString();
  const { id, flowId, flowVersion, formId, recordId, subject } = next;
  return { id, flowId, flowVersion, formId, recordId, status: s.status as StoredInstance['status'], version: s.version, snapshot: s, submitter: s.submitter, subject, startedAt: at, updatedAt: at, finishedAt: finishedAt?.toISOString() ?? null };
}

/**
 * An instance, locked for the rest of the transaction when `forUpdate`: two people acting on it
 * at once queue here, and the second reads the first one's snapshot.
 *
 * @example
 * const inst = await findInstance(tx, tenantId, id, true);
 */
export async function findInstance(tx: Queryable, tenantId: string, id: string, forUpdate = false): Promise<StoredInstance | undefined> {
  const rows = await tx.query<StoredInstance>(`SELECT ${INSTANCE_COLUMNS} FROM approval_instances WHERE tenant_id = $1 AND id = $2${forUpdate ? ' FOR UPDATE' : ''}`, [tenantId, id]);
  return rows[0];
}

/**
 * Stores the next snapshot of a locked instance, and its subject; refuses (returns undefined) if
 * its version is not the one after the stored one, so no transition is ever lost.
 *
 * @example
 * const saved = await saveSnapshot(tx, tenantId, inst.id, result.snapshot, now, inst.subject);
 */
export async function saveSnapshot(tx: Queryable, tenantId: string, id: string, s: FlowSnapshot, now: Date, subject: string | null): Promise<StoredInstance | undefined> {
  const rows = await tx.query<StoredInstance>(
    `UPDATE approval_instances SET status = $3, version = $4, snapshot = $5::jsonb, updated_at = $6,
       finished_at = CASE WHEN $7::boolean THEN $6::timestamptz END, subject = $8
     WHERE tenant_id = $1 AND id = $2 AND version = $4 - 1 RETURNING ${INSTANCE_COLUMNS}`,
    [tenantId, id, s.status, s.version, json(s), now, FINAL.has(s.status), subject],
  );
  return rows[0];
}

/**
 * The instances of a record, oldest first.
 *
 * @example
 * const all = await instancesOfRecord(tx, tenantId, recordId);
 */
export async function instancesOfRecord(tx: Queryable, tenantId: string, recordId: string): Promise<StoredInstance[]> {
  return tx.query<StoredInstance>(`SELECT ${INSTANCE_COLUMNS} FROM approval_instances WHERE tenant_id = $1 AND record_id = $2 ORDER BY started_at, id`, [tenantId, recordId]);
}

/**
 * Appends the history entries a transition added (those after `since`) to the audit log, in one statement.
 *
 * @example
 * await appendAudit(tx, tenantId, inst.id, result.snapshot.history, before.history.length);
 */
export async function appendAudit(tx: Queryable, tenantId: string, instanceId: string, history: readonly AuditEntry[], since: number): Promise<void> {
  const added = history.slice(since).map((e) => ({ seq: e.seq, at: e.at, by_user: e.by, action: e.action, node_id: e.nodeId ?? null, comment: e.comment ?? null, entry: e }));
  if (added.length === 0) return;
  await tx.query(
    `INSERT INTO approval_audit (tenant_id, instance_id, seq, at, by_user, action, node_id, comment, entry)
     SELECT $1, $2, x.seq, x.at, x.by_user, x.action, x.node_id, x.comment, x.entry
     FROM jsonb_to_recordset($3::jsonb) AS x(seq int, at timestamptz, by_user text, action text, node_id text, comment text, entry jsonb)`,
    [tenantId, instanceId, json(added)],
  );
}
