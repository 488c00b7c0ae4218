import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonLogger } from '../http/logger.js';
import { sendEmails } from '../notifications/notify.js';
import { createTestPostgres, freshPglite } from '../test-support/databases.js';
import { createAuthTestApp, signIn } from '../tenancy/testing.js';
import type { AuthTestApp, TestSession } from '../tenancy/testing.js';
import { startDemo } from './boot.js';
import type { DemoStarted } from './boot.js';
import { demoOnStart } from './index.js';
import { loadDemoSource } from './source.js';
import { body, runScheduleAt, TEMPLATE_TEST_MODULES, TEMPLATES } from './testing.js';
import type { Rec } from './testing.js';

// 09:00 in Beijing on 30 June 2025: the demo's "today". A smaller company than `pnpm start`'s, so the test stays quick.
const TODAY = '2025-06-30T01:00:00.000Z';
const CUSTOMERS = 40;
const FORMS = ['customer', 'sales_order', 'receivable', 'payment', 'credit_application'];

describe.each(['pglite', 'postgres'] as const)('the demo start on %s', (kind) => {
  let t: AuthTestApp;
  let release = async (): Promise<void> => {};
  let started: DemoStarted;
  const sessions = new Map<string, TestSession>();

  /** A demo user's browser session, signed in with the demo password. */
  const as = async (email: string): Promise<TestSession> => {
    const held = sessions.get(email);
    if (held !== undefined) return held;
    const s = await signIn(t.app, started.data.company.slug, email, started.data.password, `198.51.100.${sessions.size + 10}`);
    sessions.set(email, s);
    return s;
  };
  const call = async (email: string, method: string, path: string, payload?: unknown): Promise<Response> =>
    t.app.request(path, { method, headers: (await as(email)).headers, ...(payload === undefined ? {} : { body: JSON.stringify(payload) }) });
  const list = async (form: string, query: string): Promise<Rec[]> => (await body<{ items: Rec[] }>(await call(BOSS, 'GET', `/api/forms/${form}/records?limit=200&${query}`))).items;
  const read = async (form: string, id: string): Promise<Rec> => body<Rec>(await call(BOSS, 'GET', `/api/forms/${form}/records/${id}`));
  const counts = async (): Promise<unknown> => t.db.withTenant(started.tenantId, (tx) => tx.query('SELECT form_id, count(*)::int AS n FROM records WHERE tenant_id = $1 GROUP BY form_id ORDER BY form_id', [started.tenantId]));
  const BOSS = 'admin@demo.heng.test';

  beforeAll(async () => {
    // As a server with SMTP set up: the history's emails must then be kept from being sent.
    sendEmails(true);
    const db = kind === 'pglite' ? await freshPglite() : await createTestPostgres().then((pg) => {
      release = () => pg.drop();
      return pg.db;
    });
    if (kind === 'pglite') release = () => db.close();
    t = await createAuthTestApp({ db, modules: TEMPLATE_TEST_MODULES });
    t.clock.set(TODAY);
    started = (await startDemo(t.db, t.clock, await loadDemoSource(TEMPLATES), { customers: CUSTOMERS }))!;
  }, 600_000);
  afterAll(async () => {
    sendEmails(false);
    await release();
  });

  it('creates the demo company with a user per role, who sign in with the printed password', async () => {
    expect(started.data.company.slug).toBe('demo');
    for (const u of started.data.users) {
      const me = await body<{ user: { email: string }; roles: string[] }>(await call(u.email, 'GET', '/api/me'));
      expect([me.user.email, me.roles]).toEqual([u.email, u.roles]);
    }
  });

  it('has records in every form, and customers in every grade', async () => {
    for (const form of FORMS) expect((await list(form, 'limit=1')).length, form).toBeGreaterThan(0);
    const customers = await list('customer', '');
    expect(customers).toHaveLength(CUSTOMERS);
    expect(new Set(customers.map((c) => c.data.credit_grade))).toEqual(new Set(['AAA', 'AA', 'A', 'B', 'D']));
  });

  it('dates each receivable by the terms its customer had when it was issued, and shows the old write-offs as legal’s, no longer ageing', async () => {
    const [terms] = await t.db.withTenant(started.tenantId, (tx) =>
      tx.query<{ n: number; off: number }>(
        `SELECT count(*)::int AS n, count(*) FILTER (WHERE (data->>'due_date')::date - (data->>'issued_on')::date <> (data->>'customer_terms')::int)::int AS off
         FROM records WHERE tenant_id = $1 AND form_id = 'receivable'`, [started.tenantId]));
    expect(terms!.n).toBeGreaterThan(100);
    expect(terms!.off).toBe(0);
    const lost = await list('receivable', 'filter[status]=bad_debt');
    expect(lost.length).toBeGreaterThan(0);
    expect(new Set(lost.map((r) => JSON.stringify([r.data.collection_stage, r.data.days_overdue, r.data.aging_bucket])))).toEqual(new Set(['["legal",0,"written_off"]']));
  });

  it('numbers the history’s orders and payments by their own dates, never one number twice', async () => {
    for (const [form, no, on] of [['sales_order', 'order_no', 'order_date'], ['payment', 'payment_no', 'paid_on']] as const) {
      const [row] = await t.db.withTenant(started.tenantId, (tx) =>
        tx.query<{ n: number; days: number; off: number; numbers: number }>(
          `SELECT count(*)::int AS n, count(DISTINCT data->>$3)::int AS days, count(DISTINCT data->>$2)::int AS numbers,
                  count(*) FILTER (WHERE substr(data->>$2, strpos(data->>$2, '-') + 1, 8) <> replace(data->>$3, '-', ''))::int AS off
           FROM records WHERE tenant_id = $1 AND form_id = $4`, [started.tenantId, no, on, form]));
      expect(row!.days, form).toBeGreaterThan(30);
      expect([row!.off, row!.numbers], form).toEqual([0, row!.n]);
    }
  });

  it('shows a salesperson their own customers and orders only; the boss sees all', async () => {
    const zhou = started.data.users.find((u) => u.email === 'zhou@demo.heng.test')!;
    const me = await body<{ user: { id: string } }>(await call(zhou.email, 'GET', '/api/me'));
    const theirs = (await body<{ items: Rec[] }>(await call(zhou.email, 'GET', '/api/forms/customer/records?limit=200'))).items;
    expect(theirs.length).toBeGreaterThan(0);
    expect(theirs.length).toBeLessThan(CUSTOMERS);
    expect(new Set(theirs.map((c) => c.data.sales_owner))).toEqual(new Set([me.user.id]));
    const orders = (await body<{ items: Rec[] }>(await call(zhou.email, 'GET', '/api/forms/sales_order/records?limit=200'))).items;
    expect(new Set(orders.map((o) => o.data.salesperson))).toEqual(new Set([me.user.id]));
    const other = (await list('customer', '')).find((c) => c.data.sales_owner !== me.user.id)!;
    expect((await call(zhou.email, 'GET', `/api/forms/customer/records/${other.id}`)).status).toBe(404);
  });

  it('ran the day’s escalation: customers frozen at the second tier, with the notices and tasks', async () => {
    const notices = await list('receivable', 'filter[collection_stage]=notice');
    expect(notices.length).toBeGreaterThan(0);
    // Blacklisted above all; any other customer with one is frozen.
    const owners = await Promise.all(notices.map((r) => read('customer', r.data.customer as string)));
    expect(owners.every((c) => c.data.credit_status === (c.data.blacklisted === true ? 'blacklisted' : 'frozen'))).toBe(true);
    const customer = owners.find((c) => c.data.blacklisted !== true)!;
    expect(customer.data.frozen_receivables).toBeGreaterThan(0);
    const status = await body<{ freezes: { scope: string }[] }>(await call(BOSS, 'GET', `/api/forms/customer/records/${customer.id}/status`));
    expect(status.freezes.map((f) => f.scope)).toEqual(['orders']);
    // Each receivable reaching the notice tier told its salesperson to send a formal notice, and gave their manager (the sales manager) a task.
    const [told] = await t.db.withTenant(started.tenantId, (tx) =>
      tx.query<{ notices: number; tasks: number; to_manager: number; to_sun: number }>(
        `SELECT (SELECT count(*)::int FROM notifications WHERE tenant_id = $1 AND message->>'en' LIKE 'Send % a formal collection notice:%') AS notices,
                count(*)::int AS tasks, count(*) FILTER (WHERE k.assignee_user = s.manager_id)::int AS to_manager,
                count(*) FILTER (WHERE m.email LIKE 'sales.manager@%')::int AS to_sun
         FROM tasks k JOIN records r ON r.tenant_id = k.tenant_id AND r.id = k.record_id
         JOIN users s ON s.tenant_id = k.tenant_id AND s.id = r.data->>'salesperson' LEFT JOIN users m ON m.tenant_id = k.tenant_id AND m.id = k.assignee_user
         WHERE k.tenant_id = $1 AND k.action_id = 'manager_task'`, [started.tenantId]));
    expect(told!.notices).toBeGreaterThanOrEqual(notices.length);
    expect(told!.tasks).toBeGreaterThanOrEqual(notices.length);
    expect([told!.to_manager, told!.to_sun]).toEqual([told!.tasks, told!.tasks]);
    // Those are today's, unread; the history's (settled invoices, first ratings) are read and were never emailed;
    // today's decisions marked the approvers' notices they settled handled, and so read.
    const [inbox] = await t.db.withTenant(started.tenantId, (tx) =>
      tx.query<{ unread_notices: number; read: number; emails: number; handled: number }>(
        `SELECT (SELECT count(*)::int FROM notifications WHERE tenant_id = $1 AND read_at IS NULL AND message->>'en' LIKE 'Send % a formal collection notice:%') AS unread_notices,
                (SELECT count(*)::int FROM notifications WHERE tenant_id = $1 AND read_at IS NOT NULL AND handled_at IS NULL) AS read,
                (SELECT count(*)::int FROM notifications WHERE tenant_id = $1 AND handled_at IS NOT NULL AND read_at IS NOT NULL) AS handled,
                (SELECT count(*)::int FROM notification_deliveries WHERE tenant_id = $1 AND detail LIKE 'Demo history:%') AS emails`, [started.tenantId]));
    expect(inbox!.unread_notices).toBe(told!.notices);
    expect(inbox!.read).toBeGreaterThan(0);
    expect(inbox!.emails).toBe(inbox!.read);
    expect(inbox!.handled).toBeGreaterThan(0);
    expect((await list('receivable', 'filter[collection_stage]=legal')).length).toBeGreaterThan(0);
    expect((await list('receivable', 'filter[collection_stage]=reminder')).length).toBeGreaterThan(0);
  });

  it('held an order over the available credit, its approval running, and refused the blacklisted customers’ orders', async () => {
    const held = await list('sales_order', 'filter[status]=held');
    expect(held.length).toBeGreaterThan(0);
    expect(held[0]!.data).toMatchObject({ over_limit: true, approval_status: 'running' });
    const approvals = await body<{ items: { flowId: string; status: string }[] }>(await call(BOSS, 'GET', `/api/forms/sales_order/records/${held[0]!.id}/approvals`));
    expect(approvals.items).toEqual([expect.objectContaining({ flowId: 'order_over_limit', status: 'running' })]);
    const refused = await list('sales_order', 'filter[refusal_reason]=blacklisted');
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((o) => o.data.status === 'refused' && o.data.customer_blacklisted === true)).toBe(true);
    const runs = await body<{ ruleSet: string; fired: string[] }[]>(await call(BOSS, 'GET', `/api/forms/sales_order/records/${refused[0]!.id}/rule-runs`));
    expect(runs.filter((r) => r.fired.length > 0).map((r) => [r.ruleSet, r.fired])).toEqual([['order_credit_check', ['blacklisted']]]);
  });

  it('lifts the freeze when a second-tier receivable is paid in full, days after its due date', async () => {
    // Twelve days on, the daily run moves the receivables due then into the tiers; a customer frozen by exactly one is picked,
    // one that paying it brings back within its limit.
    await runScheduleAt(t, '2025-07-12T00:00:00.000Z');
    // Twelve days idle end every session: sign in again.
    sessions.clear();
    let target: { receivable: Rec; customer: Rec } | undefined;
    for (const r of await list('receivable', 'filter[collection_stage]=notice')) {
      const customer = await read('customer', r.data.customer as string);
      const withinLimit = (customer.data.available_credit as number) + (r.data.outstanding as number) >= 0;
      if (customer.data.frozen_receivables === 1 && customer.data.blacklisted !== true && withinLimit) target = { receivable: r, customer };
    }
    expect(target).toBeDefined();
    const { receivable, customer } = target!;
    expect(customer.data).toMatchObject({ credit_status: 'frozen' });
    const paid = await call('finance@demo.heng.test', 'POST', '/api/forms/payment/records', {
      customer: customer.id, receivable: receivable.id, amount: receivable.data.outstanding, paid_on: '2025-07-12', method: 'bank_transfer',
    });
    expect(paid.status, await paid.clone().text()).toBe(201);
    expect((await read('receivable', receivable.id)).data).toMatchObject({ status: 'paid', collection_stage: 'none', outstanding: 0 });
    expect((await read('customer', customer.id)).data).toMatchObject({ frozen_receivables: 0, credit_status: 'normal' });
    const status = await body<{ freezes: unknown[] }>(await call(BOSS, 'GET', `/api/forms/customer/records/${customer.id}/status`));
    expect(status.freezes).toEqual([]);
  });

  it('starts without the demo, saying why, when the template has none', async () => {
    const lines: Record<string, unknown>[] = [];
    const logger = jsonLogger({ write: (line) => lines.push(JSON.parse(line) as Record<string, unknown>) });
    const printed: string[] = [];
    await demoOnStart(t.db, t.clock, '/nonexistent/templates', logger, { HENG_DEMO: '1' }, (text) => printed.push(text));
    expect(printed).toEqual([]);
    expect(lines).toEqual([expect.objectContaining({ level: 'error', msg: 'demo: the demo company could not be made; starting without it', error: expect.stringContaining('No demo template in /nonexistent/templates/credit-management') })]);
  });

  it('does nothing new on a second start, and prints the sign-in details only in demo mode', async () => {
    const before = await counts();
    expect(await startDemo(t.db, t.clock, await loadDemoSource(TEMPLATES), { customers: CUSTOMERS })).toBeUndefined();
    expect(await counts()).toEqual(before);
    const printed: string[] = [];
    await demoOnStart(t.db, t.clock, TEMPLATES, undefined, {}, (text) => printed.push(text));
    expect(printed).toEqual([]);
    await demoOnStart(t.db, t.clock, TEMPLATES, undefined, { HENG_DEMO: '1' }, (text) => printed.push(text));
    expect(await counts()).toEqual(before);
    const text = printed.join('');
    for (const needle of ['company code 企业代码: demo', `演示账号密码: ${started.data.password}`, ...started.data.users.map((u) => u.email)]) expect(text).toContain(needle);
  });
});
