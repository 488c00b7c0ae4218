import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loaded, painted, rows } from './dashboard-kit.js';
import { seedAs } from './definitions-seed.js';
import { ADMIN, artifacts, startHarness } from './harness.js';
import type { Harness } from './harness.js';

let h: Harness;

const t = (en: string, zh: string) => ({ en, 'zh-CN': zh });
const APP = `/apps/${ADMIN.tenant}`;

const form = {
  kind: 'form',
  id: 'deal',
  name: t('Deal', '交易'),
  fields: [
    { id: 'company', type: 'text', label: t('Company', '企业'), required: true },
    { id: 'region', type: 'single_select', label: t('Region', '区域'), options: [{ id: 'east', label: t('East China', '华东') }, { id: 'south', label: t('South China', '华南') }, { id: 'north', label: t('North China', '华北') }] },
    { id: 'grade', type: 'single_select', label: t('Grade', '等级'), options: ['A', 'B', 'C'].map((g) => ({ id: g, label: t(g, g) })) },
    { id: 'amount', type: 'money', label: t('Amount', '金额') },
    { id: 'signed_on', type: 'date', label: t('Signed on', '签约日期') },
  ],
  sections: [{ id: 'main', label: t('Deal', '交易'), columns: 2, fields: ['company', 'region', 'grade', 'amount', 'signed_on'] }],
};

const dashboard = {
  kind: 'dashboard',
  id: 'deals',
  name: t('Deals', '交易看板'),
  filters: [{ id: 'region', field: 'region', form: 'deal' }],
  charts: [
    { id: 'total', title: t('Total amount', '金额合计'), type: 'kpi', form: 'deal', metric: { aggregate: 'sum', field: 'amount' } },
    { id: 'by_region', title: t('Amount by region', '分区域金额'), type: 'bar', form: 'deal', groupBy: { field: 'region' }, metric: { aggregate: 'sum', field: 'amount' } },
    { id: 'by_grade', title: t('Deals by grade', '等级分布'), type: 'pie', form: 'deal', groupBy: { field: 'grade' }, metric: { aggregate: 'count' }, sort: { by: 'group', order: 'asc' } },
    { id: 'by_month', title: t('Amount by month', '月度金额'), type: 'line', form: 'deal', groupBy: { field: 'signed_on', bucket: 'month' }, metric: { aggregate: 'sum', field: 'amount' } },
    { id: 'sizes', title: t('Deal sizes', '金额分布'), type: 'histogram', form: 'deal', groupBy: { field: 'amount', bucket: { width: 50000 } }, metric: { aggregate: 'count' } },
    { id: 'top', title: t('Largest deals', '最大交易'), type: 'table', form: 'deal', groupBy: { field: 'company' }, metric: { aggregate: 'sum', field: 'amount' }, sort: { by: 'value', order: 'desc' }, limit: 3 },
  ],
};

const deals = [
  { company: 'Alpha', region: 'east', grade: 'A', amount: 100000, signed_on: '2024-01-15' },
  { company: 'Beta', region: 'east', grade: 'B', amount: 50000.5, signed_on: '2024-02-10' },
  { company: 'Gamma', region: 'south', grade: 'A', amount: 80000, signed_on: '2024-02-20' },
  { company: 'Delta', region: 'south', grade: 'C', amount: 20000, signed_on: '2024-03-05' },
  { company: 'Eps', region: 'north', grade: 'A', amount: 30000, signed_on: '2024-03-28' },
];

beforeAll(async () => {
  h = await startHarness({ withAdmin: true });
  const seed = await seedAs(h);
  await seed.saveAndPublish('form', form);
  for (const d of deals) await seed.createRecord('deal', d);
  await seed.saveAndPublish('dashboard', dashboard);
  await seed.close();
});

afterAll(async () => {
  await h?.close();
});

describe('dashboards in the browser', () => {
  it('draws every chart from the server’s aggregates, and a filter changes the numbers (en)', async () => {
    const page = await h.page('en', { signedIn: true });
    await page.goto(`${h.url}${APP}/dashboards`);
    await expect.poll(() => page.getByTestId('dashboard-name').innerText()).toBe('Deals');
    await loaded(page, '');

    await expect.poll(() => page.getByTestId('chart-value-total').innerText()).toBe('¥280,000.50');
    expect(await page.getByTestId('chart-by_region').getAttribute('data-total')).toBe('280000.5');
    expect(await rows(page, 'by_region')).toEqual(['East China: ¥150,000.50', 'South China: ¥100,000.00', 'North China: ¥30,000.00']);
    expect(await rows(page, 'by_grade')).toEqual(['A: 3', 'B: 1', 'C: 1']);
    expect(await rows(page, 'by_month')).toEqual(['2024-01: ¥100,000.00', '2024-02: ¥130,000.50', '2024-03: ¥50,000.00']);
    expect(await rows(page, 'sizes')).toEqual(['0 – 50,000: 2', '50,000 – 100,000: 2', '100,000 – 150,000: 1']);
    const top = page.getByTestId('chart-top');
    // Headed by what the groups and values are, not "Group / Value".
    expect(await top.locator('thead th').allInnerTexts()).toEqual(['Company', 'Amount']);
    expect(await top.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '').join(' ')))).toEqual(['Alpha ¥100,000.00', 'Gamma ¥80,000.00', 'Beta ¥50,000.50']);
    for (const id of ['by_region', 'by_grade', 'by_month', 'sizes']) expect(await painted(page, id), id).toBe(true);
    await page.screenshot({ path: `${artifacts}dashboards-en.png`, fullPage: true });

    await page.getByTestId('dashboard-filter-region').click();
    await page.locator('.ant-select-item-option', { hasText: 'South China' }).click();
    await loaded(page, '?filter%5Bregion%5D=south');
    await expect.poll(() => page.getByTestId('chart-value-total').innerText()).toBe('¥100,000.00');
    expect(await rows(page, 'by_region')).toEqual(['South China: ¥100,000.00']);
    expect(await rows(page, 'by_grade')).toEqual(['A: 1', 'C: 1']);
    expect(await rows(page, 'by_month')).toEqual(['2024-02: ¥80,000.00', '2024-03: ¥20,000.00']);
    await page.screenshot({ path: `${artifacts}dashboards-filtered-en.png`, fullPage: true });

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await loaded(page, '');
    await expect.poll(() => page.getByTestId('chart-value-total').innerText()).toBe('¥280,000.50');
    await page.context().close();
  });

  it('speaks Chinese: labels, money and totals (zh-CN)', async () => {
    const page = await h.page('zh-CN', { signedIn: true });
    await page.goto(`${h.url}${APP}/dashboards/deals`);
    await loaded(page, '');
    await expect.poll(() => page.getByTestId('chart-value-total').innerText()).toBe('280,000.50 元');
    expect(await rows(page, 'by_region')).toEqual(['华东: 150,000.50 元', '华南: 100,000.00 元', '华北: 30,000.00 元']);
    await page.getByTestId('chart-by_region').getByText('合计 280,000.50 元').waitFor();
    await page.screenshot({ path: `${artifacts}dashboards-zh-CN.png`, fullPage: true });
    await page.context().close();
  });
});
