/**
 * @module Row access in the browser: the admin fixes and sets "a salesperson sees the records they
 * are in charge of" in the form designer, publishes it, and the salesperson's list shows only theirs.
 */
import type { APIRequestContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedAs } from './definitions-seed.js';
import type { Seed } from './definitions-seed.js';
import { ADMIN, artifacts, pickOption, startHarness } from './harness.js';
import type { Harness } from './harness.js';

let h: Harness;
let seed: Seed;

const SALES = { email: 'zhou@example.com', password: 'correct-horse-2', displayName: '周杰' } as const;
const t = (en: string, zh: string) => ({ en, 'zh-CN': zh });

/** A form with a user field naming who is in charge of each visit, published with no row access. */
const visits = {
  kind: 'form',
  id: 'customer_visit',
  name: t('Customer visits', '客户拜访'),
  fields: [
    { id: 'company_name', type: 'text', label: t('Company name', '企业名称'), required: true },
    { id: 'sales_owner', type: 'user', label: t('Salesperson in charge', '销售负责人') },
  ],
  sections: [{ id: 'main', label: t('Basics', '基本信息'), columns: 1, fields: ['company_name', 'sales_owner'] }],
} as const;

/** A published rule set that reads the company name: removing that field is refused at publish, and the designer says so first. */
const visitCheck = {
  kind: 'ruleset',
  id: 'visit_check',
  name: t('Visit check', '拜访检查'),
  form: visits.id,
  trigger: { kind: 'record_saved' },
  rules: [{ id: 'listed', name: t('Listed', '名单内'), conditions: { all: [{ fact: 'company_name', operator: 'equal', value: '名单内客户' }] }, actions: [{ kind: 'add_flag', id: 'flag', flag: 'listed' }] }],
} as const;

/** Adds the salesperson through the users API, as the admin; answers their id and the admin's. */
async function addSalesperson(): Promise<{ sales: string; admin: string }> {
  const context = await h.browser.newContext({ baseURL: h.url });
  const request: APIRequestContext = context.request;
  const login = await request.post('/api/auth/login', { data: { tenant: ADMIN.tenant, email: ADMIN.email, password: ADMIN.password } });
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const res = await request.post('/api/users', { data: { ...SALES, roles: ['salesperson'] }, headers: { 'X-CSRF-Token': csrfToken } });
  if (res.status() !== 201) throw new Error(`user failed: ${res.status()} ${await res.text()}`);
  const { id: sales } = (await res.json()) as { id: string };
  const users = (await (await request.get('/api/users')).json()) as Array<{ id: string; email: string }>;
  await context.close();
  return { sales, admin: users.find((u) => u.email === ADMIN.email)?.id ?? '' };
}

/** A record the salesperson does not reach once the rule is published. */
let othersRecord = '';

beforeAll(async () => {
  h = await startHarness({ withAdmin: true });
  seed = await seedAs(h);
  await seed.saveAndPublish('form', visits);
  await seed.saveAndPublish('ruleset', visitCheck);
  const ids = await addSalesperson();
  await seed.createRecord(visits.id, { company_name: '周杰的客户', sales_owner: ids.sales });
  othersRecord = await seed.createRecord(visits.id, { company_name: '林芳的客户', sales_owner: ids.admin });
  await seed.createRecord(visits.id, { company_name: '无人负责的客户' });
  // A draft naming a role the company lacks: the designer shows the engine's problem on the panel.
  await seed.save('form', { ...visits, rowAccess: [{ role: 'salesman', field: 'sales_owner' }] });
});

afterAll(async () => {
  await seed?.close();
  await h?.close();
});

/** The company names in the record list, in order. */
const listed = (page: Page) => page.getByTestId('record-list').locator('tbody tr.ant-table-row td:first-child').allInnerTexts();

describe('row access in the browser', () => {
  it('the admin fixes the rule in the designer and publishes; the salesperson then sees only their own records', async () => {
    const page = await h.page('en', { signedIn: true });
    const serverChecked = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith(`/${visits.id}/validate`));
    await page.goto(`${h.url}/apps/${ADMIN.tenant}/forms/${visits.id}`);
    const panel = page.getByTestId('row-access');
    // The engine's problem, once (the browser's and the server's check both find it), at the rule:
    // counted after the server's answer is in and drawn.
    const problem = panel.locator('[data-rule-role=salesman] [role=alert]').getByText('Row access is set for unknown role "salesman".', { exact: false });
    await problem.waitFor();
    await serverChecked;
    await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
    await expect(problem.count()).resolves.toBe(1);
    await page.getByTestId('row-access-summary').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${artifacts}row-access-problem-en.png` });

    await pickOption(page, 'Role of rule 1', 'Salesperson');
    const summary = page.getByTestId('row-access-summary');
    await summary.getByText('Salesperson only sees records where "Salesperson in charge" is them.').waitFor();
    await summary.getByText('Other roles see every record.').waitFor();
    await expect(panel.getByRole('alert').count()).resolves.toBe(0);
    // The change is one step of the designer's history, like any other.
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await problem.waitFor();
    await page.getByRole('button', { name: 'Redo' }).click();
    await summary.getByText('Salesperson only sees records where "Salesperson in charge" is them.').waitFor();
    await page.locator('[data-testid=save-state][data-phase=saved]').waitFor();
    await summary.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${artifacts}row-access-en.png` });

    await page.getByTestId('publish').click();
    const dialog = page.getByTestId('publish-dialog');
    await dialog.getByTestId('diff-list').getByText('Row access', { exact: true }).waitFor();
    await page.getByTestId('publish-confirm').click();
    await dialog.getByText('Version 2 is published.').waitFor();
    await expect(seed.versions('form', visits.id)).resolves.toEqual([2, 1]);

    // The admin has no rule: every record.
    await page.goto(`${h.url}/apps/${ADMIN.tenant}/records/${visits.id}`);
    await expect.poll(async () => (await listed(page)).sort()).toEqual(['周杰的客户', '无人负责的客户', '林芳的客户'].sort());
    await page.close();

    const sales = await h.page('en');
    const login = await sales.context().request.post('/api/auth/login', { data: { tenant: ADMIN.tenant, email: SALES.email, password: SALES.password } });
    expect(login.ok()).toBe(true);
    await sales.goto(`${h.url}/apps/${ADMIN.tenant}/records/${visits.id}`);
    await expect.poll(() => listed(sales)).toEqual(['周杰的客户']);
    // A colleague's record opened from a link: not said to be deleted, and no retry that could not help.
    await sales.goto(`${h.url}/apps/${ADMIN.tenant}/records/${visits.id}/${othersRecord}`);
    const failed = sales.getByTestId('load-failed');
    await failed.getByText('the link may be wrong, the record deleted, or outside what your role may see', { exact: false }).waitFor();
    await expect(failed.getByRole('button').count()).resolves.toBe(0);
    await sales.screenshot({ path: `${artifacts}row-access-salesperson-en.png` });
    await sales.close();
  });

  it('shows the rules in plain words in Chinese, and removing the last rule lets every role see every record', async () => {
    const page = await h.page('zh-CN', { signedIn: true });
    await page.goto(`${h.url}/apps/${ADMIN.tenant}/forms/${visits.id}`);
    const summary = page.getByTestId('row-access-summary');
    await summary.getByText('销售 只能看到“销售负责人”是自己的记录。').waitFor();
    await summary.getByText('其他角色可看到全部记录。').waitFor();
    await summary.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${artifacts}row-access-zh-CN.png` });
    // Removing the field the rule goes by says so first.
    await page.locator('.fd-card[data-field=sales_owner]').hover();
    await page.getByRole('button', { name: '删除 销售负责人', exact: true }).click();
    await page.getByTestId('remove-usages').getByText('销售的记录范围（修改前表单无法发布）').waitFor();
    await page.getByRole('button', { name: /^取\s?消$/ }).click();
    await page.getByTestId('remove-usages').waitFor({ state: 'detached' });
    // Removing a field a published rule set reads names the rule set, which the form alone cannot know.
    await page.locator('.fd-card[data-field=company_name]').hover();
    await page.getByRole('button', { name: '删除 企业名称', exact: true }).click();
    await page.getByTestId('remove-readers').getByText('规则集“拜访检查”').waitFor();
    await page.screenshot({ path: `${artifacts}remove-readers-zh-CN.png` });
    await page.getByRole('button', { name: /^取\s?消$/ }).click();
    await page.getByTestId('remove-readers').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: '删除销售的规则' }).click();
    await summary.getByText('未设置规则：所有角色都可看到全部记录。').waitFor();
    await page.getByRole('button', { name: /^撤\s?销$/ }).click();
    await summary.getByText('销售 只能看到“销售负责人”是自己的记录。').waitFor();
    await page.close();
  });
});
