import { describe, expect, it } from 'vitest';
import { customerCreditProfile } from './fixtures/customer-credit-profile.js';
import { label, refs, where } from './test-kit.js';
import type { FormDefinition } from './types.js';
import { labelFieldOf, recordLabel } from './record-name.js';
import { validateForm } from './validate.js';

const application: FormDefinition = {
  kind: 'form', id: 'credit_application', name: label('Credit application'),
  fields: [
    { id: 'customer', type: 'reference', label: label('Customer'), target: 'customer' },
    { id: 'customer_name', type: 'lookup', label: label('Customer name'), via: 'customer', field: 'company_name', resultType: 'text' },
    { id: 'amount', type: 'money', label: label('Amount') },
  ],
  sections: [{ id: 'main', label: label('Main'), columns: 1, fields: ['customer', 'customer_name', 'amount'] }],
};

describe('naming records', () => {
  it('takes the first text field as the label, else none', () => {
    expect(labelFieldOf(customerCreditProfile)).toBe('company_name');
    expect(labelFieldOf({ ...customerCreditProfile, fields: customerCreditProfile.fields.filter((f) => f.type === 'money') })).toBeUndefined();
  });

  it('takes the first lookup when the form has no text field: an application is named by its customer', () => {
    expect(labelFieldOf(application)).toBe('customer_name');
    expect(recordLabel(application, { customer_name: ' 闽江机械 ', amount: 400000 })).toBe('闽江机械');
  });

  it('names no record whose label is empty, missing or not a text', () => {
    expect(recordLabel(application, { customer_name: '  ' })).toBeUndefined();
    expect(recordLabel(application, {})).toBeUndefined();
    expect(recordLabel(application, { customer_name: 42 })).toBeUndefined();
  });
});

describe('a chosen record title', () => {
  const supplier: FormDefinition = {
    kind: 'form', id: 'supplier', name: label('Supplier', '供应商'),
    fields: [
      { id: 'contact', type: 'text', label: label('Contact', '联系人') },
      { id: 'supplier_name', type: 'text', label: label('Supplier name', '供应商名称') },
      { id: 'founded_on', type: 'date', label: label('Founded on', '成立日期') },
    ],
    sections: [{ id: 'main', label: label('Main'), columns: 1, fields: ['contact', 'supplier_name', 'founded_on'] }],
  };

  it('names a record by the field chosen, not the first text field', () => {
    expect(labelFieldOf(supplier)).toBe('contact');
    const titled = { ...supplier, titleField: 'supplier_name' };
    expect(labelFieldOf(titled)).toBe('supplier_name');
    expect(recordLabel(titled, { contact: '陈工', supplier_name: '福州钢材有限公司' })).toBe('福州钢材有限公司');
    expect(validateForm(titled, refs())).toEqual([]);
  });

  it('names a record by its auto number when chosen', () => {
    const numbered = { ...supplier, titleField: 'no', fields: [...supplier.fields, { id: 'no', type: 'serial' as const, label: label('No.'), parts: [{ type: 'sequence' as const, digits: 4, reset: 'never' as const }] }] };
    expect(labelFieldOf(numbered)).toBe('no');
    expect(recordLabel(numbered, { contact: '陈工', no: '0007' })).toBe('0007');
  });

  it('refuses a field the form lacks or one that holds no text, in both languages, and falls back meanwhile', () => {
    const unknown = validateForm({ ...supplier, titleField: 'supplier_nam' }, refs());
    expect(where(unknown)).toEqual(['/titleField form.title_field.unknown']);
    expect(unknown[0]?.message).toContain('Did you mean "supplier_name"?');
    const dated = { ...supplier, titleField: 'founded_on' };
    expect(validateForm(dated, refs()).map((p) => [p.code, p.messageZh])).toEqual([['form.title_field.type', '"成立日期" 不能作为记录标题：请选择文本字段、关联字段、结果为文本的公式字段，或流水号。']]);
    expect(labelFieldOf(dated)).toBe('contact');
  });
});
