/**
 * @module Starting a record from the one it points at, on the demo company: a credit application
 * from a customer's page, a payment from a receivable's (its customer filled too), each saved or
 * cancelled back to where it started; an address naming records out of reach fills nothing, nor
 * does a named record's reference to one out of reach.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP, DEMO_PASSWORD, demoApi, field, recordIdOf, save, shown, signIn } from './demo.js';
import { artifacts, pickOption, startHarness } from './harness.js';
import type { Harness } from './harness.js';
import type { Page } from 'playwright-core';

const SALES = 'zhou@demo.heng.test';
/** Payments are finance's to record (the template's record permissions). */
const FINANCE = 'finance@demo.heng.test';
const OTHER_SALES = 'wu@demo.heng.test';
const ADMIN = 'admin@demo.heng.test';

interface Named {
  readonly id: string;
  readonly name: string;
}

/** Whether a picker shows nothing picked: its placeholder. */
const empty = async (page: Page, id: string): Promise<boolean> => (await field(page, id).locator('.ant-select-placeholder').count()) === 1;

let h: Harness;
/** One of the salesperson's customers, one with no credit application, an open receivable of theirs with its customer, and another salesperson's customer. */
let customer: Named;
let neverApplied: Named;
let receivable: Named & { readonly customer: Named };
let notTheirs: string;

beforeAll(async () => {
  h = await startHarness({ server: { demoEnv: { HENG_DEMO: '1', HENG_DEMO_CUSTOMERS: '40' } } });
  const sales = await demoApi(h, SALES);
  const customers = (await sales.get<{ items: { id: string; data: { company_name: string } }[] }>('/api/forms/customer/records?limit=100')).items;
  const receivables = (await sales.get<{ items: { id: string; data: { invoice_no: string; customer: string; outstanding?: number } }[] }>('/api/forms/receivable/records?limit=100')).items;
  const applied = new Set((await sales.get<{ items: { data: { customer: string } }[] }>('/api/forms/credit_application/records?limit=100')).items.map((a) => a.data.customer));
  const name = (id: string) => customers.find((c) => c.id === id)?.data.company_name ?? '';
  const open = receivables.find((r) => (r.data.outstanding ?? 0) > 1 && name(r.data.customer) !== '');
  const first = customers[0];
  if (first === undefined || open === undefined) throw new Error(`the demo gave ${SALES} no customer or no open receivable`);
  customer = { id: first.id, name: first.data.company_name };
  const fresh = customers.find((c) => c.id !== first.id && !applied.has(c.id));
  if (fresh === undefined) throw new Error(`every customer of ${SALES} has a credit application`);
  neverApplied = { id: fresh.id, name: fresh.data.company_name };
  receivable = { id: open.id, name: open.data.invoice_no, customer: { id: open.data.customer, name: name(open.data.customer) } };
  await sales.close();
  const other = await demoApi(h, OTHER_SALES);
  notTheirs = (await other.get<{ items: { id: string }[] }>('/api/forms/customer/records?limit=1')).items[0]?.id ?? '';
  await other.close();
}, 120_000);

afterAll(async () => {
  await h?.close();
});

/**
 * Publishes the template's payment form anew with creating open to every role, as a company may
 * choose, so a salesperson (held to row rules) starts one: what the prefill tests need. Run
 * before them, after the tests that see the template as it ships.
 */
async function letSalespeopleRecordPayments(): Promise<void> {
  const context = await h.browser.newContext({ baseURL: h.url });
  const { csrfToken } = (await (await context.request.post('/api/auth/login', { data: { tenant: 'demo', email: ADMIN, password: DEMO_PASSWORD } })).json()) as { csrfToken: string };
  const at = '/api/definitions/form/payment';
  const current = await context.request.get(`${at}/draft`);
  const { draft } = (await current.json()) as { draft: { permissions?: Record<string, unknown> } };
  const { create: _finance, ...others } = draft.permissions ?? {};
  const saved = await context.request.put(`${at}/draft`, { data: { ...draft, permissions: others }, headers: { 'X-CSRF-Token': csrfToken, 'If-Match': current.headers().etag ?? '' } });
  expect(saved.ok()).toBe(true);
  const published = await context.request.post(`${at}/publish`, { data: {}, headers: { 'X-CSRF-Token': csrfToken, 'If-Match': saved.headers().etag ?? '' } });
  expect(published.ok(), await published.text()).toBe(true);
  await context.close();
}

describe('starting a record from the record it points at', () => {
  it('starts a credit application from a customer’s page with the customer and its figures filled, and saves it there', async () => {
    const page = await signIn(h, SALES);
    await page.goto(`${h.url}${APP}/records/customer/${customer.id}`);
    await page.getByTestId('record-start').click();
    await page.getByRole('menuitem', { name: 'New credit application', exact: true }).click();
    await page.waitForURL((u) => u.pathname.endsWith('/credit_application/new') && u.searchParams.get('customer') === customer.id);
    await field(page, 'customer').getByText(customer.name).waitFor();
    // The lookups the customer gives show at once, as when it is picked by hand.
    await expect.poll(() => shown(page, 'customer_name')).toContain(customer.name);
    // What only the approvers fill in is left off the salesperson's new application, not shown as empty boxes.
    expect(await field(page, 'approved_amount').count()).toBe(0);
    expect(await field(page, 'approved_terms_days').count()).toBe(0);
    await page.getByLabel('Amount applied for', { exact: true }).fill('50000');
    await page.getByLabel('Reason', { exact: true }).fill('New distribution contract.');
    await save(page);
    await page.waitForURL((u) => /\/credit_application\/[^/]+$/.test(u.pathname) && !u.pathname.endsWith('/new'));
    const sales = await demoApi(h, SALES);
    const made = await sales.get<{ data: { customer: string; customer_name: string } }>(`/api/forms/credit_application/records/${recordIdOf(page)}`);
    await sales.close();
    expect(made.data).toMatchObject({ customer: customer.id, customer_name: customer.name });
    await page.context().close();
  });

  it('records a payment, as finance, from a receivable’s related payments, with its customer filled, and cancels back to the receivable', async () => {
    const page = await signIn(h, FINANCE);
    await page.goto(`${h.url}${APP}/records/receivable/${receivable.id}`);
    await page.getByRole('tab', { name: 'Related' }).click();
    await page.locator('[data-start="payment.receivable"]').click();
    await field(page, 'receivable').getByText(receivable.name).waitFor();
    await field(page, 'customer').getByText(receivable.customer.name).waitFor();
    await expect.poll(() => shown(page, 'invoice_no')).toContain(receivable.name);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.waitForURL((u) => u.pathname === `${APP}/records/receivable/${receivable.id}`);

    await page.getByRole('tab', { name: 'Related' }).click();
    await page.locator('[data-start="payment.receivable"]').click();
    await field(page, 'customer').getByText(receivable.customer.name).waitFor();
    await field(page, 'payment_no').getByText('Assigned on save').waitFor();
    await page.getByLabel('Amount', { exact: true }).fill('1');
    await pickOption(page, 'Method', 'Bank transfer');
    await save(page);
    // Named by the number the server gave it.
    await page.getByTestId('record-title').getByText(/^PAY-\d{8}-\d{4,}$/).waitFor();
    expect(await shown(page, 'receivable_customer')).toContain(receivable.customer.name);
    await page.context().close();
  });

  it('offers the shortcuts in Chinese, on the header and on each related table, even an empty one, only to forms the user may create', async () => {
    const page = await signIn(h, SALES);
    await page.goto(`${h.url}${APP}/records/customer/${neverApplied.id}`);
    await page.getByText('中文', { exact: true }).click();
    await page.getByTestId('record-start').click();
    await page.getByRole('menuitem', { name: '新建授信申请' }).waitFor();
    await page.screenshot({ path: `${artifacts}record-shortcuts-menu-zh-CN.png` });
    await page.keyboard.press('Escape');
    await page.getByRole('tab', { name: '关联记录' }).click();
    for (const form of ['sales_order', 'credit_application']) await page.locator(`[data-start="${form}.customer"]`).waitFor();
    // Receivables and payments are finance's to record (the template's record permissions): no shortcut to them for a salesperson.
    for (const form of ['receivable', 'payment']) await expect(page.locator(`[data-start="${form}.customer"]`).count()).resolves.toBe(0);
    await page.locator('[data-related="credit_application.customer"]').getByText('暂无记录').waitFor();
    await page.screenshot({ path: `${artifacts}record-shortcuts-related-zh-CN.png`, fullPage: true });
    await page.locator('[data-start="credit_application.customer"]').click();
    await expect.poll(() => shown(page, 'customer_name')).toContain(neverApplied.name);
    await page.getByRole('link', { name: '返回原记录' }).waitFor();
    await page.screenshot({ path: `${artifacts}record-shortcuts-new-zh-CN.png`, fullPage: true });
    await page.context().close();
  });

  describe('with payments open to every role, as a company may choose', () => {
    beforeAll(letSalespeopleRecordPayments);

    it('fills nothing an address names out of the user’s reach or that is no reference, and still opens the form', async () => {
      const page = await signIn(h, SALES);
      await page.goto(`${h.url}${APP}/records/payment/new?customer=${notTheirs}&receivable=gone&amount=5&invoice_no=x`);
      await page.getByLabel('Amount', { exact: true }).waitFor();
      expect(await page.getByLabel('Amount', { exact: true }).inputValue()).toBe('');
      expect(await empty(page, 'customer')).toBe(true);
      expect(await empty(page, 'receivable')).toBe(true);
      await page.getByRole('link', { name: 'Back to the list' }).click();
      await page.waitForURL((u) => u.pathname === `${APP}/records/payment`);
      await page.context().close();
    });

    it('fills no reference the named record holds to a record out of the user’s reach, nor shows its name', async () => {
      // A receivable in the salesperson's charge whose customer is another salesperson's.
      const admin = await demoApi(h, ADMIN);
      const zhou = (await admin.get<{ id: string; email: string }[]>('/api/users')).find((u) => u.email === SALES);
      const other = await admin.get<{ data: { company_name: string } }>(`/api/forms/customer/records/${notTheirs}`);
      const inv = await admin.post<{ id: string }>('/api/forms/receivable/records', { invoice_no: 'INV-OUT-OF-REACH', customer: notTheirs, salesperson: zhou?.id, amount: 1000, due_date: '2030-01-01' });
      await admin.close();
      const page = await signIn(h, SALES);
      await page.goto(`${h.url}${APP}/records/payment/new?receivable=${inv.id}`);
      await field(page, 'receivable').getByText('INV-OUT-OF-REACH').waitFor();
      expect(await empty(page, 'customer')).toBe(true);
      expect(await page.locator('body').innerText()).not.toContain(other.data.company_name);
      await page.context().close();
    });
  });
});
