/** @module The inbox: a user's approval tasks, open or done, with the flow, node and submitter named; and the approvals they submitted, open or lately decided. */
import type { LocalizedText } from '@heng/engine';
import type { Queryable } from '../db/port.js';
import { flowNameOf, loadFlow, nodeNameOf } from './flows.js';
import { displayNames } from './views.js';

/** One task in a user's inbox. */
export interface InboxItem {
  readonly taskId: string;
  readonly instanceId: string;
  readonly nodeId: string;
  readonly nodeName: LocalizedText;
  readonly flowId: string;
  readonly flowName: LocalizedText;
  readonly formId: string;
  readonly recordId: string;
  readonly submitter: { readonly id: string; readonly displayName: string } | null;
  readonly approvalStatus: string;
  readonly status: 'open' | 'completed' | 'cancelled';
  readonly outcome: string | null;
  readonly deadline: string | null;
  readonly createdAt: string;
  readonly closedAt: string | null;
}

interface Row {
  taskId: string; instanceId: string; nodeId: string; status: InboxItem['status']; outcome: string | null; deadline: string | null; createdAt: string; closedAt: string | null;
  flowId: string; flowVersion: number; formId: string; recordId: string; submitter: string | null; approvalStatus: string;
}

/**
 * The user's open tasks (newest first), or the ones they closed or that closed without them
 * (most recently closed first), at most `limit`.
 *
 * @example
 * const items = await inbox(tx, tenantId, userId, 'open', 50);
 */
export async function inbox(tx: Queryable, tenantId: string, userId: string, which: 'open' | 'done', limit: number): Promise<InboxItem[]> {
  const rows = await tx.query<Row>(
    `SELECT t.id AS "taskId", t.instance_id AS "instanceId", t.node_id AS "nodeId", t.status, t.outcome, t.deadline, t.created_at AS "createdAt", t.closed_at AS "closedAt",
       i.flow_id AS "flowId", i.flow_version AS "flowVersion", i.form_id AS "formId", i.record_id AS "recordId", i.submitter, i.status AS "approvalStatus"
     FROM approval_tasks t JOIN approval_instances i ON i.tenant_id = t.tenant_id AND i.id = t.instance_id
     WHERE t.tenant_id = $1 AND t.assignee = $2 AND ${which === 'open' ? "t.status = 'open' ORDER BY t.created_at DESC" : "t.status <> 'open' ORDER BY t.closed_at DESC"}, t.instance_id, t.id
     LIMIT $3`,
    [tenantId, userId, limit],
  );
  const names = await displayNames(tx, tenantId, rows.flatMap((r) => (r.submitter === null ? [] : [r.submitter])));
  const out: InboxItem[] = [];
  for (const { flowVersion, submitter, ...r } of rows) {
    const flow = await loadFlow(tx, tenantId, r.flowId, flowVersion);
    out.push({
      ...r,
      flowName: flowNameOf(flow, r.flowId),
      nodeName: nodeNameOf(flow, r.nodeId),
      submitter: submitter === null ? null : { id: submitter, displayName: names[submitter] ?? submitter },
    });
  }
  return out;
}

/** One approval I submitted: waiting for a decision, returned to me, or decided (approved, rejected or withdrawn) lately. */
export interface SubmittedItem {
  readonly instanceId: string;
  readonly flowId: string;
  readonly flowName: LocalizedText;
  readonly formId: string;
  readonly recordId: string;
  readonly subject: string | null;
  readonly status: 'running' | 'returned' | 'approved' | 'rejected' | 'withdrawn';
  /** The approver node it waits at; null when returned. */
  readonly nodeName: LocalizedText | null;
  /** Who returned it, when and why (the last return); null while it waits. */
  readonly returned: { readonly by: { readonly id: string; readonly displayName: string } | null; readonly comment: string | null; readonly at: string } | null;
  readonly startedAt: string;
  readonly updatedAt: string;
}

type SubmittedRow = Omit<SubmittedItem, 'flowName' | 'nodeName' | 'returned'> & {
  flowVersion: number; nodeId: string | null; returnedBy: string | null; returnedComment: string | null; returnedAt: string | null;
};

/**
 * The approvals `userId` submitted that are still open (running or returned to them), and those
 * decided since `since` (so a rejection does not just vanish): returned ones first (theirs to
 * resubmit or withdraw), then those waiting, then the decided ones, each the most recently changed
 * first, at most `limit`.
 *
 * @example
 * const mine = await submitted(tx, tenantId, userId, 50, thirtyDaysAgo);
 */
export async function submitted(tx: Queryable, tenantId: string, userId: string, limit: number, since: Date): Promise<SubmittedItem[]> {
  // A returned one with its last return from the audit log: who sent it back, and why.
  const rows = await tx.query<SubmittedRow>(
    `SELECT i.id AS "instanceId", i.flow_id AS "flowId", i.flow_version AS "flowVersion", i.form_id AS "formId", i.record_id AS "recordId", i.subject, i.status,
       i.snapshot->'current'->>'nodeId' AS "nodeId", i.started_at AS "startedAt", i.updated_at AS "updatedAt",
       r.by_user AS "returnedBy", r.comment AS "returnedComment", r.at AS "returnedAt"
     FROM approval_instances i
     LEFT JOIN LATERAL (
       SELECT a.by_user, a.comment, a.at FROM approval_audit a
       WHERE a.tenant_id = i.tenant_id AND a.instance_id = i.id AND a.action = 'return' ORDER BY a.seq DESC LIMIT 1
     ) r ON i.status = 'returned'
     WHERE i.tenant_id = $1 AND i.submitter = $2 AND (i.status IN ('running', 'returned') OR i.finished_at >= $4)
     ORDER BY CASE i.status WHEN 'returned' THEN 0 WHEN 'running' THEN 1 ELSE 2 END, i.updated_at DESC, i.id LIMIT $3`,
    [tenantId, userId, limit, since],
  );
  const names = await displayNames(tx, tenantId, rows.flatMap((r) => (r.returnedBy === null ? [] : [r.returnedBy])));
  const out: SubmittedItem[] = [];
  for (const { flowVersion, nodeId, returnedBy, returnedComment, returnedAt, ...r } of rows) {
    const flow = await loadFlow(tx, tenantId, r.flowId, flowVersion);
    const returned = returnedAt === null ? null : { by: returnedBy === null ? null : { id: returnedBy, displayName: names[returnedBy] ?? returnedBy }, comment: returnedComment, at: returnedAt };
    out.push({ ...r, flowName: flowNameOf(flow, r.flowId), nodeName: nodeId === null ? null : nodeNameOf(flow, nodeId), returned });
  }
  return out;
}
