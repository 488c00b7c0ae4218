/** @module The session cookie: httpOnly, SameSite=Lax, and over https Secure with the __Host- prefix. */
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { AuthSettings } from './options.js';
import { isHttps } from './request-info.js';

/** The cookie's name; over https it is sent as `__Host-heng_session`. */
export const SESSION_COOKIE = 'heng_session';

type CookieSettings = Pick<AuthSettings, 'proxyHops'>;

// __Host- makes the browser refuse the cookie unless it is Secure, host-only and Path=/, so a
// sibling subdomain cannot plant its own session cookie on us.
const prefixOf = (c: Context, settings: CookieSettings): 'host' | undefined => (isHttps(c, settings) ? 'host' : undefined);

/**
 * The session secret the request carries, if any.
 *
 * @example
 * const secret = readSessionCookie(c, settings);
 */
export function readSessionCookie(c: Context, settings: CookieSettings): string | undefined {
  const value = getCookie(c, SESSION_COOKIE, prefixOf(c, settings));
  return value === undefined || value === '' ? undefined : value;
}

/**
 * Sets the session cookie for `maxAgeMs`.
 *
 * @example
 * writeSessionCookie(c, settings, secret, settings.sessionTtlMs);
 */
export function writeSessionCookie(c: Context, settings: CookieSettings, secret: string, maxAgeMs: number): void {
  const prefix = prefixOf(c, settings);
  setCookie(c, SESSION_COOKIE, secret, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: prefix === 'host',
    path: '/',
    maxAge: Math.floor(maxAgeMs / 1000),
    ...(prefix === undefined ? {} : { prefix }),
  });
}

/** Tells the browser to drop the session cookie. */
export function clearSessionCookie(c: Context, settings: CookieSettings): void {
  writeSessionCookie(c, settings, '', 0);
}
