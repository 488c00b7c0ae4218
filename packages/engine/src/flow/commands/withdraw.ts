/** @module Withdraw (撤回) and comment (评论): the submitter's way out, and everyone's remarks. */
import { finish } from '../advance.js';
import type { CommentCommand, WithdrawCommand } from '../commands.js';
import { audit, emit, submitterOf } from '../run.js';
import { isOpen } from '../steps.js';
import { refuse, type Handler } from './guards.js';

/**
 * Withdraws a running or returned approval; only its submitter may.
 *
 * @example
 * withdraw(run, { type: 'withdraw', by: 'li' })
 */
export const withdraw: Handler<WithdrawCommand> = (run, cmd) => {
  const { status, submitter } = run.snap;
  if (status !== 'running' && status !== 'returned') {
    return refuse('nothing_to_withdraw', `There is nothing to withdraw: the approval is ${status}.`, `没有可撤回的审批：当前状态为 ${status}。`);
  }
  if (cmd.by !== submitter) return refuse('not_submitter', `Only the submitter (${submitter ?? ''}) may withdraw the approval.`, `只有发起人（${submitter ?? ''}）可以撤回审批。`);
  audit(run, { by: cmd.by, action: 'withdraw', nodeId: run.snap.current?.nodeId, comment: cmd.comment });
  finish(run, 'withdrawn', cmd.by);
  return undefined;
};

/**
 * Adds a remark to the history and tells the submitter and the current approvers. Who may see
 * (and so comment on) an approval is the server's to decide; any submitted approval accepts one,
 * finished ones included.
 *
 * @example
 * comment(run, { type: 'comment', by: 'zhao', text: '客户上月有一笔逾期' })
 */
export const comment: Handler<CommentCommand> = (run, cmd) => {
  if (run.snap.status === 'draft') return refuse('not_submitted', 'The approval has not been submitted yet: submit it first.', '该审批尚未提交，请先提交。');
  if (cmd.text.trim() === '') return refuse('comment_required', 'Write something to comment.', '评论内容不能为空。');
  const cur = run.snap.current;
  audit(run, { by: cmd.by, action: 'comment', nodeId: cur?.nodeId, comment: cmd.text });
  const holders = cur === null ? [] : (cur.steps[cur.stepIndex]?.seats ?? []).filter(isOpen).map((s) => s.user);
  const to = [...new Set([...submitterOf(run), ...holders])].filter((u) => u !== cmd.by);
  if (to.length > 0) emit(run, { type: 'notify', to, reason: 'comment', ...(cur === null ? {} : { nodeId: cur.nodeId }) });
  return undefined;
};
