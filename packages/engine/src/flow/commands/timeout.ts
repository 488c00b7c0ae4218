/** @module Timeout (超时): the caller's scheduler says a node's deadline has come; the node's policy acts. */
import { finish, leaveNode } from '../advance.js';
import type { TimeoutCommand } from '../commands.js';
import { resolvePeople } from '../resolve.js';
import { audit, emit, type Run } from '../run.js';
import { active, closeOpen, isOpen, openTasks, settle } from '../steps.js';
import type { Draft, Seat } from '../state.js';
import { isDue } from '../time.js';
import type { NodeTimeout } from '../types.js';
import { refuse, requireRunning, type Handler } from './guards.js';

/** Who an escalation goes to: `escalateTo`, else the admins; never someone already in the step. */
function escalationTargets(run: Run, t: NodeTimeout): string[] {
  const { step } = active(run);
  const { directory, record, submitter } = run.snap;
  const taken = new Set(step.seats.filter((s) => isOpen(s) || s.decision === 'approved').map((s) => s.user));
  const named = resolvePeople(t.escalateTo ?? [], { directory, record, submitter }).filter((u) => !taken.has(u));
  return named.length > 0 ? named : directory.admins.filter((u) => !taken.has(u));
}

/**
 * Applies the node's timeout, once per deadline: `remind` notifies the holders of open tasks;
 * `auto_approve` approves the current step on their behalf; `auto_reject` rejects the flow;
 * `escalate` hands the open tasks to `escalateTo` (the admins if it names nobody new; a
 * reminder if there are none either). A timer for a deadline that has moved on (the step was
 * decided, a signer was added) is refused as not due, so a scheduler never needs to cancel one.
 *
 * @example
 * timeout(run, { type: 'timeout', nodeId: 'risk_review' })
 */
export const timeout: Handler<TimeoutCommand> = (run, cmd) => {
  const running = requireRunning(run);
  if (running !== undefined) return running;
  const { cur, node, step } = active(run);
  if (cur.nodeId !== cmd.nodeId || cur.deadline === undefined || node.timeout === undefined || !isDue(run.now, cur.deadline)) {
    return refuse('timeout_not_due', `No deadline of node "${cmd.nodeId}" has come: the timer is stale or early; drop it and schedule one for the deadline in the snapshot, if any.`, `节点 "${cmd.nodeId}" 没有到期的时限：该定时已过期或提前触发，请丢弃它，并按快照中的截止时间（如有）重新设定。`);
  }
  const t = node.timeout;
  delete cur.deadline;
  const holders = step.seats.filter(isOpen);
  const users = holders.map((s) => s.user);
  const remind = (): void => {
    emit(run, { type: 'notify', to: users, reason: 'reminder', nodeId: node.id });
    audit(run, { by: null, action: 'remind', nodeId: node.id, users, reason: 'timeout' });
  };
  switch (t.action) {
    case 'remind':
      remind();
      break;
    case 'auto_approve':
      for (const seat of holders) {
        seat.decision = 'approved';
        emit(run, { type: 'cancel_task', taskId: seat.taskId as string, reason: 'timeout' });
      }
      audit(run, { by: null, action: 'auto_approve', nodeId: node.id, users, reason: 'timeout' });
      if (settle(run) === 'done') leaveNode(run);
      break;
    case 'auto_reject':
      audit(run, { by: null, action: 'auto_reject', nodeId: node.id, users, reason: 'timeout' });
      finish(run, 'rejected', null);
      break;
    case 'escalate': {
      const targets = escalationTargets(run, t);
      if (targets.length === 0) {
        remind();
        break;
      }
      closeOpen(run, 'escalated');
      audit(run, { by: null, action: 'escalate', nodeId: node.id, users: targets, reason: 'timeout' });
      const seats: Draft<Seat>[] = targets.map((user) => ({ user, via: 'escalation' }));
      step.seats.push(...seats);
      openTasks(run, seats);
      break;
    }
  }
  return undefined;
};
