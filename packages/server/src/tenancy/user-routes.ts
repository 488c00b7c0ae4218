/** @module Routes of users: everyone may list and read them; admins create, change, deactivate them and end their sessions. */
import type { Context } from 'hono';
import type { RouteModule } from '../http/app.js';
import { ADMIN_ROLE, principalOf, requireRole } from '../auth/principal.js';
import { displayNameSchema, emailSchema, idSchema, passwordSchema, pathId, roleIdsSchema } from '../auth/schemas.js';
import { endUserSessions } from '../auth/sessions.js';
import type { JsonSchema } from '../http/schema-check.js';
import { setUserManager, setUserRoles, updateUser } from './user-admin.js';
import type { UserChange } from './user-admin.js';
import { createUser, getUser, listUsers } from './users.js';
import type { NewUser } from './users.js';

const userSchema: JsonSchema = {
  type: 'object',
  required: ['id', 'email', 'displayName', 'managerId', 'active', 'roles', 'createdAt', 'updatedAt'],
  properties: {
    id: { type: 'string' }, email: { type: 'string' }, displayName: { type: 'string' }, managerId: { type: ['string', 'null'] },
    active: { type: 'boolean' }, roles: { type: 'array', items: { type: 'string' } }, createdAt: { type: 'string' }, updatedAt: { type: 'string' },
  },
};

const createBody: JsonSchema = {
  type: 'object',
  required: ['email', 'displayName'],
  additionalProperties: false,
  properties: { email: emailSchema, displayName: displayNameSchema, password: passwordSchema, roles: roleIdsSchema, managerId: { anyOf: [idSchema, { type: 'null' }] } },
};

const changeBody: JsonSchema = {
  type: 'object',
  minProperties: 1,
  additionalProperties: false,
  properties: { email: emailSchema, displayName: displayNameSchema, password: passwordSchema, active: { type: 'boolean' } },
};

const rolesBody: JsonSchema = { type: 'object', required: ['roles'], additionalProperties: false, properties: { roles: roleIdsSchema } };
const managerBody: JsonSchema = { type: 'object', required: ['managerId'], additionalProperties: false, properties: { managerId: { anyOf: [idSchema, { type: 'null' }] } } };

const tags = ['users'];
const one = { 200: { description: 'The user', schema: userSchema } };
const userIdOf = (c: Context): string => pathId(c, 'userId', 'user');

/** The user routes under /api/users. */
export const userRoutes: RouteModule = (routes, deps) => {
  const { db, clock } = deps;
  routes.add({ method: 'get', path: '/api/users', operationId: 'listUsers', summary: 'List the users of my company', tags, responses: { 200: { description: 'Users', schema: { type: 'array', items: userSchema } } } }, async (c) => {
    const p = principalOf(c);
    return c.json(await db.withTenant(p.tenantId, (tx) => listUsers(tx, p.tenantId)));
  });
  routes.add({ method: 'get', path: '/api/users/:userId', operationId: 'getUser', summary: 'Read one user', tags, responses: one }, async (c) => {
    const p = principalOf(c);
    return c.json(await db.withTenant(p.tenantId, (tx) => getUser(tx, p.tenantId, userIdOf(c))));
  });
  routes.add<NewUser>(
    { method: 'post', path: '/api/users', operationId: 'createUser', summary: 'Add a user (admins)', tags, body: createBody, bodyLimit: 8192, responses: { 201: { description: 'Created', schema: userSchema } } },
    async (c, { body }) => {
      const p = requireRole(c, ADMIN_ROLE);
      return c.json(await createUser(db, p.tenantId, body, clock), 201);
    },
  );
  routes.add<UserChange>(
    { method: 'patch', path: '/api/users/:userId', operationId: 'updateUser', summary: 'Change a user: details, password, active (admins); a new password or deactivation ends their sessions', tags, body: changeBody, bodyLimit: 8192, responses: one },
    async (c, { body }) => {
      const p = requireRole(c, ADMIN_ROLE);
      return c.json(await updateUser(db, p.tenantId, userIdOf(c), body, clock.now()));
    },
  );
  routes.add<{ roles: string[] }>(
    { method: 'put', path: '/api/users/:userId/roles', operationId: 'setUserRoles', summary: "Replace a user's roles (admins)", tags, body: rolesBody, bodyLimit: 8192, responses: one },
    async (c, { body }) => {
      const p = requireRole(c, ADMIN_ROLE);
      return c.json(await setUserRoles(db, p.tenantId, userIdOf(c), body.roles, clock.now()));
    },
  );
  routes.add<{ managerId: string | null }>(
    { method: 'put', path: '/api/users/:userId/manager', operationId: 'setUserManager', summary: "Set or clear a user's manager (admins); cycles are refused", tags, body: managerBody, responses: one },
    async (c, { body }) => {
      const p = requireRole(c, ADMIN_ROLE);
      return c.json(await setUserManager(db, p.tenantId, userIdOf(c), body.managerId, clock.now()));
    },
  );
  routes.add(
    { method: 'delete', path: '/api/users/:userId/sessions', operationId: 'endUserSessions', summary: "End all of a user's sessions (admins, or the user themselves)", tags, responses: { 200: { description: 'How many ended', schema: { type: 'object', required: ['ended'], properties: { ended: { type: 'integer' } } } } } },
    async (c) => {
      const userId = userIdOf(c);
      const p = principalOf(c).userId === userId ? principalOf(c) : requireRole(c, ADMIN_ROLE);
      const ended = await db.withTenant(p.tenantId, async (tx) => {
        await getUser(tx, p.tenantId, userId);
        return endUserSessions(tx, p.tenantId, userId, clock.now());
      });
      return c.json({ ended });
    },
  );
};
