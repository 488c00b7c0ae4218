/** @module A running approval: the snapshot `transition` reads and returns, plain JSON throughout. */
import { copyJson } from '../core/json.js';
import type { Directory, FlowRecord, FlowScore } from './types.js';

/** Where an instance is. `returned`: back with the submitter, waiting for `resubmit` or `withdraw`. */
export type FlowStatus = 'draft' | 'running' | 'returned' | 'approved' | 'rejected' | 'withdrawn';

/** How a finished instance ended. */
export type FlowOutcome = 'approved' | 'rejected' | 'withdrawn';

/** How a person got a seat at a node. */
export type SeatOrigin = 'resolved' | 'admin' | 'transfer' | 'added_before' | 'added_after' | 'added_with' | 'escalation';

/** What became of a seat. `transferred` and `escalated` seats no longer count towards the decision. */
export type SeatDecision = 'approved' | 'rejected' | 'returned' | 'transferred' | 'escalated';

/** One person's place at the current node. `taskId` is set while their task is open. */
export interface Seat {
  readonly user: string;
  readonly via: SeatOrigin;
  readonly decision?: SeatDecision;
  readonly taskId?: string;
}

/**
 * People asked together. `any`: the first approval completes the step; `all`: every counting
 * seat must approve. Or-sign is one `any` step, countersign one `all` step, sequential one
 * single-seat step per person; added signers insert steps or seats.
 */
export interface Step {
  readonly rule: 'any' | 'all';
  readonly seats: readonly Seat[];
}

/** The approver node the instance waits at. Only `steps[stepIndex]` has open tasks. */
export interface ActiveNode {
  readonly nodeId: string;
  readonly steps: readonly Step[];
  readonly stepIndex: number;
  /** When the node's timeout fires for the current step (ISO 8601), if it has one pending. */
  readonly deadline?: string;
}

/** What an audit entry records. */
export type AuditAction =
  | 'submit'
  | 'resubmit'
  | 'assign'
  | 'approve'
  | 'reject'
  | 'return'
  | 'transfer'
  | 'add_signer'
  | 'withdraw'
  | 'comment'
  | 'copy'
  | 'branch'
  | 'auto_approve'
  | 'auto_reject'
  | 'remind'
  | 'escalate'
  | 'finish';

/** One line of the append-only history (全程留痕): who did what, with which opinion, when, where. */
export interface AuditEntry {
  readonly seq: number;
  readonly at: string;
  /** The acting user; `null` for the engine itself (an empty node, a timeout, a branch). */
  readonly by: string | null;
  readonly action: AuditAction;
  readonly nodeId?: string;
  readonly comment?: string;
  /** People assigned, copied, added, transferred or escalated to. */
  readonly users?: readonly string[];
  readonly branchId?: string;
  readonly where?: 'before' | 'after' | 'with';
  /** A return's target: `submitter` or a node id. */
  readonly to?: string;
  readonly edits?: FlowRecord;
  readonly outcome?: FlowOutcome;
  /** Why the engine acted: `no_approver`, `no_admin`, `timeout`. */
  readonly reason?: string;
}

/**
 * A flow instance. Plain JSON: store it as is. `version` grows by one on every accepted
 * command, so the server can refuse a command built on a stale read (optimistic concurrency).
 */
export interface FlowSnapshot {
  readonly flowId: string;
  readonly version: number;
  readonly status: FlowStatus;
  readonly submitter: string | null;
  readonly record: FlowRecord;
  /**
   * The record's score by the flow's scorecard as submitted (or resubmitted), which its branches
   * read; absent when the flow names no scorecard (and in snapshots stored before flows could).
   */
  readonly score?: FlowScore;
  readonly directory: Directory;
  readonly current: ActiveNode | null;
  /** Approver nodes entered since the last (re)submission, in order: the targets a return may name. */
  readonly route: readonly string[];
  readonly history: readonly AuditEntry[];
  /** Counter behind task ids, so ids are deterministic and never reused within an instance. */
  readonly taskSeq: number;
}

/** A deeply writable copy, for building the next snapshot inside `transition` only. */
export type Draft<T> = T extends readonly (infer U)[] ? Draft<U>[] : T extends object ? { -readonly [K in keyof T]: Draft<T[K]> } : T;

/**
 * A writable deep copy of plain JSON, so neither the caller's objects end up inside a snapshot
 * nor the snapshot given to `transition` changes.
 *
 * @example
 * const snap = draftOf(snapshot); // snap.history.push(...) leaves snapshot as it was
 */
export function draftOf<T>(value: T): Draft<T> {
  return copyJson(value) as Draft<T>;
}
