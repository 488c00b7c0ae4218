/** @module First run: the first company and its admin, made once and only while no company exists. */
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/port.js';
import { APP_ROLE } from '../db/port.js';
import { AppError } from '../http/app-error.js';
import { hashPassword } from '../auth/password.js';
import { onDuplicate } from './errors.js';
import { insertTenantWithAdmin, tenantClashes } from './tenants.js';
import type { CreatedTenant, NewTenantWithAdmin } from './tenants.js';

// Two setups at once must not both find "no company yet": they take this lock first.
const SETUP_LOCK = 4_855_410_272;

/** 409: Heng already has a company. */
function setupDone(): AppError {
  return new AppError('setup_done', 409, 'Heng is already set up: sign in, or ask an admin of your company for an account.', {
    messageZh: 'Heng 已完成初始化：请登录，或请企业管理员为您开通账号。',
  });
}

/**
 * Whether the first-run setup is still to do (no company exists). Reads as the connecting
 * role: it must see every tenant, which row-level security would hide.
 *
 * @example
 * if (await setupNeeded(db)) showSetupScreen();
 */
export async function setupNeeded(db: Db): Promise<boolean> {
  const [row] = await db.query<{ any: boolean }>('SELECT EXISTS (SELECT FROM tenants) AS any');
  return row?.any !== true;
}

/**
 * Creates the first company and its admin, refusing (409) once any company exists, even when
 * two setups race. The check runs as the connecting role; the inserts then run as heng_app
 * under the new tenant's row-level security, like every other tenant write.
 *
 * @example
 * const { tenant, admin } = await runSetup(db, { slug: 'acme', name: 'Acme', admin: { email, displayName, password } }, clock.now());
 */
export async function runSetup(db: Db, input: NewTenantWithAdmin, now: Date): Promise<CreatedTenant> {
  if (!(await setupNeeded(db))) throw setupDone();
  const hash = await hashPassword(input.admin.password);
  const id = randomUUID();
  const run = db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [SETUP_LOCK]);
    const [row] = await tx.query<{ any: boolean }>('SELECT EXISTS (SELECT FROM tenants) AS any');
    if (row?.any === true) throw setupDone();
    await tx.query(`SELECT set_config('role', '${APP_ROLE}', true), set_config('app.tenant_id', $1, true)`, [id]);
    return insertTenantWithAdmin(tx, id, input, hash, now);
  });
  return onDuplicate(() => run, tenantClashes(input));
}
