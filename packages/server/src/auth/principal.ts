/** @module Who is calling: the principal the authenticate middleware puts on every /api request. */
import type { Context } from 'hono';
import { AppError } from '../http/app-error.js';

/** How a principal proved who it is. */
export type CredentialKind = 'session' | 'token';

/**
 * The caller of a request: one user of one tenant, with the roles that request may use.
 * For an API token the roles are the token's own set, not its user's.
 */
export interface Principal {
  readonly tenantId: string;
  readonly userId: string;
  readonly roles: readonly string[];
  readonly via: CredentialKind;
  /** The session's or API token's id: what logout ends, what an audit line can name. */
  readonly credentialId: string;
}

declare module 'hono' {
  interface ContextVariableMap {
    /** Set by `authenticate` on every /api route that is not public. */
    principal: Principal;
  }
}

/** The role that administers a tenant: its users, roles and API tokens. */
export const ADMIN_ROLE = 'admin';

/** 401: nobody (valid) is signed in. */
export function unauthenticated(en = 'Sign in first: this needs a session or an API token.', zh = '请先登录：此操作需要会话或 API 令牌。'): AppError {
  return new AppError('unauthenticated', 401, en, { messageZh: zh });
}

/**
 * The principal of the request; 401 when there is none (a public route, or a test app
 * built without the authenticate middleware).
 *
 * @example
 * const { tenantId } = principalOf(c);
 * const rows = await db.withTenant(tenantId, (tx) => tx.query('SELECT id FROM users'));
 */
export function principalOf(c: Context): Principal {
  const principal = c.get('principal') as Principal | undefined;
  if (principal === undefined) throw unauthenticated();
  return principal;
}

/**
 * The principal, when it holds at least one of `roles`; 403 otherwise.
 *
 * @example
 * const admin = requireRole(c, ADMIN_ROLE);
 */
export function requireRole(c: Context, ...roles: readonly string[]): Principal {
  const principal = principalOf(c);
  if (roles.some((r) => principal.roles.includes(r))) return principal;
  const names = roles.join(', ');
  throw new AppError('forbidden', 403, `This needs one of the roles ${names}; you have ${principal.roles.join(', ') || 'none'}. Ask an admin.`, {
    messageZh: `此操作需要以下角色之一：${names}；您的角色：${principal.roles.join('、') || '无'}。请联系管理员。`,
  });
}
