import { describe, expect, it } from 'vitest';
import { emptyContext } from '../core/context.js';
import { compileForm } from './compile.js';
import type { FieldDefinition, FormCheck, FormDefinition } from './types.js';
import { validateForm } from './validate.js';

const t = (en: string, zh = en) => ({ en, 'zh-CN': zh });
const fields: FieldDefinition[] = [
  { id: 'customer', type: 'text', label: t('Customer') },
  { id: 'receivable_customer', type: 'text', label: t('Receivable of') },
  { id: 'amount', type: 'money', label: t('Amount') },
  { id: 'outstanding', type: 'money', label: t('Outstanding') },
];
const within: FormCheck = { id: 'within', field: 'amount', condition: { fact: 'amount', operator: 'lessThanInclusive', value: { fact: 'outstanding' } }, message: t('More than the receivable still owes: lower the amount.', '超过应收未结金额：请调低回款金额。') };
const sameCustomer: FormCheck = { id: 'same', field: 'receivable_customer', condition: { fact: 'receivable_customer', operator: 'equal', value: { fact: 'customer' } }, message: t('That receivable is another customer’s.', '该应收属于其他客户。') };
const payment = (checks: FormCheck[]): FormDefinition => ({ kind: 'form', id: 'payment', name: t('Payment'), fields, sections: [{ id: 'main', label: t('Main'), columns: 2, fields: fields.map((f) => f.id) }], checks });
const codes = (def: FormDefinition) => validateForm(def, emptyContext()).map((p) => `${p.path} ${p.code}`);

describe('checks across fields', () => {
  it('are defined on fields of the form, each under its own id', () => {
    expect(codes(payment([within, sameCustomer]))).toEqual([]);
    expect(codes(payment([within, { ...within, field: 'amont' }, { ...sameCustomer, condition: { fact: 'nope', operator: 'equal', value: 1 } }]))).toEqual([
      '/checks/1/id form.check.duplicate',
      '/checks/1/field form.check.field',
      '/checks/2/condition/fact condition.fact.unknown',
    ]);
    expect(validateForm(payment([{ ...within, field: 'amont' }]), emptyContext())[0]?.message).toContain('Did you mean "amount"?');
    expect(codes({ ...payment([]), checks: [{ id: 'x' }] } as unknown as FormDefinition).every((c) => c.startsWith('/checks/0'))).toBe(true);
  });

  it('take no emptiness test, since they skip a record with an empty field, and say to make the field required', () => {
    const blank = { ...within, condition: { all: [{ fact: 'customer', operator: 'isNotEmpty', value: null }, { not: { fact: 'amount', operator: 'isEmpty', value: null } }] } } as FormCheck;
    expect(codes(payment([blank]))).toEqual(['/checks/0/condition/all/0/operator form.check.empty', '/checks/0/condition/all/1/not/operator form.check.empty']);
    expect(validateForm(payment([blank]), emptyContext())[0]?.messageZh).toContain('请将其设为必填');
  });

  it('refuse a record that breaks one, on its field in both languages, and skip one whose fields are not all filled', () => {
    const check = compileForm(payment([within, sameCustomer])).validateRecord;
    const today = { today: '2025-06-30' };
    expect(check({ customer: 'c1', receivable_customer: 'c1', amount: 500, outstanding: 500 }, today)).toEqual([]);
    expect(check({ customer: 'c1', receivable_customer: 'c2', amount: 600, outstanding: 500 }, today)).toEqual([
      { path: '/amount', code: 'record.check', message: 'More than the receivable still owes: lower the amount.', messageZh: '超过应收未结金额：请调低回款金额。' },
      { path: '/receivable_customer', code: 'record.check', message: 'That receivable is another customer’s.', messageZh: '该应收属于其他客户。' },
    ]);
    expect(check({ customer: 'c1', amount: 600 }, today)).toEqual([]);
  });
});
