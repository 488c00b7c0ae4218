/** @module An engine refusal as the HTTP error it is: a conflict, a permission, or a bad command. */
import type { Refusal, RefusalCode } from '@heng/engine';
import { AppError } from '../http/app-error.js';

const STATUS: Record<RefusalCode, 403 | 409 | 422> = {
  stale_version: 409,
  already_decided: 409,
  finished: 409,
  awaiting_resubmit: 409,
  not_returned: 409,
  already_submitted: 409,
  not_submitted: 409,
  nothing_to_withdraw: 409,
  timeout_not_due: 409,
  wrong_flow: 409,
  bad_snapshot: 409,
  not_your_task: 403,
  not_submitter: 403,
  bad_time: 422,
  bad_command: 422,
  comment_required: 422,
  field_not_editable: 422,
  bad_return_target: 422,
  bad_signers: 422,
  bad_transfer: 422,
};

/**
 * The error for a refused command, with the engine's bilingual message. A `not_your_task` from
 * someone who held a task on this approval means another approver moved it on first: that is a
 * conflict (409) to reload, not a missing permission.
 *
 * @example
 * if (!r.ok) throw refusalError(r, hadTask);
 */
export function refusalError(refusal: Refusal, heldTask: boolean): AppError {
  const status = refusal.code === 'not_your_task' && heldTask ? 409 : STATUS[refusal.code];
  return new AppError(`approval.${refusal.code}`, status, refusal.message, { messageZh: refusal.messageZh });
}
