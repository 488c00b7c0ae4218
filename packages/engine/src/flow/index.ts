/** @module Approval flows: definitions, validation, compilation, the pure transition and the route simulator. */
export { flowKind } from './kind.js';
export { flowSchema, MAX_NESTING } from './schema.js';
export { flowCommandSchema, directorySchema, flowScoreSchema } from './command-schema.js';
export { flowSnapshotSchema } from './snapshot-schema.js';
export { validateFlow } from './validate.js';
export { compileFlow } from './compile.js';
export { transition, initialSnapshot } from './transition.js';
export { simulateRoute } from './simulate.js';
export { resolvePeople } from './resolve.js';
export { FLOW_FACTS, flowCatalog, factsOf, scoreOfFlow } from './facts.js';
export { nodeKinds, NODE_KINDS } from './nodes/registry.js';
export { SUBMITTER } from './commands/return.js';
export type {
  FlowDefinition,
  FlowNode,
  NodeKind,
  NodeOf,
  ApproverNode,
  CopyNode,
  BranchNode,
  FlowBranch,
  FlowOtherwise,
  ApproverSpec,
  ApprovalMode,
  EmptyPolicy,
  TimeoutAction,
  NodeTimeout,
  Directory,
  FlowRecord,
  FlowScore,
  FlowStart,
} from './types.js';
export { FLOW_STATUS_VALUES } from './types.js';
export type { FlowSnapshot, FlowStatus, FlowOutcome, ActiveNode, Step, Seat, SeatOrigin, SeatDecision, AuditEntry, AuditAction } from './state.js';
export type {
  FlowCommand,
  CommandType,
  SubmitCommand,
  ResubmitCommand,
  ApproveCommand,
  RejectCommand,
  ReturnCommand,
  TransferCommand,
  AddSignerCommand,
  WithdrawCommand,
  CommentCommand,
  TimeoutCommand,
  FlowEffect,
  NotifyReason,
  Refusal,
  RefusalCode,
  TransitionResult,
} from './commands.js';
// DOMAIN.md's credit approval: the sample flow the designer opens and the domain test drives.
export { creditApproval } from './fixtures/credit-approval.js';
export type { CompiledFlow, CompiledNode, CompiledLane } from './compile.js';
export type { RouteStep, SimulatedRoute } from './simulate.js';
export type { NodeSpec, Lane, CheckEnv, Entry } from './nodes/spec.js';
export type { Resolution } from './resolve.js';
