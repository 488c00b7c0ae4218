/** @module An approval's audit log as a timeline: who did what, with which opinion, when; and who it waits for now. */
import type { AuditAction, AuditEntry, FlowOutcome } from '@heng/engine';

/** The colour of a line: what the action means for the application. */
export type Tone = 'green' | 'red' | 'orange' | 'blue' | 'gray';

/** One line of the timeline. */
export interface TimelineItem {
  readonly key: string;
  readonly at: string;
  /** The user who acted; null for the engine (an empty node, a timeout, a branch). */
  readonly by: string | null;
  readonly action: AuditAction;
  readonly nodeId?: string;
  readonly comment?: string;
  /** People assigned, copied, added, transferred or escalated to. */
  readonly users: readonly string[];
  readonly where?: 'before' | 'after' | 'with';
  /** The branch a branch node took (its id; `otherwise`'s when none matched). */
  readonly branchId?: string;
  /** A return's target: `submitter` or a node id. */
  readonly to?: string;
  readonly reason?: string;
  readonly outcome?: FlowOutcome;
  /** The fields an approver changed as they approved (the amount granted), by id. */
  readonly edits?: Readonly<Record<string, unknown>>;
  readonly tone: Tone;
}

const TONES: Readonly<Record<AuditAction, Tone>> = {
  submit: 'blue',
  resubmit: 'blue',
  assign: 'gray',
  approve: 'green',
  auto_approve: 'green',
  reject: 'red',
  auto_reject: 'red',
  return: 'orange',
  withdraw: 'orange',
  transfer: 'blue',
  add_signer: 'blue',
  escalate: 'orange',
  remind: 'gray',
  comment: 'gray',
  copy: 'gray',
  branch: 'gray',
  finish: 'gray',
};

const OUTCOME_TONES: Readonly<Record<FlowOutcome, Tone>> = { approved: 'green', rejected: 'red', withdrawn: 'orange' };

/**
 * The timeline of an audit log, in the order things happened.
 *
 * @example
 * timelineOf(view.history)[0] // { action: 'submit', by: 'u1', tone: 'blue', users: [], … }
 */
export function timelineOf(history: readonly AuditEntry[]): TimelineItem[] {
  return [...history]
    .sort((a, b) => a.seq - b.seq)
    .map((e) => ({
      key: String(e.seq),
      at: e.at,
      by: e.by,
      action: e.action,
      users: e.users ?? [],
      tone: e.action === 'finish' && e.outcome !== undefined ? OUTCOME_TONES[e.outcome] : TONES[e.action],
      ...(e.nodeId === undefined ? {} : { nodeId: e.nodeId }),
      ...(e.comment === undefined || e.comment === '' ? {} : { comment: e.comment }),
      ...(e.where === undefined ? {} : { where: e.where }),
      ...(e.branchId === undefined ? {} : { branchId: e.branchId }),
      ...(e.to === undefined ? {} : { to: e.to }),
      ...(e.reason === undefined ? {} : { reason: e.reason }),
      ...(e.outcome === undefined ? {} : { outcome: e.outcome }),
      ...(e.edits === undefined || Object.keys(e.edits).length === 0 ? {} : { edits: e.edits }),
    }));
}

/**
 * Who the approval waits for: the holders of its open tasks, each once, in the order asked.
 *
 * @example
 * waitingFor([{ assignee: 'u2', status: 'open' }, { assignee: 'u1', status: 'completed' }]) // ['u2']
 */
export function waitingFor(tasks: readonly { readonly assignee: string; readonly status: string }[]): string[] {
  return [...new Set(tasks.filter((t) => t.status === 'open').map((t) => t.assignee))];
}
