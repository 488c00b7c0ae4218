/** @module What a request says about where it came from: client IP, scheme, origin, trusted only as far as the proxies. */
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import type { AuthSettings } from './options.js';

type ProxySettings = Pick<AuthSettings, 'proxyHops'>;

function forwarded(c: Context, name: string, hops: number): string | undefined {
  if (hops === 0) return undefined;
  const values = (c.req.header(name) ?? '').split(',').map((v) => v.trim()).filter((v) => v !== '');
  return values[values.length - hops];
}

function socketAddress(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    // In-process requests (app.request) have no socket.
    return undefined;
  }
}

/**
 * The client's IP: the socket's peer, or with `proxyHops` = n the address the n-th proxy
 * from us saw. `unknown` when neither is there.
 *
 * @example
 * clientIp(c, settings) // '203.0.113.7'
 */
export function clientIp(c: Context, settings: ProxySettings): string {
  return forwarded(c, 'x-forwarded-for', settings.proxyHops) ?? socketAddress(c) ?? 'unknown';
}

/**
 * The origin the browser used to reach us (`https://heng.example.com`): the request URL's,
 * or the proxy's X-Forwarded-Proto / X-Forwarded-Host when proxies are trusted.
 *
 * @example
 * serverOrigin(c, settings) === c.req.header('origin')
 */
export function serverOrigin(c: Context, settings: ProxySettings): string {
  const url = new URL(c.req.url);
  const proto = forwarded(c, 'x-forwarded-proto', Math.min(settings.proxyHops, 1));
  const host = forwarded(c, 'x-forwarded-host', Math.min(settings.proxyHops, 1));
  return `${proto ?? url.protocol.slice(0, -1)}://${host ?? url.host}`;
}

/** Whether the browser reached us over https (cookies then get Secure and the `__Host-` prefix). */
export function isHttps(c: Context, settings: ProxySettings): boolean {
  return serverOrigin(c, settings).startsWith('https:');
}
