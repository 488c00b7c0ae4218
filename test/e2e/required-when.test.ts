import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { seedAs } from './definitions-seed.js';
import type { Seed } from './definitions-seed.js';
import { ADMIN, startHarness } from './harness.js';
import type { Harness } from './harness.js';

let h: Harness;
let seed: Seed;

const t = (en: string, zh: string) => ({ en, 'zh-CN': zh });
/** A screening form with no condition yet: the admin sets it in the designer. */
const screening = {
  kind: 'form',
  id: 'screening',
  name: t('Screening', '舆情筛查'),
  fields: [
    { id: 'company_name', type: 'text', label: t('Company name', '企业名称'), required: true },
    { id: 'negative_news', type: 'boolean', label: t('Negative news', '存在负面舆情') },
    { id: 'news_notes', type: 'long_text', label: t('News notes', '舆情说明') },
  ],
  sections: [{ id: 'main', label: t('Main', '基本信息'), columns: 1, fields: ['company_name', 'negative_news', 'news_notes'] }],
};

beforeAll(async () => {
  h = await startHarness({ withAdmin: true });
  seed = await seedAs(h);
  await seed.save('form', screening);
});

afterAll(async () => {
  await seed?.close();
  await h?.close();
});

async function choose(page: Page, box: Locator, option: string): Promise<void> {
  await box.click();
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: new RegExp(`^${option}$`) }).click();
}

const item = (page: Page, id: string) => page.locator(`[data-field=${id}] .ant-form-item`);
/** Whether the record form marks the field required (Ant Design's asterisk on its label). */
const marked = (page: Page, id: string) => item(page, id).locator('label.ant-form-item-required').count();

describe('a field required when another holds a value', () => {
  it('is set with the condition builder (条件必填), and the record form asks for it only while the condition holds', async () => {
    const page = await h.page('zh-CN', { signedIn: true });
    page.setDefaultTimeout(30_000);
    await page.goto(`${h.url}/apps/${ADMIN.tenant}/forms/screening`);
    await page.locator('.fd-card[data-field=news_notes] .fd-card-label').click();
    const panel = page.getByTestId('field-panel');
    await panel.getByText('条件必填', { exact: true }).waitFor();
    await panel.getByRole('button', { name: '满足条件时必填…' }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: '“舆情说明”何时必填？' });
    // The builder starts on the first other field; the admin points it at the flag, and keeps 是.
    await choose(page, dialog.getByRole('combobox', { name: '字段', exact: true }), '存在负面舆情');
    await dialog.getByRole('button', { name: /^完\s*成$/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => panel.getByTestId('required-when-summary').innerText()).toContain('存在负面舆情');
    await page.getByTestId('problem-count').getByText('没有问题').waitFor();
    await page.locator('[data-testid=save-state][data-phase=saved]').waitFor();
    const draft = (await (await page.request.get('/api/definitions/form/screening/draft')).json()) as { draft: { fields: { id: string; requiredWhen?: unknown }[] } };
    expect(draft.draft.fields.find((f) => f.id === 'news_notes')?.requiredWhen).toEqual({ all: [{ fact: 'negative_news', operator: 'equal', value: true }] });
    await seed.publish('form', 'screening');

    await page.goto(`${h.url}/apps/${ADMIN.tenant}/records/screening/new`);
    await page.getByTestId('record-form').waitFor();
    await page.getByLabel('企业名称').fill('闽江机械');
    expect(await marked(page, 'news_notes')).toBe(0);
    await choose(page, page.getByLabel('存在负面舆情', { exact: true }), '是');
    await expect.poll(() => marked(page, 'news_notes')).toBe(1);
    const posts: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().includes('/records')) posts.push(r.url());
    });
    await page.getByRole('button', { name: /^保\s*存$/ }).click();
    const problem = item(page, 'news_notes').locator('.ant-form-item-explain-error');
    await expect.poll(() => problem.innerText()).toBe('根据存在负面舆情的取值，舆情说明为必填项，请填写。');
    // Refused in the browser: nothing was sent.
    expect(posts).toEqual([]);
    // No negative news after all: the mark and the problem go, and the record saves.
    await choose(page, page.getByLabel('存在负面舆情', { exact: true }), '否');
    await expect.poll(() => marked(page, 'news_notes')).toBe(0);
    await expect.poll(() => problem.count()).toBe(0);
    await page.getByRole('button', { name: /^保\s*存$/ }).click();
    await expect.poll(() => page.getByTestId('record-title').innerText()).toBe('闽江机械');
    expect(posts).toHaveLength(1);
    await page.context().close();
  });
});
