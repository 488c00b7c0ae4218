import { describe, expect, it } from 'vitest';
import { createAndPublish } from '../definitions/testing.js';
import type { Caller } from '../definitions/testing.js';
import { body, create, creditCompany, TEMPLATE_TEST_MODULES } from '../demo/testing.js';
import { bearer, onBothDatabases } from '../tenancy/testing.js';
import { createUser } from '../tenancy/users.js';

const SECRET = '法人涉赌，暂缓放账';

const customer = (owner: string) => ({
  company_name: '福州闽江机械制造有限公司', credit_code: '91350100MA2XN0K103', enterprise_type: 'private', industry: 'manufacturing', region: 'east',
  annual_sales: 60_000_000, total_assets: 50_000_000, total_liabilities: 20_000_000, founded_on: '2015-01-01', cooperation_since: '2020-03-01', sales_owner: owner,
  contacts: [{ id: 'c1', name: '林芳', title: '财务经理', phone: '13800138000', primary: true }],
});

// What an admin of the credit template may write: texts naming the risk notes, which the
// template hides from salespeople and sales managers.
const riskWatch = {
  kind: 'ruleset', id: 'risk_watch', name: { 'zh-CN': '风控关注', en: 'Risk watch' }, form: 'customer',
  trigger: { kind: 'record_updated', fields: ['risk_notes'] },
  rules: [{
    id: 'noted', name: { 'zh-CN': '风控备注', en: 'Risk noted' },
    conditions: { all: [{ fact: 'risk_notes', operator: 'notEqual', value: '' }] },
    actions: [
      { kind: 'create_task', id: 'ask', assignee: { field: 'sales_owner' }, dueInDays: 3, title: { 'zh-CN': '核实 {{company_name}}：{{risk_notes}}', en: 'Check {{company_name}}: {{risk_notes}}' } },
      { kind: 'freeze', id: 'hold', scope: 'orders', reason: { 'zh-CN': '风控暂停：{{risk_notes}}', en: 'Held by risk: {{risk_notes}}' } },
      { kind: 'notify', id: 'tell', to: { role: 'salesperson' }, message: { 'zh-CN': '{{company_name}} 已暂停接单：{{risk_notes}}', en: 'Orders of {{company_name}} held: {{risk_notes}}' } },
    ],
  }],
};

interface Text { readonly 'zh-CN': string; readonly en: string }

onBothDatabases(
  (app) => {
    describe('rule texts naming a field hidden from the reader', () => {
      it('show its value only to readers who may see the field: on the record, in my tasks, in notifications, in the rule runs', async () => {
        const t = app();
        t.clock.set('2025-06-30T01:00:00.000Z');
        const co = await creditCompany(t);
        await createAndPublish(co.admin, riskWatch);
        // A salesperson who is also a risk officer may read the risk notes.
        const both = await createUser(t.db, co.admin.company.tenantId, { email: `both@${co.admin.company.slug}.cn`, displayName: 'both', roles: ['salesperson', 'risk_officer'] });
        const auth = await bearer(t, co.admin.company.tenantId, both.id, ['salesperson', 'risk_officer']);
        const lead: Caller = { company: co.admin.company, call: async (method, path, b) => t.app.request(path, { method, headers: auth, ...(b === undefined ? {} : { body: JSON.stringify(b) }) }) };

        const c = await create(co.as.finance, 'customer', customer(co.ids.sales!));
        await body(await co.as.risk.call('PATCH', `/api/forms/customer/records/${c.id}`, { risk_notes: SECRET }, { 'If-Match': `"${c.revision}"` }));

        const texts = async (who: Caller) => {
          const status = await body<{ tasks: { title: Text }[]; freezes: { reason: Text }[] }>(await who.call('GET', `/api/forms/customer/records/${c.id}/status`));
          const runs = await body<{ ruleSet: string; effects: { effect: { title?: Text; reason?: Text; message?: Text } }[] }[]>(await who.call('GET', `/api/forms/customer/records/${c.id}/rule-runs`));
          const fired = runs.filter((r) => r.ruleSet === 'risk_watch').flatMap((r) => r.effects.flatMap(({ effect: e }) => [e.title, e.reason, e.message].filter((x) => x !== undefined)));
          return [...status.tasks.map((x) => x.title), ...status.freezes.map((x) => x.reason), ...fired];
        };
        const notices = async (who: Caller) =>
          (await body<{ items: { message: Text; data: { ruleSet?: string } }[] }>(await who.call('GET', '/api/notifications'))).items.filter((n) => n.data.ruleSet === 'risk_watch').map((n) => n.message);

        const owner = [...(await texts(co.as.sales)), ...(await notices(co.as.sales))];
        expect(owner.length).toBe(6);
        for (const text of owner) {
          expect(text['zh-CN']).not.toContain(SECRET);
          expect(text.en).not.toContain(SECRET);
        }
        expect((await body<{ items: { title: Text }[] }>(await co.as.sales.call('GET', '/api/tasks'))).items.map((x) => x.title)).toEqual([
          { 'zh-CN': '核实 福州闽江机械制造有限公司：[已隐藏]', en: 'Check 福州闽江机械制造有限公司: [hidden]' },
        ]);
        const task = (await body<{ items: { id: string }[] }>(await co.as.sales.call('GET', '/api/tasks'))).items[0]!;
        expect((await body<{ title: Text }>(await co.as.sales.call('POST', `/api/tasks/${task.id}/done`))).title.en).toBe('Check 福州闽江机械制造有限公司: [hidden]');
        expect(await notices(co.as.sales)).toEqual([{ 'zh-CN': '福州闽江机械制造有限公司 已暂停接单：[已隐藏]', en: 'Orders of 福州闽江机械制造有限公司 held: [hidden]' }]);

        // Those who may read the field lose nothing.
        expect((await texts(co.as.risk)).map((x) => x.en)).toEqual([
          `Held by risk: ${SECRET}`, `Check 福州闽江机械制造有限公司: ${SECRET}`, `Held by risk: ${SECRET}`, `Orders of 福州闽江机械制造有限公司 held: ${SECRET}`,
        ]);
        expect(await notices(lead)).toEqual([{ 'zh-CN': `福州闽江机械制造有限公司 已暂停接单：${SECRET}`, en: `Orders of 福州闽江机械制造有限公司 held: ${SECRET}` }]);
        // The email each is sent says what their notification says.
        const emails = await t.db.withTenant(co.admin.company.tenantId, (tx) =>
          tx.query<{ target: string; text: string }>("SELECT target, body->>'text' AS text FROM notification_deliveries WHERE channel = 'email' ORDER BY target"));
        expect(emails.find((e) => e.target === co.ids.sales)?.text).not.toContain(SECRET);
        expect(emails.find((e) => e.target === both.id)?.text).toContain(SECRET);
      });
    });
  },
  { modules: TEMPLATE_TEST_MODULES },
);
