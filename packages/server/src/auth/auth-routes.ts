/** @module Routes of signing in and out: login, logout, who am I, change my password. */
import type { Context } from 'hono';
import type { ResolvedDeps, RouteModule } from '../http/app.js';
import { AppError, validationFailed } from '../http/app-error.js';
import { clearSessionCookie, readSessionCookie, writeSessionCookie } from './cookies.js';
import { checkOrigin } from './csrf.js';
import { logIn, tooManyAttempts } from './login.js';
import type { LoginInput } from './login.js';
import { loadMe, meSchema } from './me.js';
import { authSettings } from './options.js';
import type { AuthOptions, AuthSettings } from './options.js';
import { hashPassword, verifyPassword } from './password.js';
import { principalOf } from './principal.js';
import { clientIp } from './request-info.js';
import { emailSchema, fieldProblem, givenPasswordSchema, passwordSchema, slugSchema } from './schemas.js';
import { endSession, endUserSessions, resolveSession } from './sessions.js';
import { csrfTokenOf } from './secrets.js';
import { chargeLogin, settleLogin } from './throttle.js';
import type { ThrottleKey } from './throttle.js';
import { tokenRoutes } from './token-routes.js';

const loginBody = {
  type: 'object',
  required: ['email', 'password'],
  additionalProperties: false,
  properties: { tenant: slugSchema, email: emailSchema, password: givenPasswordSchema },
};

const passwordBody = {
  type: 'object',
  required: ['currentPassword', 'newPassword'],
  additionalProperties: false,
  properties: { currentPassword: givenPasswordSchema, newPassword: passwordSchema },
};

const tags = ['auth'];

async function handleLogin(c: Context, deps: ResolvedDeps, settings: AuthSettings, body: LoginInput): Promise<Response> {
  checkOrigin(c, settings);
  const now = deps.clock.now();
  const ip = clientIp(c, settings);
  const done = await logIn(deps.db, body, { ip, userAgent: c.req.header('user-agent') ?? '' }, now, settings).catch((error: unknown) => {
    if (error instanceof AppError && error.meta.retryAfter !== undefined) c.header('Retry-After', error.meta.retryAfter);
    if (error instanceof AppError && error.status === 401) deps.logger.log('info', 'login failed', { requestId: c.get('requestId'), reason: error.meta.reason, ip });
    throw error;
  });
  // A session this browser had before is ended: one browser, one session.
  const previous = readSessionCookie(c, settings);
  const old = previous === undefined ? undefined : await resolveSession(deps.db, previous, now, settings);
  if (old !== undefined) await deps.db.withTenant(old.tenantId, (tx) => endSession(tx, old.tenantId, old.credentialId, now));
  writeSessionCookie(c, settings, done.session.secret, settings.sessionTtlMs);
  const me = await deps.db.withTenant(done.tenantId, async (tx) => {
    const roles = await tx.query<{ role_id: string }>('SELECT role_id FROM user_roles WHERE tenant_id = $1 AND user_id = $2 ORDER BY role_id', [done.tenantId, done.userId]);
    return loadMe(tx, done.tenantId, done.userId, roles.map((r) => r.role_id), 'session');
  });
  c.header('Cache-Control', 'no-store');
  return c.json({ ...me, csrfToken: csrfTokenOf(done.session.secret), expiresAt: done.session.expiresAt });
}

async function changePassword(c: Context, deps: ResolvedDeps, settings: AuthSettings, body: { currentPassword: string; newPassword: string }): Promise<Response> {
  const p = principalOf(c);
  if (p.via !== 'session') throw new AppError('session_required', 403, 'Only a signed-in person can change their password, not an API token.', { messageZh: '只有登录的用户本人可以修改密码，API 令牌不可以。' });
  // A stolen session must not become a way to guess the password: same limit as logins.
  const keys: ThrottleKey[] = [{ scope: 'account', key: `change-password\n${p.tenantId}\n${p.userId}`, limit: settings.accountLimit }];
  const throttled = await chargeLogin(deps.db, keys, deps.clock.now());
  if (throttled !== undefined) {
    const error = tooManyAttempts(throttled.retryAfterMs);
    c.header('Retry-After', error.meta.retryAfter ?? '');
    throw error;
  }
  const [user] = await deps.db.withTenant(p.tenantId, (tx) => tx.query<{ password_hash: string | null }>('SELECT password_hash FROM users WHERE tenant_id = $1 AND id = $2', [p.tenantId, p.userId]));
  if (!(await verifyPassword(body.currentPassword, user?.password_hash ?? null))) {
    throw validationFailed([fieldProblem('/currentPassword', 'wrong_password', 'The current password is not right.', '当前密码不正确。')]);
  }
  await settleLogin(deps.db, keys);
  const hash = await hashPassword(body.newPassword);
  const now = deps.clock.now();
  await deps.db.withTenant(p.tenantId, async (tx) => {
    await tx.query('UPDATE users SET password_hash = $3, updated_at = $4 WHERE tenant_id = $1 AND id = $2', [p.tenantId, p.userId, hash, now]);
    await endUserSessions(tx, p.tenantId, p.userId, now, p.credentialId);
  });
  return c.body(null, 204);
}

/**
 * The auth routes: POST /api/auth/login, POST /api/auth/logout, GET /api/me,
 * POST /api/me/password, and the API token routes (admins only).
 *
 * @example
 * createApp(deps, [authRoutes({ proxyHops: 1 }), tenancyRoutes]);
 */
export function authRoutes(options: AuthOptions = {}): RouteModule {
  const settings = authSettings(options);
  return (routes, deps) => {
    routes.add<LoginInput>(
      { method: 'post', path: '/api/auth/login', operationId: 'login', summary: 'Sign in with a company code, email and password', tags, body: loginBody, bodyLimit: 4096, responses: { 200: { description: 'Signed in; the session cookie is set', schema: meSchema } } },
      (c, { body }) => handleLogin(c, deps, settings, body),
    );
    routes.add({ method: 'post', path: '/api/auth/logout', operationId: 'logout', summary: 'Sign out: end this session', tags, responses: { 204: { description: 'Signed out' } } }, async (c) => {
      const p = principalOf(c);
      if (p.via !== 'session') throw new AppError('session_required', 400, 'API tokens are not signed out: revoke one with DELETE /api/tokens/{tokenId}.', { messageZh: 'API 令牌无需退出登录：请用 DELETE /api/tokens/{tokenId} 吊销。' });
      await deps.db.withTenant(p.tenantId, (tx) => endSession(tx, p.tenantId, p.credentialId, deps.clock.now()));
      clearSessionCookie(c, settings);
      return c.body(null, 204);
    });
    routes.add({ method: 'get', path: '/api/me', operationId: 'me', summary: 'Who is signed in, with the CSRF token for writes', tags, responses: { 200: { description: 'The caller', schema: meSchema } } }, async (c) => {
      const p = principalOf(c);
      const me = await deps.db.withTenant(p.tenantId, (tx) => loadMe(tx, p.tenantId, p.userId, p.roles, p.via));
      const secret = p.via === 'session' ? readSessionCookie(c, settings) : undefined;
      c.header('Cache-Control', 'no-store');
      return c.json(secret === undefined ? me : { ...me, csrfToken: csrfTokenOf(secret) });
    });
    routes.add<{ currentPassword: string; newPassword: string }>(
      { method: 'post', path: '/api/me/password', operationId: 'changeMyPassword', summary: 'Change my password; my other sessions end', tags, body: passwordBody, bodyLimit: 4096, responses: { 204: { description: 'Changed' } } },
      (c, { body }) => changePassword(c, deps, settings, body),
    );
    tokenRoutes(routes, deps);
  };
}
