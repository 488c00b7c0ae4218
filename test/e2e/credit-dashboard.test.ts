/**
 * The demo company's credit overview as its finance director reads it: grades in their
 * scorecard's colours, the top overdue customers under named columns and linked, and the
 * filters kept in the address.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loaded, pixelsOf, rows } from './dashboard-kit.js';
import { artifacts, startHarness } from './harness.js';
import type { Harness } from './harness.js';
import { APP } from './demo.js';

let h: Harness;
const FINANCE = 'finance@demo.heng.test';

beforeAll(async () => {
  // 50 customers: more of them overdue (12) than the ten the top-overdue table shows.
  h = await startHarness({ server: { demoEnv: { HENG_DEMO: '1', HENG_DEMO_CUSTOMERS: '50' } } });
}, 180_000);

afterAll(async () => {
  await h?.close();
});

/** A page in `lang` signed in as the finance director. */
async function financeDirector(lang: 'zh-CN' | 'en'): Promise<Page> {
  const page = await h.page(lang);
  const res = await page.context().request.post('/api/auth/login', { data: { tenant: 'demo', email: FINANCE, password: 'heng-demo-2025' } });
  if (!res.ok()) throw new Error(`login failed: ${res.status()}`);
  return page;
}

describe('the credit overview (demo company)', () => {
  it('names the top overdue customers\' columns, links each customer, and paints grade D red (zh-CN)', async () => {
    const page = await financeDirector('zh-CN');
    await page.goto(`${h.url}${APP}/dashboards/credit_overview`);
    await loaded(page, '');
    const top = page.getByTestId('chart-top_overdue_customers');
    expect(await top.locator('thead th').allInnerTexts()).toEqual(['客户', '逾期金额']);
    const first = top.locator('tbody tr').first();
    expect(await first.locator('td').nth(1).innerText()).toMatch(/^[\d,]+\.\d\d 元$/);
    const name = await first.locator('td a').innerText();
    await first.locator('td a').click();
    await page.waitForURL(/\/apps\/demo\/records\/customer\/[^/]+$/);
    await page.getByText(name).first().waitFor();
    await page.goBack();
    await loaded(page, '');

    // The demo has high-risk customers: their slice is drawn in the scorecard's red, the best grade in its green.
    const grades = await rows(page, 'grade_distribution');
    expect(grades.find((r) => r.startsWith('D（高风险）'))).toMatch(/: [1-9]/);
    // The scorecard's grades, best first, and no grade C it does not have.
    expect(grades.map((r) => r.split('（')[0])).toEqual(['AAA', 'AA', 'A', 'B', 'D'].filter((g) => grades.some((r) => r.startsWith(`${g}（`))));
    expect(grades.some((r) => r.startsWith('C'))).toBe(false);
    expect(await pixelsOf(page, 'grade_distribution', '#c62828')).toBeGreaterThan(50);
    // The ten shown are said to be the top ten, beside what every overdue customer owes.
    expect(await page.getByTestId('chart-total-top_overdue_customers').innerText()).toMatch(/^前 10 项合计 [\d,]+\.\d\d 元 · 全部 \d+ 项合计 [\d,]+\.\d\d 元$/);
    // Days to collect read in days; the key figures are as tall as their number.
    expect((await rows(page, 'dso_trend')).filter((r) => !/: (—|[\d,]+\.\d 天)$/.test(r))).toEqual([]);
    expect((await page.getByTestId('chart-open_receivables').boundingBox())!.height).toBeLessThan(140);
    await page.screenshot({ path: `${artifacts}credit-dashboard-zh-CN.png`, fullPage: true });
    await page.context().close();
  });

  it('keeps its filters in the address: a reload or a shared link shows the same, a bad link shows everything (en)', async () => {
    const page = await financeDirector('en');
    await page.goto(`${h.url}${APP}/dashboards/credit_overview`);
    await loaded(page, '');
    const all = await page.getByTestId('chart-grade_distribution').getAttribute('data-total');
    await page.getByTestId('dashboard-filter-region').click();
    const region = page.locator('.ant-select-dropdown:visible .ant-select-item-option').first();
    const regionName = await region.innerText();
    await region.click();
    // The filter offers the salespeople who own customers, not the finance director, legal or the admin.
    await page.getByTestId('dashboard-filter-salesperson').click();
    const people = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
    await people.first().waitFor();
    expect((await people.allInnerTexts()).filter((p) => !p.includes('（销售）'))).toEqual([]);
    await people.first().click();
    await expect.poll(() => page.getByTestId('dashboard-charts').getAttribute('data-query')).toContain('salesperson');
    const query = await page.getByTestId('dashboard-charts').getAttribute('data-query');
    expect(query).toMatch(/^\?filter%5Bregion%5D=[^&]+&filter%5Bsalesperson%5D=[^&]+$/);
    await loaded(page, query!);
    expect(new URL(page.url()).search).toBe(query);
    const picked = await page.getByTestId('chart-grade_distribution').getAttribute('data-total');
    expect(Number(picked)).toBeLessThan(Number(all));
    expect(Number(picked)).toBeGreaterThan(0);

    await page.reload();
    await loaded(page, query!);
    expect(await page.getByTestId('chart-grade_distribution').getAttribute('data-total')).toBe(picked);
    await page.getByTestId('dashboard-filters').getByText(regionName, { exact: true }).waitFor();
    await page.screenshot({ path: `${artifacts}credit-dashboard-filtered-en.png`, fullPage: true });

    // A link with a region that does not exist, or a filter the dashboard has not, draws every record.
    await page.goto(`${h.url}${APP}/dashboards/credit_overview?filter%5Bregion%5D=atlantis&filter%5Bnope%5D=1`);
    await loaded(page, '');
    expect(await page.getByTestId('chart-grade_distribution').getAttribute('data-total')).toBe(all);
    await page.getByRole('button', { name: 'Clear filters' }).waitFor({ state: 'detached' });
    await page.context().close();
  });
});
