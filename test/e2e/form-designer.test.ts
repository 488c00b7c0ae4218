import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedAs } from './definitions-seed.js';
import { date } from './demo.js';
import { announced } from './drag.js';
import type { Seed } from './definitions-seed.js';
import { ADMIN, artifacts, startHarness } from './harness.js';
import type { Harness } from './harness.js';

let h: Harness;
let seed: Seed;

/** A new form: one empty single-column section, saved as a draft through the API. */
const application = {
  kind: 'form',
  id: 'credit_application',
  name: { 'zh-CN': '授信申请', en: 'Credit application' },
  fields: [],
  sections: [{ id: 'main', label: { 'zh-CN': '基本信息', en: 'Basics' }, columns: 1, fields: [] }],
} as const;

beforeAll(async () => {
  h = await startHarness({ withAdmin: true });
  seed = await seedAs(h);
  await seed.role('risk_officer', '风控专员', 'Risk officer');
  await seed.save('form', application);
});

afterAll(async () => {
  await seed?.close();
  await h?.close();
});

const order = (page: Page) => page.locator('.fd-card[data-field]').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-field')));
const saved = (page: Page) => page.locator('[data-testid=save-state][data-phase=saved]').waitFor();

async function open(lang: 'zh-CN' | 'en'): Promise<Page> {
  const page = await h.page(lang, { signedIn: true });
  await page.goto(`${h.url}/apps/${ADMIN.tenant}/forms/${application.id}`);
  await page.getByTestId('form-canvas').waitFor();
  return page;
}

/** Drags `from` onto `to` with the mouse, in small steps, as a person does. */
async function drag(page: Page, from: Locator, to: Locator): Promise<void> {
  const a = await from.boundingBox();
  const b = await to.boundingBox();
  if (a === null || b === null) throw new Error('nothing to drag or nowhere to drop');
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 12, a.y + a.height / 2 + 6, { steps: 4 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 15 });
  await page.mouse.up();
}

describe('form designer in the browser', () => {
  it('builds a form by dragging, sets properties, checks a formula live, reorders by keyboard, undoes and saves', async () => {
    const page = await open('en');
    const section = page.locator('[data-section=main] .fd-section-body');

    await drag(page, page.locator('[data-palette=text]'), section);
    await expect.poll(() => order(page)).toEqual(['text_1']);
    // Dropped on the text card: the money field goes before it.
    await drag(page, page.locator('[data-palette=money]'), page.locator('.fd-card[data-field=text_1]'));
    await expect.poll(() => order(page)).toEqual(['money_1', 'text_1']);
    await expect(page.getByTestId('field-panel').getAttribute('data-panel-field')).resolves.toBe('money_1');

    await page.locator('.fd-card[data-field=text_1] .fd-card-label').click();
    const label = page.getByTestId('field-label');
    await label.getByLabel('English label').fill('Company name');
    await label.getByLabel('Chinese label').fill('企业名称');
    await page.getByRole('switch', { name: 'Required' }).click();
    await page.locator('.fd-card[data-field=text_1]').getByText('Company name').waitFor();
    await page.locator('.fd-card[data-field=text_1] .fd-required').waitFor();

    // A click on the palette adds after the selected field; its panel opens on the formula.
    await page.locator('[data-palette=formula]').click();
    await expect.poll(() => order(page)).toEqual(['money_1', 'text_1', 'formula_1']);
    const formula = page.getByLabel('Formula', { exact: true });
    await formula.fill('money_1 * 0.2 + monye_1');
    const check = page.getByTestId('formula-check');
    await check.getByText('Unknown field "monye_1". Did you mean money_1? (column 17)').waitFor();
    await page.locator('.fd-card[data-field=formula_1]').getByText('Unknown field "monye_1"', { exact: false }).waitFor();
    await page.getByTestId('problem-count').getByText('1 problem').waitFor();
    await page.screenshot({ path: `${artifacts}form-designer-formula-problem-en.png` });
    await formula.fill('money_1 * 0.2');
    await check.getByText('The formula is fine and gives a number.').waitFor();
    await page.getByTestId('problem-count').getByText('No problems').waitFor();

    await page.getByRole('button', { name: 'Move Company name', exact: true }).focus();
    await page.keyboard.press('Space');
    await announced(page, 'Picked up Company name.');
    await page.keyboard.press('ArrowUp');
    await announced(page, 'Company name is over Money.');
    await page.keyboard.press('Space');
    await announced(page, 'Company name was dropped at the place of Money.');
    await expect.poll(() => order(page)).toEqual(['text_1', 'money_1', 'formula_1']);

    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => order(page)).toEqual(['money_1', 'text_1', 'formula_1']);
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect.poll(() => order(page)).toEqual(['text_1', 'money_1', 'formula_1']);
    await page.screenshot({ path: `${artifacts}form-designer-en.png` });

    // Every change reached the page, which saved the draft: a reload shows the same form.
    await saved(page);
    await page.reload();
    await expect.poll(() => order(page)).toEqual(['text_1', 'money_1', 'formula_1']);
    await page.locator('.fd-card[data-field=text_1] .fd-required').waitFor();

    await page.getByText('Preview', { exact: true }).click();
    await page.getByTestId('record-form').getByText('Company name').waitFor();
    await page.screenshot({ path: `${artifacts}form-designer-preview-en.png` });
    await page.close();
  });

  it('shows the form and a field’s access per role in Chinese', async () => {
    const page = await open('zh-CN');
    await expect.poll(() => order(page)).toEqual(['text_1', 'money_1', 'formula_1']);
    await page.locator('.fd-card[data-field=money_1] .fd-card-label').click();
    await page.getByRole('tab', { name: '权限' }).click();
    const row = page.locator('[data-role=risk_officer]');
    await row.getByText('只读').click();
    await page.locator('.fd-card[data-field=money_1] .fd-card-flag').waitFor();
    // Let the tab's ink bar finish sliding, so the artifact shows the tab that is open.
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${artifacts}form-designer-zh-CN.png` });
    await page.close();
  });

  it('publishes the form built by dragging after showing what it adds, then creates a record through it (zh-CN)', async () => {
    const page = await open('zh-CN');
    await expect.poll(() => order(page)).toEqual(['text_1', 'money_1', 'formula_1']);
    await page.getByTestId('publish').click();
    const dialog = page.getByTestId('publish-dialog');
    await dialog.getByText('这是第一个版本：其中所有内容都是新增的。').waitFor();
    await dialog.getByTestId('diff-list').getByText('字段', { exact: true }).waitFor();
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${artifacts}form-designer-publish-zh-CN.png` });
    await page.getByTestId('publish-confirm').click();
    await dialog.getByText('第 1 版已发布。').waitFor();
    await page.locator('.ant-modal-footer').getByRole('button', { name: /^关\s?闭$/ }).click();
    await expect.poll(() => page.getByTestId('definition-status').innerText()).toBe('已发布 v1');
    await expect(seed.versions('form', application.id)).resolves.toEqual([1]);

    // The published form is what users fill in: its records are a click away.
    await page.getByRole('menuitem', { name: '记录' }).click();
    await page.getByRole('link', { name: '授信申请' }).click();
    await page.getByTestId('record-list').getByText('暂无记录。').waitFor();
    await page.getByRole('button', { name: '新建记录' }).click();
    // The list's column headers carry the same labels: fill in only once the form has replaced it
    // (the address changes before the new page is drawn).
    await page.getByTestId('record-form').waitFor();
    await page.getByLabel('企业名称').fill('闽江机械有限公司');
    await page.getByLabel('金额').fill('500000');
    await page.getByRole('button', { name: /^保\s?存$/ }).click();
    await expect.poll(() => page.getByTestId('record-title').innerText()).toBe('闽江机械有限公司');
    await page.getByRole('link', { name: '返回列表' }).click();
    const list = page.getByTestId('record-list');
    await list.getByText('闽江机械有限公司').waitFor();
    await list.getByText('500,000.00 元').waitFor();
    await page.screenshot({ path: `${artifacts}form-designer-record-zh-CN.png`, fullPage: true });
    await page.close();
  });

  it('labels the values of a text formula, and the list shows the labels (zh-CN)', async () => {
    const page = await open('zh-CN');
    await page.locator('.fd-card[data-field=formula_1] .fd-card-label').click();
    await page.getByLabel('公式', { exact: true }).fill('IF(money_1 >= 100000, "large", "small")');
    await page.getByLabel('结果类型', { exact: true }).click();
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: /^文本$/ }).click();
    const labels = page.getByTestId('value-labels');
    for (const [n, value, zh, en] of [[1, 'large', '大额', 'Large'], [2, 'small', '小额', 'Small']] as const) {
      await labels.getByRole('button', { name: '添加值标签' }).click();
      await labels.getByLabel(`公式给出的取值 ${n}`).fill(value);
      await labels.getByLabel(`取值 ${n} 的中文名称`).fill(zh);
      await labels.getByLabel(`取值 ${n} 的英文名称`).fill(en);
    }
    await page.getByTestId('problem-count').getByText('没有问题').waitFor();
    await saved(page);
    await page.screenshot({ path: `${artifacts}form-designer-value-labels-zh-CN.png` });
    const draft = (await (await page.request.get(`/api/definitions/form/${application.id}/draft`)).json()) as { draft: { fields: { id: string; options?: unknown }[] } };
    expect(draft.draft.fields.find((f) => f.id === 'formula_1')?.options).toEqual([
      { id: 'large', label: { 'zh-CN': '大额', en: 'Large' } },
      { id: 'small', label: { 'zh-CN': '小额', en: 'Small' } },
    ]);

    await page.getByTestId('publish').click();
    await page.getByTestId('publish-confirm').click();
    await page.getByTestId('publish-dialog').getByText('第 2 版已发布。').waitFor();
    await page.goto(`${h.url}/apps/${ADMIN.tenant}/records/${application.id}`);
    // The record is computed again when it is next written; a new one shows its label at once.
    await page.getByRole('button', { name: '新建记录' }).click();
    await page.getByTestId('record-form').waitFor();
    await page.getByLabel('企业名称').fill('福清小额商行');
    await page.getByLabel('金额').fill('8000');
    await page.getByRole('button', { name: /^保\s?存$/ }).click();
    await page.getByTestId('record-title').waitFor();
    await page.getByText('小额', { exact: true }).waitFor();
    await page.close();
  });

  it('numbers records by an auto number set up in its panel, previewed, and assigned on save (zh-CN)', async () => {
    const page = await open('zh-CN');
    await page.locator('.fd-card[data-field=formula_1] .fd-card-label').click();
    await page.locator('[data-palette=serial]').click();
    const editor = page.getByTestId('serial-editor');
    await editor.getByRole('button', { name: '添加组成部分' }).click();
    for (const n of [4, 3, 2]) await editor.getByRole('button', { name: `将第 ${n} 部分前移` }).click();
    await editor.getByLabel('第 1 部分：字符').fill('SQ-');
    await expect.poll(() => editor.getByTestId('serial-preview').innerText()).toMatch(/^SQ-\d{8}-0001$/);
    // Numbered by the day a date field holds (an application entered late), not the day it is saved.
    await page.locator('[data-palette=date]').click();
    await page.locator('.fd-card[data-field=serial_1] .fd-card-label').click();
    await editor.getByLabel('日期取自').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').getByText('日期', { exact: true }).click();
    await page.getByTestId('problem-count').getByText('没有问题').waitFor();
    await saved(page);
    await page.screenshot({ path: `${artifacts}form-designer-serial-zh-CN.png` });

    await page.getByTestId('publish').click();
    await page.getByTestId('publish-confirm').click();
    await page.getByTestId('publish-dialog').getByText('第 3 版已发布。').waitFor();
    await page.goto(`${h.url}/apps/${ADMIN.tenant}/records/${application.id}`);
    await page.getByRole('button', { name: '新建记录' }).click();
    await page.getByTestId('record-form').waitFor();
    await page.locator('[data-field=serial_1]').getByText('保存后生成').waitFor();
    await page.getByLabel('企业名称').fill('福州编号商行');
    await page.getByLabel('金额').fill('1000');
    await date(page, '日期', '2025-03-18');
    await page.getByRole('button', { name: /^保\s?存$/ }).click();
    await page.getByTestId('record-title').waitFor();
    await expect.poll(() => page.locator('[data-field=serial_1] .ant-form-item-control-input').innerText()).toBe('SQ-20250318-0001');
    await page.close();
  });
});
