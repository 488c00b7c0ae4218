import { describe, expect, it } from 'vitest';
import { caller } from '../definitions/testing.js';
import { body, create, creditCompany, TEMPLATE_TEST_MODULES } from '../demo/testing.js';
import { onBothDatabases } from '../tenancy/testing.js';
import type { TaskItem } from './tasks.js';

const customer = (owner: string) => ({
  company_name: '福州闽江机械制造有限公司', credit_code: '91350100MA2XN0K103', enterprise_type: 'private', industry: 'manufacturing', region: 'east',
  annual_sales: 60_000_000, total_assets: 50_000_000, total_liabilities: 20_000_000, founded_on: '2015-01-01', cooperation_since: '2020-03-01', sales_owner: owner,
  contacts: [{ id: 'c1', name: '林芳', title: '财务经理', phone: '13800138000', primary: true }],
});

onBothDatabases(
  (app) => {
    describe('my tasks', () => {
      it('lists a task given to my role, lets someone in that role mark it done once, and no one else', async () => {
        const t = app();
        t.clock.set('2025-06-30T01:00:00.000Z');
        const co = await creditCompany(t);
        const c = await create(co.as.finance, 'customer', customer(co.ids.sales!));
        // Changed financials: the credit template gives risk a task to verify them.
        await body(await co.as.finance.call('PATCH', `/api/forms/customer/records/${c.id}`, { annual_sales: 90_000_000 }, { 'If-Match': `"${c.revision}"` }));
        const list = async (who: typeof co.admin, status = 'open') => (await body<{ items: TaskItem[] }>(await who.call('GET', `/api/tasks?status=${status}`))).items;
        const [task, ...more] = await list(co.as.risk);
        expect(more).toEqual([]);
        expect(task).toMatchObject({ formId: 'customer', recordId: c.id, assigneeRole: 'risk_officer', status: 'open', dueDate: '2025-07-03', doneBy: null });
        expect(task?.title['zh-CN']).toBe('核实 福州闽江机械制造有限公司 更新的财务数据（信用评分已随之重算）');
        expect(await list(co.as.sales)).toEqual([]);

        const done = (who: typeof co.admin) => who.call('POST', `/api/tasks/${task!.id}/done`);
        expect((await done(co.as.sales)).status).toBe(404);
        // Another company's risk officer and admin neither see it nor close it.
        const elsewhere = await creditCompany(t);
        expect(await list(elsewhere.as.risk)).toEqual([]);
        expect((await done(elsewhere.as.risk)).status).toBe(404);
        expect((await done(elsewhere.admin)).status).toBe(404);
        const closed = await body<TaskItem>(await done(co.as.risk));
        expect(closed).toMatchObject({ id: task!.id, status: 'done', doneBy: co.ids.risk, closeReason: null });
        expect((await done(co.as.risk)).status).toBe(409);
        expect(await list(co.as.risk)).toEqual([]);
        expect((await list(co.as.risk, 'done')).map((x) => x.id)).toEqual([task!.id]);
        // The record no longer shows it as open.
        const status = await body<{ tasks: unknown[] }>(await co.as.risk.call('GET', `/api/forms/customer/records/${c.id}/status`));
        expect(status.tasks).toEqual([]);
        expect((await co.as.risk.call('GET', '/api/tasks?status=later')).status).toBe(400);

        // A task given to every salesperson is theirs only where they reach its record.
        const roleTask = '00000000-0000-4000-8000-0000000000bb';
        await t.db.withTenant(co.admin.company.tenantId, (tx) =>
          tx.query(`INSERT INTO tasks (tenant_id, id, record_id, assignee_role, title, due_date, status, rule_set_id, rule_id, created_at) VALUES ($1, $2, $3, 'salesperson', '{"zh-CN":"回访","en":"Call back"}'::jsonb, '2025-07-01', 'open', 'rs', 'r', now())`, [
            co.admin.company.tenantId, roleTask, c.id,
          ]));
        const other = await caller(t, ['salesperson'], co.admin.company);
        expect((await list(co.as.sales)).map((x) => x.id)).toEqual([roleTask]);
        expect(await list(other)).toEqual([]);
        expect((await other.call('POST', `/api/tasks/${roleTask}/done`)).status).toBe(404);
        expect((await body<TaskItem>(await co.as.sales.call('POST', `/api/tasks/${roleTask}/done`))).status).toBe('done');
        expect((await co.as.risk.call('POST', '/api/tasks/not-a-task/done')).status).toBe(404);
      });
    });
  },
  { modules: TEMPLATE_TEST_MODULES },
);
