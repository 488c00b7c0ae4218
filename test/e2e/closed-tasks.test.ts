/**
 * @module A task a rule gave me and a rule closed: it leaves my open tasks, and my done ones say
 * which rule closed it and why, beside one I marked done myself. The note that rule wrote shows in
 * the record's history as written by the rule, not by me.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedAs } from './definitions-seed.js';
import { ADMIN, artifacts, startHarness } from './harness.js';
import type { Harness } from './harness.js';

let h: Harness;
let settledId: string;

const t = (en: string, zh: string) => ({ en, 'zh-CN': zh });
const APP = `/apps/${ADMIN.tenant}`;

const invoice = {
  kind: 'form',
  id: 'invoice',
  name: t('Invoice', '发票'),
  fields: [
    { id: 'invoice_no', type: 'text', label: t('Invoice', '发票号'), required: true },
    { id: 'status', type: 'single_select', label: t('Status', '状态'), options: [{ id: 'open', label: t('Open', '未结清') }, { id: 'paid', label: t('Paid', '已结清') }] },
    { id: 'note', type: 'text', label: t('Note', '备注') },
  ],
  sections: [{ id: 'main', label: t('Invoice', '发票'), columns: 1, fields: ['invoice_no', 'status', 'note'] }],
};

beforeAll(async () => {
  h = await startHarness({ withAdmin: true });
  const seed = await seedAs(h);
  await seed.saveAndPublish('form', invoice);
  // Each new invoice asks the admin to chase it; a paid one has its chase closed by a rule.
  await seed.saveAndPublish('ruleset', {
    kind: 'ruleset',
    id: 'chase',
    name: t('Chase', '催收'),
    form: 'invoice',
    trigger: { kind: 'record_created' },
    rules: [{ id: 'new', name: t('New invoice', '新发票'), conditions: { all: [{ fact: 'status', operator: 'equal', value: 'open' }] }, actions: [{ kind: 'create_task', id: 'chase_task', title: t('Chase {{invoice_no}}', '催收 {{invoice_no}}'), assignee: { user: seed.userId }, dueInDays: 7 }] }],
  });
  await seed.saveAndPublish('ruleset', {
    kind: 'ruleset',
    id: 'settle',
    name: t('Settle', '结清'),
    form: 'invoice',
    trigger: { kind: 'record_updated', fields: ['status'] },
    rules: [{ id: 'paid', name: t('Paid', '已结清'), conditions: { all: [{ fact: 'status', operator: 'equal', value: 'paid' }] }, actions: [
      { kind: 'close_tasks', id: 'close', actions: ['chase_task'], reason: t('Invoice {{invoice_no}} settled', '发票 {{invoice_no}} 已结清') },
      { kind: 'set_field', id: 'noted', field: 'note', value: '已结清，催收结束' },
    ] }],
  });
  settledId = await seed.createRecord('invoice', { invoice_no: 'INV-7', status: 'open' });
  await seed.createRecord('invoice', { invoice_no: 'INV-8', status: 'open' });
  await seed.close();
});

afterAll(async () => {
  await h?.close();
});

describe('tasks closed by a rule', () => {
  it('leave my open tasks and show among my done ones with the rule\'s reason, beside one I marked done (zh-CN)', async () => {
    const page = await h.page('zh-CN', { signedIn: true });
    await page.goto(`${h.url}${APP}/inbox`);
    // Nothing waits for my decision but two tasks do: the inbox opens on them, and counts them.
    await expect.poll(() => page.getByRole('tab', { name: /待办任务/ }).getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => page.getByTestId('inbox-tasks-count').innerText()).toBe('2');
    const tasks = page.getByTestId('my-tasks');
    const row = (text: string) => tasks.locator('tr', { hasText: text });
    await row('催收 INV-7').waitFor();
    await row('催收 INV-8').getByRole('button', { name: '标记完成' }).click();
    // Asked first: it cannot be reopened.
    await page.locator('.ant-popconfirm:visible').getByText('完成后移到“已完成”中，不能重新打开。').waitFor();
    await page.locator('.ant-popconfirm:visible').getByRole('button', { name: '标记完成' }).click();
    await expect.poll(() => row('催收 INV-8').count()).toBe(0);
    await expect.poll(() => page.getByTestId('inbox-tasks-count').innerText()).toBe('1');

    // INV-7 is paid: the rule closes its chase.
    const csrf = ((await (await page.request.get('/api/me')).json()) as { csrfToken: string }).csrfToken;
    const current = (await (await page.request.get(`/api/forms/invoice/records/${settledId}`)).json()) as { revision: number };
    const paid = await page.request.patch(`/api/forms/invoice/records/${settledId}`, { data: { status: 'paid' }, headers: { 'X-CSRF-Token': csrf, 'If-Match': `"${current.revision}"` } });
    expect(paid.status()).toBe(200);
    await page.reload();
    await page.getByRole('tab', { name: /待办任务/ }).click();
    await tasks.getByText('暂无待办任务。').waitFor();

    await page.getByTestId('my-tasks-which').getByText('已完成', { exact: true }).click();
    await expect.poll(() => row('催收 INV-7').innerText()).toContain('由规则关闭：发票 INV-7 已结清');
    // The one I marked done names me, not a rule.
    await row('催收 INV-8').waitFor();
    expect(await row('催收 INV-8').locator('td').last().innerText()).toBe(ADMIN.displayName);
    await page.screenshot({ path: `${artifacts}closed-tasks-zh-CN.png`, fullPage: true });

    // The note the rule wrote is in the invoice's history as the rule's doing, set off by my change.
    await page.goto(`${h.url}${APP}/records/invoice/${settledId}`);
    await page.getByRole('tab', { name: '修订历史' }).click();
    const byRule = page.getByTestId('revisions').getByTestId('revision-by-rule');
    await expect.poll(() => byRule.allInnerTexts()).toEqual(['由规则集“结清”的规则“已结清”写入']);
    await page.context().close();
  });
});

describe('the rule that closes them', () => {
  it('names the tasks it closes by their titles in its picker, not by action id (zh-CN)', async () => {
    const page = await h.page('zh-CN', { signedIn: true });
    await page.goto(`${h.url}${APP}/rulesets/settle`);
    const picker = page.getByRole('combobox', { name: '关闭哪些待办' });
    await picker.waitFor();
    const chosen = page.locator('.ant-select', { has: picker }).locator('.ant-select-selection-item');
    await expect.poll(() => chosen.allInnerTexts()).toEqual(['催收 「发票号」']);
    await page.context().close();
  });
});
