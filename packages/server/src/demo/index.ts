/** @module The demo: on an empty database, a demo company running the credit template with real-looking data; its sign-in details printed. */
import { ConfigError } from '../config.js';
import type { Db } from '../db/port.js';
import type { Clock } from '../http/clock.js';
import { errorFields } from '../http/logger.js';
import type { Logger } from '../http/logger.js';
import { businessDay } from '../records/form.js';
import { startDemo } from './boot.js';
import { credentialsText, demoAccounts } from './people.js';
import { loadDemoSource } from './source.js';
import type { DemoSource } from './source.js';

export { startDemo } from './boot.js';
export type { DemoStarted } from './boot.js';
export { credentialsText, demoAccounts } from './people.js';
export type { DemoAccount, DemoCredentials } from './people.js';
export { DEMO_TEMPLATE, loadDemoSource } from './source.js';
export type { DemoSource } from './source.js';

/** The demo settings. */
export interface DemoSettings {
  /** `HENG_DEMO=1`: on an empty database, start the demo company (`pnpm start` sets it unless `HENG_DEMO=0`). */
  readonly enabled: boolean;
  /** `HENG_DEMO_CUSTOMERS`: how many demo customers (300 unless set, 1 to 5000). */
  readonly customers: number;
}

/**
 * The demo settings of an environment; a value that cannot work is a ConfigError naming it.
 *
 * @example
 * demoSettings({ HENG_DEMO: '1', HENG_DEMO_CUSTOMERS: '40' }) // { enabled: true, customers: 40 }
 */
export function demoSettings(env: NodeJS.ProcessEnv = process.env): DemoSettings {
  const problems: string[] = [];
  const flag = (env.HENG_DEMO ?? '').trim().toLowerCase();
  if (!['', '0', '1', 'false', 'true'].includes(flag)) problems.push(`HENG_DEMO=${env.HENG_DEMO} must be 1 (start the demo company on an empty database) or 0.`);
  const raw = env.HENG_DEMO_CUSTOMERS ?? '';
  const customers = raw === '' ? 300 : Number(raw);
  if (!Number.isInteger(customers) || customers < 1 || customers > 5000) problems.push(`HENG_DEMO_CUSTOMERS=${raw} must be a whole number from 1 to 5000.`);
  if (problems.length > 0) throw new ConfigError(problems);
  return { enabled: flag === '1' || flag === 'true', customers };
}

/** Where the demo start writes what people read (its sign-in details). */
export type Print = (text: string) => void;

const stdout: Print = (text) => {
  process.stdout.write(text);
};

/**
 * What the server does at start about the demo: nothing unless `HENG_DEMO=1`; then, on an empty
 * database, starts the demo company, and in any case prints its sign-in details (company code,
 * each user's email and roles, the password) when it exists. A demo that cannot be made is
 * logged and the server starts without it (bad settings still stop it).
 *
 * @example
 * await demoOnStart(db, systemClock, config.templatesDir, logger);
 */
export async function demoOnStart(db: Db, clock: Clock, templatesDir: string, logger?: Logger, env: NodeJS.ProcessEnv = process.env, print: Print = stdout): Promise<void> {
  const settings = demoSettings(env);
  if (!settings.enabled) return;
  let source: DemoSource;
  try {
    source = await loadDemoSource(templatesDir);
    await startDemo(db, clock, source, { customers: settings.customers, ...(logger === undefined ? {} : { logger }) });
  } catch (error) {
    logger?.log('error', 'demo: the demo company could not be made; starting without it', { ...errorFields(error), fix: 'Fix the cause above, delete the data folder (.heng-data) and start again, or start with HENG_DEMO=0.' });
    return;
  }
  // Only the company, people and password are read: one customer is enough.
  const { company, password } = source.generate({ today: businessDay(clock.now()), customers: 1 });
  const [tenant] = await db.query<{ id: string; name: string }>('SELECT id, name FROM tenants WHERE slug = $1', [company.slug]);
  if (tenant === undefined) return;
  const accounts = await db.withTenant(tenant.id, (tx) => demoAccounts(tx, tenant.id));
  print(credentialsText({ company: company.slug, companyName: tenant.name, password, accounts }));
}
