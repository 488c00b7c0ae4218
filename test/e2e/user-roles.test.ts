import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { seedAs } from './definitions-seed.js';
import type { Seed } from './definitions-seed.js';
import { ADMIN, startHarness } from './harness.js';
import type { Harness } from './harness.js';

let h: Harness;
let seed: Seed;

const t = (en: string, zh: string) => ({ en, 'zh-CN': zh });
/** A visit report whose salesperson anyone may be, until the admin limits it in the designer (one visit already kept under the admin). */
const visit = {
  kind: 'form',
  id: 'visit',
  name: t('Visit', '客户拜访'),
  fields: [
    { id: 'company_name', type: 'text', label: t('Company name', '企业名称'), required: true },
    { id: 'salesperson', type: 'user', label: t('Salesperson', '拜访业务员'), required: true },
  ],
  sections: [{ id: 'main', label: t('Main', '基本信息'), columns: 1, fields: ['company_name', 'salesperson'] }],
};

beforeAll(async () => {
  h = await startHarness({ withAdmin: true });
  seed = await seedAs(h);
  await seed.saveAndPublish('form', visit);
  await seed.createRecord('visit', { company_name: '旧拜访记录', salesperson: seed.userId });
  await seed.user('zhou@e2e.test', '周杰', ['salesperson']);
  await seed.user('sun@e2e.test', '孙经理', ['sales_manager']);
  await seed.user('feng@e2e.test', '冯静', ['legal']);
});

afterAll(async () => {
  await seed?.close();
  await h?.close();
});

const dropdown = (page: Page) => page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option');

async function pick(page: Page, box: Locator, option: string): Promise<void> {
  await box.click();
  await dropdown(page).filter({ hasText: new RegExp(`^${option}$`) }).click();
}

describe('a user field limited to roles', () => {
  it('is limited in the designer (仅限角色), warned of the records already outside it when published, and its picker then offers only the users holding one of the roles', async () => {
    const page = await h.page('zh-CN', { signedIn: true });
    page.setDefaultTimeout(30_000);
    await page.goto(`${h.url}/apps/${ADMIN.tenant}/forms/visit`);
    await page.locator('.fd-card[data-field=salesperson] .fd-card-label').click();
    const roles = page.getByTestId('field-panel').getByRole('combobox', { name: '仅限角色' });
    await pick(page, roles, '销售');
    await pick(page, roles, '销售经理');
    await page.keyboard.press('Escape');
    await page.getByTestId('problem-count').getByText('没有问题').waitFor();
    await page.locator('[data-testid=save-state][data-phase=saved]').waitFor();
    const draft = (await (await page.request.get('/api/definitions/form/visit/draft')).json()) as { draft: { fields: { id: string; roles?: string[] }[] } };
    expect(draft.draft.fields.find((f) => f.id === 'salesperson')?.roles).toEqual(['salesperson', 'sales_manager']);
    // The visit kept under the admin, who holds neither role, stays as it is: the publish dialog says so, and publishes all the same.
    await page.getByTestId('publish').click();
    const dialog = page.getByTestId('publish-dialog');
    await dialog.getByTestId('publish-warnings').getByText(/^已有 1 条记录的“拜访业务员”所填人员不具有其中任何角色。/).waitFor();
    await page.getByTestId('publish-confirm').click();
    await dialog.getByText('第 2 版已发布。').waitFor();

    await page.goto(`${h.url}/apps/${ADMIN.tenant}/records/visit/new`);
    await page.getByTestId('record-form').waitFor();
    await page.getByLabel('企业名称').fill('闽江机械');
    await page.getByLabel('拜访业务员').click();
    await expect.poll(async () => (await dropdown(page).allInnerTexts()).sort()).toEqual(['周杰', '孙经理'].sort());
    await dropdown(page).filter({ hasText: /^周杰$/ }).click();
    await page.getByRole('button', { name: /^保\s*存$/ }).click();
    await expect.poll(() => page.getByTestId('record-title').innerText()).toBe('闽江机械');
    await page.context().close();
  });
});
