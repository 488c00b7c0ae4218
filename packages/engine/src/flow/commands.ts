/** @module What may happen to a flow instance (commands), and what the server must do about it (effects). */
import type { Directory, FlowRecord, FlowScore } from './types.js';
import type { FlowOutcome, FlowSnapshot, SeatDecision } from './state.js';

/** Fields every command may carry. */
interface CommandBase {
  /** The snapshot version the caller read; a different current version refuses the command. */
  readonly version?: number;
}

/**
 * Starts a draft instance: who submits, the record, and the people data to resolve approvers with.
 * Pass the record as stored (the form's `computeRecord` output): branch conditions compare
 * date-times as text, which is right only in the canonical UTC form it stores them in.
 */
export interface SubmitCommand extends CommandBase {
  readonly type: 'submit';
  readonly by: string;
  readonly record: FlowRecord;
  readonly directory: Directory;
  /** The record's stored score by the flow's scorecard, when the flow names one. */
  readonly score?: FlowScore;
}

/** Starts a returned instance again from the first node, with the edited record if given. */
export interface ResubmitCommand extends CommandBase {
  readonly type: 'resubmit';
  readonly by: string;
  /** The submitter's answer to the return (what was changed), kept in the history. */
  readonly comment?: string;
  readonly record?: FlowRecord;
  readonly directory?: Directory;
  /** The record's stored score by the flow's scorecard now, when the flow names one. */
  readonly score?: FlowScore;
}

export interface ApproveCommand extends CommandBase {
  readonly type: 'approve';
  readonly by: string;
  readonly comment?: string;
  /** New values for fields the node lists in `editableFields`, as stored (date-times in canonical UTC). */
  readonly edits?: FlowRecord;
}

export interface RejectCommand extends CommandBase {
  readonly type: 'reject';
  readonly by: string;
  readonly comment: string;
}

/** 退回: to the submitter (who may resubmit) or to an approver node this run has passed. */
export interface ReturnCommand extends CommandBase {
  readonly type: 'return';
  readonly by: string;
  readonly comment: string;
  readonly to: string;
}

/** 转交: hands the actor's task to another user. */
export interface TransferCommand extends CommandBase {
  readonly type: 'transfer';
  readonly by: string;
  readonly to: string;
  readonly comment?: string;
}

/**
 * 加签. `before`: they approve (all of them) before the actor decides; `after`: the actor
 * approves now and they must all approve after; `with`: they join the actor's step under its rule.
 */
export interface AddSignerCommand extends CommandBase {
  readonly type: 'addSigner';
  readonly by: string;
  readonly users: readonly string[];
  readonly where: 'before' | 'after' | 'with';
  readonly comment?: string;
}

/** 撤回: the submitter takes back a running or returned instance. */
export interface WithdrawCommand extends CommandBase {
  readonly type: 'withdraw';
  readonly by: string;
  readonly comment?: string;
}

/** 评论: a remark in the history; decides nothing. */
export interface CommentCommand extends CommandBase {
  readonly type: 'comment';
  readonly by: string;
  readonly text: string;
}

/** Sent by the caller's scheduler at the time a `schedule_timeout` effect asked for. */
export interface TimeoutCommand extends CommandBase {
  readonly type: 'timeout';
  readonly nodeId: string;
}

/** Any command `transition` accepts. */
export type FlowCommand =
  | SubmitCommand
  | ResubmitCommand
  | ApproveCommand
  | RejectCommand
  | ReturnCommand
  | TransferCommand
  | AddSignerCommand
  | WithdrawCommand
  | CommentCommand
  | TimeoutCommand;

export type CommandType = FlowCommand['type'];

/** Why a notification is sent. New tasks are not notified here: `create_task` implies it. */
export type NotifyReason = 'reminder' | 'returned' | 'outcome' | 'comment';

/** What the server must do, as data; it applies them in the transaction that stores the snapshot. */
export type FlowEffect =
  | { readonly type: 'notify'; readonly to: readonly string[]; readonly reason: NotifyReason; readonly nodeId?: string; readonly outcome?: FlowOutcome }
  | { readonly type: 'create_task'; readonly taskId: string; readonly nodeId: string; readonly assignee: string; readonly deadline?: string }
  /** The holder acted on the task themselves. */
  | { readonly type: 'complete_task'; readonly taskId: string; readonly decision: SeatDecision }
  /** The task closed without its holder: someone else decided, the flow moved, or time ran out. */
  | { readonly type: 'cancel_task'; readonly taskId: string; readonly reason: 'decided' | 'suspended' | 'escalated' | 'timeout' | 'closed' }
  | { readonly type: 'copy_to'; readonly nodeId: string; readonly users: readonly string[] }
  | { readonly type: 'set_field'; readonly field: string; readonly value: unknown }
  | { readonly type: 'schedule_timeout'; readonly nodeId: string; readonly at: string }
  | { readonly type: 'finished'; readonly outcome: FlowOutcome };

/** Stable codes of refused commands. */
export type RefusalCode =
  | 'stale_version'
  | 'wrong_flow'
  | 'bad_time'
  | 'bad_command'
  | 'bad_snapshot'
  | 'not_submitted'
  | 'already_submitted'
  | 'finished'
  | 'awaiting_resubmit'
  | 'not_returned'
  | 'not_submitter'
  | 'not_your_task'
  | 'already_decided'
  | 'nothing_to_withdraw'
  | 'comment_required'
  | 'field_not_editable'
  | 'bad_return_target'
  | 'bad_signers'
  | 'bad_transfer'
  | 'timeout_not_due';

/** A command the instance cannot take. Refusals are data: `transition` never throws. */
export interface Refusal {
  readonly ok: false;
  readonly code: RefusalCode;
  readonly message: string;
  readonly messageZh: string;
}

/** The next snapshot and what to do, or why not. */
export type TransitionResult = { readonly ok: true; readonly snapshot: FlowSnapshot; readonly effects: readonly FlowEffect[] } | Refusal;
