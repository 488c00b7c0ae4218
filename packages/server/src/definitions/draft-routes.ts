/** @module Routes: list definitions, read, autosave (revision-checked) and discard a draft, validate it (with what publishing it would leave unchecked). */
import type { Context } from 'hono';
import { principalOf } from '../auth/principal.js';
import { AppError, validationFailed } from '../http/app-error.js';
import type { FieldProblem } from '../http/app-error.js';
import type { RouteModule } from '../http/app.js';
import { queryProblem } from '../jobs/paging.js';
import { discardDraft } from './discard.js';
import { publishProblems } from './publish.js';
import { roleLimitWarnings } from './role-limit-warnings.js';
import { etagOf } from '../http/if-match.js';
import { addressOf, DEFINITION_KINDS, ifMatchRevision, isKind, noDefinition, requireEditor, staleRevision } from './request.js';
import type { DefinitionAddress } from './request.js';
import { draftBody, draftSchema, problemsSchema, summarySchema } from './schemas.js';
import { createDraft, getDraft, listDefinitions, updateDraft } from './store.js';
import type { DraftView } from './store.js';

const TAGS = ['definitions'];
const ADDRESS = `kind is one of ${DEFINITION_KINDS.join(', ')}; id is the definition id.`;

function withEtag(c: Context, draft: DraftView, status: 200 | 201): Response {
  c.header('ETag', etagOf(draft.revision));
  return c.json(draft, status);
}

function mismatches(at: DefinitionAddress, body: Record<string, unknown>): FieldProblem[] {
  const out: FieldProblem[] = [];
  if (body['kind'] !== at.kind) out.push({ path: '/kind', code: 'kind_mismatch', message: `The draft's kind must be "${at.kind}", as in the path.`, messageZh: `草稿的 kind 应为 "${at.kind}"，与路径一致。` });
  if (body['id'] !== at.id) out.push({ path: '/id', code: 'id_mismatch', message: `The draft's id must be "${at.id}", as in the path.`, messageZh: `草稿的 id 应为 "${at.id}"，与路径一致。` });
  return out;
}

const alreadyExists = (at: DefinitionAddress): AppError =>
  new AppError('already_exists', 409, `${at.kind} "${at.id}" already exists: load it and save with If-Match: "<revision>" instead of If-None-Match: *.`, {
    messageZh: `${at.kind} "${at.id}" 已存在：请加载后用 If-Match: "<revision>" 保存，而非 If-None-Match: *。`,
  });

/**
 * The draft routes.
 *
 * @example
 * createApp(deps, [draftRoutes]);
 */
export const draftRoutes: RouteModule = (routes, { db, clock }) => {
  routes.add(
    {
      method: 'get', path: '/api/definitions', operationId: 'listDefinitions', summary: "The company's definitions with their latest published version", tags: TAGS,
      query: { kind: { schema: { type: 'string', enum: [...DEFINITION_KINDS] }, description: 'only this kind' } },
      responses: { 200: { description: 'Definitions', schema: { type: 'object', properties: { items: { type: 'array', items: summarySchema } } } } },
    },
    async (c) => {
      const me = principalOf(c);
      const kind = c.req.query('kind');
      if (kind !== undefined && !isKind(kind)) throw validationFailed([queryProblem('kind', `kind must be one of ${DEFINITION_KINDS.join(', ')}.`, `kind 应为 ${DEFINITION_KINDS.join('、')} 之一。`)]);
      return c.json({ items: await db.withTenant(me.tenantId, (tx) => listDefinitions(tx, me.tenantId, kind)) });
    },
  );
  routes.add(
    {
      method: 'get', path: '/api/definitions/:kind/:id/draft', operationId: 'getDefinitionDraft', summary: 'A draft and its revision (also its ETag)', description: ADDRESS, tags: TAGS,
      responses: { 200: { description: 'The draft', schema: draftSchema } },
    },
    async (c) => {
      const me = principalOf(c);
      const at = addressOf(c);
      const draft = await db.withTenant(me.tenantId, (tx) => getDraft(tx, me.tenantId, at.kind, at.id));
      if (draft === undefined) throw noDefinition(at.kind, at.id);
      return withEtag(c, draft, 200);
    },
  );
  routes.add<Record<string, unknown>>(
    {
      method: 'put', path: '/api/definitions/:kind/:id/draft', operationId: 'saveDefinitionDraft', summary: 'Autosave a draft (create with If-None-Match: *, update with If-Match)', tags: TAGS,
      description: `${ADDRESS} The draft may be invalid (work in progress) but its kind and id must match the path. A save from a stale revision gets 409, never overwrites.`,
      body: draftBody,
      responses: { 200: { description: 'Saved', schema: draftSchema }, 201: { description: 'Created', schema: draftSchema } },
    },
    async (c, { body }) => {
      const at = addressOf(c);
      const me = requireEditor(c, at.kind);
      const problems = mismatches(at, body);
      if (problems.length > 0) throw validationFailed(problems);
      const now = clock.now();
      if (c.req.header('if-none-match')?.trim() === '*') {
        const created = await db.withTenant(me.tenantId, (tx) => createDraft(tx, me.tenantId, at.kind, at.id, body, me.userId, now));
        if (created === undefined) throw alreadyExists(at);
        return withEtag(c, created, 201);
      }
      const revision = ifMatchRevision(c);
      const saved = await db.withTenant(me.tenantId, async (tx) => {
        const updated = await updateDraft(tx, me.tenantId, at.kind, at.id, body, revision, me.userId, now);
        if (updated !== undefined) return updated;
        const current = await getDraft(tx, me.tenantId, at.kind, at.id);
        throw current === undefined ? noDefinition(at.kind, at.id) : staleRevision(revision, current.revision);
      });
      return withEtag(c, saved, 200);
    },
  );
  routes.add(
    {
      method: 'delete', path: '/api/definitions/:kind/:id/draft', operationId: 'discardDefinitionDraft', summary: 'Discard the draft at the If-Match revision: back to the live version', tags: TAGS,
      description: `${ADDRESS} The draft becomes the latest published version again, as the next revision. A definition never published is removed whole (204). A stale revision, or a draft with no changes since the latest version, gives 409.`,
      responses: { 200: { description: 'The draft, now the latest version', schema: draftSchema }, 204: { description: 'Never published: removed' } },
    },
    async (c) => {
      const at = addressOf(c);
      const me = requireEditor(c, at.kind);
      const revision = ifMatchRevision(c);
      const draft = await db.withTenant(me.tenantId, (tx) => discardDraft(tx, me.tenantId, at, revision, { userId: me.userId, now: clock.now() }));
      return draft === undefined ? c.body(null, 204) : withEtag(c, draft, 200);
    },
  );
  routes.add(
    {
      method: 'post', path: '/api/definitions/:kind/:id/validate', operationId: 'validateDefinitionDraft', summary: "Check the saved draft against the company's published definitions and roles", tags: TAGS,
      description: `${ADDRESS} \`warnings\` never stop a publish: for a form without problems, each user field whose role limit the draft adds or narrows, with how many records already hold a user outside the new roles.`,
      responses: { 200: { description: 'Every problem at once (none: it can be published), and the warnings', schema: problemsSchema } },
    },
    async (c) => {
      const me = principalOf(c);
      const at = addressOf(c);
      return c.json(
        await db.withTenant(me.tenantId, async (tx) => {
          const draft = await getDraft(tx, me.tenantId, at.kind, at.id);
          if (draft === undefined) throw noDefinition(at.kind, at.id);
          const problems = await publishProblems(tx, me.tenantId, at, draft.draft, {});
          const warnings = at.kind === 'form' && problems.length === 0 ? await roleLimitWarnings(tx, me.tenantId, at.id, draft.draft) : [];
          return { revision: draft.revision, problems, warnings };
        }),
      );
    },
  );
};
