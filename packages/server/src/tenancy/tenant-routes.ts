/** @module Routes of my company: read it; admins rename it (its code, used at login, stays). */
import type { RouteModule } from '../http/app.js';
import { ADMIN_ROLE, principalOf, requireRole } from '../auth/principal.js';
import { nameSchema } from '../auth/schemas.js';
import type { JsonSchema } from '../http/schema-check.js';
import { getTenant } from './tenants.js';

const tenantSchema: JsonSchema = {
  type: 'object',
  required: ['id', 'slug', 'name', 'status'],
  properties: { id: { type: 'string' }, slug: { type: 'string' }, name: { type: 'string' }, status: { enum: ['active', 'suspended'] } },
};

/** JSON Schema of a company's name, as `tenants.name` accepts it. */
export const tenantNameSchema: JsonSchema = nameSchema(200);

const renameBody: JsonSchema = { type: 'object', required: ['name'], additionalProperties: false, properties: { name: tenantNameSchema } };

const tags = ['tenant'];

/** GET and PATCH /api/tenant. */
export const tenantRoutes: RouteModule = (routes, deps) => {
  const { db, clock } = deps;
  routes.add({ method: 'get', path: '/api/tenant', operationId: 'getTenant', summary: 'My company', tags, responses: { 200: { description: 'The company', schema: tenantSchema } } }, async (c) => {
    const p = principalOf(c);
    return c.json(await db.withTenant(p.tenantId, (tx) => getTenant(tx, p.tenantId)));
  });
  routes.add<{ name: string }>(
    { method: 'patch', path: '/api/tenant', operationId: 'renameTenant', summary: 'Rename my company (admins)', tags, body: renameBody, bodyLimit: 4096, responses: { 200: { description: 'Renamed', schema: tenantSchema } } },
    async (c, { body }) => {
      const p = requireRole(c, ADMIN_ROLE);
      return c.json(
        await db.withTenant(p.tenantId, async (tx) => {
          await tx.query('UPDATE tenants SET name = $2, updated_at = $3 WHERE id = $1', [p.tenantId, body.name.trim(), clock.now()]);
          return getTenant(tx, p.tenantId);
        }),
      );
    },
  );
};
