import { expect, it } from 'vitest';
import { caller, createAndPublish } from '../definitions/testing.js';
import { RECORD_TEST_MODULES } from '../records/testing.js';
import { Scheduler } from '../schedules/scheduler.js';
import { listSchedules } from '../schedules/store.js';
import { onBothDatabases } from '../tenancy/testing.js';
import { drain } from './testing-jobs.js';

const t = (en: string) => ({ en, 'zh-CN': en });
const invoice = {
  kind: 'form', id: 'invoice', name: t('Invoice'),
  fields: [
    { id: 'due_date', type: 'date', label: t('Due'), required: true },
    { id: 'days_overdue', type: 'formula', label: t('Days overdue'), formula: 'MAX(DAYS(TODAY(), due_date), 0)', resultType: 'number' },
  ],
  sections: [{ id: 'main', label: t('Main'), columns: 1, fields: ['due_date', 'days_overdue'] }],
};
// A daily rule set whose rule never fires: the run itself is what brings the stored formulas up to date.
const daily = {
  kind: 'ruleset', id: 'daily', name: t('Daily'), form: 'invoice', trigger: { kind: 'schedule', cron: '0 8 * * *', timezone: 'Asia/Shanghai' },
  rules: [{ id: 'never', name: t('Never'), conditions: { all: [{ fact: 'days_overdue', operator: 'lessThan', value: -1 }] }, actions: [{ kind: 'add_flag', id: 'f', flag: 'x' }] }],
};

onBothDatabases(
  (app) => {
    it('stores formulas that read TODAY() recomputed by the daily run, and writes nothing when they did not move', async () => {
      const a = app();
      await drain(a);
      const admin = await caller(a, ['admin']);
      const tenantId = admin.company.tenantId;
      a.clock.set('2026-03-01T04:00:00.000Z');
      await createAndPublish(admin, invoice);
      await createAndPublish(admin, daily);
      const res = await admin.call('POST', '/api/forms/invoice/records', { due_date: '2026-03-01' });
      const { id } = (await res.json()) as { id: string };
      const read = async () => (await (await admin.call('GET', `/api/forms/invoice/records/${id}`)).json()) as { revision: number; data: { days_overdue: number } };
      expect((await read()).data.days_overdue).toBe(0);
      const fire = async () => {
        const [schedule] = await a.db.withTenant(tenantId, (tx) => listSchedules(tx, tenantId));
        a.clock.set(schedule!.nextRunAt);
        await new Scheduler({ db: a.db, clock: a.clock }).tick();
        await drain(a);
      };
      await fire(); // 2026-03-02 08:00 in Shanghai: one day overdue
      expect((await read())).toMatchObject({ revision: 2, data: { days_overdue: 1 } });
      await drain(a);
      expect((await read()).revision).toBe(2);
      await fire();
      expect((await read())).toMatchObject({ revision: 3, data: { days_overdue: 2 } });
    });
  },
  { modules: RECORD_TEST_MODULES },
);
