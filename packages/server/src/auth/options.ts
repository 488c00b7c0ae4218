/** @module How authentication is tuned: session lifetimes, login limits, proxies, origins, setup token. */

/** A limit of failed logins per key within a fixed window. */
export interface LoginLimit {
  /** Failed attempts allowed per window; the next one is refused with 429. */
  readonly attempts: number;
  readonly windowMs: number;
}

/** What `authenticate` and the auth routes can be told; every field has a safe default. */
export interface AuthOptions {
  /** A session ends this long after login, whatever happens (default 12 h). */
  readonly sessionTtlMs?: number;
  /** A session ends after this long without a request (default 2 h). */
  readonly idleTimeoutMs?: number;
  /** Failed logins per account (tenant + email) (default 5 per 15 min). */
  readonly accountLimit?: LoginLimit;
  /** Failed logins per client IP (default 50 per 15 min, for offices behind one NAT). */
  readonly ipLimit?: LoginLimit;
  /**
   * How many reverse proxies stand in front of the server (default 0). With n > 0 the client
   * IP is the n-th address from the right of X-Forwarded-For, and X-Forwarded-Proto/-Host
   * say the scheme and host the browser used. Never more than the proxies you run: a client
   * can write anything to the left.
   */
  readonly proxyHops?: number;
  /** Origins allowed besides the server's own for browser writes (a dev server, say). */
  readonly allowedOrigins?: readonly string[];
  /** When set, POST /api/setup needs it, so nobody else can claim a fresh server first. */
  readonly setupToken?: string;
}

/** The options with every default filled in. */
export type AuthSettings = Required<Omit<AuthOptions, 'setupToken'>> & Pick<AuthOptions, 'setupToken'>;

const MINUTE = 60_000;

/** A session's last-seen time is written at most this often, not on every request. */
export const TOUCH_INTERVAL_MS = MINUTE;

/**
 * The options with defaults, checked once at start-up.
 *
 * @example
 * const settings = authSettings({ proxyHops: 1 });
 */
export function authSettings(options: AuthOptions = {}): AuthSettings {
  const settings: AuthSettings = {
    sessionTtlMs: options.sessionTtlMs ?? 12 * 60 * MINUTE,
    idleTimeoutMs: options.idleTimeoutMs ?? 2 * 60 * MINUTE,
    accountLimit: options.accountLimit ?? { attempts: 5, windowMs: 15 * MINUTE },
    ipLimit: options.ipLimit ?? { attempts: 50, windowMs: 15 * MINUTE },
    proxyHops: options.proxyHops ?? 0,
    allowedOrigins: options.allowedOrigins ?? [],
    setupToken: options.setupToken,
  };
  const positive = [settings.sessionTtlMs, settings.idleTimeoutMs, settings.accountLimit.attempts, settings.accountLimit.windowMs, settings.ipLimit.attempts, settings.ipLimit.windowMs];
  if (!positive.every((n) => Number.isInteger(n) && n > 0)) throw new Error('Auth options: lifetimes, windows and attempts must be positive whole numbers.');
  if (!Number.isInteger(settings.proxyHops) || settings.proxyHops < 0) throw new Error('Auth options: proxyHops must be 0 or more.');
  if (settings.setupToken !== undefined && settings.setupToken.length < 16) throw new Error('Auth options: a setup token needs at least 16 characters.');
  return settings;
}
