import { describe, expect, it } from 'vitest';
import { caller, createAndPublish } from '../definitions/testing.js';
import type { Caller } from '../definitions/testing.js';
import { onBothDatabases } from '../tenancy/testing.js';
import type { RuleRunView } from './routes.js';
import { RULE_TEST_MODULES } from './testing.js';

const t = (en: string) => ({ en, 'zh-CN': en });
const formOf = <F extends { id: string }>(id: string, fields: readonly F[]) => ({ kind: 'form', id, name: t(id), fields, sections: [{ id: 'main', label: t('Main'), columns: 2, fields: fields.map((f) => f.id) }] });

const customer = formOf('customer', [
  { id: 'company_name', type: 'text', label: t('Company'), required: true },
  { id: 'history', type: 'long_text', label: t('History') },
  { id: 'last_note', type: 'long_text', label: t('Last note') },
]);
const invoice = formOf('invoice', [
  { id: 'customer', type: 'reference', target: 'customer', label: t('Customer') },
  { id: 'invoice_no', type: 'text', label: t('Invoice'), required: true },
  { id: 'status', type: 'single_select', label: t('Status'), options: ['open', 'bad_debt'].map((id) => ({ id, label: t(id) })) },
  { id: 'notes', type: 'long_text', label: t('Notes') },
]);
const writtenOff = { all: [{ fact: 'status', operator: 'equal', value: 'bad_debt' }] };
/** A write-off adds a line to its customer's history, and to its own notes. */
const writeOff = {
  kind: 'ruleset', id: 'write_off', name: t('Write-off'), form: 'invoice', trigger: { kind: 'record_updated', fields: ['status'] },
  rules: [
    {
      id: 'written_off', name: t('Written off'), conditions: writtenOff,
      actions: [
        { kind: 'set_field', id: 'log', on: 'customer', field: 'history', append: true, formula: '"Invoice " & invoice_no & " written off"' },
        { kind: 'set_field', id: 'last', on: 'customer', field: 'last_note', formula: '"Invoice " & invoice_no & " written off"' },
        { kind: 'set_field', id: 'own', field: 'notes', append: true, value: 'Written off' },
      ],
    },
  ],
};

/** On every save while written off: its own note and its customer's history, each a line, though the note sets off another round. */
const onEverySave = {
  ...writeOff, id: 'on_every_save', trigger: { kind: 'record_saved' },
  rules: [{ id: 'written_off', name: t('Written off'), conditions: writtenOff, actions: [writeOff.rules[0]!.actions[0]!, writeOff.rules[0]!.actions[2]!] }],
};
/** Clears the note and the history, then adds a line to each. */
const clearThenAdd = {
  ...writeOff, id: 'clear_then_add',
  rules: [{
    id: 'written_off', name: t('Written off'), conditions: writtenOff,
    actions: [
      { kind: 'set_field', id: 'clear_own', field: 'notes', value: null },
      { kind: 'set_field', id: 'clear_log', on: 'customer', field: 'history', value: null },
      writeOff.rules[0]!.actions[0]!,
      writeOff.rules[0]!.actions[2]!,
    ],
  }],
};

type Rec = { id: string; revision: number; data: Record<string, unknown> };
const body = async <T>(res: Response, status = 200): Promise<T> => {
  expect(res.status, await res.clone().text()).toBe(status);
  return (await res.json()) as T;
};
const create = async (who: Caller, form: string, data: object) => body<Rec>(await who.call('POST', `/api/forms/${form}/records`, data), 201);
const read = async (who: Caller, form: string, id: string) => body<Rec>(await who.call('GET', `/api/forms/${form}/records/${id}`));
const writeOffOf = (who: Caller, rec: Rec) => who.call('PATCH', `/api/forms/invoice/records/${rec.id}`, { status: 'bad_debt' }, { 'If-Match': `"${rec.revision}"` });

onBothDatabases(
  (app) => {
    describe('set_field adding a line', () => {
      it('adds its line after what the field holds, where a plain set_field replaces it', async () => {
        const admin = await caller(app(), ['admin']);
        for (const def of [customer, invoice, writeOff]) await createAndPublish(admin, def);
        const c = await create(admin, 'customer', { company_name: 'Acme', history: 'Sued by a supplier' });
        const first = await create(admin, 'invoice', { customer: c.id, invoice_no: 'INV-1', status: 'open', notes: 'Disputed' });
        const second = await create(admin, 'invoice', { customer: c.id, invoice_no: 'INV-2', status: 'open' });
        await body(await writeOffOf(admin, first));
        await body(await writeOffOf(admin, second));
        expect((await read(admin, 'customer', c.id)).data).toMatchObject({
          history: 'Sued by a supplier\nInvoice INV-1 written off\nInvoice INV-2 written off',
          last_note: 'Invoice INV-2 written off',
        });
        expect((await read(admin, 'invoice', first.id)).data['notes']).toBe('Disputed\nWritten off');
        expect((await read(admin, 'invoice', second.id)).data['notes']).toBe('Written off');
      });

      it('adds a line once a save, though its rule comes up again in the round its own line sets off', async () => {
        const admin = await caller(app(), ['admin']);
        for (const def of [customer, invoice, onEverySave]) await createAndPublish(admin, def);
        const c = await create(admin, 'customer', { company_name: 'Acme', history: 'Sued' });
        const inv = await create(admin, 'invoice', { customer: c.id, invoice_no: 'INV-1', status: 'open', notes: 'Disputed\n' });
        await body(await writeOffOf(admin, inv));
        expect((await read(admin, 'invoice', inv.id)).data['notes']).toBe('Disputed\nWritten off');
        expect((await read(admin, 'customer', c.id)).data['history']).toBe('Sued\nInvoice INV-1 written off');
        // Its trace says so too: each line added in the round that saw the write-off, skipped in the round after.
        const runs = await body<RuleRunView[]>(await admin.call('GET', `/api/forms/invoice/records/${inv.id}/rule-runs`));
        const statuses = runs
          .filter((r) => r.fired.length > 0)
          .sort((a, b) => a.depth - b.depth)
          .map((r) => [r.depth, r.effects.map((e) => `${(e.effect as { action: string }).action} ${e.status}`)]);
        expect(statuses).toEqual([
          [0, ['log applied', 'own applied']],
          [1, ['log skipped', 'own skipped']],
        ]);
      });

      it('adds a line to what an earlier action of the round left, a field it cleared included', async () => {
        const admin = await caller(app(), ['admin']);
        for (const def of [customer, invoice, clearThenAdd]) await createAndPublish(admin, def);
        const c = await create(admin, 'customer', { company_name: 'Acme', history: 'Stale' });
        const inv = await create(admin, 'invoice', { customer: c.id, invoice_no: 'INV-1', status: 'open', notes: 'Stale' });
        await body(await writeOffOf(admin, inv));
        expect((await read(admin, 'invoice', inv.id)).data['notes']).toBe('Written off');
        expect((await read(admin, 'customer', c.id)).data['history']).toBe('Invoice INV-1 written off');
      });
    });
  },
  { modules: RULE_TEST_MODULES },
);
