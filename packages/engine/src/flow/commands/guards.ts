/** @module What command handlers share: their contract, and refusals (why a command cannot be taken) as data. */
import type { FlowCommand, RefusalCode, Refusal } from '../commands.js';
import type { Run } from '../run.js';
import { seatOf } from '../steps.js';
import type { Draft, Seat } from '../state.js';

/**
 * A refusal. `transition` returns it instead of throwing.
 *
 * @example
 * refuse('not_your_task', 'You have no open task on this approval.', '您在此审批中没有待办任务。')
 */
export function refuse(code: RefusalCode, en: string, zh: string): Refusal {
  return { ok: false, code, message: en, messageZh: zh };
}

/** Refuses unless the instance is running (waiting at an approver node). */
export function requireRunning(run: Run): Refusal | undefined {
  switch (run.snap.status) {
    case 'running':
      return undefined;
    case 'draft':
      return refuse('not_submitted', 'The approval has not been submitted yet: submit it first.', '该审批尚未提交，请先提交。');
    case 'returned':
      return refuse('awaiting_resubmit', 'The approval was returned to the submitter: it waits for them to resubmit or withdraw it.', '该审批已退回发起人，正等待其重新提交或撤回。');
    default:
      return refuse('finished', `The approval is already ${run.snap.status}; nothing can be decided any more.`, `该审批已结束（${zhStatus[run.snap.status] ?? run.snap.status}），不能再处理。`);
  }
}

const zhStatus: Partial<Record<string, string>> = { approved: '已通过', rejected: '已拒绝', withdrawn: '已撤回' };

/** The actor's open seat at the current node, or the refusal saying why they have none. */
export function requireSeat(run: Run, by: string): Draft<Seat> | Refusal {
  const running = requireRunning(run);
  if (running !== undefined) return running;
  const seat = seatOf(run, by);
  if (seat === 'already_decided') return refuse('already_decided', `${by} has already decided at this node: add a comment instead, or wait for the others.`, `${by} 已在此节点处理过：可改为发表评论，或等待其他审批人处理。`);
  if (seat === 'not_your_task') return refuse('not_your_task', `${by} has no open task at this node: only its current approvers may act.`, `${by} 在此节点没有待办任务：只有当前审批人可以处理。`);
  return seat;
}

/** Refuses an empty opinion where one is required (reject, return). */
export function requireComment(comment: string, action: string, actionZh: string): Refusal | undefined {
  if (comment.trim() !== '') return undefined;
  return refuse('comment_required', `Say why you ${action}: the comment is required.`, `${actionZh}时必须填写意见。`);
}

/** Whether a value is a refusal rather than a result. */
export const isRefusal = (v: unknown): v is Refusal => typeof v === 'object' && v !== null && (v as { ok?: unknown }).ok === false;

/**
 * Applies one command to a run, or refuses it. A handler checks everything before it changes
 * anything, so a refused run is simply dropped.
 */
export type Handler<C extends FlowCommand> = (run: Run, command: C) => Refusal | undefined;
