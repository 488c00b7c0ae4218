import type { FieldDefinition, FormDefinition } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { customerCreditProfile } from '../samples/index.js';
import { fieldAt } from './form-fields.js';
import { resultTypeOf, setLookup, setLookupCopy, setRollup } from './form-derived.js';

const label = { 'zh-CN': '字段', en: 'Field' };
const field = (id: string) => customerCreditProfile.fields.find((f) => f.id === id) as FieldDefinition;
const order: FormDefinition = {
  kind: 'form',
  id: 'order',
  name: { 'zh-CN': '订单', en: 'Order' },
  fields: [
    { id: 'customer', type: 'reference', label, target: 'customer' },
    { id: 'limit_then', type: 'lookup', label, via: 'customer', field: 'name', resultType: 'text' },
    { id: 'lines', type: 'rollup', label, from: 'order_line', via: 'order', aggregate: 'count', resultType: 'number' },
  ],
  sections: [{ id: 'main', label, columns: 2, fields: ['customer', 'limit_then', 'lines'] }],
};

describe('resultTypeOf', () => {
  it('keeps units of numbers, reads options, people and records as text, and refuses lists and tables', () => {
    expect(resultTypeOf(field('credit_limit'))).toBe('money');
    expect(resultTypeOf(field('gross_margin'))).toBe('percent');
    expect(resultTypeOf(field('founded_on'))).toBe('date');
    expect(resultTypeOf(field('industry'))).toBe('text');
    expect(resultTypeOf(field('account_manager'))).toBe('text');
    expect(resultTypeOf(field('debt_ratio'))).toBe('percent');
    expect(resultTypeOf({ id: 'order_no', type: 'serial', label: { en: 'No.', 'zh-CN': '编号' }, parts: [{ type: 'sequence', digits: 4, reset: 'never' }] })).toBe('text');
    expect(resultTypeOf(field('recent_changes'))).toBeUndefined();
    expect(resultTypeOf(field('contacts'))).toBeUndefined();
  });
});

describe('setLookup', () => {
  it('points at a field of the referenced form, its result type following it', () => {
    const next = setLookup(order, { id: 'limit_then' }, { field: 'credit_limit' }, field('credit_limit'));
    expect(fieldAt(next, { id: 'limit_then' })).toMatchObject({ via: 'customer', field: 'credit_limit', resultType: 'money' });
    expect(fieldAt(setLookup(order, { id: 'limit_then' }, { via: 'other' }), { id: 'limit_then' })).toMatchObject({ via: 'other', resultType: 'text' });
    expect(setLookup(order, { id: 'customer' }, { via: 'x' })).toBe(order);
  });

  it('takes the value labels of the field it copies, and drops them for one without', () => {
    const industry = field('industry');
    const labelled = fieldAt(setLookup(order, { id: 'limit_then' }, { field: 'industry' }, industry), { id: 'limit_then' });
    expect(labelled).toMatchObject({ field: 'industry', resultType: 'text', options: industry.type === 'single_select' ? industry.options : [] });
    const status: FieldDefinition = { id: 'status', type: 'formula', label, formula: '"normal"', resultType: 'text', options: [{ id: 'normal', label }] };
    const withStatus = setLookup(order, { id: 'limit_then' }, { field: 'status' }, status);
    expect(fieldAt(withStatus, { id: 'limit_then' })).toMatchObject({ options: [{ id: 'normal', label }] });
    const plain = fieldAt(setLookup(withStatus, { id: 'limit_then' }, { field: 'company_name' }, field('company_name')), { id: 'limit_then' });
    expect(plain !== undefined && 'options' in plain).toBe(false);
  });
});

describe('setLookupCopy', () => {
  it('keeps a lookup from creation, copies it again on a condition, and drops the condition when it is copied on every save', () => {
    const pending = { fact: 'status', operator: 'equal', value: 'pending' } as const;
    const kept = setLookupCopy(order, { id: 'limit_then' }, { copy: 'on_create', refreshWhen: pending });
    expect(fieldAt(kept, { id: 'limit_then' })).toMatchObject({ copy: 'on_create', refreshWhen: pending });
    const always = fieldAt(setLookupCopy(kept, { id: 'limit_then' }, { copy: 'on_write' }), { id: 'limit_then' });
    expect(always !== undefined && ('copy' in always || 'refreshWhen' in always)).toBe(false);
    const unconditioned = fieldAt(setLookupCopy(kept, { id: 'limit_then' }, { refreshWhen: undefined }), { id: 'limit_then' });
    expect(unconditioned).toMatchObject({ copy: 'on_create' });
    expect(unconditioned !== undefined && 'refreshWhen' in unconditioned).toBe(false);
  });
});

describe('setRollup', () => {
  it('sums a money field to money, and a count drops the field', () => {
    const amount: FieldDefinition = { id: 'amount', type: 'money', label };
    const sum = setRollup(order, { id: 'lines' }, { aggregate: 'sum', field: 'amount' }, amount);
    expect(fieldAt(sum, { id: 'lines' })).toMatchObject({ aggregate: 'sum', field: 'amount', resultType: 'money' });
    const count = fieldAt(setRollup(sum, { id: 'lines' }, { aggregate: 'count' }), { id: 'lines' });
    expect(count).toMatchObject({ aggregate: 'count', resultType: 'number' });
    expect(count !== undefined && 'field' in count).toBe(false);
  });

  it('gives the latest of dates as a date, and keeps the type when the source is unknown', () => {
    const due: FieldDefinition = { id: 'due', type: 'date', label };
    expect(fieldAt(setRollup(order, { id: 'lines' }, { aggregate: 'max', field: 'due' }, due), { id: 'lines' })).toMatchObject({ resultType: 'date' });
    expect(fieldAt(setRollup(order, { id: 'lines' }, { aggregate: 'sum', field: 'qty' }), { id: 'lines' })).toMatchObject({ resultType: 'number' });
  });

  it('forgets the field and filter of the old form when the source form changes, and removes a filter set to undefined', () => {
    const where = { fact: 'status', operator: 'equal', value: 'open' } as const;
    const withAll = setRollup(order, { id: 'lines' }, { aggregate: 'sum', field: 'amount', where });
    expect(fieldAt(withAll, { id: 'lines' })).toMatchObject({ where });
    const moved = fieldAt(setRollup(withAll, { id: 'lines' }, { from: 'invoice' }), { id: 'lines' });
    expect(moved).toMatchObject({ from: 'invoice', via: 'order' });
    expect(moved !== undefined && ('field' in moved || 'where' in moved)).toBe(false);
    expect('where' in (fieldAt(setRollup(withAll, { id: 'lines' }, { where: undefined }), { id: 'lines' }) ?? {})).toBe(false);
  });
});
