/** @module Applying a transition's effects in its transaction: tasks, notices, copies, timeouts; edits gathered for write-back. */
import type { FlowEffect, FlowOutcome, LocalizedText } from '@heng/engine';
import { json } from '../db/port.js';
import type { Queryable } from '../db/port.js';
import { enqueue } from '../jobs/queue.js';
import { notify } from '../notifications/notify.js';
import { noticeOf } from './notices.js';

/** The instance the effects belong to, the flow's name and the record's for notices, and the clock's time. */
export interface FlowScope {
  readonly tenantId: string;
  readonly instanceId: string;
  readonly flowName: LocalizedText;
  readonly subject: string | null;
  /** The acting approver's opinion, told with a return or a decision; null when they gave none. */
  readonly opinion: string | null;
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
 * Marks handled (and read) the instance's notices whose work is done: a task's notice once the
 * task is no longer open, a reminder once its user holds no open task at its node, a return's
 * once the approval is no longer returned (resubmitted or withdrawn). Other notices (copies,
 * outcomes, comments, rules' notices) are left as they are.
 */
async function settleNotices(tx: Queryable, scope: FlowScope): Promise<void> {
  await tx.query(
    `UPDATE notifications n SET handled_at = $3, read_at = COALESCE(n.read_at, $3)
     WHERE n.tenant_id = $1 AND n.data ->> 'instanceId' = $2 AND n.handled_at IS NULL
       AND n.topic IN ('approval.task', 'approval.reminder', 'approval.returned')
       AND NOT CASE n.topic
         WHEN 'approval.task' THEN EXISTS (SELECT 1 FROM approval_tasks t WHERE t.tenant_id = $1 AND t.instance_id = $2 AND t.id = n.data ->> 'taskId' AND t.status = 'open')
         WHEN 'approval.reminder' THEN EXISTS (
           SELECT 1 FROM approval_tasks t WHERE t.tenant_id = $1 AND t.instance_id = $2 AND t.assignee = n.user_id AND t.node_id = n.data ->> 'nodeId' AND t.status = 'open')
         ELSE EXISTS (SELECT 1 FROM approval_instances i WHERE i.tenant_id = $1 AND i.id = $2 AND i.status = 'returned')
       END`,
    [scope.tenantId, scope.instanceId, scope.now],
  );
}

type CreateTask = Extract<FlowEffect, { type: 'create_task' }>;

async function createTasks(tx: Queryable, scope: FlowScope, tasks: readonly CreateTask[]): Promise<void> {
  if (tasks.length === 0) return;
  await tx.query(
    `INSERT INTO approval_tasks (tenant_id, instance_id, id, node_id, assignee, status, deadline, created_at)
     SELECT $1, $2, x.id, x.node_id, x.assignee, 'open', x.deadline, $4 FROM jsonb_to_recordset($3::jsonb) AS x(id text, node_id text, assignee text, deadline timestamptz)`,
    [scope.tenantId, scope.instanceId, json(tasks.map((e) => ({ id: e.taskId, node_id: e.nodeId, assignee: e.assignee, deadline: e.deadline ?? null }))), scope.now],
  );
}

type Back = { edits: Record<string, unknown>; outcome?: FlowOutcome };

/** One effect (its tasks already stored); set_field and finished only change `back`, synchronously. */
async function apply(tx: Queryable, e: FlowEffect, scope: FlowScope, back: Back): Promise<void> {
  switch (e.type) {
    case 'create_task':
      return tell(tx, scope, [e.assignee], 'approval.task', noticeOf({ type: 'task' }, scope), { taskId: e.taskId, nodeId: e.nodeId });
    case 'complete_task':
      return closeTask(tx, scope, e.taskId, 'completed', e.decision);
    case 'cancel_task':
      return closeTask(tx, scope, e.taskId, 'cancelled', e.reason);
    case 'notify':
      return tell(tx, scope, e.to, `approval.${e.reason}`, noticeOf({ type: e.reason, ...(e.outcome === undefined ? {} : { outcome: e.outcome }) }, scope), { nodeId: e.nodeId ?? null });
    case 'copy_to':
      return tell(tx, scope, e.users, 'approval.copy', noticeOf({ type: 'copy' }, scope), { nodeId: e.nodeId });
    case 'schedule_timeout':
      await enqueue(tx, scope.tenantId, { kind: 'approval.timeout', payload: { instanceId: scope.instanceId, nodeId: e.nodeId }, runAt: new Date(e.at), dedupeKey: `${scope.instanceId}:${e.nodeId}:${e.at}` }, scope.now);
      return;
    case 'set_field':
      back.edits[e.field] = e.value;
      return;
    case 'finished':
      back.outcome = e.outcome;
      return;
  }
}

/**
 * Applies the effects of one accepted transition in `tx` and returns what must be written back
 * to the record (the caller writes it as one revision, so rules see one change). The tasks are
 * stored first, in one statement; then every effect's statements are sent in order without
 * waiting for the one before, so they share round trips; last, when the transition ended some
 * work (closed a task, or took the approval out of `returned`: `leftReturned`), the notices of
 * that work (by whoever acted) are marked handled. The instance's row must already hold the
 * transition's status.
 *
 * @example
 * const back = await applyFlowEffects(tx, result.effects, { tenantId, instanceId, flowName, submitter, now }, false);
 */
export async function applyFlowEffects(tx: Queryable, effects: readonly FlowEffect[], scope: FlowScope, leftReturned: boolean): Promise<WriteBack> {
  const back: Back = { edits: {} };
  const endsWork = leftReturned || effects.some((e) => e.type === 'complete_task' || e.type === 'cancel_task');
  // Each call sends its first statement before returning, so the statements go in this order.
  await Promise.all([
    createTasks(tx, scope, effects.filter((e): e is CreateTask => e.type === 'create_task')),
    ...effects.map((e) => apply(tx, e, scope, back)),
    ...(endsWork ? [settleNotices(tx, scope)] : []),
  ]);
  return back;
}
