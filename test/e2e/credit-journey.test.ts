/**
 * @module The credit management journey in the browser, on a fresh demo start: a new customer graded,
 * its credit application countersigned, an over-limit order held, an overdue receivable frozen by the
 * daily schedule on a moved clock, and the freeze lifted by a payment.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP, beijingDay, date, field, pickRecord, recordIdOf, save, shown, signIn as signInAs } from './demo.js';
import { artifacts, pickOption, startHarness } from './harness.js';
import type { Harness } from './harness.js';

const DAY = 86_400_000;
/** The server's clock: real time plus what the test moved it by. */
let offset = 0;
const clock = { now: () => new Date(Date.now() + offset) };
const SALES = 'zhou@demo.heng.test';
const RISK = 'risk@demo.heng.test';
const FINANCE = 'finance@demo.heng.test';
const MANAGER = 'sales.manager@demo.heng.test';
const DIRECTOR = 'sales.director@demo.heng.test';
const CUSTOMER = '旅程精密机械有限公司';

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ server: { clock, demoEnv: { HENG_DEMO: '1', HENG_DEMO_CUSTOMERS: '40' }, scheduleIntervalMs: 300 } });
}, 120_000);

afterAll(async () => {
  await h?.close();
});

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${artifacts}credit-journey-${name}.png`, fullPage: true });
}

const close = (c: BrowserContext) => c.close();

/** A page signed in as `email`, the browser's clock at the server's. */
const signIn = (email: string): Promise<Page> => signInAs(h, email, clock);

describe('the credit management journey in the browser', () => {
  it('grades a new customer, countersigns its application (which raises its limit), holds an over-limit order, freezes it when overdue and lifts the freeze when paid', async () => {
    // 1. The finance director enters a new customer's profile (its financials are finance's and risk's to enter) and sees its grade and limit.
    let page = await signIn(FINANCE);
    await page.goto(`${h.url}${APP}/records/customer/new`);
    await page.getByLabel('Company name', { exact: true }).fill(CUSTOMER);
    await page.getByLabel('Unified social credit code', { exact: true }).fill('913501007777777777');
    await pickOption(page, 'Enterprise type', 'Private');
    await pickOption(page, 'Industry', 'Manufacturing');
    await pickOption(page, 'Region', 'East China');
    await date(page, 'Founded on', beijingDay(new Date(clock.now().getTime() - 4 * 365 * DAY)));
    await page.getByLabel('Annual sales', { exact: true }).fill('2000000');
    await page.getByLabel('Total assets', { exact: true }).fill('1000000');
    await page.getByLabel('Total liabilities', { exact: true }).fill('600000');
    await page.getByLabel('Current ratio', { exact: true }).fill('1.25');
    await pickOption(page, 'Salesperson in charge', '周杰');
    await field(page, 'contacts').getByRole('button', { name: 'Add row' }).click();
    await page.getByLabel('Name, row 1').fill('林芳');
    // One character of the credit code mistyped: its check character gives it away, on the field.
    await save(page);
    await field(page, 'credit_code').getByText('does not add up', { exact: false }).waitFor();
    await page.getByLabel('Unified social credit code', { exact: true }).fill('91350100777777777A');
    await save(page);
    await expect.poll(() => page.getByTestId('record-title').innerText(), { timeout: 15_000 }).toBe(CUSTOMER);
    const customerId = recordIdOf(page);
    await page.getByRole('tab', { name: 'Score' }).click();
    // Missing history 630 × 25% + 630 × 15%, debt 60% → 520 × 15%, current ratio 1.25 → 575 × 10%,
    // private 685 × 10%, 4 years old 630 × 10%, new to us 465 × 15% = 588.75: grade B, limit 5% of 2,000,000.
    await expect.poll(() => page.getByTestId('score-total').locator('.ant-statistic-content-value').innerText(), { timeout: 15_000 }).toBe('589');
    expect(await page.getByTestId('score-grade').innerText()).toBe('B · Fair');
    await page.getByText('100,000.00').first().waitFor();
    await shot(page, '1-customer-score');
    await page.getByRole('tab', { name: 'Details' }).click();
    await expect.poll(() => shown(page, 'credit_grade')).toBe('B');
    await expect.poll(() => shown(page, 'credit_limit')).toContain('100,000.00');
    await close(page.context());

    // 2. The salesperson's credit application for the new grade B customer, within its 200,000 trial limit, goes to the risk and finance countersign.
    page = await signIn(SALES);
    await page.goto(`${h.url}${APP}/records/credit_application/new`);
    await pickRecord(page, 'Customer', CUSTOMER);
    // The customer's grade and limit show as soon as it is picked, before anything is saved.
    await expect.poll(() => shown(page, 'grade')).toBe('B');
    await expect.poll(() => shown(page, 'current_limit')).toContain('100,000.00');
    await page.getByLabel('Amount applied for', { exact: true }).fill('200000');
    await page.getByLabel('Reason', { exact: true }).fill('New customer with steady orders; asks for a larger limit.');
    await field(page, 'salesperson').getByText('周杰').waitFor();
    await save(page);
    await page.getByTestId('record-title').waitFor();
    const applicationId = recordIdOf(page);
    await page.getByRole('tab', { name: 'Approvals' }).click();
    await expect.poll(() => page.getByTestId('approval-status').first().innerText()).toBe('In progress');
    await page.getByTestId('approval-timeline').getByText('Risk and finance countersign').first().waitFor();
    await shot(page, '2-application-submitted');
    // The salesperson finds it among what they submitted, waiting for the countersign.
    await page.goto(`${h.url}${APP}/inbox`);
    await page.getByRole('tab', { name: 'Submitted by me' }).click();
    const mine = page.getByTestId('inbox-submitted').locator('tr', { has: page.locator(`a[href$="/credit_application/${applicationId}"]`) });
    await mine.getByText('Waiting at Risk and finance countersign').waitFor();
    await close(page.context());

    for (const [who, opinion] of [[RISK, 'Risk: debt ratio 60%, acceptable with monitoring.'], [FINANCE, 'Finance: approved at the amount risk granted.']] as const) {
      page = await signIn(who);
      await page.goto(`${h.url}${APP}/inbox`);
      // The row whose record is this application (the demo's approvals wait there too).
      const row = page.getByTestId('inbox-open').locator('tr', { has: page.locator(`a[href$="/credit_application/${applicationId}"]`) });
      await row.getByRole('link', { name: 'Open', exact: true }).click();
      // The approver weighs the customer's own score beside the application.
      await expect.poll(() => page.getByTestId('score-of-customer').locator('.ant-tag').first().innerText()).toBe('B · Fair');
      expect(await page.getByTestId('score-of-customer').innerText()).toContain('Total score 589');
      await page.getByTestId('act-buttons').getByRole('button', { name: 'Approve' }).click();
      // Risk grants less than asked; finance's dialog starts from what risk granted.
      const granted = page.getByTestId('act-approve').getByLabel('Approved amount', { exact: true });
      if (who === RISK) await granted.fill('150000');
      else await expect.poll(() => granted.inputValue()).toBe('150,000');
      await page.getByLabel('Opinion').fill(opinion);
      await page.getByRole('button', { name: 'Confirm' }).click();
      await page.getByTestId('approval-timeline').getByText(opinion).waitFor();
      // The amount risk granted stands in the history beside the opinion, and the route the application took is named.
      if (who === RISK) await expect.poll(() => page.getByTestId('approval-edits').first().innerText()).toMatch(/^Changed Approved amount → .*150,000\.00/);
      if (who === RISK) await expect.poll(() => page.locator('[data-testid=approval-timeline] [data-action=branch]').first().innerText()).toContain('route: Grade B, not yet rated or a new customer');
      if (who === FINANCE) {
        await expect.poll(() => page.getByTestId('approval-status').first().innerText()).toBe('Approved');
        await page.getByTestId('approval-timeline').getByText('Risk: debt ratio 60%, acceptable with monitoring.').waitFor();
        await shot(page, '3-application-approved');
        // The amount approved is now the customer's limit, written in the same decision.
        await page.goto(`${h.url}${APP}/records/customer/${customerId}`);
        await expect.poll(() => shown(page, 'credit_limit'), { timeout: 15_000 }).toContain('150,000.00');
        // The customer list: the form's working columns, and a field the user finds and adds.
        await page.goto(`${h.url}${APP}/records/customer`);
        const list = page.getByTestId('record-list');
        await list.getByRole('columnheader', { name: 'Credit grade' }).waitFor();
        expect(await list.getByRole('columnheader', { name: 'Industry' }).count()).toBe(0);
        await page.getByRole('button', { name: 'Columns' }).click();
        const chooser = page.getByTestId('column-chooser');
        await chooser.getByRole('searchbox', { name: 'Find a field' }).fill('indus');
        await expect.poll(() => chooser.getByRole('checkbox').count()).toBe(1);
        await chooser.getByRole('checkbox', { name: 'Industry' }).check();
        await list.getByRole('columnheader', { name: 'Industry' }).waitFor();
      }
      await close(page.context());
    }

    // 3. An order over the available credit is held, with the exposure it was checked against.
    page = await signIn(SALES);
    await page.goto(`${h.url}${APP}/records/sales_order/new`);
    await field(page, 'order_no').getByText('Assigned on save').waitFor();
    await pickRecord(page, 'Customer', CUSTOMER);
    await field(page, 'salesperson').getByText('周杰').waitFor();
    await date(page, 'Order date', beijingDay(clock.now()));
    await page.getByLabel('Amount', { exact: true }).fill('300000');
    await save(page);
    await page.getByTestId('record-title').waitFor();
    await expect.poll(() => shown(page, 'status'), { timeout: 15_000 }).toBe('Held for over-limit approval');
    expect(await shown(page, 'available_credit')).toContain('150,000.00');
    expect(await shown(page, 'over_limit_amount')).toContain('150,000.00');
    await page.getByRole('tab', { name: 'Approvals' }).click();
    await expect.poll(() => page.getByTestId('approval-status').first().innerText()).toBe('In progress');
    await shot(page, '4-order-held');
    const orderId = recordIdOf(page);
    await close(page.context());

    // 4. A receivable due in 5 days; 15 days later the daily schedule finds it 10 days overdue: tier 2.
    page = await signIn(FINANCE);
    await page.goto(`${h.url}${APP}/records/receivable/new`);
    await page.getByLabel('Invoice number', { exact: true }).fill('INV-JOURNEY-1');
    await pickRecord(page, 'Customer', CUSTOMER);
    await pickOption(page, 'Salesperson', '周杰');
    await date(page, 'Issued on', beijingDay(clock.now()));
    await date(page, 'Due date', beijingDay(new Date(clock.now().getTime() + 5 * DAY)));
    await page.getByLabel('Amount', { exact: true }).fill('80000');
    await save(page);
    await page.getByTestId('record-title').waitFor();
    const receivableId = recordIdOf(page);
    await close(page.context());

    // The held order's approver weighs the customer as it is now: the invoice took 80,000 more of its credit since the order was checked.
    page = await signIn(DIRECTOR);
    const [held] = ((await (await page.request.get(`/api/forms/sales_order/records/${orderId}/approvals`)).json()) as { items: { id: string }[] }).items;
    await page.goto(`${h.url}${APP}/inbox/${held!.id}`);
    await expect.poll(() => page.locator('[data-testid=lookups-now] [data-drift=available_credit]').innerText()).toBe('¥150,000.00 when saved → ¥70,000.00 now');
    await shot(page, '4b-order-approval-now');
    await close(page.context());

    offset += 15 * DAY;
    page = await signIn(SALES);
    // The running scheduler notices the moved clock within its interval; the worker runs the rule sets.
    await expect
      .poll(async () => ((await (await page.request.get(`/api/forms/receivable/records/${receivableId}`)).json()) as { data: { collection_stage?: string } }).data.collection_stage, { timeout: 60_000, interval: 500 })
      .toBe('notice');
    await page.goto(`${h.url}${APP}/records/customer/${customerId}`);
    await expect.poll(() => shown(page, 'credit_status')).toBe('Frozen');
    await page.getByRole('tab', { name: 'Flags and tasks' }).click();
    await page.getByTestId('record-status').getByText('A receivable is more than 7 days overdue: new orders on credit are frozen (cash on delivery still goes through)').waitFor();
    // What is frozen reads in words, not as its code.
    await page.getByTestId('record-status').locator('.ant-tag', { hasText: 'New orders' }).first().waitFor();
    await expect(page.getByTestId('record-status').locator('.ant-tag', { hasText: /^orders$/ }).count()).resolves.toBe(0);
    // Named as the admin named it, not by its id.
    await page.getByTestId('record-status').getByText('of rule set “Overdue escalation”').first().waitFor();
    await shot(page, '5-customer-frozen');
    // The tier-2 notice waits under the bell in the header, and leads to what it is about.
    await page.getByRole('button', { name: /Notifications: \d+ unread/ }).click();
    await page.getByTestId('notifications').getByText('INV-JOURNEY-1').first().waitFor();
    await shot(page, '5-notices');
    await close(page.context());
    // The sales manager finds the chase among their tasks, and marks it done.
    page = await signIn(MANAGER);
    await page.goto(`${h.url}${APP}/inbox`);
    await page.getByRole('tab', { name: 'Tasks' }).click();
    const chase = page.getByTestId('my-tasks').locator('tr', { hasText: `Chase the overdue payment of ${CUSTOMER}` });
    await chase.waitFor();
    await shot(page, '5-manager-tasks');
    await chase.getByRole('button', { name: 'Mark done' }).click();
    await page.locator('.ant-popconfirm:visible').getByRole('button', { name: 'Mark done' }).click();
    await expect.poll(() => chase.count()).toBe(0);
    await close(page.context());

    // 5. Finance records the payment; the receivable is settled and the freeze lifted.
    page = await signIn(FINANCE);
    await page.goto(`${h.url}${APP}/records/payment/new`);
    // The receivable picker waits for the customer, then offers only that customer's open
    // receivables: of the demo's hundreds, just the journey's invoice.
    const receivables = page.getByLabel('Receivable written off', { exact: true });
    const offered = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
    await receivables.click();
    await page.locator('.ant-select-dropdown:visible').getByText('Pick the customer first').waitFor();
    await receivables.press('Escape');
    await pickRecord(page, 'Customer', CUSTOMER);
    await receivables.click();
    await expect.poll(() => offered.allInnerTexts()).toEqual(['INV-JOURNEY-1']);
    await receivables.press('Escape');
    await pickRecord(page, 'Receivable written off', 'INV-JOURNEY-1');
    await date(page, 'Paid on', beijingDay(clock.now()));
    await pickOption(page, 'Method', 'Bank transfer');
    await page.getByLabel('Amount', { exact: true }).fill('80000');
    await save(page);
    await page.getByTestId('record-title').waitFor();
    const paymentNo = await shown(page, 'payment_no');
    expect(paymentNo).toMatch(/^PAY-\d{8}-\d{4,}$/);
    // The receivable's customer, copied onto the payment, reads as that customer, linked.
    await expect.poll(() => field(page, 'receivable_customer').getByRole('link').innerText()).toBe(CUSTOMER);
    await page.goto(`${h.url}${APP}/records/customer/${customerId}`);
    await expect.poll(() => shown(page, 'credit_status'), { timeout: 15_000 }).toBe('Normal');
    await page.getByRole('tab', { name: 'Flags and tasks' }).click();
    await expect.poll(() => page.getByText('A receivable is more than 7 days overdue: new orders on credit are frozen (cash on delivery still goes through)').count()).toBe(0);
    await shot(page, '6-freeze-lifted');
    // The profile gathers what points at the customer: its application, order, receivable and payment.
    await page.getByRole('tab', { name: 'Related' }).click();
    const related = page.getByTestId('related-panel');
    await related.locator('[data-related="credit_application.customer"]').waitFor();
    await related.locator('[data-related="receivable.customer"]').getByText('INV-JOURNEY-1').waitFor();
    await related.locator('[data-related="payment.customer"]').getByText(paymentNo).waitFor();
    await shot(page, '7-customer-related');
    // A customer with a pending lawsuit: the flag its score raised stands among its flags, by its
    // label (once, whether or not an overdue tier's rule raised it too).
    const sued = (await (await page.request.get('/api/forms/customer/records?filter%5Blawsuits_pending%5D%5Beq%5D=true&limit=1')).json()) as { items: { id: string }[] };
    await page.goto(`${h.url}${APP}/records/customer/${sued.items[0]!.id}`);
    await page.getByRole('tab', { name: 'Flags and tasks' }).click();
    await expect.poll(() => page.getByTestId('record-status').locator('.ant-tag').getByText('High risk', { exact: true }).count()).toBe(1);
    await close(page.context());
    // About 90 s on a quiet 2-core machine, 140–170 s when it shares the cores with other tests.
  }, 300_000);
});
