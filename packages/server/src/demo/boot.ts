/** @module The demo start: on an empty database, a demo company with the credit template, its people and data, written through the real paths. */
import { randomUUID } from 'node:crypto';
import { flowStarter } from '../approvals/starter.js';
import { hashPassword } from '../auth/password.js';
import { importBundle } from '../bundles/import.js';
import type { Db, Queryable } from '../db/port.js';
import type { Clock } from '../http/clock.js';
import type { Logger } from '../http/logger.js';
import { businessDay } from '../records/form.js';
import { DeferredRollups } from '../rules/deferred-rollups.js';
import { setupNeeded } from '../tenancy/setup.js';
import { decide, runToday } from './day.js';
import { createDemoCompany } from './people.js';
import type { DemoPerson } from './people.js';
import type { DemoSource } from './source.js';
import type { DemoData } from './types.js';
import { writeBatch } from './writer.js';

/** What a demo start wrote, and how long it took. */
export interface DemoStarted {
  readonly tenantId: string;
  readonly data: DemoData;
  readonly records: number;
  readonly ms: number;
}

const log = (logger: Logger | undefined, msg: string, fields: Record<string, unknown>): void => logger?.log('info', msg, fields);

/**
 * Company, people, template, then the history, in one transaction, its rollup refreshes put
 * off (`sink`) to be made once per record afterwards: the same values as refreshing after every
 * write, with far fewer writes.
 */
async function writeHistory(db: Db, tenantId: string, data: DemoData, source: DemoSource, sink: DeferredRollups, now: Date, logger?: Logger): Promise<{ people: Map<string, DemoPerson>; ids: Map<string, string>; records: number }> {
  const hash = await hashPassword(data.password);
  return db.withTenant(tenantId, async (tx) => {
    const people = await createDemoCompany(tx, tenantId, data, hash, now);
    const boss = bossOf(people);
    const imported = await importBundle(tx, source.bundle, {}, { tenantId, userId: boss.id, roles: boss.roles, now, flows: flowStarter });
    log(logger, 'demo: company and template ready', { company: data.company.slug, users: people.size, definitions: imported.published.length });
    const ids = new Map<string, string>();
    let records = 0;
    for (const batch of data.history) {
      records += await writeBatch(tx, batch, { tenantId, people, ids, now, flows: flowStarter, rollups: sink });
      log(logger, 'demo: history written', { form: batch.form, records: batch.records.length });
    }
    return { people, ids, records };
  });
}

const bossOf = (people: ReadonlyMap<string, DemoPerson>): DemoPerson => [...people.values()].find((p) => p.roles.includes('admin'))!;

/**
 * Tidies the tables after thousands of writes, as the connecting role (their owner): the
 * embedded database runs no autovacuum, so without this the planner takes the records just
 * written for none, and the index on record data keeps them in its pending list; the rollups'
 * searches for the records referring to one would then read the whole form (45 ms instead of
 * under 1 ms each, measured with 300 customers).
 */
async function tidy(db: Db): Promise<void> {
  await db.exec('VACUUM ANALYZE');
}

/**
 * Marks every notification of the tenant so far as read and skips its pending emails (their
 * jobs dropped): the demo's two years of history raised them all at once on its first start,
 * about payments settled months ago. What the day's run and the day's records raise after this
 * stays unread and is delivered as usual. Returns how many notifications were marked read.
 *
 * @example
 * await db.withTenant(tenantId, (tx) => settleHistoryNotices(tx, tenantId, clock.now()));
 */
async function settleHistoryNotices(tx: Queryable, tenantId: string, now: Date): Promise<number> {
  await tx.query(
    `WITH skipped AS (
       UPDATE notification_deliveries SET status = 'skipped', detail = 'Demo history: about a past event, not sent.', updated_at = $2
       WHERE tenant_id = $1 AND channel = 'email' AND status = 'pending' RETURNING job_id
     )
     DELETE FROM jobs WHERE tenant_id = $1 AND status = 'queued' AND id IN (SELECT job_id FROM skipped)`,
    [tenantId, now],
  );
  const read = await tx.query<{ id: string }>('UPDATE notifications SET read_at = $2 WHERE tenant_id = $1 AND read_at IS NULL RETURNING id', [tenantId, now]);
  return read.length;
}

/** The day's new records and the approvers' decisions, in one transaction, every write made at once. */
async function writeRecent(db: Db, tenantId: string, data: DemoData, people: Map<string, DemoPerson>, ids: Map<string, string>, now: Date): Promise<number> {
  return db.withTenant(tenantId, async (tx) => {
    let records = 0;
    for (const batch of data.recent) records += await writeBatch(tx, batch, { tenantId, people, ids, now, flows: flowStarter });
    for (const d of data.decisions) {
      const id = ids.get(d.record);
      if (id === undefined) throw new Error(`The demo data decides on "${d.record}", which it does not define: fix the template's demo generator.`);
      await decide(tx, tenantId, id, d, now, flowStarter);
    }
    return records;
  });
}

/**
 * Starts the demo when the database is empty (no company yet); otherwise does nothing and
 * returns undefined, so a second start on the same data changes nothing. The demo company
 * gets the template's people (one password), the template imported through `importBundle`,
 * the demo data written through the records path (validated, scored, rules run, rollups kept,
 * approvals started), today's scheduled rule sets run by the job queue, then the day's new
 * orders, applications, payments and decisions. Dates are relative to the clock's business day.
 * The history is one transaction and its rollups a second: a first start killed between the two
 * leaves a company with stale rollups (the log's "demo: ready" never came), to be deleted.
 *
 * @example
 * const started = await startDemo(db, systemClock, await loadDemoSource(config.templatesDir), { logger });
 */
export async function startDemo(db: Db, clock: Clock, source: DemoSource, options: { readonly customers?: number; readonly logger?: Logger } = {}): Promise<DemoStarted | undefined> {
  if (!(await setupNeeded(db))) return undefined;
  const started = performance.now();
  const { logger } = options;
  const data = source.generate({ today: businessDay(clock.now()), ...(options.customers === undefined ? {} : { customers: options.customers }) });
  log(logger, 'demo: starting the demo company (first start on an empty database)', { company: data.company.slug, today: businessDay(clock.now()) });
  const tenantId = randomUUID();
  const sink = new DeferredRollups();
  const { people, ids, records } = await writeHistory(db, tenantId, data, source, sink, clock.now(), logger);
  await tidy(db);
  const [refreshed, notices] = await db.withTenant(tenantId, async (tx) => {
    const boss = bossOf(people);
    const done = await sink.flush(tx, { tenantId, userId: boss.id, roles: boss.roles, now: clock.now(), flows: flowStarter });
    return [done, await settleHistoryNotices(tx, tenantId, clock.now())];
  });
  log(logger, 'demo: rollups refreshed', { records: refreshed, historyNotificationsRead: notices });
  await tidy(db);
  const ran = await runToday(db, clock, tenantId, logger);
  log(logger, 'demo: scheduled rule sets run for today', { ruleSets: ran });
  const recent = await writeRecent(db, tenantId, data, people, ids, clock.now());
  const ms = Math.round(performance.now() - started);
  log(logger, 'demo: ready', { records: records + recent, decisions: data.decisions.length, seconds: Math.round(ms / 100) / 10 });
  return { tenantId, data, records: records + recent, ms };
}
