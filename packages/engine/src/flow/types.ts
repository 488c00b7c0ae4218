/** @module The approval flow definition: a DingTalk/Feishu-style tree of approver, copy-to and branch nodes. */
import type { DefinitionBase } from '../core/kind.js';
import type { LocalizedText } from '../core/localized.js';
import type { Condition } from '../condition/index.js';
import type { FlowStatus } from './state.js';

/** Who is asked: a role, named users, a user field of the record, or the submitter's manager. */
export type ApproverSpec =
  | { readonly kind: 'role'; readonly role: string }
  | { readonly kind: 'users'; readonly users: readonly string[] }
  | { readonly kind: 'field'; readonly field: string }
  /** `levels` up the chain: 1 (default) is the direct manager, 2 the manager's manager. */
  | { readonly kind: 'manager'; readonly levels?: number };

/** 或签 (any one decides), 会签 (all must approve), 依次 (one after another). */
export type ApprovalMode = 'or' | 'and' | 'sequential';

/** What happens when a node resolves to nobody: pass it, reject the flow, or ask the tenant admins. */
export type EmptyPolicy = 'auto_approve' | 'auto_reject' | 'admin';

/** What a node's timeout does once its holders have sat on it for `hours`. */
export type TimeoutAction = 'remind' | 'auto_approve' | 'auto_reject' | 'escalate';

/** A deadline per node; it restarts whenever a new set of approvers is asked (each person in a sequence). */
export interface NodeTimeout {
  readonly hours: number;
  readonly action: TimeoutAction;
  /** Who takes the open tasks over when `action` is `escalate`. */
  readonly escalateTo?: readonly ApproverSpec[];
}

/** 审批人: asks people to approve, reject or return. */
export interface ApproverNode {
  readonly id: string;
  readonly kind: 'approver';
  readonly name: LocalizedText;
  readonly approvers: readonly ApproverSpec[];
  readonly mode: ApprovalMode;
  readonly whenEmpty: EmptyPolicy;
  readonly timeout?: NodeTimeout;
  /** Record fields the approvers of this node may change when they approve. */
  readonly editableFields?: readonly string[];
}

/** 抄送: tells people, who do not decide anything. */
export interface CopyNode {
  readonly id: string;
  readonly kind: 'copy';
  readonly name: LocalizedText;
  readonly to: readonly ApproverSpec[];
}

/** One conditional route of a branch node. A route with no nodes passes straight on. */
export interface FlowBranch {
  readonly id: string;
  readonly name: LocalizedText;
  readonly when: Condition;
  readonly nodes: readonly FlowNode[];
}

/** The default route, taken when no branch matches. */
export interface FlowOtherwise {
  readonly id: string;
  readonly name: LocalizedText;
  readonly nodes: readonly FlowNode[];
}

/** 条件分支: ordered branches, the first whose condition holds is taken, else `otherwise`. */
export interface BranchNode {
  readonly id: string;
  readonly kind: 'branch';
  readonly name: LocalizedText;
  readonly branches: readonly FlowBranch[];
  readonly otherwise: FlowOtherwise;
}

/** Any node of a flow. */
export type FlowNode = ApproverNode | CopyNode | BranchNode;

/** The kinds of node, one registry entry (and file) each. */
export type NodeKind = FlowNode['kind'];

/** The node of one kind. */
export type NodeOf<K extends NodeKind> = Extract<FlowNode, { kind: K }>;

/**
 * An approval flow, run on the records of form `form`.
 *
 * @example
 * const flow: FlowDefinition = {
 *   kind: 'flow', id: 'credit_approval', name: { 'zh-CN': '授信审批', en: 'Credit approval' }, form: 'credit_application',
 *   nodes: [{ id: 'director', kind: 'approver', name: { 'zh-CN': '销售总监', en: 'Sales director' },
 *     approvers: [{ kind: 'role', role: 'sales_director' }], mode: 'or', whenEmpty: 'admin' }],
 * };
 */
export interface FlowDefinition extends DefinitionBase<'flow'> {
  readonly form: string;
  /**
   * When an instance starts: `on_create` (the default) when a record of the form is created, as
   * submitting a form starts its approval; `manual` only when a rule's `start_flow` action or a
   * user starts it on a record (e.g. an order routed for approval only when over its limit).
   */
  readonly start?: FlowStart;
  /**
   * A field of the form the server keeps at the instance's status (`running`, `returned`,
   * `approved`, `rejected`, `withdrawn`): a text field, or a single select with those option ids.
   * Rules and lists read the outcome from it.
   */
  readonly statusField?: string;
  /**
   * A scorecard of the form whose stored score branch conditions read as `score` (the rounded
   * total) and `grade`, shadowing form fields of those names (a credit application routed by grade).
   */
  readonly scorecard?: string;
  readonly nodes: readonly FlowNode[];
}

/** When a flow's instances start. */
export type FlowStart = 'on_create' | 'manual';

/** The statuses a flow's `statusField` takes, one per status an instance can be in once submitted. */
export const FLOW_STATUS_VALUES = ['running', 'returned', 'approved', 'rejected', 'withdrawn'] as const satisfies readonly Exclude<FlowStatus, 'draft'>[];

/**
 * The people data a flow resolves approvers from. The engine has no I/O, so the caller passes
 * it with `submit` (and may refresh it with `resubmit`); the snapshot keeps it.
 */
export interface Directory {
  /** Role id → user ids. */
  readonly roles: Readonly<Record<string, readonly string[]>>;
  /** User id → that user's direct manager. */
  readonly managers: Readonly<Record<string, string>>;
  /** Tenant admins: who gets a node that resolves to nobody under `whenEmpty: 'admin'`. */
  readonly admins: readonly string[];
}

/**
 * The record's stored score by the flow's scorecard, as its branch conditions read it and its
 * snapshot keeps it: `score` and `grade` are null when the record has none (not scored yet, or
 * too incomplete to grade), and then conditions see them missing.
 */
export interface FlowScore {
  readonly scorecard: string;
  /** The scorecard version that gave the score; null when there is none. */
  readonly version: number | null;
  readonly score: number | null;
  readonly grade: string | null;
}

/** Record values, as stored per form field type. */
export type FlowRecord = Readonly<Record<string, unknown>>;
