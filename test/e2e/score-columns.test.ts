/**
 * @module A company's own form and scorecard: the record list shows each record's score and grade
 * as columns the user picks in the column chooser, sorts and filters on them (a score at least
 * some value, a grade), exports them to CSV with the fields, and leaves a record without a score "—".
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedAs } from './definitions-seed.js';
import { ADMIN, artifacts, pickExact, startHarness } from './harness.js';
import type { Harness } from './harness.js';

let h: Harness;

const t = (en: string, zh: string) => ({ en, 'zh-CN': zh });
const APP = `/apps/${ADMIN.tenant}`;

const form = {
  kind: 'form',
  id: 'supplier',
  name: t('Supplier', '供应商'),
  fields: [
    { id: 'supplier_name', type: 'text', label: t('Supplier', '供应商名称'), required: true },
    { id: 'on_time_rate', type: 'percent', label: t('On-time rate', '准时交付率') },
  ],
  sections: [{ id: 'main', label: t('Supplier', '供应商'), columns: 1, fields: ['supplier_name', 'on_time_rate'] }],
};

const scorecard = {
  kind: 'scorecard',
  id: 'supplier_rating',
  name: t('Supplier rating', '供应商评级'),
  form: 'supplier',
  precision: 1,
  factors: [
    { id: 'on_time', name: t('On time', '准时交付'), weight: 10000, method: { kind: 'bands', field: 'on_time_rate', bands: [{ id: 'good', min: 0.9, points: 95 }, { id: 'fair', min: 0.7, max: 0.9, points: 70 }, { id: 'poor', max: 0.7, points: 30 }] }, missing: { policy: 'fail' } },
  ],
  grades: [
    { id: 'a', grade: 'A', label: t('Preferred', '优选'), color: '#2e7d32', min: 80, max: 100 },
    { id: 'b', grade: 'B', label: t('Approved', '合格'), color: '#1565c0', min: 60, max: 79.9 },
    { id: 'c', grade: 'C', label: t('On watch', '观察'), color: '#f9a825', min: 0, max: 59.9 },
  ],
};

beforeAll(async () => {
  h = await startHarness({ withAdmin: true });
  const seed = await seedAs(h);
  await seed.saveAndPublish('form', form);
  await seed.saveAndPublish('scorecard', scorecard);
  // No on-time rate, which the scorecard cannot do without: no score, no grade.
  await seed.createRecord('supplier', { supplier_name: '福州未评企业' });
  await seed.createRecord('supplier', { supplier_name: '厦门准时物流', on_time_rate: 0.95 });
  await seed.createRecord('supplier', { supplier_name: '泉州一般制造', on_time_rate: 0.5 });
  await seed.createRecord('supplier', { supplier_name: '漳州稳健贸易', on_time_rate: 0.8 });
  await seed.close();
});

afterAll(async () => {
  await h?.close();
});

describe('score columns of a record list', () => {
  it('picks the score and grade columns in the chooser, shows them, sorts by grade best first, filters by grade and by score, exports them (zh-CN)', async () => {
    const page = await h.page('zh-CN', { signedIn: true });
    await page.goto(`${h.url}${APP}/records/supplier`);
    const list = page.getByTestId('record-list');
    await list.getByText('厦门准时物流').waitFor();
    const headers = () => list.locator('thead th').allInnerTexts();
    // A form naming no list columns shows its scorecard's grade from the start; the score is to be picked.
    await expect.poll(headers).toContain('等级 · 供应商评级');
    expect(await headers()).not.toContain('评分 · 供应商评级');

    await page.getByRole('button', { name: '列' }).click();
    const chooser = page.getByTestId('column-chooser');
    await chooser.getByRole('checkbox', { name: '评分 · 供应商评级' }).check();
    await chooser.getByRole('checkbox', { name: '等级 · 供应商评级' }).check();
    await expect.poll(headers).toEqual(expect.arrayContaining(['供应商名称', '评分 · 供应商评级', '等级 · 供应商评级']));

    const cells = (name: string) => list.locator('tbody tr.ant-table-row', { hasText: name }).locator('td').allInnerTexts();
    await expect.poll(() => cells('厦门准时物流')).toEqual(expect.arrayContaining(['95.0', 'A · 优选']));
    await expect.poll(() => cells('泉州一般制造')).toEqual(expect.arrayContaining(['30.0', 'C · 观察']));
    await expect.poll(() => cells('漳州稳健贸易')).toEqual(expect.arrayContaining(['70.0', 'B · 合格']));
    await page.screenshot({ path: `${artifacts}score-columns-zh-CN.png`, fullPage: true });

    // Best grade first; a record not scored comes last, its score and grade read "—" as an empty field does.
    const names = () => list.locator('tbody tr.ant-table-row').evaluateAll((rows) => rows.map((r) => r.querySelector('td')?.textContent ?? ''));
    await list.getByRole('columnheader', { name: '等级 · 供应商评级' }).click();
    await expect.poll(names).toEqual(['厦门准时物流', '漳州稳健贸易', '泉州一般制造', '福州未评企业']);
    const unscored = await cells('福州未评企业');
    const shown = await headers();
    expect([unscored[shown.indexOf('评分 · 供应商评级')], unscored[shown.indexOf('等级 · 供应商评级')]]).toEqual(['—', '—']);
    await list.getByRole('columnheader', { name: '评分 · 供应商评级' }).click();
    await expect.poll(names).toEqual(['泉州一般制造', '漳州稳健贸易', '厦门准时物流', '福州未评企业']);

    // The grade is a filter too, its options read as the grades do.
    await page.getByRole('button', { name: '添加筛选' }).click();
    await pickExact(page, '字段', '等级 · 供应商评级', true);
    await pickExact(page, '值', 'A · 优选');
    await expect.poll(names).toEqual(['厦门准时物流']);

    // So is the score, at least 60 first: the records scored 60 or more, lowest first as sorted; not the one without a score.
    await pickExact(page, '字段', '评分 · 供应商评级', true);
    const scoreFilter = page.locator('[data-filter="score:supplier_rating"]');
    expect(await scoreFilter.innerText()).toContain('大于等于');
    await scoreFilter.getByLabel('值', { exact: true }).fill('60');
    await expect.poll(names).toEqual(['漳州稳健贸易', '厦门准时物流']);
    await page.screenshot({ path: `${artifacts}score-columns-filtered-zh-CN.png`, fullPage: true });

    // The CSV export is of what the list shows, in the page's language: its filters and sort, the fields by their names, and the
    // score columns headed as the list heads them, the total and the grade with its label.
    const exportLink = page.getByRole('link', { name: '导出 CSV' });
    const asked = new URL((await exportLink.getAttribute('href')) ?? '', h.url).searchParams;
    expect([asked.get('scores'), asked.get('lang')]).toEqual(['supplier_rating', 'zh-CN']);
    const [download] = await Promise.all([page.waitForEvent('download'), exportLink.click()]);
    const csv = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n').map((line) => line.split(',').slice(1));
    expect(csv).toEqual([
      ['供应商名称', '准时交付率', '评分 · 供应商评级', '等级 · 供应商评级'],
      ['漳州稳健贸易', '80%', '70', 'B · 合格'],
      ['厦门准时物流', '95%', '95', 'A · 优选'],
    ]);
    await page.context().close();
  });
});
