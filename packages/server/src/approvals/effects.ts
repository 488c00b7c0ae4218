/** @module Applying a transition's effects in its transaction: tasks, notices, copies, timeouts; edits gathered for write-back. */
import type { FlowEffect, FlowOutcome, LocalizedText } from '@heng/engine';
import type { Queryable } from '../db/port.js';
import { enqueue } from '../jobs/queue.js';
import { notify } from '../notifications/notify.js';
import { noticeOf } from './notices.js';

/** The instance the effects belong to, the flow's name for notices, and the clock's time. */
export interface FlowScope {
  readonly tenantId: string;
  readonly instanceId: string;
  readonly flowName: LocalizedText;
  readonly submitter: string | null;
  readonly now: Date;
}

/** What the record must take from a transition: field edits, and the outcome once finished. */
export interface WriteBack {
  readonly edits: Record<string, unknown>;
  readonly outcome?: FlowOutcome;
}

const link = (scope: FlowScope): string => `/approvals/${scope.instanceId}`;

async function tell(tx: Queryable, scope: FlowScope, to: readonly string[], topic: string, message: LocalizedText, data: Record<string, unknown>): Promise<void> {
  if (to.length === 0) return;
  await notify(tx, scope.tenantId, { topic, to, title: scope.flowName, message, link: link(scope), data: { instanceId: scope.instanceId, ...data } }, scope.now);
}

async function closeTask(tx: Queryable, scope: FlowScope, taskId: string, status: 'completed' | 'cancelled', outcome: string): Promise<void> {
  await tx.query(
    `UPDATE approval_tasks SET status = $4, outcome = $5, closed_at = $6 WHERE tenant_id = $1 AND instance_id = $2 AND id = $3 AND status = 'open'`,
    [scope.tenantId, scope.instanceId, taskId, status, outcome, scope.now],
  );
}

/**
 * Applies the effects of one accepted transition in `tx`, in order, and returns what must be
 * written back to the record (the caller writes it as one revision, so rules see one change).
 *
 * @example
 * const back = await applyFlowEffects(tx, result.effects, { tenantId, instanceId, flowName, submitter, now });
 */
export async function applyFlowEffects(tx: Queryable, effects: readonly FlowEffect[], scope: FlowScope): Promise<WriteBack> {
  const edits: Record<string, unknown> = {};
  let outcome: FlowOutcome | undefined;
  for (const e of effects) {
    switch (e.type) {
      case 'create_task':
        await tx.query(
          `INSERT INTO approval_tasks (tenant_id, instance_id, id, node_id, assignee, status, deadline, created_at) VALUES ($1, $2, $3, $4, $5, 'open', $6, $7)`,
          [scope.tenantId, scope.instanceId, e.taskId, e.nodeId, e.assignee, e.deadline ?? null, scope.now],
        );
        await tell(tx, scope, [e.assignee], 'approval.task', noticeOf({ type: 'task' }, scope), { taskId: e.taskId, nodeId: e.nodeId });
        break;
      case 'complete_task':
        await closeTask(tx, scope, e.taskId, 'completed', e.decision);
        break;
      case 'cancel_task':
        await closeTask(tx, scope, e.taskId, 'cancelled', e.reason);
        break;
      case 'notify':
        await tell(tx, scope, e.to, `approval.${e.reason}`, noticeOf({ type: e.reason, ...(e.outcome === undefined ? {} : { outcome: e.outcome }) }, scope), { nodeId: e.nodeId ?? null });
        break;
      case 'copy_to':
        await tell(tx, scope, e.users, 'approval.copy', noticeOf({ type: 'copy' }, scope), { nodeId: e.nodeId });
        break;
      case 'schedule_timeout':
        await enqueue(tx, scope.tenantId, { kind: 'approval.timeout', payload: { instanceId: scope.instanceId, nodeId: e.nodeId }, runAt: new Date(e.at), dedupeKey: `${scope.instanceId}:${e.nodeId}:${e.at}` }, scope.now);
        break;
      case 'set_field':
        edits[e.field] = e.value;
        break;
      case 'finished':
        outcome = e.outcome;
        break;
    }
  }
  return outcome === undefined ? { edits } : { edits, outcome };
}
