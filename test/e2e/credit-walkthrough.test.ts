/**
 * @module What a new user walking through the credit template in the browser met, on a fresh demo
 * start: a policy output named by its label in the scorecard preview, an order the rules refuse or
 * hold said to be so (not just "created") and tagged so beside its title, its approver's page asking for no score a form cannot
 * have, a record's page showing a score or approvals tab only where its form has a scorecard or a
 * flow, an order returned to its salesperson waiting in their to-do tab, a customer's rule flag
 * named by its label (Blacklisted, not blacklisted), and each person landing where their work is
 * after signing in (the boss on the dashboard, not the form designer).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP, beijingDay, date, demoApi, field, pickRecord, save, shown, signIn } from './demo.js';
import { artifacts, startHarness } from './harness.js';
import type { Harness } from './harness.js';

const ADMIN = 'admin@demo.heng.test';
const SALES = 'zhou@demo.heng.test';
const DIRECTOR = 'sales.director@demo.heng.test';

let h: Harness;
/** Two of the salesperson's customers in good standing: one the test blacklists (its id too), one it orders too much from. */
let blacklisted: string;
let blacklistedId: string;
let inGoodStanding: string;
/** An order the salesperson placed over the limit, held for approval, and that approval. */
let held: { readonly order: string; readonly approval: string; readonly no: string };

interface CustomerView {
  readonly id: string;
  readonly revision: number;
  readonly data: { readonly company_name: string; readonly credit_status: string; readonly credit_grade: string | null };
}

beforeAll(async () => {
  h = await startHarness({ server: { demoEnv: { HENG_DEMO: '1', HENG_DEMO_CUSTOMERS: '40' } } });
  // The salesperson's own customers (their row rule), in good standing and graded above D.
  const sales = await demoApi(h, SALES);
  const { items } = await sales.get<{ items: CustomerView[] }>('/api/forms/customer/records?limit=100');
  const good = items.filter((c) => c.data.credit_status === 'normal' && ['AAA', 'AA', 'A', 'B'].includes(c.data.credit_grade ?? ''));
  const [toBlacklist, other] = good;
  if (toBlacklist === undefined || other === undefined) throw new Error(`the demo gave ${SALES} fewer than two customers in good standing`);
  [blacklisted, blacklistedId, inGoodStanding] = [toBlacklist.data.company_name, toBlacklist.id, other.data.company_name];
  const order = await sales.post<{ id: string; data: { order_no: string } }>('/api/forms/sales_order/records', { customer: other.id, amount: 900_000_000 });
  const { items: approvals } = await sales.get<{ items: { id: string }[] }>(`/api/forms/sales_order/records/${order.id}/approvals`);
  held = { order: order.id, approval: approvals[0]?.id ?? '', no: order.data.order_no };
  await sales.close();
  const admin = await demoApi(h, ADMIN);
  await admin.patch(`/api/forms/customer/records/${toBlacklist.id}`, { blacklisted: true, blacklist_reason: 'Forged bank statements.' }, toBlacklist.revision);
  await admin.close();
}, 120_000);

afterAll(async () => {
  await h?.close();
});

/** A new sales order of `customer` for `amount`, placed through the form as the salesperson places one; its number. */
async function placeOrder(page: Page, customer: string, amount: number): Promise<string> {
  await page.goto(`${h.url}${APP}/records/sales_order/new`);
  await field(page, 'order_no').getByText('Assigned on save').waitFor();
  await pickRecord(page, 'Customer', customer);
  await field(page, 'salesperson').getByText('周杰').waitFor();
  await date(page, 'Order date', beijingDay(new Date()));
  await page.getByLabel('Amount', { exact: true }).fill(String(amount));
  await save(page);
  const title = page.getByTestId('record-title').getByText(/^SO-\d{8}-\d{4,}$/);
  await title.waitFor();
  return title.innerText();
}

/** The API reads the page makes from now on, each with how many times it was made. */
function apiReads(page: Page): Map<string, number> {
  const reads = new Map<string, number>();
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (r.method() === 'GET' && url.pathname.startsWith('/api/')) reads.set(url.pathname + url.search, (reads.get(url.pathname + url.search) ?? 0) + 1);
  });
  return reads;
}

/**
 * The reads made more than once, but for one definition's versions (a form, a flow), which the
 * parts of a page naming its links and an approval's steps read for themselves.
 */
const repeated = (reads: ReadonlyMap<string, number>): string[] => [...reads].filter(([read, n]) => n > 1 && !read.startsWith('/api/definitions/')).map(([read, n]) => `${read} ×${n}`);

/** The API calls the page answered 404 to, from now on. */
function notFoundCalls(page: Page): string[] {
  const calls: string[] = [];
  page.on('response', (r) => {
    if (r.status() === 404 && new URL(r.url()).pathname.startsWith('/api/')) calls.push(new URL(r.url()).pathname);
  });
  return calls;
}

describe('walking through the credit template in the browser', () => {
  it('lands the boss on the dashboard, and the sales director on the approvals waiting for them', async () => {
    const boss = await signIn(h, ADMIN);
    await boss.waitForURL((u) => u.pathname === `${APP}/dashboards`);
    await boss.getByText('中文', { exact: true }).click();
    await boss.getByTestId('dashboard-picker').waitFor();
    await boss.screenshot({ path: `${artifacts}credit-walkthrough-boss-lands-zh-CN.png` });
    await boss.context().close();
    // The over-limit order placed before the test waits for the director's decision.
    const director = await signIn(h, DIRECTOR);
    await director.waitForURL((u) => u.pathname === `${APP}/inbox`);
    await director.locator(`[data-testid="inbox-open"] a[href$="/sales_order/${held.order}"]`).waitFor();
    await director.context().close();
  });

  it('names a text policy output by its label in the scorecard preview', async () => {
    const page = await signIn(h, ADMIN);
    await page.goto(`${h.url}${APP}/scorecards/credit_score`);
    // Each grade's settlement, by its label; read together, as the sample (the newest customer) loads.
    const labels: Readonly<Record<string, string>> = { AAA: 'On credit, flexible terms', AA: 'On credit', A: 'On credit', B: 'On credit, strict terms', D: 'Cash on delivery' };
    const settlement = async () => {
      const grade = (await page.getByTestId('preview-grade').innerText()).split(' · ')[0] ?? '';
      const text = await page.getByTestId('preview-policy-settlement').locator('.ant-statistic-content-value').innerText();
      return text === labels[grade] ? 'labelled' : `grade ${grade}: ${text}`;
    };
    await expect.poll(settlement).toBe('labelled');
    await page.context().close();
  });

  it('tells the salesperson the order they placed was refused, or held for approval, in the rules’ words', async () => {
    const page = await signIn(h, SALES);
    // Their records page lists the forms by name: ids and versions are for those who design forms.
    await page.goto(`${h.url}${APP}/records`);
    await page.getByRole('link', { name: 'Sales order', exact: true }).waitFor();
    expect(await page.locator('thead th').allInnerTexts()).toEqual(['Form']);
    const outcome = page.getByTestId('write-outcome');
    const refused = await placeOrder(page, blacklisted, 1000);
    await expect.poll(() => outcome.getAttribute('data-tone')).toBe('warning');
    expect(await outcome.innerText()).toContain(`Order ${refused} was refused: ${blacklisted} is blacklisted.`);
    expect(await page.locator('.ant-message').getByText('Record created.').count()).toBe(0);
    await expect.poll(() => shown(page, 'status')).toBe('Refused');
    // The header says so too, beside the order's number (the form's record state).
    await expect.poll(() => page.getByTestId('record-state').innerText()).toBe('Refused');
    await page.screenshot({ path: `${artifacts}credit-walkthrough-refused.png` });
    await page.locator('.ant-notification-notice-close').click();
    await outcome.waitFor({ state: 'detached' });

    await placeOrder(page, inGoodStanding, 900_000_000);
    await expect.poll(() => outcome.getAttribute('data-tone')).toBe('warning');
    expect(await outcome.innerText()).toContain('Waiting for approval: Over-limit order approval.');
    expect(await outcome.innerText()).toContain('held for approval');
    await expect.poll(() => shown(page, 'status')).toBe('Held for over-limit approval');
    await expect.poll(() => page.getByTestId('record-state').innerText()).toBe('Held for over-limit approval');
    await page.screenshot({ path: `${artifacts}credit-walkthrough-held.png` });
    await page.locator('.ant-notification-notice-close').click();
    await outcome.waitFor({ state: 'detached' });

    // Released within its credit, then raised far over it: saving says it is held, not just "saved".
    await placeOrder(page, inGoodStanding, 1000);
    await expect.poll(() => shown(page, 'status')).toBe('Released');
    await page.getByRole('button', { name: 'Edit' }).click();
    await page.getByLabel('Amount', { exact: true }).fill('900000000');
    await save(page);
    await expect.poll(() => outcome.getAttribute('data-tone')).toBe('warning');
    expect(await outcome.innerText()).toContain('Waiting for approval: Over-limit order approval.');
    expect(await page.locator('.ant-notification-notice').innerText()).toContain('Record saved. The rules say:');
    await expect.poll(() => shown(page, 'status')).toBe('Held for over-limit approval');
    await page.context().close();
  });

  it('says a new order was created by its salesperson and then written by the rules, not that it is revision 2', async () => {
    const page = await signIn(h, SALES);
    await placeOrder(page, inGoodStanding, 1000);
    await expect.poll(() => shown(page, 'status')).toBe('Released');
    // The credit check's rules wrote the order's status as a revision of their own when it was created.
    const meta = page.getByTestId('record-meta');
    await expect.poll(() => meta.innerText()).toMatch(/^Created .+ by 周杰（销售） · last written .+ by rule “.+” of rule set “.+” · \d+ versions in its history$/);
    expect(await meta.innerText()).not.toContain('Revision');
    await page.getByText('中文', { exact: true }).click();
    await expect.poll(() => meta.innerText()).toMatch(/^周杰（销售） 于 .+ 创建 · 最近由规则集“.+”的规则“.+”于 .+ 写入 · 修订历史中共 \d+ 个版本$/);
    await page.context().close();
  });

  it('names the flag a rule raised on a customer by the label the rule gives it, not its code', async () => {
    const page = await signIn(h, ADMIN);
    await page.goto(`${h.url}${APP}/records/customer/${blacklistedId}`);
    await page.getByRole('tab', { name: 'Flags and tasks' }).click();
    const tags = page.getByTestId('record-status').locator('.ant-tag');
    await tags.getByText('Blacklisted', { exact: true }).waitFor();
    expect(await tags.getByText('blacklisted', { exact: true }).count()).toBe(0);
    await page.context().close();
  });

  it('shows a customer’s grade, score, flags and credit facts at the top of its page, without scrolling (zh-CN)', async () => {
    const page = await signIn(h, ADMIN);
    await page.goto(`${h.url}${APP}/records/customer/${blacklistedId}`);
    await page.getByText('中文', { exact: true }).click();
    const summary = page.getByTestId('record-summary');
    // The grade in its colour, as the score tab shows it, and the score beside it.
    const grade = summary.getByTestId('summary-grade').locator('.ant-tag');
    await expect.poll(() => grade.innerText()).toMatch(/^(AAA|AA|A|B|D) · /);
    const background = await grade.evaluate((el) => el.ownerDocument.defaultView?.getComputedStyle(el).backgroundColor ?? '');
    expect(background).toMatch(/^rgba?\(/);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
    expect(await summary.getByTestId('summary-score').innerText()).toMatch(/^总分\n\d+(\.\d+)?$/);
    // The form's summary fields, by their labels, with their values as the details show them.
    for (const [id, label] of [['credit_limit', '授信额度'], ['exposure', '占用额度'], ['available_credit', '可用额度'], ['largest_overdue', '最大逾期金额']] as const) {
      expect(await summary.getByTestId(`summary-${id}`).innerText()).toBe(`${label}\n${await shown(page, id)}`);
    }
    // The rule's flag by its label; the frozen state stays the tag beside the title.
    await summary.getByTestId('summary-flags').locator('[data-flag="blacklisted"]').getByText('黑名单', { exact: true }).waitFor();
    const box = await summary.boundingBox();
    expect(box !== null && box.y + box.height <= 800).toBe(true);
    await page.screenshot({ path: `${artifacts}credit-walkthrough-customer-summary-zh-CN.png` });
    await page.context().close();
  });

  it('shows the approver the scores around an order without asking for one an order cannot have', async () => {
    const page = await signIn(h, DIRECTOR);
    const missing = notFoundCalls(page);
    await page.goto(`${h.url}${APP}/inbox`);
    const row = page.getByTestId('inbox-open').locator('tr', { has: page.locator(`a[href$="/sales_order/${held.order}"]`) });
    await row.getByRole('link', { name: 'Open', exact: true }).click();
    // The customer's score stands beside the order; the order's form has no scorecard, so none is asked for.
    await page.getByTestId('score-of-customer').locator('.ant-tag').first().waitFor();
    expect(missing).toEqual([]);
    // Nor does the order's page, for the flags on it.
    await page.goto(`${h.url}${APP}/records/sales_order/${held.order}`);
    await page.getByRole('tab', { name: 'Flags and tasks' }).click();
    await page.getByText('No flags, open tasks or freezes.').waitFor();
    expect(missing).toEqual([]);
    await page.context().close();
  });

  it('shows a customer its score tab and a held order its approvals tab, and neither the other (zh-CN)', async () => {
    const page = await signIn(h, SALES);
    const tabs = () => page.getByRole('tab').allInnerTexts();
    await page.goto(`${h.url}${APP}/records/customer/${blacklistedId}`);
    await page.getByText('中文', { exact: true }).click();
    await page.getByTestId('record-title').getByText(blacklisted).waitFor();
    // The customer has the credit scorecard and no approval flow; the order the over-limit flow and no scorecard.
    await expect.poll(tabs).toEqual(['详情', '评分', '关联记录', '修订历史', '标记与待办']);
    await page.getByRole('tab', { name: '评分' }).click();
    await page.getByTestId('score-total').waitFor();
    // An age reads as the completed years its bands count, not as a bare 11.00 beside the profile's 11.6.
    await page.getByTestId('score-factors').getByRole('row', { name: /资质（成立年限）/ }).getByText(/^满 \d+ 年$/).waitFor();
    // The scorecard's limit is a suggestion: the granted one on 详情 is the one that applies.
    await page.getByText(/^建议授信额度（/).waitFor();
    await page.goto(`${h.url}${APP}/records/sales_order/${held.order}`);
    await page.getByTestId('record-title').waitFor();
    await expect.poll(() => page.getByTestId('record-state').innerText()).toBe('超额待审批');
    await expect.poll(tabs).toEqual(['详情', '关联记录', '审批', '修订历史', '标记与待办']);
    await page.context().close();
  });

  it('reads each thing once on a visit to a customer’s and an order’s page, through all their tabs, and to the inbox', async () => {
    const page = await signIn(h, SALES);
    await page.waitForURL((u) => u.pathname !== '/');
    await page.waitForLoadState('networkidle');
    const reads = apiReads(page);
    // Each tab's reads are counted once they are all answered: its panel has stopped loading and nothing is in flight.
    let inFlight = 0;
    page.on('request', () => (inFlight += 1));
    page.on('requestfinished', () => (inFlight -= 1));
    page.on('requestfailed', () => (inFlight -= 1));
    const settled = async () => {
      await page.locator('.ant-tabs-tabpane-active .ant-spin-spinning').waitFor({ state: 'detached' });
      await expect.poll(() => inFlight).toBe(0);
    };
    const visit = async (path: string, tabs: readonly string[]) => {
      await page.goto(`${h.url}${APP}${path}`);
      await page.getByTestId('record-title').waitFor();
      for (const tab of tabs) {
        await page.getByRole('tab', { name: tab, exact: true }).click();
        await settled();
      }
    };
    await visit(`/records/customer/${blacklistedId}`, ['Score', 'Related', 'History', 'Flags and tasks']);
    expect(repeated(reads)).toEqual([]);
    reads.clear();
    await visit(`/records/sales_order/${held.order}`, ['Related', 'Approvals', 'History', 'Flags and tasks']);
    expect(repeated(reads)).toEqual([]);
    reads.clear();
    await page.goto(`${h.url}${APP}/inbox`);
    await page.getByTestId('inbox-open-count').waitFor({ state: 'attached' });
    for (const tab of ['Tasks', 'Submitted by me', 'To do']) {
      await page.getByRole('tab', { name: tab }).click();
      await settled();
    }
    expect(repeated(reads)).toEqual([]);
    await page.context().close();
  });

  it('puts an order returned to the salesperson in their to-do tab, with who returned it and why, and counts it', async () => {
    const opinion = 'Split it: no order above the available credit.';
    const director = await demoApi(h, DIRECTOR);
    const { version } = await director.get<{ version: number }>(`/api/approvals/${held.approval}`);
    await director.post(`/api/approvals/${held.approval}/commands`, { type: 'return', to: 'submitter', comment: opinion, version });
    await director.close();

    const page = await signIn(h, SALES);
    await page.goto(`${h.url}${APP}/inbox`);
    const returned = page.getByTestId('inbox-returned').locator(`[data-instance="${held.approval}"]`);
    await returned.getByText(held.no).waitFor();
    expect(await returned.innerText()).toContain('Returned by 王建国（销售总监）');
    expect(await returned.innerText()).toContain(`Opinion: ${opinion}`);
    expect(Number(await page.getByTestId('inbox-returned-count').innerText())).toBeGreaterThanOrEqual(1);
    expect(Number(await page.getByTestId('inbox-open-count').innerText())).toBeGreaterThanOrEqual(1);
    await page.screenshot({ path: `${artifacts}credit-walkthrough-returned.png`, fullPage: true });
    await returned.getByRole('link', { name: 'Resubmit or withdraw' }).click();
    await page.getByTestId('act-buttons').getByRole('button', { name: 'Resubmit', exact: true }).waitFor();
    await page.context().close();
  });

  it('shows how each of the customer form\'s sub-tables is written on its import page: the statements and the contacts', async () => {
    const page = await signIn(h, ADMIN);
    await page.goto(`${h.url}${APP}/records/customer/import`);
    const first = page.getByTestId('import-sub-table-hint');
    await first.waitFor();
    expect(await first.innerText()).toContain('A sub-table such as Financial statements by year takes its rows in one cell');
    expect(await page.getByTestId('import-sub-table-more').allInnerTexts()).toEqual([expect.stringMatching(/^Likewise Contacts, e\.g\. \S+: /)]);
    await page.context().close();
  });
});
