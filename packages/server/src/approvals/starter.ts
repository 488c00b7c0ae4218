/** @module The flow starter records and rules are given: starts flows by a rule, a user, or a record's creation. */
import type { Queryable } from '../db/port.js';
import { flowNameOf, flowsStartingOnCreate, loadFlow } from './flows.js';
import { startFlow } from './run.js';
import type { FlowStarter, StartRequest } from './types.js';

/**
 * Starts flows in the caller's transaction. Records pass it with every write (so creating a
 * record of a form with an `on_create` flow submits it) and rules use it for `start_flow`.
 *
 * @example
 * const by: Writer = { tenantId, userId, roles, now, flows: flowStarter };
 */
export const flowStarter: FlowStarter = {
  start: (tx: Queryable, request: StartRequest) => startFlow(tx, request, flowStarter),
  async onCreate(tx, request) {
    let record = request.record;
    for (const flowId of await flowsStartingOnCreate(tx, request.tenantId, request.formId)) {
      const out = await startFlow(tx, { ...request, flowId, record }, flowStarter);
      if ('started' in out) record = out.record;
    }
    return record;
  },
  async running(tx, tenantId, recordId) {
    const [row] = await tx.query<{ flow_id: string; flow_version: number }>(`SELECT flow_id, flow_version FROM approval_instances WHERE tenant_id = $1 AND record_id = $2 AND status = 'running' LIMIT 1`, [tenantId, recordId]);
    return row === undefined ? undefined : { id: row.flow_id, name: flowNameOf(await loadFlow(tx, tenantId, row.flow_id, row.flow_version), row.flow_id) };
  },
};
