/** @module Routes: publish a draft, list and read versions, diff two of them, roll back. */
import type { Context } from 'hono';
import { principalOf } from '../auth/principal.js';
import type { Queryable } from '../db/port.js';
import { validationFailed } from '../http/app-error.js';
import type { RouteModule } from '../http/app.js';
import { queryProblem } from '../jobs/paging.js';
import { readersOf } from './dependents-guard.js';
import { diffDefinitions } from './diff.js';
import { publishDraft, rollBack } from './publish.js';
import { etagOf } from '../http/if-match.js';
import { addressOf, ifMatchRevision, kindOf, noDefinition, noVersion, requireEditor } from './request.js';
import type { DefinitionAddress } from './request.js';
import { diffSchema, draftSchema, publishBody, readersSchema, rollbackBody, versionInfoSchema } from './schemas.js';
import type { PublishBody, RollbackBody } from './schemas.js';
import { getDraft, latestPublished, listVersions, publishedVersion } from './store.js';

const TAGS = ['definitions'];
const VERSION = /^[1-9][0-9]{0,8}$/;

/** A side of a diff: a version number or the draft. */
type Side = number | 'draft';

function sideOf(c: Context, name: 'from' | 'to'): Side | undefined {
  const value = c.req.query(name);
  if (value === undefined) return undefined;
  if (value === 'draft') return 'draft';
  if (VERSION.test(value)) return Number(value);
  throw validationFailed([queryProblem(name, `${name} must be a version number or "draft".`, `${name} 应为版本号或 "draft"。`)]);
}

async function bodyAt(tx: Queryable, tenantId: string, at: DefinitionAddress, side: Side): Promise<unknown> {
  if (side === 'draft') {
    const draft = await getDraft(tx, tenantId, at.kind, at.id);
    if (draft === undefined) throw noDefinition(at.kind, at.id);
    return draft.draft;
  }
  const found = await publishedVersion(tx, tenantId, at.kind, at.id, side);
  if (found === undefined) throw noVersion(at, side);
  return found.body;
}

/**
 * The version routes.
 *
 * @example
 * createApp(deps, [versionRoutes]);
 */
export const versionRoutes: RouteModule = (routes, { db, clock }) => {
  routes.add<PublishBody>(
    {
      method: 'post', path: '/api/definitions/:kind/:id/publish', operationId: 'publishDefinition', summary: 'Publish the draft at the If-Match revision as the next immutable version', tags: TAGS,
      description: 'Validated first: problems give 422 with each on its path. A stale revision, or a draft equal to the latest version, gives 409.',
      body: publishBody,
      responses: { 201: { description: 'The new version', schema: versionInfoSchema } },
    },
    async (c, { body }) => {
      const at = addressOf(c);
      const me = requireEditor(c, at.kind);
      const revision = ifMatchRevision(c);
      const by = { userId: me.userId, now: clock.now(), note: body.note ?? null };
      return c.json(await db.withTenant(me.tenantId, (tx) => publishDraft(tx, me.tenantId, at, revision, by)), 201);
    },
  );
  routes.add(
    {
      method: 'get', path: '/api/definitions/:kind/:id/versions', operationId: 'listDefinitionVersions', summary: 'The published versions, newest first', tags: TAGS,
      responses: { 200: { description: 'Versions', schema: { type: 'object', properties: { items: { type: 'array', items: versionInfoSchema } } } } },
    },
    async (c) => {
      const me = principalOf(c);
      const at = addressOf(c);
      const items = await db.withTenant(me.tenantId, async (tx) => {
        if ((await getDraft(tx, me.tenantId, at.kind, at.id)) === undefined) throw noDefinition(at.kind, at.id);
        return listVersions(tx, me.tenantId, at.kind, at.id);
      });
      return c.json({ items });
    },
  );
  routes.add(
    {
      method: 'get', path: '/api/definitions/:kind/published', operationId: 'listPublishedDefinitions', summary: 'The latest published version of each definition of a kind, with its body', tags: TAGS,
      description: 'What the runtime pages read in one request instead of one per definition: every rule set, flow or scorecard as it runs now. Drafts never published are left out.',
      responses: { 200: { description: 'The versions, in id order', schema: { type: 'object', properties: { items: { type: 'array', items: { type: 'object', required: ['id', 'version', 'body'], properties: { id: { type: 'string' }, version: { type: 'integer' }, body: { type: 'object' } } } } } } } },
    },
    async (c) => {
      const me = principalOf(c);
      const kind = kindOf(c);
      return c.json({ items: await db.withTenant(me.tenantId, (tx) => latestPublished(tx, me.tenantId, kind, { archived: false })) });
    },
  );
  routes.add(
    {
      method: 'get', path: '/api/definitions/:kind/:id/versions/:version', operationId: 'getDefinitionVersion', summary: 'One published version with its body', tags: TAGS,
      responses: { 200: { description: 'The version', schema: { type: 'object', required: ['version', 'body'], properties: { version: { type: 'integer' }, body: { type: 'object' } } } } },
    },
    async (c) => {
      const me = principalOf(c);
      const at = addressOf(c);
      const raw = c.req.param('version') ?? '';
      if (!VERSION.test(raw)) throw noVersion(at, raw);
      const found = await db.withTenant(me.tenantId, (tx) => publishedVersion(tx, me.tenantId, at.kind, at.id, Number(raw)));
      if (found === undefined) throw noVersion(at, raw);
      return c.json(found);
    },
  );
  routes.add(
    {
      method: 'get', path: '/api/definitions/:kind/:id/diff', operationId: 'diffDefinitionVersions', summary: 'What changed between two versions, or a version and the draft', tags: TAGS,
      description: 'Items with ids are matched by id, so a moved item is one `move`. Without `to`, the draft; without `from`, the latest version (nothing published: everything is an add).',
      query: { from: { schema: { type: 'string' }, description: 'a version number or "draft"' }, to: { schema: { type: 'string' }, description: 'a version number or "draft"' } },
      responses: { 200: { description: 'The changes', schema: diffSchema } },
    },
    async (c) => {
      const me = principalOf(c);
      const at = addressOf(c);
      const to = sideOf(c, 'to') ?? 'draft';
      const asked = sideOf(c, 'from');
      return c.json(
        await db.withTenant(me.tenantId, async (tx) => {
          const after = await bodyAt(tx, me.tenantId, at, to);
          const from = asked ?? (await publishedVersion(tx, me.tenantId, at.kind, at.id))?.version ?? null;
          const before = from === null ? {} : await bodyAt(tx, me.tenantId, at, from);
          return { from, to, changes: diffDefinitions(before, after) };
        }),
      );
    },
  );
  routes.add(
    {
      method: 'get', path: '/api/definitions/:kind/:id/readers/:item', operationId: 'listDefinitionReaders', summary: 'The published definitions that read a field of a form (or a policy output of a scorecard)', tags: TAGS,
      description: 'What the form designer lists before a field is removed: the rule sets, scorecards, flows, dashboards and forms that would no longer check without it, and so keep a version dropping it from being published. Empty for the other kinds, which are read only by id.',
      responses: { 200: { description: 'Readers', schema: readersSchema } },
    },
    async (c) => {
      const at = addressOf(c);
      const me = requireEditor(c, at.kind);
      const items = await db.withTenant(me.tenantId, async (tx) => {
        if ((await getDraft(tx, me.tenantId, at.kind, at.id)) === undefined) throw noDefinition(at.kind, at.id);
        return readersOf(tx, me.tenantId, at, c.req.param('item') ?? '');
      });
      return c.json({ items });
    },
  );
  routes.add<RollbackBody>(
    {
      method: 'post', path: '/api/definitions/:kind/:id/rollback', operationId: 'rollBackDefinition', summary: "Publish an old version's body anew as the next version, and make it the draft", tags: TAGS,
      description: 'Needs If-Match with the draft revision, since the draft is replaced.',
      body: rollbackBody,
      responses: { 201: { description: 'The new version and the draft', schema: { type: 'object', properties: { version: versionInfoSchema, draft: draftSchema } } } },
    },
    async (c, { body }) => {
      const at = addressOf(c);
      const me = requireEditor(c, at.kind);
      const revision = ifMatchRevision(c);
      const by = { userId: me.userId, now: clock.now(), note: body.note ?? null };
      const result = await db.withTenant(me.tenantId, (tx) => rollBack(tx, me.tenantId, at, revision, body.version, by));
      c.header('ETag', etagOf(result.draft.revision));
      return c.json(result, 201);
    },
  );
};
