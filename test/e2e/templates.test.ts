import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, artifacts, startHarness } from './harness.js';
import type { Harness } from './harness.js';

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ withAdmin: true });
});

afterAll(async () => {
  await h?.close();
});

const GALLERY = `/apps/${ADMIN.tenant}/templates`;
const CREDIT_FORMS = ['credit_application', 'customer', 'payment', 'receivable', 'sales_order'];

/** The company's definitions, read through the API with the page's own session. */
async function definitions(page: Page): Promise<{ kind: string; id: string; latestVersion: number | null }[]> {
  const res = await page.request.get('/api/definitions');
  expect(res.status()).toBe(200);
  return ((await res.json()) as { items: { kind: string; id: string; latestVersion: number | null }[] }).items;
}

const drawerIn = (page: Page, phase: string) => page.locator(`[data-testid=import-drawer][data-phase=${phase}]`).waitFor();
/** Lets drawers and dialogs finish their animation, so the artifact shows them. */
const settle = (page: Page) => page.waitForTimeout(400);

async function previewCredit(page: Page): Promise<void> {
  await page.locator('[data-template=credit_management]').getByRole('button', { name: 'Preview import' }).click();
  await drawerIn(page, 'planned');
}

async function confirmImport(page: Page, total: number): Promise<void> {
  await page.getByTestId('import-run').click();
  await page.locator('.ant-modal-confirm').getByText(`${total} definitions will be published`).waitFor();
  await page.locator('.ant-modal-confirm').getByRole('button', { name: 'Import' }).click();
  // The import ends in its result, or in why nothing was imported (shown here when the test fails).
  const end = page.locator('[data-testid=import-drawer]:is([data-phase=imported], [data-phase=problems], [data-phase=planned])');
  await end.waitFor({ timeout: 90_000 });
  expect(await end.getAttribute('data-phase'), await end.innerText()).toBe('imported');
}

/** A bundle file with a form whose field has an unknown type and a scorecard missing its parts. */
const broken = {
  format: 'heng.bundle/1', id: 'broken', name: { 'zh-CN': '坏模板', en: 'Broken' }, version: '1.0.0', roles: [],
  definitions: [
    { kind: 'form', id: 'visit', name: { 'zh-CN': '拜访', en: 'Visit' }, fields: [{ id: 'note', type: 'colour', label: { 'zh-CN': '备注', en: 'Note' } }], sections: [{ id: 'main', label: { 'zh-CN': '主要', en: 'Main' }, columns: 1, fields: ['note'] }] },
    { kind: 'scorecard', id: 'visit_score', name: { 'zh-CN': '拜访评分', en: 'Visit score' }, form: 'visit', factors: [], grades: [] },
  ],
};

const file = (name: string, content: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(content) });

describe('the template gallery', () => {
  it('previews the credit management import, imports it, then plans a second import as renames', async () => {
    const page = await h.page('en', { signedIn: true });
    await page.goto(`${h.url}/apps/${ADMIN.tenant}/forms`);
    await page.getByRole('menuitem', { name: 'Templates' }).click();
    await page.waitForURL(`**${GALLERY}`);
    const card = page.locator('[data-template=credit_management]');
    await card.getByText('Customer credit management').waitFor();
    // The template grows (rule sets, dashboards): what the card says is checked against the gallery's own summary.
    const gallery = (await (await page.request.get('/api/templates')).json()) as { items: { id: string; definitions: Record<string, number> }[] };
    const counts = gallery.items.find((t) => t.id === 'credit_management')!.definitions;
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    expect(counts.form).toBe(5);
    const contents = await card.getByTestId('template-contents').innerText();
    expect(contents).toMatch(/^5 forms\s/);
    expect(contents).toContain(`${counts.scorecard} scorecard`);
    expect(contents).toContain(`${counts.flow} approval flows`);
    expect(contents).toContain(`${counts.ruleset} rule sets`);
    await page.locator('[data-template=supplier_onboarding]').waitFor();
    await page.screenshot({ path: `${artifacts}templates-gallery-en.png` });

    await previewCredit(page);
    expect(await page.getByTestId('plan-summary').innerText()).toBe(`${total} definitions: ${total} new, 0 renamed, 0 replacing yours.`);
    expect(await page.locator('[data-plan^="form:"][data-action=create]').count()).toBe(5);
    // The roles its flows name are added, or found among the company's, by their names; each definition by its name, its id beneath.
    expect(await page.getByTestId('import-plan').innerText()).toContain('Risk officer');
    expect(await page.locator('[data-plan="form:customer"]').innerText()).toMatch(/Customer credit profile\s+customer/);
    // Nothing is written by the dry run.
    expect(await definitions(page)).toEqual([]);
    await settle(page);
    await page.screenshot({ path: `${artifacts}templates-plan-en.png` });

    await confirmImport(page, total);
    expect(await page.getByTestId('import-result').innerText()).toContain('“Customer credit management” is imported');
    expect(await page.getByTestId('import-result').innerText()).toContain(`${total} definitions published`);
    await page.screenshot({ path: `${artifacts}templates-imported-en.png` });
    const imported = await definitions(page);
    expect(imported.filter((d) => d.kind === 'form').map((d) => d.id).sort()).toEqual(CREDIT_FORMS);
    expect(imported).toHaveLength(total);
    expect(imported.every((d) => d.latestVersion === 1)).toBe(true);
    // Each imported definition links to its editor.
    await page.locator('[data-imported="form:customer"]').click();
    await page.waitForURL(`**/apps/${ADMIN.tenant}/forms/customer`);
    // An order's credit figures are kept as checked, and copied again while it awaits its check.
    await page.goto(`${h.url}/apps/${ADMIN.tenant}/forms/sales_order`);
    await page.locator('.fd-card[data-field=available_credit] .fd-card-label').click({ position: { x: 6, y: 6 } });
    const copy = page.getByTestId('lookup-copy');
    expect(await copy.locator('.ant-segmented-item-selected').innerText()).toBe('Once, when created');
    expect(await copy.locator('.fd-condition-summary').innerText()).toContain('Awaiting credit check');
    await page.screenshot({ path: `${artifacts}templates-lookup-copy-en.png` });

    // Importing again: every id is taken, so each is planned under a new id unless replaced.
    await page.goto(`${h.url}${GALLERY}`);
    await previewCredit(page);
    expect(await page.getByTestId('plan-summary').innerText()).toBe(`${total} definitions: 0 new, ${total} renamed, 0 replacing yours.`);
    // It says the template looks installed, and how to update it rather than add copies.
    expect(await page.getByTestId('plan-clash').innerText()).toContain('it looks installed');
    const customer = page.locator('[data-plan="form:customer"]');
    expect(await customer.getAttribute('data-action')).toBe('rename');
    expect(await customer.innerText()).toContain('customer_2');
    await customer.getByText('Replace', { exact: true }).click();
    await expect.poll(() => customer.getAttribute('data-action')).toBe('replace');
    await drawerIn(page, 'planned');
    expect(await page.getByTestId('plan-summary').innerText()).toBe(`${total} definitions: 0 new, ${total - 1} renamed, 1 replacing yours.`);
    await settle(page);
    await page.screenshot({ path: `${artifacts}templates-clashes-en.png` });
    await customer.getByText('Rename', { exact: true }).click();
    await expect.poll(() => customer.getAttribute('data-action')).toBe('rename');
    await drawerIn(page, 'planned');
    // The dry runs wrote nothing.
    await page.locator('.ant-drawer-footer').getByRole('button', { name: 'Close' }).click();
    expect(await definitions(page)).toEqual(imported);

    // The payment form's checks across fields: the template's one (its receivable's customer is now a filter), then one added here that compares two fields.
    await page.goto(`${h.url}/apps/${ADMIN.tenant}/forms/payment`);
    const checks = page.getByTestId('form-checks');
    await expect.poll(() => checks.locator('[data-check]').count()).toBe(1);
    expect(await checks.locator('[data-check=not_over_outstanding] .fd-condition-summary').innerText()).toBe('Amount ≤ Receivable outstanding when recorded');
    await checks.getByRole('button', { name: 'Add a check' }).click();
    const added = checks.locator('[data-check=check_1]');
    await added.getByRole('button', { name: 'Edit the condition' }).click();
    const dialog = page.locator('.ant-modal:visible');
    await dialog.getByRole('button', { name: 'Condition' }).first().click();
    const row = dialog.locator('.heng-cond-row').first();
    const pickIn = async (name: string, option: string) => {
      await row.getByRole('combobox', { name, exact: true }).click();
      await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: new RegExp(`^${option}`) }).first().click();
    };
    await pickIn('Field', 'Amount');
    await pickIn('Operator', 'is at least');
    await row.getByRole('button', { name: 'Compare with another field' }).click();
    await pickIn('The other field', 'Receivable outstanding when recorded');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await added.getByRole('textbox', { name: 'Chinese label' }).fill('金额不能低于未结金额');
    await added.getByRole('textbox', { name: 'English label' }).fill('The amount may not be below what is owed.');
    await page.getByTestId('save-state').and(page.locator('[data-phase=saved]')).waitFor();
    await page.screenshot({ path: `${artifacts}templates-form-checks-en.png`, fullPage: true });
    const draft = (await (await page.request.get('/api/definitions/form/payment/draft')).json()) as { draft: { checks: unknown[] } };
    expect(draft.draft.checks[1]).toEqual({
      id: 'check_1', field: 'payment_no', condition: { all: [{ fact: 'amount', operator: 'greaterThanInclusive', value: { fact: 'receivable_outstanding' } }] },
      message: { 'zh-CN': '金额不能低于未结金额', en: 'The amount may not be below what is owed.' },
    });
  }, 120_000);

  it('shows a broken bundle file’s problems at their paths in both languages, and imports nothing', async () => {
    const page = await h.page('zh-CN', { signedIn: true });
    const before = await definitions(page);
    await page.goto(`${h.url}${GALLERY}`);
    await page.getByTestId('template-gallery').waitFor();

    await page.locator('input[type=file]').setInputFiles(file('notes.json', 'id,name\n1,闽江'));
    await page.getByTestId('bundle-unreadable').getByText('“notes.json”不是模板文件').waitFor();

    await page.locator('input[type=file]').setInputFiles(file('broken.heng.json', JSON.stringify(broken)));
    await drawerIn(page, 'problems');
    const problems = page.getByTestId('bundle-problems');
    const count = await problems.locator('[data-path]').count();
    expect(count).toBeGreaterThanOrEqual(2);
    await problems.getByText(`此模板文件有 ${count} 个问题：未导入任何内容。`).waitFor();
    const type = page.locator('[data-path="/bundle/definitions/0/fields/0/type"]');
    expect(await type.innerText()).toContain('表单 visit');
    expect(await type.innerText()).toContain('取值应为以下之一');
    await page.locator('[data-path^="/bundle/definitions/1/"]').first().getByText('评分卡 visit_score').waitFor();
    expect(await page.getByTestId('import-run').count()).toBe(0);
    await settle(page);
    await page.screenshot({ path: `${artifacts}templates-problems-zh.png` });

    // The same file in English: the drawer closes, the language changes, the file is picked again.
    await page.locator('.ant-drawer-footer').getByRole('button', { name: /关\s?闭/ }).click();
    await page.getByTestId('import-drawer').waitFor({ state: 'detached' });
    await page.getByText('English', { exact: true }).click();
    await page.locator('input[type=file]').setInputFiles(file('broken.heng.json', JSON.stringify(broken)));
    await drawerIn(page, 'problems');
    await problems.getByText(`This bundle has ${count} problems: nothing was imported.`).waitFor();
    expect(await type.innerText()).toContain('Form visit');
    expect(await type.innerText()).toContain('Must be one of');
    await settle(page);
    await page.screenshot({ path: `${artifacts}templates-problems-en.png` });

    const res = await page.request.post('/api/bundles/import', { data: { bundle: broken }, headers: { 'X-CSRF-Token': await csrf(page) } });
    expect(res.status()).toBe(422);
    expect(await definitions(page)).toEqual(before);
  });

  it('exports the app as a bundle file', async () => {
    const page = await h.page('en', { signedIn: true });
    await page.goto(`${h.url}${GALLERY}`);
    await page.getByTestId('template-gallery').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('bundle-export').click()]);
    expect(download.suggestedFilename()).toBe(`${ADMIN.tenant}.heng.json`);
    const bundle = JSON.parse(readFileSync(await download.path(), 'utf8')) as { format: string; definitions: { kind: string; id: string }[] };
    expect(bundle.format).toBe('heng.bundle/1');
    expect(bundle.definitions.length).toBe((await definitions(page)).length);
    await page.getByText(`Exported ${bundle.definitions.length} definitions to ${ADMIN.tenant}.heng.json.`).waitFor();
  });

  it('tells someone who is not an admin that only admins import and export', async () => {
    const admin = await h.page('en', { signedIn: true });
    const created = await admin.request.post('/api/users', { data: { email: 'chen@example.com', displayName: '陈明', password: 'correct-horse-2', roles: [] }, headers: { 'X-CSRF-Token': await csrf(admin) } });
    expect(created.status()).toBe(201);
    const context = await h.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en', baseURL: h.url, reducedMotion: 'reduce' });
    expect((await context.request.post('/api/auth/login', { data: { tenant: ADMIN.tenant, email: 'chen@example.com', password: 'correct-horse-2' } })).ok()).toBe(true);
    const page = await context.newPage();
    await page.goto(`${h.url}${GALLERY}`);
    await page.getByTestId('templates-admin-only').getByText('Only admins can import and export apps').waitFor();
    expect((await page.request.get('/api/templates')).status()).toBe(403);
    await page.screenshot({ path: `${artifacts}templates-not-admin-en.png` });
  });
});

/** The CSRF token of the page's session (GET /api/me gives it). */
async function csrf(page: Page): Promise<string> {
  return ((await (await page.request.get('/api/me')).json()) as { csrfToken: string }).csrfToken;
}
