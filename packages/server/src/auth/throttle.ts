/** @module Login rate limiting kept in the database, so it holds across every server process. */
import type { Db } from '../db/port.js';
import type { LoginLimit } from './options.js';
import { hashSecret } from './secrets.js';

/** What a throttle key counts; mirrored by the CHECK on `login_throttle.scope`. */
export type ThrottleScope = 'account' | 'ip';

/** One counter a login attempt is charged to. */
export interface ThrottleKey {
  readonly scope: ThrottleScope;
  /** The account (`<tenant slug>\n<email, lower case>`) or the IP. */
  readonly key: string;
  readonly limit: LoginLimit;
}

/** A refused attempt: how long until the earliest counter over its limit starts afresh. */
export interface Throttled {
  readonly retryAfterMs: number;
}

const keyHash = (k: ThrottleKey): string => hashSecret(`${k.scope}\n${k.key}`);

// One statement per key, so two processes charging the same key at once both count: the row
// lock of ON CONFLICT orders them. A window that has run out starts again at 1.
const CHARGE = `
INSERT INTO login_throttle AS t (key_hash, scope, window_start, failures) VALUES ($1, $2, $3, 1)
ON CONFLICT (key_hash) DO UPDATE SET
  window_start = CASE WHEN t.window_start <= $4 THEN EXCLUDED.window_start ELSE t.window_start END,
  failures = CASE WHEN t.window_start <= $4 THEN 1 ELSE t.failures + 1 END
RETURNING failures, window_start`;

/**
 * Charges one attempt to every key BEFORE the password is checked, so that attempts running
 * in parallel cannot slip past a limit together. Returns how long to wait when any key is
 * over its limit (the attempt must then be refused without checking the password), else
 * undefined. A successful login gives its charge back with {@link settleLogin}.
 *
 * @example
 * const throttled = await chargeLogin(db, keys, clock.now());
 * if (throttled !== undefined) throw tooManyAttempts(throttled);
 */
export async function chargeLogin(db: Db, keys: readonly ThrottleKey[], now: Date): Promise<Throttled | undefined> {
  let retryAfterMs = 0;
  for (const k of keys) {
    const windowOpened = new Date(now.getTime() - k.limit.windowMs);
    const [row] = await db.query<{ failures: number; window_start: string }>(CHARGE, [keyHash(k), k.scope, now, windowOpened]);
    if (row !== undefined && row.failures > k.limit.attempts) {
      const ends = Date.parse(row.window_start) + k.limit.windowMs;
      retryAfterMs = Math.max(retryAfterMs, ends - now.getTime());
    }
  }
  return retryAfterMs > 0 ? { retryAfterMs } : undefined;
}

/**
 * After a successful login: the account starts afresh, and the IP gets its charge back (an
 * office behind one address is not held back by its colleagues' successful logins, while
 * an attacker cannot clear a counter by logging in to an account of their own).
 *
 * @example
 * await settleLogin(db, keys);
 */
export async function settleLogin(db: Db, keys: readonly ThrottleKey[]): Promise<void> {
  for (const k of keys) {
    if (k.scope === 'account') await db.query('DELETE FROM login_throttle WHERE key_hash = $1', [keyHash(k)]);
    else await db.query('UPDATE login_throttle SET failures = GREATEST(failures - 1, 0) WHERE key_hash = $1', [keyHash(k)]);
  }
}

/**
 * The keys one login attempt is charged to.
 *
 * @example
 * loginKeys('acme', 'Ann@Acme.cn', '203.0.113.7', settings)
 */
export function loginKeys(tenantSlug: string, email: string, ip: string, limits: { accountLimit: LoginLimit; ipLimit: LoginLimit }): ThrottleKey[] {
  return [
    { scope: 'account', key: `${tenantSlug}\n${email.trim().toLowerCase()}`, limit: limits.accountLimit },
    { scope: 'ip', key: ip, limit: limits.ipLimit },
  ];
}
