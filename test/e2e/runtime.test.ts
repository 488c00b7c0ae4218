import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedAs } from './definitions-seed.js';
import { ADMIN, artifacts, startHarness } from './harness.js';
import type { Harness } from './harness.js';

let h: Harness;

const t = (en: string, zh: string) => ({ en, 'zh-CN': zh });
const APP = `/apps/${ADMIN.tenant}`;

/** A small credit application: a unique name, money, a formula, a select, a sub-table. */
const form = {
  kind: 'form',
  id: 'application',
  name: t('Credit application', '授信申请'),
  fields: [
    { id: 'company_name', type: 'text', label: t('Company name', '企业名称'), required: true, rules: { unique: true } },
    { id: 'industry', type: 'single_select', label: t('Industry', '所属行业'), options: [{ id: 'steel', label: t('Steel', '钢铁') }, { id: 'services', label: t('Services', '服务业') }] },
    { id: 'annual_sales', type: 'money', label: t('Annual sales', '年销售额'), required: true, rules: { min: 0 } },
    { id: 'total_assets', type: 'money', label: t('Total assets', '资产总额'), rules: { min: 0 } },
    { id: 'total_liabilities', type: 'money', label: t('Total liabilities', '负债总额'), rules: { min: 0 } },
    { id: 'debt_ratio', type: 'formula', label: t('Debt ratio', '资产负债率'), formula: 'total_liabilities / total_assets', resultType: 'percent', decimals: 1 },
    { id: 'contacts', type: 'sub_table', label: t('Contacts', '联系人'), columns: [{ id: 'name', type: 'text', label: t('Name', '姓名'), required: true }, { id: 'phone', type: 'text', label: t('Phone', '电话') }] },
  ],
  sections: [
    { id: 'main', label: t('Application', '申请信息'), columns: 2, fields: ['company_name', 'industry', 'annual_sales', 'total_assets', 'total_liabilities', 'debt_ratio'] },
    { id: 'people', label: t('Contacts', '联系人'), columns: 1, fields: ['contacts'] },
  ],
};

const scorecard = {
  kind: 'scorecard',
  id: 'application_score',
  name: t('Application score', '申请评分'),
  form: 'application',
  precision: 1,
  factors: [
    { id: 'debt', name: t('Debt ratio', '资产负债率'), weight: 6000, method: { kind: 'bands', field: 'debt_ratio', bands: [{ id: 'low', max: 0.3, points: 100 }, { id: 'mid', min: 0.3, max: 0.5, points: 70 }, { id: 'high', min: 0.5, points: 20 }] }, missing: { policy: 'points', points: 0 } },
    { id: 'industry', name: t('Industry', '所属行业'), weight: 4000, method: { kind: 'lookup', field: 'industry', entries: [{ value: 'steel', points: 40 }, { value: 'services', points: 80 }], otherwise: 50 }, missing: { policy: 'points', points: 50 } },
  ],
  grades: [
    { id: 'a', grade: 'A', label: t('Excellent', '优秀'), color: '#2e7d32', min: 80, max: 100 },
    { id: 'b', grade: 'B', label: t('Good', '良好'), color: '#1565c0', min: 60, max: 79.9 },
    { id: 'c', grade: 'C', label: t('Watch', '关注'), color: '#f9a825', min: 0, max: 59.9 },
  ],
  policies: [{ id: 'limit', name: t('Credit limit', '信用额度'), type: 'money', byGrade: { A: 'annual_sales * 0.2', B: 'annual_sales * 0.1', C: 'annual_sales * 0.05' } }],
};

/** A rule's flag on steel applicants, which their approver sees beside the score. */
const signals = {
  kind: 'ruleset',
  id: 'application_signals',
  name: t('Application signals', '申请信号'),
  form: 'application',
  trigger: { kind: 'record_saved' },
  rules: [{ id: 'steel', name: t('Cyclical industry', '周期性行业'), conditions: { all: [{ fact: 'industry', operator: 'equal', value: 'steel' }] }, actions: [{ kind: 'add_flag', id: 'flag', flag: 'cyclical_industry', label: t('Cyclical industry', '周期性行业') }] }],
};

/** One approver node asking the admins: the signed-in admin decides in the inbox, shown the score the flow reads. */
const flow = {
  kind: 'flow',
  id: 'application_approval',
  name: t('Application approval', '申请审批'),
  form: 'application',
  scorecard: 'application_score',
  nodes: [{ id: 'review', kind: 'approver', name: t('Credit review', '信用审核'), approvers: [{ kind: 'role', role: 'admin' }], mode: 'or', whenEmpty: 'admin' }],
};

/** A form an admin just made, with no scorecard and no approval flow: its records' pages show no score or approvals tab. */
const supplier = {
  kind: 'form',
  id: 'supplier',
  name: t('Supplier', '供应商'),
  fields: [{ id: 'supplier_name', type: 'text', label: t('Supplier name', '供应商名称'), required: true }],
  sections: [{ id: 'main', label: t('Supplier', '供应商'), columns: 1, fields: ['supplier_name'] }],
};
let supplierId: string;

beforeAll(async () => {
  h = await startHarness({ withAdmin: true });
  const seed = await seedAs(h);
  await seed.saveAndPublish('form', form);
  await seed.saveAndPublish('scorecard', scorecard);
  await seed.saveAndPublish('ruleset', signals);
  await seed.saveAndPublish('flow', flow);
  await seed.saveAndPublish('form', supplier);
  supplierId = await seed.createRecord('supplier', { supplier_name: '闽东五金' });
  await seed.close();
});

afterAll(async () => {
  await h?.close();
});

const field = (page: Page, id: string) => page.locator(`[data-field="${id}"]`);
const problemOn = (page: Page, id: string) => field(page, id).locator('.ant-form-item-explain-error');

async function pick(page: Page, label: string, option: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-item-option', { hasText: option }).click();
}

describe('runtime pages in the browser', () => {
  it('creates a record through the form, shows it in the list and explains its score (zh-CN)', async () => {
    const page = await h.page('zh-CN', { signedIn: true });
    await page.goto(`${h.url}${APP}/records`);
    await page.getByRole('link', { name: '授信申请' }).click();
    await page.getByTestId('record-list').waitFor();
    await page.getByRole('button', { name: '新建记录' }).click();
    await page.getByTestId('record-form').waitFor();

    // A required field left empty: the engine's problem, in Chinese, on the field itself.
    await page.getByLabel('年销售额').fill('5000000');
    await page.getByRole('button', { name: /^保\s?存$/ }).click();
    await expect.poll(() => problemOn(page, 'company_name').innerText()).toBe('企业名称为必填项，请填写。');
    await page.screenshot({ path: `${artifacts}runtime-form-problem-zh-CN.png`, fullPage: true });

    // The formula is computed as the inputs change.
    await page.getByLabel('企业名称').fill('闽江机械有限公司');
    await expect.poll(() => problemOn(page, 'company_name').count()).toBe(0);
    await pick(page, '所属行业', '钢铁');
    await page.getByLabel('资产总额').fill('1000000');
    await page.getByLabel('负债总额').fill('400000');
    await expect.poll(() => field(page, 'debt_ratio').locator('.ant-form-item-control').innerText()).toBe('40.0%');
    await page.getByRole('button', { name: '添加一行' }).click();
    await page.getByLabel('姓名（第 1 行）').fill('林芳');
    await page.getByRole('button', { name: /^保\s?存$/ }).click();

    await expect.poll(() => page.getByTestId('record-title').innerText()).toBe('闽江机械有限公司');
    await page.getByRole('tab', { name: '评分' }).click();
    // 70 points × 60% + 40 points × 40% = 58.0: grade C, limit 5% of the sales.
    await expect.poll(() => page.getByTestId('score-total').locator('.ant-statistic-content-value').innerText()).toBe('58.0');
    await expect(page.getByTestId('score-grade').innerText()).resolves.toBe('C · 关注');
    // The band the debt ratio fell in, named as the scorecard editor names it.
    await page.getByTestId('score-factors').getByRole('row', { name: /资产负债率/ }).getByText('30%–50%', { exact: true }).waitFor();
    await page.getByText('250,000.00 元').waitFor();
    await page.getByTestId('score-version').getByText('评分卡“申请评分”第 1 版').waitFor();
    await page.screenshot({ path: `${artifacts}runtime-score-zh-CN.png`, fullPage: true });

    await page.getByRole('link', { name: '返回列表' }).click();
    await page.getByTestId('record-list').getByText('闽江机械有限公司').waitFor();
    await page.getByTestId('record-list').getByText('5,000,000.00 元').waitFor();
    await page.screenshot({ path: `${artifacts}runtime-list-zh-CN.png`, fullPage: true });
    await page.context().close();
  });

  it('puts the server’s problems on the field and filters the list (en)', async () => {
    const page = await h.page('en', { signedIn: true });
    await page.goto(`${h.url}${APP}/records/application/new`);
    // The same name again, a space after it: only the server knows it is taken (a unique field).
    const posts: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().includes('/records')) posts.push(r.url());
    });
    await page.getByLabel('Company name').fill('闽江机械有限公司 ');
    await page.getByLabel('Annual sales').fill('800000');
    // Enter in a field does not save the form; leaving it with changes unsaved asks first.
    await page.getByLabel('Annual sales').press('Enter');
    await page.getByRole('button', { name: 'Cancel' }).click();
    const ask = page.getByRole('dialog').filter({ hasText: 'Leave without saving?' });
    await ask.getByRole('button', { name: 'Stay' }).click();
    await ask.waitFor({ state: 'hidden' });
    expect(new URL(page.url()).pathname).toBe(`${APP}/records/application/new`);
    expect(posts).toEqual([]);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => problemOn(page, 'company_name').innerText()).toMatch(/must be unique/);
    await page.getByTestId('form-failure').waitFor();
    await page.screenshot({ path: `${artifacts}runtime-server-problem-en.png`, fullPage: true });
    // A name of nothing but spaces is no name: the browser says so, as the server would, without sending it.
    await page.getByLabel('Company name').fill('   ');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => problemOn(page, 'company_name').innerText()).toBe('Company name is required: fill it in.');
    expect(posts).toHaveLength(1);

    await page.getByLabel('Company name').fill('Fuzhou Services Ltd');
    await pick(page, 'Industry', 'Services');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByTestId('record-title').innerText()).toBe('Fuzhou Services Ltd');

    await page.goto(`${h.url}${APP}/records/application`);
    const list = page.getByTestId('record-list');
    await list.getByText('Fuzhou Services Ltd').waitFor();
    await list.getByText('闽江机械有限公司').waitFor();
    await page.getByRole('button', { name: 'Add filter' }).click();
    await page.getByTestId('record-filters').getByLabel('Value').fill('Fuzhou');
    await expect.poll(() => list.locator('tbody tr.ant-table-row').count()).toBe(1);
    await page.screenshot({ path: `${artifacts}runtime-list-filtered-en.png`, fullPage: true });
    // The export link carries the filter: the CSV holds what the list shows.
    const href = await page.getByRole('link', { name: /Export CSV/ }).getAttribute('href');
    expect(href).toContain('filter%5Bcompany_name%5D%5Bcontains%5D=Fuzhou');
    const exported = await (await page.request.get(href ?? '')).text();
    expect(exported).toContain('Fuzhou Services Ltd');
    expect(exported).not.toContain('闽江机械有限公司');

    // Sorting on a column asks the server: smallest sales first, then largest first.
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => list.locator('tbody tr.ant-table-row').count()).toBe(2);
    const firstName = () => list.locator('tbody tr.ant-table-row').first().locator('td').first().innerText();
    await list.getByRole('columnheader', { name: 'Annual sales' }).click();
    await expect.poll(firstName).toBe('Fuzhou Services Ltd');
    await list.getByRole('columnheader', { name: 'Annual sales' }).click();
    await expect.poll(firstName).toBe('闽江机械有限公司');

    // The user's own columns: one left out stays out after a reload, until reset to the form's.
    const headers = () => list.locator('thead th').allInnerTexts();
    expect(await headers()).toContain('Total assets');
    await page.getByRole('button', { name: 'Columns' }).click();
    await page.getByTestId('column-chooser').getByRole('checkbox', { name: 'Total assets' }).uncheck();
    await expect.poll(headers).not.toContain('Total assets');
    await page.reload();
    await list.getByText('Fuzhou Services Ltd').waitFor();
    expect(await headers()).not.toContain('Total assets');
    expect(await headers()).toContain('Annual sales');
    await page.getByRole('button', { name: 'Columns' }).click();
    await page.getByTestId('column-chooser').getByRole('button', { name: 'Reset to the form’s columns' }).click();
    await expect.poll(headers).toContain('Total assets');
    await page.context().close();
  });

  it('holds a record in approval, and keeps an edit made after someone else saved from overwriting theirs (en)', async () => {
    const page = await h.page('en', { signedIn: true });
    await page.goto(`${h.url}${APP}/records/application`);
    await page.getByTestId('record-list').getByRole('link', { name: 'Fuzhou Services Ltd' }).click();
    // Submitted on creation, it waits for the approvers: no edit until its submitter withdraws it.
    await page.getByTestId('record-title').waitFor();
    expect(await page.getByTestId('record-edit').isDisabled()).toBe(true);
    const [, , , , appForm, appRecord] = new URL(page.url()).pathname.split('/');
    // Its edit page opened from an address says so at once, with no form to type into in vain.
    const recordUrl = page.url();
    await page.goto(`${recordUrl}/edit`);
    await page.getByTestId('record-in-approval').getByText('In approval: it cannot change until the approvers decide.', { exact: false }).waitFor();
    await expect(page.getByLabel('Annual sales').count()).resolves.toBe(0);
    await page.goto(recordUrl);
    const csrf = ((await (await page.request.get('/api/me')).json()) as { csrfToken: string }).csrfToken;
    const [approval] = ((await (await page.request.get(`/api/forms/${appForm}/records/${appRecord}/approvals`)).json()) as { items: { id: string; version: number }[] }).items;
    const withdrawn = await page.request.post(`/api/approvals/${approval?.id}/commands`, { data: { type: 'withdraw', comment: 'to change it', version: approval?.version }, headers: { 'X-CSRF-Token': csrf } });
    expect(withdrawn.status()).toBe(200);
    await page.reload();
    await page.getByRole('button', { name: 'Edit' }).click();
    // Typed over the amount shown (800,000): replaced, not added to.
    await page.getByLabel('Annual sales').fill('900000');
    expect(await page.getByLabel('Annual sales').inputValue()).toBe('900000');
    // Meanwhile someone else saves the record.
    const url = new URL(page.url());
    const [, , , , formId, recordId] = url.pathname.split('/');
    const me = (await (await page.request.get('/api/me')).json()) as { csrfToken: string };
    const current = (await (await page.request.get(`/api/forms/${formId}/records/${recordId}`)).json()) as { revision: number };
    const res = await page.request.patch(`/api/forms/${formId}/records/${recordId}`, { data: { annual_sales: 950000 }, headers: { 'X-CSRF-Token': me.csrfToken, 'If-Match': `"${current.revision}"` } });
    expect(res.status()).toBe(200);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByTestId('record-conflict').waitFor();
    await page.screenshot({ path: `${artifacts}runtime-conflict-en.png`, fullPage: true });
    // What was typed is not saved yet: leaving still asks.
    await page.getByRole('button', { name: 'Cancel' }).click();
    const ask = page.getByRole('dialog').filter({ hasText: 'Leave without saving?' });
    await ask.getByRole('button', { name: 'Stay' }).click();
    await ask.waitFor({ state: 'hidden' });
    await page.getByTestId('record-conflict').getByRole('button', { name: 'Reload' }).click();
    await expect.poll(() => page.getByLabel('Annual sales').inputValue()).toBe('950,000');
    // Submitted again, it waits in the inbox (the next test decides it).
    const again = await page.request.post(`/api/forms/${appForm}/records/${appRecord}/approvals`, { data: { flowId: 'application_approval' }, headers: { 'X-CSRF-Token': csrf } });
    expect(again.status()).toBe(201);
    await page.context().close();
  });

  it('approves and rejects from the inbox, shown the score it was routed by, with opinions on the timeline (en)', async () => {
    const page = await h.page('en', { signedIn: true });
    await page.goto(`${h.url}${APP}/inbox`);
    const open = page.getByTestId('inbox-open');
    const row = (name: string) => open.locator('tr', { hasText: name });
    await row('闽江机械有限公司').waitFor();
    await row('Fuzhou Services Ltd').waitFor();
    await page.screenshot({ path: `${artifacts}runtime-inbox-en.png`, fullPage: true });

    // The server slow to give the record's flags: the buttons to decide wait for them.
    await page.route('**/records/*/status', async (route) => {
      await new Promise((done) => setTimeout(done, 1500));
      await route.continue();
    });
    await row('闽江机械有限公司').getByRole('link', { name: 'Open', exact: true }).click();
    await page.getByTestId('act-buttons').waitFor();
    const weighed = page.getByTestId('score-of-record');
    expect(await weighed.count()).toBe(1);
    await page.unroute('**/records/*/status');
    await page.getByTestId('record-title').getByText('闽江机械有限公司').waitFor();
    // Beside the application: its score's grade and the flag a rule raised on it.
    // The flag reads as its rule labels it, not as its code.
    await expect.poll(() => weighed.locator('[data-flag=cyclical_industry]').innerText()).toBe('Cyclical industry');
    expect(await weighed.locator('.ant-tag').first().innerText()).toMatch(/^[ABC] · /);
    // Beside the actions: the score the flow was routed by, its grade labelled.
    expect(await page.getByTestId('approval-score').innerText()).toMatch(/^Routed by Application score: [\d.]+\s*[ABC] · (Excellent|Good|Watch)$/);
    await page.getByTestId('act-buttons').getByRole('button', { name: 'Approve' }).click();
    await page.getByLabel('Opinion').fill('Debt ratio is fine; approve 250,000.');
    await page.getByRole('button', { name: 'Confirm' }).click();
    await expect.poll(() => page.getByTestId('approval-status').first().innerText()).toBe('Approved');
    await page.getByTestId('approval-timeline').getByText('Debt ratio is fine; approve 250,000.').waitFor();
    await page.screenshot({ path: `${artifacts}runtime-approved-en.png`, fullPage: true });

    await page.getByRole('link', { name: 'Back to the inbox' }).click();
    await row('Fuzhou Services Ltd').getByRole('link', { name: 'Open', exact: true }).click();
    await page.getByTestId('act-buttons').getByRole('button', { name: 'Reject' }).click();
    // An opinion is required to reject, and rejecting asks once more.
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.getByText('Give a reason: the submitter will read it.').waitFor();
    await page.getByLabel('Opinion').fill('No financial statements.');
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.locator('.ant-modal-confirm-title').getByText('Reject this application? The flow ends and the submitter is told.').waitFor();
    await page.screenshot({ path: `${artifacts}runtime-reject-confirm-en.png` });
    await page.locator('.ant-modal-confirm').getByRole('button', { name: 'Reject' }).click();
    await expect.poll(() => page.getByTestId('approval-status').first().innerText()).toBe('Rejected');
    await page.getByTestId('approval-timeline').getByText('No financial statements.').waitFor();

    await page.goto(`${h.url}${APP}/inbox`);
    await page.getByTestId('inbox-open').getByText('Nothing is waiting for you.').waitFor();
    // Under the bell, the notices that asked for these decisions are tagged handled now, and the
    // outcome told to the submitter is not.
    await page.getByRole('button', { name: /^Notifications: \d+ unread$/ }).click();
    const notices = page.getByTestId('notifications').getByTestId('notification');
    const waiting = notices.filter({ hasText: 'an approval waits for you' });
    await expect.poll(() => waiting.count()).toBeGreaterThanOrEqual(2);
    // Every one of them handled: as many tagged as there are.
    await expect.poll(async () => (await waiting.count()) - (await waiting.filter({ has: page.getByTestId('notification-handled') }).count())).toBe(0);
    const outcome = notices.filter({ hasText: 'the approval was approved' });
    expect(await outcome.count()).toBe(1);
    expect(await outcome.getByTestId('notification-handled').count()).toBe(0);
    await page.screenshot({ path: `${artifacts}runtime-notices-handled-en.png`, fullPage: true });
    await page.context().close();
  });

  it('shows an approval timeline on the record page, in Chinese', async () => {
    const page = await h.page('zh-CN', { signedIn: true });
    await page.goto(`${h.url}${APP}/records/application`);
    await page.getByTestId('record-list').getByRole('link', { name: '闽江机械有限公司' }).click();
    await page.getByRole('tab', { name: '审批' }).click();
    await expect.poll(() => page.getByTestId('approval-status').innerText()).toBe('已通过');
    await page.getByTestId('approval-timeline').getByText('信用审核').first().waitFor();
    await page.getByRole('tab', { name: '修订历史' }).click();
    await page.getByTestId('revisions').getByText('第 1 次修订').waitFor();
    await page.screenshot({ path: `${artifacts}runtime-record-history-zh-CN.png`, fullPage: true });
    await page.context().close();
  });

  it('shows the score and approvals tabs only where a scorecard or a flow gives them something to show (zh-CN)', async () => {
    const page = await h.page('zh-CN', { signedIn: true });
    const tabs = () => page.getByRole('tab').allInnerTexts();
    await page.goto(`${h.url}${APP}/records/supplier/${supplierId}`);
    await page.getByTestId('record-title').getByText('闽东五金').waitFor();
    expect(await tabs()).toEqual(['详情', '关联记录', '修订历史', '标记与待办']);
    await page.screenshot({ path: `${artifacts}runtime-record-tabs-zh-CN.png`, fullPage: true });
    await page.goto(`${h.url}${APP}/records/application`);
    await page.getByTestId('record-list').getByRole('link', { name: '闽江机械有限公司' }).click();
    await page.getByTestId('record-title').getByText('闽江机械有限公司').waitFor();
    expect(await tabs()).toEqual(['详情', '评分', '关联记录', '审批', '修订历史', '标记与待办']);
    await page.context().close();
  });

  it('explains how a sub-table\'s rows are written in a cell, in the form\'s own columns (zh-CN)', async () => {
    const page = await h.page('zh-CN', { signedIn: true });
    await page.goto(`${h.url}${APP}/records/application/import`);
    const hint = page.getByTestId('import-sub-table-hint');
    await hint.waitFor();
    expect(await hint.innerText()).toContain('子表（如联系人）的各行明细写在一个单元格内');
    expect(await hint.innerText()).toContain('如 姓名：…；电话：…。');
    // A spreadsheet's contacts as a person types them, without labels: the check says how to write them.
    const file = { name: 'contacts.csv', mimeType: 'text/csv', buffer: Buffer.from('企业名称,年销售额,联系人\r\n厦门贸易,1200000,张三 13800138000\r\n') };
    await page.locator('input[type=file]').setInputFiles(file);
    await page.getByRole('button', { name: '只检查不导入' }).click();
    await page.locator('[data-row="1"]').getByText('如 姓名：张三；电话：13800138000', { exact: false }).first().waitFor();
    await page.context().close();
  });

  it('reads a file Excel saved on Chinese Windows (GBK), with amounts as Excel shows them, and offers a blank file with the required columns (zh-CN)', async () => {
    const page = await h.page('zh-CN', { signedIn: true });
    await page.goto(`${h.url}${APP}/records/application/import`);
    expect(await page.getByTestId('import-required').innerText()).toContain('必填列：企业名称、年销售额。');
    const blank = page.waitForEvent('download');
    await page.getByRole('button', { name: /下载空白导入文件/ }).click();
    const saved = await blank;
    expect(saved.suggestedFilename()).toBe('授信申请-导入.csv');
    // The blank file: the fields the admin may write by their Chinese labels, the formula left out, with a BOM for Excel.
    expect(readFileSync(await saved.path(), 'utf8')).toBe('\ufeff企业名称,所属行业,年销售额,资产总额,负债总额,联系人\r\n');
    // 企业名称,所属行业,年销售额 / 厦门贸易,钢铁,"￥1,200,000.00" in GBK, as Excel's "CSV (逗号分隔)" saves it.
    const gbk = Buffer.from('c6f3d2b5c3fbb3c62ccbf9caf4d0d0d2b52cc4eacffacadbb6ee0d0acfc3c3c5c3b3d2d72cb8d6ccfa2c22a3a4312c3230302c3030302e3030220d0a', 'hex');
    await page.locator('input[type=file]').setInputFiles({ name: '申请.csv', mimeType: 'text/csv', buffer: gbk });
    await page.getByTestId('import-encoding').getByText('按 GBK 编码读取').waitFor();
    await page.locator('[data-row="1"]').getByText('厦门贸易').waitFor();
    await page.getByRole('button', { name: '只检查不导入' }).click();
    await page.getByText('检查通过：1 行均可导入，未保存任何内容。').first().waitFor();
    await page.context().close();
  });

  it('previews a CSV, shows the rows the server refuses, then imports them all (en)', async () => {
    const page = await h.page('en', { signedIn: true });
    await page.goto(`${h.url}${APP}/records/application/import`);
    const csv = (text: string, name = 'applications.csv') => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
    // Headers may name fields as the form does; a column that names no field is refused by the check, and the rows stay shown beside it.
    await page.locator('input[type=file]').setInputFiles(csv('Company name,所属行业,Turnover\r\nXiamen Trading,Services,1200000\r\n', 'by-name.csv'));
    await page.getByTestId('import-read').getByText('1 row read from by-name.csv').waitFor();
    // Each column under its field's label; the file's own header beside it only where it reads otherwise.
    expect(await page.locator('[data-column="1"] code').first().innerText()).toBe('所属行业');
    expect(await page.locator('[data-column="0"] code').count()).toBe(0);
    await page.getByRole('button', { name: 'Check without importing' }).click();
    await page.getByTestId('import-failed').waitFor();
    await page.locator('[data-column="2"]').getByText('Column "Turnover" is not a field of the form you can see').first().waitFor();
    await page.locator('[data-row="1"]').getByText('Xiamen Trading').waitFor();

    await page.locator('input[type=file]').setInputFiles(csv('company_name,industry,annual_sales\r\nXiamen Trading,services,1200000\r\n,steel,12.345\r\n'));
    await page.getByTestId('import-read').getByText('2 rows read from applications.csv').waitFor();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByTestId('import-failed').waitFor();
    await page.locator('[data-row="2"]').getByText('Company name is required: fill it in.').waitFor();
    // The reasons sit beside the row's number, in view however many columns the file has.
    expect(await page.getByTestId('import-preview').locator('thead th').nth(1).innerText()).toBe('Problems');
    await page.screenshot({ path: `${artifacts}runtime-import-errors-en.png`, fullPage: true });

    // The corrected file, chosen on the same page: its columns and choices by name, as a person types them,
    // and the id column an export brings, which the import ignores (each row is a new record).
    await page.locator('input[type=file]').setInputFiles(csv('id,Company name,Industry,年销售额\r\nold-1,Xiamen Trading,Services,1200000\r\nold-2,Quanzhou Steel,钢铁,12.34\r\n', 'applications-fixed.csv'));
    await page.getByTestId('import-read').getByText('2 rows read from applications-fixed.csv').waitFor();
    await page.getByTestId('import-id-ignored').getByText('The id column is ignored', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Check without importing' }).click();
    await page.getByText('Checked: all 2 rows can be imported, nothing was kept.').first().waitFor();
    // A passed check leaves every row in view, though "only rows with problems" was on after the refusal.
    await page.locator('[data-row="1"]').getByText('Xiamen Trading').waitFor();
    await page.locator('[data-row="2"]').getByText('Quanzhou Steel').waitFor();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText('Imported 2 records.').first().waitFor();
    await page.goto(`${h.url}${APP}/records/application`);
    await page.getByTestId('record-list').getByText('Quanzhou Steel').waitFor();
    await page.context().close();
  });

  it('reads 120万 as 1,200,000 yuan, and keeps text that is no number with a message until fixed (zh-CN)', async () => {
    const page = await h.page('zh-CN', { signedIn: true });
    await page.goto(`${h.url}${APP}/records/application/new`);
    await page.getByTestId('record-form').waitFor();
    const posts: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().includes('/records')) posts.push(r.url());
    });
    await page.getByLabel('企业名称').fill('宁德贸易有限公司');
    const sales = page.getByLabel('年销售额');
    const assets = page.getByLabel('资产总额');

    // Text that is no number stays as typed, and says so as soon as the field is left.
    await sales.pressSequentially('abc');
    await sales.press('Tab');
    await expect.poll(() => sales.inputValue()).toBe('abc');
    await expect.poll(() => problemOn(page, 'annual_sales').allInnerTexts()).toEqual(['请输入金额，例如 1200000、120万']);
    await assets.fill('1.5x');
    await assets.press('Tab');
    await expect.poll(() => assets.inputValue()).toBe('1.5x');
    await expect.poll(() => problemOn(page, 'total_assets').allInnerTexts()).toEqual(['请输入金额，例如 1200000、120万']);
    await page.screenshot({ path: `${artifacts}runtime-not-a-number-zh-CN.png`, fullPage: true });
    // It cannot be saved so.
    await page.getByRole('button', { name: /^保\s?存$/ }).click();
    await expect.poll(() => problemOn(page, 'annual_sales').allInnerTexts()).toEqual(['请输入金额，例如 1200000、120万']);
    expect(posts).toEqual([]);

    // 万 and 亿 are read as Chinese amounts: what the field shows once left is what is saved.
    await sales.fill('');
    await sales.pressSequentially('120万');
    await sales.press('Tab');
    await expect.poll(() => sales.inputValue()).toBe('1,200,000');
    await expect.poll(() => problemOn(page, 'annual_sales').count()).toBe(0);
    await assets.fill('￥1,200.5万');
    await assets.press('Tab');
    await expect.poll(() => assets.inputValue()).toBe('12,005,000');
    await page.getByLabel('负债总额').fill('3.2亿');
    await page.getByLabel('负债总额').press('Tab');
    await expect.poll(() => page.getByLabel('负债总额').inputValue()).toBe('320,000,000');
    await expect.poll(() => problemOn(page, 'total_assets').count()).toBe(0);
    await page.getByRole('button', { name: /^保\s?存$/ }).click();

    await expect.poll(() => page.getByTestId('record-title').innerText()).toBe('宁德贸易有限公司');
    await page.getByText('1,200,000.00 元').first().waitFor();
    const [, , , , formId, recordId] = new URL(page.url()).pathname.split('/');
    const saved = ((await (await page.request.get(`/api/forms/${formId}/records/${recordId}`)).json()) as { data: Record<string, unknown> }).data;
    expect([saved.annual_sales, saved.total_assets, saved.total_liabilities]).toEqual([1_200_000, 12_005_000, 320_000_000]);
    await page.context().close();
  });

  it('deletes a record from its page once its approval is withdrawn, after asking, and it leaves the list (zh-CN)', async () => {
    const page = await h.page('zh-CN', { signedIn: true });
    const csrf = ((await (await page.request.get('/api/me')).json()) as { csrfToken: string }).csrfToken;
    const headers = { 'X-CSRF-Token': csrf };
    const created = await page.request.post('/api/forms/application/records', { data: { company_name: '录错的公司', annual_sales: 100000 }, headers });
    expect(created.status()).toBe(201);
    const id = ((await created.json()) as { id: string }).id;
    await page.goto(`${h.url}${APP}/records/application/${id}`);
    await expect.poll(() => page.getByTestId('record-title').innerText()).toBe('录错的公司');
    // Submitted on creation: while its approval waits, it cannot be deleted (nor edited).
    expect(await page.getByTestId('record-delete').isDisabled()).toBe(true);
    const [approval] = ((await (await page.request.get(`/api/forms/application/records/${id}/approvals`)).json()) as { items: { id: string; version: number }[] }).items;
    const withdrawn = await page.request.post(`/api/approvals/${approval?.id}/commands`, { data: { type: 'withdraw', comment: '录错了', version: approval?.version }, headers });
    expect(withdrawn.status()).toBe(200);
    await page.reload();
    await page.getByTestId('record-delete').click();
    const confirm = page.locator('.ant-modal-confirm');
    await confirm.getByText('删除后它将不再出现在列表、汇总和仪表板中', { exact: false }).waitFor();
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${artifacts}runtime-delete-zh-CN.png` });
    await confirm.getByRole('button', { name: /^删\s?除$/ }).click();
    await page.getByText('“录错的公司”已删除。').waitFor();
    await page.waitForURL(`**${APP}/records/application`);
    await page.getByTestId('record-list').waitFor();
    await expect(page.getByTestId('record-list').getByText('录错的公司').count()).resolves.toBe(0);
    expect((await page.request.get(`/api/forms/application/records/${id}`)).status()).toBe(404);
    await page.context().close();
  });
});
