import { creditScorecard, customerCreditProfile, sampleCustomer } from '@heng/engine';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedAs } from './definitions-seed.js';
import { announced } from './drag.js';
import type { Seed } from './definitions-seed.js';
import { ADMIN, artifacts, pickExact, startHarness } from './harness.js';
import type { Harness } from './harness.js';

let h: Harness;
let seed: Seed;

beforeAll(async () => {
  h = await startHarness({ withAdmin: true });
  seed = await seedAs(h);
  await seed.saveAndPublish('form', customerCreditProfile);
  // The preview scores the newest stored customer of the form.
  // Its account manager a user of this company: a user field names an active user.
  await seed.createRecord('customer', { ...sampleCustomer, account_manager: seed.userId });
});

afterAll(async () => {
  await seed?.close();
  await h?.close();
});

const total = async (page: Page) => Number((await page.getByTestId('preview-total').locator('.ant-statistic-content-value').innerText()).replace(/,/g, ''));
const factorOrder = (page: Page) => page.locator('[data-factor]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-factor')));

/** The sample card's draft (or `card`), as the engine's example has it (edits autosave, so each test starts from it again). */
async function openEditor(lang: 'zh-CN' | 'en', card: typeof creditScorecard = creditScorecard): Promise<Page> {
  await seed.save('scorecard', card);
  const page = await h.page(lang, { signedIn: true });
  await page.goto(`${h.url}/apps/${ADMIN.tenant}/scorecards/${card.id}`);
  await page.getByTestId('preview-total').waitFor();
  return page;
}

/** Closes the page once its edits are saved, so none lands after the next test's reset. */
async function close(page: Page): Promise<void> {
  await page.locator('[data-testid=save-state][data-phase=saved]').waitFor();
  await page.close();
}

describe('scorecard editor in the browser', () => {
  it('changes a factor weight and the preview score follows', async () => {
    const page = await openEditor('en');
    await page.screenshot({ path: `${artifacts}scorecard-editor-en.png` });
    const before = await total(page);
    await expect(page.getByTestId('weight-total').innerText()).resolves.toBe('100.00%');

    const weight = page.getByTestId('weight-payment');
    await weight.fill('80');
    await weight.press('Tab');
    await expect(page.getByTestId('weight-total').innerText()).resolves.toBe('140.00%');
    await page.getByText('Weights add up to 140.00%: the preview scales them to 100%.').waitFor();
    const after = await total(page);
    expect(after).not.toBe(before);
    await page.getByTestId('problem-count').getByText('1 problem').waitFor();
    await page.screenshot({ path: `${artifacts}scorecard-weights-unbalanced-en.png` });

    await page.getByRole('button', { name: 'Normalise to 100%' }).click();
    await expect(page.getByTestId('weight-total').innerText()).resolves.toBe('100.00%');
    await expect(page.getByTestId('weight-payment').inputValue()).resolves.toBe('57.14');
    expect(await total(page)).toBe(after);
    await close(page);
  });

  it('reorders factors from the keyboard', async () => {
    const page = await openEditor('en');
    expect(await factorOrder(page)).toEqual(['payment', 'debt', 'lawsuits', 'industry', 'cooperation']);
    await page.getByRole('button', { name: 'Move Payment history', exact: true }).focus();
    await page.keyboard.press('Space');
    await announced(page, 'Picked up Payment history.');
    await page.keyboard.press('ArrowDown');
    await announced(page, 'Payment history is over Debt ratio.');
    await page.keyboard.press('ArrowDown');
    await announced(page, 'Payment history is over Lawsuits.');
    await page.keyboard.press('Space');
    await announced(page, 'Payment history was dropped at the place of Lawsuits.');
    await expect.poll(() => factorOrder(page)).toEqual(['debt', 'lawsuits', 'payment', 'industry', 'cooperation']);
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => factorOrder(page)).toEqual(['payment', 'debt', 'lawsuits', 'industry', 'cooperation']);
    await close(page);
  });

  it('flags a gap between bands on the row, in Chinese', async () => {
    const page = await openEditor('zh-CN');
    await page.locator('[data-factor=debt] .heng-factor-name').click();
    await expect(page.getByTestId('weight-total').innerText()).resolves.toBe('100.00%');
    // A band is named by its place and range, not by its id; the name follows the bound as it is typed.
    await page.getByLabel('区间 2（30%–50%）的上限').fill('45');
    await page.getByLabel('区间 2（30%–45%）的上限').press('Tab');
    const row = page.locator('[data-band=high]');
    await expect.poll(() => row.getAttribute('class')).toContain('has-problem');
    await page.getByTestId('factor-detail').getByText('指标 "资产负债率"：第 2 与第 3 个区间之间有空缺').waitFor();
    await page.screenshot({ path: `${artifacts}scorecard-band-gap-zh-CN.png`, fullPage: true });
    await close(page);
  });

  it('follows the browser language, switches, and remembers the choice', async () => {
    const page = await openEditor('zh-CN');
    await page.getByRole('tab', { name: '指标' }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
    await page.getByText('English', { exact: true }).click();
    await page.getByRole('tab', { name: 'Factors' }).waitFor();
    await page.reload();
    await page.getByRole('tab', { name: 'Factors' }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await close(page);
  });

  it('shows grades, overrides and policies in both languages', async () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const page = await openEditor(lang);
      await page.screenshot({ path: `${artifacts}scorecard-editor-${lang}.png` });
      const tabs = lang === 'en' ? ['Grades', 'Overrides', 'Policies'] : ['等级', '否决规则', '等级政策'];
      for (const [i, name] of tabs.entries()) {
        await page.getByRole('tab', { name, exact: true }).click();
        await page.getByRole('tab', { name, exact: true, selected: true }).waitFor();
        // Let the tab's ink bar finish sliding, so the artifact shows the tab that is open.
        await page.waitForTimeout(400);
        await page.screenshot({ path: `${artifacts}scorecard-${['grades', 'overrides', 'policies'][i]}-${lang}.png` });
      }
      await close(page);
    }
  });

  it('sets the limit as a share of annual sales per grade with a cap, the terms as fixed days, and keeps a formula that is neither as a formula', async () => {
    const [, terms] = creditScorecard.policies ?? [];
    const byGrade = { A: 'annual_sales * 0.2', B: 'annual_sales * 0.1', C: 'annual_sales * 0.05', D: '0' };
    const other = { id: 'deposit', name: { 'zh-CN': '保证金', en: 'Deposit' }, type: 'money' as const, byGrade: { ...byGrade, C: 'MIN(annual_sales * 0.05, 2000000)' } };
    const card = { ...creditScorecard, policies: [{ ...other, id: 'limit', name: { 'zh-CN': '信用额度', en: 'Credit limit' }, byGrade }, ...(terms === undefined ? [] : [terms]), other] };
    const page = await openEditor('zh-CN', card);
    await page.getByRole('tab', { name: '等级政策', exact: true }).click();
    const limit = page.locator('[data-policy=limit]');
    await limit.locator('[data-policy-mode=ratio]').waitFor();
    await limit.getByText('年销售额', { exact: true }).first().waitFor();
    await expect(limit.getByLabel('等级 B 的比例（%）').inputValue()).resolves.toBe('10');
    const shareA = limit.getByLabel('等级 A 的比例（%）');
    await shareA.fill('25');
    await shareA.press('Tab');
    await limit.getByRole('checkbox', { name: '封顶：当' }).check();
    await pickExact(page, '封顶条件', '经营异常');
    const cap = limit.getByLabel('封顶值');
    await cap.fill('200000');
    await cap.press('Tab');
    await page.locator('[data-policy=terms] [data-policy-mode=fixed]').waitFor();
    // Each input is named with its policy's name, so no two policies' inputs share one.
    const termsA = page.getByLabel('账期（天）：等级 A 的取值', { exact: true });
    await expect(termsA.inputValue()).resolves.toBe('90');
    await termsA.fill('75');
    await termsA.press('Tab');
    const deposit = page.locator('[data-policy=deposit]');
    await deposit.locator('[data-policy-mode=formula]').waitFor();
    await deposit.getByText('这些公式既不是固定值，也不是同一字段的比例，请按公式编辑。').waitFor();
    await page.screenshot({ path: `${artifacts}scorecard-policies-ratio-zh-CN.png`, fullPage: true });

    const capped = (share: string) => `IF(abnormal_operation, MIN(200000, annual_sales * ${share}), annual_sales * ${share})`;
    const policies = async () => ((await seed.draft('scorecard', card.id)) as typeof card).policies.map((p) => p.byGrade);
    await expect.poll(policies).toEqual([{ A: capped('0.25'), B: capped('0.1'), C: capped('0.05'), D: '0' }, { ...terms?.byGrade, A: '75' }, other.byGrade]);
    // The same values as formulas.
    await limit.getByText('公式', { exact: true }).click();
    await expect(limit.getByLabel('等级 B 的公式').inputValue()).resolves.toBe(capped('0.1'));

    // A new policy starts at 0 for every grade; as a share, its field is picked before any share is typed.
    await page.getByRole('button', { name: /添加等级政策$/ }).click();
    const added = page.locator('[data-policy]').last();
    await added.locator('[data-policy-mode=fixed]').waitFor();
    await added.getByText('按字段比例', { exact: true }).click();
    await added.getByText('请先选择字段').first().waitFor();
    await added.getByRole('combobox', { name: '取值为' }).click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').getByText('年销售额', { exact: true }).click();
    const share = added.getByLabel('等级 A 的比例（%）');
    await share.fill('10');
    await share.press('Tab');
    await expect.poll(async () => (await policies()).at(-1)).toEqual({ A: 'annual_sales * 0.1', B: '0', C: '0', D: '0' });
    await close(page);
  });

  it('measures what publishing the saved draft would do to the stored customers, and says when the card has changed since', async () => {
    const page = await openEditor('zh-CN');
    await page.getByTestId('impact-measure').click();
    const example = page.getByTestId('impact-example');
    await example.waitFor();
    // The card is not published: the customer has no score now, and gets the one the preview shows.
    await page.getByTestId('impact').getByText('1 条记录中，发布后将有 1 条评分、1 条等级发生变化。').waitFor();
    await expect(page.getByTestId('impact-moves').innerText()).resolves.toMatch(/^未评分 → [A-Z]+：1 条$/);
    await expect(example.getByRole('link').innerText()).resolves.toBe(sampleCustomer['company_name']);
    expect(await example.innerText()).toContain(`当前 未评分 → ${await total(page)} · `);
    await page.screenshot({ path: `${artifacts}scorecard-impact-zh.png` });

    const weight = page.getByTestId('weight-payment');
    await weight.fill('30');
    await weight.press('Tab');
    await page.getByTestId('impact').getByText('评分卡已修改：请重新测算以查看影响。').waitFor();
    await close(page);
  });

  it('names in the publish dialog the rule sets a changed score sets off, in the language of the page', async () => {
    // A published card of its own, so the card of the tests above stays unpublished, and a rule set on its score changes.
    const card = { ...creditScorecard, id: 'watched_score', name: { 'zh-CN': '受监控评分', en: 'Watched score' } };
    await seed.saveAndPublish('scorecard', card);
    await seed.saveAndPublish('ruleset', {
      kind: 'ruleset', id: 'grade_watch', name: { 'zh-CN': '等级监控', en: 'Grade watch' }, form: 'customer',
      trigger: { kind: 'score_changed', scorecard: 'watched_score' },
      rules: [{ id: 'mark', name: { 'zh-CN': '标记', en: 'Mark' }, conditions: { all: [{ fact: 'score', operator: 'lessThan', value: 0 }] }, actions: [{ kind: 'add_flag', id: 'mark', flag: 'watched' }] }],
    });
    const words = {
      en: { normalise: 'Normalise to 100%', rules: 'Then the rule set “Grade watch” runs for the records whose score or grade changes.' },
      'zh-CN': { normalise: '归一化为 100%', rules: '之后，规则集“等级监控”将对评分或等级变化的记录运行。' },
    } as const;
    for (const lang of ['en', 'zh-CN'] as const) {
      const page = await openEditor(lang, card);
      // Weighted anew, the stored customer's score changes.
      await page.getByTestId('weight-payment').fill('80');
      await page.getByTestId('weight-payment').press('Tab');
      await page.getByRole('button', { name: words[lang].normalise }).click();
      await expect(page.getByTestId('weight-total').innerText()).resolves.toBe('100.00%');
      await page.locator('[data-testid=save-state][data-phase=saved]').waitFor();
      await page.getByTestId('publish').click();
      const ruleSets = page.getByTestId('publish-impact').getByTestId('publish-rule-sets');
      await expect(ruleSets.innerText()).resolves.toBe(words[lang].rules);
      // Weights only: nothing to say about what rules wrote from the policies.
      await expect(page.getByTestId('publish-policy-note').count()).resolves.toBe(0);
      await page.screenshot({ path: `${artifacts}scorecard-publish-rule-sets-${lang}.png` });
      await close(page);
    }
    // Terms of 7 days whatever the grade: the dialog says the records' terms rules wrote stay until those rules run again,
    // and how many records the policy now gives another value (the one stored customer), the limit unchanged.
    const [limit, terms] = card.policies ?? [];
    const page = await openEditor('zh-CN', { ...card, policies: [limit!, { ...terms!, byGrade: Object.fromEntries(Object.keys(terms!.byGrade).map((g) => [g, '7'])) }] });
    await page.getByTestId('publish').click();
    await page.getByTestId('publish-policy-note').getByText('规则或审批按旧政策写入的字段（如额度、账期）保持不变', { exact: false }).waitFor();
    const policyLines = page.getByTestId('publish-impact').getByTestId('impact-policies');
    await expect(policyLines.locator('[data-policy-impact]').allInnerTexts()).resolves.toEqual([`${terms!.name['zh-CN']}：1 条记录改变`]);
    await close(page);
  });
});
