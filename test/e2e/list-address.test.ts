/**
 * @module A record list keeps its filters and sort in the page's address: a reload and Back from a
 * record show the same list, Back undoes a filter or a sort, a typed value is one step back, and a
 * hand-edited address with filters the list cannot use says so and shows the list without them.
 * The records "load more" brought in are in the address too, so Back from a record shows them all.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedAs } from './definitions-seed.js';
import { ADMIN, pickExact, startHarness } from './harness.js';
import type { Harness } from './harness.js';

let h: Harness;

const t = (en: string, zh: string) => ({ en, 'zh-CN': zh });
const LIST = `/apps/${ADMIN.tenant}/records/receivable`;

/** A published form's definition: its fields in one section, listed in `listSort` order. */
const formOf = <F extends { readonly id: string }>(id: string, name: ReturnType<typeof t>, listSort: string, fields: readonly F[]) => ({
  kind: 'form',
  id,
  name,
  listSort,
  fields,
  sections: [{ id: 'main', label: name, columns: 1, fields: fields.map((f) => f.id) }],
});

const form = formOf('receivable', t('Receivable', '应收账款'), '-amount', [
  { id: 'invoice_no', type: 'text', label: t('Invoice', '发票号'), required: true },
  { id: 'amount', type: 'money', label: t('Amount', '金额') },
  { id: 'collection_stage', type: 'single_select', label: t('Collection stage', '催收阶段'), options: [{ id: 'reminder', label: t('Reminder', '提醒') }, { id: 'legal', label: t('Legal', '法务催收') }] },
]);

// A form with more records than a list's first page (50).
const visits = formOf('visit', t('Visit', '拜访记录'), 'visit_no', [{ id: 'visit_no', type: 'text', label: t('Visit', '拜访编号'), required: true }]);
const VISITS = 62;

// Contacts, one without a phone.
const contacts = formOf('contact', t('Contact', '联系人'), 'contact_name', [
  { id: 'contact_name', type: 'text', label: t('Name', '姓名'), required: true },
  { id: 'phone', type: 'text', label: t('Phone', '电话') },
]);

beforeAll(async () => {
  h = await startHarness({ withAdmin: true });
  const seed = await seedAs(h);
  await seed.saveAndPublish('form', form);
  await seed.saveAndPublish('form', visits);
  await seed.saveAndPublish('form', contacts);
  await seed.createRecord('contact', { contact_name: '林芳', phone: '13800138000' });
  await seed.createRecord('contact', { contact_name: '王强' });
  for (let i = 1; i <= VISITS; i++) await seed.createRecord('visit', { visit_no: `V-${String(i).padStart(3, '0')}` });
  await seed.createRecord('receivable', { invoice_no: 'INV-001', amount: 100, collection_stage: 'legal' });
  await seed.createRecord('receivable', { invoice_no: 'INV-002', amount: 300, collection_stage: 'reminder' });
  await seed.createRecord('receivable', { invoice_no: 'INV-003', amount: 200, collection_stage: 'legal' });
  await seed.close();
});

afterAll(async () => {
  await h?.close();
});

const names = (page: Page) => () => page.getByTestId('record-list').locator('tbody tr.ant-table-row').evaluateAll((rows) => rows.map((r) => r.querySelector('td')?.textContent ?? ''));
const param = (page: Page, name: string) => () => new URL(page.url()).searchParams.get(name);

describe('a record list in its address', () => {
  it('keeps a filter and a sort through a reload and a record opened, and Back undoes each (zh-CN)', async () => {
    const page = await h.page('zh-CN', { signedIn: true });
    await page.goto(`${h.url}${LIST}`);
    // The form's own order, most first, without a sort in the address.
    await expect.poll(names(page)).toEqual(['INV-002', 'INV-003', 'INV-001']);

    await page.getByRole('button', { name: '添加筛选' }).click();
    await pickExact(page, '字段', '催收阶段', true);
    // A select is compared with its options, not searched in or ranged.
    await page.getByRole('combobox', { name: '运算符' }).click();
    expect(await page.locator('.ant-select-dropdown:visible .ant-select-item-option').allInnerTexts()).toEqual(['等于', '不等于', '属于', '为空', '不为空']);
    await page.keyboard.press('Escape');
    await pickExact(page, '值', '法务催收');
    await expect.poll(names(page)).toEqual(['INV-003', 'INV-001']);
    await expect.poll(param(page, 'filter[collection_stage][eq]')).toBe('legal');

    await page.getByTestId('record-list').getByRole('columnheader', { name: '发票号' }).click();
    await expect.poll(names(page)).toEqual(['INV-001', 'INV-003']);
    await expect.poll(param(page, 'sort')).toBe('invoice_no');

    await page.reload();
    await expect.poll(names(page)).toEqual(['INV-001', 'INV-003']);
    expect(await page.locator('[data-filter="collection_stage"]').innerText()).toContain('法务催收');

    await page.getByTestId('record-list').getByRole('link', { name: 'INV-003' }).click();
    await page.waitForURL((u) => u.search === '' && !u.pathname.endsWith('/receivable'));
    await page.goBack();
    await expect.poll(names(page)).toEqual(['INV-001', 'INV-003']);

    // Back undoes the sort, then the filter: the form's own order again.
    await page.goBack();
    await expect.poll(names(page)).toEqual(['INV-003', 'INV-001']);
    expect(param(page, 'sort')()).toBeNull();
    await page.goBack();
    await expect.poll(names(page)).toEqual(['INV-002', 'INV-003', 'INV-001']);
    await expect.poll(() => page.locator('[data-filter]').count()).toBe(0);
    await page.context().close();
  });

  it('finds the records whose field is left empty, with no value to fill in, and keeps that through a reload (zh-CN)', async () => {
    const page = await h.page('zh-CN', { signedIn: true });
    await page.goto(`${h.url}/apps/${ADMIN.tenant}/records/contact`);
    await expect.poll(names(page)).toEqual(['林芳', '王强']);
    await page.getByRole('button', { name: '添加筛选' }).click();
    await pickExact(page, '字段', '电话', true);
    await pickExact(page, '运算符', '为空');
    await expect.poll(() => page.locator('[data-filter="phone"]').getByLabel('值').count()).toBe(0);
    await expect.poll(names(page)).toEqual(['王强']);
    await expect.poll(param(page, 'filter[phone][empty]')).toBe('true');
    await page.reload();
    await expect.poll(names(page)).toEqual(['王强']);
    await pickExact(page, '运算符', '不为空');
    await expect.poll(names(page)).toEqual(['林芳']);
    await page.context().close();
  });

  it('takes a value typed in two goes as one step back (en)', async () => {
    const page = await h.page('en', { signedIn: true });
    await page.goto(`${h.url}${LIST}`);
    await expect.poll(names(page)).toEqual(['INV-002', 'INV-003', 'INV-001']);
    await page.getByRole('button', { name: 'Add filter' }).click();
    await pickExact(page, 'Field', 'Invoice', true);
    const value = page.locator('[data-filter="invoice_no"]').getByLabel('Value', { exact: true });
    await value.fill('INV-00');
    await expect.poll(param(page, 'filter[invoice_no][contains]')).toBe('INV-00');
    await value.fill('INV-003');
    await expect.poll(names(page)).toEqual(['INV-003']);
    await expect.poll(param(page, 'filter[invoice_no][contains]')).toBe('INV-003');
    await page.goBack();
    await expect.poll(names(page)).toEqual(['INV-002', 'INV-003', 'INV-001']);
    expect(param(page, 'filter[invoice_no][contains]')()).toBeNull();
    await page.context().close();
  });

  it('leaves out what a hand-edited address asks that the list cannot do, and says so (en)', async () => {
    const page = await h.page('en', { signedIn: true });
    await page.goto(`${h.url}${LIST}?filter[collection_stage][contains]=leg&filter[collection_stage][eq]=legal&sort=-nope`);
    await expect.poll(names(page)).toEqual(['INV-003', 'INV-001']);
    const warning = page.getByTestId('list-address-ignored');
    await expect.poll(() => warning.innerText()).toContain('filter[collection_stage][contains], sort');
    await page.context().close();
  });

  it('brings back every record "load more" had shown after a record opened, and a new sort starts at one page (zh-CN)', async () => {
    const page = await h.page('zh-CN', { signedIn: true });
    await page.goto(`${h.url}/apps/${ADMIN.tenant}/records/visit`);
    await expect.poll(async () => (await names(page)()).length).toBe(50);
    await page.getByRole('button', { name: '加载更多' }).click();
    await expect.poll(async () => (await names(page)()).length).toBe(VISITS);
    // The address notes the records shown (all 62 of them) once they are.
    await expect.poll(param(page, 'rows')).toBe(String(VISITS));
    await expect.poll(() => page.getByRole('button', { name: '加载更多' }).count()).toBe(0);

    await page.getByTestId('record-list').getByRole('link', { name: 'V-061' }).click();
    await page.waitForURL((u) => u.search === '');
    await page.goBack();
    await expect.poll(async () => (await names(page)()).length).toBe(VISITS);
    expect((await names(page)()).at(-1)).toBe('V-062');

    // Sorting anew is another list: one page again, and the address forgets the rows.
    await page.getByTestId('record-list').getByRole('columnheader', { name: '拜访编号' }).click();
    await expect.poll(param(page, 'sort')).toBe('-visit_no');
    await expect.poll(async () => (await names(page)()).length).toBe(50);
    await expect.poll(param(page, 'rows')).toBeNull();
    expect((await names(page)())[0]).toBe('V-062');
    await page.context().close();
  });
});
