import { customerCreditProfile } from '@heng/engine';
import type { FormDefinition } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { labelFieldOf, recordName } from './data.js';

describe('naming records', () => {
  it('takes the first text field as the label', () => {
    expect(labelFieldOf(customerCreditProfile)).toBe('company_name');
    const numbersOnly: FormDefinition = { ...customerCreditProfile, fields: customerCreditProfile.fields.filter((f) => f.type === 'money') };
    expect(labelFieldOf(numbersOnly)).toBeUndefined();
  });

  it('takes the first lookup when the form has no text field: an application is named by its customer', () => {
    const t = (en: string) => ({ en, 'zh-CN': en });
    const application: FormDefinition = {
      kind: 'form', id: 'credit_application', name: t('Credit application'),
      fields: [
        { id: 'customer', type: 'reference', label: t('Customer'), target: 'customer' },
        { id: 'customer_name', type: 'lookup', label: t('Customer name'), via: 'customer', field: 'company_name' },
        { id: 'amount', type: 'money', label: t('Amount') },
      ],
      sections: [{ id: 'main', label: t('Main'), columns: 1, fields: ['customer', 'customer_name', 'amount'] }],
    } as FormDefinition;
    expect(labelFieldOf(application)).toBe('customer_name');
    expect(recordName(labelFieldOf(application), { id: 'a1', data: { customer_name: '闽江机械', amount: 400000 } })).toBe('闽江机械');
  });

  it('names a record by its label, or by its id when the label is empty or missing', () => {
    expect(recordName('company_name', { id: 'r1', data: { company_name: '闽江机械' } })).toBe('闽江机械');
    expect(recordName('company_name', { id: 'r1', data: { company_name: '  ' } })).toBe('r1');
    expect(recordName(undefined, { id: 'r2', data: { company_name: 'x' } })).toBe('r2');
  });
});
