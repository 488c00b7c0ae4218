/** @module Transfer (转交): the actor hands their task to someone else, who then decides in their place. */
import type { TransferCommand } from '../commands.js';
import { audit, emit } from '../run.js';
import { active, isOpen, openTasks } from '../steps.js';
import type { Draft, Seat } from '../state.js';
import { isRefusal, refuse, requireSeat, type Handler } from './guards.js';

/**
 * Transfers the actor's task. The new holder takes the actor's place in the step, so a
 * countersign still needs the same number of approvals.
 *
 * @example
 * transfer(run, { type: 'transfer', by: 'wang', to: 'sun', comment: '出差，请孙总代批' })
 */
export const transfer: Handler<TransferCommand> = (run, cmd) => {
  const seat = requireSeat(run, cmd.by);
  if (isRefusal(seat)) return seat;
  if (cmd.to === cmd.by) return refuse('bad_transfer', 'Transfer the task to someone else, not to yourself.', '请转交给他人，不能转交给自己。');
  const { cur, step } = active(run);
  if (step.seats.some((s) => s.user === cmd.to && (isOpen(s) || s.decision === 'approved'))) {
    return refuse('bad_transfer', `${cmd.to} already takes part in this step; transfer to someone who does not.`, `${cmd.to} 已是此环节的审批人，请转交给其他人。`);
  }
  seat.decision = 'transferred';
  emit(run, { type: 'complete_task', taskId: seat.taskId as string, decision: 'transferred' });
  audit(run, { by: cmd.by, action: 'transfer', nodeId: cur.nodeId, comment: cmd.comment, users: [cmd.to] });
  const taker: Draft<Seat> = { user: cmd.to, via: 'transfer' };
  step.seats.push(taker);
  openTasks(run, [taker]);
  return undefined;
};
