import { describe, expect, it } from 'vitest';
import { customerCreditProfile } from './fixtures/customer-credit-profile.js';
import { label } from './test-kit.js';
import type { FormDefinition } from './types.js';
import { labelFieldOf, recordLabel } from './record-name.js';

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
