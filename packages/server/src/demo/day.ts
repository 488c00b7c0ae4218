/** @module The demo's day: the scheduled rule sets run once by the job queue, as at 8 o'clock, and the approvers' decisions taken through the approvals' own commands. */
import type { FlowCommand } from '@heng/engine';
import { actOn } from '../approvals/run.js';
import { flowStarter } from '../approvals/starter.js';
import type { FlowStarter } from '../approvals/types.js';
import type { Db, Queryable } from '../db/port.js';
import type { Clock } from '../http/clock.js';
import type { Logger } from '../http/logger.js';
import { insertJobs } from '../jobs/queue.js';
import type { HandlerMap } from '../jobs/types.js';
import { Worker } from '../jobs/worker.js';
import { scheduledRulesHandler } from '../rules/scheduled-run.js';
import { listSchedules } from '../schedules/store.js';
import type { DemoDecision } from './types.js';

/**
 * Queues one run of each of the tenant's rule set schedules now (the day's reminders, overdue
 * tiers and reviews) and runs them to the end with a worker of their own, one job at a time:
 * the same job, handler and transactions as the schedule's 8 o'clock run. Returns the rule sets run.
 *
 * @example
 * await runToday(db, clock, tenantId); // ['due_reminders', 'overdue_escalation', 'periodic_review']
 */
export async function runToday(db: Db, clock: Clock, tenantId: string, logger?: Logger): Promise<string[]> {
  const queued = await db.withTenant(tenantId, async (tx) => {
    const schedules = (await listSchedules(tx, tenantId)).filter((s) => s.jobKind === 'rules.scheduled' && s.enabled);
    // In the order the schedules list them (the worker takes the higher priority first).
    await insertJobs(tx, schedules.map((s, i) => ({ tenantId, kind: s.jobKind, payload: s.payload as object, priority: schedules.length - i })), clock.now());
    return schedules.map((s) => (s.payload as { ruleSetId: string }).ruleSetId);
  });
  const handlers = { 'rules.scheduled': scheduledRulesHandler({ flows: flowStarter }) } as unknown as HandlerMap;
  const worker = new Worker({ db, clock, handlers, concurrency: 1, ...(logger === undefined ? {} : { logger }), id: 'demo-start' });
  while ((await worker.runOnce()).length > 0);
  return queued;
}

/** How many approval steps one decision may take (a countersign, then the boss): more means a flow that never ends. */
const MAX_STEPS = 20;

async function openInstance(tx: Queryable, tenantId: string, recordId: string): Promise<string | undefined> {
  const [row] = await tx.query<{ id: string }>("SELECT id FROM approval_instances WHERE tenant_id = $1 AND record_id = $2 AND status = 'running' ORDER BY started_at DESC LIMIT 1", [tenantId, recordId]);
  return row?.id;
}

/** The holders of an approval's open tasks, first given first, each with their roles. */
async function openTasks(tx: Queryable, tenantId: string, instanceId: string): Promise<{ assignee: string; roles: string[] }[]> {
  return tx.query<{ assignee: string; roles: string[] }>(
    `SELECT t.assignee, COALESCE((SELECT array_agg(ur.role_id ORDER BY ur.role_id) FROM user_roles ur WHERE ur.tenant_id = t.tenant_id AND ur.user_id = t.assignee), '{}') AS roles
     FROM approval_tasks t WHERE t.tenant_id = $1 AND t.instance_id = $2 AND t.status = 'open' ORDER BY t.created_at, t.id`,
    [tenantId, instanceId],
  );
}

/** The command of decision `d` by `by`; approvers' edits only with the first approval. */
const command = (d: DemoDecision, by: string, first: boolean): FlowCommand =>
  d.action === 'approve'
    ? { type: 'approve', by, comment: d.comment, ...(d.edits === undefined || !first ? {} : { edits: d.edits }) }
    : d.action === 'reject'
      ? { type: 'reject', by, comment: d.comment }
      : { type: 'return', by, comment: d.comment, to: 'submitter' };

/**
 * Takes a decision on the approval running on a record: to approve, every approver holding an
 * open task approves, step after step, until the approval ends (approvers' edits go with the
 * first approval); to reject or return, the first approver holding one does. A record with no
 * running approval (its order was released within the limit after all) is left alone. Returns
 * how many commands were applied.
 *
 * @example
 * await decide(tx, tenantId, recordId, { form: 'credit_application', record: 'application-007', action: 'approve', comment: '同意。' }, now, flowStarter);
 */
export async function decide(tx: Queryable, tenantId: string, recordId: string, d: DemoDecision, now: Date, flows: FlowStarter): Promise<number> {
  const instanceId = await openInstance(tx, tenantId, recordId);
  if (instanceId === undefined) return 0;
  let applied = 0;
  for (let step = 0; step < MAX_STEPS; step++) {
    const [holder] = await openTasks(tx, tenantId, instanceId);
    if (holder === undefined) return applied;
    // As the holder deciding in the inbox: the rules their decision sets off see their roles.
    const inst = await actOn(tx, { tenantId, userId: holder.assignee, roles: holder.roles, now }, instanceId, command(d, holder.assignee, applied === 0), flows);
    applied += 1;
    if (d.action !== 'approve' || inst.status !== 'running') return applied;
  }
  throw new Error(`The approval on demo record "${d.record}" was still running after ${MAX_STEPS} approvals: check the flow's approvers.`);
}
