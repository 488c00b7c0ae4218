import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedAs } from './definitions-seed.js';
import type { Seed } from './definitions-seed.js';
import { ADMIN, startHarness } from './harness.js';
import type { Harness } from './harness.js';

let h: Harness;
let seed: Seed;

const t = (en: string, zh: string) => ({ en, 'zh-CN': zh });
const form = (id: string, name: ReturnType<typeof t>, fields: readonly Record<string, unknown>[]) => ({
  kind: 'form', id, name, fields, sections: [{ id: 'main', label: t('Main', '基本信息'), columns: 1, fields: fields.map((f) => f.id) }],
});
const customer = form('customer', t('Customer', '客户'), [{ id: 'company_name', type: 'text', label: t('Company', '企业名称') }]);
const receivable = form('receivable', t('Receivable', '应收账款'), [
  { id: 'invoice_no', type: 'text', label: t('Invoice', '发票号') },
  { id: 'customer', type: 'reference', target: 'customer', label: t('Customer', '客户') },
  { id: 'status', type: 'single_select', label: t('Status', '状态'), options: [{ id: 'open', label: t('Open', '未结清') }, { id: 'paid', label: t('Paid', '已结清') }] },
]);
/** A payment with no filter yet: the admin sets it in the designer. */
const payment = form('payment', t('Payment', '回款'), [
  { id: 'payment_no', type: 'text', label: t('Payment number', '回款单号') },
  { id: 'customer', type: 'reference', target: 'customer', label: t('Customer', '客户') },
  { id: 'receivable', type: 'reference', target: 'receivable', label: t('Receivable', '核销应收') },
]);

beforeAll(async () => {
  h = await startHarness({ withAdmin: true });
  seed = await seedAs(h);
  await seed.saveAndPublish('form', customer);
  await seed.saveAndPublish('form', receivable);
  await seed.save('form', payment);
  const acme = await seed.createRecord('customer', { company_name: 'Acme' });
  const bolt = await seed.createRecord('customer', { company_name: 'Bolt' });
  await seed.createRecord('receivable', { invoice_no: 'INV-ACME-OPEN', customer: acme, status: 'open' });
  await seed.createRecord('receivable', { invoice_no: 'INV-ACME-PAID', customer: acme, status: 'paid' });
  await seed.createRecord('receivable', { invoice_no: 'INV-BOLT-OPEN', customer: bolt, status: 'open' });
});

afterAll(async () => {
  await seed?.close();
  await h?.close();
});

describe('a reference field that offers only some records', () => {
  it('is set in the form designer without JSON, and its picker offers only the customer\'s open receivables', async () => {
    const page = await h.page('en', { signedIn: true });
    page.setDefaultTimeout(20_000);
    await page.goto(`${h.url}/apps/${ADMIN.tenant}/forms/payment`);
    await page.locator('.fd-card[data-field=receivable] .fd-card-label').click();
    const panel = page.getByTestId('reference-filter');
    const pick = async (label: string, option: string) => {
      await panel.getByLabel(label, { exact: true }).click();
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click();
    };
    // Their customer, the same as this payment's customer (offered as soon as the field is picked).
    await panel.getByRole('button', { name: 'Add condition' }).click();
    await pick('Condition 1: their field', 'Customer · customer');
    await panel.getByTestId('filter-entry-0').getByText('Same as this form’s field').waitFor();
    // Their status, equal to the option Open.
    await panel.getByRole('button', { name: 'Add condition' }).click();
    await pick('Condition 2: their field', 'Status · status');
    await panel.getByTestId('filter-entry-1').getByText('A value').click();
    await pick('Condition 2: value', 'Open');
    await page.getByTestId('problem-count').getByText('No problems').waitFor();
    await page.locator('[data-testid=save-state][data-phase=saved]').waitFor();
    const draft = (await (await page.request.get('/api/definitions/form/payment/draft')).json()) as { draft: { fields: { id: string; filter?: unknown }[] } };
    expect(draft.draft.fields.find((f) => f.id === 'receivable')?.filter).toEqual([{ field: 'customer', sameAs: 'customer' }, { field: 'status', operator: 'equal', value: 'open' }]);
    await seed.publish('form', 'payment');

    await page.goto(`${h.url}/apps/${ADMIN.tenant}/records/payment/new`);
    await page.getByTestId('record-form').waitFor();
    const receivables = page.getByLabel('Receivable', { exact: true });
    const offered = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
    await receivables.click();
    await page.locator('.ant-select-dropdown:visible').getByText('Pick the customer first').waitFor();
    await receivables.press('Escape');
    const chooseCustomer = async (name: string) => {
      await page.getByLabel('Customer', { exact: true }).click();
      await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: name }).first().click();
    };
    await chooseCustomer('Acme');
    await receivables.click();
    await expect.poll(() => offered.allInnerTexts()).toEqual(['INV-ACME-OPEN']);
    await offered.first().click();
    const picked = () => page.locator('[data-field=receivable] .ant-form-item-control-input').innerText();
    await expect.poll(picked).toContain('INV-ACME-OPEN');
    // Another customer: Acme's receivable is let go, and Bolt's offered instead.
    await chooseCustomer('Bolt');
    await expect.poll(picked).not.toContain('INV-ACME-OPEN');
    await receivables.click();
    await expect.poll(() => offered.allInnerTexts()).toEqual(['INV-BOLT-OPEN']);
    await page.close();
  });
});
