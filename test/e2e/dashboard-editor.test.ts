import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedAs } from './definitions-seed.js';
import { ADMIN, artifacts, pickExact, pickOption, startHarness } from './harness.js';
import type { Harness } from './harness.js';

let h: Harness;

const t = (en: string, zh: string) => ({ en, 'zh-CN': zh });
const APP = `/apps/${ADMIN.tenant}`;
const options = (...ids: [string, string, string][]) => ids.map(([id, en, zh]) => ({ id, label: t(en, zh) }));

const customer = {
  kind: 'form',
  id: 'customer',
  name: t('Customer', '客户'),
  fields: [
    { id: 'company', type: 'text', label: t('Company', '企业'), required: true },
    { id: 'region', type: 'single_select', label: t('Region', '区域'), options: options(['east', 'East China', '华东'], ['south', 'South China', '华南']) },
    { id: 'industry', type: 'single_select', label: t('Industry', '行业'), options: options(['steel', 'Steel', '钢铁'], ['services', 'Services', '服务业'], ['textiles', 'Textiles', '纺织']) },
    { id: 'credit_limit', type: 'money', label: t('Credit limit', '信用额度') },
    { id: 'terms', type: 'number', label: t('Payment terms', '账期') },
  ],
  sections: [{ id: 'main', label: t('Customer', '客户'), columns: 2, fields: ['company', 'region', 'industry', 'credit_limit', 'terms'] }],
};

const customers = [
  { company: 'Alpha', region: 'east', industry: 'steel', credit_limit: 100000, terms: 30 },
  { company: 'Beta', region: 'east', industry: 'services', credit_limit: 50000, terms: 60 },
  { company: 'Gamma', region: 'south', industry: 'steel', credit_limit: 80000, terms: 45 },
  { company: 'Delta', region: 'south', industry: 'steel', credit_limit: 20000, terms: 90 },
  { company: 'Eps', region: 'south', industry: 'textiles', credit_limit: 30000, terms: 30 },
];

beforeAll(async () => {
  h = await startHarness({ withAdmin: true });
  const seed = await seedAs(h);
  await seed.saveAndPublish('form', customer);
  for (const c of customers) await seed.createRecord('customer', c);
  await seed.close();
});

afterAll(async () => {
  await h?.close();
});

/** The names the editor's inputs and selects share with another: none, so each is told apart by screen readers and tests. */
async function sharedLabels(page: Page): Promise<string[]> {
  const names = await page.getByTestId('dashboard-editor').locator('input, textarea').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
  return names.filter((n, i) => n !== '' && names.indexOf(n) !== i);
}

/** A chart's rows as its accessible data table reads: `label: value`, in order. */
function rows(page: Page, id: string): Promise<string[]> {
  return page.getByTestId(`chart-data-${id}`).locator('tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '').join(': ')));
}

describe('the dashboard editor in the browser', () => {
  it('creates a dashboard, adds a chart and a filter, previews it from real records, publishes it and the dashboards page shows it', async () => {
    const page = await h.page('en', { signedIn: true });
    await page.goto(`${h.url}${APP}/dashboards`);
    await page.getByTestId('dashboards-none').waitFor();
    await page.getByTestId('dashboard-new').click();
    await page.getByLabel('ID', { exact: true }).fill('customers_board');
    await page.getByLabel('Name in Chinese').fill('客户看板');
    await page.getByLabel('Name in English').fill('Customers');
    await page.getByRole('button', { name: 'Create draft' }).click();
    await page.waitForURL(`**${APP}/dashboards/customers_board/edit`);
    await page.getByTestId('dashboard-editor').waitFor();
    await page.getByTestId('dashboard-preview').and(page.locator('[data-state=empty]')).waitFor();

    await page.getByTestId('chart-add').click();
    const form = page.getByTestId('chart-form');
    await form.and(page.locator('[data-chart=chart_1]')).waitFor();
    await page.getByTestId('chart-item-chart_1').getByText('New chart').waitFor();
    // The title and the value's name each have their own pair of inputs.
    await form.getByLabel('Title in English').fill('Customers by industry');
    await form.getByLabel('Title in Chinese').fill('客户行业分布');
    await form.getByLabel('Name of the value in English').waitFor();
    await pickExact(page, 'Group by', 'Industry');
    // Count of customers per industry, as a bar chart, computed by the server from the draft.
    await page.locator('[data-testid=dashboard-preview][data-state=ready]').waitFor();
    await expect.poll(() => rows(page, 'chart_1')).toEqual(['Steel: 3', 'Services: 1', 'Textiles: 1']);
    await page.getByTestId('chart-chart_1').getByText('Customers by industry', { exact: true }).waitFor();

    // A histogram of a select field is a mistake: said on the grouping, in place of the preview.
    await pickExact(page, 'Chart type', 'Histogram');
    await form.getByRole('alert').getByText('A histogram groups a number field into ranges', { exact: false }).waitFor();
    await page.locator('[data-testid=dashboard-preview][data-state=blocked]').waitFor();
    await page.locator('[data-testid=chart-item-chart_1][data-problems=true]').waitFor();
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await page.locator('[data-testid=dashboard-preview][data-state=ready]').waitFor();
    await expect.poll(() => rows(page, 'chart_1')).toEqual(['Steel: 3', 'Services: 1', 'Textiles: 1']);
    // Readers will filter it by region: a select of the chart's form comes first.
    await page.getByTestId('filter-add').click();
    await page.getByTestId('filter-region').waitFor();
    await page.locator('[data-testid=save-state][data-phase=saved]').waitFor();
    // A ratio's two values and their fields, the filter's inputs and the titles: each its own name.
    await pickExact(page, 'Value', 'Ratio of two values');
    await form.getByLabel('Denominator', { exact: true }).waitFor();
    expect(await sharedLabels(page)).toEqual([]);
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await page.locator('[data-testid=dashboard-preview][data-state=ready]').waitFor();
    await expect.poll(() => rows(page, 'chart_1')).toEqual(['Steel: 3', 'Services: 1', 'Textiles: 1']);
    // An average of plain numbers may be days: ticked, its values read in days (steel (30 + 45 + 90) / 3 = 55).
    await pickExact(page, 'Value', 'Average of');
    await pickOption(page, 'Value: field', 'Payment terms');
    await expect.poll(() => rows(page, 'chart_1')).toEqual(['Services: 60.00', 'Steel: 55.00', 'Textiles: 30.00']);
    await form.getByTestId('chart-in-days').check();
    await expect.poll(() => rows(page, 'chart_1')).toEqual(['Services: 60.0 days', 'Steel: 55.0 days', 'Textiles: 30.0 days']);
    await form.getByTestId('chart-in-days').uncheck();
    await pickOption(page, 'Value', 'Number of records');
    await expect.poll(() => rows(page, 'chart_1')).toEqual(['Steel: 3', 'Services: 1', 'Textiles: 1']);
    await page.screenshot({ path: `${artifacts}dashboard-editor-en.png`, fullPage: true });

    await page.getByTestId('publish').click();
    const dialog = page.getByTestId('publish-dialog');
    await page.getByTestId('publish-confirm').click();
    await dialog.getByText('Version 1 is published.').waitFor();

    await page.goto(`${h.url}${APP}/dashboards`);
    await expect.poll(() => page.getByTestId('dashboard-name').innerText()).toBe('Customers');
    await page.locator('[data-testid=dashboard-charts][data-loading=false]').waitFor();
    await expect.poll(() => rows(page, 'chart_1')).toEqual(['Steel: 3', 'Services: 1', 'Textiles: 1']);
    await page.getByTestId('dashboard-filter-region').click();
    await page.locator('.ant-select-item-option', { hasText: 'South China' }).click();
    await page.locator('[data-testid="dashboard-charts"][data-query="?filter%5Bregion%5D=south"][data-loading="false"]').waitFor();
    await expect.poll(() => rows(page, 'chart_1')).toEqual(['Steel: 2', 'Textiles: 1']);
    // And back to the editor from there.
    await page.getByTestId('dashboard-edit').click();
    await page.waitForURL(`**${APP}/dashboards/customers_board/edit`);
    await page.getByTestId('chart-item-chart_1').waitFor();
    await page.context().close();

    // The same editor in Chinese: its labels, and the preview's groups.
    const zh = await h.page('zh-CN', { signedIn: true });
    await zh.goto(`${h.url}${APP}/dashboards/customers_board/edit`);
    await zh.getByTestId('chart-list').getByText('添加图表').waitFor();
    await zh.getByTestId('chart-form').getByText('分组字段').waitFor();
    await zh.locator('[data-testid=dashboard-preview][data-state=ready]').waitFor();
    await expect.poll(() => rows(zh, 'chart_1')).toEqual(['钢铁: 3', '服务业: 1', '纺织: 1']);
    await zh.getByTestId('chart-form').getByLabel('标题（中文）').waitFor();
    expect(await sharedLabels(zh)).toEqual([]);
    await zh.screenshot({ path: `${artifacts}dashboard-editor-zh-CN.png`, fullPage: true });
    await zh.context().close();
  });
});
