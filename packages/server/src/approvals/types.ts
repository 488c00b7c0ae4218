/** @module Approvals at runtime: a stored flow instance, and the port other modules start flows through. */
import type { FlowSnapshot, FlowStatus, LocalizedText } from '@heng/engine';
import type { Queryable } from '../db/port.js';
import type { StoredRecord } from '../records/store.js';

/** A stored flow instance: the engine's snapshot and what the server keeps beside it. */
export interface StoredInstance {
  readonly id: string;
  readonly flowId: string;
  readonly flowVersion: number;
  readonly formId: string;
  readonly recordId: string;
  readonly status: Exclude<FlowStatus, 'draft'>;
  readonly version: number;
  readonly snapshot: FlowSnapshot;
  readonly submitter: string | null;
  /** The record's name when it was submitted (the customer an application is for), for notices and lists; null when it has none. */
  readonly subject: string | null;
  readonly startedAt: string;
  readonly updatedAt: string;
  readonly finishedAt: string | null;
}

/** What starts a flow on a record: the record, the flow, who submits it, and when. */
export interface StartRequest {
  readonly tenantId: string;
  readonly formId: string;
  readonly recordId: string;
  readonly flowId: string;
  /** The submitter; for a rule's start_flow, the user whose write fired the rule. */
  readonly by: string;
  /** The submitter's roles (the rules' `changed_by_roles` when the status is written back); none for the system. */
  readonly roles: readonly string[];
  readonly now: Date;
  /** The record as this transaction last wrote or locked it, when the caller has it: then it is not read again. */
  readonly record?: StoredRecord;
}

/** Why a flow was not started: not published, made for another form, no such record, or already running on it. */
export interface NotStarted {
  readonly reason: 'no_flow' | 'other_form' | 'no_record' | 'running';
  readonly message: string;
  readonly messageZh: string;
}

/** What became of a request to start a flow: the instance, and the record after it started (its status written back), or why not. */
export type StartOutcome = { readonly started: StoredInstance; readonly record: StoredRecord } | { readonly skipped: NotStarted };

/**
 * Starts approval flows inside the caller's transaction. Records and rules call it through
 * this port (given with the writer) so they need not import the approvals module, which itself
 * writes records and runs rules when an approval's outcome is written back.
 */
export interface FlowStarter {
  /** Starts one flow on one record (a rule's `start_flow`, or a user's request). */
  start(tx: Queryable, request: StartRequest): Promise<StartOutcome>;
  /**
   * Starts every published `on_create` flow of the record's form, as submitting the form does;
   * returns the record as it then stands (a flow's status written back is a new revision).
   */
  onCreate(tx: Queryable, request: Omit<StartRequest, 'flowId'> & { readonly record: StoredRecord }): Promise<StoredRecord>;
  /** The flow an approval of the record is running in, waiting for a decision (undefined: none): a user may not change the record meanwhile. */
  running(tx: Queryable, tenantId: string, recordId: string): Promise<{ readonly id: string; readonly name: LocalizedText } | undefined>;
}
