import { creditScorecard, customerCreditProfile, sampleCustomer } from '@heng/engine';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedAs } from './definitions-seed.js';
import type { Seed } from './definitions-seed.js';
import { ADMIN, artifacts, pickExact, startHarness } from './harness.js';
import type { Harness } from './harness.js';

let h: Harness;
let seed: Seed;

beforeAll(async () => {
  h = await startHarness({ withAdmin: true });
  seed = await seedAs(h);
  await seed.saveAndPublish('form', customerCreditProfile);
  // Its account manager a user of this company: a user field names an active user.
  await seed.createRecord('customer', { ...sampleCustomer, account_manager: seed.userId });
});

afterAll(async () => {
  await seed?.close();
  await h?.close();
});

const CARD = `/apps/${ADMIN.tenant}/scorecards/trial_score`;
const saved = (page: Page) => page.locator('[data-testid=save-state][data-phase=saved]').waitFor();
const status = (page: Page) => page.getByTestId('definition-status').innerText();
const weight = (page: Page) => page.getByTestId('weight-factor_1');
/** Lets dialogs and drop-downs finish their animation, so the artifact shows them. */
const settle = (page: Page) => page.waitForTimeout(400);

async function setWeight(page: Page, percent: number): Promise<void> {
  await weight(page).fill(String(percent));
  await weight(page).press('Tab');
}

describe('the company’s definitions in the browser', () => {
  it('creates a scorecard draft for a published form, autosaves it, stops a stale save, publishes with a diff and rolls back', async () => {
    const page = await h.page('en', { signedIn: true });
    await page.goto(`${h.url}/`);
    await page.getByTestId('definition-list-forms').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/apps/${ADMIN.tenant}/forms`);
    await page.locator('[data-definition=customer]').getByText('Published v1').waitFor();
    // A form opens in the form designer, inside the same page with its status and actions.
    await page.getByRole('link', { name: 'Customer credit profile' }).click();
    await expect.poll(() => status(page)).toBe('Published v1');
    await page.getByTestId('save-state').getByText('All changes saved').waitFor();

    await page.getByRole('menuitem', { name: 'Scorecards' }).click();
    await page.getByText('No scorecards yet: create one for a published form.').waitFor();
    await page.getByTestId('definition-new').click();
    await page.getByLabel('ID', { exact: true }).fill('trial_score');
    await page.getByLabel('Name in Chinese').fill('试用评分');
    await page.getByLabel('Name in English').fill('Trial score');
    await pickExact(page, 'Form', 'Customer credit profile (customer)');
    await settle(page);
    await page.screenshot({ path: `${artifacts}definitions-new-scorecard-en.png` });
    await page.getByRole('button', { name: 'Create draft' }).click();
    await page.waitForURL(`**${CARD}`);
    await expect.poll(() => status(page)).toBe('Draft only');
    // The preview starts from the newest stored customer of the form.
    await expect.poll(() => page.getByTestId('record-picker').innerText()).toContain(sampleCustomer.company_name);

    await page.getByRole('button', { name: 'Add factor' }).click();
    await pickExact(page, 'Method', 'Linear scale');
    await pickExact(page, 'Field', 'Debt ratio', true);
    await setWeight(page, 100);
    await page.getByTestId('preview-total').waitFor();
    await saved(page);
    await page.reload();
    await expect.poll(() => weight(page).inputValue()).toBe('100.00');

    // A second tab, in Chinese, opened before the first one saves again: its save is stale.
    const other = await h.page('zh-CN', { signedIn: true });
    await other.goto(`${h.url}${CARD}`);
    await weight(other).waitFor();
    await setWeight(page, 90);
    await saved(page);
    await setWeight(other, 80);
    await other.getByTestId('conflict-banner').getByText('你打开此评分卡后，它在别处被保存了：可能是他人，也可能是你在另一个窗口').waitFor();
    await other.getByText('未保存：已在别处先保存').waitFor();
    await other.screenshot({ path: `${artifacts}definitions-conflict-zh-CN.png` });
    await other.getByRole('button', { name: '重新加载已保存的版本' }).click();
    await other.getByTestId('conflict-banner').waitFor({ state: 'detached' });
    await expect.poll(() => weight(other).inputValue()).toBe('90.00');
    await other.close();

    await setWeight(page, 100);
    await saved(page);
    // Measured in the editor's panel first: once published, the panel no longer offers its numbers as what publishing would do.
    await page.getByTestId('impact-measure').click();
    await page.getByTestId('impact').getByText('Of 1 record, publishing would change 1 score and 1 grade.').waitFor();
    await page.getByTestId('publish').click();
    const dialog = page.getByTestId('publish-dialog');
    await dialog.getByText('This is the first version: everything in it is new.').waitFor();
    await dialog.getByTestId('diff-list').getByText('Factors', { exact: true }).waitFor();
    // Before confirming, the dialog measures what the draft does to the stored records, and what it sets off.
    const impact = dialog.getByTestId('publish-impact');
    await impact.getByText('Publishing re-scores the 1 record of the form').waitFor();
    await impact.getByText('Of 1 record, publishing would change 1 score and 1 grade.').waitFor();
    await expect(impact.getByTestId('impact-moves').innerText()).resolves.toMatch(/^not scored → [A-Z]+: 1$/);
    await expect(impact.getByTestId('publish-rule-sets').innerText()).resolves.toBe('No rule set runs when this scorecard changes a score.');
    await settle(page);
    await page.screenshot({ path: `${artifacts}definitions-publish-first-en.png` });
    await page.getByTestId('publish-confirm').click();
    await dialog.getByText('Version 1 is published.').waitFor();
    // Publishing a scorecard re-scores the form's records; its progress is followed to the end.
    await dialog.getByTestId('job-done').getByText('Every record is re-scored (1).').waitFor();
    // Scored for the first time, nothing moved; a later version would say how many scores and grades did.
    await dialog.getByTestId('rescore-impact').getByText('No score or grade changed.').waitFor();
    await expect(seed.versions('scorecard', 'trial_score')).resolves.toEqual([1]);
    await page.locator('.ant-modal-footer').getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => status(page)).toBe('Published v1');
    await page.getByTestId('impact-published').getByText('Published: the records are being re-scored by the published version', { exact: false }).waitFor();
    await expect(page.getByTestId('impact').getByText('Of 1 record, publishing would change').count()).resolves.toBe(0);

    await page.getByTestId('factor-detail').getByLabel('English label').fill('Debt ratio (audited)');
    await saved(page);
    await expect.poll(() => status(page)).toBe('Unpublished changes (v1 is live)');
    await page.getByTestId('publish').click();
    await dialog.getByText('What changes against version 1 (the live one)').waitFor();
    await impact.getByText('Publishing would change no score or grade of the 1 record.').waitFor();
    const row = dialog.locator('[data-op=replace]');
    await expect(row.innerText()).resolves.toMatch(/Changed\s*Factors › Debt ratio \(audited\) › Name › English\s*New factor\s*Debt ratio \(audited\)/);
    await settle(page);
    await page.screenshot({ path: `${artifacts}definitions-publish-diff-en.png` });
    await page.getByTestId('publish-confirm').click();
    await dialog.getByText('Version 2 is published.').waitFor();
    await page.locator('.ant-modal-footer').getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => status(page)).toBe('Published v2');

    await page.getByRole('button', { name: 'Versions' }).click();
    const v1 = page.locator('[data-version="1"]');
    await v1.getByRole('button', { name: 'Roll back' }).click();
    await page.getByText('Version 1 is published again as version 3 and becomes the draft.', { exact: false }).waitFor();
    await settle(page);
    await page.screenshot({ path: `${artifacts}definitions-rollback-en.png` });
    await page.locator('.ant-modal-confirm').getByRole('button', { name: 'Roll back' }).click();
    await expect.poll(() => status(page)).toBe('Published v3');
    await expect.poll(() => page.getByTestId('factor-detail').getByLabel('English label').inputValue()).toBe('New factor');
    await expect(seed.versions('scorecard', 'trial_score')).resolves.toEqual([3, 2, 1]);
    await page.close();
  });

  it('discards a draft that cannot be published, after saying what will be lost, and shows the live version again', async () => {
    await seed.saveAndPublish('scorecard', { ...creditScorecard, id: 'discard_score' });
    const page = await h.page('zh-CN', { signedIn: true });
    await page.goto(`${h.url}/apps/${ADMIN.tenant}/scorecards/discard_score`);
    await expect.poll(() => status(page)).toBe('已发布 v1');
    await expect(page.getByTestId('discard').count()).resolves.toBe(0);
    // The weights no longer add up to 100%: saved as a draft, but it cannot be published.
    await page.getByTestId('weight-payment').fill('30');
    await page.getByTestId('weight-payment').press('Tab');
    // A band is named in the change list by its place and range, not by its id.
    await page.locator('[data-factor=debt] .heng-factor-name').click();
    await page.getByLabel('区间 2（30%–50%）的分值').fill('65');
    await page.getByLabel('区间 2（30%–50%）的分值').press('Tab');
    await saved(page);
    await expect.poll(() => status(page)).toBe('有未发布的修改（线上为 v1）');
    const revision = await seed.revision('scorecard', 'discard_score');

    await page.getByTestId('discard').click();
    const dialog = page.getByTestId('discard-dialog');
    await dialog.getByText('自第 1 版（线上版本）以来的这 2 处修改将丢失：').waitFor();
    await dialog.getByTestId('diff-list').getByText('回款记录', { exact: false }).waitFor();
    await dialog.getByTestId('diff-list').getByText('资产负债率 › 计分方式 › 区间 › 区间 2（30%–50%） › 分数', { exact: false }).waitFor();
    await dialog.getByText('之后编辑器将重新显示第 1 版。此操作无法撤销。').waitFor();
    await settle(page);
    await page.screenshot({ path: `${artifacts}definitions-discard-zh-CN.png` });
    await page.getByTestId('discard-confirm').click();
    await page.getByText('草稿已放弃：重新显示第 1 版。').waitFor();
    await expect.poll(() => status(page)).toBe('已发布 v1');
    await expect.poll(() => page.getByTestId('weight-payment').inputValue()).toBe('40.00');
    await expect(page.getByTestId('discard').count()).resolves.toBe(0);
    // The draft is the live version as the next revision; nothing was published.
    await expect(seed.revision('scorecard', 'discard_score')).resolves.toBe((revision ?? 0) + 1);
    await expect(seed.versions('scorecard', 'discard_score')).resolves.toEqual([1]);
    // Editing goes on from there: the next save is not refused as stale.
    await page.getByTestId('weight-payment').fill('35');
    await page.getByTestId('weight-payment').press('Tab');
    await saved(page);
    await expect.poll(() => status(page)).toBe('有未发布的修改（线上为 v1）');
    await page.close();
  });

  it('deletes a definition that was never published, after asking, and goes back to its list', async () => {
    await seed.save('scorecard', { kind: 'scorecard', id: 'scratch_score', name: { en: 'Scratch score', 'zh-CN': '草稿评分' }, form: 'customer', precision: 1, factors: [], grades: [] });
    const page = await h.page('en', { signedIn: true });
    await page.goto(`${h.url}/apps/${ADMIN.tenant}/scorecards/scratch_score`);
    await expect.poll(() => status(page)).toBe('Draft only');
    await expect(page.getByTestId('discard').count()).resolves.toBe(0);
    await page.getByTestId('delete-draft').click();
    const confirm = page.locator('.ant-modal-confirm');
    await confirm.getByText('It was never published, so nothing uses it yet', { exact: false }).waitFor();
    await settle(page);
    await page.screenshot({ path: `${artifacts}definitions-delete-draft-en.png` });
    await confirm.getByRole('button', { name: 'Delete it' }).click();
    await page.getByText('“Scratch score” is deleted.').waitFor();
    await page.waitForURL(`**/apps/${ADMIN.tenant}/scorecards`);
    await page.getByTestId('definition-list-scorecards').waitFor();
    await expect(page.locator('[data-definition=scratch_score]').count()).resolves.toBe(0);
    await expect(seed.revision('scorecard', 'scratch_score')).resolves.toBeUndefined();
    // A published one offers no delete: its records, scores and approvals pin its versions.
    await seed.saveAndPublish('scorecard', { ...creditScorecard, id: 'kept_score' });
    await page.goto(`${h.url}/apps/${ADMIN.tenant}/scorecards/kept_score`);
    await page.getByTestId('definition-status').waitFor();
    await expect(page.getByTestId('delete-draft').count()).resolves.toBe(0);
    await page.close();
  });

  it('deletes a never-published definition from its list too, in Chinese, and offers no delete on a published one', async () => {
    await seed.save('scorecard', { kind: 'scorecard', id: 'idle_score', name: { en: 'Idle score', 'zh-CN': '闲置评分' }, form: 'customer', precision: 1, factors: [], grades: [] });
    await seed.saveAndPublish('scorecard', { ...creditScorecard, id: 'live_score' });
    const page = await h.page('zh-CN', { signedIn: true });
    await page.goto(`${h.url}/apps/${ADMIN.tenant}/scorecards`);
    const idle = page.locator('[data-definition=idle_score]');
    await idle.waitFor();
    // A published one's versions may be pinned by records, scores and approvals: its row has no delete.
    await page.locator('[data-definition=live_score]').waitFor();
    await expect(page.locator('[data-definition=live_score]').getByTestId('delete-draft').count()).resolves.toBe(0);
    await idle.getByTestId('delete-draft').click();
    const confirm = page.locator('.ant-modal-confirm');
    await confirm.getByText('它从未发布过，尚无任何内容使用它', { exact: false }).waitFor();
    await confirm.getByRole('button', { name: '删 除' }).or(confirm.getByRole('button', { name: '删除' })).click();
    await page.getByText('“闲置评分”已删除。').waitFor();
    await idle.waitFor({ state: 'detached' });
    expect(page.url()).toBe(`${h.url}/apps/${ADMIN.tenant}/scorecards`);
    await expect(seed.revision('scorecard', 'idle_score')).resolves.toBeUndefined();
    await page.close();
  });

  it('creates a form named in Chinese alone, its id made for it (zh-CN)', async () => {
    const page = await h.page('zh-CN', { signedIn: true });
    await page.goto(`${h.url}/apps/${ADMIN.tenant}/forms`);
    await page.getByTestId('definition-new').click();
    await page.getByLabel('中文名称').fill('供应商档案');
    await page.getByRole('button', { name: '创建草稿' }).click();
    await page.waitForURL(`**/apps/${ADMIN.tenant}/forms/form_1`);
    const draft = (await (await page.request.get('/api/definitions/form/form_1/draft')).json()) as { draft: { name: Record<string, string> } };
    expect(draft.draft.name).toEqual({ 'zh-CN': '供应商档案', en: '供应商档案' });
    await page.close();
  });

  it('says in place of the editor that a draft’s form must be published first', async () => {
    await seed.save('form', { ...customerCreditProfile, id: 'supplier', name: { en: 'Supplier', 'zh-CN': '供应商' } });
    await seed.save('scorecard', { kind: 'scorecard', id: 'supplier_score', name: { en: 'Supplier score', 'zh-CN': '供应商评分' }, form: 'supplier', precision: 1, factors: [], grades: [] });
    const page = await h.page('en', { signedIn: true });
    await page.goto(`${h.url}/apps/${ADMIN.tenant}/scorecards/supplier_score`);
    await page.getByTestId('missing-form').getByText('Its form “supplier” is not published', { exact: false }).waitFor();
    await page.goto(`${h.url}/apps/${ADMIN.tenant}/scorecards`);
    await page.locator('[data-definition=supplier_score]').getByText('Draft only').waitFor();
    await page.close();
  });
});
