import type { BranchNode } from '@heng/engine';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditApplication, creditApproval } from '../../packages/designer/src/samples/credit-approval.js';
import { seedAs } from './definitions-seed.js';
import type { Seed } from './definitions-seed.js';
import { ADMIN, artifacts, startHarness } from './harness.js';
import type { Harness } from './harness.js';

let h: Harness;
let seed: Seed;

beforeAll(async () => {
  h = await startHarness({ withAdmin: true });
  seed = await seedAs(h);
  // The credit approval flow asks the boss, a role the company adds to the builtin ones.
  await seed.role('boss', '老板', 'Boss');
  await seed.saveAndPublish('form', creditApplication);
  // The simulator routes among the company's own people, named as they are named.
  await seed.user('zhao@example.com', '赵敏', ['risk_officer']);
  await seed.user('qian@example.com', '钱进', ['finance_director']);
  await seed.user('wang@example.com', '王强', ['sales_director']);
  await seed.user('boss@example.com', '陈总', ['boss']);
});

afterAll(async () => {
  await seed?.close();
  await h?.close();
});

const classOf = (page: Page, testId: string) => page.getByTestId(testId).first().getAttribute('class');
const onRoute = (page: Page, id: string) => expect.poll(() => classOf(page, `flow-node-${id}`)).toContain('on-route');
const offRoute = (page: Page, id: string) => expect.poll(() => classOf(page, `flow-node-${id}`)).toContain('off-route');

/** The sample flow's draft, as the engine's example has it, or `flow` (edits autosave, so each test starts from it again). */
async function openDesigner(lang: 'zh-CN' | 'en', flow: typeof creditApproval = creditApproval): Promise<Page> {
  await seed.save('flow', flow);
  const page = await h.page(lang, { signedIn: true });
  await page.goto(`${h.url}/apps/${ADMIN.tenant}/flows/credit_approval`);
  await page.getByTestId('flow-node-risk_finance').waitFor();
  return page;
}

/** Closes the page once its edits are saved, so none lands after the next test's reset. */
async function close(page: Page): Promise<void> {
  await page.locator('[data-testid=save-state][data-phase=saved]').waitFor();
  await page.close();
}

/** Types a grade and an amount into the simulator. */
async function simulate(page: Page, labels: { readonly grade: string; readonly amount: string }, grade: string, amount: number): Promise<void> {
  const sim = page.getByTestId('flow-simulator');
  await sim.getByRole('radiogroup', { name: labels.grade }).getByText(grade, { exact: true }).click();
  const money = sim.getByLabel(labels.amount);
  await money.fill(String(amount));
  await money.press('Tab');
}

async function closePanel(page: Page): Promise<void> {
  await page.locator('.ant-drawer-close').click();
  await page.locator('.ant-drawer-content').waitFor({ state: 'hidden' });
}

/** The words of each language the drawing test looks for. */
const WORDS = {
  en: {
    branch: 'Condition branch', approver: 'Approver', addComparison: 'Condition', field: 'Field', value: 'Value', grade: 'Grade', amount: 'Amount applied for',
    addApprovers: 'Add approvers', role: 'Role', boss: 'Boss', director: 'Sales director', noProblems: 'No problems', first: 'This is the first version: everything in it is new.',
    published: 'Version 1 is published.', close: 'Close', status: 'Published v1', takes: 'Takes “Grade = C”', nameEn: 'English label', typed: 'Small and safe', toBoss: 'Or-sign: 陈总', otherwise: 'Takes “Otherwise”', toDirector: 'Or-sign: 王强',
  },
  'zh-CN': {
    branch: '条件分支', approver: '审批人', addComparison: '条件', field: '字段', value: '值', grade: '信用等级', amount: '申请额度',
    addApprovers: '添加审批人', role: '角色', boss: '老板', director: '销售总监', noProblems: '没有问题', first: '这是第一个版本：其中所有内容都是新增的。',
    published: '第 1 版已发布。', close: '关闭', status: '已发布 v1', takes: '进入「信用等级 = C」', nameEn: '英文名称', typed: 'Small and safe', toBoss: '或签：陈总', otherwise: '进入「其他情况」', toDirector: '或签：王强',
  },
} as const;

/** A flow with one approver, the risk officer: the drawing test adds the branches. */
const oneApprover = (id: string) => ({
  kind: 'flow',
  id,
  name: { en: 'Two-way approval', 'zh-CN': '双路审批' },
  form: 'credit_application',
  nodes: [{ id: 'review', kind: 'approver', name: { en: 'Risk review', 'zh-CN': '风控审核' }, approvers: [{ kind: 'role', role: 'risk_officer' }], mode: 'or', whenEmpty: 'admin' }],
});

/** An accessible name ending in `text`: antd puts its icon's name first. */
const named = (text: string) => new RegExp(`(^|\\s)${text}$`);

/** Picks `option` in the select labelled `label` inside the node panel. */
async function pickIn(page: Page, label: string, option: string): Promise<void> {
  await page.locator('.ant-drawer').getByRole('combobox', { name: label, exact: true }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').getByText(option, { exact: true }).click();
}

/** Opens the "+" `testId` and inserts a node of the kind named `kind`. */
async function insert(page: Page, testId: string, kind: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.locator('.ant-dropdown:visible').getByRole('menuitem', { name: named(kind) }).click();
}

/** Adds one approver row to the open panel and sets its role. */
async function askRole(page: Page, w: (typeof WORDS)[keyof typeof WORDS], role: string): Promise<void> {
  await page.locator('.ant-drawer').getByRole('button', { name: named(w.addApprovers) }).click();
  await pickIn(page, w.role, role);
}

describe('approval flow designer in the browser', () => {
  it('adds a branch, shows its problem on the card, undoes it, and simulates two routes', async () => {
    const page = await openDesigner('en');
    await page.getByTestId('problem-count').getByText('No problems').waitFor();

    await page.getByTestId('flow-add-condition-route').click();
    const added = page.getByTestId('flow-lane-condition_1');
    await added.getByText('has no condition, so it takes every record', { exact: false }).waitFor();
    await page.getByTestId('problem-count').getByText('2 problems').waitFor();
    await page.getByText('Conditions are tried left to right').waitFor();
    // Let the panel finish sliding in, so the artifact shows it.
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${artifacts}flow-designer-new-branch-en.png` });
    await closePanel(page);
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await added.waitFor({ state: 'detached' });
    await page.getByTestId('problem-count').getByText('No problems').waitFor();

    const labels = { grade: 'Grade', amount: 'Amount applied for' };
    await simulate(page, labels, 'C', 800000);
    await onRoute(page, 'risk_finance');
    await offRoute(page, 'director_only');
    await page.getByTestId('flow-route').getByText('Countersign: 赵敏, 钱进').waitFor();
    await page.screenshot({ path: `${artifacts}flow-designer-route-c-en.png` });

    await simulate(page, labels, 'A', 400000);
    await onRoute(page, 'director_only');
    await offRoute(page, 'risk_finance');
    await page.getByTestId('flow-route').getByText('Or-sign: 王强').waitFor();
    await page.screenshot({ path: `${artifacts}flow-designer-route-a-en.png` });
    await close(page);
  });

  it('simulates in Chinese and edits a node in its panel', async () => {
    const page = await openDesigner('zh-CN');
    const labels = { grade: '信用等级', amount: '申请额度' };
    await simulate(page, labels, 'C', 800000);
    await onRoute(page, 'risk_finance');
    await page.getByTestId('flow-route').getByText('会签：赵敏、钱进').waitFor();
    await page.screenshot({ path: `${artifacts}flow-designer-route-c-zh-CN.png` });

    await page.getByTestId('flow-node-risk_finance').click();
    await page.getByText('会签：须所有人同意').waitFor();
    await page.getByText('依次审批：按顺序逐个审批').click();
    await page.getByTestId('flow-route').getByText('依次审批：赵敏、钱进').waitFor();
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${artifacts}flow-designer-panel-zh-CN.png` });
    await closePanel(page);

    // The sample to go back to is grade A / 400,000.
    await page.getByRole('button', { name: '恢复示例数据' }).click();
    await onRoute(page, 'director_only');
    await page.screenshot({ path: `${artifacts}flow-designer-route-a-zh-CN.png` });
    await close(page);
  });

  it('shows a long condition whole in its panel, each field and value by its label, in Chinese', async () => {
    const when = {
      any: [
        { all: [{ fact: 'grade', operator: 'in', value: ['A', 'B'] }, { fact: 'amount', operator: 'lessThan', value: 500000 }, { fact: 'approved_amount', operator: 'greaterThanInclusive', value: { fact: 'amount' } }] },
        { not: { fact: 'customer', operator: 'equal', value: '闽江机械股份有限公司' } },
      ],
    };
    const [first, ...rest] = creditApproval.nodes;
    const branch = first?.kind === 'branch' ? { ...first, branches: first.branches.map((b, i) => (i === 0 ? { ...b, when } : b)) } : first;
    await seed.save('flow', { ...creditApproval, id: 'long_condition', nodes: [branch, ...rest] });
    const page = await h.page('zh-CN', { signedIn: true });
    await page.goto(`${h.url}/apps/${ADMIN.tenant}/flows/long_condition`);
    await page.getByTestId('flow-lane-grade_a_small').click();
    const rows = page.locator('.ant-drawer .heng-cond-row');
    await expect.poll(() => rows.count()).toBe(4);
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${artifacts}flow-designer-long-condition-zh-CN.png` });
    // Nothing in the rows is cut off with an ellipsis: each field, comparison and value reads whole.
    const cut = await rows.locator('*').evaluateAll((els) => els.filter((e) => e.ownerDocument.defaultView?.getComputedStyle(e).textOverflow === 'ellipsis' && e.scrollWidth > e.clientWidth).map((e) => e.textContent));
    expect(cut).toEqual([]);
    expect(await rows.nth(0).innerText()).toMatch(/信用等级[\s\S]*属于[\s\S]*A[\s\S]*B/);
    expect(await rows.nth(2).innerText()).toMatch(/批准额度[\s\S]*大于等于[\s\S]*申请额度/);
    await page.close();
  });

  it('reads a scorecard of the form: picked by its name, its grade offered to a condition and shown on its card with the scorecard\'s labels, and a sample score routed by', async () => {
    const t = (en: string, zh: string) => ({ en, 'zh-CN': zh });
    await seed.saveAndPublish('scorecard', {
      kind: 'scorecard', id: 'application_score', name: t('Application score', '申请评分'), form: 'credit_application', precision: 0,
      factors: [{ id: 'size', name: t('Size', '规模'), weight: 10000, method: { kind: 'bands', field: 'amount', bands: [{ id: 'small', max: 500000, points: 90 }, { id: 'large', min: 500000, points: 30 }] }, missing: { policy: 'points', points: 0 } }],
      grades: [
        { id: 'a', grade: 'A', label: t('Excellent', '优秀'), color: '#2e7d32', min: 60, max: 100 },
        { id: 'c', grade: 'C', label: t('Average', '一般'), color: '#c62828', min: 0, max: 59 },
      ],
    });
    await seed.save('flow', oneApprover('scored_route'));
    const page = await h.page('zh-CN', { signedIn: true });
    await page.goto(`${h.url}/apps/${ADMIN.tenant}/flows/scored_route`);
    await page.getByTestId('flow-node-review').waitFor();
    const setting = page.getByTestId('flow-scorecard');
    await setting.getByRole('combobox', { name: '评分卡' }).click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').getByText('申请评分', { exact: true }).click();

    await insert(page, 'flow-add-main-review', '条件分支');
    await page.getByTestId('flow-node-branch_1').waitFor();
    await closePanel(page);
    await page.getByTestId('flow-lane-condition_1').click();
    await page.locator('.ant-drawer').getByRole('button', { name: named('条件') }).click();
    // 评分 and 等级 are offered beside the form's fields; the grade's values are the scorecard's, labelled as it labels them.
    await page.locator('.ant-drawer').getByRole('combobox', { name: '字段', exact: true }).click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').getByText('评分', { exact: true }).waitFor();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').getByText('等级', { exact: true }).click();
    await pickIn(page, '值', 'C · 一般');
    await page.screenshot({ path: `${artifacts}flow-designer-scorecard-zh-CN.png` });
    await closePanel(page);
    await page.getByTestId('problem-count').getByText('没有问题').waitFor();
    await page.locator('[data-testid=save-state][data-phase=saved]').waitFor();
    // The card names them as the builder does.
    await expect.poll(() => page.getByTestId('flow-lane-condition_1').innerText()).toContain('等级 = C · 一般');
    // The simulator asks for the sample's score instead of the shadowed grade field, and routes by the grade picked.
    const sim = page.getByTestId('flow-simulator');
    await sim.getByRole('spinbutton', { name: '评分' }).fill('52');
    await sim.getByText('C · 一般', { exact: true }).click();
    await expect.poll(() => classOf(page, 'flow-lane-condition_1')).toContain('on-route');
    await sim.getByText('A · 优秀', { exact: true }).click();
    await expect.poll(() => classOf(page, 'flow-lane-condition_1')).toContain('off-route');
    // A record not yet scored: no grade, so the grade branch does not hold; C again, and back to none.
    const grades = sim.getByRole('radiogroup', { name: '等级' });
    await grades.getByText('C · 一般', { exact: true }).click();
    await expect.poll(() => classOf(page, 'flow-lane-condition_1'), { timeout: 10_000 }).toContain('on-route');
    await grades.getByText('未评分', { exact: true }).click();
    await expect.poll(() => classOf(page, 'flow-lane-condition_1'), { timeout: 10_000 }).toContain('off-route');
    // The server takes the saved draft, scorecard and all.
    await expect(seed.publish('flow', 'scored_route')).resolves.toBe(1);
    // The next version's list of changes names the grade as the card does.
    await page.reload();
    await page.getByTestId('flow-lane-condition_1').click();
    await pickIn(page, '值', 'A · 优秀');
    await closePanel(page);
    await page.locator('[data-testid=save-state][data-phase=saved]').waitFor();
    await page.getByTestId('publish').click();
    await expect.poll(() => page.getByTestId('publish-dialog').getByTestId('diff-list').innerText()).toMatch(/› 等级（grade） › 值\nC · 一般\nA · 优秀$/);
    await page.close();
  });

  it.each(['en', 'zh-CN'] as const)('draws a two-branch flow with the "+" buttons and panels, publishes it and simulates each route (%s)', async (lang) => {
    const w = WORDS[lang];
    const id = `two_way_${lang === 'en' ? 'en' : 'zh'}`;
    await seed.save('flow', oneApprover(id));
    const page = await h.page(lang, { signedIn: true });
    await page.goto(`${h.url}/apps/${ADMIN.tenant}/flows/${id}`);
    await page.getByTestId('flow-node-review').waitFor();

    // A condition branch after the risk review: one condition and the otherwise lane.
    await insert(page, 'flow-add-main-review', w.branch);
    await page.getByTestId('flow-node-branch_1').waitFor();
    await closePanel(page);
    await page.getByTestId('flow-lane-condition_1').click();
    const panel = page.locator('.ant-drawer');
    await panel.getByRole('button', { name: named(w.addComparison) }).click();
    await pickIn(page, w.field, w.grade);
    await pickIn(page, w.value, 'C');
    await expect.poll(() => page.getByTestId('flow-lane-condition_1').innerText()).toContain(`${w.grade} = C`);
    // Its name never typed, the branch is named by its condition, on its card and in its panel, not “Condition 1”.
    const head = page.getByTestId('flow-lane-condition_1').locator('.hf-card-head');
    await expect.poll(() => head.innerText()).toContain(`${w.grade} = C`);
    await expect.poll(() => panel.locator('.ant-drawer-title').innerText()).toContain(`${w.grade} = C`);
    expect(await panel.getByRole('textbox', { name: w.nameEn, exact: true }).inputValue()).toBe('');
    await closePanel(page);

    // An approver on each lane, each asking a role of its own.
    await insert(page, 'flow-add-condition_1-start', w.approver);
    await page.getByTestId('flow-node-approver_1').waitFor();
    await askRole(page, w, w.boss);
    await expect.poll(() => page.getByTestId('flow-node-approver_1').innerText()).toContain(w.boss);
    await closePanel(page);
    await insert(page, 'flow-add-otherwise_1-start', w.approver);
    await page.getByTestId('flow-node-approver_2').waitFor();
    await askRole(page, w, w.director);
    await expect.poll(() => page.getByTestId('flow-node-approver_2').innerText()).toContain(w.director);
    await closePanel(page);
    await page.getByTestId('problem-count').getByText(w.noProblems).waitFor();
    await page.screenshot({ path: `${artifacts}flow-designer-drawn-${lang}.png` });

    await page.getByTestId('publish').click();
    const dialog = page.getByTestId('publish-dialog');
    await dialog.getByText(w.first).waitFor();
    await dialog.getByTestId('diff-list').waitFor();
    await page.getByTestId('publish-confirm').click();
    await dialog.getByText(w.published).waitFor();
    await page.locator('.ant-modal-footer').getByRole('button', { name: new RegExp(`^${[...w.close].join('\\s?')}$`) }).click();
    await expect.poll(() => page.getByTestId('definition-status').innerText()).toBe(w.status);
    await expect(seed.versions('flow', id)).resolves.toEqual([1]);

    // Grade C takes the condition to the boss; grade A the otherwise lane to the sales director.
    await simulate(page, { grade: w.grade, amount: w.amount }, 'C', 800000);
    await onRoute(page, 'approver_1');
    await expect.poll(() => classOf(page, 'flow-lane-condition_1')).toContain('on-route');
    await offRoute(page, 'approver_2');
    await page.getByTestId('flow-route').getByText(w.takes).waitFor();
    await page.getByTestId('flow-route').getByText(w.toBoss).waitFor();
    await page.screenshot({ path: `${artifacts}flow-designer-drawn-route-c-${lang}.png` });

    await simulate(page, { grade: w.grade, amount: w.amount }, 'A', 400000);
    await onRoute(page, 'approver_2');
    await expect.poll(() => classOf(page, 'flow-lane-otherwise_1')).toContain('on-route');
    await offRoute(page, 'approver_1');
    await page.getByTestId('flow-route').getByText(w.otherwise).waitFor();
    await page.getByTestId('flow-route').getByText(w.toDirector).waitFor();
    await page.screenshot({ path: `${artifacts}flow-designer-drawn-route-a-${lang}.png` });

    // A name typed in English is kept there, the condition below it; emptied, the condition names the branch again.
    await page.getByTestId('flow-lane-condition_1').click();
    const nameEn = panel.getByRole('textbox', { name: w.nameEn, exact: true });
    await nameEn.fill(w.typed);
    await expect.poll(() => head.innerText()).toContain(lang === 'en' ? w.typed : `${w.grade} = C`);
    await nameEn.fill('');
    await expect.poll(() => head.innerText()).toContain(`${w.grade} = C`);
    await close(page);
  });

  it('offers a text field without options the values its branches test, and leaves a reference\'s record id out of the sample', async () => {
    const t = (en: string, zh: string) => ({ en, 'zh-CN': zh });
    await seed.saveAndPublish('form', {
      kind: 'form', id: 'tier_request', name: t('Tier request', '等级申请'),
      fields: [
        { id: 'applicant', type: 'reference', target: 'credit_application', label: t('Application', '申请') },
        { id: 'tier', type: 'text', label: t('Tier', '客户等级') },
      ],
      sections: [{ id: 'main', label: t('Request', '申请'), columns: 1, fields: ['applicant', 'tier'] }],
    });
    await seed.save('flow', {
      kind: 'flow', id: 'tier_route', name: t('Tier route', '等级路由'), form: 'tier_request',
      nodes: [{
        id: 'route', kind: 'branch', name: t('Route', '路由'),
        branches: [{ id: 'gold', name: t('Gold', '金牌'), when: { all: [{ fact: 'tier', operator: 'in', value: ['AAA', 'AA'] }] }, nodes: [{ id: 'director', kind: 'approver', name: t('Director', '总监'), approvers: [{ kind: 'role', role: 'sales_director' }], mode: 'or', whenEmpty: 'admin' }] }],
        otherwise: { id: 'other', name: t('Other', '其他'), nodes: [{ id: 'risk', kind: 'approver', name: t('Risk', '风控'), approvers: [{ kind: 'role', role: 'risk_officer' }], mode: 'or', whenEmpty: 'admin' }] },
      }],
    });
    const page = await h.page('zh-CN', { signedIn: true });
    await page.goto(`${h.url}/apps/${ADMIN.tenant}/flows/tier_route`);
    const sim = page.getByTestId('flow-simulator');
    await sim.getByRole('combobox', { name: '客户等级' }).click();
    expect(await page.locator('.ant-select-dropdown:visible .ant-select-item-option').allInnerTexts()).toEqual(['AAA', 'AA']);
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').getByText('AA', { exact: true }).click();
    await onRoute(page, 'director');
    await offRoute(page, 'risk');
    await expect(sim.getByText('申请', { exact: true }).count()).resolves.toBe(0);
    await page.close();
  });

  it('offers a reference a branch tests as a picker among the records, filling what the sample copies from the one picked', async () => {
    const t = (en: string, zh: string) => ({ en, 'zh-CN': zh });
    await seed.saveAndPublish('form', {
      kind: 'form', id: 'tier_check', name: t('Tier check', '等级核对'),
      fields: [
        { id: 'applicant', type: 'reference', target: 'credit_application', label: t('Application', '申请') },
        { id: 'applicant_grade', type: 'lookup', via: 'applicant', field: 'grade', resultType: 'text', label: t('Application grade', '申请等级') },
      ],
      sections: [{ id: 'main', label: t('Check', '核对'), columns: 1, fields: ['applicant', 'applicant_grade'] }],
    });
    await seed.createRecord('credit_application', { customer: '榕城五金', grade: 'A', amount: 120000 });
    const approver = (id: string, zh: string, role: string) => ({ id, kind: 'approver', name: t(id, zh), approvers: [{ kind: 'role', role }], mode: 'or', whenEmpty: 'admin' });
    await seed.save('flow', {
      kind: 'flow', id: 'tier_check_route', name: t('Tier check route', '等级核对路由'), form: 'tier_check',
      nodes: [{
        id: 'route', kind: 'branch', name: t('Route', '路由'),
        branches: [
          { id: 'none', name: t('No application', '无申请'), when: { all: [{ fact: 'applicant', operator: 'isEmpty', value: null }] }, nodes: [approver('risk', '风控', 'risk_officer')] },
          { id: 'gold', name: t('Grade A', 'A 级'), when: { all: [{ fact: 'applicant_grade', operator: 'equal', value: 'A' }] }, nodes: [approver('director', '总监', 'sales_director')] },
        ],
        otherwise: { id: 'other', name: t('Other', '其他'), nodes: [approver('finance', '财务', 'finance_director')] },
      }],
    });
    const page = await h.page('zh-CN', { signedIn: true });
    await page.goto(`${h.url}/apps/${ADMIN.tenant}/flows/tier_check_route`);
    const sim = page.getByTestId('flow-simulator');
    const applicant = sim.getByRole('combobox', { name: '申请', exact: true });
    await onRoute(page, 'risk');
    await applicant.click();
    await applicant.fill('榕城');
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '榕城五金' }).click();
    // The grade is copied from the application picked, and routes the sample to the director.
    await onRoute(page, 'director');
    await offRoute(page, 'risk');
    await expect.poll(() => sim.getByRole('combobox', { name: '申请等级' }).inputValue()).toBe('A');
    // Cleared, the sample has no application and nothing copied from one.
    await sim.locator('.heng-sample-field').filter({ hasText: '申请' }).first().hover();
    await sim.locator('.heng-sample-field').filter({ hasText: '申请' }).first().locator('.ant-select-clear').click();
    await onRoute(page, 'risk');
    await expect.poll(() => sim.getByRole('combobox', { name: '申请等级' }).inputValue()).toBe('');
    await page.close();
  });

  it('says, on the card and in the simulator, that a branch left empty approves with nobody deciding', async () => {
    const route = creditApproval.nodes[0] as BranchNode;
    const page = await openDesigner('zh-CN', { ...creditApproval, nodes: [{ ...route, otherwise: { ...route.otherwise, nodes: [] } }, ...creditApproval.nodes.slice(1)] });
    await page.getByTestId('flow-unattended-other').getByText('此分支及其后没有审批人', { exact: false }).waitFor();
    await page.getByTestId('problem-count').getByText('没有问题', { exact: false }).waitFor();
    await simulate(page, { grade: '信用等级', amount: '申请额度' }, 'B', 100000);
    await page.getByTestId('flow-route-unattended').getByText('申请提交后直接通过，无人审批', { exact: false }).waitFor();
    await page.screenshot({ path: `${artifacts}flow-designer-unattended-zh-CN.png` });
    await close(page);
  });

  it('samples the newest stored application in the simulator, and says in the publish diff what a branch’s new comparison tests, in words', async () => {
    // Stored before the flow is published, so it starts no approval.
    await seed.createRecord('credit_application', { customer: '闽江机械', grade: 'D', amount: 900000 });
    await seed.saveAndPublish('flow', creditApproval);
    const route = creditApproval.nodes[0] as BranchNode;
    const [small, ...others] = route.branches;
    if (small === undefined || small.when === undefined || !('all' in small.when)) throw new Error('The sample flow’s first branch is no longer an "all" group.');
    const grown = { ...small, when: { all: [...small.when.all, { fact: 'amount', operator: 'greaterThan' as const, value: 1000 }] } };
    const page = await openDesigner('zh-CN', { ...creditApproval, nodes: [{ ...route, branches: [grown, ...others] }, ...creditApproval.nodes.slice(1)] });
    const sim = page.getByTestId('flow-simulator');
    await expect.poll(() => sim.getByRole('radiogroup', { name: '信用等级' }).locator('.ant-radio-button-wrapper-checked').innerText()).toBe('D');
    await expect(sim.getByLabel('申请额度').inputValue()).resolves.toBe('900,000');
    await onRoute(page, 'd_boss');
    await page.getByTestId('publish').click();
    const added = page.getByTestId('publish-dialog').getByTestId('diff-list').locator('li[data-op=add]');
    await expect.poll(() => added.innerText()).toMatch(/申请额度 > 1,000$/);
    await page.screenshot({ path: `${artifacts}flow-designer-diff-condition-zh-CN.png` });
    await close(page);
  });
});
