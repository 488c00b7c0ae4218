import { describe, expect, it } from 'vitest';
import { caller, createAndPublish, publish, saveDraft } from '../definitions/testing.js';
import type { Caller } from '../definitions/testing.js';
import type { ProblemDocument } from '../http/problem.js';
import { onBothDatabases } from '../tenancy/testing.js';
import { compileForm } from '@heng/engine';
import type { FormDefinition } from '@heng/engine';
import { numbered } from './serial.js';
import { created, RECORD_TEST_MODULES } from './testing.js';

const t = (en: string, zh = en) => ({ en, 'zh-CN': zh });
const title = { id: 'title', type: 'text', label: t('Title', '标题') };
const orderNo = {
  id: 'order_no', type: 'serial', label: t('Order number', '订单编号'),
  parts: [{ type: 'text', text: 'SO-' }, { type: 'date', format: 'yyyyMMdd' }, { type: 'text', text: '-' }, { type: 'sequence', digits: 4, reset: 'daily' }],
};
const orderDate = { id: 'order_date', type: 'date', label: t('Order date', '下单日期') };
const orderForm = (fields: object[]) => ({ kind: 'form', id: 'order', name: t('Order', '订单'), fields, sections: [{ id: 'main', label: t('Main'), columns: 2, fields: fields.map((f) => (f as { id: string }).id) }] });
const ORDERS = '/api/forms/order/records';

const numberOf = async (who: Caller, data: Record<string, unknown> = { title: 'x' }): Promise<unknown> => ((await created(who, data, ORDERS)).body['data'] as Record<string, unknown>)['order_no'];

onBothDatabases(
  (app) => {
    describe('serial numbers', () => {
      it('numbers each new record from 1 on the China business day, starting again the next day; formulas read the number', async () => {
        const admin = await caller(app(), ['admin']);
        const copy = { id: 'copy', type: 'formula', label: t('Copy'), formula: 'order_no', resultType: 'text' };
        await createAndPublish(admin, orderForm([title, orderNo, copy]));
        // 17:30 UTC is already the next day in China.
        app().clock.set('2026-11-23T17:30:00Z');
        expect([await numberOf(admin), await numberOf(admin)]).toEqual(['SO-20261124-0001', 'SO-20261124-0002']);
        app().clock.set('2026-11-25T01:00:00Z');
        const third = await created(admin, { title: 'x' }, ORDERS);
        expect(third.body['data']).toEqual({ title: 'x', order_no: 'SO-20261125-0001', copy: 'SO-20261125-0001' });
        // Another company counts on its own.
        const other = await caller(app(), ['admin']);
        await createAndPublish(other, orderForm([title, orderNo]));
        expect(await numberOf(other)).toBe('SO-20261125-0001');
      });

      it('numbers by the day of its date field when it takes one (an order entered late), else by the day it is made', async () => {
        const admin = await caller(app(), ['admin']);
        await createAndPublish(admin, orderForm([title, { ...orderNo, dateField: 'order_date' }, orderDate]));
        app().clock.set('2026-11-24T02:00:00Z');
        expect(await numberOf(admin, { title: 'x', order_date: '2026-11-24' })).toBe('SO-20261124-0001');
        // Entered, or imported, after the day: numbered on that day's counter.
        expect(await numberOf(admin, { title: 'x', order_date: '2026-11-20' })).toBe('SO-20261120-0001');
        expect(await numberOf(admin, { title: 'x', order_date: '2026-11-20' })).toBe('SO-20261120-0002');
        expect(await numberOf(admin, { title: 'x' })).toBe('SO-20261124-0002');
        const res = await admin.call('POST', '/api/forms/order/import', 'title,order_date\r\na,2026-11-20\r\nb,2025-01-02\r\n', { 'Content-Type': 'text/csv' });
        expect(res.status, await res.clone().text()).toBe(201);
        const { ids } = (await res.json()) as { ids: string[] };
        const numbers = await Promise.all(ids.map(async (id) => ((await (await admin.call('GET', `${ORDERS}/${id}`)).json()) as { data: Record<string, unknown> }).data['order_no']));
        expect(numbers).toEqual(['SO-20261120-0003', 'SO-20250102-0001']);
        // A date field that is not one is refused when the form is checked.
        await saveDraft(admin, orderForm([title, { ...orderNo, dateField: 'title' }, orderDate]));
        const wrong = await admin.call('POST', '/api/definitions/form/order/validate');
        expect(((await wrong.json()) as { problems: { path: string; code: string }[] }).problems.map((p) => `${p.path} ${p.code}`)).toEqual(['/fields/1/dateField field.serial.dateField']);
      });

      it('makes creates of a form take turns even when their numbers carry different days, so neither holds a counter the other waits for', async () => {
        const admin = await caller(app(), ['admin']);
        const form = compileForm(orderForm([title, { ...orderNo, dateField: 'order_date' }, orderDate]) as unknown as FormDefinition);
        const { tenantId } = admin.company;
        const events: string[] = [];
        let numberedFirst!: () => void;
        const firstIn = new Promise<void>((resolve) => (numberedFirst = resolve));
        const first = app().db.withTenant(tenantId, async (tx) => {
          events.push(String((await numbered(tx, tenantId, form, { title: 'a', order_date: '2026-11-20' }, '2026-11-24'))['order_no']));
          numberedFirst();
          // Long enough for the second to be numbered, were it not waiting.
          await new Promise((resolve) => setTimeout(resolve, 400));
          events.push('first committed');
        });
        await firstIn;
        const second = app().db.withTenant(tenantId, async (tx) => {
          events.push(String((await numbered(tx, tenantId, form, { title: 'b', order_date: '2026-11-21' }, '2026-11-24'))['order_no']));
        });
        await Promise.all([first, second]);
        expect(events).toEqual(['SO-20261120-0001', 'first committed', 'SO-20261121-0001']);
      });

      it('refuses a number a client gives, on create and on update, and never changes one', async () => {
        const admin = await caller(app(), ['admin']);
        await createAndPublish(admin, orderForm([title, orderNo]));
        app().clock.set('2026-11-24T02:00:00Z');
        const given = await admin.call('POST', ORDERS, { title: 'x', order_no: 'SO-1' });
        expect(given.status).toBe(422);
        expect(((await given.json()) as ProblemDocument).problems.map((p) => `${p.path} ${p.code}`)).toEqual(['/order_no access.computed']);
        const rec = await created(admin, { title: 'a' }, ORDERS);
        const number = (rec.body['data'] as Record<string, unknown>)['order_no'];
        expect(number).toBe('SO-20261124-0001');
        const path = `${ORDERS}/${rec.id}`;
        for (const patch of [{ order_no: 'SO-9' }, { order_no: null }]) expect((await admin.call('PATCH', path, patch, { 'If-Match': rec.etag })).status).toBe(422);
        const renamed = await admin.call('PATCH', path, { title: 'b' }, { 'If-Match': rec.etag });
        expect(((await renamed.json()) as { data: Record<string, unknown> }).data).toEqual({ title: 'b', order_no: number });
      });

      it('leaves records made before the field was added without a number', async () => {
        const admin = await caller(app(), ['admin']);
        await createAndPublish(admin, orderForm([title]));
        const old = await created(admin, { title: 'old' }, ORDERS);
        await publish(admin, orderForm([title, orderNo]), await saveDraft(admin, orderForm([title, orderNo])));
        app().clock.set('2026-11-24T02:00:00Z');
        expect(await numberOf(admin)).toBe('SO-20261124-0001');
        expect(((await (await admin.call('GET', `${ORDERS}/${old.id}`)).json()) as { data: unknown }).data).toEqual({ title: 'old' });
      });

      it('numbers imported rows, ignoring a column of numbers (an export imports back as new records)', async () => {
        const admin = await caller(app(), ['admin']);
        await createAndPublish(admin, orderForm([title, orderNo]));
        app().clock.set('2026-11-24T02:00:00Z');
        await numberOf(admin);
        const res = await admin.call('POST', '/api/forms/order/import', 'title,order_no\r\na,SO-20200101-0001\r\nb,\r\n', { 'Content-Type': 'text/csv' });
        expect(res.status, await res.clone().text()).toBe(201);
        const { ids } = (await res.json()) as { ids: string[] };
        const numbers = await Promise.all(ids.map(async (id) => ((await (await admin.call('GET', `${ORDERS}/${id}`)).json()) as { data: Record<string, unknown> }).data['order_no']));
        expect(numbers).toEqual(['SO-20261124-0002', 'SO-20261124-0003']);
      });

      it('keeps a published numbering: its parts or reset changed, or a published field turned into one, is refused on publish', async () => {
        const admin = await caller(app(), ['admin']);
        const ref = { id: 'ref_no', type: 'text', label: t('Reference', '参考号') };
        await createAndPublish(admin, orderForm([title, orderNo, ref]));
        const refused = async (fields: object[]) => {
          const res = await admin.call('POST', '/api/definitions/form/order/publish', {}, { 'If-Match': `"${await saveDraft(admin, orderForm(fields))}"` });
          expect(res.status).toBe(422);
          return ((await res.json()) as ProblemDocument).problems?.map((p) => `${p.path} ${p.code}`);
        };
        const monthly = { ...orderNo, parts: orderNo.parts.map((p) => (p.type === 'sequence' ? { ...p, reset: 'monthly' } : p)) };
        expect(await refused([title, monthly, ref])).toEqual(['/fields/1/parts form.serial.changed']);
        expect(await refused([title, orderNo, { ...ref, type: 'serial', parts: [{ type: 'sequence', digits: 4, reset: 'never' }] }])).toEqual(['/fields/2/type form.serial.retyped']);
        // Its label may change, and a new auto number may be added beside it.
        const another = { id: 'batch_no', type: 'serial', label: t('Batch'), parts: [{ type: 'sequence', digits: 3, reset: 'never' }] };
        await publish(admin, orderForm([title, { ...orderNo, label: t('Order no.', '订单号') }, ref, another]), await saveDraft(admin, orderForm([title, { ...orderNo, label: t('Order no.', '订单号') }, ref, another])));
      });

      it('gives creates at once different numbers, and a create refused after it was numbered gives its number back', async () => {
        const admin = await caller(app(), ['admin']);
        const qty = { id: 'qty', type: 'number', label: t('Quantity'), rules: { min: 0 } };
        await createAndPublish(admin, orderForm([title, qty, { ...orderNo, parts: [{ type: 'sequence', digits: 3, reset: 'never' }] }]));
        // A rule run once the record is numbered leaves it invalid: the whole create is refused.
        await createAndPublish(admin, {
          kind: 'ruleset', id: 'spoil', name: t('Spoil'), form: 'order', trigger: { kind: 'record_created' },
          rules: [{ id: 'bad', name: t('Bad'), conditions: { all: [{ fact: 'title', operator: 'equal', value: 'bad' }] }, actions: [{ kind: 'set_field', id: 'negative', field: 'qty', value: -1 }] }],
        });
        expect((await admin.call('POST', ORDERS, { title: 'bad' })).status).toBe(422);
        const numbers = await Promise.all(Array.from({ length: 20 }, () => numberOf(admin)));
        expect([...numbers].sort()).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(3, '0')));
      });
    });
  },
  { modules: RECORD_TEST_MODULES },
);
