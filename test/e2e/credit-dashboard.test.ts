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
  h = await startHarness({ server: { demoEnv: { HENG_DEMO: '1', HENG_DEMO_CUSTOMERS: '40' } } });
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
    expect((await rows(page, 'grade_distribution')).find((r) => r.startsWith('D（高风险）'))).toMatch(/: [1-9]/);
    expect(await pixelsOf(page, 'grade_distribution', '#c62828')).toBeGreaterThan(50);
    await page.screenshot({ path: `${artifacts}credit-dashboard-zh-CN.png`, fullPage: true });
    await page.context().close();
  });
});
