import { describe, expect, it } from 'vitest';
import { emptyContext } from '../core/context.js';
import { formCatalog } from './catalog.js';
import { compileForm } from './compile.js';
import type { FieldDefinition, FormDefinition } from './types.js';
import { validateForm } from './validate.js';

const t = (en: string) => ({ en, 'zh-CN': en });
const formOf = (id: string, fields: FieldDefinition[]): FormDefinition => ({ kind: 'form', id, name: t(id), fields, sections: [{ id: 'main', label: t('Main'), columns: 2, fields: fields.map((f) => f.id) }] });

const customer = formOf('customer', [
  { id: 'company_name', type: 'text', label: t('Company') },
  { id: 'credit_limit', type: 'money', label: t('Limit') },
  { id: 'exposure', type: 'rollup', label: t('Exposure'), from: 'receivable', via: 'customer', aggregate: 'sum', field: 'outstanding', resultType: 'money', where: { all: [{ fact: 'outstanding', operator: 'greaterThan', value: 0 }] } },
  { id: 'open_count', type: 'rollup', label: t('Open'), from: 'receivable', via: 'customer', aggregate: 'count', resultType: 'number' },
  { id: 'earliest_due', type: 'rollup', label: t('Earliest due'), from: 'receivable', via: 'customer', aggregate: 'min', field: 'due_date', resultType: 'date' },
]);
const receivable = formOf('receivable', [
  { id: 'customer', type: 'reference', target: 'customer', label: t('Customer') },
  { id: 'amount', type: 'money', label: t('Amount') },
  { id: 'outstanding', type: 'money', label: t('Outstanding') },
  { id: 'due_date', type: 'date', label: t('Due') },
  { id: 'customer_limit', type: 'lookup', label: t('Limit then'), via: 'customer', field: 'credit_limit', resultType: 'money' },
]);
const ctx = { ...emptyContext(), forms: new Map([['customer', formCatalog(customer)], ['receivable', formCatalog(receivable)]]) };
const codes = (def: FormDefinition) => validateForm(def, ctx).map((p) => `${p.path} ${p.code}`);

describe('lookup and rollup fields', () => {
  it('accept what the forms they read offer', () => {
    expect(codes(customer)).toEqual([]);
    expect(codes(receivable)).toEqual([]);
  });

  it('name the reference, form or field that is wrong, with a suggestion', () => {
    const bad = formOf('receivable', [
      ...receivable.fields.slice(0, 4),
      { id: 'l1', type: 'lookup', label: t('x'), via: 'amount', field: 'credit_limit', resultType: 'money' },
      { id: 'l2', type: 'lookup', label: t('x'), via: 'customer', field: 'credit_limt', resultType: 'money' },
      { id: 'l3', type: 'lookup', label: t('x'), via: 'customer', field: 'company_name', resultType: 'money' },
    ]);
    expect(codes(bad)).toEqual(['/fields/4/via field.lookup.via', '/fields/5/field field.derived.unknown', '/fields/6/resultType field.derived.resultType']);
    expect(validateForm(bad, ctx)[1]?.message).toContain('Did you mean "credit_limit"?');
    const rollups = formOf('customer', [
      { id: 'r1', type: 'rollup', label: t('x'), from: 'receivables', via: 'customer', aggregate: 'sum', field: 'amount', resultType: 'money' },
      { id: 'r2', type: 'rollup', label: t('x'), from: 'receivable', via: 'amount', aggregate: 'sum', field: 'amount', resultType: 'money' },
      { id: 'r3', type: 'rollup', label: t('x'), from: 'receivable', via: 'customer', aggregate: 'sum', resultType: 'money' },
      { id: 'r4', type: 'rollup', label: t('x'), from: 'receivable', via: 'customer', aggregate: 'sum', field: 'due_date', resultType: 'money' },
      { id: 'r5', type: 'rollup', label: t('x'), from: 'receivable', via: 'customer', aggregate: 'count', field: 'amount', resultType: 'number' },
      { id: 'r6', type: 'rollup', label: t('x'), from: 'receivable', via: 'customer', aggregate: 'max', field: 'amount', resultType: 'date', where: { fact: 'nope', operator: 'equal', value: 1 } },
    ]);
    expect(codes(rollups)).toEqual([
      '/fields/0/from field.rollup.from',
      '/fields/1/via field.rollup.via',
      '/fields/2 field.rollup.field',
      '/fields/3/field field.rollup.kind',
      '/fields/4/field field.rollup.count',
      '/fields/5/resultType field.derived.resultType',
      '/fields/5/where/fact condition.fact.unknown',
    ]);
  });

  it('copy a kept lookup again only on a condition of this form, and only when it is kept', () => {
    const pending = { fact: 'amount', operator: 'greaterThan', value: 0 } as const;
    const kept = formOf('receivable', [...receivable.fields.slice(0, 4), { id: 'l1', type: 'lookup', label: t('x'), via: 'customer', field: 'credit_limit', resultType: 'money', copy: 'on_create', refreshWhen: pending }]);
    expect(codes(kept)).toEqual([]);
    const wrong = formOf('receivable', [
      ...receivable.fields.slice(0, 4),
      { id: 'l1', type: 'lookup', label: t('x'), via: 'customer', field: 'credit_limit', resultType: 'money', refreshWhen: pending },
      { id: 'l2', type: 'lookup', label: t('x'), via: 'customer', field: 'credit_limit', resultType: 'money', copy: 'on_create', refreshWhen: { fact: 'company_name', operator: 'equal', value: 'Acme' } },
    ]);
    expect(codes(wrong)).toEqual(['/fields/4/refreshWhen field.lookup.refreshWhen', '/fields/5/refreshWhen/fact condition.fact.unknown']);
    expect(validateForm(wrong, ctx)[0]?.message).toContain('set "copy" to "on_create"');
  });

  it('are read-only: never required, no default, a changed value refused, a stored one type-checked', () => {
    const withRequired = formOf('customer', [{ ...customer.fields[2]!, required: true, default: 5 } as FieldDefinition]);
    expect(codes(withRequired).filter((c) => c.startsWith('/fields/0/'))).toEqual(['/fields/0/required field.computed.required', '/fields/0/default field.computed.default']);
    const compiled = compileForm(customer);
    expect(compiled.checkWrite({ exposure: 10 }, { exposure: 20 }, []).map((p) => `${p.path} ${p.code}`)).toEqual(['/exposure access.computed']);
    expect(compiled.validateRecord({ exposure: 'lots' }, { today: '2026-01-01' }).map((p) => p.path)).toEqual(['/exposure']);
    expect(compiled.validateRecord({ exposure: 1250.5, earliest_due: '2026-02-01' }, { today: '2026-01-01' })).toEqual([]);
    expect(compiled.computeRecord({ company_name: 'Acme', exposure: 1250.5 }, { today: '2026-01-01' })).toMatchObject({ exposure: 1250.5 });
  });
});
