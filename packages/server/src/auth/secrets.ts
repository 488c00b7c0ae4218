/** @module Session and API token secrets: how they are made, written, read back and hashed for storage. */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** A credential as the client holds it, split into the tenant it belongs to and its whole text. */
export interface ParsedSecret {
  readonly tenantId: string;
  /** What is hashed and stored: the whole credential text. */
  readonly text: string;
}

// 32 random bytes: 256 bits, so a fast hash is enough to store it (no guessing is feasible).
const SECRET = '[A-Za-z0-9_-]{43}';
const TENANT = '[A-Za-z0-9-]{1,64}';
const sessionForm = new RegExp(`^(${TENANT})\\.(${SECRET})$`);
const tokenForm = new RegExp(`^heng_(${TENANT})_(${SECRET})$`);

/** The prefix of every API token, so secret scanners and people can recognise one. */
const API_TOKEN_PREFIX = 'heng_';

const secret = (): string => randomBytes(32).toString('base64url');

/**
 * A new session cookie value. It names its tenant, so the session is looked up inside that
 * tenant's row-level security like any other tenant data.
 *
 * @example
 * newSessionSecret(tenantId) // '3f…-….kq2…'
 */
export function newSessionSecret(tenantId: string): string {
  return `${tenantId}.${secret()}`;
}

/**
 * A new API token: `heng_<tenant id>_<secret>`.
 *
 * @example
 * newApiToken(tenantId) // 'heng_3f…_Zx…'
 */
export function newApiToken(tenantId: string): string {
  return `${API_TOKEN_PREFIX}${tenantId}_${secret()}`;
}

/** A session cookie value read back; undefined when it is not one. */
export function parseSessionSecret(text: string): ParsedSecret | undefined {
  const m = sessionForm.exec(text);
  return m?.[1] === undefined ? undefined : { tenantId: m[1], text };
}

/** An API token read back; undefined when it is not one. */
export function parseApiToken(text: string): ParsedSecret | undefined {
  const m = tokenForm.exec(text);
  return m?.[1] === undefined ? undefined : { tenantId: m[1], text };
}

/**
 * What the database keeps of a credential: its SHA-256, hex. A stolen table opens nothing.
 *
 * @example
 * await tx.query('SELECT id FROM sessions WHERE token_hash = $1', [hashSecret(cookie)]);
 */
export function hashSecret(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * The CSRF token of a session, derived from its secret (an HMAC keyed by the secret), so it
 * needs no storage, changes with every session and cannot be computed without the cookie,
 * which scripts cannot read (httpOnly).
 *
 * @example
 * csrfTokenOf(cookie) // 'p3…' — sent back by the client in X-CSRF-Token
 */
export function csrfTokenOf(sessionSecret: string): string {
  return createHmac('sha256', sessionSecret).update('heng csrf v1').digest('base64url');
}

/**
 * Whether two strings are equal, in time that does not depend on where they differ.
 *
 * @example
 * sameSecret(header, csrfTokenOf(cookie))
 */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}
