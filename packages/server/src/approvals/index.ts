/** @module Approvals at runtime: flows started on records, the inbox, commands, timeouts, write-back. */
export { approvalRoutes } from './routes.js';
export { flowStarter } from './starter.js';
export { approvalTimeoutHandler } from './timeout-job.js';
export type { TimeoutJob } from './timeout-job.js';
export type { FlowStarter, StartRequest, StartOutcome, StoredInstance, NotStarted } from './types.js';
