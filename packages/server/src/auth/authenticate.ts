/** @module The middleware that resolves the principal of every /api request but the public ones. */
import type { Context } from 'hono';
import type { ApiMiddleware, ResolvedDeps } from '../http/app.js';
import { resolveApiToken } from './api-tokens.js';
import { clearSessionCookie, readSessionCookie } from './cookies.js';
import { checkCsrf, isSafeMethod } from './csrf.js';
import { authSettings } from './options.js';
import type { AuthOptions, AuthSettings } from './options.js';
import { unauthenticated } from './principal.js';
import type { Principal } from './principal.js';
import { resolveSession } from './sessions.js';

/** The /api paths anyone may call: system endpoints, login and the first-run setup. */
export const PUBLIC_PATHS: ReadonlySet<string> = new Set(['/api/health', '/api/ready', '/api/openapi.json', '/api/auth/login', '/api/setup']);

const bearer = /^Bearer +([^\s]+)$/i;

async function byToken(c: Context, deps: ResolvedDeps, header: string): Promise<Principal> {
  const token = bearer.exec(header)?.[1];
  const principal = token === undefined ? undefined : await resolveApiToken(deps.db, token, deps.clock.now());
  if (principal === undefined) {
    c.header('WWW-Authenticate', 'Bearer');
    throw unauthenticated(
      'The Authorization header holds no valid API token (unknown, revoked or expired): send "Bearer heng_…" or ask an admin for a new token.',
      'Authorization 请求头中的 API 令牌无效（未知、已吊销或已过期）：请发送 "Bearer heng_…"，或请管理员新建令牌。',
    );
  }
  return principal;
}

async function bySession(c: Context, deps: ResolvedDeps, settings: AuthSettings, secret: string): Promise<Principal> {
  const principal = await resolveSession(deps.db, secret, deps.clock.now(), settings);
  if (principal === undefined) {
    clearSessionCookie(c, settings);
    throw unauthenticated('Your session has ended (signed out, expired or idle too long): sign in again.', '会话已结束（已退出、已过期或长时间未操作），请重新登录。');
  }
  if (!isSafeMethod(c.req.method)) checkCsrf(c, settings, secret);
  return principal;
}

/**
 * Resolves who is calling and sets `c.var.principal`; 401 when nobody is. An Authorization
 * header wins over a cookie (and a bad one is refused, never passed over for the cookie).
 * Cookie-authenticated writes must pass the CSRF checks; API-token requests need not.
 *
 * @example
 * createApp({ db, clock, apiMiddleware: [authenticate({ proxyHops: 1 })] }, [authRoutes(), tenancyRoutes]);
 */
export function authenticate(options: AuthOptions = {}): ApiMiddleware {
  const settings = authSettings(options);
  return (deps) => async (c, next) => {
    if (PUBLIC_PATHS.has(c.req.path)) return next();
    const authorization = c.req.header('authorization');
    const secret = readSessionCookie(c, settings);
    let principal: Principal;
    if (authorization !== undefined) principal = await byToken(c, deps, authorization);
    else if (secret !== undefined) principal = await bySession(c, deps, settings, secret);
    else throw unauthenticated();
    c.set('principal', principal);
    await next();
  };
}
