import { customerCreditProfile } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { nameField } from './labels.js';

describe('nameField', () => {
  it('names a record by its form’s record title, else its first text field, as pickers and links do', () => {
    expect(nameField(customerCreditProfile, ['admin'])).toBe('company_name');
    expect(nameField({ ...customerCreditProfile, titleField: 'legal_representative' }, ['admin'])).toBe('legal_representative');
    expect(nameField(undefined, ['admin'])).toBeUndefined();
  });

  it('names it by nothing when the caller’s roles may not see that field', () => {
    const hidden = { ...customerCreditProfile, fields: customerCreditProfile.fields.map((f) => (f.id === 'company_name' ? { ...f, access: { salesperson: 'hidden' as const } } : f)) };
    expect(nameField(hidden, ['salesperson'])).toBeUndefined();
    expect(nameField(hidden, ['admin'])).toBe('company_name');
  });
});
