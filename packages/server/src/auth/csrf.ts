/**
 * @module CSRF protection for cookie-authenticated writes: an Origin check and a session-bound token.
 *
 * Why this pair rather than a double-submit cookie or a bare custom header: a double-submit
 * cookie can be overwritten by a sibling subdomain (cookie tossing), and a custom header alone
 * is only as safe as the CORS set-up stays closed. The token here is derived from the session
 * secret (csrfTokenOf), so it is bound to the session, needs no storage, and cannot be known
 * by a page that cannot read the httpOnly cookie; the Origin check refuses cross-site
 * browsers before the token is even looked at. API-token requests carry no ambient
 * credential and are exempt.
 */
import type { Context } from 'hono';
import { AppError } from '../http/app-error.js';
import type { AuthSettings } from './options.js';
import { serverOrigin } from './request-info.js';
import { csrfTokenOf, sameSecret } from './secrets.js';

/** The header that carries the CSRF token on writes. */
export const CSRF_HEADER = 'X-CSRF-Token';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Whether a method changes nothing, so needs no CSRF token. */
export const isSafeMethod = (method: string): boolean => SAFE.has(method.toUpperCase());

function crossSite(en: string, zh: string): AppError {
  return new AppError('csrf_failed', 403, en, { messageZh: zh });
}

/**
 * Refuses a browser request made from another site: its Origin is not ours (nor allowed), or,
 * without Origin, Sec-Fetch-Site says it came from elsewhere. Requests from programs send
 * neither and pass. Also used on login and setup, which have no session yet.
 *
 * @example
 * checkOrigin(c, settings);
 */
export function checkOrigin(c: Context, settings: Pick<AuthSettings, 'proxyHops' | 'allowedOrigins'>): void {
  const origin = c.req.header('origin');
  if (origin !== undefined) {
    if (origin === serverOrigin(c, settings) || settings.allowedOrigins.includes(origin)) return;
    throw crossSite(`Requests from ${origin} are not accepted: use Heng from its own address.`, `不接受来自 ${origin} 的请求，请通过 Heng 自身的地址访问。`);
  }
  const site = c.req.header('sec-fetch-site');
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    throw crossSite('Requests from other sites are not accepted: use Heng from its own address.', '不接受来自其他站点的请求，请通过 Heng 自身的地址访问。');
  }
}

/**
 * For a write with a session cookie: the Origin check, then the session's CSRF token in
 * X-CSRF-Token (given by login and GET /api/me).
 *
 * @example
 * if (!isSafeMethod(c.req.method)) checkCsrf(c, settings, cookie);
 */
export function checkCsrf(c: Context, settings: Pick<AuthSettings, 'proxyHops' | 'allowedOrigins'>, sessionSecret: string): void {
  checkOrigin(c, settings);
  const sent = c.req.header(CSRF_HEADER);
  if (sent === undefined || !sameSecret(sent, csrfTokenOf(sessionSecret))) {
    throw crossSite(
      `This change needs the ${CSRF_HEADER} header with the csrfToken from login or GET /api/me: reload the page and try again.`,
      `此修改需要 ${CSRF_HEADER} 请求头，其值为登录或 GET /api/me 返回的 csrfToken：请刷新页面后重试。`,
    );
  }
}
