/** @module Return (退回): to the submitter, or to an approver node this run has already passed. */
import { advance } from '../advance.js';
import type { ReturnCommand } from '../commands.js';
import { audit, emit, submitterOf } from '../run.js';
import { active, closeOpen } from '../steps.js';
import { isRefusal, refuse, requireComment, requireSeat, type Handler } from './guards.js';

/**
 * The return target that sends an approval back to its submitter; no node may take this id.
 *
 * @example
 * transition(flow, snapshot, { type: 'return', by: 'zhao', comment: '请补充资料', to: SUBMITTER }, now)
 */
export const SUBMITTER = 'submitter';

/**
 * Returns the approval. To the submitter: it waits for them to resubmit (from the first node)
 * or withdraw. To an earlier node: that node asks its people afresh, and the flow goes on
 * from there, re-evaluating later branches.
 *
 * @example
 * returnTo(run, { type: 'return', by: 'zhao', comment: '请补充财务报表', to: 'submitter' })
 */
export const returnTo: Handler<ReturnCommand> = (run, cmd) => {
  const seat = requireSeat(run, cmd.by);
  if (isRefusal(seat)) return seat;
  const missing = requireComment(cmd.comment, 'return it', '退回');
  if (missing !== undefined) return missing;
  const { cur } = active(run);
  const earlier = run.snap.route.slice(0, run.snap.route.indexOf(cur.nodeId));
  if (cmd.to !== SUBMITTER && !earlier.includes(cmd.to)) {
    const options = [SUBMITTER, ...earlier].join(', ');
    return refuse('bad_return_target', `"${cmd.to}" is not an earlier approver node of this approval. It can be returned to: ${options}.`, `"${cmd.to}" 不是此审批已经过的审批节点。可退回至：${options}。`);
  }
  seat.decision = 'returned';
  emit(run, { type: 'complete_task', taskId: seat.taskId as string, decision: 'returned' });
  audit(run, { by: cmd.by, action: 'return', nodeId: cur.nodeId, comment: cmd.comment, to: cmd.to });
  closeOpen(run, 'closed');
  run.snap.current = null;
  if (cmd.to === SUBMITTER) {
    run.snap.status = 'returned';
    emit(run, { type: 'notify', to: submitterOf(run), reason: 'returned', nodeId: cur.nodeId });
    return undefined;
  }
  run.snap.route = earlier.slice(0, earlier.indexOf(cmd.to));
  advance(run, cmd.to);
  return undefined;
};
