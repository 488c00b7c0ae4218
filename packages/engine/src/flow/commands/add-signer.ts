/** @module Add signer (加签): more people at the current node, before, after or alongside the actor. */
import { leaveNode } from '../advance.js';
import type { AddSignerCommand } from '../commands.js';
import { audit, emit } from '../run.js';
import { active, activateStep, closeOpen, isOpen, openTasks, settle } from '../steps.js';
import type { Draft, Seat, SeatOrigin, Step } from '../state.js';
import { isRefusal, refuse, requireSeat, type Handler } from './guards.js';

const origin = { before: 'added_before', after: 'added_after', with: 'added_with' } as const satisfies Record<AddSignerCommand['where'], SeatOrigin>;

/**
 * Adds signers. `before`: the step is suspended and the added people must all approve first,
 * then the actor (and the step's other holders) are asked again. `after`: the actor approves
 * now, and the added people must all approve once the actor's step is decided. `with`: they
 * join the actor's step under its rule (any one of them decides an or-sign; all must approve
 * a countersign).
 *
 * @example
 * addSigner(run, { type: 'addSigner', by: 'wang', users: ['legal_chen'], where: 'before', comment: '请法务先看合同' })
 */
export const addSigner: Handler<AddSignerCommand> = (run, cmd) => {
  const seat = requireSeat(run, cmd.by);
  if (isRefusal(seat)) return seat;
  const users = [...new Set(cmd.users)];
  if (users.length === 0) return refuse('bad_signers', 'Name at least one person to add.', '请至少指定一名加签人。');
  if (users.includes(cmd.by)) return refuse('bad_signers', 'You cannot add yourself as a signer.', '不能给自己加签。');
  const { cur, step } = active(run);
  const present = users.filter((u) => step.seats.some((s) => s.user === u && (isOpen(s) || s.decision === 'approved')));
  if (cmd.where !== 'after' && present.length > 0) {
    return refuse('bad_signers', `${present.join(', ')} already take part in this step: add someone else.`, `${present.join(', ')} 已是此环节的审批人，请加签其他人。`);
  }
  audit(run, { by: cmd.by, action: 'add_signer', nodeId: cur.nodeId, comment: cmd.comment, users, where: cmd.where });
  const seats: Draft<Seat>[] = users.map((user) => ({ user, via: origin[cmd.where] }));
  const added: Draft<Step> = { rule: 'all', seats };
  if (cmd.where === 'with') {
    step.seats.push(...seats);
    openTasks(run, seats);
  } else if (cmd.where === 'before') {
    closeOpen(run, 'suspended');
    cur.steps.splice(cur.stepIndex, 0, added);
    activateStep(run);
  } else {
    seat.decision = 'approved';
    emit(run, { type: 'complete_task', taskId: seat.taskId as string, decision: 'approved' });
    audit(run, { by: cmd.by, action: 'approve', nodeId: cur.nodeId });
    cur.steps.splice(cur.stepIndex + 1, 0, added);
    if (settle(run) === 'done') leaveNode(run);
  }
  return undefined;
};
