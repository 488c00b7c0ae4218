/** @module Admin routes of API tokens: list, create (the secret shown once), revoke. */
import type { RouteModule } from '../http/app.js';
import { validationFailed } from '../http/app-error.js';
import type { JsonSchema } from '../http/schema-check.js';
import { createApiToken, listApiTokens, revokeApiToken } from './api-tokens.js';
import { ADMIN_ROLE, requireRole } from './principal.js';
import { unknownActiveUser, unknownRoles } from './references.js';
import { idSchema, nameSchema, pathId, roleIdsSchema } from './schemas.js';

interface CreateTokenBody {
  readonly name: string;
  readonly roles: readonly string[];
  readonly userId?: string;
  readonly expiresInDays?: number;
}

const createBody: JsonSchema = {
  type: 'object',
  required: ['name', 'roles'],
  additionalProperties: false,
  properties: {
    name: nameSchema(100),
    roles: { ...roleIdsSchema, minItems: 1 },
    userId: idSchema,
    expiresInDays: { type: 'integer', minimum: 1, maximum: 3650 },
  },
};

const tokenSchema: JsonSchema = {
  type: 'object',
  required: ['id', 'name', 'userId', 'roles', 'createdBy', 'createdAt', 'expiresAt', 'lastUsedAt', 'revokedAt'],
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    userId: { type: 'string' },
    roles: { type: 'array', items: { type: 'string' } },
    createdBy: { type: ['string', 'null'] },
    createdAt: { type: 'string' },
    expiresAt: { type: ['string', 'null'] },
    lastUsedAt: { type: ['string', 'null'] },
    revokedAt: { type: ['string', 'null'] },
    token: { type: 'string', description: 'Only in the answer to its creation: store it now, it cannot be shown again.' },
  },
};

const tags = ['auth'];
const DAY = 24 * 3600_000;

/** GET /api/tokens, POST /api/tokens, DELETE /api/tokens/{tokenId}: admins only. */
export const tokenRoutes: RouteModule = (routes, deps) => {
  routes.add(
    { method: 'get', path: '/api/tokens', operationId: 'listApiTokens', summary: 'List API tokens (never their secrets)', tags, responses: { 200: { description: 'Tokens', schema: { type: 'array', items: tokenSchema } } } },
    async (c) => {
      const p = requireRole(c, ADMIN_ROLE);
      return c.json(await deps.db.withTenant(p.tenantId, (tx) => listApiTokens(tx, p.tenantId)));
    },
  );
  routes.add<CreateTokenBody>(
    { method: 'post', path: '/api/tokens', operationId: 'createApiToken', summary: 'Create an API token for an integration; its secret is shown only in this answer', tags, body: createBody, responses: { 201: { description: 'Created', schema: tokenSchema } } },
    async (c, { body }) => {
      const p = requireRole(c, ADMIN_ROLE);
      const now = deps.clock.now();
      const userId = body.userId ?? p.userId;
      const made = await deps.db.withTenant(p.tenantId, async (tx) => {
        const problems = [...(await unknownRoles(tx, p.tenantId, body.roles, '/roles')), ...(await unknownActiveUser(tx, p.tenantId, userId, '/userId'))];
        if (problems.length > 0) throw validationFailed(problems);
        const expiresAt = body.expiresInDays === undefined ? null : new Date(now.getTime() + body.expiresInDays * DAY);
        return createApiToken(tx, p.tenantId, { name: body.name, userId, roles: body.roles, createdBy: p.userId, expiresAt }, now);
      });
      c.header('Cache-Control', 'no-store');
      return c.json(made, 201);
    },
  );
  routes.add(
    { method: 'delete', path: '/api/tokens/:tokenId', operationId: 'revokeApiToken', summary: 'Revoke an API token: it stops working at once', tags, responses: { 200: { description: 'Revoked', schema: tokenSchema } } },
    async (c) => {
      const p = requireRole(c, ADMIN_ROLE);
      const tokenId = pathId(c, 'tokenId', 'API token');
      return c.json(await deps.db.withTenant(p.tenantId, (tx) => revokeApiToken(tx, p.tenantId, tokenId, deps.clock.now())));
    },
  );
};
