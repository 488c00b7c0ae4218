/**
 * @module Record permissions in the browser: the admin lets only admins create and delete a form's
 * records in the form designer and publishes; a salesperson then has no New, Import or Delete, and
 * a page for a new record, reached anyway, says why.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedAs } from './definitions-seed.js';
import type { Seed } from './definitions-seed.js';
import { ADMIN, artifacts, pickOption, startHarness } from './harness.js';
import type { Harness } from './harness.js';

let h: Harness;
let seed: Seed;
let recordId = '';

const SALES = { email: 'zhou@example.com', password: 'correct-horse-2', displayName: '周杰' } as const;
const t = (en: string, zh: string) => ({ en, 'zh-CN': zh });

/** Payments to suppliers, which finance alone should record and remove. */
const payouts = {
  kind: 'form',
  id: 'supplier_payout',
  name: t('Supplier payouts', '供应商付款'),
  fields: [
    { id: 'payee', type: 'text', label: t('Payee', '收款方'), required: true },
    { id: 'amount', type: 'money', label: t('Amount', '金额') },
  ],
  sections: [{ id: 'main', label: t('Payout', '付款'), columns: 1, fields: ['payee', 'amount'] }],
} as const;

beforeAll(async () => {
  h = await startHarness({ withAdmin: true });
  seed = await seedAs(h);
  await seed.saveAndPublish('form', payouts);
  recordId = await seed.createRecord(payouts.id, { payee: '福州钢材有限公司', amount: 120000 });
  const context = await h.browser.newContext({ baseURL: h.url });
  const login = await context.request.post('/api/auth/login', { data: { tenant: ADMIN.tenant, email: ADMIN.email, password: ADMIN.password } });
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const res = await context.request.post('/api/users', { data: { ...SALES, roles: ['salesperson'] }, headers: { 'X-CSRF-Token': csrfToken } });
  expect(res.status()).toBe(201);
  await context.close();
});

afterAll(async () => {
  await seed?.close();
  await h?.close();
});

/** Lets "who may" of `action` be only the roles picked in its select, as a user clicks it. */
async function onlyRoles(page: Page, action: string, verb: string, role: string): Promise<void> {
  await page.locator(`[data-testid=record-permissions] [data-action=${action}]`).getByText('仅以下角色', { exact: true }).click();
  await pickOption(page, `可以${verb}的角色`, role);
  await page.keyboard.press('Escape');
}

describe('record permissions in the browser', () => {
  it('the admin lets only admins create and delete; the salesperson is offered neither, and is told why on the page for a new one (zh-CN)', async () => {
    const page = await h.page('zh-CN', { signedIn: true });
    await page.goto(`${h.url}/apps/${ADMIN.tenant}/forms/${payouts.id}`);
    const panel = page.getByTestId('record-permissions');
    await panel.waitFor();
    await onlyRoles(page, 'create', '新建', '管理员/老板');
    await onlyRoles(page, 'delete', '删除', '管理员/老板');
    await expect(panel.locator('[data-action=update] .ant-segmented-item-selected').innerText()).resolves.toBe('所有角色');
    await page.locator('[data-testid=save-state][data-phase=saved]').waitFor();
    await panel.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${artifacts}record-permissions-zh-CN.png` });
    await page.getByTestId('publish').click();
    await page.getByTestId('publish-dialog').getByTestId('diff-list').getByText('记录权限', { exact: false }).first().waitFor();
    await page.getByTestId('publish-confirm').click();
    await page.getByTestId('publish-dialog').getByText('第 2 版已发布', { exact: false }).waitFor();
    // The admin may: New on the list, Delete on the record.
    await page.goto(`${h.url}/apps/${ADMIN.tenant}/records/${payouts.id}`);
    await page.getByRole('button', { name: /新\s?建/ }).waitFor();
    await page.close();

    const sales = await h.page('zh-CN');
    const login = await sales.context().request.post('/api/auth/login', { data: { tenant: ADMIN.tenant, email: SALES.email, password: SALES.password } });
    expect(login.ok()).toBe(true);
    await sales.goto(`${h.url}/apps/${ADMIN.tenant}/records/${payouts.id}`);
    await sales.getByTestId('record-list').getByText('福州钢材有限公司').waitFor();
    await expect(sales.getByRole('button', { name: /新\s?建/ }).count()).resolves.toBe(0);
    await expect(sales.getByRole('button', { name: /导\s?入/ }).count()).resolves.toBe(0);
    await sales.goto(`${h.url}/apps/${ADMIN.tenant}/records/${payouts.id}/${recordId}`);
    await sales.getByTestId('record-title').getByText('福州钢材有限公司').waitFor();
    // Changing stays open to every role; deleting does not.
    await sales.getByTestId('record-edit').waitFor();
    await expect(sales.getByTestId('record-delete').count()).resolves.toBe(0);
    await sales.goto(`${h.url}/apps/${ADMIN.tenant}/records/${payouts.id}/new`);
    await sales.getByTestId('not-allowed').getByText('您的角色不能新建“供应商付款”的记录', { exact: false }).waitFor();
    await sales.screenshot({ path: `${artifacts}record-permissions-salesperson-zh-CN.png` });
    // A design page typed into the address is refused on the page, not opened as an editor whose saves would fail.
    for (const path of [`forms/${payouts.id}`, 'scorecards/credit_score', 'rulesets', 'flows/credit_approval']) {
      await sales.goto(`${h.url}/apps/${ADMIN.tenant}/${path}`);
      await sales.getByText('您的角色无权使用此页面。').waitFor();
    }
    await sales.close();
  });
});
