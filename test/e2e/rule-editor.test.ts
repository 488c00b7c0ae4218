import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditScorecard, customerCreditProfile } from '../../packages/engine/src/index.js';
import type { Condition, RuleSetDefinition } from '../../packages/engine/src/index.js';
import { seedAs } from './definitions-seed.js';
import { announced } from './drag.js';
import { ADMIN, artifacts, startHarness } from './harness.js';
import type { Harness } from './harness.js';

let h: Harness;

/** A rule set with no rules yet, as "new rule set" creates it. */
const empty = (id: string): RuleSetDefinition => ({ kind: 'ruleset', id, name: { 'zh-CN': '高风险客户', en: 'High-risk customers' }, form: 'customer', trigger: { kind: 'record_saved' }, rules: [] });

/** Two rules, one of them starting a flow the company does not have. */
const twoRules = (id: string): RuleSetDefinition => ({
  ...empty(id),
  rules: [
    {
      id: 'lawsuit',
      name: { 'zh-CN': '存在诉讼', en: 'Lawsuit pending' },
      conditions: { all: [{ fact: 'lawsuits_pending', operator: 'equal', value: true }] },
      actions: [{ kind: 'add_flag', id: 'flag', flag: 'high_risk' }],
    },
    {
      id: 'abnormal',
      name: { 'zh-CN': '经营异常', en: 'Abnormal operation' },
      conditions: { all: [{ fact: 'abnormal_operation', operator: 'equal', value: true }] },
      actions: [{ kind: 'start_flow', id: 'review', flow: 'credit_review' }],
    },
  ],
});

/** A request for credit on a customer: its rules may write into the customer. */
const creditRequest = {
  kind: 'form',
  id: 'credit_request',
  name: { 'zh-CN': '授信请求', en: 'Credit request' },
  fields: [
    { id: 'customer', type: 'reference', target: 'customer', label: { 'zh-CN': '客户', en: 'Customer' } },
    { id: 'amount', type: 'money', label: { 'zh-CN': '金额', en: 'Amount' } },
  ],
  sections: [{ id: 'main', label: { 'zh-CN': '申请', en: 'Request' }, columns: 2, fields: ['customer', 'amount'] }],
};

/** On a downgrade, the customer's limit comes down to the scorecard's policy for the new grade. */
const onDowngrade: RuleSetDefinition = {
  ...empty('on_downgrade'),
  trigger: { kind: 'score_changed', scorecard: 'credit_score' },
  rules: [
    {
      id: 'lower',
      name: { 'zh-CN': '降级降额', en: 'Lower on a downgrade' },
      conditions: { all: [{ fact: 'grade_trend', operator: 'equal', value: 'down' }] },
      actions: [{ kind: 'set_field', id: 'limit', field: 'credit_limit', formula: 'MIN(credit_limit, policy_limit)' }],
    },
  ],
};

/** Saves definitions through the API as the signed-in admin: the customer and credit request forms published, and rule set drafts. */
async function seed(): Promise<void> {
  const page = await h.page('en', { signedIn: true });
  const me = (await (await page.request.get('/api/me')).json()) as { csrfToken: string };
  const put = async (kind: string, def: { id: string }) => {
    const res = await page.request.put(`/api/definitions/${kind}/${def.id}/draft`, { data: def, headers: { 'X-CSRF-Token': me.csrfToken, 'If-None-Match': '*' } });
    if (res.status() !== 201) throw new Error(`saving ${kind} ${def.id}: ${res.status()} ${await res.text()}`);
  };
  for (const form of [customerCreditProfile, creditRequest]) {
    await put('form', form);
    const published = await page.request.post(`/api/definitions/form/${form.id}/publish`, { data: {}, headers: { 'X-CSRF-Token': me.csrfToken, 'If-Match': '"1"' } });
    if (published.status() !== 201) throw new Error(`publishing the form ${form.id}: ${published.status()} ${await published.text()}`);
  }
  await put('scorecard', creditScorecard);
  const card = await page.request.post(`/api/definitions/scorecard/${creditScorecard.id}/publish`, { data: {}, headers: { 'X-CSRF-Token': me.csrfToken, 'If-Match': '"1"' } });
  if (card.status() !== 201) throw new Error(`publishing the scorecard: ${card.status()} ${await card.text()}`);
  for (const def of [empty('high_risk'), empty('no_industry'), empty('not_by_risk'), twoRules('two_rules'), { ...empty('grant'), form: 'credit_request', rules: [] }, onDowngrade]) await put('ruleset', def);
  await page.close();
}

beforeAll(async () => {
  h = await startHarness({ withAdmin: true });
  await seed();
});

afterAll(async () => {
  await h?.close();
});

async function openEditor(lang: 'zh-CN' | 'en', id: string): Promise<Page> {
  const page = await h.page(lang, { signedIn: true });
  await page.goto(`${h.url}/apps/${ADMIN.tenant}/rulesets/${id}`);
  await page.getByTestId('rule-test-panel').waitFor();
  return page;
}

/** Picks `option` in the antd select labelled `name` inside `scope` (typing first when the select is searchable). */
async function pick(page: Page, scope: Locator, name: string, option: string): Promise<void> {
  const box = scope.getByRole('combobox', { name, exact: true });
  await box.click();
  if (await box.isEditable()) await box.fill(option);
  await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: new RegExp(`^${option}$`) }).click();
}

const ruleOrder = (page: Page) => page.locator('[data-rule]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-rule')));

describe('rule editor in the browser', () => {
  it('builds "debt ratio > 70% or a pending lawsuit → flag high_risk" and tests it on a sample', async () => {
    const page = await openEditor('en', 'high_risk');
    await page.getByTestId('rule-list').getByText('No rules yet.').waitFor();
    await page.getByRole('button', { name: 'Add rule' }).click();
    const rule = page.locator('[data-rule=rule_1]');
    await rule.getByText('Any of', { exact: true }).click();

    await rule.getByRole('button', { name: 'Condition' }).first().click();
    const debt = rule.locator('.heng-cond-row').nth(0);
    await pick(page, debt, 'Field', 'Debt ratio');
    await pick(page, debt, 'Operator', 'is greater than');
    await debt.getByRole('textbox', { name: 'Value' }).fill('70');
    await rule.getByRole('button', { name: 'Condition' }).first().click();
    await pick(page, rule.locator('.heng-cond-row').nth(1), 'Field', 'Lawsuits pending');
    // The rule has no action yet: the engine says so on the rule, and the test panel leaves it out.
    await rule.getByText('Needs at least 1 item: add more.').waitFor();
    await page.getByTestId('test-rule-rule_1').getByText('Not tested: fix this rule’s problems first.').waitFor();

    await page.getByTestId('add-action-rule_1').click();
    await page.getByRole('menuitem', { name: 'Add flag' }).click();
    await rule.getByRole('textbox', { name: 'Flag', exact: true }).fill('high_risk');
    await rule.getByRole('textbox', { name: 'Flag label in Chinese' }).fill('高风险');
    await rule.getByRole('textbox', { name: 'Flag label in English' }).fill('High risk');
    await page.getByTestId('problem-count').getByText('No problems').waitFor();

    const sample = page.getByTestId('sample-record');
    await sample.getByRole('textbox', { name: 'Total assets' }).fill('1000000');
    await sample.getByRole('textbox', { name: 'Total liabilities' }).fill('800000');
    await expect.poll(() => page.getByTestId('computed-debt_ratio').innerText()).toBe('80.00%');
    const outcome = page.getByTestId('test-rule-rule_1');
    await expect.poll(() => outcome.getAttribute('data-fired')).toBe('true');
    const passed = outcome.locator('[data-fact=debt_ratio]');
    expect(await passed.getAttribute('data-result')).toBe('passed');
    expect(await passed.innerText()).toContain('actual value: 80.00%');
    const failed = outcome.locator('[data-fact=lawsuits_pending]');
    expect(await failed.getAttribute('data-result')).toBe('failed');
    expect(await failed.innerText()).toContain('actual value: no');
    await outcome.locator('[data-effect=add_flag]').getByText('Flag this record as “High risk”').waitFor();
    await page.getByTestId('rule-test-summary').getByText('1 of 1 rule fires.').waitFor();
    await page.screenshot({ path: `${artifacts}rule-editor-en.png`, fullPage: true });

    // Low debt, no lawsuit: the rule does not fire, both leaves fail.
    await sample.getByRole('textbox', { name: 'Total liabilities' }).fill('300000');
    await expect.poll(() => outcome.getAttribute('data-fired')).toBe('false');
    expect(await passed.getAttribute('data-result')).toBe('failed');
    await page.close();
  });

  it('tests whether a field is empty, with no value to fill in, and tells an empty sample from a filled one', async () => {
    const page = await openEditor('en', 'no_industry');
    await page.getByRole('button', { name: 'Add rule' }).click();
    const rule = page.locator('[data-rule=rule_1]');
    await rule.getByRole('button', { name: 'Condition' }).first().click();
    const row = rule.locator('.heng-cond-row').nth(0);
    await pick(page, row, 'Field', 'Industry');
    await row.getByRole('combobox', { name: 'Value' }).waitFor();
    await pick(page, row, 'Operator', 'is empty');
    await expect.poll(() => row.getByRole('combobox', { name: 'Value' }).count()).toBe(0);
    await page.getByTestId('add-action-rule_1').click();
    await page.getByRole('menuitem', { name: 'Add flag' }).click();
    await rule.getByRole('textbox', { name: 'Flag', exact: true }).fill('no_industry');
    await page.getByTestId('problem-count').getByText('No problems').waitFor();

    const sample = page.getByTestId('sample-record');
    const outcome = page.getByTestId('test-rule-rule_1');
    await pick(page, sample, 'Industry', 'Manufacturing');
    await expect.poll(() => outcome.getAttribute('data-fired')).toBe('false');
    expect(await outcome.locator('[data-fact=industry]').innerText()).toMatch(/^Industry is empty\s+— actual value: Manufacturing$/);
    await sample.getByRole('combobox', { name: 'Industry' }).locator('xpath=ancestor::*[contains(@class, "ant-select")][1]').hover();
    await sample.locator('.ant-select-clear').first().click();
    await expect.poll(() => outcome.getAttribute('data-fired')).toBe('true');
    // Autosaved as json-rules-engine's JSON with Heng's operator and no value.
    await expect
      .poll(async () => ((await (await page.request.get('/api/definitions/ruleset/no_industry/draft')).json()) as { draft: RuleSetDefinition }).draft.rules[0]?.conditions)
      .toEqual({ all: [{ fact: 'industry', operator: 'isEmpty', value: null }] });
    await page.close();
  });

  it('tests who made the change by their roles, offered by the names the company gives them', async () => {
    const page = await openEditor('en', 'not_by_risk');
    await page.getByTestId('rule-trigger').locator('.ant-tag').filter({ hasText: /^Roles of who made the change$/ }).waitFor();
    await page.getByRole('button', { name: 'Add rule' }).click();
    const rule = page.locator('[data-rule=rule_1]');
    await rule.getByRole('button', { name: 'Condition' }).first().click();
    const row = rule.locator('.heng-cond-row').nth(0);
    await pick(page, row, 'Field', 'Roles of who made the change');
    await pick(page, row, 'Operator', 'does not contain');
    await pick(page, row, 'Value', 'Risk officer');
    await page.getByTestId('add-action-rule_1').click();
    await page.getByRole('menuitem', { name: 'Add flag' }).click();
    await rule.getByRole('textbox', { name: 'Flag', exact: true }).fill('check_it');
    await page.getByTestId('problem-count').getByText('No problems').waitFor();
    // A change no one made (none of the roles) fires it; one a risk officer made does not.
    const outcome = page.getByTestId('test-rule-rule_1');
    await expect.poll(() => outcome.getAttribute('data-fired')).toBe('true');
    await pick(page, page.getByTestId('sample-event'), 'Roles of who made the change', 'Risk officer');
    await expect.poll(() => outcome.getAttribute('data-fired')).toBe('false');
    await expect
      .poll(async () => ((await (await page.request.get('/api/definitions/ruleset/not_by_risk/draft')).json()) as { draft: RuleSetDefinition }).draft.rules[0]?.conditions)
      .toEqual({ all: [{ fact: 'changed_by_roles', operator: 'doesNotContain', value: 'risk_officer' }] });
    await page.close();
  });

  it('offers score rules the scorecard’s policies and the grade’s move, and tests a downgrade on a sample', async () => {
    const page = await openEditor('en', 'on_downgrade');
    const trigger = page.getByTestId('rule-trigger');
    for (const fact of ['Grade change', 'Policy: Credit limit', 'Policy: Payment terms (days)']) await trigger.locator('.ant-tag').filter({ hasText: new RegExp(`^${fact.replace(/[()]/g, '\\$&')}$`) }).waitFor();
    await page.getByTestId('problem-count').getByText('No problems').waitFor();
    await page.locator('[data-rule=lower]').getByText('Downgraded', { exact: true }).waitFor();

    await page.getByTestId('sample-record').getByRole('textbox', { name: 'Credit limit' }).fill('800000');
    const event = page.getByTestId('sample-event');
    await event.getByRole('textbox', { name: 'Policy: Credit limit' }).fill('500000');
    await pick(page, event, 'Grade change', 'Downgraded');
    const outcome = page.getByTestId('test-rule-lower');
    await expect.poll(() => outcome.getAttribute('data-fired')).toBe('true');
    await outcome.locator('[data-effect=set_field]').getByText(/500,000/).waitFor();
    await pick(page, event, 'Grade change', 'Upgraded');
    await expect.poll(() => outcome.getAttribute('data-fired')).toBe('false');
    await page.close();
  });

  it('names the scorecard a score rule waits for, its id beside the name in the list, in Chinese', async () => {
    const page = await openEditor('zh-CN', 'on_downgrade');
    const box = page.getByRole('combobox', { name: '评分卡', exact: true });
    await expect.poll(() => page.getByTestId('rule-trigger').locator('.ant-select-content', { has: box }).innerText()).toBe('信用评分');
    await box.click();
    const option = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option');
    await expect.poll(() => option.innerText()).toMatch(/^信用评分\s+credit_score$/);
    await expect.poll(() => option.locator('.heng-muted').innerText()).toBe('credit_score');
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${artifacts}rule-editor-scorecard-zh-CN.png` });
    await page.close();
  });

  it('names the flow a rule starts, in its picker and in the test panel, in Chinese', async () => {
    const seed = await seedAs(h);
    const review = { id: 'review', kind: 'approver', name: { 'zh-CN': '复核', en: 'Review' }, approvers: [{ kind: 'role', role: 'admin' }], mode: 'or', whenEmpty: 'admin' };
    await seed.saveAndPublish('flow', { kind: 'flow', id: 'limit_review', name: { 'zh-CN': '额度复核', en: 'Limit review' }, form: 'customer', nodes: [review] });
    const rule = { id: 'calm', name: { 'zh-CN': '无诉讼复核', en: 'Review without lawsuits' }, conditions: { all: [{ fact: 'lawsuits_pending', operator: 'equal', value: false }] }, actions: [{ kind: 'start_flow', id: 'start', flow: 'limit_review' }] } as const;
    await seed.save('ruleset', { ...empty('start_review'), rules: [rule] });
    await seed.close();
    const page = await openEditor('zh-CN', 'start_review');
    const box = page.getByRole('combobox', { name: '审批流', exact: true });
    await expect.poll(() => page.locator('[data-action="calm/start"] .ant-select-content', { has: box }).innerText()).toBe('额度复核');
    await page.getByTestId('test-rule-calm').locator('[data-effect=start_flow]').getByText('发起审批流“额度复核”').waitFor();
    await box.click();
    const option = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option');
    await expect.poll(() => option.innerText()).toMatch(/^额度复核\s+limit_review$/);
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${artifacts}rule-editor-flow-zh-CN.png` });
    await page.close();
  });

  it('gives a task to the manager of a user field\'s user, else a role, and says so in the test panel, in Chinese', async () => {
    const seed = await seedAs(h);
    const chase = { kind: 'create_task', id: 'chase', assignee: { managerOf: 'account_manager', orRole: 'sales_manager' }, dueInDays: 3, title: { 'zh-CN': '督办', en: 'Chase' } } as const;
    await seed.save('ruleset', { ...empty('to_manager'), rules: [{ id: 'calm', name: { 'zh-CN': '督办', en: 'Chase' }, conditions: { all: [{ fact: 'lawsuits_pending', operator: 'equal', value: false }] }, actions: [chase] }] });
    await seed.close();
    const page = await openEditor('zh-CN', 'to_manager');
    const action = page.locator('[data-action="calm/chase"]');
    await expect.poll(() => action.locator('.ant-select-content', { has: page.getByRole('combobox', { name: '选择人员字段', exact: true }) }).innerText()).toBe('“客户经理”的上级');
    await expect.poll(() => action.locator('.ant-select-content', { has: page.getByRole('combobox', { name: '无上级时给角色', exact: true }) }).innerText()).toBe('销售经理');
    const effect = page.getByTestId('test-rule-calm').locator('[data-effect=create_task]');
    await effect.getByText('为角色“销售经理”的所有人（“客户经理”为空）创建任务', { exact: false }).waitFor();
    await page.getByTestId('sample-record').getByRole('textbox', { name: '客户经理' }).fill('u_li');
    await effect.getByText('为“客户经理”（u_li）的上级（无上级时为角色“销售经理”的所有人）创建任务', { exact: false }).waitFor();
    // Another way and back: the manager of the first user field, with no role to fall back on.
    await action.getByText('人员字段', { exact: true }).click();
    await action.getByText('其上级', { exact: true }).click();
    await effect.getByText('为“客户经理”（u_li）的上级创建任务', { exact: false }).waitFor();
    // 插入字段 puts the placeholder where the writer is, in that language only: between 督 and 办, the English title untouched.
    const zhTitle = action.getByRole('textbox', { name: '任务标题 · 中文内容', exact: true });
    await zhTitle.click();
    await zhTitle.press('End');
    await zhTitle.press('ArrowLeft');
    await pick(page, action, '插入字段', '企业名称');
    await expect.poll(() => zhTitle.inputValue()).toBe('督{{company_name}}办');
    await expect(action.getByRole('textbox', { name: '任务标题 · 英文内容', exact: true }).inputValue()).resolves.toBe('Chase');
    await page.getByTestId('problem-count').getByText('没有问题').waitFor();
    await page.screenshot({ path: `${artifacts}rule-editor-manager-zh-CN.png` });
    await page.close();
  });

  it('lists what a publish changes by the names of fields and options, their ids beside, in Chinese', async () => {
    const rule = { id: 'watch', name: { 'zh-CN': '关注行业', en: 'Watched industry' }, actions: [{ kind: 'add_flag', id: 'flag', flag: 'watch' }] } as const;
    const watch = (fields: string[], industry: string): RuleSetDefinition => ({
      ...empty('industry_watch'),
      trigger: { kind: 'record_updated', fields },
      rules: [{ ...rule, conditions: { all: [{ fact: 'industry', operator: 'equal', value: industry }] } }],
    });
    const seed = await seedAs(h);
    await seed.saveAndPublish('ruleset', watch(['industry'], 'manufacturing'));
    await seed.save('ruleset', watch(['industry', 'region'], 'steel'));
    await seed.close();
    const page = await openEditor('zh-CN', 'industry_watch');
    await page.getByTestId('publish').click();
    const list = page.getByTestId('publish-dialog').getByTestId('diff-list');
    await expect.poll(() => list.locator('[data-op=add]').innerText()).toMatch(/触发条件 › 字段 › 所在区域（region）$/);
    await expect.poll(() => list.locator('[data-op=replace]').innerText()).toMatch(/全部满足 › 所属行业（industry） › 值\s+制造业（manufacturing）\s+钢铁（steel）$/);
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${artifacts}rule-editor-publish-diff-zh-CN.png` });
    await page.close();
  });

  it('says a comparison given another operator as the comparison before and after in words, not as operator codes (zh-CN)', async () => {
    const rule = { id: 'watch', name: { 'zh-CN': '关注区域', en: 'Watched region' }, actions: [{ kind: 'add_flag', id: 'flag', flag: 'watch' }] } as const;
    const watch = (condition: Condition): RuleSetDefinition => ({ ...empty('region_watch'), rules: [{ ...rule, conditions: { all: [condition] } }] });
    const seed = await seedAs(h);
    await seed.saveAndPublish('ruleset', watch({ fact: 'region', operator: 'equal', value: 'east' }));
    await seed.save('ruleset', watch({ fact: 'region', operator: 'isEmpty', value: null }));
    await seed.close();
    const page = await openEditor('zh-CN', 'region_watch');
    await page.getByTestId('publish').click();
    const changed = page.getByTestId('publish-dialog').getByTestId('diff-list').locator('[data-op=replace]');
    await expect.poll(() => changed.innerText()).toMatch(/全部满足 › 所在区域（region）\s+所在区域 = 华东\s+所在区域 为空$/);
    expect(await changed.count()).toBe(1);
    await page.close();
  });

  it('says what a first version is and when it runs in words, not codes, in Chinese', async () => {
    const seed = await seedAs(h);
    await seed.save('ruleset', { ...empty('first_watch'), trigger: { kind: 'record_updated', fields: ['industry', 'region'] } });
    await seed.close();
    const page = await openEditor('zh-CN', 'first_watch');
    await page.getByTestId('publish').click();
    const list = page.getByTestId('publish-dialog').getByTestId('diff-list');
    await expect.poll(() => list.locator('li', { hasText: '类型' }).innerText()).toMatch(/类型\s+规则集$/);
    await expect.poll(() => list.locator('li', { hasText: '触发条件' }).innerText()).toMatch(/触发条件\s+修改记录时：所属行业、所在区域$/);
    await page.close();
  });

  it('sets a field of the record a reference points to, from a formula over this record', async () => {
    const page = await openEditor('en', 'grant');
    await page.getByRole('button', { name: 'Add rule' }).click();
    const rule = page.locator('[data-rule=rule_1]');
    await page.getByTestId('add-action-rule_1').click();
    await page.getByRole('menuitem', { name: 'Set field' }).click();
    // The fields offered are the customer's once the action is on the customer.
    await pick(page, rule, 'On', 'The record in “Customer”');
    await pick(page, rule, 'Field', 'Credit limit');
    await rule.locator('.ant-segmented-item').filter({ hasText: 'Formula' }).click();
    await rule.getByRole('textbox', { name: 'Formula' }).fill('amount');
    await page.getByTestId('problem-count').getByText('No problems').waitFor();

    const sample = page.getByTestId('sample-record');
    await sample.getByRole('textbox', { name: 'Customer' }).fill('c_42');
    // Typed as a Chinese finance manager writes it, as in a record's form: 80万 is 800,000.
    await sample.getByRole('textbox', { name: 'Amount' }).fill('80万');
    const effect = page.getByTestId('test-rule-rule_1').locator('[data-effect=set_field]');
    await expect.poll(() => effect.innerText()).toMatch(/^Set “Credit limit” of the record in “Customer” \(c_42\) to .*800,000\.00$/);
    // Autosaved as written.
    await expect
      .poll(async () => ((await (await page.request.get('/api/definitions/ruleset/grant/draft')).json()) as { draft: RuleSetDefinition }).draft.rules[0]?.actions[0])
      .toEqual({ kind: 'set_field', id: 'set_field_1', on: 'customer', field: 'credit_limit', formula: 'amount' });
    await page.close();
  });

  it('adds a line to a multi-line text field of the referenced record, and offers it on no other field', async () => {
    const page = await openEditor('en', 'grant');
    await page.getByRole('button', { name: 'Add rule' }).click();
    const rule = page.locator('[data-rule=rule_2]');
    await page.getByTestId('add-action-rule_2').click();
    await page.getByRole('menuitem', { name: 'Set field' }).click();
    await pick(page, rule, 'On', 'The record in “Customer”');
    const append = rule.getByRole('checkbox', { name: 'Add as a new line (keeps what it holds)' });
    await pick(page, rule, 'Field', 'Credit limit');
    await expect.poll(() => append.count()).toBe(0);
    await pick(page, rule, 'Field', 'Risk notes');
    await append.check();
    await rule.locator('.ant-segmented-item').filter({ hasText: 'Formula' }).click();
    await rule.getByRole('textbox', { name: 'Formula' }).fill('"Requested " & amount');
    await page.getByTestId('problem-count').getByText('No problems').waitFor();

    const sample = page.getByTestId('sample-record');
    await sample.getByRole('textbox', { name: 'Customer' }).fill('c_42');
    await sample.getByRole('textbox', { name: 'Amount' }).fill('5000');
    const effect = page.getByTestId('test-rule-rule_2').locator('[data-effect=set_field]');
    await expect.poll(() => effect.innerText()).toBe('Add the line Requested 5000 to “Risk notes” of the record in “Customer” (c_42)');
    const saved = async () => ((await (await page.request.get('/api/definitions/ruleset/grant/draft')).json()) as { draft: RuleSetDefinition }).draft.rules[1]?.actions[0];
    await expect.poll(saved).toEqual({ kind: 'set_field', id: 'set_field_1', on: 'customer', field: 'risk_notes', append: true, formula: '"Requested " & amount' });
    // Another kind of field is written over: the box goes, and with it the flag.
    await pick(page, rule, 'Field', 'Credit limit');
    await expect.poll(() => append.count()).toBe(0);
    await expect.poll(saved).toEqual({ kind: 'set_field', id: 'set_field_1', on: 'customer', field: 'credit_limit', formula: '"Requested " & amount' });
    await page.close();
  });

  it('shows problems where they are, reorders rules by keyboard, and undoes, in Chinese', async () => {
    const page = await openEditor('zh-CN', 'two_rules');
    const action = page.locator('[data-action="abnormal/review"]');
    await action.getByText('未知审批流程 "credit_review"', { exact: false }).waitFor();
    await expect.poll(() => action.getAttribute('class')).toContain('has-problem');
    await page.getByTestId('test-rule-abnormal').getByText('未测试：请先修正此规则的问题。').waitFor();

    await page.getByTestId('sample-record').getByRole('combobox', { name: '存在未决诉讼' }).click();
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: /^是$/ }).click();
    await expect.poll(() => page.getByTestId('test-rule-lawsuit').getAttribute('data-fired')).toBe('true');
    await page.getByTestId('test-rule-lawsuit').getByText('实际值：是').waitFor();
    // Let the picked option's list finish closing, so the artifact shows the panel.
    await expect.poll(() => page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').count()).toBe(0);
    await page.screenshot({ path: `${artifacts}rule-editor-zh-CN.png`, fullPage: true });

    expect(await ruleOrder(page)).toEqual(['lawsuit', 'abnormal']);
    await page.getByRole('button', { name: '移动规则 经营异常', exact: true }).focus();
    await page.keyboard.press('Space');
    await announced(page, '已拿起规则 经营异常。');
    await page.keyboard.press('ArrowUp');
    await announced(page, '规则 经营异常 位于 存在诉讼 上方。');
    await page.keyboard.press('Space');
    await announced(page, '规则 经营异常 已放到 存在诉讼 的位置。');
    await expect.poll(() => ruleOrder(page)).toEqual(['abnormal', 'lawsuit']);
    await page.getByRole('button', { name: '撤销', exact: true }).click();
    await expect.poll(() => ruleOrder(page)).toEqual(['lawsuit', 'abnormal']);
    await page.close();
  });
});
