/** @module Approve (同意) and reject (拒绝): the decisions of an approver holding an open task. */
import { finish, leaveNode } from '../advance.js';
import type { ApproveCommand, RejectCommand } from '../commands.js';
import { draftOf } from '../state.js';
import { audit, emit } from '../run.js';
import { active, settle } from '../steps.js';
import { isRefusal, refuse, requireComment, requireSeat, type Handler } from './guards.js';

/**
 * Approves the actor's task, applying their edits to the fields the node lets them edit.
 * The node moves on when its current step is decided (the first approval for or-sign, the
 * last for countersign); the flow moves on when its last step is.
 *
 * @example
 * approve(run, { type: 'approve', by: 'wang', comment: '同意', edits: { approved_amount: 300000 } })
 */
export const approve: Handler<ApproveCommand> = (run, cmd) => {
  const seat = requireSeat(run, cmd.by);
  if (isRefusal(seat)) return seat;
  const { node } = active(run);
  const edits = draftOf(cmd.edits ?? {});
  const allowed = node.editableFields ?? [];
  const barred = Object.keys(edits).filter((k) => !allowed.includes(k));
  if (barred.length > 0) {
    const may = allowed.length > 0 ? allowed.join(', ') : 'none';
    return refuse('field_not_editable', `Approvers at "${node.name.en}" may not change ${barred.join(', ')}. Editable here: ${may}.`, `"${node.name['zh-CN']}" 的审批人不能修改 ${barred.join(', ')}。此节点可编辑：${allowed.join(', ') || '无'}。`);
  }
  for (const [field, value] of Object.entries(edits)) {
    run.snap.record[field] = value;
    emit(run, { type: 'set_field', field, value });
  }
  seat.decision = 'approved';
  emit(run, { type: 'complete_task', taskId: seat.taskId as string, decision: 'approved' });
  const hasEdits = Object.keys(edits).length > 0;
  audit(run, { by: cmd.by, action: 'approve', nodeId: node.id, comment: cmd.comment, edits: hasEdits ? edits : undefined });
  if (settle(run) === 'done') leaveNode(run);
  return undefined;
};

/**
 * Rejects: any approver's rejection ends the flow, in every mode (as in DingTalk's or-sign and countersign).
 *
 * @example
 * reject(run, { type: 'reject', by: 'zhao', comment: '负债率过高' })
 */
export const reject: Handler<RejectCommand> = (run, cmd) => {
  const seat = requireSeat(run, cmd.by);
  if (isRefusal(seat)) return seat;
  const missing = requireComment(cmd.comment, 'reject', '拒绝');
  if (missing !== undefined) return missing;
  const { node } = active(run);
  seat.decision = 'rejected';
  emit(run, { type: 'complete_task', taskId: seat.taskId as string, decision: 'rejected' });
  audit(run, { by: cmd.by, action: 'reject', nodeId: node.id, comment: cmd.comment });
  finish(run, 'rejected', cmd.by);
  return undefined;
};
