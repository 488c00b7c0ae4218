/** @module The approvals routes: the inbox, an approval's view, acting on it, and a record's approvals. */
import type { FlowCommand } from '@heng/engine';
import type { Context } from 'hono';
import { principalOf } from '../auth/principal.js';
import type { Queryable } from '../db/port.js';
import { compiledDefinitions } from '../definitions/compiled-cache.js';
import type { RouteModule } from '../http/app.js';
import { workListOf, workListQuery } from '../http/work-list-query.js';
import { AppError } from '../http/app-error.js';
import { latestForm } from '../records/form.js';
import { reachableRecord } from '../records/row-access.js';
import { recordIdOf } from '../records/view.js';
import { inbox, submitted } from './inbox.js';
import { loadFlow } from './flows.js';
import { actOn, noInstance } from './run.js';
import { commandBody, inboxSchema, instanceListSchema, instanceSchema, startBody, submittedSchema } from './schemas.js';
import type { ActBody, StartBody } from './schemas.js';
import { findInstance, instancesOfRecord } from './store.js';
import { flowStarter } from './starter.js';
import type { StoredInstance } from './types.js';
import { instanceView } from './views.js';

const TAGS = ['approvals'];
const NOT_STARTED = { no_flow: 404, no_record: 404, other_form: 422, running: 409 } as const;
const INSTANCE = /^[0-9a-f-]{36}$/;
/** How long a decided approval stays in its submitter's list, so a rejection does not just vanish from it. */
const DECIDED_SHOWN_DAYS = 30;

function instanceIdOf(c: Context): string {
  const id = c.req.param('instanceId') ?? '';
  if (!INSTANCE.test(id)) throw noInstance(id);
  return id;
}

/**
 * The approvals routes. Any signed-in user of the company may read an approval (the record's
 * field access applies to edits in its history); who may act is the flow's business. A record's
 * approvals are listed and started only by users who reach the record (the form's row rules);
 * an approval read by its id is not held to them, so its approvers and submitter keep seeing it.
 *
 * @example
 * createApp(deps, [authRoutes(auth), recordRoutes(), approvalRoutes()]);
 */
export function approvalRoutes(): RouteModule {
  return (routes, { db, clock }) => {
    const viewOf = async (tx: Queryable, c: Context, inst: StoredInstance) => {
      const me = principalOf(c);
      const flow = await loadFlow(tx, me.tenantId, inst.flowId, inst.flowVersion);
      if (flow === undefined) throw noInstance(inst.id);
      return instanceView(tx, me.tenantId, inst, flow, me.userId, me.roles);
    };

    routes.add(
      {
        method: 'get', path: '/api/inbox', operationId: 'getInbox', summary: 'My approval tasks: open ones newest first, or done ones', tags: TAGS,
        query: workListQuery,
        responses: { 200: { description: 'Tasks', schema: inboxSchema } },
      },
      async (c) => {
        const me = principalOf(c);
        const { which, limit } = workListOf(c);
        const items = await db.withTenant(me.tenantId, (tx) => inbox(tx, me.tenantId, me.userId, which, limit));
        return c.json({ items });
      },
    );

    routes.add(
      {
        method: 'get', path: '/api/inbox/submitted', operationId: 'getSubmitted', summary: 'The approvals I submitted: returned to me first, then waiting, then those decided in the last 30 days', tags: TAGS,
        responses: { 200: { description: 'Approvals', schema: submittedSchema } },
      },
      async (c) => {
        const me = principalOf(c);
        const since = new Date(clock.now().getTime() - DECIDED_SHOWN_DAYS * 86_400_000);
        return c.json({ items: await db.withTenant(me.tenantId, (tx) => submitted(tx, me.tenantId, me.userId, 100, since)) });
      },
    );

    routes.add(
      { method: 'get', path: '/api/approvals/:instanceId', operationId: 'getApproval', summary: 'An approval: where it waits, its history, its tasks, what I may do', tags: TAGS, responses: { 200: { description: 'The approval', schema: instanceSchema } } },
      async (c) => {
        const me = principalOf(c);
        const id = instanceIdOf(c);
        return c.json(await db.withTenant(me.tenantId, async (tx) => {
          const inst = await findInstance(tx, me.tenantId, id);
          if (inst === undefined) throw noInstance(id);
          return viewOf(tx, c, inst);
        }));
      },
    );

    routes.add<ActBody>(
      {
        method: 'post', path: '/api/approvals/:instanceId/commands', operationId: 'actOnApproval', summary: 'Approve, reject, return, transfer, add signers, withdraw, resubmit or comment', tags: TAGS,
        description: 'Send the version you read: if someone acted first you get 409 and reload. Opinions and times go to the append-only audit log.',
        body: commandBody,
        responses: { 200: { description: 'The approval after the command', schema: instanceSchema } },
      },
      async (c, { body }) => {
        const me = principalOf(c);
        const id = instanceIdOf(c);
        const by = { tenantId: me.tenantId, userId: me.userId, roles: me.roles, now: clock.now() };
        return c.json(await db.withTenant(me.tenantId, async (tx) => viewOf(tx, c, await actOn(tx, by, id, { ...body, by: me.userId } as FlowCommand, flowStarter))));
      },
    );

    const RECORD = '/api/forms/:formId/records/:id/approvals';
    routes.add(
      { method: 'get', path: RECORD, operationId: 'listRecordApprovals', summary: "A record's approvals, oldest first", tags: TAGS, responses: { 200: { description: 'Approvals', schema: instanceListSchema } } },
      async (c) => {
        const me = principalOf(c);
        const formId = c.req.param('formId') ?? '';
        const id = recordIdOf(c);
        return c.json(await db.withTenant(me.tenantId, async (tx) => {
          const form = await latestForm(tx, compiledDefinitions, me.tenantId, formId);
          await reachableRecord(tx, me, form.compiled.definition, formId, id);
          const items = [];
          for (const inst of await instancesOfRecord(tx, me.tenantId, id)) items.push(await viewOf(tx, c, inst));
          return { items };
        }));
      },
    );

    routes.add<StartBody>(
      {
        method: 'post', path: RECORD, operationId: 'startRecordApproval', summary: 'Submit a record for approval by a published flow of its form', tags: TAGS,
        body: startBody, responses: { 201: { description: 'The approval started', schema: instanceSchema } },
      },
      async (c, { body }) => {
        const me = principalOf(c);
        const formId = c.req.param('formId') ?? '';
        const id = recordIdOf(c);
        const view = await db.withTenant(me.tenantId, async (tx) => {
          const form = await latestForm(tx, compiledDefinitions, me.tenantId, formId);
          const record = await reachableRecord(tx, me, form.compiled.definition, formId, id, 'no key update');
          const out = await flowStarter.start(tx, { tenantId: me.tenantId, formId, recordId: id, flowId: body.flowId, by: me.userId, roles: me.roles, now: clock.now(), record });
          if ('skipped' in out) throw new AppError(`approval.${out.skipped.reason}`, NOT_STARTED[out.skipped.reason], out.skipped.message, { messageZh: out.skipped.messageZh });
          return viewOf(tx, c, out.started);
        });
        return c.json(view, 201);
      },
    );
  };
}
