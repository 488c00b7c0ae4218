import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedAs } from './definitions-seed.js';
import { ADMIN, pickExact, pickOption, startHarness } from './harness.js';
import type { Harness } from './harness.js';

let h: Harness;

const t = (en: string, zh: string) => ({ en, 'zh-CN': zh });
const APP = `/apps/${ADMIN.tenant}`;

const supplier = {
  kind: 'form',
  id: 'supplier',
  name: t('Supplier', '供应商'),
  fields: [
    { id: 'name', type: 'text', label: t('Name', '名称'), required: true },
    { id: 'on_time', type: 'percent', label: t('On-time delivery', '准时交付率') },
  ],
  sections: [{ id: 'main', label: t('Supplier', '供应商'), columns: 2, fields: ['name', 'on_time'] }],
};

/** Suppliers delivering on time 90% or more score 100 (AA), the rest 0 (C). */
const rating = {
  kind: 'scorecard',
  id: 'rating',
  name: t('Supplier rating', '供应商评级'),
  form: 'supplier',
  precision: 0,
  factors: [{ id: 'on_time', name: t('On time', '准时'), weight: 10000, method: { kind: 'bands', field: 'on_time', bands: [{ id: 'hi', min: 0.9, points: 100 }, { id: 'lo', max: 0.9, points: 0 }] }, missing: { policy: 'points', points: 0 } }],
  grades: [
    { id: 'aa', grade: 'AA', label: t('Preferred', '优选'), color: '#2e7d32', min: 80 },
    { id: 'b', grade: 'B', label: t('Acceptable', '合格'), color: '#f9a825', min: 50, max: 79 },
    { id: 'c', grade: 'C', label: t('On watch', '观察'), color: '#c62828', min: 0, max: 49 },
  ],
};

beforeAll(async () => {
  h = await startHarness({ withAdmin: true });
  const seed = await seedAs(h);
  await seed.saveAndPublish('form', supplier);
  await seed.saveAndPublish('scorecard', rating);
  // Scored as they are written: two AA, one C.
  for (const [name, onTime] of [['Acme', 0.95], ['Bolt', 0.92], ['Cog', 0.5]] as const) await seed.createRecord('supplier', { name, on_time: onTime });
  await seed.close();
});

afterAll(async () => {
  await h?.close();
});

/** A chart's rows as its accessible data table reads: `label: value`, in order. */
function rows(page: Page, id: string): Promise<string[]> {
  return page.getByTestId(`chart-data-${id}`).locator('tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '').join(': ')));
}

describe('a dashboard over a scorecard in the browser', () => {
  it('groups suppliers by their grade, named by the scorecard and best first, and averages their score, picked beside the form\'s fields', async () => {
    const page = await h.page('en', { signedIn: true });
    await page.goto(`${h.url}${APP}/dashboards`);
    await page.getByTestId('dashboard-new').click();
    await page.getByLabel('ID', { exact: true }).fill('suppliers_board');
    await page.getByLabel('Name in Chinese').fill('供应商看板');
    await page.getByLabel('Name in English').fill('Suppliers');
    await page.getByRole('button', { name: 'Create draft' }).click();
    await page.getByTestId('dashboard-editor').waitFor();
    await page.getByTestId('chart-add').click();
    await page.getByTestId('chart-form').and(page.locator('[data-chart=chart_1]')).waitFor();
    await pickExact(page, 'Group by', 'Grade · Supplier rating');
    await page.locator('[data-testid=dashboard-preview][data-state=ready]').waitFor();
    await expect.poll(() => rows(page, 'chart_1')).toEqual(['AA (Preferred): 2', 'C (On watch): 1']);
    await pickExact(page, 'Value', 'Average of');
    await pickOption(page, 'Value: field', 'Score · Supplier rating');
    await expect.poll(() => rows(page, 'chart_1')).toEqual(['AA (Preferred): 100.00', 'C (On watch): 0.00']);
    await page.context().close();
  });
});
