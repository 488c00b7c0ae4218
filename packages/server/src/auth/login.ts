/** @module Password login: throttled, uniform in its failures, ending in a new session. */
import type { Db } from '../db/port.js';
import { AppError, validationFailed } from '../http/app-error.js';
import type { AuthSettings } from './options.js';
import { burnPasswordCheck, hashPassword, needsRehash, verifyPassword } from './password.js';
import { fieldProblem } from './schemas.js';
import { startSession } from './sessions.js';
import type { NewSession, SessionOrigin } from './sessions.js';
import { chargeLogin, loginKeys, settleLogin } from './throttle.js';

/** What a login form sends. `tenant` (the company code) may be left out while only one company exists. */
export interface LoginInput {
  readonly tenant?: string;
  readonly email: string;
  readonly password: string;
}

/** A successful login. */
export interface LoggedIn {
  readonly tenantId: string;
  readonly userId: string;
  readonly session: NewSession;
}

/** Why a login failed, for the log only: the client is told the same thing every time. */
export type LoginFailure = 'no_tenant' | 'no_user' | 'wrong_password' | 'user_inactive' | 'tenant_suspended';

/** The one answer to every failed login, so nobody learns which accounts exist. */
export function loginFailed(reason: LoginFailure): AppError {
  return new AppError('login_failed', 401, 'The company code, email or password is not right, or the account is disabled. Check them and try again.', {
    messageZh: '企业代码、邮箱或密码不正确，或账号已停用。请检查后重试。',
    meta: { reason },
  });
}

/** 429 with how long to wait; the route copies `meta.retryAfter` into a Retry-After header. */
export function tooManyAttempts(retryAfterMs: number): AppError {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  const minutes = Math.ceil(seconds / 60);
  return new AppError('too_many_attempts', 429, `Too many failed sign-ins: wait ${minutes} minute(s) and try again.`, {
    messageZh: `登录失败次数过多，请 ${minutes} 分钟后重试。`,
    retryable: true,
    meta: { retryAfter: String(seconds) },
  });
}

async function tenantSlug(db: Db, given: string | undefined): Promise<string> {
  if (given !== undefined) return given.trim().toLowerCase();
  const rows = await db.query<{ slug: string }>('SELECT slug FROM tenants ORDER BY slug LIMIT 2');
  if (rows.length === 1) return rows[0]!.slug;
  throw validationFailed([fieldProblem('/tenant', 'tenant_required', 'Enter your company code (given by your admin).', '请输入企业代码（由管理员提供）。')]);
}

interface Account {
  tenant: { id: string; status: string } | undefined;
  user: { id: string; password_hash: string | null; active: boolean } | undefined;
}

// The tenant is found by its slug as the connecting role (no tenant is known yet); the user
// is read inside that tenant's row-level security.
async function findAccount(db: Db, slug: string, email: string): Promise<Account> {
  const [tenant] = await db.query<{ id: string; status: string }>('SELECT id, status FROM tenants WHERE slug = $1', [slug]);
  if (tenant === undefined) return { tenant, user: undefined };
  const [user] = await db.withTenant(tenant.id, (tx) =>
    tx.query<{ id: string; password_hash: string | null; active: boolean }>('SELECT id, password_hash, active FROM users WHERE tenant_id = $1 AND lower(email) = lower($2)', [tenant.id, email.trim()]),
  );
  return { tenant, user };
}

// The password was checked whatever the account, so every failure took as long; here the
// reasons are told apart, for the log only.
function judge(account: Account, passwordOk: boolean): { tenantId: string; userId: string } | LoginFailure {
  const { tenant, user } = account;
  if (tenant === undefined) return 'no_tenant';
  if (user === undefined) return 'no_user';
  if (!passwordOk) return 'wrong_password';
  if (!user.active) return 'user_inactive';
  return tenant.status === 'active' ? { tenantId: tenant.id, userId: user.id } : 'tenant_suspended';
}

/**
 * Checks a password login and starts a session. Every attempt is charged to the account's
 * and the IP's throttle first; every failure, whatever its reason, is the same 401 and takes
 * the same time (a password hash is checked even for an unknown account).
 *
 * @example
 * const { session } = await logIn(db, { tenant: 'acme', email, password }, { ip, userAgent }, clock.now(), settings);
 */
export async function logIn(db: Db, input: LoginInput, origin: SessionOrigin, now: Date, settings: AuthSettings): Promise<LoggedIn> {
  const slug = await tenantSlug(db, input.tenant);
  const keys = loginKeys(slug, input.email, origin.ip, settings);
  const throttled = await chargeLogin(db, keys, now);
  if (throttled !== undefined) throw tooManyAttempts(throttled.retryAfterMs);
  const account = await findAccount(db, slug, input.email);
  const hash = account.user?.password_hash ?? null;
  const passwordOk = hash === null ? await burnPasswordCheck(input.password) : await verifyPassword(input.password, hash);
  const verdict = judge(account, passwordOk);
  if (typeof verdict === 'string') throw loginFailed(verdict);
  const { tenantId, userId } = verdict;
  await settleLogin(db, keys);
  const rehash = hash !== null && needsRehash(hash) ? await hashPassword(input.password) : undefined;
  const session = await db.withTenant(tenantId, async (tx) => {
    if (rehash !== undefined) await tx.query('UPDATE users SET password_hash = $3 WHERE tenant_id = $1 AND id = $2', [tenantId, userId, rehash]);
    return startSession(tx, tenantId, userId, origin, now, settings);
  });
  return { tenantId, userId, session };
}
