/** @module The records routes: create, read, patch, delete, revisions and list of a published form's records. */
import type { Context } from 'hono';
import { flowStarter } from '../approvals/starter.js';
import { principalOf } from '../auth/principal.js';
import { compiledDefinitions } from '../definitions/index.js';
import type { RouteModule } from '../http/app.js';
import { recordCsvRoutes } from './csv-routes.js';
import { latestForm } from './form.js';
import { listRecords } from './list.js';
import { mayWrite } from './permissions.js';
import { listQuery, pageSchema, recordBody, recordSchema, revisionsSchema } from './schemas.js';
import { reachableRecord } from './row-access.js';
import { listRevisions } from './store.js';
import { etagOf } from '../http/if-match.js';
import { ifMatch, recordIdOf, recordView, revisionView } from './view.js';
import { createRecord, deleteRecord, updateRecord } from './write.js';
import type { Writer } from './write.js';

const TAGS = ['records'];
const BASE = '/api/forms/:formId/records';

/**
 * The records routes, CSV export and import included. Any signed-in user may use them; which
 * records each reaches is the form's row rules (others answer 404 like missing ones), whether
 * they may create, change and delete them at all its record permissions (403), and what each may
 * see and change of them is the form's field access for their roles.
 *
 * @example
 * createApp(deps, [authRoutes(auth), recordRoutes()]);
 */
export function recordRoutes(cache = compiledDefinitions): RouteModule {
  return (routes, deps) => {
    const { db, clock } = deps;
    const writer = (c: Context): Writer => {
      const me = principalOf(c);
      return { tenantId: me.tenantId, userId: me.userId, roles: me.roles, now: clock.now(), flows: flowStarter };
    };

    routes.add<Record<string, unknown>>(
      {
        method: 'post', path: BASE, operationId: 'createRecord', summary: 'Create a record of the latest published form version', tags: TAGS,
        description: 'Refused (403 record.forbidden) when the form\'s record permissions do not let your roles create records. Validated against the form (problems per field, 422), formulas computed, fields your roles may not write refused, unique fields checked.',
        body: recordBody,
        responses: { 201: { description: 'The record; its ETag is its revision', schema: recordSchema } },
      },
      async (c, { body }) => {
        const by = writer(c);
        const formId = c.req.param('formId') ?? '';
        const view = await db.withTenant(by.tenantId, async (tx) => {
          const form = await latestForm(tx, cache, by.tenantId, formId);
          await mayWrite(tx, form.compiled.definition, 'create', by);
          return recordView(await createRecord(tx, form, formId, body, by), form.compiled, by.roles);
        });
        c.header('ETag', etagOf(view.revision));
        c.header('Location', `/api/forms/${formId}/records/${view.id}`);
        return c.json(view, 201);
      },
    );

    routes.add(
      {
        method: 'get', path: BASE, operationId: 'listRecords', summary: 'A page of records, filtered and sorted on any field you can see or a score of the form', tags: TAGS,
        description: 'With scores=<scorecard>,… each record comes with its current score and grade by those published scorecards of the form (null when not scored). Sort and filter on them as score:<scorecard> and grade:<scorecard> (grades in the scorecard\'s order, best first). An unknown scorecard, or one of another form, is a 422 problem at /query/<name>.',
        query: listQuery,
        responses: { 200: { description: 'A page of records and the cursor of the next', schema: pageSchema } },
      },
      async (c) => {
        const me = principalOf(c);
        const formId = c.req.param('formId') ?? '';
        const entries = [...new URL(c.req.url).searchParams.entries()];
        const page = await db.withTenant(me.tenantId, async (tx) => {
          const form = await latestForm(tx, cache, me.tenantId, formId);
          const found = await listRecords(tx, me.tenantId, formId, form.compiled, { entries, userId: me.userId, roles: me.roles });
          const items = found.items.map(({ scores, ...r }) => ({ ...recordView(r, form.compiled, me.roles), ...(scores === undefined ? {} : { scores }) }));
          return { items, nextCursor: found.nextCursor };
        });
        return c.json(page);
      },
    );

    routes.add(
      {
        method: 'get', path: `${BASE}/:id`, operationId: 'getRecord', summary: 'A record, less the fields hidden from your roles', tags: TAGS,
        responses: { 200: { description: 'The record; its ETag is its revision', schema: recordSchema } },
      },
      async (c) => {
        const me = principalOf(c);
        const formId = c.req.param('formId') ?? '';
        const id = recordIdOf(c);
        const view = await db.withTenant(me.tenantId, async (tx) => {
          const form = await latestForm(tx, cache, me.tenantId, formId);
          return recordView(await reachableRecord(tx, me, form.compiled.definition, formId, id), form.compiled, me.roles);
        });
        c.header('ETag', etagOf(view.revision));
        return c.json(view);
      },
    );

    routes.add<Record<string, unknown>>(
      {
        method: 'patch', path: `${BASE}/:id`, operationId: 'patchRecord', summary: 'Change a record (JSON merge patch) at the If-Match revision', tags: TAGS,
        description: 'Refused (403 record.forbidden) when the form\'s record permissions do not let your roles change records. Missing If-Match gives 428, a stale one 409 (stale_revision); a record whose approval waits for a decision is 409 record.in_approval (withdraw it first). Checked against the latest published form version, which the record then pins; every revision is kept.',
        body: recordBody,
        responses: { 200: { description: 'The record at its new revision', schema: recordSchema } },
      },
      async (c, { body }) => {
        const by = writer(c);
        const formId = c.req.param('formId') ?? '';
        const id = recordIdOf(c);
        const revision = ifMatch(c);
        const view = await db.withTenant(by.tenantId, async (tx) => {
          const form = await latestForm(tx, cache, by.tenantId, formId);
          await mayWrite(tx, form.compiled.definition, 'update', by);
          return recordView(await updateRecord(tx, form, formId, id, revision, body, by), form.compiled, by.roles);
        });
        c.header('ETag', etagOf(view.revision));
        return c.json(view);
      },
    );

    routes.add(
      {
        method: 'delete', path: `${BASE}/:id`, operationId: 'deleteRecord', summary: 'Delete a record at the If-Match revision (kept in its history)', tags: TAGS,
        description: 'Refused (403 record.forbidden) when the form\'s record permissions do not let your roles delete records. Missing If-Match gives 428, a stale one 409 (stale_revision); a record whose approval waits for a decision is 409 record.in_approval (withdraw it first); one that live records of any form still name in a reference field is 409 record.referenced (delete or re-point them first).',
        responses: { 204: { description: 'Deleted' } },
      },
      async (c) => {
        const by = writer(c);
        const formId = c.req.param('formId') ?? '';
        const id = recordIdOf(c);
        const revision = ifMatch(c);
        await db.withTenant(by.tenantId, async (tx) => {
          const form = await latestForm(tx, cache, by.tenantId, formId);
          await mayWrite(tx, form.compiled.definition, 'delete', by);
          await deleteRecord(tx, form, formId, id, revision, by);
        });
        return c.body(null, 204);
      },
    );

    recordCsvRoutes(cache)(routes, deps);

    routes.add(
      {
        method: 'get', path: `${BASE}/:id/revisions`, operationId: 'listRecordRevisions', summary: 'Every revision of a live record, oldest first', tags: TAGS,
        responses: { 200: { description: 'Revisions, less the fields hidden from your roles', schema: revisionsSchema } },
      },
      async (c) => {
        const me = principalOf(c);
        const formId = c.req.param('formId') ?? '';
        const id = recordIdOf(c);
        const items = await db.withTenant(me.tenantId, async (tx) => {
          const form = await latestForm(tx, cache, me.tenantId, formId);
          await reachableRecord(tx, me, form.compiled.definition, formId, id);
          return (await listRevisions(tx, me.tenantId, id)).map((r) => revisionView(r, form.compiled, me.roles));
        });
        return c.json({ items });
      },
    );
  };
}
