/** @module The job a node's timeout queues: at its deadline it sends the flow a `timeout` command. */
import type { JobHandler } from '../jobs/types.js';
import { actOn } from './run.js';
import { flowStarter } from './starter.js';

/** The payload of an `approval.timeout` job: which approval, which node's deadline. */
export interface TimeoutJob {
  readonly instanceId: string;
  readonly nodeId: string;
}

/** Refusals that mean the deadline no longer applies: the node was decided, or the approval moved on or ended. */
const MOOT = new Set(['approval.timeout_not_due', 'approval.finished', 'approval.awaiting_resubmit', 'approval.not_found', 'not_found']);

/**
 * Runs a node's timeout (remind, auto-approve, auto-reject or escalate, as the node says) when
 * its deadline comes. A timeout that no longer applies is done, not failed.
 *
 * @example
 * const handlers = { 'approval.timeout': approvalTimeoutHandler(), ... };
 */
export function approvalTimeoutHandler(): JobHandler<TimeoutJob> {
  return {
    async run(ctx) {
      const { instanceId, nodeId } = ctx.job.payload;
      try {
        await ctx.inTenant((tx) => actOn(tx, { tenantId: ctx.job.tenantId, userId: null, roles: [], now: ctx.now() }, instanceId, { type: 'timeout', nodeId }, flowStarter));
      } catch (error) {
        if (error instanceof Error && 'code' in error && MOOT.has(String(error.code))) return;
        throw error;
      }
    },
  };
}
