import { customerCreditProfile, sampleCustomer } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { recordLabel } from './stored-records.js';

describe('stored record labels', () => {
  it('name a record by its first text in the form’s order, else by the start of its id', () => {
    expect(recordLabel(customerCreditProfile, { id: 'r1', data: sampleCustomer })).toBe(sampleCustomer['company_name']);
    expect(recordLabel(customerCreditProfile, { id: '7f3c9a2e-1111', data: { company_name: ' ', legal_representative: '林芳' } })).toBe('林芳');
    expect(recordLabel(customerCreditProfile, { id: '7f3c9a2e-1111', data: {} })).toBe('#7f3c9a2e');
  });

  it('name a record by the form’s record title first, as pickers and links do', () => {
    const titled = { ...customerCreditProfile, titleField: 'legal_representative' };
    expect(recordLabel(titled, { id: 'r1', data: { company_name: '闽江机械', legal_representative: '林芳' } })).toBe('林芳');
  });
});
