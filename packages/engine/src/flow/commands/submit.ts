/** @module Submit (发起) and resubmit (重新提交): starting a draft, or a returned instance again from the first node. */
import { advance } from '../advance.js';
import type { ResubmitCommand, SubmitCommand } from '../commands.js';
import { draftOf } from '../state.js';
import { audit } from '../run.js';
import { refuse, type Handler } from './guards.js';

/**
 * Starts a draft: keeps the submitter, the record (and its score) and the directory, then runs the flow
 * from its first node until someone must act.
 *
 * @example
 * submit(run, { type: 'submit', by: 'li', record: { grade: 'A', amount: 400000 }, directory })
 */
export const submit: Handler<SubmitCommand> = (run, cmd) => {
  if (run.snap.status !== 'draft') return refuse('already_submitted', 'This approval has already been submitted.', '该审批已提交过。');
  run.snap.status = 'running';
  run.snap.submitter = cmd.by;
  run.snap.record = draftOf(cmd.record);
  if (cmd.score !== undefined) run.snap.score = draftOf(cmd.score);
  run.snap.directory = draftOf(cmd.directory);
  run.snap.route = [];
  audit(run, { by: cmd.by, action: 'submit' });
  advance(run, run.flow.first);
  return undefined;
};

/**
 * Starts a returned instance again from the first node (branches are evaluated afresh, so an
 * edited amount may take another route, and so may a new grade), with the edited record, its
 * score now and a fresh directory if given,
 * and the submitter's comment (what they changed) in the history.
 *
 * @example
 * resubmit(run, { type: 'resubmit', by: 'li', record: { grade: 'A', amount: 300000 } })
 */
export const resubmit: Handler<ResubmitCommand> = (run, cmd) => {
  if (run.snap.status !== 'returned') return refuse('not_returned', 'Only an approval returned to its submitter can be resubmitted.', '只有退回给发起人的审批才能重新提交。');
  if (cmd.by !== run.snap.submitter) return refuse('not_submitter', `Only the submitter (${run.snap.submitter ?? ''}) may resubmit.`, `只有发起人（${run.snap.submitter ?? ''}）可以重新提交。`);
  if (cmd.record !== undefined) run.snap.record = draftOf(cmd.record);
  if (cmd.directory !== undefined) run.snap.directory = draftOf(cmd.directory);
  if (cmd.score !== undefined) run.snap.score = draftOf(cmd.score);
  run.snap.status = 'running';
  run.snap.route = [];
  const said = cmd.comment?.trim() ?? '';
  audit(run, { by: cmd.by, action: 'resubmit', ...(said === '' ? {} : { comment: said }) });
  advance(run, run.flow.first);
  return undefined;
};
