/** @module Routes of roles: everyone may list them; admins add, rename and delete custom ones. */
import type { Context } from 'hono';
import type { RouteModule } from '../http/app.js';
import { ADMIN_ROLE, principalOf, requireRole } from '../auth/principal.js';
import { nameSchema, pathId, roleIdSchema } from '../auth/schemas.js';
import type { JsonSchema } from '../http/schema-check.js';
import type { RoleName } from './builtin-roles.js';
import { createRole, deleteRole, listRoles, renameRole } from './roles.js';
import { lockUsers } from './user-admin.js';

const name = nameSchema(100);

const roleSchema: JsonSchema = {
  type: 'object',
  required: ['id', 'nameZh', 'nameEn', 'builtin', 'users', 'createdAt'],
  properties: { id: { type: 'string' }, nameZh: { type: 'string' }, nameEn: { type: 'string' }, builtin: { type: 'boolean' }, users: { type: 'integer' }, createdAt: { type: 'string' } },
};

const createBody: JsonSchema = { type: 'object', required: ['id', 'nameZh', 'nameEn'], additionalProperties: false, properties: { id: roleIdSchema, nameZh: name, nameEn: name } };
const renameBody: JsonSchema = { type: 'object', minProperties: 1, additionalProperties: false, properties: { nameZh: name, nameEn: name } };

const tags = ['roles'];
const roleIdOf = (c: Context): string => pathId(c, 'roleId', 'role');

/** The role routes under /api/roles. */
export const roleRoutes: RouteModule = (routes, deps) => {
  const { db, clock } = deps;
  routes.add({ method: 'get', path: '/api/roles', operationId: 'listRoles', summary: 'List the roles of my company', tags, responses: { 200: { description: 'Roles', schema: { type: 'array', items: roleSchema } } } }, async (c) => {
    const p = principalOf(c);
    return c.json(await db.withTenant(p.tenantId, (tx) => listRoles(tx, p.tenantId)));
  });
  routes.add<RoleName>(
    { method: 'post', path: '/api/roles', operationId: 'createRole', summary: 'Add a custom role (admins)', tags, body: createBody, bodyLimit: 4096, responses: { 201: { description: 'Created', schema: roleSchema } } },
    async (c, { body }) => {
      const p = requireRole(c, ADMIN_ROLE);
      return c.json(await createRole(db, p.tenantId, body, clock.now()), 201);
    },
  );
  routes.add<{ nameZh?: string; nameEn?: string }>(
    { method: 'patch', path: '/api/roles/:roleId', operationId: 'renameRole', summary: 'Rename a role (admins); its id stays', tags, body: renameBody, bodyLimit: 4096, responses: { 200: { description: 'Renamed', schema: roleSchema } } },
    async (c, { body }) => {
      const p = requireRole(c, ADMIN_ROLE);
      return c.json(await db.withTenant(p.tenantId, (tx) => renameRole(tx, p.tenantId, roleIdOf(c), body)));
    },
  );
  routes.add({ method: 'delete', path: '/api/roles/:roleId', operationId: 'deleteRole', summary: 'Delete a custom role nobody holds (admins)', tags, responses: { 204: { description: 'Deleted' } } }, async (c) => {
    const p = requireRole(c, ADMIN_ROLE);
    await db.withTenant(p.tenantId, async (tx) => {
      // Under the user lock, so nobody is given the role between the check and the delete.
      await lockUsers(tx, p.tenantId);
      await deleteRole(tx, p.tenantId, roleIdOf(c));
    });
    return c.body(null, 204);
  });
};
